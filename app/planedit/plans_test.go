package planedit

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"ketenregie/app/kit"
	"ketenregie/app/kit/kittest"
	"ketenregie/data"
)

// Blocks are saved when they lose the keyboard or on Save; no timer saves
// behind a test's back (TestTypingIsSavedAfterAPause sets one itself).
func init() { blockSaveDelay = 0 }

// openDemoPlan opens the West-Friesland plan of the demo region on p.
func openDemoPlan(t *testing.T, p *Screen) *Screen {
	t.Helper()
	for _, r := range p.shown {
		if strings.Contains(r.Get("title"), "West-Friesland") {
			p.openPlan(r.ID)
			if p.ed == nil || p.ed.id != r.ID {
				t.Fatal("the plan did not open")
			}
			return p
		}
	}
	t.Fatal("no West-Friesland plan in the demo")
	return nil
}

// dialogWidgets returns the entries and selects of the dialog on top, in
// the order the form shows them.
func dialogWidgets(t *testing.T, w fyne.Window) ([]*kit.TextEntry, []*widget.Select) {
	t.Helper()
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog on screen")
	}
	var entries []*kit.TextEntry
	var selects []*widget.Select
	for _, o := range test.LaidOutObjects(top) {
		switch x := o.(type) {
		case *kit.TextEntry:
			entries = append(entries, x)
		case *widget.Select:
			selects = append(selects, x)
		}
	}
	return entries, selects
}

