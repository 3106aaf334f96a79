package data

import "errors"

// Code is the kind of an error a user must act on.
type Code string

const (
	CodeInvalid     Code = "invalid"      // a value or request that cannot be stored
	CodeNotFound    Code = "not_found"    // no live record with that id
	CodeInUse       Code = "in_use"       // a delete that would leave other records pointing nowhere
	CodeNewerSchema Code = "newer_schema" // a database from a newer Ketenregie
	CodeRefused     Code = "refused"      // changes from elsewhere that cannot be merged safely
)

// Error is an error a user must act on. Msg is a complete Dutch sentence for
// the screen and the command line; Field names the field at fault, if any,
// and Reason is a short stable word ("required", "email", "phone", ...) the
// GUI can translate.
type Error struct {
	Code   Code
	Kind   string
	Field  string
	Reason string
	Msg    string
	Err    error
}

func (e *Error) Error() string { return e.Msg }
func (e *Error) Unwrap() error { return e.Err }

// AsError returns the *Error inside err, if there is one.
func AsError(err error) (*Error, bool) {
	var e *Error
	ok := errors.As(err, &e)
	return e, ok
}

// IsNotFound reports whether err says a record does not exist.
func IsNotFound(err error) bool {
	e, ok := AsError(err)
	return ok && e.Code == CodeNotFound
}
