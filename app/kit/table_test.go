package kit

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// TestRowCellShowsEveryChange: a cell skips redrawing what did not change
// (BenchmarkPlanSearchKeystroke), so it must still show every change of
// text, importance and choice.
func TestRowCellShowsEveryChange(t *testing.T) {
	test.NewTempApp(t)
	tb := NewRowTable([]Column{{Title: "Titel", Min: 100, Weight: 1}})
	c := newRowCell(tb)
	c.set(0, Plain("Beleidsplan Hoorn"), false)
	c.set(0, Plain("Beleidsplan Hoorn"), false)
	if c.label.Text != "Beleidsplan Hoorn" || c.bg.FillColor != color.Transparent {
		t.Fatalf("text %q, fill %v", c.label.Text, c.bg.FillColor)
	}
	c.set(1, Cell{Text: "Beleidsplan Hoorn", Importance: widget.DangerImportance}, true)
	if c.row != 1 || c.label.Importance != widget.DangerImportance || c.bg.FillColor != theme.Color(theme.ColorNameSelection) {
		t.Errorf("after a change of importance and choice: row %d, importance %v, fill %v", c.row, c.label.Importance, c.bg.FillColor)
	}
	c.set(1, Plain("Beleidsplan Medemblik"), false)
	if c.label.Text != "Beleidsplan Medemblik" || c.bg.FillColor != color.Transparent {
		t.Errorf("after new text: %q, fill %v", c.label.Text, c.bg.FillColor)
	}
}
