package kit

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ketenregie/data"
)

// FilterSelect chooses one of many options (346 municipalities, every
// organisation) by typing part of its name: the options that hold what
// was typed, ignoring case and accents, open in a list under the field;
// Enter or a click takes one, Escape or leaving the field puts back what
// was chosen. The arrow at the right lists every option. It offers what
// a widget.Select does (Options, Selected, SetSelected, ClearSelected,
// OnChanged, PlaceHolder), so a screen can swap one for the other.
type FilterSelect struct {
	widget.Entry
	Options   []string
	Selected  string
	OnChanged func(string)

	list    *widget.List
	popup   *widget.PopUp
	matches []string
	setting bool // the text is set by code, not typed
}

// maxFilterRows is how many options the list shows at once.
const maxFilterRows = 8

// NewFilterSelect offers options; changed is called with the one chosen.
func NewFilterSelect(options []string, changed func(string)) *FilterSelect {
	f := &FilterSelect{Options: options, OnChanged: changed}
	f.Wrapping = fyne.TextWrap(fyne.TextTruncateClip)
	f.ExtendBaseWidget(f)
	f.Entry.OnChanged = f.typed
	f.Entry.OnSubmitted = func(string) {
		if len(f.matches) > 0 && f.popup != nil && f.popup.Visible() {
			f.choose(f.matches[0])
		}
	}
	drop := widget.NewButtonWithIcon("", theme.MenuDropDownIcon(), func() { f.open("") })
	drop.Importance = widget.LowImportance
	f.ActionItem = drop
	f.list = widget.NewList(func() int { return len(f.matches) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(f.matches[i]) })
	f.list.OnSelected = func(i widget.ListItemID) {
		if i >= 0 && i < len(f.matches) {
			f.choose(f.matches[i])
		}
		f.list.UnselectAll()
	}
	return f
}

// SetOptions replaces the options; the chosen one stays when it is still
// offered.
func (f *FilterSelect) SetOptions(options []string) {
	f.Options = options
	f.Refresh()
}

// SetSelected chooses text when it is an option, as widget.Select does,
// and reports a change.
func (f *FilterSelect) SetSelected(text string) {
	for _, o := range f.Options {
		if o == text {
			f.choose(text)
			return
		}
	}
}

// ClearSelected chooses nothing.
func (f *FilterSelect) ClearSelected() {
	f.Selected = ""
	f.show("")
}

// show puts text in the field without it counting as typed.
func (f *FilterSelect) show(text string) {
	f.setting = true
	f.SetText(text)
	f.setting = false
}

// choose takes option, closes the list and reports a change.
func (f *FilterSelect) choose(option string) {
	f.close()
	f.show(option)
	if option == f.Selected {
		return
	}
	f.Selected = option
	if f.OnChanged != nil {
		f.OnChanged(option)
	}
}

// typed filters the options by what is typed.
func (f *FilterSelect) typed(text string) {
	if f.setting {
		return
	}
	f.open(text)
}

// open lists the options that hold text ("" for all) under the field.
func (f *FilterSelect) open(text string) {
	key := data.Fold(strings.TrimSpace(text))
	f.matches = f.matches[:0]
	var later []string // those holding text elsewhere than at the start
	for _, o := range f.Options {
		switch folded := data.Fold(o); {
		case strings.HasPrefix(folded, key):
			f.matches = append(f.matches, o)
		case strings.Contains(folded, key):
			later = append(later, o)
		}
	}
	f.matches = append(f.matches, later...)
	c := fyne.CurrentApp().Driver().CanvasForObject(f)
	if c == nil {
		return
	}
	f.list.Refresh()
	f.list.ScrollToTop()
	row := f.list.MinSize().Height
	if row <= 0 {
		row = theme.TextSize() + 4*theme.Padding()
	}
	size := fyne.NewSize(f.Size().Width, float32(max(1, min(len(f.matches), maxFilterRows)))*(row+theme.SeparatorThicknessSize()))
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(f).Add(fyne.NewPos(0, f.Size().Height))
	if f.popup == nil {
		f.popup = widget.NewPopUp(f.list, c)
	}
	f.popup.Resize(size)
	f.popup.ShowAtPosition(pos)
}

// Matches are the options the list shows, in its order.
func (f *FilterSelect) Matches() []string { return f.matches }

// Listing says whether the list of options is open.
func (f *FilterSelect) Listing() bool { return f.popup != nil && f.popup.Visible() }

// close hides the list.
func (f *FilterSelect) close() {
	if f.popup != nil {
		f.popup.Hide()
	}
}

// TypedKey closes the list and puts back the choice on Escape, and moves
// into the list on the down arrow.
func (f *FilterSelect) TypedKey(k *fyne.KeyEvent) {
	switch k.Name {
	case fyne.KeyEscape:
		f.close()
		f.show(f.Selected)
		return
	case fyne.KeyDown:
		if f.popup != nil && f.popup.Visible() {
			if c := fyne.CurrentApp().Driver().CanvasForObject(f); c != nil {
				c.Focus(f.list)
			}
			return
		}
	}
	f.Entry.TypedKey(k)
}

// FocusLost puts back the choice when what was typed is not one, unless
// the list is open (a click in it takes the focus first).
func (f *FilterSelect) FocusLost() {
	f.Entry.FocusLost()
	if (f.popup == nil || !f.popup.Visible()) && f.Text != f.Selected {
		f.show(f.Selected)
	}
}
