package app

import (
	"image/color"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ketenregie/data"
)

// blockSaveDelay is how long after the last keystroke a changed block is
// saved. Zero saves only when the block loses the keyboard or on Save
// (tests use that, so no timer fires behind their back).
var blockSaveDelay = time.Second

// chapterText edits the text of one chapter as a list of blocks (a
// paragraph, a bulleted list or a sub-heading). Each block is shown as
// formatted text (a blockView) and becomes its own small editor, an Entry,
// when clicked or reached with the keyboard. Typing changes only that
// block's widget, so a 50 KB chapter types as fast as a short one. A
// changed block is saved when it loses the keyboard, about a second after
// the last keystroke, and before anything that leaves the block or the
// chapter; one Update per changed block.
type chapterText struct {
	ed *planEditor
	id string // the open chapter; "" when the plan has none

	number       *widget.Label
	title        *focusEntry
	titleSaved   string
	titlePending bool

	blocks    []*blockEditor
	list      *blockList
	scroll    *container.Scroll
	emptyNote *quietText
	state     *quietText
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
	measure  *widget.RichText
	themes   map[string]fyne.Theme
	content  fyne.CanvasObject
}

func newChapterText(ed *planEditor) *chapterText {
	t := &chapterText{ed: ed, pending: map[*blockEditor]bool{}}
	t.measure = widget.NewRichText(&widget.TextSegment{Style: widget.RichTextStyleInline, Text: "M"})
	t.measure.Wrapping = fyne.TextWrapWord
	t.themes = map[string]fyne.Theme{"": &blockTheme{}, "heading": &blockTheme{textScale: headingScale}}

	t.number = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	t.number.SizeName = theme.SizeNameSubHeadingText
	t.title = newFocusEntry(ed.shortcut)
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
	t.title.onFocus = func(focused bool) {
		if !focused {
			t.saveTitle()
		}
	}

	styles := make([]string, len(data.BlockStyles))
	for i, s := range data.BlockStyles {
		styles[i] = s.Label
	}
	t.style = widget.NewSelect(styles, func(label string) {
		if t.styleLoading || t.current == nil {
			return
		}
		for _, s := range data.BlockStyles {
			if s.Label == label {
				t.setStyle(t.current, s.Code)
			}
		}
	})
	t.style.PlaceHolder = lang.X("plans.block.style", "Opmaak")
	t.boldButton = widget.NewButtonWithIcon("", boldIcon, func() { t.emphasis(t.current, "**") })
	t.italicButton = widget.NewButtonWithIcon("", italicIcon, func() { t.emphasis(t.current, "*") })
	t.upButton = widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { t.move(t.current, -1) })
	t.downButton = widget.NewButtonWithIcon("", theme.MoveDownIcon(), func() { t.move(t.current, 1) })
	t.deleteButton = widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { t.remove(t.current) })
	for _, b := range []*widget.Button{t.boldButton, t.italicButton, t.upButton, t.downButton, t.deleteButton} {
		b.Importance = widget.LowImportance
	}
	t.addButton = widget.NewButtonWithIcon(lang.X("plans.block.add", "Alinea toevoegen"), theme.ContentAddIcon(), t.addBlock)
	ed.p.guard(t.title, t.style, t.boldButton, t.italicButton, t.upButton, t.downButton, t.deleteButton, t.addButton)
	t.state = newQuietText("").truncated()
	t.state.Segments[0].(*widget.TextSegment).Style.Alignment = fyne.TextAlignTrailing

	t.emptyNote = newQuietText(lang.X("plans.block.empty", "Dit hoofdstuk heeft nog geen tekst. Begin met typen of kies Alinea toevoegen."))
	t.emptyNote.Hide()
	t.list = newBlockList(t)
	t.scroll = container.NewVScroll(t.list)

	tools := container.NewHBox(withMinWidth(t.style, styles...), widget.NewSeparator(), t.boldButton, t.italicButton, widget.NewSeparator(),
		t.upButton, t.downButton, t.deleteButton, widget.NewSeparator(), t.addButton)
	heading := container.NewBorder(nil, nil, t.number, nil, t.title)
	top := container.NewVBox(heading, container.NewBorder(nil, nil, tools, nil, t.state), widget.NewSeparator(), t.emptyNote)
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
	sec, err := t.ed.p.store.Get(t.ed.p.ctx, "section", id)
	if err != nil {
		t.showError(err)
		return
	}
	recs, err := t.ed.p.store.ListWhere(t.ed.p.ctx, "block", "section_id", id)
	if err != nil {
		t.showError(err)
		return
	}
	t.loading = true
	t.titleSaved = sec.Get("title")
	t.title.SetText(t.titleSaved)
	t.showHeading()
	t.blocks = make([]*blockEditor, 0, len(recs)+1)
	for _, r := range recs {
		t.blocks = append(t.blocks, t.newBlock(r))
	}
	if len(t.blocks) == 0 {
		// An empty chapter offers a block to type in; it is stored once
		// something is typed.
		t.blocks = append(t.blocks, t.newBlock(data.Record{Values: map[string]string{"style": "paragraph"}}))
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
	t.ed.p.win.Canvas().Focus(t.title)
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
		t.ed.p.do(func() {
			if gen == t.gen && !t.stopped {
				t.flush()
			}
		})
	})
}

