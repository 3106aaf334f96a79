package app

import (
	"context"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ketenregie/app/kit/kittest"
	"ketenregie/data"
)

// openAgreements shows the Ketenafspraken screen and returns it.
func openAgreements(t *testing.T, m *MainWindow) *agreementsScreen {
	t.Helper()
	m.Show("ketenafspraken")
	a, ok := m.screens["ketenafspraken"].(*agreementsScreen)
	if !ok {
		t.Fatal("no agreements screen")
	}
	return a
}

// agreementNamed is the demo agreement with this title.
func agreementNamed(t *testing.T, s *data.Store, title string) data.Record {
	t.Helper()
	all, err := s.List(context.Background(), "agreement")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range all {
		if r.Get("title") == title {
			return r
		}
	}
	t.Fatalf("no agreement %q", title)
	return data.Record{}
}

// findLink is the hyperlink with this text inside o.
func findLink(t *testing.T, o fyne.CanvasObject, text string) *widget.Hyperlink {
	t.Helper()
	var texts []string
	for _, obj := range test.LaidOutObjects(o) {
		if h, ok := obj.(*widget.Hyperlink); ok && h.Visible() {
			if h.Text == text {
				return h
			}
			texts = append(texts, h.Text)
		}
	}
	t.Fatalf("no link %q; links: %q", text, texts)
	return nil
}

// tapLink clicks on the text of a link, as a user does.
func tapLink(h *widget.Hyperlink) {
	test.TapAt(h, fyne.NewPos(theme.InnerPadding()+2, h.Size().Height/2))
}

// titles are the first cells of the list's rows.
func titles(l *recordList) []string {
	out := make([]string, len(l.rows))
	for i, r := range l.rows {
		out[i] = r[0].Text
	}
	return out
}

