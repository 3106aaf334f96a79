package app

import (
	"context"
	"database/sql"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"ketenregie/app/kit"
	"ketenregie/app/kit/kittest"
	"ketenregie/app/planedit"
	"ketenregie/data"
)

// TestMain runs the tests in Dutch, as a coordinator's computer would.
func TestMain(m *testing.M) { kittest.Main(m) }

// newStore opens a fresh database, with the demo region when demo is set.
func newStore(t testing.TB, withDemo bool) *data.Store { return kittest.NewStore(t, withDemo) }

// newWindow builds the main window on s in a test app.
func newWindow(t testing.TB, s *data.Store) *MainWindow {
	t.Helper()
	a := test.NewTempApp(t)
	m := NewMainWindow(a, s)
	t.Cleanup(m.Window().Close)
	return m
}

// openContacts shows the Contacten screen and returns it.
func openContacts(t testing.TB, m *MainWindow) *contactsScreen {
	t.Helper()
	m.Show("contacten")
	if m.contacts == nil {
		t.Fatal("no contacts screen after Show(\"contacten\")")
	}
	return m.contacts
}

func TestWindowTitleAndScreens(t *testing.T) {
	s := newStore(t, true)
	m := newWindow(t, s)
	if got := m.Window().Title(); got != "Ketenregie" {
		t.Errorf("title %q, want Ketenregie", got)
	}
	if got := m.Window().Canvas().Size(); got.Width < 1280 || got.Height < 720 {
		t.Errorf("window size %v, want 1280x720", got)
	}
	ids := []string{"overzicht", "gemeenten", "organisaties", "contacten", "ketenafspraken", "activiteiten", "cijfers", "beleidsplannen", "uitwisselen", "instellingen"}
	labels := []string{"Overzicht", "Gemeenten", "Organisaties", "Contacten", "Ketenafspraken", "Activiteiten", "Cijfers", "Beleidsplannen", "Uitwisselen", "Instellingen"}
	for i, id := range ids {
		m.Show(id)
		if m.current != id {
			t.Errorf("Show(%q) shows %q", id, m.current)
		}
		if len(m.body.Objects) != 1 || m.body.Objects[0] != m.screens[id].Content() {
			t.Errorf("Show(%q) did not put the screen in the window", id)
		}
		if m.items[i].label != labels[i] {
			t.Errorf("navigation item %d is %q, want %q", i, m.items[i].label, labels[i])
		}
	}
	// Back to a screen built before: the same screen, refreshed, not a new one.
	before := m.screens["contacten"]
	m.Show("contacten")
	if m.screens["contacten"] != before {
		t.Error("showing Contacten again built a new screen")
	}
}

func TestListScreensShowTheDemoRegion(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, true)
	m := newWindow(t, s)

	m.Show("ketenafspraken")
	agreements := m.screens["ketenafspraken"].(*agreementsScreen)
	all, _ := s.List(ctx, "agreement")
	if len(agreements.view.rows) != len(all) {
		t.Errorf("Ketenafspraken shows %d rows, the database has %d", len(agreements.view.rows), len(all))
	}
	if text := strings.Join(agreements.view.text(), "\n"); !strings.Contains(text, "(te laat)") {
		t.Errorf("no overdue evaluation marked among the demo agreements:\n%s", text)
	}

	m.Show("organisaties")
	orgs := m.screens["organisaties"].(*organisationsScreen)
	test.Type(orgs.search, "politie")
	if len(orgs.view.rows) == 0 {
		t.Error("searching organisations for politie finds nothing")
	}
	for _, r := range orgs.view.text() {
		if !strings.Contains(strings.ToLower(r), "politie") {
			t.Errorf("organisation %q does not match politie", r)
		}
	}

	m.Show("beleidsplannen")
	plans := m.screens["beleidsplannen"].(*planedit.Screen).Rows()
	if len(plans) != 2 || plans[0][3].Text != "Concept" && plans[0][3].Text != "Ter bespreking" {
		t.Errorf("plans: %q", kit.RowsText(plans))
	}
}

