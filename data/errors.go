package data

import (
	"errors"
	"fmt"
	"strings"
)

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
	// Args are the values in Msg by name (Path, Backup, Value, ...), for
	// the errors the GUI says in its own language: those of Said, and a
	// value refused for a field (Kind, Field and Reason say what was
	// wrong; see invalid in validate.go).
	Args map[string]string
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

// Said builds an Error whose Msg is template with every {{.Name}} replaced
// by args[Name]. The template is the Dutch text; the GUI keeps the same
// text, and its translations, under the key "error."+reason and fills it
// from Args, so the command line and the window say the same thing.
func Said(code Code, reason string, err error, args map[string]string, template string) *Error {
	return &Error{Code: code, Reason: reason, Err: err, Args: args, Msg: Fill(template, args)}
}

// about says which kind of record the error is about: Args' Kind holds
// its Dutch name (Kinds its plural), which the window says in its own
// language.
func (e *Error) about(kind string) *Error {
	e.Kind = kind
	return e
}

// Fill replaces every {{.Name}} in template by args[Name]: the command
// line's sentence of an error the window says in its own language from
// the same template (Said here, and the refusals of an exchange file).
// A value is put in as it is: a name from a colleague's file that looks
// like "{{.Device}}" is not filled in again, as the window's templates do
// not either. A name args lacks is left as it stands. Values other than
// strings (a line number, a count) are put in as fmt prints them.
func Fill[V any](template string, args map[string]V) string {
	var b strings.Builder
	for {
		i := strings.Index(template, "{{.")
		if i < 0 {
			break
		}
		j := strings.Index(template[i:], "}}")
		if j < 0 {
			break
		}
		v, ok := args[template[i+3:i+j]]
		if !ok {
			b.WriteString(template[:i+j+2])
		} else {
			b.WriteString(template[:i])
			fmt.Fprint(&b, v)
		}
		template = template[i+j+2:]
	}
	b.WriteString(template)
	return b.String()
}
