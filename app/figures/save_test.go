package figures

import (
	"context"
	"image/color"
	"maps"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"ketenregie/app/kit/kittest"
	"ketenregie/data"
)

// Opslaan writes every edited cell, new, changed and the source and notes
// typed under the grid, in one transaction: the store's clock, which
// ticks at each transaction, gives them all one time.
func TestSaveWritesAllCellsInOneTransaction(t *testing.T) {
	ctx := context.Background()
	st := westFriesland(t, may2026)
	old := addFigure(t, st, "GM0420", "2026-Q1", "4", data.Figure.Notes, "Uit de registratie.")
	s, _ := figuresOn(t, st)
	focus(t, s, "Hoorn", "2026-Q1")
	typeKeys(t, s, "10", key(fyne.KeyTab), "11")
	test.Type(s.source, "Registratie meldroute")
	focus(t, s, "Medemblik", "2026-Q1")
	typeKeys(t, s, "5")
	focus(t, s, "West-Friesland", "2026")
	typeKeys(t, s, "40")
	s.save()
	want := map[string]string{"Hoorn 2026-Q1 signalen-meldroute": "10", "Hoorn 2026-Q2 signalen-meldroute": "11",
		"Medemblik 2026-Q1 signalen-meldroute": "5", "West-Friesland 2026 signalen-meldroute": "40"}
	if got := stored(t, st); !maps.Equal(got, want) {
		t.Fatalf("stored %v, want %v", got, want)
	}
	figs, _ := st.List(ctx, data.KindFigure)
	times := map[string]bool{}
	for _, f := range figs {
		if f.Get(data.Figure.Period) == "2026-Q2" && f.Get(data.Figure.Source) != "Registratie meldroute" {
			t.Errorf("Hoorn's second quarter has source %q", f.Get(data.Figure.Source))
		}
		hist, err := st.History(ctx, data.KindFigure, f.ID)
		if err != nil {
			t.Fatal(err)
		}
		last := hist[len(hist)-1]
		if f.ID == old && last.Field != data.Figure.Count {
			t.Errorf("the update of Medemblik's figure wrote %s, not only the count", last.Field)
		}
		times[last.Time.String()] = true
	}
	if len(times) != 1 {
		t.Errorf("the cells were written at %d times, want one transaction: %v", len(times), times)
	}
	if f, _ := st.Get(ctx, data.KindFigure, old); f.Get(data.Figure.Notes) != "Uit de registratie." {
		t.Errorf("Medemblik's notes became %q", f.Get(data.Figure.Notes))
	}
}

// A cell that holds no whole number of 0 or more is marked and stops
// Opslaan with a message that names it; nothing is written, also not the
// cells that were right, until it is put right.
func TestInvalidInputBlocksSave(t *testing.T) {
	st := westFriesland(t, may2026)
	addFigure(t, st, "GM0405", "2026-Q1", "6")
	s, _ := figuresOn(t, st)
	focus(t, s, "Hoorn", "2026-Q1")
	typeKeys(t, s, "7", key(fyne.KeyTab), "twaalf", key(fyne.KeyTab), "-3", key(fyne.KeyTab), "2,5")
	before := stored(t, st)
	s.save()
	if got := stored(t, st); !maps.Equal(got, before) {
		t.Errorf("a save with wrong cells stored %v", got)
	}
	msg := messageOf(s)
	if msg != "Er is niets opgeslagen: 3 cellen (rood gemarkeerd) bevatten geen aantal." || s.message.Importance != widget.DangerImportance {
		t.Errorf("message %q", msg)
	}
	if got := at(s); got != "Hoorn 2026-Q2" {
		t.Errorf("the keyboard is at %s, want the first wrong cell", got)
	}
	r, c := cell(t, s, "Hoorn", "2026-Q3")
	if p := s.grid.cells[r][c].problem; p != "-3 is negatief" {
		t.Errorf("-3: %q", p)
	}
	alpha := func(name, period string) uint8 {
		r, c := cell(t, s, name, period)
		fill := test.WidgetRenderer(s.grid.views[r][c]).(*cellRenderer).tint.FillColor
		return color.NRGBAModel.Convert(fill).(color.NRGBA).A
	}
	if alpha("Hoorn", "2026-Q3") != 0x40 || alpha("Hoorn", "2026-Q1") != 0x30 || alpha("Koggenland", "2026-Q1") != 0 {
		t.Error("the wrong cells are not marked apart from the right ones and the unchanged")
	}
	if !s.cellNote.Visible() || !strings.HasPrefix(s.cellNote.Text, "twaalf is geen heel getal.") {
		t.Errorf("under the grid: %q", s.cellNote.Text)
	}
	// Put right, it saves.
	typeKeys(t, s, "12", key(fyne.KeyTab), "3", key(fyne.KeyTab), key(fyne.KeyDelete))
	s.save()
	want := map[string]string{"Hoorn 2026-Q1 signalen-meldroute": "7", "Hoorn 2026-Q2 signalen-meldroute": "12", "Hoorn 2026-Q3 signalen-meldroute": "3"}
	if got := stored(t, st); !maps.Equal(got, want) {
		t.Errorf("stored %v, want %v", got, want)
	}
}