func changeCount(t *testing.T, s *data.Store) int {
	t.Helper()
	changes, err := s.ChangesSince(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return len(changes)
}

func listWhere(t *testing.T, s *data.Store, kind, field, value string) []data.Record {
	t.Helper()
	recs, err := s.ListWhere(context.Background(), kind, field, value)
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

// blocksOf are the texts of a chapter's blocks as stored, in order.
func blocksOf(t *testing.T, s *data.Store, section string) []string {
	t.Helper()
	var out []string
	for _, r := range listWhere(t, s, "block", "section_id", section) {
		out = append(out, r.Get("text"))
	}
	return out
}

// sectionTitled finds a chapter of a plan by its title.
func sectionTitled(t *testing.T, s *data.Store, plan, title string) data.Record {
	t.Helper()
	for _, r := range listWhere(t, s, "section", "plan_id", plan) {
		if r.Get("title") == title {
			return r
		}
	}
	t.Fatalf("no chapter %q", title)
	return data.Record{}
}

func TestPlanListSearchAndFilter(t *testing.T) {
	s := newStore(t, true)
	p, _ := newScreen(t, s)
	if len(p.table.View.Rows()) != 2 || p.count.Text != "2 beleidsplannen" {
		t.Fatalf("list: %q, count %q", p.table.View.Text(), p.count.Text)
	}
	for _, row := range p.table.View.Rows() {
		if row[1].Text == "" || row[2].Text == "" || row[4].Text == "" || len(row[5].Text) != len("02-01-2006 15:04") {
			t.Errorf("row lacks scope, period, version or last change: %v", row)
		}
	}
	test.Type(p.search, "kennemer")
	if rows := p.table.View.Text(); len(rows) != 1 || !strings.Contains(rows[0], "Zuid-Kennemerland") || p.count.Text != "1 beleidsplan" {
		t.Errorf("searching kennemer: %q, count %q", rows, p.count.Text)
	}
	p.search.SetText("")
	p.filter.SetSelected("Ter bespreking")
	if rows := p.table.View.Text(); len(rows) != 1 || !strings.Contains(rows[0], "West-Friesland") {
		t.Errorf("filter Ter bespreking: %q", rows)
	}
	p.filter.SetSelected("Vastgesteld")
	if len(p.table.View.Rows()) != 0 || !p.table.Empty.Visible() || p.count.Text != "Geen beleidsplannen gevonden" {
		t.Errorf("filter Vastgesteld: %d rows, empty shown %v, count %q", len(p.table.View.Rows()), p.table.Empty.Visible(), p.count.Text)
	}
}

// TestPlanSearchFiltersWhatWasRead: the search and the status filter pick
// from the plans read at the last Refresh and do not read the store on
// every keystroke, so a plan written behind the screen's back shows only
// after a Refresh.
func TestPlanSearchFiltersWhatWasRead(t *testing.T) {
	s := newStore(t, true)
	p, _ := newScreen(t, s)
	if _, err := s.Create(context.Background(), "plan", map[string]string{"title": "Beleidsplan Texel", "status": "concept"}); err != nil {
		t.Fatal(err)
	}
	test.Type(p.search, "texel")
	p.filter.SetSelected("Concept")
	if len(p.table.View.Rows()) != 0 || p.count.Text != "Geen beleidsplannen gevonden" {
		t.Fatalf("typing read the store again: %q, count %q", p.table.View.Text(), p.count.Text)
	}
	p.Refresh()
	if rows := p.table.View.Text(); len(rows) != 1 || !strings.HasPrefix(rows[0], "Beleidsplan Texel") || p.count.Text != "1 beleidsplan" {
		t.Errorf("after Refresh: %q, count %q", rows, p.count.Text)
	}
}

func TestNewPlanFromTemplate(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, true)
	p, sh := newScreen(t, s)
	w := sh.Win

	test.Tap(p.newButton)
	entries, selects := dialogWidgets(t, w)
	if len(selects) != 1 || len(entries) != 4 {
		t.Fatalf("new plan dialog has %d selects and %d entries", len(selects), len(entries))
	}
	start, end, title, author := entries[0], entries[1], entries[2], entries[3]
	// Without a scope the plan is refused, in Dutch, and the dialog stays.
	test.Tap(dialogButton(t, w, "Plan maken"))
	if !strings.Contains(dialogText(w), "Kies voor welke gemeente of welk cluster") {
		t.Fatalf("no message about the scope: %q", dialogText(w))
	}
	selects[0].SetSelected("Hoorn")
	year := s.Now().Year()
	want := fmt.Sprintf("Beleidsplan aanpak mensenhandel Hoorn %d-%d", year, year+3)
	if title.Text != want {
		t.Errorf("suggested title %q, want %q", title.Text, want)
	}
	end.SetText(strconv.Itoa(year + 4))
	if want = fmt.Sprintf("Beleidsplan aanpak mensenhandel Hoorn %d-%d", year, year+4); title.Text != want {
		t.Errorf("title %q does not follow the period, want %q", title.Text, want)
	}
	start.SetText("")
	test.Type(start, "twintig")
	author.SetText("Fatma Yilmaz")
	test.Tap(dialogButton(t, w, "Plan maken"))
	if !strings.Contains(dialogText(w), "twintig is geen jaartal") {
		t.Fatalf("no message about the year: %q", dialogText(w))
	}
	start.SetText(strconv.Itoa(year))
	test.Tap(dialogButton(t, w, "Plan maken"))

	plans, _ := s.List(ctx, "plan")
	var plan data.Record
	for _, r := range plans {
		if r.Get("municipality_id") == data.MunicipalityID("GM0405") {
			plan = r
		}
	}
	if plan.ID == "" {
		t.Fatalf("no plan for Hoorn; dialog says %q", dialogText(w))
	}
	if plan.Get("title") != want || plan.Get("author") != "Fatma Yilmaz" || plan.Get("status") != "concept" ||
		plan.Get("version") != "0.1" || plan.Get("period_end") != strconv.Itoa(year+4) {
		t.Errorf("plan stored as %v", plan.Values)
	}
	sections := listWhere(t, s, "section", "plan_id", plan.ID)
	if len(sections) != 24 {
		t.Errorf("%d chapters, want the 24 of the template", len(sections))
	}
	for _, sec := range sections {
		blocks := listWhere(t, s, "block", "section_id", sec.ID)
		if len(blocks) != 1 || blocks[0].Get("style") != "paragraph" || !strings.Contains(blocks[0].Get("text"), "hier") {
			t.Errorf("chapter %q has blocks %v, want one paragraph of guidance", sec.Get("title"), blocks)
		}
	}
	themes := sectionTitled(t, s, plan.ID, "Ambitie en doelen")
	if kids := listWhere(t, s, "section", "parent_id", themes.ID); len(kids) != 5 || kids[0].Get("title") != "Beleidsmatige basis" {
		t.Errorf("Ambitie en doelen has %d sub-chapters, want the five Kader themes", len(kids))
	}

	// The new plan is open in the editor, at its first chapter, numbered as printed.
	if p.ed == nil || p.ed.id != plan.ID {
		t.Fatal("the new plan is not open")
	}
	if p.ed.text.title.Text != "Voorwoord" || len(p.ed.text.blocks) != 1 ||
		!strings.HasPrefix(p.ed.text.blocks[0].text(), "Schrijf hier een kort voorwoord") {
		t.Errorf("editor shows %q with %d blocks", p.ed.text.title.Text, len(p.ed.text.blocks))
	}
	tree := p.ed.tree
	for title, num := range map[string]string{"Voorwoord": "", "Inleiding": "1", "Aanleiding": "1.1", "Beleidsmatige basis": "5.1",
		"Financiën": "9", "Bijlage: Meldroute": "A", "Bijlage: Begrippenlijst": "B"} {
		if got := tree.numbers[sectionTitled(t, s, plan.ID, title).ID]; got != num {
			t.Errorf("%s is numbered %q, want %q", title, got, num)
		}
	}
	// Clicking the guidance selects it, so what is typed replaces it.
	guide := p.ed.text.blocks[0]
	p.ed.text.activate(guide, 10)
	if guide.entry.SelectedText() != guide.saved {
		t.Errorf("clicking the guidance selects %q", guide.entry.SelectedText())
	}
	test.Type(guide.entry, "Ons eigen voorwoord.")
	p.ed.save()
	if got := blocksOf(t, s, p.ed.text.id); len(got) != 1 || got[0] != "Ons eigen voorwoord." {
		t.Errorf("typing over the guidance stored %q", got)
	}
	if got := fyne.CurrentApp().Preferences().String(prefPlanAuthor); got != "Fatma Yilmaz" {
		t.Errorf("author not remembered: %q", got)
	}
}

func TestEditBlockIsStored(t *testing.T) {
	s := newStore(t, true)
	p, sh := newScreen(t, s)
	openDemoPlan(t, p)
	c := sh.Win.Canvas()
	text := p.ed.text
	sec := text.id
	first := text.blocks[0]
	before := first.text()

	if first.entry != nil {
		t.Fatal("a block is in edit mode before it was clicked")
	}
	text.activate(first, 5)
	if c.Focused() != first.entry || first.text() != before || first.entry.CursorTextOffset() != 5 {
		t.Fatal("clicking the block did not put it in edit mode with the cursor where clicked")
	}
	if p.Dirty() || !p.ed.saveButton.Disabled() {
		t.Error("clicking a block counts as an edit")
	}
	text.activate(first, -1)
	test.Type(first.entry, " Dat is onacceptabel.")
	if !p.Dirty() || p.ed.saveButton.Disabled() || text.state.String() != "Wijzigingen nog niet opgeslagen" {
		t.Errorf("typing does not show as unsaved: dirty %v, state %q", p.Dirty(), text.state.String())
	}
	if got := blocksOf(t, s, sec)[0]; got != before {
		t.Fatal("saved while typing, with no pause")
	}
	// Moving to the next block saves the one left, which shows its text
	// formatted again.
	text.activate(text.blocks[1], 0)
	if first.entry != nil || first.text() != before+" Dat is onacceptabel." {
		t.Error("the block left is still in edit mode")
	}
	if got := blocksOf(t, s, sec)[0]; got != before+" Dat is onacceptabel." {
		t.Errorf("block stored as %q", got)
	}
	if p.Dirty() || text.state.String() != "Alles is opgeslagen" {
		t.Errorf("after saving: dirty %v, state %q", p.Dirty(), text.state.String())
	}

	// Ctrl+S saves from inside a block.
	test.Type(text.blocks[1].entry, "Eerst dit. ")
	text.blocks[1].entry.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault})
	if got := blocksOf(t, s, sec)[1]; !strings.HasPrefix(got, "Eerst dit. ") {
		t.Errorf("Ctrl+S did not save the block: %q", got)
	}

	// Switching chapter saves too, and each changed block is one change of its text.
	text.activate(text.blocks[2], 0)
	test.Type(text.blocks[2].entry, "Nog een zin. ")
	n := changeCount(t, s)
	p.ed.tree.selectChapter(p.ed.tree.children[""][1])
	if got := blocksOf(t, s, sec)[2]; !strings.HasPrefix(got, "Nog een zin. ") {
		t.Errorf("switching chapter did not save: %q", got)
	}
	if d := changeCount(t, s) - n; d != 1 {
		t.Errorf("saving one block appended %d changes, want 1", d)
	}
}

