package figures

import (
	"maps"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
)

// paste puts text on the clipboard and pastes it into the cell with the
// keyboard, as Ctrl+V does.
func paste(t *testing.T, s *Screen, text string) {
	t.Helper()
	clip := fyne.CurrentApp().Clipboard()
	clip.SetContent(text)
	s.Window().Canvas().Focused().(fyne.Shortcutable).TypedShortcut(&fyne.ShortcutPaste{Clipboard: clip})
}

// gridCounts is what the grid shows, "name period" -> count,
// empty cells left out.
func gridCounts(s *Screen) map[string]string {
	out := map[string]string{}
	for r, rw := range s.grid.rows {
		for c, col := range s.grid.cols {
			if v := s.grid.cells[r][c].cur.count; v != "" {
				out[rw.name+" "+col.period] = v
			}
		}
	}
	return out
}

// A block copied from a spreadsheet fills the grid from the cell
// selected: right and down, as it was copied.
func TestPasteABlockFromTheCellSelected(t *testing.T) {
	s, _ := figuresOn(t, westFriesland(t, may2026))
	focus(t, s, "Koggenland", "2026-Q2")
	paste(t, s, "1\t2\r\n3\t\r\n")
	want := map[string]string{"Koggenland 2026-Q2": "1", "Koggenland 2026-Q3": "2", "Medemblik 2026-Q2": "3"}
	if got := gridCounts(s); !maps.Equal(got, want) {
		t.Errorf("grid %v, want %v", got, want)
	}
	if got := messageOf(s); got != "4 cellen geplakt." { // the empty one empties its cell
		t.Errorf("message %q", got)
	}
	// What falls outside the grid is left out, and said.
	focus(t, s, "West-Friesland", "2026")
	paste(t, s, "7\t8\n9\t10")
	if got := shown(t, s, "West-Friesland", "2026"); got != "7" {
		t.Errorf("the corner shows %q", got)
	}
	if got := messageOf(s); got != "1 cel geplakt. 3 waarden vielen buiten het raster." {
		t.Errorf("message %q", got)
	}
	// One value replaces the count of the cell, and what is no count is
	// marked, as typed.
	focus(t, s, "Hoorn", "2026-Q1")
	paste(t, s, "veel")
	if r, c := cell(t, s, "Hoorn", "2026-Q1"); s.grid.cells[r][c].problem == "" {
		t.Error("pasted text that is no count is not marked")
	}
}

// A first row with a count and a word that is no count ("n.b.") is
// figures, not a header: nothing is dropped and nothing shifts a row up.
func TestPasteAWordAmongCountsIsNoHeader(t *testing.T) {
	s, _ := figuresOn(t, westFriesland(t, may2026))
	focus(t, s, "Hoorn", "2026-Q1")
	paste(t, s, "12\tn.b.\n3\t4")
	if got := shown(t, s, "Hoorn", "2026-Q1"); got != "12" {
		t.Errorf("Hoorn Q1 shows %q, want the first row's 12", got)
	}
	if r, c := cell(t, s, "Hoorn", "2026-Q2"); s.grid.cells[r][c].problem == "" {
		t.Error("n.b. in Hoorn Q2 is not marked")
	}
	if got := shown(t, s, "Koggenland", "2026-Q1"); got != "3" {
		t.Errorf("the second row did not land in the next row: Koggenland Q1 shows %q", got)
	}
}

// A header row of periods puts each column under its period, however the
// spreadsheet writes it, and a first column of names each row in the row
// of its municipality or cluster, by name or CBS code; names the grid
// does not have are said.
func TestPasteWithHeaderAndNames(t *testing.T) {
	s, _ := figuresOn(t, westFriesland(t, may2026))
	focus(t, s, "Hoorn", "2026-Q1") // where the block lands does not matter
	paste(t, s, "Gemeente\tK3\t2026-Q1\tjaar\n"+
		"Medemblik\t4\t5\t20\n"+
		"GM0405\t6\t7\t30\n"+
		"Purmerend\t1\t1\t1\n"+
		"West-Friesland\t\t12\t50\n")
	want := map[string]string{"Medemblik 2026-Q3": "4", "Medemblik 2026-Q1": "5", "Medemblik 2026": "20",
		"Hoorn 2026-Q3": "6", "Hoorn 2026-Q1": "7", "Hoorn 2026": "30", "West-Friesland 2026-Q1": "12", "West-Friesland 2026": "50"}
	if got := gridCounts(s); !maps.Equal(got, want) {
		t.Errorf("grid %v, want %v", got, want)
	}
	if got := messageOf(s); got != "9 cellen geplakt. Niet in het raster: Purmerend." {
		t.Errorf("message %q", got)
	}
	// Periods over the columns without names: from the row selected.
	focus(t, s, "Koggenland", "2026-Q1")
	paste(t, s, "2e kwartaal 2026\tQ4 2026\n8\t9\n")
	if a, b := shown(t, s, "Koggenland", "2026-Q2"), shown(t, s, "Koggenland", "2026-Q4"); a != "8" || b != "9" {
		t.Errorf("Koggenland's second and fourth quarter: %q, %q", a, b)
	}
	// Names without a header row: from the column selected.
	focus(t, s, "Hoorn", "2026-Q4")
	paste(t, s, "Koggenland\t3\nHoorn\t2\n")
	if a, b := shown(t, s, "Koggenland", "2026-Q4"), shown(t, s, "Hoorn", "2026-Q4"); a != "3" || b != "2" {
		t.Errorf("by name: Koggenland %q, Hoorn %q", a, b)
	}
	if !s.Dirty() || !strings.HasSuffix(s.status.Text, "cellen gewijzigd, nog niet opgeslagen") {
		t.Errorf("pasted cells are not edits to save: %q", s.status.Text)
	}
}
