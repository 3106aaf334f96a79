package planedit

import (
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ketenregie/app/kit"
	"ketenregie/app/say"
	"ketenregie/data"
)

// blockSaveDelay is how long after the last keystroke a changed block is
// saved. Zero saves only when the block loses the keyboard or on Save
// (tests use that, so no timer fires behind their back).
var blockSaveDelay = time.Second

// chapterText edits the text of one chapter as a list of blocks (a
// paragraph, a bulleted list or a sub-heading), each a blockEditor
// (blockeditor.go). Each block is shown by a blockView, with its bold and
// italic, which is also its editor once clicked or reached with the
// keyboard: the block looks the same edited or not. Typing changes only
// that block's widget, so a 50 KB chapter types as fast as a short one. A
// changed block is saved when it loses the keyboard, about a second after
// the last keystroke, and before anything that leaves the block or the
// chapter; one Update per changed block. Splitting and joining blocks
// (planblockops.go) is one Write each.
type chapterText struct {
	ed *planEditor
	id string // the open chapter; "" when the plan has none

	number       *widget.Label
	title        *kit.FocusEntry
	titleSaved   string
	titlePending bool

	blocks    []*blockEditor
	list      *blockList
	scroll    *container.Scroll
	emptyNote *kit.QuietText
	state     *kit.QuietText
	noChapter fyne.CanvasObject
	editor    *fyne.Container // the chapter's title, tools and blocks
	body      *fyne.Container

	style        *widget.Select
	styleLoading bool
	boldButton   *widget.Button
	italicButton *widget.Button
	upButton     *widget.Button
	downButton   *widget.Button
	deleteButton *widget.Button
	addButton    *widget.Button

	current  *blockEditor // the block that last had the keyboard
	pending  map[*blockEditor]bool
	gen      int // counts edits, so an old timer does not save twice
	timer    *time.Timer
	stopped  bool
	loading  bool
	errShown bool
	content  fyne.CanvasObject
}

