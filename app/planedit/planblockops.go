package planedit

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2/lang"

	"ketenregie/data"
)

// The changes to a chapter's blocks beyond typing in one: adding, splitting
// and joining blocks, moving, deleting, and a block's style or emphasis.
// Each is one Store.Write, so it is stored whole or not at all; when it
// fails, the editor stays as it was, typed text included.

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
	t.insertBlock(at, data.BlockStyleParagraph)
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
	err := t.ed.Store().Write(t.ed.Ctx(), func(tx *data.Tx) error {
		var err error
		id, err = tx.InsertAt(data.KindBlock, stored, sIndex, map[string]string{data.Block.SectionID: t.id, data.Block.Style: style})
		return err
	})
	if err != nil {
		t.showError(err)
		return nil
	}
	rec, err := t.ed.Store().Get(t.ed.Ctx(), data.KindBlock, id)
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

// enter follows Enter in block b, as in a word processor. In a paragraph
// it ends the block at the cursor and starts a new paragraph with the
// rest (Shift+Enter breaks the line instead, as the editor always allowed);
// in a sub-heading likewise, the rest staying a sub-heading unless there is
// none. In a list it starts a new item; on an empty item it ends the list
// there: the items before and after stay lists with a paragraph between.
func (t *chapterText) enter(b *blockEditor, shift bool) {
	v := b.view
	a, z := v.selection()
	doc := v.doc
	n := doc.len()
	head, tail := doc.slice(0, a), doc.slice(z, n)
	switch b.style {
	case data.BlockStyleBullets:
		ls, le := doc.lineSpan(a)
		if a != z || ls != le {
			v.edit(editOther, a, z, plainStyled("\n", 0))
			return
		}
		var parts []blockPart
		if ls > 0 {
			parts = append(parts, blockPart{data.BlockStyleBullets, doc.slice(0, ls-1)})
		}
		focus := len(parts)
		parts = append(parts, blockPart{data.BlockStyleParagraph, styledText{}})
		if le < n {
			parts = append(parts, blockPart{data.BlockStyleBullets, doc.slice(le+1, n)})
		}
		keep := 0
		if ls == 0 && le < n {
			keep = len(parts) - 1 // the stored block keeps the items
		}
		t.rewrite(b, parts, keep, nil, focus, 0)
	case data.BlockStyleHeading:
		next := data.BlockStyleHeading
		if tail.len() == 0 {
			next = data.BlockStyleParagraph
		}
		t.splitAt(b, head, tail, next)
	default:
		if shift {
			v.edit(editOther, a, z, plainStyled("\n", 0))
			return
		}
		t.splitAt(b, head, tail, b.style)
	}
}

// splitAt makes block b hold head and a new block of style next hold tail,
// with the cursor at its start; the spaces where it splits go, as no block
// starts or ends with one. At the start of a block an empty paragraph goes
// before it instead, so the stored block keeps its text and the history
// that exchanging with colleagues merges by.
func (t *chapterText) splitAt(b *blockEditor, head, tail styledText, next string) {
	h, k := len(head.runes), 0
	for h > 0 && isBlank(head.runes[h-1]) {
		h--
	}
	for k < len(tail.runes) && isBlank(tail.runes[k]) {
		k++
	}
	head, tail = head.slice(0, h), tail.slice(k, len(tail.runes))
	if head.len() == 0 && tail.len() > 0 {
		t.rewrite(b, []blockPart{{data.BlockStyleParagraph, head}, {b.style, tail}}, 1, nil, 1, 0)
		return
	}
	t.rewrite(b, []blockPart{{b.style, head}, {next, tail}}, 0, nil, 1, 0)
}

// joinBackward follows Backspace at the start of block b. An empty block
// goes (b, the cursor moving to the end of the block before; or the empty
// block before b). Two blocks of the same style become one, the text of b
// added to the one before, the cursor where they meet. Blocks of different
// styles are not joined: the cursor moves to the end of the one before.
func (t *chapterText) joinBackward(b *blockEditor) {
	i := t.indexOf(b)
	if i <= 0 {
		return
	}
	prev := t.blocks[i-1]
	pd, bd := prev.view.doc, b.view.doc
	switch {
	case bd.len() == 0:
		t.rewrite(prev, []blockPart{{prev.style, pd}}, 0, []*blockEditor{b}, 0, pd.len())
	case pd.len() == 0:
		t.rewrite(b, []blockPart{{b.style, bd}}, 0, []*blockEditor{prev}, 0, 0)
	case prev.style == b.style:
		t.rewrite(prev, []blockPart{{prev.style, concatStyled(pd, bd)}}, 0, []*blockEditor{b}, 0, pd.len())
	default:
		t.activate(prev, -1)
	}
}

