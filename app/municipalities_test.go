package app

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"ketenregie/app/kit/kittest"
	"ketenregie/data"
)

// openMunicipalities shows Gemeenten and returns it.
func openMunicipalities(t *testing.T, m *MainWindow) *municipalitiesScreen {
	t.Helper()
	m.Show("gemeenten")
	ms, ok := m.screens["gemeenten"].(*municipalitiesScreen)
	if !ok {
		t.Fatal("no municipalities screen")
	}
	return ms
}

// listTitles are the rows of the list as the user reads them; group headings
// are marked with "# ".
func listTitles(ms *municipalitiesScreen) []string {
	out := make([]string, len(ms.rows))
	for i, r := range ms.rows {
		out[i] = r.title
		if r.kind == rowGroup {
			out[i] = "# " + r.title
		}
	}
	return out
}

// pick selects the row with this title (a heading is given as "# title")
// as a user clicking it would.
func pick(t *testing.T, ms *municipalitiesScreen, title string) {
	t.Helper()
	for i, got := range listTitles(ms) {
		if got == title {
			ms.list.Select(i)
			return
		}
	}
	t.Fatalf("no row %q in %q", title, listTitles(ms))
}

// tapCheck ticks the check box labelled text on the window.
func tapCheck(t *testing.T, w fyne.Window, text string) {
	t.Helper()
	for _, o := range test.LaidOutObjects(w.Content()) {
		if ch, ok := o.(*widget.Check); ok && ch.Text == text && ch.Visible() {
			test.Tap(ch)
			return
		}
	}
	t.Fatalf("no check box %q on screen", text)
}

func shortcut(key fyne.KeyName) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierShortcutDefault}
}

func TestMunicipalitiesGroupedAndSearch(t *testing.T) {
	s := newStore(t, true)
	m := newWindow(t, s)
	ms := openMunicipalities(t, m)

	rows := listTitles(ms)
	want := []string{"# Mijn clusters", "West-Friesland", "Zuid-Kennemerland", "# Amsterdam-Amstelland", "Aalsmeer"}
	for i, w := range want {
		if i >= len(rows) || rows[i] != w {
			t.Fatalf("list starts %q, want %q", rows[:min(len(rows), 8)], want)
		}
	}
	joined := strings.Join(rows, "\n")
	for _, w := range []string{"# Noord-Holland Noord\n# Kop van Noord-Holland\nDen Helder", "# West-Friesland\nDrechterland\nEnkhuizen\nHoorn",
		"# Kennemerland", "# Zuid-Kennemerland\nBloemendaal", "Weesp – opgeheven, opgegaan in Amsterdam"} {
		if !strings.Contains(joined, w) {
			t.Errorf("list lacks %q", w)
		}
	}
	// The rest of the Netherlands is folded under Overige gemeenten.
	if rows[len(rows)-1] != "# Overige gemeenten" || strings.Contains(joined, "Groningen") {
		t.Errorf("list ends %q", rows[len(rows)-3:])
	}
	pick(t, ms, "# Overige gemeenten")
	if !strings.Contains(strings.Join(listTitles(ms), "\n"), "Groningen") {
		t.Error("unfolding Overige gemeenten does not show Groningen")
	}

	// Search ignores case and diacritics and keeps the headings.
	test.Type(ms.search, "sted")
	rows = listTitles(ms)
	joined = strings.Join(rows, "\n")
	if !strings.Contains(joined, "# Noord-Holland Noord\n# West-Friesland\nStede Broec") {
		t.Errorf("searching sted: %q", rows)
	}
	if strings.Contains(joined, "Hoorn") || strings.Contains(joined, "# Mijn clusters") {
		t.Errorf("searching sted also shows %q", rows)
	}
	ms.search.SetText("GM0405")
	if rows := listTitles(ms); len(rows) != 3 || rows[2] != "Hoorn" {
		t.Errorf("searching GM0405: %q", rows)
	}
	ms.search.SetText("sudwest fryslan")
	if rows := listTitles(ms); len(rows) != 2 || rows[0] != "# Overige gemeenten" || rows[1] != "Súdwest-Fryslân" {
		t.Errorf("searching without diacritics: %q", rows)
	}
	ms.search.SetText("")

	// Only my clusters: the eleven demo municipalities.
	test.Tap(ms.mine)
	n := 0
	for _, r := range ms.rows {
		if r.kind == rowMunicipality {
			n++
		}
	}
	if n != 11 || ms.count.Text != "11 gemeenten" {
		t.Errorf("alleen mijn clusters shows %d municipalities (%q), want 11", n, ms.count.Text)
	}
}

