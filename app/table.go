package app

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// column is a column of a table view: at least min wide, and weight is its
// share of the width left over.
type column struct {
	title  string
	min    float32
	weight float32
}

// cell is one table cell: its text, and a colour for what needs attention.
type cell struct {
	text       string
	importance widget.Importance
}

func plain(text string) cell { return cell{text: text} }

// tableView is a read-only table whose columns share the available width.
type tableView struct {
	cols  []column
	rows  [][]cell
	table *widget.Table
	width float32
}

func newTableView(cols []column) *tableView {
	v := &tableView{cols: cols}
	v.table = widget.NewTableWithHeaders(
		func() (int, int) { return len(v.rows), len(v.cols) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(id widget.TableCellID, o fyne.CanvasObject) {
			l := o.(*widget.Label)
			c := cell{}
			if id.Row < len(v.rows) && id.Col < len(v.rows[id.Row]) {
				c = v.rows[id.Row][id.Col]
			}
			showCell(l, c)
		},
	)
	v.table.ShowHeaderColumn = false
	v.table.CreateHeader = func() fyne.CanvasObject {
		l := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		l.Truncation = fyne.TextTruncateEllipsis
		return l
	}
	v.table.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		if id.Col >= 0 && id.Col < len(v.cols) {
			o.(*widget.Label).SetText(v.cols[id.Col].title)
		}
	}
	return v
}

// showCell puts a cell's text in a label. A table refreshes every visible
// cell two or three times an update, and laying out a long, shortened label
// again was most of a keystroke's time in the plan list, so an unchanged
// label is left alone.
func showCell(l *widget.Label, c cell) {
	if l.Text == c.text && l.Importance == c.importance {
		return
	}
	l.Importance = c.importance
	l.SetText(c.text)
}

// Content is the table in a container that spreads the columns over its width.
func (v *tableView) Content() fyne.CanvasObject {
	return container.New(&fitColumns{v}, v.table)
}

func (v *tableView) setRows(rows [][]cell) {
	v.rows = rows
	v.table.Refresh()
	v.table.ScrollToTop()
}

// text returns the text of every cell, row by row, for tests.
func (v *tableView) text() []string {
	return rowsText(v.rows)
}

// rowsText is the text of every row, its cells joined by " | ", for tests.
func rowsText(rows [][]cell) []string {
	out := make([]string, len(rows))
	for i, r := range rows {
		parts := make([]string, len(r))
		for j, c := range r {
			parts[j] = c.text
		}
		out[i] = strings.Join(parts, " | ")
	}
	return out
}

// recordTable is a rowTable whose rows are records. It remembers the chosen
// record by id, so that the choice outlasts new rows, enables the buttons
// that act on the chosen record only while there is one, and shows a note
// instead of the table when there are no rows.
type recordTable struct {
	view     *rowTable
	ids      []string         // the record of each row
	selected string           // the chosen record, "" for none
	buttons  []*widget.Button // enabled only while a record is chosen
	onChoose func()           // after the user chose a row, if set
	empty    *widget.Label    // the note shown when there are no rows
}

// newRecordTable makes a table of cols whose double click opens the row's
// record, with the note empty for when it has no rows. A panic in choosing
// or opening a row is reported to e's window.
func newRecordTable(e *env, cols []column, empty string, open func(id string)) *recordTable {
	t := &recordTable{view: newRowTable(cols), empty: widget.NewLabel(empty)}
	t.empty.Alignment = fyne.TextAlignCenter
	t.empty.Wrapping = fyne.TextWrapWord
	t.empty.Importance = widget.LowImportance
	t.view.onSelect = safe1(e, func(row int) {
		t.selected = t.idAt(row)
		t.enableButtons()
		if t.onChoose != nil {
			t.onChoose()
		}
	})
	t.view.onOpen = safe1(e, func(row int) {
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
func (t *recordTable) setRows(ids []string, rows [][]cell) {
	t.ids = ids
	sel := t.index(t.selected)
	if sel < 0 {
		t.selected = ""
	}
	t.view.setRows(rows, sel)
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

// countText is the count line over a table of n rows: zero, one, or many,
// which the caller has filled in with n.
func countText(n int, zero, one, many string) string {
	switch n {
	case 0:
		return zero
	case 1:
		return one
	}
	return many
}

// fitColumns lays out a table and gives each column its share of the width.
type fitColumns struct{ v *tableView }

func (f *fitColumns) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	if size.Width != f.v.width {
		f.v.width = size.Width
		var mins, weights float32
		for _, c := range f.v.cols {
			mins += c.min
			weights += c.weight
		}
		weights = max(weights, 1)
		room := size.Width - theme.ScrollBarSize() - float32(len(f.v.cols))*theme.Padding()
		spare := max(0, room-mins)
		// Narrower than the columns' least widths: every column gives up
		// the same share, their texts cut off with "…", rather than the
		// table scrolling sideways for the last few pixels.
		shrink := float32(1)
		if room < mins && mins > 0 {
			shrink = max(room, 0) / mins
		}
		for i, c := range f.v.cols {
			f.v.table.SetColumnWidth(i, c.min*shrink+spare*c.weight/weights)
		}
	}
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

// MinSize is room for the header and about two rows: a table scrolls, and
// on a small screen the text above it needs the height more.
func (f *fitColumns) MinSize(objs []fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(200, 120)
}

// page is the frame of a list screen: a heading, an optional tool bar, and
// the body filling the rest.
func page(title string, tools fyne.CanvasObject, body fyne.CanvasObject) fyne.CanvasObject {
	h := widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	h.SizeName = theme.SizeNameHeadingText
	top := container.NewVBox(h)
	if tools != nil {
		top.Add(tools)
	}
	return container.NewPadded(container.NewBorder(top, nil, nil, nil, body))
}
