package kit

// Labels and lines of text the screens share: headings, form labels, hints,
// messages, links and two-line list rows.

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// FormLabel is a form's field label, right-aligned against its field.
func FormLabel(text string) *widget.Label {
	return widget.NewLabelWithStyle(text, fyne.TextAlignTrailing, fyne.TextStyle{})
}

// Subheading is a bold line that opens a part of a form.
func Subheading(text string) *widget.Label {
	l := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	l.Truncation = fyne.TextTruncateEllipsis
	return l
}

// Link is a line of text that opens something when clicked.
func Link(text string, open func()) *widget.Hyperlink {
	h := widget.NewHyperlink(text, nil)
	h.Truncation = fyne.TextTruncateEllipsis
	h.OnTapped = open
	return h
}

// SectionHeading is the heading over a screen's form or over a part of a
// screen, such as a section inside a tab.
func SectionHeading(text string) *widget.Label {
	h := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	h.SizeName = theme.SizeNameSubHeadingText
	return h
}

// MessageLabel is the hidden, wrapped line under a form that says what
// went wrong or was saved.
func MessageLabel() *widget.Label {
	l := widget.NewLabel("")
	l.Wrapping = fyne.TextWrapWord
	l.Hide()
	return l
}

// LabelColumn is the width of the label column of the forms on one
// screen, so that the forms under different headings line up.
type LabelColumn struct{ Width float32 }

// Label makes a right-aligned form label at least the column's width.
func (c LabelColumn) Label(text string) fyne.CanvasObject {
	return container.New(&MinWidth{Width: c.Width}, FormLabel(text))
}

// Hint is a line of explanation under a field: wrapped, in italics.
func Hint(text string) *widget.Label {
	l := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Italic: true})
	l.Wrapping = fyne.TextWrapWord
	return l
}

// NewTwoLineRow is the template of a list row of two lines: a title in
// bold, below it a detail in grey, each cut off with "…" (SetTwoLineRow).
func NewTwoLineRow() fyne.CanvasObject {
	rt := widget.NewRichText(
		&widget.TextSegment{Style: widget.RichTextStyle{ColorName: theme.ColorNameForeground,
			SizeName: theme.SizeNameText, TextStyle: fyne.TextStyle{Bold: true}}, Text: "Titel"},
		&widget.TextSegment{Style: widget.RichTextStyle{ColorName: theme.ColorNamePlaceHolder,
			SizeName: theme.SizeNameText}, Text: "Toelichting"},
	)
	rt.Truncation = fyne.TextTruncateEllipsis
	return rt
}

// SetTwoLineRow shows title and detail in a row NewTwoLineRow made.
func SetTwoLineRow(o fyne.CanvasObject, title, detail string) {
	rt := o.(*widget.RichText)
	rt.Segments[0].(*widget.TextSegment).Text = title
	rt.Segments[1].(*widget.TextSegment).Text = detail
	rt.Refresh()
}
