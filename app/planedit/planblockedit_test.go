package planedit

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"ketenregie/data"
)

// openBlocks opens a plan with one chapter holding blocks, each a style and
// a stored text, in a 1280x800 window.
func openBlocks(t *testing.T, blocks ...[2]string) (*chapterText, *data.Store) {
	t.Helper()
	s := newStore(t, false)
	var plan string
	err := s.Write(context.Background(), func(tx *data.Tx) error {
		var err error
		if plan, err = tx.Create("plan", map[string]string{"title": "Beleidsplan"}); err != nil {
			return err
		}
		sec, err := tx.Create("section", map[string]string{"plan_id": plan, "title": "Hoofdstuk"})
		if err != nil {
			return err
		}
		for _, b := range blocks {
			if _, err := tx.Create("block", map[string]string{"section_id": sec, "style": b[0], "text": b[1]}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	p, sh := newScreen(t, s)
	sh.Win.Resize(fyne.NewSize(1280, 800))
	p.openPlan(plan)
	if p.ed == nil || len(p.ed.text.blocks) != max(1, len(blocks)) {
		t.Fatal("the plan did not open")
	}
	return p.ed.text, s
}

// stored are the blocks of the open chapter as stored: style and text.
func stored(t *testing.T, text *chapterText) [][2]string {
	t.Helper()
	var out [][2]string
	for _, r := range listWhere(t, text.ed.Store(), "block", "section_id", text.id) {
		out = append(out, [2]string{r.Get("style"), r.Get("text")})
	}
	return out
}

// shown are the blocks as the editor shows them: style and text, without
// the white space at either end that the store leaves out.
func shown(text *chapterText) [][2]string {
	var out [][2]string
	for _, b := range text.blocks {
		out = append(out, [2]string{b.style, strings.TrimSpace(b.text())})
	}
	return out
}

func press(v *blockView, keys ...fyne.KeyName) {
	for _, k := range keys {
		v.TypedKey(&fyne.KeyEvent{Name: k})
	}
}

func shiftPress(v *blockView, keys ...fyne.KeyName) {
	v.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	press(v, keys...)
	v.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
}

func ctrlPress(v *blockView, k fyne.KeyName) {
	v.TypedShortcut(&desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault})
}

func ctrlShiftPress(v *blockView, k fyne.KeyName) {
	v.TypedShortcut(&desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift})
}

// editedAt reports whether block i is edited, has the keyboard and has the
// cursor at offset at.
func editedAt(text *chapterText, i, at int) bool {
	b := text.blocks[i]
	return b.entry != nil && text.ed.Window().Canvas().Focused() == b.view && b.view.cursor == at && !b.view.hasSelection()
}

// drawn are the texts a view draws, with their style.
func drawn(v *blockView) []*canvas.Text {
	var out []*canvas.Text
	for _, o := range test.WidgetRenderer(v).Objects() {
		if x, ok := o.(*canvas.Text); ok {
			out = append(out, x)
		}
	}
	return out
}

func TestBoldShowsAsBoldWhileEditing(t *testing.T) {
	text, s := openBlocks(t, [2]string{"paragraph", "Een **vette** zin."})
	b := text.blocks[0]
	before := drawn(b.view)
	text.activate(b, -1)
	after := drawn(b.view)
	if len(after) != len(before) {
		t.Fatalf("clicking the block changes what it shows: %d texts, were %d", len(after), len(before))
	}
	for i := range before {
		if before[i].Text != after[i].Text || before[i].TextStyle != after[i].TextStyle || before[i].Position() != after[i].Position() {
			t.Errorf("clicking the block changes %q (%v) to %q (%v)", before[i].Text, before[i].TextStyle, after[i].Text, after[i].TextStyle)
		}
	}

	// Ctrl+B, typing, Ctrl+B again: bold as it is typed, never a marker.
	test.Type(b.view, " En ")
	ctrlPress(b.view, fyne.KeyB)
	if b.view.activeEmphasis() != emBold || text.boldButton.Importance == text.italicButton.Importance {
		t.Error("after Ctrl+B the bold button does not show bold as on")
	}
	test.Type(b.view, "nog een")
	ctrlPress(b.view, fyne.KeyB)
	test.Type(b.view, " sterretje: 2 * 3.")
	var bold []string
	for _, x := range drawn(b.view) {
		if strings.Contains(x.Text, "*") && !strings.Contains(x.Text, "2 * 3") {
			t.Errorf("a marker is shown while editing: %q", x.Text)
		}
		if x.TextStyle.Bold {
			bold = append(bold, x.Text)
		}
	}
	if strings.Join(bold, "|") != "vette|nog een" {
		t.Errorf("shown bold while editing: %q", bold)
	}
	text.flush()
	want := "Een **vette** zin. En **nog een** sterretje: 2 \\* 3."
	if got := stored(t, text)[0][1]; got != want {
		t.Errorf("stored %q, want %q", got, want)
	}
	if got := data.PlainText(want); got != "Een vette zin. En nog een sterretje: 2 * 3." {
		t.Errorf("prints as %q", got)
	}
	_ = s
}

func TestEmphasisOfASelection(t *testing.T) {
	text, _ := openBlocks(t, [2]string{"paragraph", "Een belangrijke zin."})
	b := text.blocks[0]
	v := b.view
	text.activate(b, 15)
	shiftPress(v, fyne.KeyLeft, fyne.KeyLeft, fyne.KeyLeft, fyne.KeyLeft, fyne.KeyLeft, fyne.KeyLeft,
		fyne.KeyLeft, fyne.KeyLeft, fyne.KeyLeft, fyne.KeyLeft, fyne.KeyLeft)
	if v.SelectedText() != "belangrijke" {
		t.Fatalf("selected %q", v.SelectedText())
	}
	ctrlPress(v, fyne.KeyB)
	if b.text() != "Een **belangrijke** zin." || v.SelectedText() != "belangrijke" {
		t.Errorf("Ctrl+B made %q, selection %q", b.text(), v.SelectedText())
	}
	test.Tap(text.italicButton)
	if b.text() != "Een ***belangrijke*** zin." {
		t.Errorf("italic button made %q", b.text())
	}
	ctrlPress(v, fyne.KeyB) // all of it is bold: bold goes
	if b.text() != "Een *belangrijke* zin." {
		t.Errorf("Ctrl+B again made %q", b.text())
	}
	press(v, fyne.KeyRight)
	test.Type(v, "!")
	if b.text() != "Een *belangrijke!* zin." {
		t.Errorf("typing after the italic word does not go on in italic: %q", b.text())
	}
	// Undo takes back the typing, then the emphasis, one at a time.
	v.TypedShortcut(&fyne.ShortcutUndo{})
	v.TypedShortcut(&fyne.ShortcutUndo{})
	if b.text() != "Een ***belangrijke*** zin." {
		t.Errorf("after undoing twice: %q", b.text())
	}
	v.TypedShortcut(&fyne.ShortcutRedo{})
	if b.text() != "Een *belangrijke* zin." {
		t.Errorf("after redo: %q", b.text())
	}

	// A sub-heading is one line, stored at once.
	press(v, fyne.KeyPageDown)
	v.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	press(v, fyne.KeyReturn)
	v.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	test.Type(v, "tweede regel")
	text.style.SetSelected("Tussenkop")
	if got := stored(t, text)[0]; got != [2]string{"heading", "Een *belangrijke* zin. tweede regel"} {
		t.Errorf("as a sub-heading: %q", got)
	}
}

func TestEnterSplitsTheBlock(t *testing.T) {
	text, _ := openBlocks(t,
		[2]string{"paragraph", "Eerste zin. **Tweede** zin."},
		[2]string{"heading", "Aanpak en rollen"},
		[2]string{"bullets", "een\ntwee"},
	)
	first := text.blocks[0]
	id := first.id
	text.activate(first, 12)
	press(first.view, fyne.KeyReturn)
	want := [][2]string{{"paragraph", "Eerste zin."}, {"paragraph", "**Tweede** zin."}, {"heading", "Aanpak en rollen"}, {"bullets", "een\ntwee"}}
	if got := stored(t, text); !equalBlocks(got, want) || !equalBlocks(shown(text), want) {
		t.Fatalf("Enter in the middle: stored %q, shown %q", got, shown(text))
	}
	if !editedAt(text, 1, 0) || text.blocks[0].id != id || text.hasPending() {
		t.Errorf("the cursor is not at the start of the new block, or the first block is not the stored one")
	}
	// Typing goes on in the new block with the emphasis there.
	test.Type(text.blocks[1].view, "Echt: ")
	if got := text.blocks[1].text(); got != "**Echt: Tweede** zin." {
		t.Errorf("typed at the start of the new block: %q", got)
	}

	// Enter at the very start puts an empty paragraph before the block, which keeps its text.
	second := text.blocks[1]
	text.activate(second, 0)
	press(second.view, fyne.KeyReturn)
	if got := shown(text); len(got) != 5 || got[1] != [2]string{"paragraph", ""} || text.blocks[2] != second || !editedAt(text, 2, 0) {
		t.Errorf("Enter at the start: %q", got)
	}
	// Shift+Enter breaks the line within the paragraph.
	second.view.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	press(second.view, fyne.KeyReturn)
	second.view.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	if len(text.blocks) != 5 || !strings.HasPrefix(second.text(), "\n") {
		t.Errorf("Shift+Enter: %d blocks, %q", len(text.blocks), second.text())
	}
	press(second.view, fyne.KeyBackspace)

	// In a sub-heading the rest stays a sub-heading; at its end a paragraph follows.
	head := text.blocks[3]
	text.activate(head, 6)
	press(head.view, fyne.KeyReturn)
	text.activate(text.blocks[4], -1)
	press(text.blocks[4].view, fyne.KeyReturn)
	want = [][2]string{{"heading", "Aanpak"}, {"heading", "en rollen"}, {"paragraph", ""}}
	if got := stored(t, text)[3:6]; !equalBlocks(got, want) || !editedAt(text, 5, 0) {
		t.Errorf("Enter in a sub-heading: %q", got)
	}

	// In a list Enter starts an item; on an empty last item it ends the list.
	list := text.blocks[6]
	text.activate(list, 3)
	press(list.view, fyne.KeyReturn)
	test.Type(list.view, "anderhalf")
	if list.text() != "een\nanderhalf\ntwee" || len(text.blocks) != 7 {
		t.Errorf("Enter in a list: %q, %d blocks", list.text(), len(text.blocks))
	}
	press(list.view, fyne.KeyPageDown, fyne.KeyReturn)
	if list.text() != "een\nanderhalf\ntwee\n" {
		t.Errorf("a new item: %q", list.text())
	}
	press(list.view, fyne.KeyReturn)
	want = [][2]string{{"bullets", "een\nanderhalf\ntwee"}, {"paragraph", ""}}
	if got := stored(t, text)[6:]; !equalBlocks(got, want) || !editedAt(text, 7, 0) {
		t.Errorf("Enter on the empty last item: %q", got)
	}
	// An empty item in the middle splits the list around a paragraph.
	text.activate(list, 3)
	press(list.view, fyne.KeyReturn, fyne.KeyReturn)
	want = [][2]string{{"bullets", "een"}, {"paragraph", ""}, {"bullets", "anderhalf\ntwee"}, {"paragraph", ""}}
	if got := stored(t, text)[6:]; !equalBlocks(got, want) || !editedAt(text, 7, 0) {
		t.Errorf("Enter on an empty item in the middle: %q", got)
	}
}

func equalBlocks(a, b [][2]string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestBackspaceAtTheStartJoins(t *testing.T) {
	text, _ := openBlocks(t,
		[2]string{"paragraph", "Het begin **van**"},
		[2]string{"paragraph", "**de zin** en de rest."},
		[2]string{"heading", "Kop"},
		[2]string{"paragraph", ""},
		[2]string{"paragraph", "Slot."},
	)
	second := text.blocks[1]
	text.activate(second, 0)
	test.Type(second.view, " ") // typed, not yet stored: it must not get lost
	press(second.view, fyne.KeyHome, fyne.KeyBackspace)
	want := [][2]string{{"paragraph", "Het begin **van de zin** en de rest."}, {"heading", "Kop"}, {"paragraph", ""}, {"paragraph", "Slot."}}
	if got := stored(t, text); !equalBlocks(got, want) || !equalBlocks(shown(text), want) {
		t.Fatalf("after Backspace at the start: stored %q, shown %q", got, shown(text))
	}
	if !editedAt(text, 0, len("Het begin van")) || text.hasPending() {
		t.Errorf("the cursor is not where the blocks met (%d)", text.blocks[0].view.cursor)
	}
	// Undo within the block cannot bring the joined text back twice.
	text.blocks[0].view.TypedShortcut(&fyne.ShortcutUndo{})
	if got := text.blocks[0].text(); got != want[0][1] {
		t.Errorf("undo after joining: %q", got)
	}

	// A sub-heading and a paragraph are not joined: the cursor goes to the end of the sub-heading.
	text.activate(text.blocks[1], 0)
	press(text.blocks[1].view, fyne.KeyBackspace)
	if got := stored(t, text); !equalBlocks(got, want) || !editedAt(text, 0, len([]rune(text.blocks[0].view.doc.runes))) {
		t.Errorf("Backspace after a paragraph at the start of a sub-heading: %q", got)
	}
	// Backspace in an empty block removes it; at the start of a block after
	// an empty one, the empty one goes.
	text.activate(text.blocks[3], 0)
	press(text.blocks[3].view, fyne.KeyBackspace)
	want = [][2]string{{"paragraph", "Het begin **van de zin** en de rest."}, {"heading", "Kop"}, {"paragraph", "Slot."}}
	if got := stored(t, text); !equalBlocks(got, want) || !editedAt(text, 2, 0) {
		t.Errorf("Backspace after an empty block: %q", got)
	}
	// Delete at the end joins the next block of the same style.
	text.activate(text.blocks[0], -1)
	test.Type(text.blocks[0].view, " ")
	text.activate(text.blocks[1], -1)
	press(text.blocks[1].view, fyne.KeyDelete) // a sub-heading before a paragraph: nothing
	if got := stored(t, text); !equalBlocks(got, [][2]string{{"paragraph", "Het begin **van de zin** en de rest."}, {"heading", "Kop"}, {"paragraph", "Slot."}}) {
		t.Errorf("Delete at the end of a sub-heading: %q", got)
	}
	text.setStyle(text.blocks[1], "paragraph")
	text.activate(text.blocks[0], -1)
	press(text.blocks[0].view, fyne.KeyDelete)
	if got := stored(t, text); !equalBlocks(got, [][2]string{{"paragraph", "Het begin **van de zin** en de rest. Kop"}, {"paragraph", "Slot."}}) {
		t.Errorf("Delete at the end: %q", got)
	}
}

// TestBlockChangesAreAllOrNothing makes the store refuse a split and a join
// (the block was deleted elsewhere, as an exchange with a colleague can do)
// and checks that nothing was stored and nothing typed was lost.
func TestBlockChangesAreAllOrNothing(t *testing.T) {
	ctx := context.Background()
	text, s := openBlocks(t,
		[2]string{"paragraph", "Eén."},
		[2]string{"paragraph", "Twee drie."},
	)
	first, second := text.blocks[0], text.blocks[1]
	text.activate(second, 5)
	test.Type(second.view, "en ")
	if err := s.Delete(ctx, "block", second.id); err != nil {
		t.Fatal(err)
	}
	n := changeCount(t, s)
	press(second.view, fyne.KeyReturn)
	if got := stored(t, text); !equalBlocks(got, [][2]string{{"paragraph", "Eén."}}) || changeCount(t, s) != n {
		t.Errorf("a refused split stored %q", got)
	}
	if len(text.blocks) != 2 || second.text() != "Twee en drie." || !text.pending[second] {
		t.Errorf("after a refused split the editor shows %q, %d blocks", second.text(), len(text.blocks))
	}
	if !text.errShown {
		t.Error("no message says the split failed")
	}
	// Joining it to the block before is refused too: the first block keeps its text.
	text.activate(second, 0)
	press(second.view, fyne.KeyBackspace)
	if got := stored(t, text); !equalBlocks(got, [][2]string{{"paragraph", "Eén."}}) || changeCount(t, s) != n || first.text() != "Eén." || len(text.blocks) != 2 {
		t.Errorf("a refused join stored %q, shows %q", got, shown(text))
	}
}

func TestMovingThroughBlocks(t *testing.T) {
	long := strings.Repeat("Medewerkers herkennen signalen van mensenhandel. ", 8)
	text, _ := openBlocks(t,
		[2]string{"paragraph", "Kort."},
		[2]string{"paragraph", long},
		[2]string{"paragraph", "Laatste."},
	)
	mid := text.blocks[1]
	v := mid.view
	if v.lineCount() < 3 {
		t.Fatalf("the long paragraph has %d lines; the test needs three", v.lineCount())
	}
	n := len([]rune(strings.TrimSpace(long))) // the store keeps no space at the end
	text.activate(mid, 60)
	ctrlPress(v, fyne.KeyEnd)
	if !editedAt(text, 1, n) {
		t.Errorf("Ctrl+End: cursor at %d, want the end of the block (%d)", v.cursor, n)
	}
	ctrlPress(v, fyne.KeyHome)
	if !editedAt(text, 1, 0) {
		t.Errorf("Ctrl+Home: cursor at %d", v.cursor)
	}
	// End and Home go to the end and start of the line on screen.
	press(v, fyne.KeyDown, fyne.KeyEnd)
	if v.lineOf(v.cursor) != 1 || v.cursor != v.lineEnd(1) {
		t.Errorf("Down, End: cursor at %d on line %d, want %d", v.cursor, v.lineOf(v.cursor), v.lineEnd(1))
	}
	press(v, fyne.KeyHome)
	if v.cursor != v.lines[1].start {
		t.Errorf("Home: cursor at %d, want %d", v.cursor, v.lines[1].start)
	}
	ctrlShiftPress(v, fyne.KeyEnd)
	if a, b := v.selection(); a != v.lines[1].start || b != n {
		t.Errorf("Ctrl+Shift+End selects %d-%d", a, b)
	}
	// Ctrl+Up and Ctrl+Down go to the start of the block before and after.
	ctrlPress(v, fyne.KeyDown)
	if !editedAt(text, 2, 0) || mid.entry != nil {
		t.Error("Ctrl+Down does not go to the start of the next block")
	}
	ctrlPress(text.blocks[2].view, fyne.KeyUp)
	ctrlPress(v, fyne.KeyUp)
	if !editedAt(text, 0, 0) {
		t.Error("Ctrl+Up twice does not reach the start of the first block")
	}
	ctrlPress(text.blocks[0].view, fyne.KeyUp)
	ctrlPress(text.blocks[0].view, fyne.KeyDown)
	if !editedAt(text, 1, 0) {
		t.Error("Ctrl+Up in the first block, then Ctrl+Down, does not reach the second")
	}
	// Up from the first line goes to the last line of the block before;
	// Right at the end of a block to the start of the next; Left back.
	press(v, fyne.KeyUp)
	if !editedAt(text, 0, 0) {
		t.Errorf("Up from the first line: cursor at %d in block 0", text.blocks[0].view.cursor)
	}
	press(text.blocks[0].view, fyne.KeyEnd, fyne.KeyRight)
	if !editedAt(text, 1, 0) {
		t.Error("Right at the end does not go on to the next block")
	}
	press(v, fyne.KeyLeft)
	if !editedAt(text, 0, 5) {
		t.Error("Left at the start does not go back to the end of the block before")
	}
	// Down keeps the column: from the last line of the long block into the next.
	text.activate(mid, n-3)
	press(v, fyne.KeyDown)
	if !editedAt(text, 2, len("Laatste.")) {
		t.Errorf("Down from the last line: cursor at %d in the last block", text.blocks[2].view.cursor)
	}
	// Ctrl+Left and Ctrl+Right go word by word.
	text.activate(mid, 0)
	ctrlPress(v, fyne.KeyRight)
	ctrlPress(v, fyne.KeyRight)
	if v.cursor != len("Medewerkers herkennen ") {
		t.Errorf("Ctrl+Right twice: %d", v.cursor)
	}
	ctrlPress(v, fyne.KeyLeft)
	if v.cursor != len("Medewerkers ") {
		t.Errorf("Ctrl+Left: %d", v.cursor)
	}
}

func TestClickAndSelectWithTheMouse(t *testing.T) {
	text, _ := openBlocks(t, [2]string{"paragraph", "Signalen van **mensenhandel** herkennen."})
	b := text.blocks[0]
	v := b.view
	// Clicking in the middle of "mensenhandel" puts the cursor there.
	_, _, lineH, pad := v.metrics()
	x := pad + v.xIn(0, 17)
	test.TapAt(v, fyne.NewPos(x+1, pad+lineH/2))
	if !editedAt(text, 0, 17) {
		t.Errorf("the click put the cursor at %d, want 17", v.cursor)
	}
	test.DoubleTap(v)
	if v.SelectedText() != "Signalen" {
		t.Errorf("double click selects %q", v.SelectedText())
	}
	v.MouseDown(&desktop.MouseEvent{Button: desktop.MouseButtonPrimary, PointEvent: fyne.PointEvent{Position: fyne.NewPos(pad+v.xIn(0, 13), pad+1)}})
	v.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(pad+v.xIn(0, 25)+1, pad+1)}})
	v.DragEnd()
	if v.SelectedText() != "mensenhandel" {
		t.Errorf("dragging selects %q", v.SelectedText())
	}
	// Copy and paste keep the emphasis within the editor.
	clip := fyne.CurrentApp().Clipboard()
	v.TypedShortcut(&fyne.ShortcutCopy{Clipboard: clip})
	if clip.Content() != "mensenhandel" {
		t.Errorf("copied %q", clip.Content())
	}
	press(v, fyne.KeyPageDown)
	test.Type(v, " Over ")
	v.TypedShortcut(&fyne.ShortcutPaste{Clipboard: clip})
	if got := b.text(); got != "Signalen van **mensenhandel** herkennen. Over **mensenhandel**" {
		t.Errorf("after pasting: %q", got)
	}
	clip.SetContent("van buiten *met* sterren\r\nen een regel")
	v.TypedShortcut(&fyne.ShortcutPaste{Clipboard: clip})
	if got := b.text(); !strings.HasSuffix(got, "**mensenhandel**van buiten \\*met\\* sterren\nen een regel") {
		t.Errorf("pasting text from elsewhere: %q", got)
	}
}