func TestSearchNarrowsTheList(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, true)
	c := openContacts(t, newWindow(t, s))
	all, _ := s.SearchIDs(ctx, "contact", "")
	if c.view.list.Length() != len(all) || len(all) < 80 {
		t.Fatalf("list shows %d contacts, database has %d", c.view.list.Length(), len(all))
	}
	if want := "contactpersonen"; !strings.HasSuffix(c.count.Text, want) {
		t.Errorf("count %q", c.count.Text)
	}

	test.Type(c.search, "ozturk")
	want, _ := s.SearchIDs(ctx, "contact", "ozturk")
	if len(want) == 0 || len(want) >= len(all) {
		t.Fatalf("the demo has %d Öztürks among %d contacts", len(want), len(all))
	}
	if c.view.list.Length() != len(want) {
		t.Errorf("after typing ozturk the list shows %d contacts, want %d", c.view.list.Length(), len(want))
	}
	if r, ok := c.row(0); !ok || !strings.Contains(r.Get("name"), "Öztürk") {
		t.Errorf("first row is %q", r.Get("name"))
	}
	if len(want) == 1 && c.count.Text != "1 contactpersoon" {
		t.Errorf("count %q, want 1 contactpersoon", c.count.Text)
	}

	test.Type(c.search, "xyz")
	if c.view.list.Length() != 0 || c.count.Text != "Geen contactpersonen gevonden" {
		t.Errorf("ozturkxyz: %d rows, count %q", c.view.list.Length(), c.count.Text)
	}
	c.search.SetText("")
	if c.view.list.Length() != len(all) {
		t.Errorf("clearing the search shows %d contacts, want %d", c.view.list.Length(), len(all))
	}
}

func TestNewContactIsSaved(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, true)
	c := openContacts(t, newWindow(t, s))
	before := c.view.list.Length()

	test.Tap(c.newButton)
	if c.heading.Text != "Nieuwe contactpersoon" || c.name.Text != "" {
		t.Fatalf("after Nieuw: heading %q, name %q", c.heading.Text, c.name.Text)
	}
	if !c.SaveButton.Disabled() {
		t.Error("Opslaan is offered on an untouched form")
	}
	test.Type(c.name, "Anna de Wit")
	test.Type(c.email, "a.dewit@example.org")
	c.role.SetSelected("Ketenregisseur")
	hoorn := data.MunicipalityID("GM0405")
	if c.munis.checks[hoorn] == nil {
		t.Fatal("Hoorn, a demo cluster municipality, is not offered")
	}
	test.Tap(c.munis.checks[hoorn])
	zaanstad := data.MunicipalityID("GM0479")
	if c.munis.checks[zaanstad] != nil {
		t.Fatal("Zaanstad is offered before it was added")
	}
	c.munis.add.SetSelected("Zaanstad")
	if c.munis.checks[zaanstad] == nil || !c.munis.checks[zaanstad].Checked || c.munis.add.Selected != "" {
		t.Fatal("adding Zaanstad did not give it a ticked check box")
	}
	test.Type(c.reviewed, "3-2-2025")
	test.Tap(c.SaveButton)

	found, err := s.Search(ctx, "contact", "Anna de Wit", 0)
	if err != nil || len(found) != 1 {
		t.Fatalf("store has %d contacts named Anna de Wit (%v); message %q", len(found), err, c.Message.Text)
	}
	r := found[0]
	for field, want := range map[string]string{"email": "a.dewit@example.org", "role": "ketenregisseur",
		"municipality_ids": data.JoinIDs([]string{hoorn, zaanstad}), "last_reviewed": "2025-02-03", "organisation_id": ""} {
		if got := r.Get(field); got != want {
			t.Errorf("%s = %q, want %q", field, got, want)
		}
	}
	if c.view.list.Length() != before+1 {
		t.Errorf("list shows %d contacts, want %d", c.view.list.Length(), before+1)
	}
	if c.id != r.ID || c.heading.Text != "Anna de Wit" || c.reviewed.Text != "03-02-2025" {
		t.Errorf("form after saving: id %q heading %q date %q", c.id, c.heading.Text, c.reviewed.Text)
	}
	sel := -1
	for i, id := range c.view.ids {
		if id == r.ID {
			sel = i
		}
	}
	if row, ok := c.row(sel); sel < 0 || !ok || row.Get("name") != "Anna de Wit" {
		t.Errorf("the saved contact is not in the list (index %d)", sel)
	}
	if !strings.Contains(c.Message.Text, "opgeslagen") {
		t.Errorf("message %q", c.Message.Text)
	}
	if c.Edited() {
		t.Error("form still has unsaved changes after saving")
	}
}