func TestTypingIsSavedAfterAPause(t *testing.T) {
	s := newStore(t, true)
	p, _ := newScreen(t, s)
	openDemoPlan(t, p)
	blockSaveDelay = 20 * time.Millisecond
	defer func() { blockSaveDelay = 0 }()
	b := p.ed.text.blocks[0]
	sec := p.ed.text.id
	p.ed.text.activate(b, 0)
	test.Type(b.entry, "Pauze. ")
	deadline := time.Now().Add(5 * time.Second)
	for !strings.HasPrefix(blocksOf(t, s, sec)[0], "Pauze. ") {
		if time.Now().After(deadline) {
			t.Fatal("the block was not saved after a pause in typing")
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func TestChapterTreeEditing(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, true)
	p, sh := newScreen(t, s)
	openDemoPlan(t, p)
	w := sh.Win
	tree := p.ed.tree
	plan := p.ed.id
	intro := sectionTitled(t, s, plan, "Inleiding")
	tree.selectChapter(intro.ID)
	if tree.numbers[intro.ID] != "1" {
		t.Fatalf("Inleiding is numbered %q", tree.numbers[intro.ID])
	}

	// A new chapter comes after the selected one, with the cursor in its title.
	test.Tap(tree.addButton)
	added := tree.selected
	if added == intro.ID || tree.index(added) != tree.index(intro.ID)+1 || tree.numbers[added] != "2" {
		t.Fatalf("new chapter at %d numbered %q", tree.index(added), tree.numbers[added])
	}
	if w.Canvas().Focused() != p.ed.text.title || p.ed.text.title.SelectedText() != "Nieuw hoofdstuk" {
		t.Error("the new chapter's title is not selected for typing")
	}
	test.Type(p.ed.text.title, "Aanpak per thema")
	p.ed.text.title.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if r, _ := s.Get(ctx, "section", added); r.Get("title") != "Aanpak per thema" {
		t.Errorf("renamed chapter stored as %q", r.Get("title"))
	}
	if !strings.Contains(tree.label(added), "2  Aanpak per thema") {
		t.Errorf("tree shows %q", tree.label(added))
	}

	// Moving is one change: the chapter's position.
	n := changeCount(t, s)
	test.Tap(tree.upButton)
	if d := changeCount(t, s) - n; d != 1 || tree.index(added) != tree.index(intro.ID)-1 || tree.numbers[added] != "1" {
		t.Errorf("moving up: %d changes, index %d, number %q", d, tree.index(added), tree.numbers[added])
	}
	test.Tap(tree.downButton)
	if tree.index(added) != tree.index(intro.ID)+1 {
		t.Error("moving down did not put it back")
	}

	// Indent nests it at the end of Inleiding; outdent brings it back after.
	test.Tap(tree.inButton)
	r, _ := s.Get(ctx, "section", added)
	kids := tree.children[intro.ID]
	if r.Get("parent_id") != intro.ID || kids[len(kids)-1] != added || tree.numbers[added] != "1."+strconv.Itoa(len(kids)) {
		t.Errorf("indent: parent %q, number %q", r.Get("parent_id"), tree.numbers[added])
	}
	test.Tap(tree.outButton)
	r, _ = s.Get(ctx, "section", added)
	if r.Get("parent_id") != "" || tree.index(added) != tree.index(intro.ID)+1 {
		t.Errorf("outdent: parent %q, index %d", r.Get("parent_id"), tree.index(added))
	}

	// A sub-chapter goes at the end of the selected chapter.
	tree.selectChapter(intro.ID)
	tree.add(false)
	tree.indent() // a second sub-chapter
	tree.selectChapter(intro.ID)
	tree.add(true)
	sub := tree.selected
	if tree.parent(sub) != intro.ID || tree.numbers[sub] != "1."+strconv.Itoa(len(tree.children[intro.ID])) {
		t.Errorf("sub-chapter under %q numbered %q", tree.parent(sub), tree.numbers[sub])
	}

	// Deleting asks, takes the sub-chapters and text along, and can be undone.
	tree.selectChapter(intro.ID)
	test.Tap(tree.delButton)
	if n := len(tree.children[intro.ID]); n != 2 || !strings.Contains(dialogText(w), "2 paragrafen") {
		t.Fatalf("the question does not count the sub-chapters: %q", dialogText(w))
	}
	test.Tap(dialogButton(t, w, "Verwijderen"))
	if _, err := s.Get(ctx, "section", intro.ID); !data.IsNotFound(err) {
		t.Fatalf("Inleiding still there: %v", err)
	}
	if _, ok := tree.sections[sub]; ok || tree.selected == intro.ID || tree.selected == "" {
		t.Errorf("tree after delete: selected %q", tree.selected)
	}
	if d := sh.LastDeleted(); d != (kittest.Deletion{What: "Inleiding", Kind: "section", ID: intro.ID}) {
		t.Fatalf("no undo offered for Inleiding: %v", d)
	}
	sh.undo()
	if _, err := s.Get(ctx, "section", sub); err != nil {
		t.Errorf("undo did not bring the sub-chapter back: %v", err)
	}
	if tree.selected != intro.ID || p.ed.text.title.Text != "Inleiding" || len(p.ed.text.blocks) == 0 {
		t.Errorf("after undo the editor shows %q (%d blocks)", p.ed.text.title.Text, len(p.ed.text.blocks))
	}
}

func TestAgendaActions(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, true)
	p, sh := newScreen(t, s)
	openDemoPlan(t, p)
	w := sh.Win
	a := p.ed.agenda
	before := len(a.actions)
	p.ed.tabs.Select(p.ed.agendaTab)

	a.View.Choose(1)
	test.Tap(a.addButton)
	entries, selects := dialogWidgets(t, w)
	if len(entries) != 5 || len(selects) != 2 {
		t.Fatalf("action form has %d entries and %d selects", len(entries), len(selects))
	}
	test.Tap(dialogButton(t, w, "Toevoegen"))
	if !strings.Contains(dialogText(w), "Actie: vul dit veld in") {
		t.Fatalf("no Dutch message for the missing title: %q", dialogText(w))
	}
	test.Type(entries[0], "Training Bibob voor vergunningverleners")
	selects[0].SetSelected("Beleidsmatige basis")
	entries[1].SetText("Gemeente Hoorn (Bibob-coördinator)")
	entries[3].SetText("Q1 2027")
	selects[1].SetSelected("Loopt")
	entries[4].SetText("Alle vergunningverleners\ngetraind")
	test.Tap(dialogButton(t, w, "Toevoegen"))

	if len(a.actions) != before+1 {
		t.Fatalf("%d actions, want %d", len(a.actions), before+1)
	}
	r := a.actions[2]
	if r.Get("title") != "Training Bibob voor vergunningverleners" || r.Get("theme") != "beleid" || r.Get("status") != "loopt" ||
		r.Get("planning") != "Q1 2027" || r.Get("indicator") != "Alle vergunningverleners getraind" {
		t.Errorf("new action after the chosen row: %v", r.Values)
	}
	if a.View.Rows()[2][1].Text != r.Get("title") || a.View.Rows()[2][6].Text != "Loopt" || a.Selected != r.ID {
		t.Errorf("table row: %v", a.View.Rows()[2])
	}

	// Move the new row up: one change; then delete it, with undo.
	n := changeCount(t, s)
	test.Tap(a.upButton)
	if a.actions[1].ID != r.ID || changeCount(t, s)-n != 1 {
		t.Errorf("moving up: row %d, %d changes", a.Index(r.ID), changeCount(t, s)-n)
	}
	test.Tap(a.delButton)
	if _, err := s.Get(ctx, "action", r.ID); !data.IsNotFound(err) || len(a.actions) != before {
		t.Errorf("action not deleted: %v", err)
	}
	sh.undo()
	if _, err := s.Get(ctx, "action", r.ID); err != nil || p.ed.tabs.Selected() != p.ed.agendaTab || a.Selected != r.ID {
		t.Errorf("undo: %v, tab %v", err, p.ed.tabs.Selected().Text)
	}
}

func TestAdoptPlan(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, true)
	p, sh := newScreen(t, s)
	openDemoPlan(t, p)
	w := sh.Win
	ed := p.ed
	versions := len(ed.versions.versions)

	// Giving up the dialog leaves the status as it was.
	ed.status.SetSelected("Vastgesteld")
	test.Tap(dialogButton(t, w, "Annuleren"))
	if r, _ := s.Get(ctx, "plan", ed.id); r.Get("status") != "ter-bespreking" || ed.status.Selected != "Ter bespreking" {
		t.Fatalf("after cancelling: stored %q, shown %q", r.Get("status"), ed.status.Selected)
	}

	ed.status.SetSelected("Vastgesteld")
	entries, _ := dialogWidgets(t, w)
	if len(entries) != 4 || entries[0].Text != "1.0" || entries[2].Text != "de colleges van B&W van de gemeenten in West-Friesland" {
		t.Fatalf("adoption dialog offers %d fields: version %q, by %q", len(entries), entries[0].Text, entries[2].Text)
	}
	entries[1].SetText("31-02-2026")
	test.Tap(dialogButton(t, w, "Vaststellen"))
	if !strings.Contains(dialogText(w), "dd-mm-jjjj") {
		t.Fatalf("no message about the date: %q", dialogText(w))
	}
	entries[1].SetText("17-03-2026")
	entries[2].SetText("het college van B&W van Hoorn")
	entries[3].SetText("Z/26/123456")
	test.Tap(dialogButton(t, w, "Vaststellen"))

	r, _ := s.Get(ctx, "plan", ed.id)
	for f, want := range map[string]string{"status": "vastgesteld", "version": "1.0", "adopted_date": "2026-03-17",
		"adopted_by": "het college van B&W van Hoorn", "reference": "Z/26/123456"} {
		if r.Get(f) != want {
			t.Errorf("plan %s = %q, want %q", f, r.Get(f), want)
		}
	}
	if len(ed.versions.versions) != versions+1 {
		t.Fatalf("%d versions, want %d", len(ed.versions.versions), versions+1)
	}
	last := ed.versions.versions[len(ed.versions.versions)-1]
	if last.Get("version") != "1.0" || last.Get("date") != "2026-03-17" ||
		last.Get("change") != "Vastgesteld door het college van B&W van Hoorn (kenmerk Z/26/123456)" {
		t.Errorf("version row: %v", last.Values)
	}
	if ed.details.adoptedDate.Text != "17-03-2026" || !strings.Contains(ed.sub.String(), "vastgesteld op 17-03-2026") {
		t.Errorf("details show %q, header %q", ed.details.adoptedDate.Text, ed.sub.String())
	}
	if row := p.table.View.Rows()[1]; row[3].Text != "Vastgesteld" || row[4].Text != "1.0" {
		t.Errorf("list row %v", row)
	}
}

