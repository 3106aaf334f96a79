package say

// Helpers that every editing screen shares: messages and choice labels in
// the window's language. The widgets themselves are in package kit.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2/lang"

	"ketenregie/data"
)

// Capitalise starts a message from the store ("e-mail: ...") with a capital.
func Capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// Choices are the labels of choices in the window's language (see
// choiceLabel), after the options in first (such as "(geen)" or "Alle rollen").
func Choices(choices []data.Choice, first ...string) []string {
	out := append(make([]string, 0, len(first)+len(choices)), first...)
	list := choiceListName(choices)
	for _, c := range choices {
		out = append(out, choiceLabelIn(list, choices, c.Code))
	}
	return out
}

// Code is the code of the choice labelled label in the window's
// language, as choiceLabels gives it, or in Dutch, as data.ChoiceLabel
// does; "" when no choice has that label.
func Code(choices []data.Choice, label string) string {
	list := choiceListName(choices)
	for _, c := range choices {
		if choiceLabelIn(list, choices, c.Code) == label {
			return c.Code
		}
	}
	for _, c := range choices {
		if c.Label == label {
			return c.Code
		}
	}
	return ""
}

// Done marks a message that something succeeded. It is written in the
// foreground colour: the theme's success green is unreadable on white.
func Done(msg string) string { return "✓ " + msg }

// Count is the count line over a table of n rows: zero, one, or many,
// which the caller has filled in with n.
func Count(n int, zero, one, many string) string {
	switch n {
	case 0:
		return zero
	case 1:
		return one
	}
	return many
}

// Join joins the parts that are not empty.
func Join(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if strings.TrimSpace(p) != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}

// Title names a record on one line; a record named by its text (a
// block) by the start of it.
func Title(k *data.Kind, r data.Record) string {
	t := r.Get(k.Title)
	f, _ := k.Field(k.Title)
	if f.Type == data.Enum {
		t = Choice(f.Choices, t)
	}
	t = strings.Join(strings.Fields(t), " ")
	const maxTitle = 60
	if rs := []rune(t); f.Type == data.LongText && len(rs) > maxTitle {
		t = string(rs[:maxTitle])
		if i := strings.LastIndex(t, " "); i > maxTitle/2 {
			t = t[:i]
		}
		t += "…"
	}
	if t == "" {
		t = lang.X("conflicts.title.none", "(zonder titel)")
	}
	return t
}