func TestAgreementFilters(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, true)
	a := openAgreements(t, newWindow(t, s))
	all, _ := s.List(ctx, "agreement")
	if len(all) != 15 || len(a.view.rows) != 15 {
		t.Fatalf("list shows %d of %d agreements, want the demo's 15", len(a.view.rows), len(all))
	}
	if !strings.HasPrefix(a.count.Text, "15 ketenafspraken") {
		t.Errorf("count %q", a.count.Text)
	}
	byTitle := map[string]data.Record{}
	for _, r := range all {
		byTitle[r.Get("title")] = r
	}

	// Status: only the active ones, and the count says of how many.
	a.fStatus.SetSelected("Actief")
	var active []string
	for _, r := range all {
		if r.Get("status") == "actief" {
			active = append(active, r.Get("title"))
		}
	}
	if got := titles(a.view); !slices.Equal(got, active) {
		t.Errorf("status Actief shows %q, want %q", got, active)
	}
	for _, row := range a.view.rows {
		if row[1].Text != "Actief" {
			t.Errorf("row %q has status %q", row[0].Text, row[1].Text)
		}
	}
	if want := "van de 15 ketenafspraken"; !strings.Contains(a.count.Text, want) {
		t.Errorf("count %q does not say %q", a.count.Text, want)
	}

	// Status and type together: the active internal reporting routes.
	a.fType.SetSelected("Interne meldroute")
	want := []string{"Interne meldroute mensenhandel gemeente Hoorn",
		"Interne meldroute mensenhandel SED-gemeenten (Stede Broec, Enkhuizen, Drechterland)"}
	if got := titles(a.view); !slices.Equal(got, want) {
		t.Errorf("Actief + Interne meldroute shows %q, want %q", got, want)
	}
	if f := a.filter(); f.Status != "actief" || f.Type != "meldroute" || f.MunicipalityID != "" || f.DueWithinDays != 0 {
		t.Errorf("filter() = %+v", f)
	}
	a.fStatus.SetSelected("Alle statussen")
	if len(a.view.rows) != 3 {
		t.Errorf("all internal reporting routes: %q", titles(a.view))
	}
	a.fType.SetSelected("Alle soorten")

	// Municipality: the clusters' municipalities come first in the select.
	if opts := a.fMunicipal.Options; len(opts) < 12 || opts[1] != "Bloemendaal" || !slices.Contains(opts[12:], "Zaanstad") || slices.Index(opts, "Hoorn") > 11 {
		t.Errorf("municipality options start %q", opts[:min(14, len(opts))])
	}
	a.fMunicipal.SetSelected("Hoorn")
	hoorn := data.MunicipalityID("GM0405")
	var inHoorn []string
	for _, r := range all {
		if slices.Contains(r.List("municipality_ids"), hoorn) {
			inHoorn = append(inHoorn, r.Get("title"))
		}
	}
	if got := titles(a.view); !slices.Equal(got, inHoorn) || len(got) == 0 || len(got) == 15 {
		t.Errorf("Hoorn shows %q, want %q", got, inHoorn)
	}
	if a.filter().MunicipalityID != hoorn {
		t.Errorf("filter() municipality %q, want Hoorn's id", a.filter().MunicipalityID)
	}
	a.fMunicipal.SetSelected("Alle gemeenten")

	// Due within 30 days: overdue or soon, never ended ones.
	a.fDue.SetSelected("Evaluatie binnen 30 dagen")
	if a.filter().DueWithinDays != 30 {
		t.Fatalf("filter() due %d, want 30", a.filter().DueWithinDays)
	}
	limit := s.Now().AddDate(0, 0, 30).Format("2006-01-02")
	got := titles(a.view)
	for _, title := range got {
		r := byTitle[title]
		e, end := r.Get("evaluation_date"), r.Get("end_date")
		if data.AgreementEnded(r.Get("status")) || !(e != "" && e <= limit || end != "" && end <= limit) {
			t.Errorf("%q (evaluation %s, end %s, %s) is not due within 30 days", title, e, end, r.Get("status"))
		}
	}
	for _, must := range []string{"Interne meldroute mensenhandel gemeente Hoorn", "Aansluitafspraken Veilig Thuis Noord-Holland Noord en ketenaanpak mensenhandel"} {
		if !slices.Contains(got, must) {
			t.Errorf("due within 30 days lacks %q: %q", must, got)
		}
	}
	if slices.Contains(got, "Samenwerkingsafspraak Bibob West-Friesland en RIEC Noord-Holland") {
		t.Error("an evaluation 52 days away is listed as due within 30 days")
	}
	a.fDue.SetSelected("Evaluatie binnen 60 dagen")
	if !slices.Contains(titles(a.view), "Samenwerkingsafspraak Bibob West-Friesland en RIEC Noord-Holland") {
		t.Error("an evaluation 52 days away is not listed as due within 60 days")
	}
	for _, row := range a.view.rows {
		if strings.Contains(row[2].Text, "te laat") && row[2].Importance != widget.DangerImportance {
			t.Errorf("overdue evaluation of %q is not marked red", row[0].Text)
		}
	}
	a.fDue.SetSelected("Alle evaluatiedata")

	// Search in title and kenmerk.
	test.Type(a.search, "riec-nh")
	var withRef []string
	for _, r := range all {
		if strings.Contains(strings.ToLower(r.Get("title")+" "+r.Get("reference")+" "+r.Get("notes")), "riec-nh") {
			withRef = append(withRef, r.Get("title"))
		}
	}
	if got := titles(a.view); !slices.Equal(got, withRef) || len(got) == 0 || len(got) > 5 {
		t.Errorf("searching riec-nh shows %q, want %q", got, withRef)
	}
	a.search.SetText("geen afspraak heet zo")
	if len(a.view.rows) != 0 || a.count.Text != "Geen ketenafspraken gevonden" {
		t.Errorf("no match: %d rows, count %q", len(a.view.rows), a.count.Text)
	}
	a.search.SetText("")
	if len(a.view.rows) != 15 || (a.filter() != data.AgreementFilter{}) {
		t.Errorf("after clearing: %d rows, filter %+v", len(a.view.rows), a.filter())
	}
}

// addParty adds organisation org (found by searching for query) as a party
// through the dialog.
func addParty(t *testing.T, a *agreementsScreen, query, org, signatory string) {
	t.Helper()
	test.Tap(a.parties.add)
	k := a.parties.picker
	if k == nil {
		t.Fatal("Partij toevoegen opened no dialog")
	}
	test.Type(k.search, query)
	for i, r := range k.found {
		if r.Get("name") == org {
			k.list.Select(i)
		}
	}
	if k.ok.Disabled() {
		t.Fatalf("no organisation %q among %d found for %q", org, len(k.found), query)
	}
	test.Type(k.signatory, signatory)
	test.Tap(k.ok)
}