// stateChanged says whether everything is saved, and lets the editor offer Save.
func (t *chapterText) stateChanged() {
	if t.hasPending() {
		t.state.SetText(lang.X("plans.block.state.pending", "Wijzigingen nog niet opgeslagen"))
	} else if t.id != "" {
		t.state.SetText(lang.X("plans.block.state.saved", "Alles is opgeslagen"))
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
		err = t.ed.p.store.Write(t.ed.p.ctx, func(tx *data.Tx) error {
			id, err = insert(tx, "block", t.stored(b), at, map[string]string{"section_id": t.id, "style": b.style, "text": text})
			return err
		})
		if err == nil {
			b.id = id
			t.refreshPositions()
		}
	case text != b.saved:
		err = t.ed.p.store.Update(t.ed.p.ctx, "block", b.id, map[string]string{"text": text})
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
		if _, err := t.ed.p.store.Get(t.ed.p.ctx, "section", t.id); err == nil {
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
			out = append(out, data.Record{ID: b.id, Values: map[string]string{"position": b.pos}})
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
	recs, err := t.ed.p.store.ListWhere(t.ed.p.ctx, "block", "section_id", t.id)
	if err != nil {
		return
	}
	pos := map[string]string{}
	for _, r := range recs {
		pos[r.ID] = r.Get("position")
	}
	for _, b := range t.blocks {
		if p, ok := pos[b.id]; ok {
			b.pos = p
		}
	}
}

func (t *chapterText) indexOf(b *blockEditor) int { return slices.Index(t.blocks, b) }

// addBlock adds an empty paragraph after the current block, or at the end.
func (t *chapterText) addBlock() {
	if t.id == "" {
		return
	}
	at := len(t.blocks)
	if i := t.indexOf(t.current); i >= 0 {
		at = i + 1
	}
	if len(t.blocks) == 1 && t.blocks[0].id == "" && t.blocks[0].text() == "" {
		t.activate(t.blocks[0], 0)
		return
	}
	t.insertBlock(at, "paragraph")
}

// insertBlock stores a new empty block at index and puts the cursor in it.
func (t *chapterText) insertBlock(index int, style string) *blockEditor {
	if err := t.flush(); err != nil {
		return nil
	}
	// The offered block of an empty chapter gives way to the real one.
	if len(t.blocks) == 1 && t.blocks[0].id == "" {
		t.blocks = nil
		index = 0
	}
	stored := t.stored(nil)
	sIndex := 0
	for _, b := range t.blocks[:min(index, len(t.blocks))] {
		if b.id != "" {
			sIndex++
		}
	}
	var id string
	err := t.ed.p.store.Write(t.ed.p.ctx, func(tx *data.Tx) error {
		var err error
		id, err = insert(tx, "block", stored, sIndex, map[string]string{"section_id": t.id, "style": style})
		return err
	})
	if err != nil {
		t.showError(err)
		return nil
	}
	rec, err := t.ed.p.store.Get(t.ed.p.ctx, "block", id)
	if err != nil {
		t.showError(err)
		return nil
	}
	b := t.newBlock(rec)
	t.blocks = slices.Insert(t.blocks, min(index, len(t.blocks)), b)
	t.refreshPositions()
	t.list.setRows(t.blocks)
	t.updateEmpty()
	t.activate(b, 0)
	return b
}

// split follows Enter at the end of block b: a new paragraph after it.
func (t *chapterText) split(b *blockEditor) {
	if b.style == "bullets" && b.entry != nil {
		// Enter on an empty last item ends the list.
		b.entry.SetText(strings.TrimSuffix(b.entry.Text, "\n"))
	}
	t.insertBlock(t.indexOf(b)+1, "paragraph")
}

// removeEmpty follows Backspace in empty block b: it goes, and the cursor
// moves to the end of the block before it. It reports whether it did.
func (t *chapterText) removeEmpty(b *blockEditor) bool {
	i := t.indexOf(b)
	if i <= 0 {
		return false
	}
	prev := t.blocks[i-1]
	if b.id != "" {
		if err := t.ed.p.store.Delete(t.ed.p.ctx, "block", b.id); err != nil {
			t.showError(err)
			return true
		}
	}
	delete(t.pending, b)
	b.entry = nil
	t.blocks = slices.Delete(t.blocks, i, i+1)
	t.list.setRows(t.blocks)
	t.activate(prev, -1)
	t.stateChanged()
	return true
}

// remove deletes block b; the undo bar offers to bring it back.
func (t *chapterText) remove(b *blockEditor) {
	i := t.indexOf(b)
	if i < 0 {
		return
	}
	if b.id == "" {
		return
	}
	if err := t.saveBlock(b); err != nil {
		return
	}
	if err := t.ed.p.store.Delete(t.ed.p.ctx, "block", b.id); err != nil {
		t.showError(err)
		return
	}
	what := strings.TrimSpace(data.PlainText(b.text()))
	if r := []rune(what); len(r) > 40 {
		what = string(r[:40]) + "…"
	}
	if what == "" {
		what = lang.X("plans.block.deleted", "Het lege tekstblok")
	} else {
		what = lang.X("plans.block.deleted.text", "Tekstblok \"{{.Text}}\"", map[string]any{"Text": what})
	}
	t.blocks = slices.Delete(t.blocks, i, i+1)
	if t.current == b {
		t.current = nil
	}
	if len(t.blocks) == 0 {
		t.open(t.id)
	} else {
		t.list.setRows(t.blocks)
		t.activate(t.blocks[max(0, i-1)], -1)
	}
	t.ed.p.deleted(what, "block", b.id)
}

// move moves block b one place up (-1) or down (1): one change of its position.
func (t *chapterText) move(b *blockEditor, delta int) {
	i := t.indexOf(b)
	to := i + delta
	if i < 0 || b.id == "" || to < 0 || to >= len(t.blocks) {
		return
	}
	if err := t.flush(); err != nil {
		return
	}
	rest, _ := without(t.stored(nil), b.id)
	err := t.ed.p.store.Write(t.ed.p.ctx, func(tx *data.Tx) error { return place(tx, "block", b.id, rest, to, nil) })
	if err != nil {
		t.showError(err)
		return
	}
	t.blocks = slices.Delete(t.blocks, i, i+1)
	t.blocks = slices.Insert(t.blocks, to, b)
	t.refreshPositions()
	t.list.setRows(t.blocks)
	if b.entry != nil {
		t.activate(b, b.entry.CursorTextOffset())
	}
}

// setStyle makes block b a paragraph, a bulleted list or a sub-heading.
func (t *chapterText) setStyle(b *blockEditor, style string) {
	if b == nil || b.style == style {
		return
	}
	text := b.text()
	if style == "heading" {
		text = strings.Join(strings.Fields(text), " ") // a sub-heading is one line
	}
	if b.id != "" {
		if err := t.ed.p.store.Update(t.ed.p.ctx, "block", b.id, map[string]string{"style": style, "text": text}); err != nil {
			t.showError(err)
			t.updateTools()
			return
		}
		b.saved = text
		delete(t.pending, b)
	}
	editing := b.entry != nil
	b.entry = nil
	b.style = style
	b.view.setText(text)
	b.content.Objects = []fyne.CanvasObject{b.view}
	t.list.relayout()
	if editing {
		t.activate(b, -1)
	}
	t.stateChanged()
}

// activate puts block b in edit mode, with the cursor at rune offset at
// (-1: at the end). The block edited before goes back to formatted text,
// once its text is saved.
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
	if b.entry == nil {
		b.edit()
		t.list.relayout()
	}
	e := b.entry
	t.current = b
	t.ed.p.win.Canvas().Focus(e)
	n := len([]rune(e.Text))
	switch {
	case at < 0 || at >= n:
		e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyPageDown})
	case at == 0:
		e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyPageUp})
	default:
		e.setTextAndCursor(e.Text, at)
	}
	if isGuidance(e.Text) {
		e.TypedShortcut(&fyne.ShortcutSelectAll{}) // typing replaces the guidance
	}
	t.scrollTo(b)
	t.updateTools()
}