func TestMunicipalityDetailListsItsRecords(t *testing.T) {
	s := newStore(t, true)
	m := newWindow(t, s)
	ms := openMunicipalities(t, m)
	pick(t, ms, "Hoorn")
	d := ms.detail
	if d.heading.Text != "Hoorn" || !strings.Contains(d.facts.Text, "GM0405") || !strings.Contains(d.facts.Text, "centrumgemeente van cluster West-Friesland") {
		t.Fatalf("detail: %q / %q", d.heading.Text, d.facts.Text)
	}
	contacts := d.contacts.Text()
	if len(contacts) == 0 || !strings.Contains(contacts[0], "Aandachtsfunctionaris mensenhandel") {
		t.Errorf("contacts of Hoorn, aandachtsfunctionaris first: %q", contacts)
	}
	if !strings.HasPrefix(d.contactsTab.Text, "Contacten (") {
		t.Errorf("tab %q", d.contactsTab.Text)
	}
	if agreements := strings.Join(d.agreements.Text(), "\n"); !strings.Contains(agreements, "Interne meldroute mensenhandel gemeente Hoorn") ||
		strings.Contains(agreements, "Zuid-Kennemerland") {
		t.Errorf("agreements of Hoorn:\n%s", agreements)
	}
	if plans := d.plans.Text(); len(plans) != 1 || !strings.Contains(plans[0], "cluster West-Friesland") {
		t.Errorf("plans of Hoorn (via its cluster): %q", plans)
	}
	test.Tap(d.contacts.Row(0))
	if m.current != "contacten" || m.contacts.name.Text == "" || !strings.Contains(contacts[0], m.contacts.name.Text) {
		t.Errorf("tapping the first contact shows %s %q", m.current, m.contacts.name.Text)
	}

	// A retired municipality says what it became, and leads there.
	m.OpenRecord("municipality", data.MunicipalityID("GM0457"))
	if !d.retiredBox.Visible() || d.retired.Text != "Opgeheven, opgegaan in Amsterdam." || !d.assess.newButton.Disabled() {
		t.Errorf("Weesp: %q (shown %v)", d.retired.Text, d.retiredBox.Visible())
	}
	test.Tap(d.successor)
	if d.heading.Text != "Amsterdam" {
		t.Errorf("the successor button shows %q", d.heading.Text)
	}
}