func newChapterText(ed *planEditor) *chapterText {
	t := &chapterText{ed: ed, pending: map[*blockEditor]bool{}}

	t.number = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	t.number.SizeName = theme.SizeNameSubHeadingText
	t.title = kit.NewFocusEntry(ed.shortcut)
	t.title.TextStyle.Bold = true
	t.title.SetPlaceHolder(lang.X("plans.chapter.title.hint", "Titel van het hoofdstuk"))
	t.title.OnChanged = func(s string) {
		if t.loading {
			return
		}
		pending := s != t.titleSaved
		if pending != t.titlePending {
			t.titlePending = pending
			t.stateChanged()
		}
	}
	// Enter in the title goes on to the text, as in a word processor.
	t.title.OnSubmitted = func(string) {
		if t.saveTitle() == nil && len(t.blocks) > 0 {
			t.activate(t.blocks[0], 0)
		}
	}
	t.title.OnFocus = func(focused bool) {
		if !focused {
			t.saveTitle()
		}
	}

	t.style = widget.NewSelect(say.Choices(data.BlockStyles), func(label string) {
		if t.styleLoading || t.current == nil {
			return
		}
		if code := say.Code(data.BlockStyles, label); code != "" {
			t.setStyle(t.current, code)
		}
	})
	t.style.PlaceHolder = lang.X("plans.block.style", "Opmaak")
	t.boldButton = widget.NewButtonWithIcon("", boldIcon, func() { t.toggleEmphasis(t.current, emBold) })
	t.italicButton = widget.NewButtonWithIcon("", italicIcon, func() { t.toggleEmphasis(t.current, emItalic) })
	t.upButton = widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { t.move(t.current, -1) })
	t.downButton = widget.NewButtonWithIcon("", theme.MoveDownIcon(), func() { t.move(t.current, 1) })
	t.deleteButton = widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { t.remove(t.current) })
	for _, b := range []*widget.Button{t.boldButton, t.italicButton, t.upButton, t.downButton, t.deleteButton} {
		b.Importance = widget.LowImportance
	}
	t.addButton = widget.NewButtonWithIcon(lang.X("plans.block.add", "Alinea toevoegen"), theme.ContentAddIcon(), t.addBlock)
	ed.Guard(t.title, t.style, t.boldButton, t.italicButton, t.upButton, t.downButton, t.deleteButton, t.addButton)
	t.state = kit.NewQuietText("").Truncated()
	t.state.Segments[0].(*widget.TextSegment).Style.Alignment = fyne.TextAlignTrailing

	t.emptyNote = kit.NewQuietText(lang.X("plans.block.empty", "Dit hoofdstuk heeft nog geen tekst. Begin met typen of kies Alinea toevoegen."))
	t.emptyNote.Hide()
	t.list = newBlockList(t)
	t.scroll = container.NewVScroll(container.New(&kit.AtMost{Width: planTextWidth, Center: true}, t.list))

	tools := container.NewHBox(kit.WithMinWidth(t.style, t.style.Options...), widget.NewSeparator(), t.boldButton, t.italicButton, widget.NewSeparator(),
		t.upButton, t.downButton, t.deleteButton, widget.NewSeparator(), t.addButton)
	heading := container.NewBorder(nil, nil, t.number, nil, t.title)
	var top *fyne.Container
	toolRow := container.New(&kit.BesideOrBelow{
		Reflower: kit.Reflower{Reflow: func() { t.editor.Refresh() }},
		// The longer of the two states, so that the line does not jump
		// between one and two rows as the user types and the text is saved.
		Want: func() float32 {
			var w float32
			for _, s := range []string{stateSaved(), statePending()} {
				w = max(w, fyne.MeasureText(s, theme.TextSize(), fyne.TextStyle{}).Width)
			}
			return w + 2*theme.InnerPadding()
		},
	}, tools, t.state)
	top = container.NewVBox(heading, toolRow, widget.NewSeparator(), t.emptyNote)
	t.editor = container.NewBorder(top, nil, nil, nil, t.scroll)
	none := widget.NewLabel(lang.X("plans.chapter.none", "Dit plan heeft nog geen hoofdstukken. Kies Hoofdstuk om het eerste hoofdstuk toe te voegen."))
	none.Wrapping = fyne.TextWrapWord
	none.Alignment = fyne.TextAlignCenter
	none.Importance = widget.LowImportance
	t.noChapter = container.NewCenter(container.NewGridWrap(fyne.NewSize(420, 80), none))
	t.body = container.NewStack(t.editor)
	t.content = container.NewPadded(t.body)
	t.updateTools()
	return t
}

// open shows chapter id; the caller has saved the chapter left behind.
func (t *chapterText) open(id string) {
	t.gen++
	t.pending = map[*blockEditor]bool{}
	t.current = nil
	t.id = id
	t.titlePending = false
	if id == "" {
		t.blocks = nil
		t.list.setRows(nil)
		t.body.Objects = []fyne.CanvasObject{t.noChapter}
		t.body.Refresh()
		t.updateTools()
		t.stateChanged()
		return
	}
	if len(t.body.Objects) != 1 || t.body.Objects[0] != t.editor {
		t.body.Objects = []fyne.CanvasObject{t.editor}
		t.body.Refresh()
	}
	sec, err := t.ed.Store().Get(t.ed.Ctx(), data.KindSection, id)
	if err != nil {
		t.showError(err)
		return
	}
	recs, err := t.ed.Store().ListWhere(t.ed.Ctx(), data.KindBlock, data.Block.SectionID, id)
	if err != nil {
		t.showError(err)
		return
	}
	t.loading = true
	t.titleSaved = sec.Get(data.Section.Title)
	t.title.SetText(t.titleSaved)
	t.showHeading()
	t.blocks = make([]*blockEditor, 0, len(recs)+1)
	for _, r := range recs {
		t.blocks = append(t.blocks, t.newBlock(r))
	}
	if len(t.blocks) == 0 {
		// An empty chapter offers a block to type in; it is stored once
		// something is typed.
		t.blocks = append(t.blocks, t.newBlock(data.Record{Values: map[string]string{data.Block.Style: data.BlockStyleParagraph}}))
	}
	t.loading = false
	t.scroll.Offset = fyne.NewPos(0, 0)
	t.list.setRows(t.blocks)
	if len(recs) == 0 {
		t.activate(t.blocks[0], 0) // "begin met typen"
	}
	t.updateEmpty()
	t.updateTools()
	t.stateChanged()
}