func TestInvalidEmailShowsDutchMessage(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, true)
	c := openContacts(t, newWindow(t, s))
	before, _ := s.SearchIDs(ctx, "contact", "")

	test.Tap(c.newButton)
	test.Type(c.name, "Bert Ongeldig")
	test.Type(c.email, "bert@")
	test.Tap(c.SaveButton)

	if !c.Message.Visible() || !strings.Contains(c.Message.Text, "geen geldig e-mailadres") {
		t.Errorf("message %q (visible %v), want it to say geen geldig e-mailadres", c.Message.Text, c.Message.Visible())
	}
	if c.ErrEntry != c.email {
		t.Error("the e-mail field is not marked")
	}
	after, _ := s.SearchIDs(ctx, "contact", "")
	if len(after) != len(before) {
		t.Errorf("%d contacts after a refused save, want %d", len(after), len(before))
	}
	if c.name.Text != "Bert Ongeldig" || c.email.Text != "bert@" {
		t.Error("the form lost what the user typed")
	}

	// Correcting the address clears the mark, and then the save succeeds.
	test.Type(c.email, "example.org")
	if c.ErrEntry != nil {
		t.Error("the mark stays after editing the field")
	}
	test.Tap(c.SaveButton)
	if found, _ := s.Search(ctx, "contact", "Bert Ongeldig", 0); len(found) != 1 {
		t.Errorf("corrected contact not saved; message %q", c.Message.Text)
	}
}

func TestEditAndUnsavedChanges(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, true)
	m := newWindow(t, s)
	c := openContacts(t, m)

	c.view.list.Select(0)
	first := c.id
	if first == "" || c.name.Text == "" {
		t.Fatal("selecting the first row did not open it")
	}
	name := c.name.Text
	test.Type(c.phone, "x")
	c.view.list.Select(1)
	if !strings.Contains(kittest.DialogText(m.Window()), "niet opgeslagen") {
		t.Fatalf("no question about unsaved changes; dialog: %q", kittest.DialogText(m.Window()))
	}
	test.Tap(kittest.DialogButton(t, m.Window(), "Terug naar het formulier"))
	if c.id != first || !strings.HasPrefix(c.phone.Text, "x") {
		t.Errorf("after going back: contact %q phone %q", c.id, c.phone.Text)
	}
	if got := c.view.list.Length(); got == 0 || c.view.ids[0] != first {
		t.Fatal("list changed")
	}

	// An invalid phone number is refused with the field's Dutch label.
	test.Tap(c.SaveButton)
	if !strings.Contains(c.Message.Text, "geen geldig telefoonnummer") || c.ErrEntry != c.phone {
		t.Errorf("message %q", c.Message.Text)
	}
	if r, _ := s.Get(ctx, "contact", first); strings.Contains(r.Get("phone"), "x") {
		t.Error("invalid phone number was saved")
	}

	c.view.list.Select(1)
	test.Tap(kittest.DialogButton(t, m.Window(), "Weggooien"))
	if c.id != c.view.ids[1] || c.name.Text == name {
		t.Errorf("after discarding, the form shows %q", c.name.Text)
	}

	// A valid edit is saved and the contact stays selected.
	second := c.id
	c.notes.SetText("Bereikbaar op dinsdag.")
	test.Tap(c.SaveButton)
	if r, _ := s.Get(ctx, "contact", second); r.Get("notes") != "Bereikbaar op dinsdag." {
		t.Errorf("notes not saved: %q; message %q", r.Get("notes"), c.Message.Text)
	}
	if c.id != second || c.Edited() {
		t.Error("the saved contact is no longer in the form")
	}

	// The question offers to save: Opslaan saves, then goes on.
	c.notes.SetText("Bereikbaar op woensdag.")
	c.view.list.Select(0)
	test.Tap(kittest.DialogButton(t, m.Window(), "Opslaan"))
	if r, _ := s.Get(ctx, "contact", second); r.Get("notes") != "Bereikbaar op woensdag." {
		t.Errorf("Opslaan in the question did not save: %q", r.Get("notes"))
	}
	if c.id != first || c.Edited() {
		t.Errorf("after saving from the question the form shows %q, unsaved %v", c.id, c.Edited())
	}
	// A save that fails keeps the form and says why.
	c.phone.SetText("geen nummer")
	c.view.list.Select(1)
	test.Tap(kittest.DialogButton(t, m.Window(), "Opslaan"))
	if c.id != first || c.phone.Text != "geen nummer" || !strings.Contains(c.Message.Text, "geen geldig telefoonnummer") {
		t.Errorf("a failed save from the question: contact %q, phone %q, message %q", c.id, c.phone.Text, c.Message.Text)
	}
}

