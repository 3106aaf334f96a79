package app

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"ketenregie/app/kit/kittest"
	"ketenregie/app/say"
	"ketenregie/data"
)

// openActivities shows the Activiteiten screen and returns it.
func openActivities(t *testing.T, m *MainWindow) *activitiesScreen {
	t.Helper()
	m.Show("activiteiten")
	a, ok := m.screens["activiteiten"].(*activitiesScreen)
	if !ok {
		t.Fatal("no activities screen")
	}
	return a
}

// firstAction is the first action of the first plan, with that plan.
func firstAction(t *testing.T, s *data.Store) (plan, action data.Record) {
	t.Helper()
	ctx := context.Background()
	plans, err := s.List(ctx, data.KindPlan)
	if err != nil || len(plans) == 0 {
		t.Fatalf("no plans: %v", err)
	}
	actions, err := s.ListWhere(ctx, data.KindAction, data.Action.PlanID, plans[0].ID)
	if err != nil || len(actions) == 0 {
		t.Fatalf("no actions in %s: %v", plans[0].Get(data.Plan.Title), err)
	}
	return plans[0], actions[0]
}

// TestNewActivityWithEveryField fills in every field of a new activity as
// a coordinator does, saves it, finds it in the list and changes it after
// it was held.
func TestNewActivityWithEveryField(t *testing.T) {
	ctx := context.Background()
	s := demoWithoutActivities(t)
	s.Now = func() time.Time { return time.Date(2026, 2, 10, 9, 0, 0, 0, time.UTC) }
	m := newWindow(t, s)
	a := openActivities(t, m)
	if a.form.id != "" || a.status.chosen() != data.ActivityStatusGepland || a.form.heading.Text != "Nieuwe activiteit" {
		t.Fatalf("a new activity starts as %q, status %q, heading %q", a.form.id, a.status.chosen(), a.form.heading.Text)
	}
	hoorn, enkhuizen := data.MunicipalityID("GM0405"), data.MunicipalityID("GM0388")
	ggd := organisationNamed(t, s, "GGD Hollands Noorden").ID
	contacts, _ := s.List(ctx, data.KindContact)
	plan, action := firstAction(t, s)
	if action.Get(data.Action.Theme) == "" {
		t.Fatalf("the demo action %q has no theme", action.Get(data.Action.Title))
	}

	a.title.SetText("Training signalen herkennen")
	a.typ.choose(data.ActivityTypeTraining)
	a.date.SetText("12-03-2026")
	a.endDate.SetText("13-03-2026")
	for i, ch := range data.TargetGroups {
		if ch.Code == data.TargetGroupBaliemedewerkers || ch.Code == data.TargetGroupToezichtHandhaving {
			test.Tap(a.targets.checks[i])
		}
	}
	test.Tap(a.munis.checks[enkhuizen])
	test.Tap(a.munis.checks[hoorn])
	a.organiser.SetSelected(a.organiser.label[ggd])
	a.contact.SetSelected(a.contact.label[contacts[0].ID])
	a.planned.SetText("20")
	a.action.SetSelected(plan.Get(data.Plan.Title) + " — " + action.Get(data.Action.Title))
	if a.theme.chosen() != action.Get(data.Action.Theme) {
		t.Errorf("choosing the action gave the theme %q, want the action's %q", a.theme.chosen(), action.Get(data.Action.Theme))
	}
	a.notes.SetText("Twee dagdelen in het stadhuis.")
	if a.form.SaveButton.Disabled() {
		t.Fatal("Opslaan is not offered")
	}
	test.Tap(a.form.SaveButton)
	if a.form.id == "" {
		t.Fatalf("not saved: %q", a.form.Message.Text)
	}
	r, err := s.Get(ctx, data.KindActivity, a.form.id)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		data.Activity.Title: "Training signalen herkennen", data.Activity.Type: data.ActivityTypeTraining,
		data.Activity.Date: "2026-03-12", data.Activity.EndDate: "2026-03-13",
		data.Activity.TargetGroups:    data.TargetGroupBaliemedewerkers + "," + data.TargetGroupToezichtHandhaving,
		data.Activity.MunicipalityIDs: data.JoinIDs([]string{hoorn, enkhuizen}),
		data.Activity.OrganiserID:     ggd, data.Activity.ContactID: contacts[0].ID,
		data.Activity.ParticipantsPlanned: "20", data.Activity.Participants: "",
		data.Activity.ActionID: action.ID, data.Activity.Theme: action.Get(data.Action.Theme),
		data.Activity.Status: data.ActivityStatusGepland, data.Activity.Notes: "Twee dagdelen in het stadhuis.",
	}
	for f, v := range want {
		if r.Get(f) != v {
			t.Errorf("stored %s %q, want %q", f, r.Get(f), v)
		}
	}
	if rows := a.view.text(); len(rows) != 1 || rows[0] != "Training signalen herkennen | 12-03-2026 t/m 13-03-2026 | Training | Gepland | 20 gepland" {
		t.Errorf("the list shows %q", rows)
	}
	if a.form.heading.Text != "Training signalen herkennen" || a.organiser.openB.Disabled() {
		t.Errorf("heading %q, organiser's open button disabled %v", a.form.heading.Text, a.organiser.openB.Disabled())
	}

	// Held: the count and the status, and the list says so.
	a.status.choose(data.ActivityStatusUitgevoerd)
	a.participants.SetText("18")
	a.shortcut(fyne.KeyS)
	r, _ = s.Get(ctx, data.KindActivity, a.form.id)
	if r.Get(data.Activity.Participants) != "18" || r.Get(data.Activity.Status) != data.ActivityStatusUitgevoerd || r.Get(data.Activity.ParticipantsPlanned) != "20" {
		t.Errorf("after the edit the store holds %v", r.Values)
	}
	if rows := a.view.text(); len(rows) != 1 || !strings.HasSuffix(rows[0], "| Uitgevoerd | 18 deelnemers") {
		t.Errorf("the list shows %q", rows)
	}
	if a.count.Text != "1 activiteit · 18 deelnemers bereikt" {
		t.Errorf("count %q", a.count.Text)
	}

	// The organiser's button leads to the organisation.
	test.Tap(a.organiser.openB)
	if m.current != "organisaties" {
		t.Errorf("the organiser's button shows %q", m.current)
	}
}

