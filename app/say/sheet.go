package say

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2/lang"

	"ketenregie/data"
	"ketenregie/export/sheet"
)

// Message is a sentence an import of contacts or figures says about a
// file or a row of it (a problem, a warning, a remark on the row) in the
// window's language; in Dutch its Msg word for word, lower case first as
// Msg is. The file's values in it (a cell, a column's name) stay as they
// are; an error or a message among them, a value the store refused or a
// remark on a municipality, is said in the window's language too.
func Message(m sheet.Message) string {
	if m.Key == "" {
		return m.Msg
	}
	said := make(map[string]any, len(m.Args))
	for name, v := range m.Args {
		switch v := v.(type) {
		case error:
			said[name] = argText(v)
		case sheet.Message:
			said[name] = Message(v)
		default:
			said[name] = v
		}
	}
	return lang.X(m.Key, m.Text, said)
}

// Problem is what is wrong with a file or a row of it, as Message says it.
func Problem(p sheet.Problem) string { return Message(p.Message) }

// FormatError is why a file cannot be read as a table at all, as Message
// says it.
func FormatError(e *sheet.FormatError) string { return Message(e.Message) }

// ReadFailed is why a file handed to an import could not be read: a file
// that is no table, a refusal of the store, or what the system said.
func ReadFailed(err error) string {
	if fe, ok := errors.AsType[*sheet.FormatError](err); ok {
		return FormatError(fe)
	}
	if _, ok := data.AsError(err); ok {
		return Error(err)
	}
	return err.Error()
}

// argText is an error within a sentence in the window's language, and in
// Dutch as its message says it: a value the store refused for a field
// starts with the field's label only when its message does (an import
// that names the field itself drops it). Any other error is its message.
func argText(err error) string {
	e, ok := data.AsError(err)
	if !ok {
		return err.Error()
	}
	if text := saidText(e); text != "" {
		return text
	}
	why := invalidWhy(e)
	if why == "" {
		return e.Msg
	}
	if k := data.KindNamed(e.Kind); k != nil {
		if f, ok := k.Field(e.Field); ok && strings.HasPrefix(e.Msg, f.Label+": ") {
			return Field(e.Kind, e.Field) + ": " + why
		}
	}
	return why
}