func TestDeleteAsksFirst(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, true)
	m := newWindow(t, s)
	c := openContacts(t, m)
	before := c.view.list.Length()

	test.Type(c.search, "ozturk")
	c.view.list.Select(0)
	id, name := c.id, c.name.Text
	if id == "" {
		t.Fatal("no contact selected")
	}
	test.Tap(c.deleteButton)
	if text := kittest.DialogText(m.Window()); !strings.Contains(text, name) {
		t.Fatalf("the question does not name %s: %q", name, text)
	}
	test.Tap(kittest.DialogButton(t, m.Window(), "Annuleren"))
	if _, err := s.Get(ctx, "contact", id); err != nil {
		t.Fatalf("Annuleren deleted the contact: %v", err)
	}

	test.Tap(c.deleteButton)
	test.Tap(kittest.DialogButton(t, m.Window(), "Verwijderen"))
	if _, err := s.Get(ctx, "contact", id); !data.IsNotFound(err) {
		t.Errorf("contact still there after confirming: %v", err)
	}
	c.search.SetText("")
	if c.view.list.Length() != before-1 {
		t.Errorf("list shows %d contacts, want %d", c.view.list.Length(), before-1)
	}
	if c.id != "" || !m.undo.content.Visible() || !strings.Contains(m.undo.label.Text, name+" is verwijderd") {
		t.Errorf("after deleting: form id %q, undo bar %v %q", c.id, m.undo.content.Visible(), m.undo.label.Text)
	}

	// Ongedaan maken brings the contact back, and shows it.
	test.Tap(m.undo.button)
	if _, err := s.Get(ctx, "contact", id); err != nil {
		t.Fatalf("undo did not bring the contact back: %v", err)
	}
	if c.view.list.Length() != before || c.id != id || c.name.Text != name {
		t.Errorf("after undo: %d listed (want %d), form shows %q %q", c.view.list.Length(), before, c.id, c.name.Text)
	}
	if m.undo.content.Visible() {
		t.Error("the undo bar is still shown after undoing")
	}
}