// Emptying a cell deletes its figure when the grid is saved, after the
// coordinator agreed; the delete can be undone for a few seconds.
func TestClearingACellDeletesItsFigure(t *testing.T) {
	st := westFriesland(t, may2026)
	id := addFigure(t, st, "GM0405", "2026-Q1", "6", data.Figure.Notes, "Via de balie.")
	addFigure(t, st, "GM0405", "2026-Q2", "8")
	s, sh := figuresOn(t, st)
	focus(t, s, "Hoorn", "2026-Q1")
	typeKeys(t, s, key(fyne.KeyDelete))
	r, c := cell(t, s, "Hoorn", "2026-Q1")
	if st := s.grid.cells[r][c]; !st.deleting() || !s.Dirty() {
		t.Fatal("an emptied cell is not to be deleted")
	}
	if rd := test.WidgetRenderer(s.grid.views[r][c]).(*cellRenderer); rd.strike.Hidden || rd.text.Text != "6" {
		t.Errorf("the emptied cell shows %q, struck out %v", rd.text.Text, !rd.strike.Hidden)
	}
	if !strings.Contains(s.cellNote.Text, "wordt het cijfer 6 verwijderd") || !s.notes.Disabled() {
		t.Errorf("under the grid: %q", s.cellNote.Text)
	}
	s.save()
	if text := kittest.DialogText(sh.Win); !strings.Contains(text, "Hoorn, 1e kwartaal 2026 (6)") {
		t.Errorf("the question: %q", text)
	}
	test.Tap(kittest.DialogButton(t, sh.Win, "Terug"))
	if _, ok := stored(t, st)["Hoorn 2026-Q1 signalen-meldroute"]; !ok || !s.Dirty() {
		t.Fatal("going back deleted the figure, or lost the edit")
	}
	s.save()
	test.Tap(kittest.DialogButton(t, sh.Win, "Verwijderen en opslaan"))
	if _, ok := stored(t, st)["Hoorn 2026-Q1 signalen-meldroute"]; ok || s.Dirty() {
		t.Fatal("the figure was not deleted")
	}
	if d := sh.LastDeleted(); d.Kind != data.KindFigure || d.ID != id || d.What != "Het cijfer voor Hoorn, 1e kwartaal 2026" {
		t.Errorf("undo offered for %+v", d)
	}
	// Typed again, the cell's figure is back, as a new count without the old notes.
	focus(t, s, "Hoorn", "2026-Q1")
	typeKeys(t, s, "5")
	s.save()
	f, err := st.Get(context.Background(), data.KindFigure, id)
	if err != nil || f.Get(data.Figure.Count) != "5" || f.Get(data.Figure.Notes) != "" {
		t.Errorf("the cell again: %v %v", f.Values, err)
	}
}

// Notes or a source that look like a BSN or a date of birth are refused
// by the store: the message says so in its words, the cell is selected,
// and nothing of the save is written.
func TestCaseDataIsRefused(t *testing.T) {
	st := westFriesland(t, may2026)
	s, _ := figuresOn(t, st)
	focus(t, s, "Hoorn", "2026-Q1")
	typeKeys(t, s, "3")
	focus(t, s, "Medemblik", "2026-Q1")
	typeKeys(t, s, "2")
	s.notes.SetText("melding over 111222333")
	focus(t, s, "Koggenland", "2026-Q1")
	typeKeys(t, s, "1")
	s.save()
	if got := stored(t, st); len(got) != 0 {
		t.Errorf("stored %v", got)
	}
	msg := messageOf(s)
	if !strings.HasPrefix(msg, "Medemblik, 1e kwartaal 2026: Toelichting: \"111222333\" lijkt een BSN") {
		t.Errorf("message %q", msg)
	}
	if got := at(s); got != "Medemblik 2026-Q1" || s.notes.Text != "melding over 111222333" {
		t.Errorf("the keyboard is at %s, the notes say %q", got, s.notes.Text)
	}
	s.notes.SetText("melding via de balie")
	s.save()
	if got := len(stored(t, st)); got != 3 {
		t.Errorf("after correcting, %d figures stored", got)
	}
}

