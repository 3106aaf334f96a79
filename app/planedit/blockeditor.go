package planedit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ketenregie/app/say"
	"ketenregie/data"
)

// blockEditor is one block of a chapter: its view, which is also its
// editor, and its menu.
type blockEditor struct {
	t     *chapterText
	id    string // "" for the block offered in an empty chapter, until it is stored
	pos   string
	style string
	saved string     // the text as last stored
	view  *blockView // shows the text, and edits it
	entry *blockView // the view while the block is edited; nil otherwise
	menu  *widget.Button
	row   fyne.CanvasObject
	y, h  float32 // where the list put the block
}

// newBlock makes the editor of block record r, showing its text.
func (t *chapterText) newBlock(r data.Record) *blockEditor {
	b := &blockEditor{t: t, id: r.ID, pos: r.Get(data.Block.Position), style: r.Get(data.Block.Style), saved: r.Get(data.Block.Text)}
	b.menu = widget.NewButtonWithIcon("", theme.MoreVerticalIcon(), b.showMenu)
	b.menu.Importance = widget.LowImportance
	t.ed.Guard(b.menu)
	b.view = newBlockView(b, b.saved)
	b.row = container.NewBorder(nil, nil, nil, container.NewVBox(b.menu), b.view)
	return b
}

// text is the block's text as it would be stored.
func (b *blockEditor) text() string { return b.view.doc.markup() }

// placeholder is what an empty block shows.
func (b *blockEditor) placeholder() string {
	switch b.style {
	case data.BlockStyleHeading:
		return lang.X("plans.block.heading.hint", "Tussenkop")
	case data.BlockStyleBullets:
		return lang.X("plans.block.bullets.hint", "Eén opsommingsteken per regel")
	}
	return lang.X("plans.block.paragraph.hint", "Typ hier de tekst…")
}

// changed follows an edit of the block's text.
func (b *blockEditor) changed() {
	if b.t.loading {
		return
	}
	b.t.markPending(b)
}

// showMenu shows what can be done with this block.
func (b *blockEditor) showMenu() {
	t := b.t
	i := t.indexOf(b)
	var items []*fyne.MenuItem
	for _, s := range data.BlockStyles {
		code := s.Code
		m := fyne.NewMenuItem(say.Choice(data.BlockStyles, code), func() { t.setStyle(b, code) })
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
		item(lang.X("plans.block.menu.insert", "Alinea hieronder invoegen"), true, func() { t.insertBlock(i+1, data.BlockStyleParagraph) }),
		item(lang.X("plans.block.menu.history", "Geschiedenis…"), b.id != "", func() {
			if err := t.flush(); err == nil { // what was typed last is in the history too
				t.ed.ShowHistory(data.KindBlock, b.id, lang.X("plans.block.history.title", "deze alinea"), t.ed.refresh)
			}
		}),
		fyne.NewMenuItemSeparator(),
		item(lang.X("plans.block.menu.delete", "Verwijderen"), b.id != "", func() { t.remove(b) }),
	)
	showMenuUnder(t.ed, fyne.NewMenu("", items...), b.menu)
}
