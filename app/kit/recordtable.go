package kit

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// RecordTable is a rowTable whose rows are records. It remembers the chosen
// record by id, so that the choice outlasts new rows, enables the buttons
// that act on the chosen record only while there is one, and shows a note
// instead of the table when there are no rows.
type RecordTable struct {
	View     *RowTable
	IDs      []string         // the record of each row
	Selected string           // the chosen record, "" for none
	Buttons  []*widget.Button // enabled only while a record is chosen
	OnChoose func()           // after the user chose a row, if set
	Empty    *widget.Label    // the note shown when there are no rows
}

// NewRecordTable makes a table of cols whose double click opens the row's
// record, with the note empty for when it has no rows. A panic in choosing
// or opening a row is reported to e's window.
func NewRecordTable(e Recoverer, cols []Column, empty string, open func(id string)) *RecordTable {
	t := &RecordTable{View: NewRowTable(cols), Empty: widget.NewLabel(empty)}
	t.Empty.Alignment = fyne.TextAlignCenter
	t.Empty.Wrapping = fyne.TextWrapWord
	t.Empty.Importance = widget.LowImportance
	t.View.OnSelect = Safe1(e, func(row int) {
		t.Selected = t.IDAt(row)
		t.EnableButtons()
		if t.OnChoose != nil {
			t.OnChoose()
		}
	})
	t.View.OnOpen = Safe1(e, func(row int) {
		if id := t.IDAt(row); id != "" {
			open(id)
		}
	})
	return t
}

// TableWithNote is the table, with the note over it, noteWidth wide, when
// it has no rows.
func (t *RecordTable) TableWithNote(noteWidth float32) fyne.CanvasObject {
	return container.NewStack(t.View.Content(), container.NewCenter(container.NewGridWrap(fyne.NewSize(noteWidth, 80), t.Empty)))
}

// SetRows shows rows, one for each record in ids, and keeps the chosen
// record chosen when it is still among them.
func (t *RecordTable) SetRows(ids []string, rows [][]Cell) {
	t.IDs = ids
	sel := t.Index(t.Selected)
	if sel < 0 {
		t.Selected = ""
	}
	t.View.SetRows(rows, sel)
	if len(rows) == 0 {
		t.Empty.Show()
	} else {
		t.Empty.Hide()
	}
	t.EnableButtons()
}

// Index is the row of record id, or -1.
func (t *RecordTable) Index(id string) int {
	if id == "" {
		return -1
	}
	return slices.Index(t.IDs, id)
}

// IDAt is the record of row, or "" outside the rows.
func (t *RecordTable) IDAt(row int) string {
	if row < 0 || row >= len(t.IDs) {
		return ""
	}
	return t.IDs[row]
}

func (t *RecordTable) EnableButtons() {
	for _, b := range t.Buttons {
		if t.Selected == "" {
			b.Disable()
		} else {
			b.Enable()
		}
	}
}