func TestKeyboardShortcuts(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, false)
	m := newWindow(t, s)
	c := openContacts(t, m)
	shortcut := func(key fyne.KeyName) fyne.Shortcut {
		return &desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierShortcutDefault}
	}
	c.search.TypedShortcut(shortcut(fyne.KeyN))
	if m.Window().Canvas().Focused() != c.name {
		t.Error("Ctrl+N did not put the cursor in Naam")
	}
	test.Type(c.name, "Carla Sneltoets")
	c.name.TypedShortcut(shortcut(fyne.KeyS))
	if found, _ := s.Search(ctx, "contact", "Sneltoets", 0); len(found) != 1 {
		t.Errorf("Ctrl+S did not save; message %q", c.Message.Text)
	}
	c.name.TypedShortcut(shortcut(fyne.KeyF))
	if m.Window().Canvas().Focused() != c.search {
		t.Error("Ctrl+F did not focus the search field")
	}
}

func TestDemoOfferedOnEmptyDatabase(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, false)
	m := newWindow(t, s)
	c := openContacts(t, m)
	if c.view.list.Length() != 0 {
		t.Fatalf("empty database shows %d contacts", c.view.list.Length())
	}
	loaded := make(chan struct{})
	m.onDemoLoaded = func() { close(loaded) }
	m.offerDemo()
	if text := kittest.DialogText(m.Window()); !strings.Contains(text, "Deze database is nog leeg") {
		t.Fatalf("no demo offer: %q", text)
	}
	test.Tap(kittest.DialogButton(t, m.Window(), "Demoregio laden"))
	select {
	case <-loaded:
	case <-time.After(30 * time.Second):
		t.Fatal("demo did not finish loading")
	}
	if used, _ := s.HasUserData(ctx); !used {
		t.Error("database still empty")
	}
	if c.view.list.Length() < 80 {
		t.Errorf("contacts screen shows %d contacts after loading the demo", c.view.list.Length())
	}

	// A database with data is not offered the demo again.
	m2 := newWindow(t, s)
	m2.offerDemo()
	if m2.demoDialog != nil {
		t.Error("demo offered on a database with data")
	}
}

func TestRunShowsWhyTheDatabaseCannotOpen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "nieuwer.db")
	s, err := data.Open(ctx, path, data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	db, err := sql.Open("sqlite", path) // as a newer Ketenregie would leave it
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.ExecContext(ctx, "PRAGMA user_version = 999"); err != nil {
		t.Fatal(err)
	}
	db.Close()

	a := test.NewTempApp(t)
	err = Run(a, path, "test") // the test app's event loop returns at once
	if e, ok := data.AsError(err); !ok || e.Code != data.CodeNewerSchema {
		t.Fatalf("Run returned %v, want the newer-schema error", err)
	}
	w := ketenregieWindow(a)
	if w == nil {
		t.Fatal("no window shows the message")
	}
	if text := kittest.DialogText(w); !strings.Contains(text, "nieuwere versie van Ketenregie") {
		t.Errorf("the window says %q", text)
	}
	test.Tap(kittest.DialogButton(t, w, "OK"))
	if ketenregieWindow(a) != nil {
		t.Error("the window is still open after OK")
	}
}

// ketenregieWindow is the app's open window titled Ketenregie, or nil.
func ketenregieWindow(a fyne.App) fyne.Window {
	for _, w := range a.Driver().AllWindows() {
		if w.Title() == "Ketenregie" {
			return w
		}
	}
	return nil
}

func TestCloseAsksAboutUnsavedChanges(t *testing.T) {
	s := newStore(t, true)
	a := test.NewTempApp(t)
	m := NewMainWindow(a, s)
	c := openContacts(t, m)
	c.view.list.Select(0)
	test.Type(c.notes, "Nog niet opgeslagen. ")
	m.Show("gemeenten")

	m.closeRequested()
	if ketenregieWindow(a) == nil {
		t.Fatal("the window closed with unsaved changes")
	}
	if m.current != "contacten" || !strings.Contains(kittest.DialogText(m.Window()), "niet opgeslagen") {
		t.Fatalf("no question on the contacts screen; screen %s, dialog %q", m.current, kittest.DialogText(m.Window()))
	}
	test.Tap(kittest.DialogButton(t, m.Window(), "Weggooien"))
	if ketenregieWindow(a) != nil {
		t.Error("the window stays open after discarding")
	}
}

