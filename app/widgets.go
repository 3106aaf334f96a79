package app

// Helpers that every editing screen shares: messages and choice labels in
// the window's language. The widgets themselves are in package kit.

import (
	"unicode"
	"unicode/utf8"

	"ketenregie/data"
)

// capitalise starts a message from the store ("e-mail: ...") with a capital.
func capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// choiceLabels are the labels of choices in the window's language (see
// choiceLabel), after the options in first (such as "(geen)" or "Alle rollen").
func choiceLabels(choices []data.Choice, first ...string) []string {
	out := append(make([]string, 0, len(first)+len(choices)), first...)
	list := choiceListName(choices)
	for _, c := range choices {
		out = append(out, choiceLabelIn(list, choices, c.Code))
	}
	return out
}

// choiceCode is the code of the choice labelled label in the window's
// language, as choiceLabels gives it, or in Dutch, as data.ChoiceLabel
// does; "" when no choice has that label.
func choiceCode(choices []data.Choice, label string) string {
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

// done marks a message that something succeeded. It is written in the
// foreground colour: the theme's success green is unreadable on white.
func done(msg string) string { return "✓ " + msg }