func TestNewAssessmentSavedInOneGo(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, true)
	m := newWindow(t, s)
	ms := openMunicipalities(t, m)
	hoorn := data.MunicipalityID("GM0405")
	before, _ := s.ListWhere(ctx, "assessment", "municipality_id", hoorn)

	pick(t, ms, "Hoorn")
	p := ms.detail.assess
	ms.search.TypedShortcut(shortcut(fyne.KeyN)) // Ctrl+N in the search field
	if !p.editing || p.editDate != "" {
		t.Fatal("Ctrl+N did not open a new measurement")
	}
	today := s.Now().Format("02-01-2006")
	if p.date.Text != today {
		t.Errorf("date %q, want today %s", p.date.Text, today)
	}
	// Prefilled from the 2024 measurement.
	latest := itemStates(before)
	for _, r := range p.rows {
		if got, want := levelCode(r.level.Selected), latest[r.item].cur.Get("level"); got != want {
			t.Errorf("%s prefilled with %q, want %q", r.item, got, want)
		}
	}
	if latest["basis-aanspreekpunt"].cur.Get("level") != "niet" {
		t.Fatal("the demo changed: Hoorn's aanspreekpunt is no longer niet")
	}
	row := p.rows[1]
	row.level.SetSelected("Volledig")
	test.Type(row.note, "Aandachtsfunctionaris benoemd en getraind.")
	row.note.TypedShortcut(shortcut(fyne.KeyS)) // Ctrl+S in a note saves

	after, _ := s.ListWhere(ctx, "assessment", "municipality_id", hoorn)
	if len(after) != len(before)+len(data.Checklist) {
		t.Fatalf("%d assessments after saving, want %d more than %d; message %q", len(after), len(data.Checklist), len(before), p.Message.Text)
	}
	iso := s.Now().Format("2006-01-02")
	var saved []data.Record
	for _, r := range after {
		if r.Get("date") == iso {
			saved = append(saved, r)
		}
	}
	if len(saved) != len(data.Checklist) {
		t.Fatalf("%d assessments dated today", len(saved))
	}
	now := itemStates(after)
	if r := now["basis-aanspreekpunt"].cur; r.Get("level") != "volledig" || r.Get("note") != "Aandachtsfunctionaris benoemd en getraind." {
		t.Errorf("aanspreekpunt saved as %q %q", r.Get("level"), r.Get("note"))
	}
	if p.editing || !strings.Contains(p.note.Text, "is opgeslagen") {
		t.Errorf("after saving: editing %v, note %q", p.editing, p.note.Text)
	}
	// The history shows the new measurement first.
	if len(p.meas) != 3 || p.meas[0].date != iso || len(p.dateButtons.Objects) != 3 {
		t.Errorf("history has %d measurements", len(p.meas))
	}

	// Overzicht shows the new level with its movement.
	o := openOverview(t, m)
	if c := o.matrix.cell(hoorn, "basis-aanspreekpunt"); c.text != "Volledig ▲" {
		t.Errorf("the overview shows %q for Hoorn's aanspreekpunt, want Volledig ▲", c.text)
	}
}

func TestAssessmentValidation(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, true)
	m := newWindow(t, s)
	ms := openMunicipalities(t, m)

	// Alkmaar has no measurements: nothing is prefilled, and every item needs a level.
	alkmaar := data.MunicipalityID("GM0361")
	m.OpenRecord("municipality", alkmaar)
	p := ms.detail.assess
	test.Tap(p.newButton)
	if !p.editing || !strings.Contains(p.hint.Text(), "eerste meting") {
		t.Fatalf("new measurement of Alkmaar: editing %v, hint %q", p.editing, p.hint.Text())
	}
	p.rows[0].level.SetSelected("Deels")
	test.Tap(p.SaveButton)
	if !strings.Contains(p.Message.Text, "Kies voor elk onderdeel een niveau; 13 onderdelen hebben nog geen niveau") {
		t.Errorf("message %q", p.Message.Text)
	}
	for _, r := range p.rows[:len(p.rows)-2] {
		r.level.SetSelected("Niet")
	}
	test.Tap(p.SaveButton)
	if !strings.Contains(p.Message.Text, "Nog open: Opvang en hulpverlening (basis); Opvang en hulpverlening (verdieping).") {
		t.Errorf("message %q", p.Message.Text)
	}
	for _, r := range p.rows {
		r.level.SetSelected("Niet")
	}
	for date, want := range map[string]string{"": "Vul de datum", "31-02-2025": "geen geldige datum",
		s.Now().AddDate(0, 0, 2).Format("02-01-2006"): "toekomst"} {
		p.date.SetText(date)
		test.Tap(p.SaveButton)
		if !strings.Contains(p.Message.Text, want) || !p.dateMarked {
			t.Errorf("date %q: message %q, want %q", date, p.Message.Text, want)
		}
	}
	if recs, _ := s.ListWhere(ctx, "assessment", "municipality_id", alkmaar); len(recs) != 0 {
		t.Fatalf("%d assessments saved by refused saves", len(recs))
	}
	p.date.SetText("01-03-2025")
	if p.dateMarked {
		t.Error("the date stays marked after editing it")
	}
	test.Tap(p.SaveButton)
	if recs, _ := s.ListWhere(ctx, "assessment", "municipality_id", alkmaar); len(recs) != len(data.Checklist) {
		t.Fatalf("%d assessments saved, want %d; message %q", len(recs), len(data.Checklist), p.Message.Text)
	}

	// A second measurement on the same date is refused.
	test.Tap(p.newButton)
	p.date.SetText("1-3-2025")
	test.Tap(p.SaveButton)
	if !strings.Contains(p.Message.Text, "Er is al een meting van 01-03-2025") {
		t.Errorf("message %q", p.Message.Text)
	}
}

