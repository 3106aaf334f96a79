package say

import (
	"strings"

	"fyne.io/fyne/v2/lang"

	"ketenregie/data"
	"ketenregie/export/sheet"
)

// Problem is what is wrong with a file or a row of it, as an import of
// contacts or figures found it, in the window's language; in Dutch its Msg
// word for word, lower case first as Msg is. The file's values in it (a
// cell, a column's name) stay as they are.
func Problem(p sheet.Problem) string { return sheetText(p.Key, p.Text, p.Msg, p.Args) }

// FormatError is why a file cannot be read as a table at all, in the
// window's language, as Problem says a problem.
func FormatError(e *sheet.FormatError) string { return sheetText(e.Key, e.Text, e.Msg, e.Args) }

// sheetText is the sentence key names (import.json) filled with args, or
// msg for one without a key. An error among the values, a value the store
// refused, is said in the window's language too (argText).
func sheetText(key, text, msg string, args map[string]any) string {
	if key == "" {
		return msg
	}
	said := make(map[string]any, len(args))
	for name, v := range args {
		if err, ok := v.(error); ok {
			v = argText(err)
		}
		said[name] = v
	}
	return lang.X(key, text, said)
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
