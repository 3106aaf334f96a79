package kit

import (
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// TestRecordTableKeepsTheChoice: the chosen row stays chosen when the rows
// are set again and it is still there, in its new place; the buttons that
// need a chosen row follow the choice; a double click opens that row's record.
func TestRecordTableKeepsTheChoice(t *testing.T) {
	test.NewTempApp(t)
	var opened []string
	tb := NewRecordTable(nil, []Column{{Title: "Titel", Min: 100, Weight: 1}}, "Niets", func(id string) { opened = append(opened, id) })
	edit := widget.NewButton("Bewerken", nil)
	tb.Buttons = []*widget.Button{edit}
	rows := func(titles ...string) [][]Cell {
		var out [][]Cell
		for _, s := range titles {
			out = append(out, []Cell{Plain(s)})
		}
		return out
	}
	tb.SetRows([]string{"a", "b", "c"}, rows("A", "B", "C"))
	if tb.Selected != "" || !edit.Disabled() || tb.Empty.Visible() {
		t.Fatalf("new table: chosen %q, button disabled %v, note shown %v", tb.Selected, edit.Disabled(), tb.Empty.Visible())
	}
	tb.View.Choose(1)
	if tb.Selected != "b" || edit.Disabled() {
		t.Errorf("after choosing row 1: chosen %q, button disabled %v", tb.Selected, edit.Disabled())
	}
	tb.SetRows([]string{"c", "b"}, rows("C", "B"))
	if tb.Selected != "b" || tb.View.Selected != 1 || edit.Disabled() {
		t.Errorf("b moved: chosen %q in row %d, button disabled %v", tb.Selected, tb.View.Selected, edit.Disabled())
	}
	tb.View.OnOpen(0)
	tb.View.OnOpen(5)
	if len(opened) != 1 || opened[0] != "c" {
		t.Errorf("double clicks opened %q, want [c]", opened)
	}
	tb.SetRows(nil, nil)
	if tb.Selected != "" || tb.View.Selected != -1 || !edit.Disabled() || !tb.Empty.Visible() {
		t.Errorf("no rows: chosen %q in row %d, button disabled %v, note shown %v", tb.Selected, tb.View.Selected, edit.Disabled(), tb.Empty.Visible())
	}
}
