package app

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"ketenregie/app/kit"
	"ketenregie/app/kit/kittest"
	"ketenregie/app/planedit"
	"ketenregie/data"
)

// dialogButtons are the labels of the buttons in the dialog on top.
func dialogButtons(w fyne.Window) []string {
	var labels []string
	for _, o := range test.LaidOutObjects(w.Canvas().Overlays().Top()) {
		if b, ok := o.(*widget.Button); ok {
			labels = append(labels, b.Text)
		}
	}
	return labels
}

// proposedName is the file name the save dialog on top proposes.
func proposedName(t *testing.T, w fyne.Window) string {
	t.Helper()
	for _, o := range test.LaidOutObjects(w.Canvas().Overlays().Top()) {
		if e, ok := o.(*widget.Entry); ok && strings.HasSuffix(e.Text, ".pdf") {
			return e.Text
		}
	}
	t.Fatalf("no save dialog proposing a .pdf name; the dialog says %q", kittest.DialogText(w))
	return ""
}

// openDemoPlan shows the plan of the demo region whose title names
// region in the plan editor, as the window opens a record, and returns
// the screen and the plan.
func openDemoPlan(t *testing.T, m *MainWindow, region string) (*planedit.Screen, data.Record) {
	t.Helper()
	plans, err := m.store.List(context.Background(), data.KindPlan)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range plans {
		if strings.Contains(r.Get("title"), region) {
			m.OpenRecord(data.KindPlan, r.ID)
			p, ok := m.screens["beleidsplannen"].(*planedit.Screen)
			if !ok || m.current != "beleidsplannen" {
				t.Fatal("the plan did not open on Beleidsplannen")
			}
			return p, r
		}
	}
	t.Fatalf("no %s plan in the demo", region)
	return nil, data.Record{}
}

// planButton is the button labelled text that the plans screen shows.
func planButton(t *testing.T, p *planedit.Screen, text string) *widget.Button {
	t.Helper()
	for _, o := range test.LaidOutObjects(p.Content()) {
		if b, ok := o.(*widget.Button); ok && b.Text == text && b.Visible() {
			return b
		}
	}
	t.Fatalf("the plans screen shows no button %q", text)
	return nil
}

// dialogEntries are the text entries of the dialog on top, in the order
// the form shows them.
func dialogEntries(t *testing.T, w fyne.Window) []*kit.TextEntry {
	t.Helper()
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog on screen")
	}
	var entries []*kit.TextEntry
	for _, o := range test.LaidOutObjects(top) {
		if e, ok := o.(*kit.TextEntry); ok {
			entries = append(entries, e)
		}
	}
	return entries
}