func TestNewAgreementWithPartiesAndMunicipalities(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, true)
	a := openAgreements(t, newWindow(t, s))

	test.Tap(a.form.newButton)
	if a.form.heading.Text != "Nieuwe ketenafspraak" || a.status.Selected != "Concept" || !a.form.SaveButton.Disabled() {
		t.Fatalf("new form: heading %q, status %q, save enabled %v", a.form.heading.Text, a.status.Selected, !a.form.SaveButton.Disabled())
	}
	test.Type(a.title, "Convenant mensenhandel Hoorn-Zaanstad")
	a.typ.SetSelected("Regionale samenwerkingsafspraak")
	a.level.SetSelected("Regionaal")
	a.owner.SetSelected("RIEC Noord-Holland")
	test.Type(a.signed, "1-9-2026")
	test.Type(a.evaluation, "01-03-2027")
	test.Tap(a.personal)
	test.Type(a.legalBasis, "WGS")
	hoorn, zaanstad := data.MunicipalityID("GM0405"), data.MunicipalityID("GM0479")
	if a.munis.checks[hoorn] == nil || a.munis.checks[zaanstad] != nil {
		t.Fatal("Hoorn should be offered as a cluster municipality, Zaanstad only when added")
	}
	test.Tap(a.munis.checks[hoorn])
	a.munis.add.SetSelected("Zaanstad")
	if ch := a.munis.checks[zaanstad]; ch == nil || !ch.Checked {
		t.Fatal("adding Zaanstad did not give it a ticked check box")
	}
	addParty(t, a, "politie", "Politie eenheid Noord-Holland", "politiechef")
	addParty(t, a, "hoorn", "Gemeente Hoorn", "burgemeester")
	if len(a.parties.rows) != 2 {
		t.Fatalf("%d parties in the form, want 2", len(a.parties.rows))
	}
	// An organisation that is already a party is not offered again.
	test.Tap(a.parties.add)
	test.Type(a.parties.picker.search, "gemeente hoorn")
	if len(a.parties.picker.found) != 0 {
		t.Errorf("Gemeente Hoorn is offered twice: %d found", len(a.parties.picker.found))
	}
	test.Tap(kittest.DialogButton(t, a.win, "Annuleren"))

	test.Tap(a.form.SaveButton)
	if !strings.Contains(a.form.Message.Text, "opgeslagen") {
		t.Fatalf("message %q", a.form.Message.Text)
	}
	found, _ := s.Agreements(ctx, data.AgreementFilter{Query: "Hoorn-Zaanstad"})
	if len(found) != 1 {
		t.Fatalf("store has %d such agreements", len(found))
	}
	r := found[0]
	riec := ""
	orgs, _ := s.List(ctx, "organisation")
	orgID := map[string]string{}
	for _, o := range orgs {
		orgID[o.Get("name")] = o.ID
	}
	riec = orgID["RIEC Noord-Holland"]
	for field, want := range map[string]string{"type": "samenwerking", "status": "concept", "level": "regionaal",
		"owner_id": riec, "signed_date": "2026-09-01", "evaluation_date": "2027-03-01", "personal_data": "true",
		"legal_basis": "WGS", "municipality_ids": data.JoinIDs([]string{hoorn, zaanstad}), "replaces_id": ""} {
		if got := r.Get(field); got != want {
			t.Errorf("%s = %q, want %q", field, got, want)
		}
	}
	parties, _ := s.ListWhere(ctx, "party", "agreement_id", r.ID)
	sig := map[string]string{}
	for _, p := range parties {
		sig[p.Get("organisation_id")] = p.Get("signatory")
	}
	if len(parties) != 2 || sig[orgID["Politie eenheid Noord-Holland"]] != "politiechef" || sig[orgID["Gemeente Hoorn"]] != "burgemeester" {
		t.Errorf("parties stored: %v", sig)
	}
	if a.form.id != r.ID || a.form.Edited() || a.view.index(r.ID) < 0 || a.form.heading.Text != "Convenant mensenhandel Hoorn-Zaanstad" {
		t.Errorf("after saving: form %q dirty %v, in list %v", a.form.id, a.form.Edited(), a.view.index(r.ID))
	}
	if a.evaluation.Text != "01-03-2027" || a.parties.rows[0].id == "" {
		t.Errorf("form shows evaluation %q, party id %q", a.evaluation.Text, a.parties.rows[0].id)
	}
}