func TestCorrectAndDeleteEarlierAssessment(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, true)
	m := newWindow(t, s)
	ms := openMunicipalities(t, m)
	hoorn := data.MunicipalityID("GM0405")
	m.OpenRecord("municipality", hoorn)
	p := ms.detail.assess

	test.Tap(p.dateButtons.Objects[1].(*widget.Button)) // 14-06-2019
	if p.editDate != "2019-06-14" || !p.SaveButton.Disabled() {
		t.Fatalf("editing %q, save enabled %v", p.editDate, !p.SaveButton.Disabled())
	}
	row := p.rows[0]
	id := row.rec.ID
	row.level.SetSelected("Volledig")
	test.Tap(p.SaveButton)
	if r, _ := s.Get(ctx, "assessment", id); r.Get("level") != "volledig" || r.Get("date") != "2019-06-14" {
		t.Errorf("corrected record: %v", r.Values)
	}

	// Delete one item of the measurement; undo brings it back.
	test.Tap(p.dateButtons.Objects[1].(*widget.Button))
	test.Tap(p.rows[2].del)
	gone := p.rows[2]
	if gone.rec.ID != "" || gone.del.Visible() {
		t.Error("the deleted item still has a record in the editor")
	}
	if !m.undo.content.Visible() || !strings.Contains(m.undo.label.Text, "in de meting van 14-06-2019 is verwijderd") {
		t.Errorf("undo bar %q", m.undo.label.Text)
	}
	recs, _ := s.ListWhere(ctx, "assessment", "municipality_id", hoorn)
	if len(recs) != 2*len(data.Checklist)-1 {
		t.Errorf("%d assessments after deleting one", len(recs))
	}
	test.Tap(m.undo.button)
	recs, _ = s.ListWhere(ctx, "assessment", "municipality_id", hoorn)
	if len(recs) != 2*len(data.Checklist) || p.editDate != "2019-06-14" || p.rows[2].rec.ID == "" {
		t.Errorf("after undo: %d assessments, editing %q", len(recs), p.editDate)
	}

	// Delete the whole measurement, after confirming.
	test.Tap(p.deleteButton)
	test.Tap(kittest.DialogButton(t, m.Window(), "Meting verwijderen"))
	recs, _ = s.ListWhere(ctx, "assessment", "municipality_id", hoorn)
	if len(recs) != len(data.Checklist) || p.editing || len(p.meas) != 1 {
		t.Errorf("after deleting the measurement: %d assessments, editing %v", len(recs), p.editing)
	}
	test.Tap(m.undo.button)
	if recs, _ = s.ListWhere(ctx, "assessment", "municipality_id", hoorn); len(recs) != 2*len(data.Checklist) {
		t.Errorf("undo restored %d assessments", len(recs))
	}
}