// TestPlanPDFWorkingCopy: the PDF question of a plan changed since its
// last version says that the PDF will be the working copy after it, and
// the save dialog proposes that name; "Eerst nieuwe versie maken…" opens
// the Versiebeheer's form and, once the version is added, saves the PDF of
// that version. A plan unchanged since its version asks as before.
func TestPlanPDFWorkingCopy(t *testing.T) {
	s := newStore(t, true)
	var mu sync.Mutex
	now := time.Now().Add(time.Hour)
	s.Now = func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	later := func(d time.Duration) { mu.Lock(); now = now.Add(d); mu.Unlock() }
	m := newWindow(t, s)
	w := m.Window()
	dir := t.TempDir()
	fyne.CurrentApp().Preferences().SetString(pdfFolderKey, dir)
	p, plan := openDemoPlan(t, m, "West-Friesland")
	title := plan.Get("title")
	pdfButton := planButton(t, p, "PDF maken")

	test.Tap(pdfButton)
	if text := kittest.DialogText(w); strings.Contains(text, "gewijzigd") || strings.Contains(strings.Join(dialogButtons(w), "|"), "Eerst nieuwe versie") {
		t.Errorf("the question for a plan unchanged since version 0.4 speaks of a working copy: %q, buttons %q", text, dialogButtons(w))
	}
	test.Tap(kittest.DialogButton(t, w, "Annuleren"))

	// The text changes after version 0.4.
	ctx := context.Background()
	secs, _ := s.ListWhere(ctx, "section", "plan_id", plan.ID)
	blocks, _ := s.ListWhere(ctx, "block", "section_id", secs[0].ID)
	if len(blocks) == 0 {
		t.Fatal("the demo plan's first chapter has no text")
	}
	if err := s.Update(ctx, "block", blocks[0].ID, map[string]string{"text": "Een nieuwe alinea na versie 0.4."}); err != nil {
		t.Fatal(err)
	}
	edited := data.FormatDate(s.Now().Format("2006-01-02"))

	test.Tap(pdfButton)
	if text := kittest.DialogText(w); !strings.Contains(text, "Het plan is gewijzigd na versie 0.4, laatst op "+edited+". De PDF wordt daarom de werkversie na 0.4") {
		t.Errorf("the question does not say the plan changed after version 0.4: %q", text)
	}
	test.Tap(kittest.DialogButton(t, w, "PDF maken"))
	if got, want := proposedName(t, w), title+" werkversie na 0.4 · "+edited+".pdf"; got != want {
		t.Errorf("the save dialog proposes %q, want %q", got, want)
	}
	test.Tap(kittest.DialogButton(t, w, "Annuleren"))

	// A new version first: the Versiebeheer's form, then the PDF of version 0.5.
	later(time.Minute)
	test.Tap(pdfButton)
	test.Tap(kittest.DialogButton(t, w, "Eerst nieuwe versie maken…"))
	entries := dialogEntries(t, w)
	if len(entries) < 4 || entries[0].Text != "0.5" {
		t.Fatalf("the form for a new version does not propose 0.5: %d fields", len(entries))
	}
	entries[3].SetText("Inleiding herschreven")
	test.Tap(kittest.DialogButton(t, w, "Toevoegen"))
	if n := len(w.Canvas().Overlays().List()); n != 1 {
		t.Errorf("%d dialogs are open after adding the version, want the save dialog alone", n)
	}
	want := title + " v0.5.pdf"
	if got := proposedName(t, w); got != want {
		t.Fatalf("after the new version the save dialog proposes %q, want %q", got, want)
	}
	versions, _ := s.ListWhere(ctx, "planversion", "plan_id", plan.ID)
	stored, _ := s.Get(ctx, "plan", plan.ID)
	if len(versions) != 5 || stored.Get("version") != "0.5" {
		t.Errorf("after the new version: %d versions, the plan numbered %q; want 5 and 0.5", len(versions), stored.Get("version"))
	}
	test.Tap(kittest.DialogButton(t, w, "Opslaan"))
	waitFor(t, m, "the PDF is saved", dialogShows(w, "is opgeslagen in"))
	path := filepath.Join(dir, want)
	if _, err := os.Stat(path); err != nil {
		t.Fatal(err)
	}
	if _, err := exec.LookPath("pdftotext"); err == nil {
		out, err := exec.Command("pdftotext", "-f", "2", "-l", "2", path, "-").Output()
		if err != nil || !strings.Contains(string(out), "versie 0.5 · "+edited) || strings.Contains(string(out), "werkversie") {
			t.Errorf("the PDF after the new version does not print as version 0.5: %v\n%s", err, out)
		}
	}
}

func TestPlanPDFAsksPublicOrNot(t *testing.T) {
	s := newStore(t, true)
	m := newWindow(t, s)
	p, _ := openDemoPlan(t, m, "West-Friesland")
	test.Tap(planButton(t, p, "PDF maken"))
	if !strings.Contains(kittest.DialogText(m.Window()), "niet openbaar") {
		t.Fatalf("the PDF dialog does not explain the public version: %q", kittest.DialogText(m.Window()))
	}
	var public *widget.Check
	for _, o := range test.LaidOutObjects(m.Window().Canvas().Overlays().Top()) {
		if c, ok := o.(*widget.Check); ok {
			public = c
		}
	}
	if public == nil {
		t.Fatal("no check box for the public version")
	}
	public.SetChecked(true)
	test.Tap(kittest.DialogButton(t, m.Window(), "PDF maken"))
	// The save dialog proposes the plan's name, marked as the public version.
	if text := kittest.DialogText(m.Window()); !strings.Contains(text, "West-Friesland") || !strings.Contains(text, "openbaar") {
		t.Errorf("save dialog: %q", text)
	}
}