// TestEditedBlockKeepsItsPlace checks that a block does not move or change
// size when clicked, and that its cursor stays inside it, at both window
// sizes the program is laid out for.
func TestEditedBlockKeepsItsPlace(t *testing.T) {
	s := newStore(t, true)
	for _, size := range []fyne.Size{fyne.NewSize(1280, 800), fyne.NewSize(1920, 1080)} {
		p, sh := newScreen(t, s)
		sh.Win.Resize(size)
		openDemoPlan(t, p)
		p.ed.tree.selectChapter(sectionTitled(t, s, p.ed.id, "Huidige situatie").ID)
		for i, b := range p.ed.text.blocks {
			h, y := b.view.Size().Height, b.y
			p.ed.text.activate(b, -1)
			if b.view.Size().Height != h || b.y != y {
				t.Errorf("%v: block %d moved from %v (%v high) to %v (%v high) when clicked", size, i, y, h, b.y, b.view.Size().Height)
			}
			_, _, lineH, _ := b.view.metrics()
			if c := b.view.cursorPosition(); c.Y+lineH > h+1 || c.X > b.view.Size().Width {
				t.Errorf("%v: block %d has its cursor at %v, outside its %v", size, i, c, b.view.Size())
			}
		}
	}
}

// TestEnterInAnEmptyChapter splits the block an empty chapter offers before
// it is stored: both blocks are stored at once.
func TestEnterInAnEmptyChapter(t *testing.T) {
	text, _ := openBlocks(t)
	b := text.blocks[0]
	if b.id != "" || !editedAt(text, 0, 0) {
		t.Fatal("an empty chapter does not offer a block to type in")
	}
	test.Type(b.view, "Eerste alinea")
	press(b.view, fyne.KeyReturn)
	test.Type(text.blocks[1].view, "Tweede")
	text.flush()
	want := [][2]string{{"paragraph", "Eerste alinea"}, {"paragraph", "Tweede"}}
	if got := stored(t, text); !equalBlocks(got, want) || b.id == "" {
		t.Errorf("stored %q", got)
	}
}