// joinForward follows Delete at the end of block b, as joinBackward does
// Backspace at the start of the block after it; blocks of different styles
// stay as they are.
func (t *chapterText) joinForward(b *blockEditor) {
	i := t.indexOf(b)
	if i < 0 || i >= len(t.blocks)-1 {
		return
	}
	next := t.blocks[i+1]
	bd, nd := b.view.doc, next.view.doc
	switch {
	case nd.len() == 0:
		t.rewrite(b, []blockPart{{b.style, bd}}, 0, []*blockEditor{next}, 0, bd.len())
	case bd.len() == 0:
		t.rewrite(next, []blockPart{{next.style, nd}}, 0, []*blockEditor{b}, 0, 0)
	case b.style == next.style:
		t.rewrite(b, []blockPart{{b.style, concatStyled(bd, nd)}}, 0, []*blockEditor{next}, 0, bd.len())
	}
}

// blockPart is a block as a change of the chapter's structure leaves it.
type blockPart struct {
	style string
	doc   styledText
}

// blockSlot is a stored block, or a part to store, in the order a change
// leaves the chapter in.
type blockSlot struct {
	id, pos string // "" for a part not stored yet
	part    int    // the part it stores; -1 for a block the change leaves alone
}

// rewrite stores, in one Write, block b as parts (b itself becomes
// parts[keep]; the others are new blocks before and after it) and deletes
// the blocks in gone. It then shows the chapter so, the cursor in part
// focus at offset at. On an error nothing changes, in the store or on the
// screen, and the message says why. It reports whether it stored.
func (t *chapterText) rewrite(b *blockEditor, parts []blockPart, keep int, gone []*blockEditor, focus, at int) bool {
	i := t.indexOf(b)
	if i < 0 {
		return false
	}
	var order []blockSlot
	for _, x := range t.blocks {
		switch {
		case x == b:
			for k := range parts {
				s := blockSlot{part: k}
				if k == keep {
					s.id, s.pos = b.id, b.pos
				}
				order = append(order, s)
			}
		case x.id != "" && !slices.Contains(gone, x):
			order = append(order, blockSlot{id: x.id, pos: x.pos, part: -1})
		}
	}
	texts := make([]string, len(parts))
	for k, p := range parts {
		texts[k] = p.doc.markup()
	}
	ids := make([]string, len(parts))
	err := t.ed.Store().Write(t.ed.Ctx(), func(tx *data.Tx) error {
		for _, g := range gone {
			if g.id != "" {
				if err := tx.Delete(data.KindBlock, g.id); err != nil {
					return err
				}
			}
		}
		pos := slotPositions(order)
		for n, s := range order {
			vals := map[string]string{}
			if s.part >= 0 {
				vals[data.Block.Style], vals[data.Block.Text] = parts[s.part].style, texts[s.part]
			}
			if p, ok := pos[n]; ok {
				vals[data.Block.Position] = p
			}
			if s.id == "" {
				vals[data.Block.SectionID] = t.id
				id, err := tx.Create(data.KindBlock, vals)
				if err != nil {
					return err
				}
				ids[s.part] = id
				continue
			}
			if s.part >= 0 {
				ids[s.part] = s.id
			}
			if len(vals) > 0 {
				if err := tx.Update(data.KindBlock, s.id, vals); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		t.showError(err)
		return false
	}

	made := make([]*blockEditor, len(parts))
	for k, p := range parts {
		if k != keep {
			made[k] = t.newBlock(data.Record{ID: ids[k], Values: map[string]string{data.Block.Style: p.style, data.Block.Text: texts[k]}})
			continue
		}
		b.id, b.style, b.saved = ids[k], p.style, texts[k]
		delete(t.pending, b)
		b.view.forget()
		b.view.setDoc(p.doc)
		made[k] = b
	}
	for _, g := range gone {
		delete(t.pending, g)
		g.entry = nil
		if t.current == g {
			t.current = nil
		}
	}
	var blocks []*blockEditor
	for _, x := range slices.Concat(t.blocks[:i], made, t.blocks[i+1:]) {
		if !slices.Contains(gone, x) {
			blocks = append(blocks, x)
		}
	}
	t.blocks = blocks
	t.refreshPositions()
	t.list.setRows(t.blocks)
	t.updateEmpty()
	t.activate(made[focus], at)
	t.saved()
	return true
}

// slotPositions are the positions of the slots not stored yet, between
// their stored neighbours; when the neighbours leave no room (or their
// positions are not ones Between made), new positions for every slot.
func slotPositions(order []blockSlot) map[int]string {
	out := map[int]string{}
	for n := 0; n < len(order); {
		if order[n].id != "" {
			n++
			continue
		}
		m := n
		for m < len(order) && order[m].id == "" {
			m++
		}
		lo, hi := "", ""
		if n > 0 {
			lo = order[n-1].pos
		}
		if m < len(order) {
			hi = order[m].pos
		}
		if n > 0 && !data.ValidPosition(lo) || m < len(order) && !data.ValidPosition(hi) || lo != "" && hi != "" && lo >= hi {
			clear(out)
			for k, p := range data.Spread(len(order)) {
				out[k] = p
			}
			return out
		}
		for k := n; k < m; k++ {
			lo = data.Between(lo, hi)
			out[k] = lo
		}
		n = m
	}
	return out
}

// toNeighbour moves the cursor into the block before (dir -1) or after (1)
// block b: to x on its nearest line, or, when x < 0, to its end (before) or
// start (after). It reports whether there is such a block.
func (t *chapterText) toNeighbour(b *blockEditor, dir int, x float32) bool {
	i := t.indexOf(b)
	j := i + dir
	if i < 0 || j < 0 || j >= len(t.blocks) {
		return false
	}
	nb := t.blocks[j]
	nv := nb.view
	if nv.width < 0 && nv.laidW > 0 {
		nv.layoutAt(nv.laidW)
	}
	at := 0
	if dir < 0 {
		at = -1
	}
	if x >= 0 && len(nv.lines) > 0 {
		li := 0
		if dir < 0 {
			li = len(nv.lines) - 1
		}
		at = nv.offsetInLine(li, x)
	}
	t.activate(nb, at)
	if x >= 0 {
		nv.goalX = x
	}
	return true
}

// toBlock moves the cursor to the start of the block before (dir -1) or
// after (1) block b, for Ctrl+Up and Ctrl+Down. It reports whether there
// is such a block.
func (t *chapterText) toBlock(b *blockEditor, dir int) bool {
	i := t.indexOf(b)
	j := i + dir
	if i < 0 || j < 0 || j >= len(t.blocks) {
		return false
	}
	t.activate(t.blocks[j], 0)
	return true
}

// toggleEmphasis makes the selection in block b bold or italic (m), or
// takes that away when all of it has it already. Without a selection it
// switches the emphasis of what is typed next, as a word processor does.
func (t *chapterText) toggleEmphasis(b *blockEditor, m emphasis) {
	if b == nil {
		return
	}
	if b.entry == nil {
		t.activate(b, -1)
	}
	v := b.view
	if c := t.ed.Window().Canvas(); c.Focused() != v {
		c.Focus(v)
	}
	if !v.hasSelection() {
		v.typing = v.typingEmphasis() ^ m
		v.typingSet = true
		t.showEmphasis()
		return
	}
	a, z := v.selection()
	v.restyle(m, !v.doc.has(a, z, m))
}

// setStyle makes block b a paragraph, a bulleted list or a sub-heading.
func (t *chapterText) setStyle(b *blockEditor, style string) {
	if b == nil || b.style == style {
		return
	}
	v := b.view
	doc := v.doc
	if style == data.BlockStyleHeading {
		doc = doc.oneLine() // a sub-heading is one line
	}
	text := doc.markup()
	if b.id != "" {
		if err := t.ed.Store().Update(t.ed.Ctx(), data.KindBlock, b.id, map[string]string{data.Block.Style: style, data.Block.Text: text}); err != nil {
			t.showError(err)
			t.updateTools()
			return
		}
		b.saved = text
		delete(t.pending, b)
	}
	cursor := min(v.cursor, doc.len())
	b.style = style
	v.forget() // undo must not bring back a line break into a sub-heading
	v.setDoc(doc)
	t.list.relayout()
	if b.entry != nil {
		t.activate(b, cursor)
	}
	t.stateChanged()
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
	if err := t.ed.Store().Delete(t.ed.Ctx(), data.KindBlock, b.id); err != nil {
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
	t.ed.Deleted(what, data.KindBlock, b.id)
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
	err := t.ed.Store().Write(t.ed.Ctx(), func(tx *data.Tx) error { return tx.Place(data.KindBlock, b.id, rest, to, nil) })
	if err != nil {
		t.showError(err)
		return
	}
	t.blocks = slices.Delete(t.blocks, i, i+1)
	t.blocks = slices.Insert(t.blocks, to, b)
	t.refreshPositions()
	t.list.setRows(t.blocks)
	if b.entry != nil {
		t.activate(b, b.view.cursor)
	}
}