func TestClusterCreatedAndShownOnOverview(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, true)
	m := newWindow(t, s)
	o := openOverview(t, m)
	ms := openMunicipalities(t, m)

	test.Tap(ms.clusterButton)
	c := ms.clusterEd
	if c.heading.Text != "Nieuw cluster" || !c.SaveButton.Disabled() {
		t.Fatalf("new cluster editor: %q", c.heading.Text)
	}
	// A duplicate name and an empty cluster are refused.
	test.Type(c.name, "west-friesland")
	test.Tap(c.SaveButton)
	if !strings.Contains(c.Message.Text, "Er is al een cluster met de naam") || c.ErrEntry != c.name {
		t.Errorf("duplicate name: %q", c.Message.Text)
	}
	c.name.SetText("Kop van Noord-Holland")
	test.Tap(c.SaveButton)
	if !strings.Contains(c.Message.Text, "ten minste één gemeente") {
		t.Errorf("empty cluster: %q", c.Message.Text)
	}

	c.region.SetSelected("Noord-Holland Noord")
	test.Type(c.filter, "den helder")
	tapCheck(t, m.Window(), "Den Helder")
	c.filter.SetText("texel")
	tapCheck(t, m.Window(), "Texel")
	if !strings.Contains(c.summary.Text, "2 gekozen: Den Helder, Texel") {
		t.Errorf("summary %q", c.summary.Text)
	}
	c.lead.SetSelected("Texel")
	test.Tap(c.SaveButton)

	clusters, _ := s.List(ctx, "cluster")
	var kop data.Record
	for _, r := range clusters {
		if r.Get("name") == "Kop van Noord-Holland" {
			kop = r
		}
	}
	helder, texel := data.MunicipalityID("GM0400"), data.MunicipalityID("GM0448")
	if kop.ID == "" || kop.Get("municipality_ids") != data.JoinIDs([]string{helder, texel}) || kop.Get("lead_municipality_id") != texel {
		t.Fatalf("stored cluster %v; message %q", kop.Values, c.Message.Text)
	}
	if ms.shownID != kop.ID || !strings.Contains(c.Message.Text, "is opgeslagen") || c.Edited() {
		t.Errorf("after saving: shown %q, message %q", ms.shownID, c.Message.Text)
	}
	if !strings.Contains(strings.Join(listTitles(ms), "\n"), "# Mijn clusters\nKop van Noord-Holland\nWest-Friesland") {
		t.Errorf("the list does not show the new cluster: %q", listTitles(ms)[:5])
	}

	// Overzicht offers the new cluster and shows its municipalities.
	m.Show("overzicht")
	o.clusterSel.SetSelected("Kop van Noord-Holland")
	if names := matrixNames(o); len(names) != 2 || names[0] != "Texel" || names[1] != "Den Helder" {
		t.Errorf("overview of the new cluster: %q", names)
	}
	if c := o.matrix.cell(texel, "beleid-basis"); c == nil || c.text != "–" {
		t.Error("Texel has no measurement, but its cell is not empty")
	}
}

func TestClusterDeleteAsksAndUndoes(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, true)
	m := newWindow(t, s)
	ms := openMunicipalities(t, m)

	// West-Friesland has a plan: deleting it is refused with the store's reason.
	pick(t, ms, "West-Friesland")
	test.Tap(ms.clusterEd.deleteButton)
	test.Tap(kittest.DialogButton(t, m.Window(), "Verwijderen"))
	if !strings.Contains(ms.clusterEd.Message.Text, "wordt nog gebruikt") {
		t.Errorf("message %q", ms.clusterEd.Message.Text)
	}

	// A cluster without plans goes, after confirming, and comes back with undo.
	id, err := s.Create(ctx, "cluster", map[string]string{"name": "IJmond", "municipality_ids": "GM0375,GM0453"})
	if err != nil {
		t.Fatal(err)
	}
	ms.Refresh()
	pick(t, ms, "IJmond")
	test.Tap(ms.clusterEd.deleteButton)
	if !strings.Contains(kittest.DialogText(m.Window()), "cluster IJmond") {
		t.Errorf("question %q", kittest.DialogText(m.Window()))
	}
	test.Tap(kittest.DialogButton(t, m.Window(), "Annuleren"))
	if _, err := s.Get(ctx, "cluster", id); err != nil {
		t.Fatal("Annuleren deleted the cluster")
	}
	test.Tap(ms.clusterEd.deleteButton)
	test.Tap(kittest.DialogButton(t, m.Window(), "Verwijderen"))
	if _, err := s.Get(ctx, "cluster", id); !data.IsNotFound(err) {
		t.Fatalf("cluster still there: %v", err)
	}
	if ms.shownKind != "" {
		t.Error("the deleted cluster is still shown")
	}
	for _, r := range ms.rows {
		if r.kind == rowCluster && r.id == id {
			t.Error("the deleted cluster is still listed")
		}
	}
	test.Tap(m.undo.button)
	if _, err := s.Get(ctx, "cluster", id); err != nil || ms.shownID != id {
		t.Errorf("undo: %v, shown %q", err, ms.shownID)
	}
}

