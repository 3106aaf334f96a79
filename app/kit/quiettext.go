package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// QuietText is a line of text in the placeholder colour, quieter than a label
// yet readable in both themes (a label of LowImportance is too faint to
// read on a light background).
type QuietText struct{ *widget.RichText }

// NewQuietText makes a QuietText of text, wrapped at words.
func NewQuietText(text string) *QuietText {
	h := &QuietText{widget.NewRichText(&widget.TextSegment{Text: text,
		Style: widget.RichTextStyle{ColorName: theme.ColorNamePlaceHolder, SizeName: theme.SizeNameText, Inline: true}})}
	h.Wrapping = fyne.TextWrapWord
	// The QuietText, not the RichText inside it, is the widget the window
	// lays out and draws: without this Fyne kept two renderers, and a
	// wrapped text widened from three lines to two drew its old third line
	// under the new two (Overzicht's footnote, when the window was
	// maximised).
	h.ExtendBaseWidget(h)
	return h
}

// Unwrapped keeps the text on one line, as wide as it is.
func (h *QuietText) Unwrapped() *QuietText {
	h.Wrapping = fyne.TextWrapOff
	return h
}

// Truncated keeps the text on one line, cut off with an ellipsis where
// there is no room.
func (h *QuietText) Truncated() *QuietText {
	h.Wrapping = fyne.TextWrapOff
	h.Truncation = fyne.TextTruncateEllipsis
	return h
}

// SetText replaces the text.
func (h *QuietText) SetText(text string) {
	h.Segments[0].(*widget.TextSegment).Text = text
	h.Refresh()
}

// Text is the text shown.
func (h *QuietText) Text() string { return h.Segments[0].(*widget.TextSegment).Text }
