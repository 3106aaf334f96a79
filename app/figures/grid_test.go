package figures

import (
	"context"
	"maps"
	"slices"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"ketenregie/app/kit/kittest"
	"ketenregie/data"
)

// The grid opens on the quarters of the year whose quarter ended last,
// with the year beside them: in the first quarter that is still last
// year. Its rows are the cluster's municipalities by name, then the
// cluster.
func TestGridOpensOnTheQuartersBeingCounted(t *testing.T) {
	for day, want := range map[time.Time]string{
		time.Date(2026, 2, 3, 9, 0, 0, 0, time.Local):   "2025",
		time.Date(2026, 4, 1, 9, 0, 0, 0, time.Local):   "2026",
		time.Date(2026, 12, 31, 9, 0, 0, 0, time.Local): "2026",
	} {
		s, _ := figuresOn(t, westFriesland(t, day))
		var periods, heads []string
		for _, c := range s.grid.cols {
			periods = append(periods, c.period)
			heads = append(heads, c.head)
		}
		wantPeriods := []string{want + "-Q1", want + "-Q2", want + "-Q3", want + "-Q4", want}
		if !slices.Equal(periods, wantPeriods) || heads[0] != "1e kwartaal" || heads[4] != "Jaar" {
			t.Errorf("on %s: columns %v %v, want %v", day.Format("2006-01-02"), periods, heads, wantPeriods)
		}
		var rows []string
		for _, r := range s.grid.rows {
			rows = append(rows, r.name)
		}
		if !slices.Equal(rows, []string{"Hoorn", "Koggenland", "Medemblik", "West-Friesland"}) {
			t.Errorf("rows %v", rows)
		}
		if s.measureSelect.Selected != "Signalen via de interne meldroute" || s.yearLabel.Text != want {
			t.Errorf("measure %q, year %q", s.measureSelect.Selected, s.yearLabel.Text)
		}
	}
}

// Typing is a spreadsheet's: a key replaces the count of the cell
// selected, Tab goes right (to the next row after the last column),
// Enter down (to the top of the next column after the last row), Shift
// backwards; nothing is stored until Opslaan.
func TestTypingAndMovingLikeASpreadsheet(t *testing.T) {
	st := westFriesland(t, may2026)
	s, _ := figuresOn(t, st)
	focus(t, s, "Hoorn", "2026-Q1")
	typeKeys(t, s, "12", key(fyne.KeyTab), "7", key(fyne.KeyReturn), "3")
	if got := at(s); got != "Koggenland 2026-Q2" {
		t.Errorf("after 12 Tab 7 Enter the keyboard is at %s", got)
	}
	for _, c := range []struct{ name, period, want string }{
		{"Hoorn", "2026-Q1", "12"}, {"Hoorn", "2026-Q2", "7"}, {"Koggenland", "2026-Q2", "3"}, {"Medemblik", "2026-Q2", ""},
	} {
		if got := shown(t, s, c.name, c.period); got != c.want {
			t.Errorf("%s %s shows %q, want %q", c.name, c.period, got, c.want)
		}
	}
	typeKeys(t, s, shift(fyne.KeyTab))
	if got := at(s); got != "Koggenland 2026-Q1" {
		t.Errorf("Shift+Tab went to %s", got)
	}
	typeKeys(t, s, shift(fyne.KeyTab))
	if got := at(s); got != "Hoorn 2026" {
		t.Errorf("Shift+Tab at the start of a row went to %s, want the end of the row above", got)
	}
	typeKeys(t, s, key(fyne.KeyTab))
	if got := at(s); got != "Koggenland 2026-Q1" {
		t.Errorf("Tab at the end of a row went to %s, want the start of the next", got)
	}
	focus(t, s, "West-Friesland", "2026-Q3")
	typeKeys(t, s, key(fyne.KeyReturn))
	if got := at(s); got != "Hoorn 2026-Q4" {
		t.Errorf("Enter on the last row went to %s, want the top of the next column", got)
	}
	typeKeys(t, s, shift(fyne.KeyReturn), key(fyne.KeyUp), key(fyne.KeyRight), key(fyne.KeyDown), key(fyne.KeyLeft))
	if got := at(s); got != "West-Friesland 2026-Q3" {
		t.Errorf("after Shift+Enter and the arrows the keyboard is at %s", got)
	}

	if len(stored(t, st)) != 0 || !s.Dirty() || s.saveButton.Disabled() {
		t.Fatalf("before Opslaan: stored %v, dirty %v", stored(t, st), s.Dirty())
	}
	if got := s.status.Text; got != "3 cellen gewijzigd, nog niet opgeslagen" {
		t.Errorf("status %q", got)
	}
	// The mouse button going down selects a cell: the driver taps only
	// after the time a double click takes, and a key may come first.
	r, c := cell(t, s, "Hoorn", "2026-Q3")
	s.grid.views[r][c].MouseDown(&desktop.MouseEvent{})
	if got := at(s); got != "Hoorn 2026-Q3" {
		t.Errorf("a mouse button down on Hoorn's third quarter selected %s", got)
	}
	typeKeys(t, s, "x") // then Escape puts back what the cell had
	typeKeys(t, s, key(fyne.KeyEscape))
	// Ctrl+S in a cell saves, as anywhere in the window.
	s.Window().Canvas().Focused().(fyne.Shortcutable).TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault})
	want := map[string]string{"Hoorn 2026-Q1 signalen-meldroute": "12", "Hoorn 2026-Q2 signalen-meldroute": "7",
		"Koggenland 2026-Q2 signalen-meldroute": "3"}
	if got := stored(t, st); !maps.Equal(got, want) {
		t.Errorf("stored %v, want %v", got, want)
	}
	if s.Dirty() || !s.saveButton.Disabled() || messageOf(s) != "✓ 3 wijzigingen opgeslagen." {
		t.Errorf("after saving: dirty %v, message %q", s.Dirty(), messageOf(s))
	}
}