func TestCopyPlanForAnotherMunicipality(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, true)
	p, sh := newScreen(t, s)
	w := sh.Win
	var src data.Record
	for i, r := range p.shown {
		if strings.Contains(r.Get("title"), "West-Friesland") {
			p.table.View.Choose(i)
			src = r
		}
	}
	test.Tap(p.copyButton)
	entries, selects := dialogWidgets(t, w)
	selects[0].SetSelected("Haarlem")
	if want := strings.ReplaceAll(src.Get("title"), "West-Friesland", "Haarlem"); entries[0].Text != want {
		t.Errorf("copy title %q, want %q", entries[0].Text, want)
	}
	test.Tap(dialogButton(t, w, "Kopie maken"))
	if p.ed == nil || p.ed.id == src.ID {
		t.Fatalf("the copy is not open; dialog %q", dialogText(w))
	}
	cp, _ := s.Get(ctx, "plan", p.ed.id)
	if cp.Get("municipality_id") != data.MunicipalityID("GM0392") || cp.Get("cluster_id") != "" || cp.Get("status") != "concept" ||
		cp.Get("version") != "0.1" || cp.Get("goals") != src.Get("goals") || cp.Get("period_start") != src.Get("period_start") {
		t.Errorf("copy stored as %v", cp.Values)
	}
	count := func(plan string) (sections, blocks, actions, versions int) {
		secs := listWhere(t, s, "section", "plan_id", plan)
		for _, sec := range secs {
			blocks += len(listWhere(t, s, "block", "section_id", sec.ID))
		}
		return len(secs), blocks, len(listWhere(t, s, "action", "plan_id", plan)), len(listWhere(t, s, "planversion", "plan_id", plan))
	}
	s1, b1, a1, v1 := count(src.ID)
	s2, b2, a2, v2 := count(cp.ID)
	if s1 != s2 || b1 != b2 || a1 != a2 || v1 == 0 || v2 != 0 {
		t.Errorf("source %d/%d/%d/%d, copy %d/%d/%d/%d (chapters/blocks/actions/versions)", s1, b1, a1, v1, s2, b2, a2, v2)
	}
	sub := sectionTitled(t, s, cp.ID, "Seksuele uitbuiting")
	if parent, _ := s.Get(ctx, "section", sub.Get("parent_id")); parent.Get("plan_id") != cp.ID || parent.Get("title") != "Wat is mensenhandel" {
		t.Errorf("sub-chapter of the copy hangs under %v", parent.Values)
	}
	if len(p.ed.text.blocks) == 0 || p.ed.tree.numbers[sub.ID] != "2.1" {
		t.Errorf("the copy's editor: %d blocks, Seksuele uitbuiting numbered %q", len(p.ed.text.blocks), p.ed.tree.numbers[sub.ID])
	}
}