// TestActivityFilters narrows the list by type, target group,
// municipality, year, upcoming, status and search.
func TestActivityFilters(t *testing.T) {
	s := demoWithoutActivities(t)
	s.Now = func() time.Time { return time.Date(2026, 2, 10, 9, 0, 0, 0, time.UTC) }
	hoorn, haarlem := data.MunicipalityID("GM0405"), data.MunicipalityID("GM0392")
	for _, v := range []map[string]string{
		{"title": "Training baliemedewerkers Hoorn", "type": "training", "date": "2026-03-12", "target_groups": "baliemedewerkers", "municipality_ids": hoorn, "participants_planned": "20"},
		{"title": "Voorlichting scholen", "type": "bewustwording", "date": "2025-10-01", "target_groups": "onderwijs", "municipality_ids": haarlem, "status": "uitgevoerd", "participants": "120"},
		{"title": "Netwerkdag regio", "type": "netwerkbijeenkomst", "date": "2025-12-30", "end_date": "2026-01-02", "municipality_ids": hoorn + "," + haarlem, "notes": "Met de RIEC"},
		{"title": "Training toezicht", "type": "training", "date": "2025-06-01", "target_groups": "toezicht-handhaving,baliemedewerkers", "status": "geannuleerd"},
	} {
		create(t, s, data.KindActivity, v)
	}
	m := newWindow(t, s)
	a := openActivities(t, m)
	all := []string{"Training baliemedewerkers Hoorn", "Netwerkdag regio", "Voorlichting scholen", "Training toezicht"}
	if got := titles(a.view); !slices.Equal(got, all) {
		t.Fatalf("the list shows %q, want the latest first %q", got, all)
	}
	if a.count.Text != "4 activiteiten · 120 deelnemers bereikt" {
		t.Errorf("count %q", a.count.Text)
	}
	if got := a.fPeriod.Options; !slices.Equal(got, []string{"Alle jaren", "Vanaf vandaag", "2026", "2025"}) {
		t.Errorf("the period filter offers %q", got)
	}
	for _, tc := range []struct {
		name   string
		filter func()
		want   []string
	}{
		{"type", func() { a.fType.SetSelected("Training") }, []string{"Training baliemedewerkers Hoorn", "Training toezicht"}},
		{"target group", func() { a.fTarget.SetSelected("Baliemedewerkers") }, []string{"Training baliemedewerkers Hoorn", "Training toezicht"}},
		{"municipality", func() { a.fMunicipal.SetSelected("Haarlem") }, []string{"Netwerkdag regio", "Voorlichting scholen"}},
		{"year 2026, with what runs into it", func() { a.fPeriod.SetSelected("2026") }, []string{"Training baliemedewerkers Hoorn", "Netwerkdag regio"}},
		{"year 2025", func() { a.fPeriod.SetSelected("2025") }, []string{"Netwerkdag regio", "Voorlichting scholen", "Training toezicht"}},
		{"upcoming", func() { a.fPeriod.SetSelected("Vanaf vandaag") }, []string{"Training baliemedewerkers Hoorn"}},
		{"status", func() { a.fStatus.SetSelected("Geannuleerd") }, []string{"Training toezicht"}},
		{"search in notes", func() { test.Type(a.search, "riec") }, []string{"Netwerkdag regio"}},
		{"search by municipality", func() { test.Type(a.search, "haarlem scholen") }, []string{"Voorlichting scholen"}},
		{"type and municipality", func() {
			a.fType.SetSelected("Training")
			a.fMunicipal.SetSelected("Hoorn")
		}, []string{"Training baliemedewerkers Hoorn"}},
	} {
		a.spec.showAll()
		tc.filter()
		if got := titles(a.view); !slices.Equal(got, tc.want) {
			t.Errorf("%s: the list shows %q, want %q", tc.name, got, tc.want)
		}
		if want := "van de 4 activiteiten"; !strings.Contains(a.count.Text, want) {
			t.Errorf("%s: count %q does not say %q", tc.name, a.count.Text, want)
		}
	}
	a.spec.showAll()
	if len(a.view.ids) != 4 {
		t.Errorf("after clearing the filters the list shows %d", len(a.view.ids))
	}
	// A planned activity whose day has passed is marked: was it held?
	create(t, s, data.KindActivity, map[string]string{"title": "Vergeten overleg", "type": "regionaal-overleg", "date": "2026-01-15"})
	a.Refresh()
	i := slices.Index(titles(a.view), "Vergeten overleg")
	if i < 0 {
		t.Fatalf("the new activity is not listed: %q", titles(a.view))
	}
	if cell := a.view.rows[i][3]; cell.Text != "Gepland (datum voorbij)" || cell.Importance != widget.WarningImportance {
		t.Errorf("the overdue planned activity shows %q", cell.Text)
	}
}

