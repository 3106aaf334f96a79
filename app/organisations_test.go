package app

import (
	"context"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"ketenregie/app/kit/kittest"
	"ketenregie/data"
)

// openOrganisations shows the Organisaties screen and returns it.
func openOrganisations(t *testing.T, m *MainWindow) *organisationsScreen {
	t.Helper()
	m.Show("organisaties")
	o, ok := m.screens["organisaties"].(*organisationsScreen)
	if !ok {
		t.Fatal("no organisations screen")
	}
	return o
}

// organisationNamed is the demo organisation with this name.
func organisationNamed(t *testing.T, s *data.Store, name string) data.Record {
	t.Helper()
	all, err := s.List(context.Background(), "organisation")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range all {
		if r.Get("name") == name {
			return r
		}
	}
	t.Fatalf("no organisation %q", name)
	return data.Record{}
}

func TestOrganisationListAndTypeFilter(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, true)
	o := openOrganisations(t, newWindow(t, s))
	all, _ := s.List(ctx, "organisation")
	if len(all) != 46 || len(o.view.rows) != 46 || o.count.Text != "46 organisaties" {
		t.Fatalf("list shows %d of %d, count %q", len(o.view.rows), len(all), o.count.Text)
	}
	o.fType.SetSelected("Gemeente")
	var munis []string
	for _, r := range all {
		if r.Get("type") == "gemeente" {
			munis = append(munis, r.Get("name"))
		}
	}
	if got := titles(o.view); !slices.Equal(got, munis) || len(got) == 0 {
		t.Errorf("type Gemeente shows %q, want %q", got, munis)
	}
	test.Type(o.search, "hoorn")
	if got := titles(o.view); !slices.Equal(got, []string{"Gemeente Hoorn"}) || o.count.Text != "1 organisatie" {
		t.Errorf("Gemeente + hoorn shows %q, count %q", got, o.count.Text)
	}
	o.search.SetText("")
	o.fType.SetSelected("Alle soorten")
	if len(o.view.rows) != 46 {
		t.Errorf("after clearing the filters: %d rows", len(o.view.rows))
	}
}

func TestCreateAndEditOrganisation(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, true)
	o := openOrganisations(t, newWindow(t, s))

	o.Shortcut(fyne.KeyN)
	if o.form.heading.Text != "Nieuwe organisatie" || !o.form.SaveButton.Disabled() || !o.form.deleteButton.Disabled() {
		t.Fatalf("new form: heading %q", o.form.heading.Text)
	}
	if o.related.content.Visible() {
		t.Error("a new organisation shows contacts and agreements")
	}
	test.Type(o.name, "Stichting Ketenpartner Hoorn")
	test.Tap(o.form.SaveButton)
	if !strings.Contains(o.form.Message.Text, "Soort") {
		t.Errorf("saving without a type: message %q", o.form.Message.Text)
	}
	o.typ.SetSelected("Opvang en hulpverlening")
	o.municipality.SetSelected("Hoorn")
	test.Type(o.phone, "0229 123456")
	test.Type(o.website, "www.ketenpartner.example.org")
	test.Tap(o.form.SaveButton)
	found, _ := s.Search(ctx, "organisation", "Stichting Ketenpartner Hoorn", 0)
	if len(found) != 1 {
		t.Fatalf("%d stored; message %q", len(found), o.form.Message.Text)
	}
	r := found[0]
	for field, want := range map[string]string{"type": "opvang", "municipality_id": data.MunicipalityID("GM0405"),
		"phone": "0229 123456", "website": "https://www.ketenpartner.example.org"} {
		if got := r.Get(field); got != want {
			t.Errorf("%s = %q, want %q", field, got, want)
		}
	}
	if o.form.id != r.ID || o.view.index(r.ID) < 0 || o.website.Text != "https://www.ketenpartner.example.org" || o.form.Edited() {
		t.Errorf("after saving: form %q, in list %d, website %q", o.form.id, o.view.index(r.ID), o.website.Text)
	}
	if !o.related.content.Visible() || len(o.related.contactIDs) != 0 || !strings.Contains(o.related.contactsHead.Text, "(0)") {
		t.Error("the saved organisation does not show its (empty) contacts")
	}

	// Edit: only the changed field is written.
	o.notes.SetText("Aanspreekpunt via het algemene nummer.")
	o.Shortcut(fyne.KeyS)
	if r, _ := s.Get(ctx, "organisation", r.ID); r.Get("notes") != "Aanspreekpunt via het algemene nummer." {
		t.Errorf("notes %q; message %q", r.Get("notes"), o.form.Message.Text)
	}
}

