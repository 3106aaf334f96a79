package planedit

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// How a blockView is edited, as in a word processor: the keys, the mouse,
// the clipboard and undo within the block. What changes more than the block
// (Enter, Backspace at its start, the arrows at its edges) the view hands to
// its chapter (planblockops.go).

// editKind says which edits undo takes back together: a run of typing, or
// of deleting character by character, is undone as one.
type editKind int

const (
	editOther editKind = iota
	editTyping
	editDeleting
)

// blockSnapshot is a block's text and selection, for undo.
type blockSnapshot struct {
	doc            styledText
	cursor, anchor int
}

// maxUndo is how many edits of one block undo remembers.
const maxUndo = 200

// blockEditing is what a view keeps for editing its block.
type blockEditing struct {
	focused        bool
	cursor, anchor int     // the selection runs from anchor to cursor
	goalX          float32 // the x that Up and Down keep; -1 for none
	typing         emphasis
	typingSet      bool // Ctrl+B or Ctrl+I without a selection: the emphasis of what is typed next
	shift          bool
	undo, redo     []blockSnapshot
	merge          editKind // the kind of the last edit, while the cursor has not moved since
	mouseDown      bool     // the button going down placed the cursor; the tap that follows need not
}

// blockClip is what a block last copied, so that pasting it back keeps its
// bold and italic; the clipboard itself holds plain text for other programs.
var blockClip struct {
	plain string
	doc   styledText
}

// editing reports whether the block is being edited: it shows a cursor and
// takes keys.
func (v *blockView) editing() bool { return v.b.entry == v }

// selection is where the selection starts and ends (equal when none).
func (v *blockView) selection() (int, int) {
	return min(v.anchor, v.cursor), max(v.anchor, v.cursor)
}

func (v *blockView) hasSelection() bool { return v.anchor != v.cursor }

// SelectedText is the selected text, without emphasis.
func (v *blockView) SelectedText() string {
	a, b := v.selection()
	return string(v.doc.runes[a:b])
}

// CursorTextOffset is the cursor's offset in the block's text.
func (v *blockView) CursorTextOffset() int { return v.cursor }

// typingEmphasis is the emphasis of a character typed now: as chosen with
// Ctrl+B or Ctrl+I, else that of the character before the cursor (of the
// one after, at the start of a line), as in a word processor.
func (v *blockView) typingEmphasis() emphasis {
	if v.typingSet {
		return v.typing
	}
	a, b := v.selection()
	r, m := v.doc.runes, v.doc.marks
	switch {
	case a < b && r[a] != '\n':
		return m[a]
	case a > 0 && r[a-1] != '\n':
		return m[a-1]
	case a < len(r) && r[a] != '\n':
		return m[a]
	}
	return 0
}

// activeEmphasis is what the bold and italic buttons show as switched on.
func (v *blockView) activeEmphasis() emphasis {
	a, b := v.selection()
	if a == b {
		return v.typingEmphasis()
	}
	var m emphasis
	for _, e := range []emphasis{emBold, emItalic} {
		if v.doc.has(a, b, e) {
			m |= e
		}
	}
	return m
}

// moveTo puts the cursor at offset at; extend keeps the other end of the
// selection where it was.
func (v *blockView) moveTo(at int, extend bool) {
	v.cursor = max(0, min(at, len(v.doc.runes)))
	if !extend {
		v.anchor = v.cursor
	}
	v.goalX = -1
	v.merge = editOther
	v.typingSet = false
	v.cursorMoved()
}

// cursorMoved shows the cursor where it is now.
func (v *blockView) cursorMoved() {
	v.BaseWidget.Refresh()
	t := v.b.t
	if v.focused {
		t.scrollTo(v.b)
	}
	t.showEmphasis()
}

// edit replaces the characters from a to b with ins, as one step for undo
// unless it continues an edit of the same kind, and puts the cursor after it.
func (v *blockView) edit(kind editKind, a, b int, ins styledText) {
	if kind == editOther || kind != v.merge {
		v.remember()
	}
	v.doc.replace(a, b, ins)
	v.cursor = a + len(ins.runes)
	v.anchor = v.cursor
	v.goalX = -1
	v.typingSet = false
	v.merge = kind
	v.textChanged()
}

// restyle gives or takes emphasis m from the selection, which stays.
func (v *blockView) restyle(m emphasis, on bool) {
	v.remember()
	a, b := v.selection()
	v.doc.set(a, b, m, on)
	v.merge = editOther
	v.textChanged()
}

