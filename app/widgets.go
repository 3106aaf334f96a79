package app

// Widgets and helpers that every editing screen shares.

import (
	"unicode"
	"unicode/utf8"

	"ketenregie/app/kit"
	"ketenregie/data"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// capitalise starts a message from the store ("e-mail: ...") with a capital.
func capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// sectionHeading is the heading over a screen's form or over a part of a
// screen, such as a section inside a tab.
func sectionHeading(text string) *widget.Label {
	h := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	h.SizeName = theme.SizeNameSubHeadingText
	return h
}

// messageLabel is the hidden, wrapped line under a form that says what
// went wrong or was saved.
func messageLabel() *widget.Label {
	l := widget.NewLabel("")
	l.Wrapping = fyne.TextWrapWord
	l.Hide()
	return l
}

// labelColumn is the width of the label column of the forms on one
// screen, so that the forms under different headings line up.
type labelColumn struct{ width float32 }

// label makes a right-aligned form label at least the column's width.
func (c labelColumn) label(text string) fyne.CanvasObject {
	return container.New(&kit.MinWidth{Width: c.width}, formLabel(text))
}

// hint is a line of explanation under a field: wrapped, in italics.
func hint(text string) *widget.Label {
	l := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Italic: true})
	l.Wrapping = fyne.TextWrapWord
	return l
}

// newTwoLineRow is the template of a list row of two lines: a title in
// bold, below it a detail in grey, each cut off with "…" (setTwoLineRow).
func newTwoLineRow() fyne.CanvasObject {
	rt := widget.NewRichText(
		&widget.TextSegment{Style: widget.RichTextStyle{ColorName: theme.ColorNameForeground,
			SizeName: theme.SizeNameText, TextStyle: fyne.TextStyle{Bold: true}}, Text: "Titel"},
		&widget.TextSegment{Style: widget.RichTextStyle{ColorName: theme.ColorNamePlaceHolder,
			SizeName: theme.SizeNameText}, Text: "Toelichting"},
	)
	rt.Truncation = fyne.TextTruncateEllipsis
	return rt
}

func setTwoLineRow(o fyne.CanvasObject, title, detail string) {
	rt := o.(*widget.RichText)
	rt.Segments[0].(*widget.TextSegment).Text = title
	rt.Segments[1].(*widget.TextSegment).Text = detail
	rt.Refresh()
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

// vscroll scrolls o vertically with room at the right, so the scroll bar
// does not cover the fields and buttons along that edge.
func vscroll(o fyne.CanvasObject) *container.Scroll {
	return container.NewVScroll(container.New(layout.NewCustomPaddedLayout(0, 0, 0, 2*theme.Padding()), o))
}