func TestOrganisationInvalidEmailRefused(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, true)
	o := openOrganisations(t, newWindow(t, s))
	org := organisationNamed(t, s, "CoMensha")
	o.view.list.Select(o.view.index(org.ID))
	if o.form.id != org.ID {
		t.Fatal("selecting CoMensha did not open it")
	}
	o.email.SetText("info@comensha")
	test.Tap(o.form.SaveButton)
	if !strings.Contains(o.form.Message.Text, "geen geldig e-mailadres") || o.form.ErrEntry != o.email {
		t.Errorf("message %q, marked %v", o.form.Message.Text, o.form.ErrEntry == o.email)
	}
	if r, _ := s.Get(ctx, "organisation", org.ID); r.Get("email") != org.Get("email") {
		t.Errorf("invalid e-mail stored: %q", r.Get("email"))
	}
	o.email.SetText("info@comensha.example.org")
	if o.form.ErrEntry != nil {
		t.Error("the mark stays after editing")
	}
	test.Tap(o.form.SaveButton)
	if r, _ := s.Get(ctx, "organisation", org.ID); r.Get("email") != "info@comensha.example.org" {
		t.Errorf("corrected e-mail not stored; message %q", o.form.Message.Text)
	}
}

func TestOrganisationShowsContactsAndAgreements(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, true)
	m := newWindow(t, s)
	o := openOrganisations(t, m)
	org := organisationNamed(t, s, "Politie eenheid Noord-Holland")
	o.OpenRecord("organisation", org.ID)

	contacts, _ := s.ListWhere(ctx, "contact", "organisation_id", org.ID)
	want := make([]string, len(contacts))
	for i, c := range contacts {
		want[i] = c.ID
	}
	if len(want) == 0 || !slices.Equal(o.related.contactIDs, want) {
		t.Errorf("contacts shown %d, want %d", len(o.related.contactIDs), len(want))
	}
	all, _ := s.List(ctx, "agreement")
	var agreements []string
	for _, a := range all {
		parties, _ := s.ListWhere(ctx, "party", "agreement_id", a.ID)
		party := slices.ContainsFunc(parties, func(p data.Record) bool { return p.Get("organisation_id") == org.ID })
		if party || a.Get("owner_id") == org.ID {
			agreements = append(agreements, a.ID)
		}
	}
	if len(agreements) == 0 || !slices.Equal(o.related.agreementIDs, agreements) {
		t.Errorf("agreements shown %d, want %d", len(o.related.agreementIDs), len(agreements))
	}

	// A contact opens on the Contacten screen.
	tapLink(findLink(t, o.related.contacts, contacts[0].Get("name")))
	if m.current != "contacten" || m.contacts.id != contacts[0].ID {
		t.Fatalf("the contact's link shows %q", m.current)
	}
	// An agreement opens on the Ketenafspraken screen.
	m.Show("organisaties")
	first, _ := s.Get(ctx, "agreement", agreements[0])
	tapLink(findLink(t, o.related.agreements, first.Get("title")))
	if m.current != "ketenafspraken" || m.screens["ketenafspraken"].(*agreementsScreen).form.id != first.ID {
		t.Fatalf("the agreement's link shows %q", m.current)
	}

	// A new contact at this organisation, through the small dialog.
	m.Show("organisaties")
	test.Tap(o.related.newContact)
	c := o.related.dialog
	test.Type(c.name, "Sanne Bakker")
	test.Type(c.email, "s.bakker@")
	test.Tap(c.save)
	if !c.message.Visible() || !strings.Contains(c.message.Text, "geen geldig e-mailadres") {
		t.Errorf("invalid e-mail in the dialog: %q", c.message.Text)
	}
	test.Type(c.email, "politie.example.nl")
	c.role.SetSelected("Politie")
	test.Tap(c.save)
	found, _ := s.Search(ctx, "contact", "Sanne Bakker", 0)
	if len(found) != 1 || found[0].Get("organisation_id") != org.ID || found[0].Get("role") != "politie" {
		t.Fatalf("new contact: %v", found)
	}
	if !slices.Contains(o.related.contactIDs, found[0].ID) {
		t.Error("the new contact is not listed under the organisation")
	}
}