func TestDeletePlanWithUndo(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, true)
	p, sh := newScreen(t, s)
	w := sh.Win
	p.table.View.Choose(0)
	id, title := p.shown[0].ID, p.shown[0].Get("title")
	sections := len(listWhere(t, s, "section", "plan_id", id))

	test.Tap(p.deleteButton)
	if !strings.Contains(dialogText(w), title) {
		t.Fatalf("the question does not name the plan: %q", dialogText(w))
	}
	test.Tap(dialogButton(t, w, "Annuleren"))
	if _, err := s.Get(ctx, "plan", id); err != nil {
		t.Fatal("Annuleren deleted the plan")
	}
	test.Tap(p.deleteButton)
	test.Tap(dialogButton(t, w, "Verwijderen"))
	if _, err := s.Get(ctx, "plan", id); !data.IsNotFound(err) || len(p.table.View.Rows()) != 1 {
		t.Fatalf("plan not deleted (%v), %d rows", err, len(p.table.View.Rows()))
	}
	if d := sh.LastDeleted(); d != (kittest.Deletion{What: title, Kind: "plan", ID: id}) {
		t.Errorf("undo offered for %v", d)
	}
	sh.undo()
	if n := len(listWhere(t, s, "section", "plan_id", id)); n != sections {
		t.Errorf("undo brought back %d of %d chapters", n, sections)
	}
	if p.ed == nil || p.ed.id != id || len(p.table.View.Rows()) != 2 {
		t.Errorf("after undo the plan is not open or not listed")
	}
}

