package app

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"ketenregie/app/kit"
	"ketenregie/app/kit/kittest"
	"ketenregie/data"
)

// lostUpdate is one kind of record in TestColleaguesChangeSurvivesASave.
type lostUpdate struct {
	kind   string
	demo   bool                                                // the test needs the demo region
	create func(t *testing.T, s *data.Store) string            // the record; returns its id
	open   func(t *testing.T, m *MainWindow, id string) opened // its screen, showing it
	// colleague is the colleague's change of a field the user leaves alone
	// (taken) and of one the user changes too (clash).
	colleague map[string]string
	want      map[string]string // what the form shows after the change, and the store after saving
	message   []string          // what the form says
}

// opened is a record's form as a test reaches it.
type opened struct {
	form  *kit.FormState
	edit  func()                   // the user's edits: one field of their own and the clash
	shown func() map[string]string // what the form shows, in the store's terms
}

// TestColleaguesChangeSurvivesASave: a form is open and edited when a
// colleague's change of the same record arrives (here written to the store
// directly, as an imported file does). The form takes the colleague's
// value of a field the user left alone, keeps the user's edits, says what
// happened and by whom, and saving writes the edits without putting the
// old value back. A field both changed keeps the user's value. So for each
// kind of record a screen edits: contact, organisation, agreement, cluster,
// activity.
func TestColleaguesChangeSurvivesASave(t *testing.T) {
	for _, tc := range []lostUpdate{{
		kind: "contact",
		create: func(t *testing.T, s *data.Store) string {
			return create(t, s, "contact", map[string]string{"name": "Anna de Wit", "phone": "06-11111111", "email": "anna@example.org", "role": "beleidsadviseur-oov"})
		},
		open: func(t *testing.T, m *MainWindow, id string) opened {
			c := openContacts(t, m)
			m.OpenRecord("contact", id)
			if c.id != id {
				t.Fatalf("the form shows %q", c.id)
			}
			return opened{&c.FormState, func() {
				c.notes.SetText("Belt terug op dinsdag")
				c.email.SetText("a.dewit@example.org")
			}, c.formValues}
		},
		colleague: map[string]string{"phone": "06-22222222", "role": "aandachtsfunctionaris", "email": "anna.wit@example.org"},
		want:      map[string]string{"phone": "06-22222222", "role": "aandachtsfunctionaris", "notes": "Belt terug op dinsdag", "email": "a.dewit@example.org"},
		message: []string{"Deze contactpersoon is intussen gewijzigd door test.",
			"Overgenomen: telefoon 06-22222222, rol Aandachtsfunctionaris mensenhandel.",
			"Ook door u gewijzigd, uw waarde blijft staan en wordt opgeslagen: e-mail anna.wit@example.org."},
	}, {
		kind: "organisation",
		create: func(t *testing.T, s *data.Store) string {
			return create(t, s, "organisation", map[string]string{"name": "Stichting Hulp", "type": "overig", "email": "info@hulp.nl"})
		},
		open: func(t *testing.T, m *MainWindow, id string) opened {
			o := openOrganisations(t, m)
			m.OpenRecord("organisation", id)
			if o.form.id != id {
				t.Fatalf("the form shows %q", o.form.id)
			}
			return opened{&o.form.FormState, func() {
				o.notes.SetText("Nieuw adres volgt")
				o.email.SetText("post@hulp.nl")
			}, o.fields}
		},
		colleague: map[string]string{"type": "ggd", "email": "contact@hulp.nl"},
		want:      map[string]string{"type": "ggd", "notes": "Nieuw adres volgt", "email": "post@hulp.nl"},
		message: []string{"Deze organisatie is intussen gewijzigd door test.", "Overgenomen: soort GGD.",
			"Ook door u gewijzigd, uw waarde blijft staan en wordt opgeslagen: e-mail contact@hulp.nl."},
	}, {
		kind: "agreement",
		demo: true,
		create: func(t *testing.T, s *data.Store) string {
			return create(t, s, "agreement", map[string]string{"title": "Convenant opvang", "type": "opvang", "status": "concept", "reference": "ZK-1"})
		},
		open: func(t *testing.T, m *MainWindow, id string) opened {
			a := openAgreements(t, m)
			m.OpenRecord("agreement", id)
			if a.form.id != id {
				t.Fatalf("the form shows %q", a.form.id)
			}
			hoorn := data.MunicipalityID("GM0405")
			return opened{&a.form.FormState, func() {
				a.notes.SetText("Evaluatie met de GGD")
				a.reference.SetText("ZK-3")
			}, func() map[string]string {
				v := a.fields()
				v["evaluation_date"] = isoDate(v["evaluation_date"])
				v["hoorn"] = strconv.FormatBool(slices.Contains(a.munis.chosen(), hoorn))
				return v
			}}
		},
		colleague: map[string]string{"evaluation_date": "2026-06-01", "status": "actief", "municipality_ids": data.MunicipalityID("GM0405"), "reference": "ZK-2"},
		want:      map[string]string{"evaluation_date": "2026-06-01", "status": "actief", "hoorn": "true", "notes": "Evaluatie met de GGD", "reference": "ZK-3"},
		message: []string{"Deze ketenafspraak is intussen gewijzigd door test.",
			"Overgenomen: evaluatiedatum 01-06-2026, gemeenten (1 gekozen), status Actief.",
			"Ook door u gewijzigd, uw waarde blijft staan en wordt opgeslagen: kenmerk ZK-2."},
	}, {
		kind: "cluster",
		demo: true,
		create: func(t *testing.T, s *data.Store) string {
			return create(t, s, "cluster", map[string]string{"name": "Kop van Noord-Holland",
				"municipality_ids": data.JoinIDs([]string{data.MunicipalityID("GM0400"), data.MunicipalityID("GM0448")})})
		},
		open: func(t *testing.T, m *MainWindow, id string) opened {
			ms := openMunicipalities(t, m)
			m.OpenRecord("cluster", id)
			c := ms.clusterEd
			if ms.shownKind != "cluster" || c.id != id {
				t.Fatalf("Gemeenten shows %s %q", ms.shownKind, c.id)
			}
			return opened{&c.FormState, func() {
				c.notes.SetText("Overleg elke maand")
				c.name.SetText("Kop van NH")
			}, c.fields}
		},
		colleague: map[string]string{"lead_municipality_id": data.MunicipalityID("GM0448"), "name": "De Kop"},
		want:      map[string]string{"lead_municipality_id": data.MunicipalityID("GM0448"), "notes": "Overleg elke maand", "name": "Kop van NH"},
		message: []string{"Dit cluster is intussen gewijzigd door test.", "Overgenomen: centrumgemeente Texel.",
			"Ook door u gewijzigd, uw waarde blijft staan en wordt opgeslagen: naam De Kop."},
	}, {
		kind: "activity",
		create: func(t *testing.T, s *data.Store) string {
			return create(t, s, "activity", map[string]string{"title": "Training baliemedewerkers", "type": "training", "date": "2026-05-01", "participants_planned": "20"})
		},
		open: func(t *testing.T, m *MainWindow, id string) opened {
			a := openActivities(t, m)
			m.OpenRecord("activity", id)
			if a.form.id != id {
				t.Fatalf("the form shows %q", a.form.id)
			}
			return opened{&a.form.FormState, func() {
				a.notes.SetText("Evaluatie volgt")
				a.title.SetText("Training baliemedewerkers Hoorn")
			}, a.fields}
		},
		colleague: map[string]string{"status": "uitgevoerd", "participants": "18", "target_groups": "politie", "title": "Training balie"},
		want:      map[string]string{"status": "uitgevoerd", "participants": "18", "target_groups": "politie", "notes": "Evaluatie volgt", "title": "Training baliemedewerkers Hoorn"},
		message: []string{"Deze activiteit is intussen gewijzigd door test.",
			"Overgenomen: deelnemers 18, status Uitgevoerd, doelgroepen Politie.",
			"Ook door u gewijzigd, uw waarde blijft staan en wordt opgeslagen: titel Training balie."},
	}} {
		t.Run(tc.kind, func(t *testing.T) {
			ctx := context.Background()
			s := newStore(t, tc.demo)
			id := tc.create(t, s)
			m := newWindow(t, s)
			f := tc.open(t, m, id)
			f.edit()

			if err := s.Update(ctx, tc.kind, id, tc.colleague); err != nil {
				t.Fatal(err)
			}
			m.refreshAll()
			shown := f.shown()
			for field, want := range tc.want {
				if shown[field] != want {
					t.Errorf("after the colleague's change the form shows %s %q, want %q", field, shown[field], want)
				}
			}
			for _, want := range append(tc.message, "Uw eigen wijzigingen staan er nog.") {
				if !strings.Contains(f.form.Message.Text, want) {
					t.Errorf("the form says %q, want %q", f.form.Message.Text, want)
				}
			}
			if !f.form.Edited() {
				t.Fatal("the user's edits no longer count as unsaved")
			}

			test.Tap(f.form.SaveButton)
			r, err := s.Get(ctx, tc.kind, id)
			if err != nil {
				t.Fatal(err)
			}
			for field, want := range tc.want {
				got := r.Get(field)
				if field == "hoorn" {
					got = strconv.FormatBool(slices.Contains(r.List("municipality_ids"), data.MunicipalityID("GM0405")))
				}
				if got != want {
					t.Errorf("after saving the store holds %s %q, want %q", field, got, want)
				}
			}
			if f.form.Edited() {
				t.Errorf("the form still has unsaved edits after saving: %q", f.form.Message.Text)
			}
		})
	}
}