func TestDeleteOrganisationRefusedWhileInUse(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, true)
	m := newWindow(t, s)
	o := openOrganisations(t, m)
	org := organisationNamed(t, s, "Politie eenheid Noord-Holland")
	o.OpenRecord("organisation", org.ID)
	test.Tap(o.form.deleteButton)
	text := kittest.DialogText(m.Window())
	if !strings.Contains(text, "nog gebruikt") || !strings.Contains(text, "contactpersonen") || !strings.Contains(text, "Koppel de contactpersonen") {
		t.Errorf("refusal says %q", text)
	}
	if !strings.Contains(o.form.Message.Text, "nog gebruikt") {
		t.Errorf("form message %q", o.form.Message.Text)
	}
	if _, err := s.Get(ctx, "organisation", org.ID); err != nil {
		t.Fatal("the organisation in use was deleted")
	}
	test.Tap(kittest.DialogButton(t, m.Window(), "OK"))

	// One that nothing points at: asked, deleted, and undone.
	o.Shortcut(fyne.KeyN)
	test.Type(o.name, "Tijdelijke werkgroep")
	o.typ.SetSelected("Overig")
	o.Shortcut(fyne.KeyS)
	id := o.form.id
	if id == "" {
		t.Fatalf("not saved: %q", o.form.Message.Text)
	}
	test.Tap(o.form.deleteButton)
	if !strings.Contains(kittest.DialogText(m.Window()), "Tijdelijke werkgroep") {
		t.Fatalf("question %q", kittest.DialogText(m.Window()))
	}
	test.Tap(kittest.DialogButton(t, m.Window(), "Verwijderen"))
	if _, err := s.Get(ctx, "organisation", id); !data.IsNotFound(err) {
		t.Fatalf("not deleted: %v", err)
	}
	if o.view.index(id) >= 0 || o.form.id != "" {
		t.Error("the deleted organisation is still shown")
	}
	test.Tap(m.undo.button)
	if _, err := s.Get(ctx, "organisation", id); err != nil || o.form.id != id || o.view.index(id) < 0 {
		t.Errorf("undo: %v, form %q", err, o.form.id)
	}
}

func TestOrganisationUnsavedGuard(t *testing.T) {
	s := newStore(t, true)
	m := newWindow(t, s)
	o := openOrganisations(t, m)
	o.view.list.Select(0)
	first, name := o.form.id, o.name.Text
	test.Type(o.name, "X ")
	if !o.Dirty() || o.form.SaveButton.Disabled() {
		t.Fatal("an edit does not count as unsaved")
	}
	o.view.list.Select(1)
	if !strings.Contains(kittest.DialogText(m.Window()), "niet opgeslagen") {
		t.Fatalf("no question: %q", kittest.DialogText(m.Window()))
	}
	test.Tap(kittest.DialogButton(t, m.Window(), "Terug naar het formulier"))
	if o.form.id != first || o.name.Text != "X "+name || o.view.selected != first {
		t.Errorf("going back: %q %q", o.form.id, o.name.Text)
	}

	// The window asks too before it closes, and Escape gives the edit up.
	discarded := false
	o.WhenDiscarded(func() { discarded = true }, nil)
	test.Tap(kittest.DialogButton(t, m.Window(), "Terug naar het formulier"))
	if discarded {
		t.Error("WhenDiscarded ran without the user agreeing")
	}
	o.Shortcut(fyne.KeyEscape)
	test.Tap(kittest.DialogButton(t, m.Window(), "Weggooien"))
	if o.Dirty() || o.name.Text != name || o.form.id != first {
		t.Errorf("Escape: %q dirty %v", o.name.Text, o.Dirty())
	}
	o.view.list.Select(1)
	if o.form.id == first {
		t.Error("selecting another organisation after Escape asked again or did nothing")
	}
}