func TestBadDateSavesNothing(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, true)
	a := openAgreements(t, newWindow(t, s))
	before := agreementNamed(t, s, "Interne meldroute mensenhandel gemeente Hoorn")
	partiesBefore, _ := s.ListWhere(ctx, "party", "agreement_id", before.ID)

	a.OpenRecord("agreement", before.ID)
	if a.form.id != before.ID || a.title.Text != before.Get("title") {
		t.Fatalf("OpenRecord shows %q", a.title.Text)
	}
	a.title.SetText("Interne meldroute Hoorn (herzien)")
	addParty(t, a, "veilig thuis", "Veilig Thuis Noord-Holland Noord", "directeur")
	a.evaluation.SetText("31-02-2027")
	test.Tap(a.form.SaveButton)

	if msg := a.form.Message.Text; !strings.Contains(msg, "Evaluatiedatum") || !strings.Contains(msg, "geen geldige datum") {
		t.Errorf("message %q, want a Dutch message about the evaluation date", msg)
	}
	if a.form.ErrEntry != a.evaluation {
		t.Error("the evaluation date is not marked")
	}
	after, _ := s.Get(ctx, "agreement", before.ID)
	if after.Get("title") != before.Get("title") || after.Get("evaluation_date") != before.Get("evaluation_date") {
		t.Errorf("a refused save changed the agreement: %q, %q", after.Get("title"), after.Get("evaluation_date"))
	}
	if parties, _ := s.ListWhere(ctx, "party", "agreement_id", before.ID); len(parties) != len(partiesBefore) {
		t.Errorf("a refused save stored the new party: %d parties, had %d", len(parties), len(partiesBefore))
	}
	if !a.form.Edited() || a.title.Text != "Interne meldroute Hoorn (herzien)" {
		t.Error("the form lost the user's edits")
	}

	// Correcting the date saves everything at once.
	a.evaluation.SetText("28-02-2027")
	if a.form.ErrEntry != nil {
		t.Error("the mark stays after editing the date")
	}
	a.Shortcut(fyne.KeyS)
	after, _ = s.Get(ctx, "agreement", before.ID)
	parties, _ := s.ListWhere(ctx, "party", "agreement_id", before.ID)
	if after.Get("evaluation_date") != "2027-02-28" || after.Get("title") != "Interne meldroute Hoorn (herzien)" || len(parties) != len(partiesBefore)+1 {
		t.Errorf("Ctrl+S after correcting: %q %q, %d parties; message %q", after.Get("title"), after.Get("evaluation_date"), len(parties), a.form.Message.Text)
	}
}