// TestAgreementPartiesSurviveAColleaguesChange: the parties of an
// agreement are records of their own, saved with it. A colleague's change
// of a party arrives while the agreement's form is edited: when the user
// left the parties alone the form shows it; when the user changed a party
// the user's parties stay in the form, and saving writes only the user's
// change, so the colleague's change of another party and of the
// agreement's own fields stays.
func TestAgreementPartiesSurviveAColleaguesChange(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, false)
	politie := create(t, s, "organisation", map[string]string{"name": "Politie", "type": "politie"})
	ggd := create(t, s, "organisation", map[string]string{"name": "GGD", "type": "ggd"})
	id := create(t, s, "agreement", map[string]string{"title": "Convenant", "type": "opvang", "status": "concept"})
	p1 := create(t, s, "party", map[string]string{"agreement_id": id, "organisation_id": politie, "signatory": "Chef"})
	p2 := create(t, s, "party", map[string]string{"agreement_id": id, "organisation_id": ggd, "signatory": "Directeur"})
	m := newWindow(t, s)
	a := openAgreements(t, m)
	m.OpenRecord("agreement", id)
	signatory := func(org string) *kit.TextEntry {
		for _, r := range a.parties.rows {
			if r.orgID == org {
				return r.signatory
			}
		}
		t.Fatalf("no party %s in the form", org)
		return nil
	}

	// The parties left alone: the colleague's new signatory shows.
	a.notes.SetText("Eerste versie")
	if err := s.Update(ctx, "party", p1, map[string]string{"signatory": "Korpschef"}); err != nil {
		t.Fatal(err)
	}
	m.refreshAll()
	if got := signatory(politie).Text; got != "Korpschef" || a.notes.Text != "Eerste versie" {
		t.Errorf("the form shows signatory %q, notes %q", got, a.notes.Text)
	}
	if !strings.Contains(a.form.Message.Text, "Overgenomen: partijen.") {
		t.Errorf("the form says %q", a.form.Message.Text)
	}

	// A party changed by the user: the user's parties stay.
	signatory(ggd).SetText("Directeur publieke gezondheid")
	if err := s.Update(ctx, "party", p1, map[string]string{"signatory": "Politiechef"}); err != nil {
		t.Fatal(err)
	}
	if err := s.Update(ctx, "agreement", id, map[string]string{"title": "Convenant 2026"}); err != nil {
		t.Fatal(err)
	}
	m.refreshAll()
	if a.title.Text != "Convenant 2026" || signatory(ggd).Text != "Directeur publieke gezondheid" || a.notes.Text != "Eerste versie" {
		t.Errorf("the form shows title %q, signatory %q, notes %q", a.title.Text, signatory(ggd).Text, a.notes.Text)
	}
	test.Tap(a.form.SaveButton)
	r, _ := s.Get(ctx, "agreement", id)
	r1, _ := s.Get(ctx, "party", p1)
	r2, _ := s.Get(ctx, "party", p2)
	if r.Get("title") != "Convenant 2026" || r.Get("notes") != "Eerste versie" || r1.Get("signatory") != "Politiechef" || r2.Get("signatory") != "Directeur publieke gezondheid" {
		t.Errorf("after saving: title %q, notes %q, signatories %q and %q; the form says %q",
			r.Get("title"), r.Get("notes"), r1.Get("signatory"), r2.Get("signatory"), a.form.Message.Text)
	}
}