// A key typed in a cell that holds a count replaces it, as in a
// spreadsheet; F2 (or a double click) adds to it; Escape puts back what
// the cell held when selected; Backspace and Delete empty it.
func TestTypingReplacesTheCount(t *testing.T) {
	st := westFriesland(t, may2026)
	addFigure(t, st, "GM0405", "2026-Q1", "6")
	s, _ := figuresOn(t, st)
	if got := shown(t, s, "Hoorn", "2026-Q1"); got != "6" {
		t.Fatalf("the stored figure shows as %q", got)
	}
	focus(t, s, "Hoorn", "2026-Q1")
	typeKeys(t, s, "9")
	if got := shown(t, s, "Hoorn", "2026-Q1"); got != "9" {
		t.Errorf("typing 9 over 6 shows %q", got)
	}
	typeKeys(t, s, key(fyne.KeyEscape))
	if got := shown(t, s, "Hoorn", "2026-Q1"); got != "6" || s.Dirty() {
		t.Errorf("Escape left %q (dirty %v)", got, s.Dirty())
	}
	typeKeys(t, s, key(fyne.KeyF2), "1")
	if got := shown(t, s, "Hoorn", "2026-Q1"); got != "61" {
		t.Errorf("F2 then 1 shows %q", got)
	}
	typeKeys(t, s, key(fyne.KeyBackspace))
	if got := shown(t, s, "Hoorn", "2026-Q1"); got != "6" {
		t.Errorf("Backspace while typing left %q", got)
	}
	typeKeys(t, s, key(fyne.KeyDown), key(fyne.KeyUp), key(fyne.KeyBackspace))
	if got := shown(t, s, "Hoorn", "2026-Q1"); got != "" {
		t.Errorf("Backspace on a selected cell left %q", got)
	}
	typeKeys(t, s, "1.234", key(fyne.KeyTab))
	if got := shown(t, s, "Hoorn", "2026-Q1"); got != "1234" {
		t.Errorf("1.234 shows as %q once left", got)
	}
}

// An empty cluster cell suggests the sum of its municipalities, and an
// empty year the sum of its quarters; a small count for a municipality
// is marked with a dot and explained under the grid.
func TestSumsAndSmallCounts(t *testing.T) {
	st := westFriesland(t, may2026)
	addFigure(t, st, "GM0405", "2026-Q1", "12")
	addFigure(t, st, "GM0420", "2026-Q1", "3")
	addFigure(t, st, "GM0420", "2026-Q2", "2")
	s, _ := figuresOn(t, st)
	r, c := cell(t, s, "West-Friesland", "2026-Q1")
	if n, ok := s.grid.sum(r, c); !ok || n != 15 {
		t.Errorf("the cluster's first quarter suggests %d, %v", n, ok)
	}
	r, c = cell(t, s, "Medemblik", "2026")
	if n, ok := s.grid.sum(r, c); !ok || n != 5 {
		t.Errorf("Medemblik's year suggests %d, %v", n, ok)
	}
	r, c = cell(t, s, "Koggenland", "2026")
	if _, ok := s.grid.sum(r, c); ok {
		t.Error("a row without counts suggests a sum")
	}
	r, c = cell(t, s, "Medemblik", "2026-Q1")
	rd := test.WidgetRenderer(s.grid.views[r][c]).(*cellRenderer)
	if rd.dot.Hidden || !s.grid.cells[r][c].small() {
		t.Error("Medemblik's 3 has no dot")
	}
	focus(t, s, "Medemblik", "2026-Q1")
	if !s.cellNote.Visible() || s.cellNote.Text == "" {
		t.Error("no word under the grid on a small count")
	}
	r, c = cell(t, s, "Hoorn", "2026-Q1")
	if !test.WidgetRenderer(s.grid.views[r][c]).(*cellRenderer).dot.Hidden {
		t.Error("Hoorn's 12 has a dot")
	}
}