// TestActivityDeleteAndUndo deletes an activity after asking and brings it
// back from the undo bar; OpenRecord finds it from elsewhere.
func TestActivityDeleteAndUndo(t *testing.T) {
	ctx := context.Background()
	s := demoWithoutActivities(t)
	id := create(t, s, data.KindActivity, map[string]string{"title": "Informatieplein Hoorn", "type": "informatieplein", "date": "2026-04-01"})
	m := newWindow(t, s)
	m.OpenRecord(data.KindActivity, id)
	a := m.screens["activiteiten"].(*activitiesScreen)
	if m.current != "activiteiten" || a.form.id != id || a.title.Text != "Informatieplein Hoorn" || a.view.selected != id {
		t.Fatalf("OpenRecord shows %q with %q (%q)", m.current, a.form.id, a.title.Text)
	}
	test.Tap(a.form.deleteButton)
	if text := kittest.DialogText(m.Window()); !strings.Contains(text, "de activiteit Informatieplein Hoorn wilt verwijderen") {
		t.Errorf("the question: %q", text)
	}
	test.Tap(kittest.DialogButton(t, m.Window(), "Verwijderen"))
	if _, err := s.Get(ctx, data.KindActivity, id); err == nil {
		t.Fatal("still stored after deleting")
	}
	if len(a.view.ids) != 0 || a.form.id != "" || a.count.Text != "Geen activiteiten gevonden" {
		t.Errorf("after deleting the list has %d rows, the form %q, count %q", len(a.view.ids), a.form.id, a.count.Text)
	}
	if !strings.Contains(m.undo.label.Text, "Informatieplein Hoorn is verwijderd") {
		t.Errorf("the undo bar says %q", m.undo.label.Text)
	}
	test.Tap(m.undo.button)
	if _, err := s.Get(ctx, data.KindActivity, id); err != nil || a.form.id != id {
		t.Errorf("undo: %v, the form shows %q", err, a.form.id)
	}
}