// reload rereads the open chapter when it has no unsaved edits.
func (t *chapterText) reload() {
	if t.hasPending() {
		return
	}
	if _, ok := t.ed.tree.sections[t.id]; !ok {
		t.ed.tree.selectFirst()
		return
	}
	offset := t.scroll.Offset
	t.open(t.id)
	t.scroll.ScrollToOffset(offset)
}

// showHeading shows the chapter's number.
func (t *chapterText) showHeading() {
	n := t.ed.tree.numbers[t.id]
	t.number.SetText(n)
	if n == "" {
		t.number.Hide()
	} else {
		t.number.Show()
	}
}

// editTitle puts the cursor in the chapter's title, all of it selected.
func (t *chapterText) editTitle() {
	if t.id == "" {
		return
	}
	t.ed.tabs.Select(t.ed.textTab)
	t.ed.Window().Canvas().Focus(t.title)
	t.title.TypedShortcut(&fyne.ShortcutSelectAll{})
}

// saveTitle stores a changed chapter title.
func (t *chapterText) saveTitle() error {
	if !t.titlePending || t.id == "" {
		return nil
	}
	if err := t.ed.tree.rename(t.id, t.title.Text); err != nil {
		t.showError(err)
		return err
	}
	t.titleSaved = t.title.Text
	t.titlePending = false
	t.showHeading()
	t.saved()
	return nil
}

// updateEmpty shows the note of an empty chapter while it has no text.
func (t *chapterText) updateEmpty() {
	show := len(t.blocks) == 1 && t.blocks[0].id == "" && t.blocks[0].text() == ""
	if show == t.emptyNote.Visible() {
		return
	}
	if show {
		t.emptyNote.Show()
	} else {
		t.emptyNote.Hide()
	}
	t.editor.Refresh() // make or give back the room for the note
}

// hasPending reports edits not yet stored.
func (t *chapterText) hasPending() bool { return t.titlePending || len(t.pending) > 0 }

// markPending notes an edited block and (re)starts the save timer.
func (t *chapterText) markPending(b *blockEditor) {
	if !t.pending[b] {
		t.pending[b] = true
		t.stateChanged()
		if b.id == "" {
			t.updateEmpty()
		}
	}
	t.gen++
	if blockSaveDelay <= 0 {
		return
	}
	if t.timer != nil {
		t.timer.Stop()
	}
	gen := t.gen
	t.timer = time.AfterFunc(blockSaveDelay, func() {
		t.ed.Do(func() {
			if gen == t.gen && !t.stopped {
				t.flush()
			}
		})
	})
}

func statePending() string {
	return lang.X("plans.block.state.pending", "Wijzigingen nog niet opgeslagen")
}

func stateSaved() string { return lang.X("plans.block.state.saved", "Alles is opgeslagen") }

// planTextWidth is the widest a chapter's text is drawn: on a large
// screen a line as long as on a page, not the whole width of the screen.
const planTextWidth = 960

// stateChanged says whether everything is saved, and lets the editor offer Save.
func (t *chapterText) stateChanged() {
	if t.hasPending() {
		t.state.SetText(statePending())
	} else if t.id != "" {
		t.state.SetText(stateSaved())
	} else {
		t.state.SetText("")
	}
	t.ed.changed()
}