// create makes a record in s and returns its id.
func create(t *testing.T, s *data.Store, kind string, vals map[string]string) string {
	t.Helper()
	id, err := s.Create(context.Background(), kind, vals)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// isoDate is a date as the form shows it (dd-mm-jjjj) in the store's terms.
func isoDate(d string) string {
	if iso, ok := data.ParseDate(d); ok {
		return iso
	}
	return d
}

// TestContactsDueFilter: Contacten shows only the contacts due for their
// yearly review when asked, as many as Overzicht counts.
func TestContactsDueFilter(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, false)
	old := s.Now().AddDate(-2, 0, 0).Format("2006-01-02")
	for _, c := range []map[string]string{
		{"name": "Lang Geleden", "last_reviewed": old},
		{"name": "Ook Lang Geleden", "last_reviewed": old},
		{"name": "Net Gecontroleerd", "last_reviewed": s.Now().Format("2006-01-02")},
	} {
		if _, err := s.Create(ctx, "contact", c); err != nil {
			t.Fatal(err)
		}
	}
	m := newWindow(t, s)
	c := openContacts(t, m)
	if len(c.view.ids) != 3 {
		t.Fatalf("%d contacts listed", len(c.view.ids))
	}
	c.showDue()
	if len(c.view.ids) != 2 || c.count.Text != "2 contactpersonen" || !c.dueFilter.Checked {
		t.Errorf("due only: %d listed, %q", len(c.view.ids), c.count.Text)
	}
	c.dueFilter.SetChecked(false)
	if len(c.view.ids) != 3 {
		t.Errorf("without the filter: %d listed", len(c.view.ids))
	}
}