// TestActivityNotesRefuseCaseData: notes with a BSN or a date of birth
// are refused, in the window's language, and nothing is saved.
func TestActivityNotesRefuseCaseData(t *testing.T) {
	for _, tc := range []struct{ language, want string }{
		{"nl", "lijkt een BSN of een geboortedatum"},
		{"en", "looks like a citizen service number or a date of birth"},
	} {
		t.Run(tc.language, func(t *testing.T) {
			t.Cleanup(func() { say.Load("") })
			s := newStore(t, false)
			app := test.NewTempApp(t)
			app.Preferences().SetString(prefLanguage, tc.language)
			m := NewMainWindow(app, s)
			t.Cleanup(m.Window().Close)
			a := openActivities(t, m)
			a.title.SetText("Casusoverleg")
			a.typ.choose(data.ActivityTypeOverig)
			a.date.SetText("01-04-2026")
			a.notes.SetText("Besproken: cliënt met BSN 123456782")
			test.Tap(a.form.SaveButton)
			if a.form.id != "" {
				t.Fatal("notes with a BSN were saved")
			}
			if !strings.Contains(a.form.Message.Text, tc.want) || !strings.Contains(a.form.Message.Text, "123456782") {
				t.Errorf("the form says %q, want %q", a.form.Message.Text, tc.want)
			}
			if a.form.ErrEntry != a.notes {
				t.Error("the notes are not marked")
			}
			if recs, _ := s.List(context.Background(), data.KindActivity); len(recs) != 0 {
				t.Errorf("%d activities stored", len(recs))
			}
		})
	}
}

// TestMunicipalityDetailListsActivities: Gemeenten shows a municipality's
// activities, the latest first, and a click opens one.
func TestMunicipalityDetailListsActivities(t *testing.T) {
	s := demoWithoutActivities(t)
	s.Now = func() time.Time { return time.Date(2026, 2, 10, 9, 0, 0, 0, time.UTC) }
	hoorn := data.MunicipalityID("GM0405")
	create(t, s, data.KindActivity, map[string]string{"title": "Training Hoorn", "type": "training", "date": "2025-11-04",
		"municipality_ids": hoorn, "status": "uitgevoerd", "participants": "14"})
	later := create(t, s, data.KindActivity, map[string]string{"title": "Netwerkdag West-Friesland", "type": "netwerkbijeenkomst", "date": "2026-05-20",
		"municipality_ids": hoorn + "," + data.MunicipalityID("GM0388"), "participants_planned": "60"})
	create(t, s, data.KindActivity, map[string]string{"title": "Voorlichting Haarlem", "type": "bewustwording", "date": "2026-01-10",
		"municipality_ids": data.MunicipalityID("GM0392")})
	m := newWindow(t, s)
	ms := openMunicipalities(t, m)
	pick(t, ms, "Hoorn")
	d := ms.detail
	if d.activitiesTab.Text != "Activiteiten (2)" {
		t.Errorf("tab %q", d.activitiesTab.Text)
	}
	want := []string{"20-05-2026 | Netwerkdag West-Friesland | Netwerkbijeenkomst | Gepland | 60 gepland",
		"04-11-2025 | Training Hoorn | Training | Uitgevoerd | 14 deelnemers"}
	if got := d.activities.Text(); !slices.Equal(got, want) {
		t.Errorf("activities of Hoorn:\n%q\nwant\n%q", got, want)
	}
	test.Tap(d.activities.Row(0))
	a, _ := m.screens["activiteiten"].(*activitiesScreen)
	if m.current != "activiteiten" || a == nil || a.form.id != later {
		t.Errorf("clicking the first activity shows %q", m.current)
	}
}

// demoWithoutActivities is the demo region without its activities: the
// tests here count and order the activities they make themselves.
func demoWithoutActivities(t *testing.T) *data.Store {
	t.Helper()
	ctx := context.Background()
	s := newStore(t, true)
	acts, err := s.List(ctx, data.KindActivity)
	if err != nil {
		t.Fatal(err)
	}
	err = s.Write(ctx, func(tx *data.Tx) error {
		for _, a := range acts {
			if err := tx.Delete(data.KindActivity, a.ID); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return s
}
