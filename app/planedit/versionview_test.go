package planedit

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"ketenregie/data"
	"ketenregie/data/plandiff"
)

// A version is made of the plan as it is saved: unsaved details are
// refused with a message; afterwards the version can be viewed as it was
// and compared with the working copy, side by side.
func TestVersionsViewAndCompare(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, true)
	p, sh := newScreen(t, s)
	openDemoPlan(t, p)
	ed := p.ed
	before := len(ed.versions.versions)

	ed.details.author.SetText("Iemand anders")
	ed.versions.add()
	if len(ed.versions.versions) != before || !strings.Contains(ed.message.Text, "Sla eerst de wijzigingen in Gegevens op") {
		t.Fatalf("a version of unsaved details: %d versions, message %q", len(ed.versions.versions), ed.message.Text)
	}
	ed.save()
	ed.versions.add()
	entries, _ := dialogWidgets(t, sh.Win)
	entries[0].SetText("0.9")
	test.Tap(dialogButton(t, sh.Win, "Toevoegen"))
	if len(ed.versions.versions) != before+1 {
		t.Fatalf("%d versions after adding one, want %d", len(ed.versions.versions), before+1)
	}
	var v09 data.Record
	for _, v := range ed.versions.versions {
		if v.Get(data.Planversion.Version) == "0.9" {
			v09 = v
		}
	}
	if v09.Get(data.Planversion.Point) == "" {
		t.Fatal("the version has no point in the log")
	}

	// Later edits: the version still reads as it was.
	secs, _ := s.ListWhere(ctx, data.KindSection, data.Section.PlanID, ed.id)
	if err := s.Update(ctx, data.KindSection, secs[0].ID, map[string]string{data.Section.Title: "Een nieuwe titel"}); err != nil {
		t.Fatal(err)
	}
	var changed data.Record
	for _, sec := range secs {
		if bl, _ := s.ListWhere(ctx, data.KindBlock, data.Block.SectionID, sec.ID); len(bl) > 0 && changed.ID == "" {
			changed = bl[0]
		}
	}
	if err := s.Update(ctx, data.KindBlock, changed.ID, map[string]string{data.Block.Text: changed.Get(data.Block.Text) + " Met een extra zin."}); err != nil {
		t.Fatal(err)
	}
	ed.versions.showVersion(v09)
	text := richText(sh.Win.Canvas().Overlays().Top())
	if !strings.Contains(text, secs[0].Get(data.Section.Title)) || strings.Contains(text, "Een nieuwe titel") {
		t.Errorf("version 0.9 shows:\n%.300s", text)
	}
	if strings.Contains(text, "*") {
		t.Errorf("version 0.9 shows the markers of emphasis instead of the emphasis:\n%.300s", text)
	}
	test.Tap(dialogButton(t, sh.Win, "Sluiten"))

	ed.versions.compareVersion(v09)
	shown := dialogText(sh.Win)
	if !strings.Contains(shown, "Een nieuwe titel") || !strings.Contains(shown, "was “"+secs[0].Get(data.Section.Title)+"”") ||
		!strings.Contains(shown, "Met een extra zin.") {
		t.Errorf("the comparison shows:\n%s", shown)
	}
	sn, _ := s.At(ctx, mustPoint(t, v09))
	if cmp, _ := plandiff.Compare(ctx, sn, s, ed.id); !cmp.Changed() {
		t.Error("the comparison finds nothing")
	}
	test.Tap(dialogButton(t, sh.Win, "Sluiten"))

	// Two versions: 0.9 and a 1.0 made after the edits; an edit after 1.0
	// is in neither. Chosen from 1.0, the older (0.9) is still on the left.
	ed.versions.add()
	entries, _ = dialogWidgets(t, sh.Win)
	entries[0].SetText("1.0")
	test.Tap(dialogButton(t, sh.Win, "Toevoegen"))
	if err := s.Update(ctx, data.KindSection, secs[0].ID, map[string]string{data.Section.Title: "Na versie 1.0"}); err != nil {
		t.Fatal(err)
	}
	var v10 data.Record
	for _, v := range ed.versions.versions {
		if v.Get(data.Planversion.Version) == "1.0" {
			v10 = v
		}
	}
	ed.versions.chooseCompare(v10)
	sel := findSelect(t, sh.Win)
	sel.SetSelected("versie 0.9")
	test.Tap(dialogButton(t, sh.Win, "Vergelijken"))
	shown = dialogText(sh.Win)
	if !strings.Contains(shown, "Wijzigingen van versie 0.9 tot versie 1.0") || !strings.Contains(shown, "Een nieuwe titel") ||
		!strings.Contains(shown, "was “"+secs[0].Get(data.Section.Title)+"”") || strings.Contains(shown, "Na versie 1.0") {
		t.Errorf("the comparison of 0.9 and 1.0 shows:\n%s", shown)
	}
}

// findSelect is the select in the dialog on top of win.
func findSelect(t *testing.T, win fyne.Window) *widget.Select {
	t.Helper()
	for _, o := range test.LaidOutObjects(win.Canvas().Overlays().Top()) {
		if s, ok := o.(*widget.Select); ok {
			return s
		}
	}
	t.Fatal("no choice in the dialog")
	return nil
}

func mustPoint(t *testing.T, v data.Record) data.Point {
	t.Helper()
	p, err := data.ParsePoint(v.Get(data.Planversion.Point))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// richText is the text of every RichText in o.
func richText(o fyne.CanvasObject) string {
	var b strings.Builder
	for _, obj := range test.LaidOutObjects(o) {
		if r, ok := obj.(*widget.RichText); ok {
			b.WriteString(r.String() + "\n")
		}
	}
	return b.String()
}

// The editor's ⋯ menu opens the history of the plan's details.
func TestPlanHistoryFromTheMenu(t *testing.T) {
	s := newStore(t, true)
	p, sh := newScreen(t, s)
	openDemoPlan(t, p)
	for _, it := range p.ed.moreMenu().Items {
		if strings.HasPrefix(it.Label, "Geschiedenis") {
			it.Action()
		}
	}
	if len(sh.Histories) != 1 || sh.Histories[0].Kind != data.KindPlan || sh.Histories[0].ID != p.ed.id {
		t.Errorf("history asked for %+v", sh.Histories)
	}
}

// The uitvoeringsagenda opens the chosen action's history.
func TestActionHistory(t *testing.T) {
	s := newStore(t, true)
	p, sh := newScreen(t, s)
	openDemoPlan(t, p)
	a := p.ed.agenda
	if !a.historyButton.Disabled() {
		t.Error("history is offered before an action is chosen")
	}
	a.View.Choose(0)
	test.Tap(a.historyButton)
	if len(sh.Histories) != 1 || sh.Histories[0].Kind != data.KindAction || sh.Histories[0].ID != a.actions[0].ID {
		t.Errorf("history asked for %+v", sh.Histories)
	}
}