func TestUnsavedDetailsGuard(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, true)
	p, sh := newScreen(t, s)
	openDemoPlan(t, p)
	w := sh.Win
	ed := p.ed
	title := ed.plan.Get("title")

	// A refused save keeps the edit, says why in Dutch, and stores nothing.
	ed.tabs.Select(ed.detailsTab)
	ed.details.periodEnd.SetText("2020")
	test.Tap(ed.saveButton)
	if !ed.message.Visible() || !strings.Contains(ed.message.Text, "de periode eindigt voor ze begint") || ed.details.ErrEntry != ed.details.periodEnd {
		t.Errorf("message %q, marked %v", ed.message.Text, ed.details.ErrEntry == ed.details.periodEnd)
	}
	if r, _ := s.Get(ctx, "plan", ed.id); r.Get("period_end") != "2028" {
		t.Errorf("a refused period was stored: %q", r.Get("period_end"))
	}
	ed.details.periodEnd.SetText("2028")

	ed.details.title.SetText(title + " (herzien)")
	test.Tap(ed.saveButton)
	if r, _ := s.Get(ctx, "plan", ed.id); r.Get("title") != title+" (herzien)" || ed.heading.Text != title+" (herzien)" {
		t.Errorf("title stored as %q, heading %q", r.Get("title"), ed.heading.Text)
	}

	// Leaving with changed details asks; going back keeps them.
	ed.details.author.SetText("Thijs Dekker")
	// Should a panic end the window, it writes out the changed details.
	if d := sh.Drafts["plan"]; d.Form == nil || !d.Form.Edited() || d.Name() != "plan "+title+" (herzien)" {
		t.Errorf("the window is not given the details to keep: %+v", d)
	}
	p.backToList()
	if !strings.Contains(dialogText(w), "gewijzigd maar niet opgeslagen") {
		t.Fatalf("no question on leaving: %q", dialogText(w))
	}
	test.Tap(dialogButton(t, w, "Terug naar het plan"))
	if p.ed != ed || ed.details.author.Text != "Thijs Dekker" {
		t.Fatal("going back lost the edit or the plan")
	}
	// Closing the window asks too (the window asks the screen with
	// WhenDiscarded); Opslaan saves, and the window goes on closing.
	// TestClosingAsksAboutUnsavedPlanDetails in app closes a window.
	if !p.Dirty() {
		t.Fatal("changed details do not count as unsaved")
	}
	closed := false
	p.WhenDiscarded(func() { closed = true }, nil)
	if closed || !strings.Contains(dialogText(w), "gewijzigd maar niet opgeslagen") {
		t.Fatalf("the window closes without asking; dialog %q", dialogText(w))
	}
	test.Tap(dialogButton(t, w, "Opslaan"))
	if r, _ := s.Get(ctx, "plan", ed.id); r.Get("author") != "Thijs Dekker" {
		t.Errorf("Opslaan did not save: author %q", r.Get("author"))
	}
	if !closed || p.Dirty() {
		t.Errorf("after saving, closing goes on %v, unsaved %v", closed, p.Dirty())
	}
}