func TestRemovePartyAndEditSignatory(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, true)
	m := newWindow(t, s)
	a := openAgreements(t, m)
	r := agreementNamed(t, s, "Convenant RIEC Noord-Holland 2025 (WGS)")
	before, _ := s.ListWhere(ctx, "party", "agreement_id", r.ID)
	if len(before) < 3 {
		t.Fatalf("the demo RIEC covenant has %d parties", len(before))
	}
	a.view.list.Select(a.view.index(r.ID))
	if a.form.id != r.ID || len(a.parties.rows) != len(before) {
		t.Fatalf("form shows %q with %d parties", a.form.id, len(a.parties.rows))
	}
	gone := a.parties.rows[0]
	kept := a.parties.rows[1]
	test.Tap(gone.remove)
	kept.signatory.SetText("waarnemend " + kept.signatory.Text)
	if len(a.parties.rows) != len(before)-1 || a.form.SaveButton.Disabled() {
		t.Fatalf("after removing: %d rows, save disabled %v", len(a.parties.rows), a.form.SaveButton.Disabled())
	}
	test.Tap(a.form.SaveButton)
	after, _ := s.ListWhere(ctx, "party", "agreement_id", r.ID)
	if len(after) != len(before)-1 {
		t.Fatalf("%d parties stored, want %d; message %q", len(after), len(before)-1, a.form.Message.Text)
	}
	for _, p := range after {
		if p.ID == gone.id {
			t.Error("the removed party is still stored")
		}
		if p.ID == kept.id && !strings.HasPrefix(p.Get("signatory"), "waarnemend ") {
			t.Errorf("signatory not updated: %q", p.Get("signatory"))
		}
	}
	if _, err := s.Get(ctx, "party", gone.id); !data.IsNotFound(err) {
		t.Errorf("removed party: %v", err)
	}
	// A party opens its organisation.
	m.Show("ketenafspraken")
	orgName := a.orgName[kept.orgID]
	tapLink(findLink(t, a.parties.content, orgName))
	if m.current != "organisaties" {
		t.Fatalf("the party's link shows %q", m.current)
	}
	if o := m.screens["organisaties"].(*organisationsScreen); o.form.id != kept.orgID {
		t.Errorf("Organisaties shows %q, want %q", o.form.title, orgName)
	}
}

func TestDeleteAgreementAndUndo(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, true)
	m := newWindow(t, s)
	a := openAgreements(t, m)

	// The 2019 covenant is replaced by the 2025 one: it may not go.
	old := agreementNamed(t, s, "Convenant Regionaal Informatie- en Expertisecentrum Noord-Holland 2019")
	a.OpenRecord("agreement", old.ID)
	test.Tap(a.form.deleteButton)
	if text := kittest.DialogText(m.Window()); !strings.Contains(text, "nog gebruikt") || !strings.Contains(text, "Vervangt") {
		t.Errorf("refusal says %q", text)
	}
	if _, err := s.Get(ctx, "agreement", old.ID); err != nil {
		t.Fatal(err)
	}
	test.Tap(kittest.DialogButton(t, m.Window(), "OK"))

	r := agreementNamed(t, s, "Convenant RIEC Noord-Holland 2025 (WGS)")
	parties, _ := s.ListWhere(ctx, "party", "agreement_id", r.ID)
	a.OpenRecord("agreement", r.ID)
	test.Tap(a.form.deleteButton)
	if text := kittest.DialogText(m.Window()); !strings.Contains(text, r.Get("title")) {
		t.Fatalf("the question does not name the agreement: %q", text)
	}
	test.Tap(kittest.DialogButton(t, m.Window(), "Annuleren"))
	if _, err := s.Get(ctx, "agreement", r.ID); err != nil {
		t.Fatal("Annuleren deleted the agreement")
	}
	test.Tap(a.form.deleteButton)
	test.Tap(kittest.DialogButton(t, m.Window(), "Verwijderen"))
	if _, err := s.Get(ctx, "agreement", r.ID); !data.IsNotFound(err) {
		t.Fatalf("agreement still there: %v", err)
	}
	if left, _ := s.ListWhere(ctx, "party", "agreement_id", r.ID); len(left) != 0 {
		t.Errorf("%d parties left behind", len(left))
	}
	if a.view.index(r.ID) >= 0 || len(a.view.rows) != 14 || a.form.id != "" {
		t.Errorf("after delete: %d rows, form %q", len(a.view.rows), a.form.id)
	}
	if !m.undo.content.Visible() || !strings.Contains(m.undo.label.Text, r.Get("title")) {
		t.Fatalf("undo bar: %v %q", m.undo.content.Visible(), m.undo.label.Text)
	}
	test.Tap(m.undo.button)
	back, _ := s.ListWhere(ctx, "party", "agreement_id", r.ID)
	if _, err := s.Get(ctx, "agreement", r.ID); err != nil || len(back) != len(parties) {
		t.Fatalf("undo: %v, %d parties of %d", err, len(back), len(parties))
	}
	if a.form.id != r.ID || len(a.parties.rows) != len(parties) || len(a.view.rows) != 15 {
		t.Errorf("after undo the screen shows %q with %d parties, %d rows", a.form.id, len(a.parties.rows), len(a.view.rows))
	}
}