func TestMunicipalitiesUnsavedGuard(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, true)
	m := newWindow(t, s)
	ms := openMunicipalities(t, m)
	pick(t, ms, "Hoorn")
	p := ms.detail.assess
	test.Tap(p.newButton)
	p.rows[0].level.SetSelected("Niet")
	if !ms.Dirty() {
		t.Fatal("a changed level is not an unsaved edit")
	}

	pick(t, ms, "Enkhuizen")
	if !strings.Contains(kittest.DialogText(m.Window()), "De nieuwe meting van Hoorn is nog niet opgeslagen") {
		t.Fatalf("no question; dialog %q", kittest.DialogText(m.Window()))
	}
	test.Tap(kittest.DialogButton(t, m.Window(), "Terug naar het formulier"))
	if ms.detail.heading.Text != "Hoorn" || !p.editing || levelCode(p.rows[0].level.Selected) != "niet" {
		t.Errorf("after going back: %q, editing %v", ms.detail.heading.Text, p.editing)
	}
	if ms.list.Length() == 0 || ms.rows[selectedRow(ms)].title != "Hoorn" {
		t.Error("the list no longer marks Hoorn")
	}

	pick(t, ms, "Enkhuizen")
	test.Tap(kittest.DialogButton(t, m.Window(), "Weggooien"))
	if ms.detail.heading.Text != "Enkhuizen" || p.editing {
		t.Errorf("after discarding: %q, editing %v", ms.detail.heading.Text, p.editing)
	}

	// Escape closes an untouched measurement at once, and asks about a changed one.
	test.Tap(p.newButton)
	ms.Shortcut(fyne.KeyEscape)
	if p.editing || m.Window().Canvas().Overlays().Top() != nil {
		t.Error("Escape did not close the untouched measurement without asking")
	}
	test.Tap(p.newButton)
	test.Type(p.rows[3].note, "Nieuw.")
	p.rows[3].note.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if !strings.Contains(kittest.DialogText(m.Window()), "De nieuwe meting van Enkhuizen") {
		t.Fatalf("Escape in a changed measurement: %q", kittest.DialogText(m.Window()))
	}
	test.Tap(kittest.DialogButton(t, m.Window(), "Weggooien"))
	if p.editing {
		t.Error("the measurement stays open after discarding it")
	}

	// Notes: an edit is guarded too, and saved with Ctrl+S; a measurement
	// left open on the other tab is not saved with them.
	test.Tap(p.newButton)
	ms.detail.tabs.Select(ms.detail.notesTab)
	test.Type(ms.detail.notes, "Wethouder OOV nieuw sinds maart.")
	ms.Shortcut(fyne.KeyEscape)
	if !strings.Contains(kittest.DialogText(m.Window()), "notities bij Enkhuizen") {
		t.Fatalf("Escape with unsaved notes: %q", kittest.DialogText(m.Window()))
	}
	test.Tap(kittest.DialogButton(t, m.Window(), "Terug naar het formulier"))
	ms.detail.notes.TypedShortcut(shortcut(fyne.KeyS))
	if r, _ := s.Get(ctx, "municipality", data.MunicipalityID("GM0388")); r.Get("notes") != "Wethouder OOV nieuw sinds maart." {
		t.Errorf("notes not saved: %q; message %q", r.Get("notes"), ms.detail.notesMsg.Text)
	}
	if ms.Dirty() {
		t.Error("still dirty after saving the notes")
	}
	if recs, _ := s.ListWhere(ctx, "assessment", "municipality_id", data.MunicipalityID("GM0388")); len(recs) != 2*len(data.Checklist) {
		t.Errorf("saving the notes also saved the open measurement: %d assessments", len(recs))
	}

	// The window asks before closing with unsaved edits here.
	ms.detail.notes.SetText("Nog niet opgeslagen.")
	m.Show("contacten")
	m.closeRequested()
	if m.current != "gemeenten" || !strings.Contains(kittest.DialogText(m.Window()), "niet opgeslagen") {
		t.Errorf("closing with unsaved notes: screen %s, dialog %q", m.current, kittest.DialogText(m.Window()))
	}

	// Ctrl+F puts the cursor in the search field.
	test.Tap(kittest.DialogButton(t, m.Window(), "Terug naar het formulier"))
	ms.detail.notes.TypedShortcut(shortcut(fyne.KeyF))
	if m.Window().Canvas().Focused() != ms.search {
		t.Error("Ctrl+F did not focus the search field")
	}
}

// selectedRow is the index of the shown cluster or municipality in the list.
func selectedRow(ms *municipalitiesScreen) int {
	for i, r := range ms.rows {
		if r.kind != rowGroup && r.id == ms.shownID {
			return i
		}
	}
	return 0
}