func TestLeavingSavesTextAndDiscardAsks(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, true)
	p, sh := newScreen(t, s)
	openDemoPlan(t, p)
	w := sh.Win
	ed := p.ed
	sec := ed.text.id

	// Text typed and not yet saved is saved when leaving the plan: no question.
	ed.text.activate(ed.text.blocks[0], 0)
	test.Type(ed.text.blocks[0].entry, "Meegenomen. ")
	p.backToList()
	if p.ed != nil || w.Canvas().Overlays().Top() != nil {
		t.Fatal("leaving with typed text asked or stayed")
	}
	if got := blocksOf(t, s, sec)[0]; !strings.HasPrefix(got, "Meegenomen. ") {
		t.Errorf("typed text lost: %q", got)
	}

	// Changed goals, then Weggooien: nothing stored, the list shows.
	openDemoPlan(t, p)
	goals := p.ed.plan.Get("goals")
	p.ed.details.goals.SetText("Weg ermee")
	p.Shortcut(fyne.KeyEscape)
	test.Tap(dialogButton(t, w, "Weggooien"))
	if p.ed.details.goals.Text != goals || p.Dirty() {
		t.Errorf("Escape + Weggooien left %q", p.ed.details.goals.Text)
	}
	p.ed.details.goals.SetText("Weg ermee")
	p.backToList()
	test.Tap(dialogButton(t, w, "Weggooien"))
	if r, _ := s.Get(ctx, "plan", r0(p, t)); p.ed != nil || r.Get("goals") != goals {
		t.Errorf("after Weggooien: editor open %v, goals %q", p.ed != nil, r.Get("goals"))
	}
}

// r0 is the id of the West-Friesland plan in the list.
func r0(p *Screen, t *testing.T) string {
	for _, r := range p.shown {
		if strings.Contains(r.Get("title"), "West-Friesland") {
			return r.ID
		}
	}
	t.Fatal("no West-Friesland plan")
	return ""
}

func TestOpenRecordShowsTheBlock(t *testing.T) {
	s := newStore(t, true)
	p, sh := newScreen(t, s)
	var plan string
	for _, r := range p.shown {
		if strings.Contains(r.Get("title"), "Zuid-Kennemerland") {
			plan = r.ID
		}
	}
	sec := sectionTitled(t, s, plan, "Wettelijk en beleidskader")
	blocks := listWhere(t, s, "block", "section_id", sec.ID)
	p.OpenRecord("block", blocks[2].ID)
	if p.ed == nil || p.ed.id != plan || p.ed.tree.selected != sec.ID {
		t.Fatal("OpenRecord did not open the block's plan and chapter")
	}
	if f := sh.Win.Canvas().Focused(); f != p.ed.text.blocks[2].entry {
		t.Errorf("the cursor is not in the block")
	}
}

