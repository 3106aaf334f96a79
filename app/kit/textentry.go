package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// TextEntry is an Entry that passes the window's shortcut keys on to its
// screen: a focused Entry gets every shortcut first, so Ctrl+S would
// otherwise not save, and Escape would not cancel.
type TextEntry struct {
	widget.Entry
	// OnShortcut gets Ctrl+F, Ctrl+N, Ctrl+S (Cmd on macOS) and Escape, and
	// reports whether it used the key; may be nil.
	OnShortcut func(fyne.KeyName) bool
}

// NewTextEntry makes a one-line entry; onShortcut gets Ctrl+F, Ctrl+N,
// Ctrl+S (Cmd on macOS) and Escape, and reports whether it used the key.
func NewTextEntry(onShortcut func(fyne.KeyName) bool) *TextEntry {
	e := &TextEntry{OnShortcut: onShortcut}
	e.Wrapping = fyne.TextWrap(fyne.TextTruncateClip)
	e.ExtendBaseWidget(e)
	return e
}

// TypedShortcut handles the screen's shortcuts and leaves the rest (copy,
// paste, undo ...) to the Entry.
func (e *TextEntry) TypedShortcut(s fyne.Shortcut) {
	if cs, ok := s.(*desktop.CustomShortcut); ok && e.OnShortcut != nil && cs.Modifier == fyne.KeyModifierShortcutDefault {
		switch cs.KeyName {
		case fyne.KeyF, fyne.KeyN, fyne.KeyS:
			if e.OnShortcut(cs.KeyName) {
				return
			}
		}
	}
	e.Entry.TypedShortcut(s)
}

// TypedKey passes Escape to the screen.
func (e *TextEntry) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape && e.OnShortcut != nil && e.OnShortcut(fyne.KeyEscape) {
		return
	}
	e.Entry.TypedKey(k)
}

// FocusEntry is a TextEntry that reports gaining and losing the keyboard.
type FocusEntry struct {
	TextEntry
	// OnFocus gets true when the entry gains the keyboard and false when
	// it loses it; may be nil.
	OnFocus func(bool)
}

// NewFocusEntry makes a one-line entry that reports the keyboard coming
// and going to OnFocus; onShortcut is as for NewTextEntry.
func NewFocusEntry(onShortcut func(fyne.KeyName) bool) *FocusEntry {
	e := &FocusEntry{}
	e.OnShortcut = onShortcut
	e.Wrapping = fyne.TextWrap(fyne.TextTruncateClip)
	e.ExtendBaseWidget(e)
	return e
}

func (e *FocusEntry) FocusGained() {
	e.TextEntry.FocusGained()
	if e.OnFocus != nil {
		e.OnFocus(true)
	}
}

func (e *FocusEntry) FocusLost() {
	e.TextEntry.FocusLost()
	if e.OnFocus != nil {
		e.OnFocus(false)
	}
}