// TestClosingAsksAboutUnsavedPlanDetails: closing the window with changed
// details of the open plan asks first, as leaving the plan does; Opslaan
// saves them and the window closes.
func TestClosingAsksAboutUnsavedPlanDetails(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, true)
	a := test.NewTempApp(t)
	m := NewMainWindow(a, s)
	p, plan := openDemoPlan(t, m, "West-Friesland")
	p.ShowTab(planedit.DetailsTab)
	var author *kit.TextEntry
	for _, o := range test.LaidOutObjects(p.Content()) {
		if e, ok := o.(*kit.TextEntry); ok && e.Visible() && plan.Get("author") != "" && e.Text == plan.Get("author") {
			author = e
		}
	}
	if author == nil {
		t.Fatalf("Gegevens shows no field with the author %q", plan.Get("author"))
	}
	author.SetText("Thijs Dekker")

	m.closeRequested()
	if ketenregieWindow(a) == nil || !strings.Contains(kittest.DialogText(m.Window()), "gewijzigd maar niet opgeslagen") {
		t.Fatalf("the window closes without asking; dialog %q", kittest.DialogText(m.Window()))
	}
	test.Tap(kittest.DialogButton(t, m.Window(), "Opslaan"))
	if r, _ := s.Get(ctx, "plan", plan.ID); r.Get("author") != "Thijs Dekker" {
		t.Errorf("Opslaan did not save: author %q", r.Get("author"))
	}
	if ketenregieWindow(a) != nil {
		t.Error("the window stays open after saving")
	}
}

func TestRoleAndMunicipalityFilters(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, true)
	m := newWindow(t, s)
	c := openContacts(t, m)
	all := c.view.list.Length()
	c.roleFilter.SetSelected(data.ChoiceLabel(data.ContactRoles, "aandachtsfunctionaris"))
	afs := c.view.list.Length()
	if afs == 0 || afs >= all {
		t.Fatalf("role filter: %d of %d contacts", afs, all)
	}
	for _, id := range c.view.ids {
		if r, _ := s.Get(ctx, "contact", id); r.Get("role") != "aandachtsfunctionaris" {
			t.Errorf("%s (%s) passes the role filter", r.Get("name"), r.Get("role"))
		}
	}
	c.muniFilter.SetSelected("Hoorn")
	if n := c.view.list.Length(); n == 0 || n >= afs {
		t.Errorf("role and municipality: %d contacts, role alone %d", n, afs)
	}
	for _, id := range c.view.ids {
		r, _ := s.Get(ctx, "contact", id)
		if !strings.Contains(","+r.Get("municipality_ids")+",", ","+data.MunicipalityID("GM0405")+",") {
			t.Errorf("%s does not cover Hoorn", r.Get("name"))
		}
	}
	test.Type(c.search, "zzzz")
	if c.view.list.Length() != 0 || c.count.Text != "Geen contactpersonen gevonden" {
		t.Errorf("no match: %d listed, count %q", c.view.list.Length(), c.count.Text)
	}
	c.search.SetText("")
	c.roleFilter.SetSelected("Alle rollen")
	c.muniFilter.SetSelected("Alle gemeenten")
	if c.view.list.Length() != all {
		t.Errorf("filters off: %d, want %d", c.view.list.Length(), all)
	}
}

func TestEscapeGivesUpEditsAfterAsking(t *testing.T) {
	s := newStore(t, true)
	m := newWindow(t, s)
	c := openContacts(t, m)
	c.view.list.Select(0)
	name := c.name.Text
	test.Type(c.name, "Mevr. ")
	edited := c.name.Text
	c.name.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	test.Tap(kittest.DialogButton(t, m.Window(), "Terug naar het formulier"))
	if c.name.Text != edited || edited == name {
		t.Fatalf("choosing to go back changed the form: %q", c.name.Text)
	}
	c.name.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	test.Tap(kittest.DialogButton(t, m.Window(), "Weggooien"))
	if c.name.Text != name || c.Edited() {
		t.Errorf("after Esc and Weggooien the form shows %q (dirty %v), want %q", c.name.Text, c.Edited(), name)
	}
}