func TestPlanShortcuts(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, true)
	p, sh := newScreen(t, s)
	w := sh.Win
	key := func(k fyne.KeyName) fyne.Shortcut {
		return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault}
	}
	p.search.TypedShortcut(key(fyne.KeyN))
	if !strings.Contains(dialogText(w), "Nieuw beleidsplan") {
		t.Fatalf("Ctrl+N on the list does not offer a new plan: %q", dialogText(w))
	}
	test.Tap(dialogButton(t, w, "Annuleren"))
	p.shortcut(fyne.KeyF)
	if w.Canvas().Focused() != p.search {
		t.Error("Ctrl+F does not put the cursor in the search field")
	}

	openDemoPlan(t, p)
	text := p.ed.text
	n := len(text.blocks)
	text.activate(text.blocks[0], -1)
	text.blocks[0].entry.TypedShortcut(key(fyne.KeyN))
	if len(text.blocks) != n+1 || w.Canvas().Focused() != text.blocks[1].entry {
		t.Errorf("Ctrl+N in the text: %d blocks (want %d), focus on the new one %v", len(text.blocks), n+1, w.Canvas().Focused() == text.blocks[1].entry)
	}
	p.ed.details.author.SetText("Sanne Visser")
	p.ed.details.author.TypedShortcut(key(fyne.KeyS))
	if r, _ := s.Get(ctx, "plan", p.ed.id); r.Get("author") != "Sanne Visser" {
		t.Errorf("Ctrl+S did not save the details: author %q", r.Get("author"))
	}
	// Escape ends editing a block: it is saved and shown formatted again.
	b := text.blocks[1]
	test.Type(b.entry, "Kort.")
	b.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if b.entry != nil || b.text() != "Kort." || p.Dirty() {
		t.Errorf("Escape: still editing %v, shown %q, unsaved %v", b.entry != nil, b.text(), p.Dirty())
	}
	// Enter in a chapter's title goes on to its text.
	text.editTitle()
	text.title.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if text.blocks[0].entry == nil || w.Canvas().Focused() != text.blocks[0].entry {
		t.Error("Enter in the title does not go on to the text")
	}
}

func TestDeleteBlockWithUndo(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, true)
	p, sh := newScreen(t, s)
	openDemoPlan(t, p)
	text := p.ed.text
	n := len(text.blocks)
	b := text.blocks[1]
	id := b.id
	text.activate(b, 0)
	test.Tap(text.deleteButton)
	if _, err := s.Get(ctx, "block", id); !data.IsNotFound(err) || len(text.blocks) != n-1 {
		t.Fatalf("block not deleted (%v), %d blocks", err, len(text.blocks))
	}
	if d := sh.LastDeleted(); !strings.HasPrefix(d.What, "Tekstblok \"") || d.Kind != "block" || d.ID != id {
		t.Errorf("undo offered for %v", d)
	}
	sh.undo()
	if len(text.blocks) != n || text.blocks[1].id != id || sh.Win.Canvas().Focused() != text.blocks[1].entry {
		t.Errorf("after undo: %d blocks, the block back in its place and edited: %v", len(text.blocks), text.blocks[1].id == id)
	}
}

// TestPlanPDFQuestion: the PDF question passes the plan and the choice of
// the public version on to the window, which saves the PDF
// (TestPlanPDFAsksPublicOrNot and TestPlanPDFWorkingCopy in app); after a
// change, "Eerst nieuwe versie maken…" has the PDF saved once the new
// version is stored.
func TestPlanPDFQuestion(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, true)
	p, sh := newScreen(t, s)
	openDemoPlan(t, p)
	w := sh.Win
	test.Tap(p.ed.pdfButton)
	var public *widget.Check
	for _, o := range test.LaidOutObjects(w.Canvas().Overlays().Top()) {
		if c, ok := o.(*widget.Check); ok {
			public = c
		}
	}
	if public == nil || !strings.Contains(dialogText(w), "niet openbaar") {
		t.Fatalf("no choice of the public version: %q", dialogText(w))
	}
	public.SetChecked(true)
	test.Tap(dialogButton(t, w, "PDF maken"))
	if len(sh.PDFs) != 1 || sh.PDFs[0].Plan.ID != p.ed.id || !sh.PDFs[0].Public || sh.PDFs[0].Version != "0.4" {
		t.Fatalf("the window was asked for %+v", sh.PDFs)
	}

	secs := listWhere(t, s, "section", "plan_id", p.ed.id)
	blocks := listWhere(t, s, "block", "section_id", secs[0].ID)
	if err := s.Update(ctx, "block", blocks[0].ID, map[string]string{"text": "Een nieuwe alinea na versie 0.4."}); err != nil {
		t.Fatal(err)
	}
	test.Tap(p.ed.pdfButton)
	test.Tap(dialogButton(t, w, "Eerst nieuwe versie maken…"))
	if len(sh.PDFs) != 1 {
		t.Fatal("the PDF was saved before the new version")
	}
	entries, _ := dialogWidgets(t, w)
	entries[3].SetText("Inleiding herschreven")
	test.Tap(dialogButton(t, w, "Toevoegen"))
	if len(sh.PDFs) != 2 || sh.PDFs[1].Public || sh.PDFs[1].Version != "0.5" || w.Canvas().Overlays().Top() != nil {
		t.Errorf("after the new version the window was asked for %+v; dialog %q", sh.PDFs[1:], dialogText(w))
	}
}