// deactivate saves block b and shows it as formatted text again.
func (t *chapterText) deactivate(b *blockEditor) error {
	if b.entry == nil {
		return nil
	}
	if t.pending[b] {
		if err := t.saveBlock(b); err != nil {
			return err
		}
	}
	text := b.entry.Text
	b.entry = nil
	b.view.setText(text)
	b.content.Objects = []fyne.CanvasObject{b.view}
	b.content.Refresh()
	t.list.relayout()
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
		top += b.entry.CursorPosition().Y
	}
	bottom := top + theme.TextSize()*2
	view := t.scroll.Size().Height
	off := t.scroll.Offset.Y
	switch {
	case top < off:
		t.scroll.ScrollToOffset(fyne.NewPos(0, max(0, top-theme.Padding())))
	case bottom > off+view && view > 0:
		t.scroll.ScrollToOffset(fyne.NewPos(0, bottom-view+theme.Padding()))
	}
}

// focused follows the keyboard moving into or out of entry e of block b.
// Leaving the block saves it; it stays in edit mode until another block
// is edited, so coming back to the window finds the cursor where it was.
func (t *chapterText) focused(b *blockEditor, e *blockEntry, in bool) {
	if b.entry != e {
		return // an entry already gone back to formatted text
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
		t.style.SetSelected(data.ChoiceLabel(data.BlockStyles, b.style))
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
}

// emphasis wraps the selection in block b in marker (** for bold, * for
// italic), or takes the markers away when it is wrapped already. Without
// a selection it puts an empty pair at the cursor, to type into.
func (t *chapterText) emphasis(b *blockEditor, marker string) {
	if b == nil {
		return
	}
	if b.entry == nil {
		t.activate(b, -1)
	}
	e := b.entry
	text := []rune(e.Text)
	sel := []rune(e.SelectedText())
	cur := e.CursorTextOffset()
	from, to := cur, cur
	if len(sel) > 0 {
		switch {
		case cur >= len(sel) && string(text[cur-len(sel):cur]) == string(sel):
			from = cur - len(sel)
		case cur+len(sel) <= len(text) && string(text[cur:cur+len(sel)]) == string(sel):
			to = cur + len(sel)
		}
		// Leave the selection; the cursor goes to its end.
		e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	}
	m := []rune(marker)
	var out []rune
	var at int
	before, inside, after := text[:from], text[from:to], text[to:]
	if wrapped(before, after, m) {
		out = slices.Concat(before[:len(before)-len(m)], inside, after[len(m):])
		at = from - len(m) + len(inside)
	} else {
		out = slices.Concat(before, m, inside, m, after)
		at = from + len(m) + len(inside)
		if len(inside) > 0 {
			at += len(m)
		}
	}
	t.ed.p.win.Canvas().Focus(e)
	e.setTextAndCursor(string(out), at)
	b.changed()
}

// wrapped reports whether the text before a span ends with marker m and
// the text after it starts with m (and, for *, not with **).
func wrapped(before, after, m []rune) bool {
	if len(before) < len(m) || len(after) < len(m) {
		return false
	}
	if string(before[len(before)-len(m):]) != string(m) || string(after[:len(m)]) != string(m) {
		return false
	}
	if len(m) == 1 { // italic: not half of a bold marker
		return (len(before) < 2 || before[len(before)-2] != '*') && (len(after) < 2 || after[1] != '*')
	}
	return true
}

// blockEditor is one block of a chapter: its formatted text, its entry
// while it is edited, and its menu.
type blockEditor struct {
	t       *chapterText
	id      string // "" for the block offered in an empty chapter, until it is stored
	pos     string
	style   string
	saved   string // the text as last stored
	view    *blockView
	entry   *blockEntry     // nil while the block is not edited
	content *fyne.Container // holds the view or the entry
	menu    *widget.Button
	row     fyne.CanvasObject
	y, h    float32 // where the list put the block
}

// newBlock makes the editor of block record r, showing its text.
func (t *chapterText) newBlock(r data.Record) *blockEditor {
	b := &blockEditor{t: t, id: r.ID, pos: r.Get("position"), style: r.Get("style"), saved: r.Get("text")}
	b.menu = widget.NewButtonWithIcon("", theme.MoreVerticalIcon(), b.showMenu)
	b.menu.Importance = widget.LowImportance
	t.ed.p.guard(b.menu)
	b.view = newBlockView(b, b.saved)
	b.content = container.NewStack(b.view)
	b.row = container.NewBorder(nil, nil, nil, container.NewVBox(b.menu), b.content)
	return b
}

// text is the block's text as shown.
func (b *blockEditor) text() string {
	if b.entry != nil {
		return b.entry.Text
	}
	return b.view.src
}

// placeholder is what an empty block shows.
func (b *blockEditor) placeholder() string {
	switch b.style {
	case "heading":
		return lang.X("plans.block.heading.hint", "Tussenkop")
	case "bullets":
		return lang.X("plans.block.bullets.hint", "Eén opsommingsteken per regel")
	}
	return lang.X("plans.block.paragraph.hint", "Typ hier de tekst…")
}

// edit puts an entry for the block's style, holding its text, in its place.
func (b *blockEditor) edit() {
	t := b.t
	e := newBlockEntry(b)
	switch b.style {
	case "heading":
		e.TextStyle.Bold = true
	case "bullets":
		e.MultiLine = true
		e.Wrapping = fyne.TextWrapWord
		e.Icon = theme.ListIcon()
	default:
		e.MultiLine = true
		e.Wrapping = fyne.TextWrapWord
	}
	e.SetPlaceHolder(b.placeholder())
	e.SetText(b.view.src)
	e.OnChanged = safe1(t.ed.p.env, func(string) { b.changed() })
	e.OnCursorChanged = func() {
		if t.ed.p.win.Canvas().Focused() == e {
			t.scrollTo(b)
		}
	}
	b.entry = e
	th := t.themes[""]
	if b.style == "heading" {
		th = t.themes["heading"]
	}
	ov := container.NewThemeOverride(e, th)
	// Give the entry its width at once: an entry laid out narrower than
	// its text wraps every word on a line of its own, which is slow.
	if w := b.content.Size().Width; w > 0 {
		ov.Resize(fyne.NewSize(w, b.view.height()))
	}
	b.content.Objects = []fyne.CanvasObject{ov}
}

// changed follows typing in the block: only this block's widget changes,
// and the list is laid out again only when the block's height changes.
func (b *blockEditor) changed() {
	t := b.t
	if t.loading {
		return
	}
	t.markPending(b)
	e := b.entry
	if !e.MultiLine || e.width <= 0 {
		return
	}
	if h := t.textHeight(e, e.width); h != e.height {
		e.height = h
		t.list.relayout()
	}
}

// showMenu shows what can be done with this block.
func (b *blockEditor) showMenu() {
	t := b.t
	i := t.indexOf(b)
	var items []*fyne.MenuItem
	for _, s := range data.BlockStyles {
		code := s.Code
		m := fyne.NewMenuItem(s.Label, func() { t.setStyle(b, code) })
		m.Checked = b.style == code
		items = append(items, m)
	}
	item := func(label string, ok bool, action func()) *fyne.MenuItem {
		m := fyne.NewMenuItem(label, action)
		m.Disabled = !ok
		return m
	}
	items = append(items, fyne.NewMenuItemSeparator(),
		item(lang.X("plans.block.menu.up", "Omhoog"), b.id != "" && i > 0, func() { t.move(b, -1) }),
		item(lang.X("plans.block.menu.down", "Omlaag"), b.id != "" && i < len(t.blocks)-1, func() { t.move(b, 1) }),
		item(lang.X("plans.block.menu.insert", "Alinea hieronder invoegen"), true, func() { t.insertBlock(i+1, "paragraph") }),
		fyne.NewMenuItemSeparator(),
		item(lang.X("plans.block.menu.delete", "Verwijderen"), b.id != "", func() { t.remove(b) }),
	)
	showMenuUnder(t.ed.p.env, fyne.NewMenu("", items...), b.menu)
}

// textHeight is the height entry e needs at width to show all its text
// without scrolling, measured with the same word wrapping the entry uses.
func (t *chapterText) textHeight(e *blockEntry, width float32) float32 {
	th := e.Theme()
	if e.Icon != nil {
		width -= th.Size(theme.SizeNameInlineIcon) + th.Size(theme.SizeNameLineSpacing)
	}
	text := e.Text
	if text == "" {
		text = e.PlaceHolder
	}
	if text == "" {
		text = "M"
	}
	seg := t.measure.Segments[0].(*widget.TextSegment)
	seg.Text = text
	seg.Style.TextStyle = e.TextStyle
	if t.measure.Size().Width != width {
		t.measure.Resize(fyne.NewSize(width, 10))
	} else {
		t.measure.Refresh()
	}
	return t.measure.MinSize().Height
}

// blockEntry is the entry of one block. Enter at the end of a paragraph or
// sub-heading starts a new paragraph (Shift+Enter, or Enter elsewhere,
// breaks the line); Backspace in an empty block removes it; Ctrl+B and
// Ctrl+I make the selection bold or italic; arrow keys move on to the
// next or previous block. A multi-line block is as tall as its text.
type blockEntry struct {
	textEntry
	b      *blockEditor
	shift  bool
	width  float32 // the width the height was measured at
	height float32
}

func newBlockEntry(b *blockEditor) *blockEntry {
	e := &blockEntry{b: b}
	e.onShortcut = b.t.ed.shortcut
	e.Wrapping = fyne.TextWrap(fyne.TextTruncateClip)
	e.ExtendBaseWidget(e)
	return e
}

// MinSize is the height of the whole text once the width is known.
func (e *blockEntry) MinSize() fyne.Size {
	m := e.textEntry.MinSize()
	if !e.MultiLine {
		return m
	}
	if e.width <= 0 {
		if w := e.b.content.Size().Width; w > 0 {
			e.width = w
			e.height = e.b.t.textHeight(e, w)
		}
	}
	if e.height > 0 {
		m.Height = e.height
	}
	return m
}

// Resize measures the text again when the width changes.
func (e *blockEntry) Resize(size fyne.Size) {
	if e.MultiLine && size.Width != e.width && size.Width > 0 {
		e.width = size.Width
		e.height = e.b.t.textHeight(e, size.Width)
	}
	e.textEntry.Resize(size)
}

func (e *blockEntry) FocusGained() {
	e.textEntry.FocusGained()
	e.b.t.focused(e.b, e, true)
}

func (e *blockEntry) FocusLost() {
	e.shift = false
	e.textEntry.FocusLost()
	e.b.t.focused(e.b, e, false)
}

func (e *blockEntry) KeyDown(k *fyne.KeyEvent) {
	if k.Name == desktop.KeyShiftLeft || k.Name == desktop.KeyShiftRight {
		e.shift = true
	}
	e.textEntry.KeyDown(k)
}

func (e *blockEntry) KeyUp(k *fyne.KeyEvent) {
	if k.Name == desktop.KeyShiftLeft || k.Name == desktop.KeyShiftRight {
		e.shift = false
	}
	e.textEntry.KeyUp(k)
}

// shiftHeld reports whether Shift is down, as the key events or the
// driver tell.
func (e *blockEntry) shiftHeld() bool {
	if e.shift {
		return true
	}
	if d, ok := fyne.CurrentApp().Driver().(desktop.Driver); ok {
		return d.CurrentKeyModifiers()&fyne.KeyModifierShift != 0
	}
	return false
}

func (e *blockEntry) TypedKey(k *fyne.KeyEvent) {
	t := e.b.t
	switch k.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		if !e.shiftHeld() && e.enterStartsBlock() {
			t.split(e.b)
			return
		}
	case fyne.KeyBackspace:
		if e.Text == "" && t.removeEmpty(e.b) {
			return
		}
	case fyne.KeyUp, fyne.KeyDown:
		if e.shiftHeld() {
			break
		}
		row := e.CursorRow
		e.textEntry.TypedKey(k)
		if e.CursorRow == row && (k.Name == fyne.KeyUp && row == 0 || k.Name == fyne.KeyDown) {
			i := t.indexOf(e.b)
			if k.Name == fyne.KeyUp && i > 0 {
				t.activate(t.blocks[i-1], -1)
			} else if k.Name == fyne.KeyDown && i >= 0 && i < len(t.blocks)-1 {
				t.activate(t.blocks[i+1], 0)
			}
		}
		return
	}
	e.textEntry.TypedKey(k)
}