func TestReplacedByLink(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, true)
	m := newWindow(t, s)
	a := openAgreements(t, m)
	old := agreementNamed(t, s, "Convenant Regionaal Informatie- en Expertisecentrum Noord-Holland 2019")
	cur := agreementNamed(t, s, "Convenant RIEC Noord-Holland 2025 (WGS)")

	a.OpenRecord("agreement", old.ID)
	if !a.replacedBy.Visible() {
		t.Fatal("Vervangen door is not shown for the replaced 2019 covenant")
	}
	tapLink(findLink(t, a.replacedBy, cur.Get("title")))
	if a.form.id != cur.ID {
		t.Fatalf("the link opened %q", a.form.title)
	}
	if a.replaces.Selected != old.Get("title") || a.replacedBy.Visible() {
		t.Errorf("2025 covenant: Vervangt %q, Vervangen door shown %v", a.replaces.Selected, a.replacedBy.Visible())
	}
	if slices.Contains(a.agreementOpt, cur.ID) {
		t.Error("an agreement is offered as replacing itself")
	}

	// A loop is refused with the store's Dutch message.
	a.OpenRecord("agreement", old.ID)
	a.replaces.SetSelected(cur.Get("title"))
	test.Tap(a.form.SaveButton)
	if !strings.Contains(a.form.Message.Text, "kringverwijzing") {
		t.Errorf("message %q", a.form.Message.Text)
	}
	if r, _ := s.Get(ctx, "agreement", old.ID); r.Get("replaces_id") != "" {
		t.Error("the loop was stored")
	}
	a.Shortcut(fyne.KeyEscape)
	test.Tap(kittest.DialogButton(t, m.Window(), "Weggooien"))
	if a.form.Edited() || a.replaces.Selected != "(geen)" {
		t.Errorf("Escape kept the edit: %q", a.replaces.Selected)
	}

	// A new link shows on the other side.
	pilot := agreementNamed(t, s, "Convenant pilot informatieplein mensenhandel Noord-Holland")
	next := agreementNamed(t, s, "Regionale samenwerkingsafspraak aanpak mensenhandel Noord-Holland 2027-2030")
	a.OpenRecord("agreement", next.ID)
	a.replaces.SetSelected(pilot.Get("title"))
	test.Tap(a.form.SaveButton)
	if r, _ := s.Get(ctx, "agreement", next.ID); r.Get("replaces_id") != pilot.ID {
		t.Fatalf("replaces_id %q; message %q", r.Get("replaces_id"), a.form.Message.Text)
	}
	a.OpenRecord("agreement", pilot.ID)
	findLink(t, a.replacedBy, next.Get("title"))
}

func TestAgreementUnsavedGuard(t *testing.T) {
	s := newStore(t, true)
	m := newWindow(t, s)
	a := openAgreements(t, m)
	a.view.list.Select(0)
	first := a.form.id
	test.Type(a.reference, "-bis")
	if !a.Dirty() {
		t.Fatal("typing does not make the form dirty")
	}
	a.view.list.Select(1)
	if !strings.Contains(kittest.DialogText(m.Window()), "niet opgeslagen") {
		t.Fatalf("no question; dialog %q", kittest.DialogText(m.Window()))
	}
	test.Tap(kittest.DialogButton(t, m.Window(), "Terug naar het formulier"))
	if a.form.id != first || !strings.Contains(a.reference.Text, "-bis") || a.view.selected != first {
		t.Errorf("going back: form %q, reference %q", a.form.id, a.reference.Text)
	}
	a.Shortcut(fyne.KeyN)
	test.Tap(kittest.DialogButton(t, m.Window(), "Weggooien"))
	if a.form.id != "" || a.title.Text != "" || a.Dirty() {
		t.Errorf("Ctrl+N after discarding: form %q title %q", a.form.id, a.title.Text)
	}
	// The PDF button offers to save the overview under a sensible name.
	test.Tap(a.pdfButton)
	if !strings.Contains(kittest.DialogText(m.Window()), "Overzicht ketenafspraken") {
		t.Errorf("PDF button: %q", kittest.DialogText(m.Window()))
	}
}