// flush saves the title and every changed block, in order. On an error
// the edits stay in the editor, the message says why, and the error is
// returned so the caller does not leave the chapter.
func (t *chapterText) flush() error {
	if err := t.saveTitle(); err != nil {
		return err
	}
	if len(t.pending) == 0 {
		return nil
	}
	for _, b := range slices.Clone(t.blocks) {
		if t.pending[b] {
			if err := t.saveBlock(b); err != nil {
				return err
			}
		}
	}
	return nil
}

// saveBlock stores one block's text: one Update, or the Create of a block
// typed in an empty chapter.
func (t *chapterText) saveBlock(b *blockEditor) error {
	text := b.text()
	var err error
	switch {
	case b.id == "" && text == "":
	case b.id == "":
		at := t.storedIndex(b)
		var id string
		err = t.ed.Store().Write(t.ed.Ctx(), func(tx *data.Tx) error {
			id, err = tx.InsertAt(data.KindBlock, t.stored(b), at, map[string]string{data.Block.SectionID: t.id, data.Block.Style: b.style, data.Block.Text: text})
			return err
		})
		if err == nil {
			b.id = id
			t.refreshPositions()
		}
	case text != b.saved:
		err = t.ed.Store().Update(t.ed.Ctx(), data.KindBlock, b.id, map[string]string{data.Block.Text: text})
	}
	if err != nil {
		t.showError(err)
		return err
	}
	b.saved = text
	delete(t.pending, b)
	t.saved()
	return nil
}

// saved follows a successful save: a message about an earlier failure goes.
func (t *chapterText) saved() {
	if t.errShown {
		t.errShown = false
		t.ed.clearMessage()
	}
	t.stateChanged()
}

func (t *chapterText) showError(err error) {
	t.errShown = true
	t.ed.showMessage(planErrorText(err), widget.DangerImportance)
}

// discard throws unsaved text away and shows the chapter as stored.
func (t *chapterText) discard() {
	t.gen++
	t.pending = map[*blockEditor]bool{}
	t.titlePending = false
	if t.id != "" {
		if _, err := t.ed.Store().Get(t.ed.Ctx(), data.KindSection, t.id); err == nil {
			t.open(t.id)
		}
	}
	t.stateChanged()
}

// stop ends the save timer: the editor is closed.
func (t *chapterText) stop() {
	t.stopped = true
	if t.timer != nil {
		t.timer.Stop()
	}
}

// stored are the stored blocks but skip, as records for ordering.
func (t *chapterText) stored(skip *blockEditor) []data.Record {
	var out []data.Record
	for _, b := range t.blocks {
		if b != skip && b.id != "" {
			out = append(out, data.Record{ID: b.id, Values: map[string]string{data.Block.Position: b.pos}})
		}
	}
	return out
}

// storedIndex is where b stands among the other stored blocks.
func (t *chapterText) storedIndex(b *blockEditor) int {
	n := 0
	for _, x := range t.blocks {
		if x == b {
			return n
		}
		if x.id != "" {
			n++
		}
	}
	return n
}

// refreshPositions rereads the blocks' positions after an insert or move.
func (t *chapterText) refreshPositions() {
	recs, err := t.ed.Store().ListWhere(t.ed.Ctx(), data.KindBlock, data.Block.SectionID, t.id)
	if err != nil {
		return
	}
	pos := map[string]string{}
	for _, r := range recs {
		pos[r.ID] = r.Get(data.Block.Position)
	}
	for _, b := range t.blocks {
		if p, ok := pos[b.id]; ok {
			b.pos = p
		}
	}
}

func (t *chapterText) indexOf(b *blockEditor) int { return slices.Index(t.blocks, b) }