// remember notes the text as it is for undo; a new edit forgets what was undone.
func (v *blockView) remember() {
	if len(v.undo) >= maxUndo {
		v.undo = v.undo[1:]
	}
	v.undo = append(v.undo, blockSnapshot{v.doc.clone(), v.cursor, v.anchor})
	v.redo = nil
}

// forget drops the undo history, once the block's text has changed in a way
// undo within the block cannot take back (split, joined, a new style).
func (v *blockView) forget() {
	v.undo, v.redo = nil, nil
	v.merge = editOther
}

func (v *blockView) undoEdit() { v.step(&v.undo, &v.redo) }

func (v *blockView) redoEdit() { v.step(&v.redo, &v.undo) }

// step goes back to the last snapshot of from, keeping the present in to:
// undo takes from the undo stack into the redo stack, redo the other way.
func (v *blockView) step(from, to *[]blockSnapshot) {
	if len(*from) == 0 {
		return
	}
	s := (*from)[len(*from)-1]
	*from = (*from)[:len(*from)-1]
	*to = append(*to, blockSnapshot{v.doc.clone(), v.cursor, v.anchor})
	v.restore(s)
}

func (v *blockView) restore(s blockSnapshot) {
	v.doc = s.doc
	v.cursor, v.anchor = s.cursor, s.anchor
	v.merge = editOther
	v.typingSet = false
	v.textChanged()
}

// textChanged lays the edited text out again. Only this block's widget
// changes; the chapter is laid out again only when its height does.
func (v *blockView) textChanged() {
	old := v.height()
	v.guide = len(v.doc.runes) < 2000 && isGuidance(v.doc.markup())
	v.relayout()
	if v.height() != old {
		v.b.t.list.relayout()
	}
	v.b.changed()
	v.cursorMoved()
}

// takeKeys makes sure the block is edited before a key is handled: a view
// keeps the keyboard when it stops being edited other than by a click
// elsewhere.
func (v *blockView) takeKeys() bool {
	if !v.editing() {
		v.b.t.activate(v.b, v.cursor)
	}
	return v.editing()
}

func (v *blockView) TypedRune(r rune) {
	defer v.b.t.ed.RecoverAction()
	if !v.takeKeys() {
		return
	}
	a, b := v.selection()
	v.edit(editTyping, a, b, plainStyled(string(r), v.typingEmphasis()))
}

func (v *blockView) TypedKey(k *fyne.KeyEvent) {
	t := v.b.t
	defer t.ed.RecoverAction()
	if k.Name == fyne.KeyEscape {
		t.ed.shortcut(fyne.KeyEscape)
		return
	}
	if !v.takeKeys() {
		return
	}
	shift := v.shiftHeld()
	a, b := v.selection()
	n := len(v.doc.runes)
	switch k.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		t.enter(v.b, shift)
	case fyne.KeyBackspace:
		switch {
		case a < b:
			v.edit(editOther, a, b, styledText{})
		case a == 0:
			t.joinBackward(v.b)
		default:
			v.edit(editDeleting, a-1, a, styledText{})
		}
	case fyne.KeyDelete:
		switch {
		case a < b:
			v.edit(editOther, a, b, styledText{})
		case a == n:
			t.joinForward(v.b)
		default:
			v.edit(editOther, a, a+1, styledText{})
		}
	case fyne.KeyLeft:
		switch {
		case a < b && !shift:
			v.moveTo(a, false)
		case v.cursor == 0 && !shift && t.toNeighbour(v.b, -1, -1):
		default:
			v.moveTo(v.cursor-1, shift)
		}
	case fyne.KeyRight:
		switch {
		case a < b && !shift:
			v.moveTo(b, false)
		case v.cursor == n && !shift && t.toNeighbour(v.b, 1, -1):
		default:
			v.moveTo(v.cursor+1, shift)
		}
	case fyne.KeyUp:
		v.vertical(-1, shift)
	case fyne.KeyDown:
		v.vertical(1, shift)
	case fyne.KeyHome:
		v.moveTo(v.lineStart(v.lineOf(v.cursor)), shift)
	case fyne.KeyEnd:
		v.moveTo(v.lineEnd(v.lineOf(v.cursor)), shift)
	case fyne.KeyPageUp:
		v.moveTo(0, shift)
	case fyne.KeyPageDown:
		v.moveTo(n, shift)
	}
}

// vertical moves the cursor a line up (-1) or down (1), keeping its x; from
// the first or last line it goes on to the block before or after.
func (v *blockView) vertical(dir int, shift bool) {
	li := v.lineOf(v.cursor)
	x := v.goalX
	if x < 0 {
		x = v.xIn(li, v.cursor)
	}
	to := li + dir
	if to < 0 || to >= len(v.lines) {
		end := 0
		if dir > 0 {
			end = len(v.doc.runes)
		}
		if shift || !v.b.t.toNeighbour(v.b, dir, x) {
			v.moveTo(end, shift)
		}
		return
	}
	v.moveTo(v.offsetInLine(to, x), shift)
	v.goalX = x
}