// enterStartsBlock reports whether Enter here starts a new block: at the
// end of a paragraph or a sub-heading, and on an empty last line of a list.
func (e *blockEntry) enterStartsBlock() bool {
	atEnd := e.CursorTextOffset() >= utf8.RuneCountInString(e.Text)
	switch e.b.style {
	case "heading":
		return true
	case "bullets":
		return atEnd && (e.Text == "" || strings.HasSuffix(e.Text, "\n"))
	}
	return atEnd
}

func (e *blockEntry) TypedShortcut(s fyne.Shortcut) {
	if cs, ok := s.(*desktop.CustomShortcut); ok && cs.Modifier == fyne.KeyModifierShortcutDefault {
		switch cs.KeyName {
		case fyne.KeyB:
			e.b.t.emphasis(e.b, "**")
			return
		case fyne.KeyI:
			e.b.t.emphasis(e.b, "*")
			return
		}
	}
	e.textEntry.TypedShortcut(s)
}

// setTextAndCursor replaces the text and puts the cursor at rune offset at,
// without counting it as an edit: the caller does, when it is one. The
// Entry has no way to set the cursor by offset, so the text up to the
// cursor is set first (which leaves the cursor at its end) and the rest
// appended.
func (e *blockEntry) setTextAndCursor(text string, at int) {
	r := []rune(text)
	at = max(0, min(at, len(r)))
	e.CursorRow, e.CursorColumn = 1<<30, 1<<30
	t := e.b.t
	loading := t.loading
	t.loading = true
	e.SetText(string(r[:at]))
	e.Append(string(r[at:]))
	t.loading = loading
}

// blockTheme shows the block being edited as text on the page rather than
// as a form field: no field background or border until it has the keyboard.
type blockTheme struct {
	textScale float32 // 0 for the normal size
}

func (b *blockTheme) base() fyne.Theme { return fyne.CurrentApp().Settings().Theme() }

func (b *blockTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	switch n {
	case theme.ColorNameInputBackground, theme.ColorNameInputBorder:
		return color.Transparent
	}
	return b.base().Color(n, v)
}

func (b *blockTheme) Font(s fyne.TextStyle) fyne.Resource     { return b.base().Font(s) }
func (b *blockTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return b.base().Icon(n) }

func (b *blockTheme) Size(n fyne.ThemeSizeName) float32 {
	s := b.base().Size(n)
	if n == theme.SizeNameText && b.textScale > 0 {
		return s * b.textScale
	}
	return s
}