// activate puts block b in edit mode, with the cursor at offset at (-1: at
// the end). The block edited before is saved and stops being edited.
func (t *chapterText) activate(b *blockEditor, at int) {
	if t.indexOf(b) < 0 {
		return
	}
	for _, o := range t.blocks {
		if o != b && o.entry != nil {
			if err := t.deactivate(o); err != nil {
				return
			}
		}
	}
	v := b.view
	b.entry = v
	t.current = b
	n := v.doc.len()
	if at < 0 || at > n {
		at = n
	}
	v.cursor, v.anchor = at, at
	if v.guide {
		v.anchor, v.cursor = 0, n // typing replaces the guidance
	}
	v.goalX = -1
	v.typingSet = false
	v.merge = editOther
	if c := t.ed.Window().Canvas(); c.Focused() != v {
		c.Focus(v)
	}
	v.BaseWidget.Refresh()
	t.scrollTo(b)
	t.updateTools()
}

// deactivate saves block b, which stops being edited.
func (t *chapterText) deactivate(b *blockEditor) error {
	if b.entry == nil {
		return nil
	}
	if t.pending[b] {
		if err := t.saveBlock(b); err != nil {
			return err
		}
	}
	b.entry = nil
	b.view.anchor = b.view.cursor
	b.view.BaseWidget.Refresh()
	if t.current == b {
		t.showEmphasis()
	}
	return nil
}

// focusBlock puts the cursor in the block with this id.
func (t *chapterText) focusBlock(id string) {
	for _, b := range t.blocks {
		if b.id == id {
			t.activate(b, 0)
			return
		}
	}
}

// scrollTo scrolls the chapter so that block b's cursor can be seen.
func (t *chapterText) scrollTo(b *blockEditor) {
	top := b.y
	if b.entry != nil {
		top += b.view.cursorPosition().Y
	}
	bottom := top + theme.TextSize()*2
	view := t.scroll.Size().Height
	off := t.scroll.Offset.Y
	to := off
	switch {
	case top < off:
		to = top - theme.Padding()
	case bottom > off+view && view > 0:
		to = bottom - view + theme.Padding()
	}
	// Scrolling lays the chapter out again: not when the scroll cannot move,
	// as at the end of the last block, which is where one types most.
	to = max(0, min(to, t.list.Size().Height-view))
	if to != off {
		t.scroll.ScrollToOffset(fyne.NewPos(0, to))
	}
}

// focused follows the keyboard moving into or out of block b. Leaving the
// block saves it; it stays in edit mode until another block is edited, so
// coming back to the window finds the cursor where it was.
func (t *chapterText) focused(b *blockEditor, in bool) {
	if b.entry == nil {
		return // a block no longer edited
	}
	if in {
		if t.current != b {
			t.current = b
			t.updateTools()
		}
		return
	}
	if t.pending[b] {
		t.saveBlock(b)
	}
}

// updateTools shows the current block's style and what can be done with it.
func (t *chapterText) updateTools() {
	b := t.current
	t.styleLoading = true
	if b != nil {
		t.style.SetSelected(say.Choice(data.BlockStyles, b.style))
	} else {
		t.style.ClearSelected()
	}
	t.styleLoading = false
	i := t.indexOf(b)
	set := func(w fyne.Disableable, ok bool) {
		if ok {
			w.Enable()
		} else {
			w.Disable()
		}
	}
	set(t.style, b != nil)
	set(t.boldButton, b != nil)
	set(t.italicButton, b != nil)
	set(t.upButton, b != nil && b.id != "" && i > 0)
	set(t.downButton, b != nil && b.id != "" && i >= 0 && i < len(t.blocks)-1)
	set(t.deleteButton, b != nil && b.id != "")
	set(t.addButton, t.id != "")
	t.showEmphasis()
}

// showEmphasis shows, on the bold and italic buttons, the emphasis of the
// selection or of what is typed at the cursor.
func (t *chapterText) showEmphasis() {
	var m emphasis
	if b := t.current; b != nil && b.entry != nil {
		m = b.view.activeEmphasis()
	}
	show := func(button *widget.Button, on bool) {
		imp := widget.LowImportance
		if on {
			imp = widget.MediumImportance
		}
		if button.Importance != imp {
			button.Importance = imp
			button.Refresh()
		}
	}
	show(t.boldButton, m&emBold != 0)
	show(t.italicButton, m&emItalic != 0)
}