func (v *blockView) TypedShortcut(s fyne.Shortcut) {
	t := v.b.t
	defer t.ed.RecoverAction()
	if cs, ok := s.(*desktop.CustomShortcut); ok {
		v.customShortcut(cs)
		return
	}
	if !v.takeKeys() {
		return
	}
	a, b := v.selection()
	switch s := s.(type) {
	case *fyne.ShortcutCopy:
		v.copySelection(s.Clipboard)
	case *fyne.ShortcutCut:
		if a < b {
			v.copySelection(s.Clipboard)
			v.edit(editOther, a, b, styledText{})
		}
	case *fyne.ShortcutPaste:
		v.paste(s.Clipboard)
	case *fyne.ShortcutSelectAll:
		v.anchor = 0
		v.moveTo(len(v.doc.runes), true)
	case *fyne.ShortcutUndo:
		v.undoEdit()
	case *fyne.ShortcutRedo:
		v.redoEdit()
	}
}

// customShortcut handles Ctrl (Cmd on macOS) with a key: the screen's
// shortcuts, emphasis, and moving by word and by block.
func (v *blockView) customShortcut(s *desktop.CustomShortcut) {
	t := v.b.t
	extend := s.Modifier&fyne.KeyModifierShift != 0
	if s.Modifier&^fyne.KeyModifierShift != fyne.KeyModifierShortcutDefault {
		return
	}
	switch s.KeyName {
	case fyne.KeyS, fyne.KeyN, fyne.KeyF:
		if !extend {
			t.ed.shortcut(s.KeyName)
		}
		return
	}
	if !v.takeKeys() {
		return
	}
	a, b := v.selection()
	n := len(v.doc.runes)
	switch s.KeyName {
	case fyne.KeyB:
		t.toggleEmphasis(v.b, emBold)
	case fyne.KeyI:
		t.toggleEmphasis(v.b, emItalic)
	case fyne.KeyZ:
		if extend {
			v.redoEdit()
		}
	case fyne.KeyHome:
		v.moveTo(0, extend)
	case fyne.KeyEnd:
		v.moveTo(n, extend)
	case fyne.KeyUp:
		if extend || !t.toBlock(v.b, -1) {
			v.moveTo(0, extend)
		}
	case fyne.KeyDown:
		if extend || !t.toBlock(v.b, 1) {
			v.moveTo(n, extend)
		}
	case fyne.KeyLeft:
		v.moveTo(v.doc.wordLeft(v.cursor), extend)
	case fyne.KeyRight:
		v.moveTo(v.doc.wordRight(v.cursor), extend)
	case fyne.KeyBackspace:
		switch {
		case a < b:
			v.edit(editOther, a, b, styledText{})
		case a == 0:
			t.joinBackward(v.b)
		default:
			v.edit(editOther, v.doc.wordLeft(a), a, styledText{})
		}
	case fyne.KeyDelete:
		switch {
		case a < b:
			v.edit(editOther, a, b, styledText{})
		case a == n:
			t.joinForward(v.b)
		default:
			v.edit(editOther, a, v.doc.wordRight(a), styledText{})
		}
	}
}

func clipboardOr(c fyne.Clipboard) fyne.Clipboard {
	if c != nil {
		return c
	}
	return fyne.CurrentApp().Clipboard()
}

// copySelection puts the selected text on the clipboard.
func (v *blockView) copySelection(c fyne.Clipboard) {
	a, b := v.selection()
	if a == b {
		return
	}
	blockClip.plain = string(v.doc.runes[a:b])
	blockClip.doc = v.doc.slice(a, b)
	clipboardOr(c).SetContent(blockClip.plain)
}

// paste puts the clipboard's text in place of the selection: with its
// emphasis when a block copied it, else as plain text. Its line breaks stay
// (in a list each line is an item) except in a sub-heading, which is one line.
func (v *blockView) paste(c fyne.Clipboard) {
	text := clipboardOr(c).Content()
	text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	if text == "" {
		return
	}
	ins := plainStyled(text, 0)
	if text == blockClip.plain {
		ins = blockClip.doc.clone()
	}
	if v.b.style == "heading" {
		ins = ins.oneLine()
	}
	a, b := v.selection()
	v.edit(editOther, a, b, ins)
}