func TestOpenRecordShowsItsScreen(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, true)
	m := newWindow(t, s)
	contacts, _ := s.List(ctx, "contact")
	want := contacts[len(contacts)-1]
	m.Show("instellingen")
	m.OpenRecord("contact", want.ID)
	if m.current != "contacten" || m.contacts.id != want.ID || m.contacts.name.Text != want.Get("name") {
		t.Errorf("OpenRecord(contact) shows screen %q with %q", m.current, m.contacts.name.Text)
	}
}

func TestForgetAPerson(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, true)
	m := newWindow(t, s)
	c := openContacts(t, m)
	test.Type(c.search, "ozturk")
	c.view.list.Select(0)
	id, name := c.id, c.name.Text
	test.Tap(c.eraseButton)
	if !strings.Contains(kittest.DialogText(m.Window()), "niet ongedaan") {
		t.Errorf("the question does not warn that this is final: %q", kittest.DialogText(m.Window()))
	}
	test.Tap(kittest.DialogButton(t, m.Window(), "Vergeten"))
	if _, err := s.Get(ctx, "contact", id); !data.IsNotFound(err) {
		t.Fatalf("still there: %v", err)
	}
	n := 0
	changes, _ := s.ChangesSince(ctx, nil)
	for _, ch := range changes {
		if strings.Contains(ch.Value, name) {
			n++
		}
	}
	if n != 0 {
		t.Errorf("the name is still in the change log %d times", n)
	}
	if !strings.Contains(c.Message.Text, "gewist") || m.undo.content.Visible() {
		t.Errorf("after forgetting: message %q, undo offered %v", c.Message.Text, m.undo.content.Visible())
	}
}

func TestNotesThatLookLikeCaseDataWarn(t *testing.T) {
	s := newStore(t, true)
	m := newWindow(t, s)
	c := openContacts(t, m)
	c.view.list.Select(0)
	if c.notesWarn.Visible() {
		t.Fatalf("a warning for ordinary notes: %q", c.notesWarn.Text)
	}
	c.notes.SetText("Cliënt met BSN 111222333 doorverwezen")
	if !c.notesWarn.Visible() || !strings.Contains(c.notesWarn.Text, "BSN") {
		t.Errorf("no warning for a BSN in the notes: %q", c.notesWarn.Text)
	}
	c.notes.SetText("Bereikbaar op dinsdag")
	if c.notesWarn.Visible() {
		t.Error("the warning stays after the BSN is gone")
	}
	if c.personButton.Disabled() {
		t.Error("Gegevens van deze persoon is not offered for a saved contact")
	}
}

// TestEveryScreenFitsAt1280 checks that no screen asks for more room than a
// 1280x800 window has beside the navigation: a screen that did would widen
// the window and cut off every other screen.
func TestEveryScreenFitsAt1280(t *testing.T) {
	s := newStore(t, true)
	m := newWindow(t, s)
	nav := m.nav.MinSize().Width + 2*theme.Padding() + 10
	for _, it := range m.items {
		m.Show(it.id)
		if w := m.screens[it.id].Content().MinSize().Width; w+nav > 1280 {
			t.Errorf("%s needs %.0f px beside a %.0f px navigation; a 1280 wide window has %.0f", it.id, w, nav, 1280-nav)
		}
	}
	plans, _ := s.List(context.Background(), "plan")
	m.OpenRecord("plan", plans[0].ID)
	if w := m.screens["beleidsplannen"].Content().MinSize().Width; w+nav > 1280 {
		t.Errorf("the plan editor needs %.0f px", w)
	}
}