// TestOverviewReviewOpensTheDueContacts: Overzicht lists every contact due
// for review (not only the first five) and its link opens Contacten on
// exactly those.
func TestOverviewReviewOpensTheDueContacts(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, false)
	old := s.Now().AddDate(-2, 0, 0).Format("2006-01-02")
	for i := range 7 {
		if _, err := s.Create(ctx, "contact", map[string]string{"name": "Persoon " + string(rune('A'+i)), "last_reviewed": old}); err != nil {
			t.Fatal(err)
		}
	}
	s.Create(ctx, "contact", map[string]string{"name": "Net Gecontroleerd", "last_reviewed": s.Now().Format("2006-01-02")})
	m := newWindow(t, s)
	m.Show("overzicht")
	o := m.screens["overzicht"].(*overviewScreen)
	if n := len(o.reviewRows.Objects); n != 7 || !strings.Contains(o.review.Text, "7 contactpersonen") {
		t.Errorf("the card lists %d rows under %q", n, o.review.Text)
	}
	test.Tap(kittest.FindButton(t, o.Content(), "Naar Contacten"))
	c := m.contacts
	if m.current != "contacten" || c == nil || !c.dueFilter.Checked || len(c.view.ids) != 7 {
		t.Errorf("the link opens %q with the filter %v and %d contacts", m.current, c != nil && c.dueFilter.Checked, len(c.view.ids))
	}
}