// Notes need a count: for an empty cell the fields under the grid are
// closed.
func TestNotesBelongToACount(t *testing.T) {
	s, _ := figuresOn(t, westFriesland(t, may2026))
	if !s.source.Disabled() || s.cellTitle.Text != "Kies een cel om de bron en de toelichting van het cijfer te zien." {
		t.Errorf("nothing selected: %q", s.cellTitle.Text)
	}
	focus(t, s, "Hoorn", "2026-Q1")
	if !s.source.Disabled() || !s.notes.Disabled() || s.cellTitle.Text != "Hoorn, 1e kwartaal 2026" {
		t.Error("an empty cell takes notes")
	}
	typeKeys(t, s, "4")
	if s.source.Disabled() || s.notes.Disabled() {
		t.Error("a cell with a count takes no notes")
	}
}

// A figure opened from elsewhere (a search, the undo of a delete) shows
// its measure, its periods and its cell selected.
func TestOpenRecordSelectsTheCell(t *testing.T) {
	ctx := context.Background()
	st := westFriesland(t, may2026)
	own, err := st.Create(ctx, data.KindMeasure, map[string]string{data.Measure.Name: "Controles"})
	if err != nil {
		t.Fatal(err)
	}
	id, err := st.Create(ctx, data.KindFigure, map[string]string{data.Figure.MunicipalityID: "GM0420", data.Figure.Period: "2025-07",
		data.Figure.MeasureID: own, data.Figure.Count: "3", data.Figure.Source: "Controleoverzicht"})
	if err != nil {
		t.Fatal(err)
	}
	s, _ := figuresOn(t, st)
	s.OpenRecord(data.KindFigure, id)
	if s.measureSelect.Selected != "Controles" || s.mode != Months || s.year != 2025 {
		t.Errorf("measure %q, mode %d, year %d", s.measureSelect.Selected, s.mode, s.year)
	}
	if got := at(s); got != "Medemblik 2025-07" || s.source.Text != "Controleoverzicht" || s.cellTitle.Text != "Medemblik, juli 2025" {
		t.Errorf("the keyboard is at %s; under the grid %q, %q", got, s.cellTitle.Text, s.source.Text)
	}
	s.OpenRecord(data.KindMeasure, "")
	s.measureSelect.SetSelectedIndex(0)
	s.OpenRecord(data.KindMeasure, own)
	if s.measureSelect.Selected != "Controles" {
		t.Errorf("an own measure opened shows %q", s.measureSelect.Selected)
	}
}

// Notes that seem to name a person are warned about under the grid, and
// saved: a check of words cannot be sure.
func TestNotesNamingAPersonAreWarnedAbout(t *testing.T) {
	st := westFriesland(t, may2026)
	s, _ := figuresOn(t, st)
	focus(t, s, "Hoorn", "2026-Q1")
	typeKeys(t, s, "3")
	s.notes.SetText("via mevrouw Jansen van de balie")
	if !s.cellNote.Visible() || !strings.Contains(s.cellNote.Text, "“mevrouw Jansen” lijkt een persoon te noemen") {
		t.Errorf("under the grid: %q", s.cellNote.Text)
	}
	s.notes.SetText("via de balie")
	if strings.Contains(s.cellNote.Text, "persoon") {
		t.Errorf("the warning stays: %q", s.cellNote.Text)
	}
}

// A stored figure's history opens from the cell panel; an empty cell has
// none to show.
func TestFigureHistory(t *testing.T) {
	st := westFriesland(t, may2026)
	s, sh := figuresOn(t, st)
	focus(t, s, "Hoorn", "2026-Q1")
	if !s.historyButton.Disabled() {
		t.Error("history is offered for an empty cell")
	}
	typeKeys(t, s, "3")
	s.save()
	focus(t, s, "Medemblik", "2026-Q1")
	focus(t, s, "Hoorn", "2026-Q1")
	if s.historyButton.Disabled() {
		t.Fatal("no history for a stored figure")
	}
	test.Tap(s.historyButton)
	if len(sh.Histories) != 1 || sh.Histories[0].Kind != data.KindFigure {
		t.Errorf("history asked for %+v", sh.Histories)
	}
}
