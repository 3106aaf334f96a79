package app

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"ketenregie/app/kit"
)

// recordTable is a rowTable whose rows are records. It remembers the chosen
// record by id, so that the choice outlasts new rows, enables the buttons
// that act on the chosen record only while there is one, and shows a note
// instead of the table when there are no rows.
type recordTable struct {
	view     *kit.RowTable
	ids      []string         // the record of each row
	selected string           // the chosen record, "" for none
	buttons  []*widget.Button // enabled only while a record is chosen
	onChoose func()           // after the user chose a row, if set
	empty    *widget.Label    // the note shown when there are no rows
}

// newRecordTable makes a table of cols whose double click opens the row's
// record, with the note empty for when it has no rows. A panic in choosing
// or opening a row is reported to e's window.
func newRecordTable(e *env, cols []kit.Column, empty string, open func(id string)) *recordTable {
	t := &recordTable{view: kit.NewRowTable(cols), empty: widget.NewLabel(empty)}
	t.empty.Alignment = fyne.TextAlignCenter
	t.empty.Wrapping = fyne.TextWrapWord
	t.empty.Importance = widget.LowImportance
	t.view.OnSelect = safe1(e, func(row int) {
		t.selected = t.idAt(row)
		t.enableButtons()
		if t.onChoose != nil {
			t.onChoose()
		}
	})
	t.view.OnOpen = safe1(e, func(row int) {
		if id := t.idAt(row); id != "" {
			open(id)
		}
	})
	return t
}

// tableWithNote is the table, with the note over it, noteWidth wide, when
// it has no rows.
func (t *recordTable) tableWithNote(noteWidth float32) fyne.CanvasObject {
	return container.NewStack(t.view.Content(), container.NewCenter(container.NewGridWrap(fyne.NewSize(noteWidth, 80), t.empty)))
}

// setRows shows rows, one for each record in ids, and keeps the chosen
// record chosen when it is still among them.
func (t *recordTable) setRows(ids []string, rows [][]kit.Cell) {
	t.ids = ids
	sel := t.index(t.selected)
	if sel < 0 {
		t.selected = ""
	}
	t.view.SetRows(rows, sel)
	if len(rows) == 0 {
		t.empty.Show()
	} else {
		t.empty.Hide()
	}
	t.enableButtons()
}

// index is the row of record id, or -1.
func (t *recordTable) index(id string) int {
	if id == "" {
		return -1
	}
	return slices.Index(t.ids, id)
}

// idAt is the record of row, or "" outside the rows.
func (t *recordTable) idAt(row int) string {
	if row < 0 || row >= len(t.ids) {
		return ""
	}
	return t.ids[row]
}

func (t *recordTable) enableButtons() {
	for _, b := range t.buttons {
		if t.selected == "" {
			b.Disable()
		} else {
			b.Enable()
		}
	}
}