func (v *blockView) KeyDown(k *fyne.KeyEvent) {
	if k.Name == desktop.KeyShiftLeft || k.Name == desktop.KeyShiftRight {
		v.shift = true
	}
}

func (v *blockView) KeyUp(k *fyne.KeyEvent) {
	if k.Name == desktop.KeyShiftLeft || k.Name == desktop.KeyShiftRight {
		v.shift = false
	}
}

// shiftHeld reports whether Shift is down, as the key events or the
// driver tell.
func (v *blockView) shiftHeld() bool {
	if v.shift {
		return true
	}
	if d, ok := fyne.CurrentApp().Driver().(desktop.Driver); ok {
		return d.CurrentKeyModifiers()&fyne.KeyModifierShift != 0
	}
	return false
}

func (v *blockView) FocusGained() {
	v.focused = true
	t := v.b.t
	if !v.editing() {
		t.activate(v.b, v.cursor) // reached with Tab
	} else {
		t.focused(v.b, true)
	}
	v.BaseWidget.Refresh()
}

func (v *blockView) FocusLost() {
	v.focused = false
	v.shift = false
	v.b.t.focused(v.b, false)
	v.BaseWidget.Refresh()
}

// place puts the cursor where the pointer is, making the block the one
// edited; extend (Shift) selects from where the cursor was.
func (v *blockView) place(pos fyne.Position, extend bool) {
	at := v.offsetAt(pos)
	if !v.editing() {
		v.b.t.activate(v.b, at)
		return
	}
	if c := v.b.t.ed.Window().Canvas(); c.Focused() != v {
		c.Focus(v)
	}
	v.moveTo(at, extend)
}

// MouseDown places the cursor at once; the tap that follows a click comes
// only after the double-click delay.
func (v *blockView) MouseDown(ev *desktop.MouseEvent) {
	defer v.b.t.ed.RecoverAction()
	if ev.Button != desktop.MouseButtonPrimary {
		return
	}
	v.mouseDown = true
	v.place(ev.Position, ev.Modifier&fyne.KeyModifierShift != 0)
}

func (v *blockView) MouseUp(*desktop.MouseEvent) {}

func (v *blockView) Tapped(ev *fyne.PointEvent) {
	defer v.b.t.ed.RecoverAction()
	if v.mouseDown {
		v.mouseDown = false
		return
	}
	v.place(ev.Position, false)
}

// DoubleTapped selects the word under the pointer.
func (v *blockView) DoubleTapped(ev *fyne.PointEvent) {
	defer v.b.t.ed.RecoverAction()
	v.mouseDown = false
	v.place(ev.Position, false)
	if v.editing() {
		a, b := v.doc.wordAt(v.cursor)
		v.anchor = a
		v.moveTo(b, true)
	}
}

// Dragged selects from where the button went down to the pointer.
func (v *blockView) Dragged(ev *fyne.DragEvent) {
	defer v.b.t.ed.RecoverAction()
	if v.editing() {
		v.moveTo(v.offsetAt(ev.Position), true)
	}
}

func (v *blockView) DragEnd() { v.mouseDown = false }

// TappedSecondary offers what can be done with the selection.
func (v *blockView) TappedSecondary(ev *fyne.PointEvent) {
	defer v.b.t.ed.RecoverAction()
	if !v.editing() {
		v.place(ev.Position, false)
	}
	t := v.b.t
	a, b := v.selection()
	clip := fyne.CurrentApp().Clipboard()
	item := func(label string, ok bool, action func()) *fyne.MenuItem {
		m := fyne.NewMenuItem(label, action)
		m.Disabled = !ok
		return m
	}
	menu := fyne.NewMenu("",
		item(lang.L("Cut"), a < b, func() { v.TypedShortcut(&fyne.ShortcutCut{Clipboard: clip}) }),
		item(lang.L("Copy"), a < b, func() { v.TypedShortcut(&fyne.ShortcutCopy{Clipboard: clip}) }),
		item(lang.L("Paste"), true, func() { v.TypedShortcut(&fyne.ShortcutPaste{Clipboard: clip}) }),
		item(lang.L("Select all"), len(v.doc.runes) > 0, func() { v.TypedShortcut(&fyne.ShortcutSelectAll{}) }),
		fyne.NewMenuItemSeparator(),
		item(lang.X("plans.block.bold", "Vet"), true, func() { t.toggleEmphasis(v.b, emBold) }),
		item(lang.X("plans.block.italic", "Cursief"), true, func() { t.toggleEmphasis(v.b, emItalic) }),
	)
	widget.ShowPopUpMenuAtPosition(t.ed.GuardMenu(menu), t.ed.Window().Canvas(), ev.AbsolutePosition)
}