// Choosing another measure, cluster or periods with edits not saved
// asks first; going back keeps the edits and the choice as it was.
func TestChoosingAnotherPartAsksAboutEdits(t *testing.T) {
	st := westFriesland(t, may2026)
	s, sh := figuresOn(t, st)
	focus(t, s, "Hoorn", "2026-Q1")
	typeKeys(t, s, "4")
	s.measureSelect.SetSelectedIndex(1)
	test.Tap(kittest.DialogButton(t, sh.Win, "Terug naar de cijfers"))
	if s.measureSelect.SelectedIndex() != 0 || shown(t, s, "Hoorn", "2026-Q1") != "4" {
		t.Errorf("after going back: measure %d, Hoorn shows %q", s.measureSelect.SelectedIndex(), shown(t, s, "Hoorn", "2026-Q1"))
	}
	test.Tap(s.nextYear)
	test.Tap(kittest.DialogButton(t, sh.Win, "Opslaan"))
	if s.yearLabel.Text != "2027" || stored(t, st)["Hoorn 2026-Q1 signalen-meldroute"] != "4" {
		t.Errorf("after saving: year %s, stored %v", s.yearLabel.Text, stored(t, st))
	}
	s.modeSelect.SetSelectedIndex(int(Months))
	if len(s.grid.cols) != 13 || s.grid.cols[0].period != "2027-01" || s.grid.cols[12].period != "2027" {
		t.Errorf("months: %v", s.grid.cols)
	}
	s.modeSelect.SetSelectedIndex(int(Years))
	if len(s.grid.cols) != yearSpan || s.grid.cols[0].period != "2023" || s.yearLabel.Text != "2023–2027" {
		t.Errorf("years: %v, %s", s.grid.cols, s.yearLabel.Text)
	}
	noDialog(t, sh.Win)

	// The window's question on leaving the screen: throwing away.
	s.ShowPeriods(Quarters, 2026)
	focus(t, s, "Medemblik", "2026-Q2")
	typeKeys(t, s, "8")
	left := false
	s.WhenDiscarded(func() { left = true }, nil)
	test.Tap(kittest.DialogButton(t, sh.Win, "Weggooien"))
	if !left || s.Dirty() || shown(t, s, "Medemblik", "2026-Q2") != "" {
		t.Errorf("after Weggooien: left %v, dirty %v", left, s.Dirty())
	}
}

// The grid of all municipalities with figures has a row for each of
// them, and for a cluster with figures; another municipality can be
// added as a row.
func TestAllMunicipalitiesWithFigures(t *testing.T) {
	st := westFriesland(t, may2026)
	addFigure(t, st, "GM0392", "2026-Q1", "20") // Haarlem, in no cluster here
	cluster, _ := st.List(context.Background(), data.KindCluster)
	if _, err := st.Create(context.Background(), data.KindFigure, map[string]string{data.Figure.ClusterID: cluster[0].ID,
		data.Figure.Period: "2025", data.Figure.Measure: data.MeasureCasussenOverleg, data.Figure.Count: "9"}); err != nil {
		t.Fatal(err)
	}
	s, _ := figuresOn(t, st)
	s.scopeSelect.SetSelected("Alle gemeenten met cijfers")
	var rows []string
	for _, r := range s.grid.rows {
		rows = append(rows, r.name)
	}
	if !slices.Equal(rows, []string{"Haarlem", "West-Friesland"}) {
		t.Errorf("rows %v", rows)
	}
	if !slices.Contains(test.LaidOutObjects(s.Content()), fyne.CanvasObject(s.addRow)) {
		t.Error("no field to add a municipality's row")
	}
	s.addRow.SetSelected("Enkhuizen")
	if got := at(s); got != "Enkhuizen 2026-Q1" {
		t.Errorf("after adding Enkhuizen the keyboard is at %s", got)
	}
	typeKeys(t, s, "5")
	s.save()
	if got := stored(t, st)["Enkhuizen 2026-Q1 signalen-meldroute"]; got != "5" {
		t.Errorf("Enkhuizen's figure: %q", got)
	}
}
