package kit

// Tables: a read-only TableView whose columns share the width, and a
// RowTable whose rows are chosen as a whole.

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Column is a column of a TableView: at least Min wide, and Weight is its
// share of the width left over.
type Column struct {
	Title  string
	Min    float32
	Weight float32
}

// Cell is one table cell: its text, and a colour for what needs attention.
type Cell struct {
	Text       string
	Importance widget.Importance
}

// Plain is a cell of text that needs no attention.
func Plain(text string) Cell { return Cell{Text: text} }

// TableView is a read-only table whose columns share the available width.
type TableView struct {
	cols  []Column
	rows  [][]Cell
	table *widget.Table
	width float32
}

// NewTableView makes a table of cols, without rows.
func NewTableView(cols []Column) *TableView {
	v := &TableView{cols: cols}
	v.table = widget.NewTableWithHeaders(
		func() (int, int) { return len(v.rows), len(v.cols) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(id widget.TableCellID, o fyne.CanvasObject) {
			l := o.(*widget.Label)
			c := Cell{}
			if id.Row < len(v.rows) && id.Col < len(v.rows[id.Row]) {
				c = v.rows[id.Row][id.Col]
			}
			ShowCell(l, c)
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
			o.(*widget.Label).SetText(v.cols[id.Col].Title)
		}
	}
	return v
}

// ShowCell puts a cell's text in a label. A table refreshes every visible
// cell two or three times an update, and laying out a long, shortened label
// again was most of a keystroke's time in the plan list, so an unchanged
// label is left alone.
func ShowCell(l *widget.Label, c Cell) {
	if l.Text == c.Text && l.Importance == c.Importance {
		return
	}
	l.Importance = c.Importance
	l.SetText(c.Text)
}

// Content is the table in a container that spreads the columns over its width.
func (v *TableView) Content() fyne.CanvasObject {
	return container.New(&fitColumns{v}, v.table)
}

// SetRows shows rows, scrolled to the top.
func (v *TableView) SetRows(rows [][]Cell) {
	v.rows = rows
	v.table.Refresh()
	v.table.ScrollToTop()
}

// Rows are the rows shown.
func (v *TableView) Rows() [][]Cell { return v.rows }

// Text returns the text of every cell, row by row, for tests.
func (v *TableView) Text() []string {
	return RowsText(v.rows)
}

// RowsText is the text of every row, its cells joined by " | ", for tests.
func RowsText(rows [][]Cell) []string {
	out := make([]string, len(rows))
	for i, r := range rows {
		parts := make([]string, len(r))
		for j, c := range r {
			parts[j] = c.Text
		}
		out[i] = strings.Join(parts, " | ")
	}
	return out
}

// fitColumns lays out a table and gives each column its share of the width.
type fitColumns struct{ v *TableView }

func (f *fitColumns) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	if size.Width != f.v.width {
		f.v.width = size.Width
		var mins, weights float32
		for _, c := range f.v.cols {
			mins += c.Min
			weights += c.Weight
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
			f.v.table.SetColumnWidth(i, c.Min*shrink+spare*c.Weight/weights)
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

// Page is the frame of a list screen: a heading, an optional tool bar, and
// the body filling the rest.
func Page(title string, tools fyne.CanvasObject, body fyne.CanvasObject) fyne.CanvasObject {
	h := widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	h.SizeName = theme.SizeNameHeadingText
	top := container.NewVBox(h)
	if tools != nil {
		top.Add(tools)
	}
	return container.NewPadded(container.NewBorder(top, nil, nil, nil, body))
}

// RowTable is a table whose rows are chosen as a whole: a click selects a
// row, a double click opens it.
type RowTable struct {
	*TableView
	Selected int           // the chosen row, -1 for none
	OnSelect func(row int) // after the user chose a row
	OnOpen   func(row int) // after the user double-clicked a row
}

// NewRowTable makes a RowTable of cols with no row chosen.
func NewRowTable(cols []Column) *RowTable {
	t := &RowTable{TableView: NewTableView(cols), Selected: -1}
	t.table.CreateCell = func() fyne.CanvasObject { return newRowCell(t) }
	t.table.UpdateCell = func(id widget.TableCellID, o fyne.CanvasObject) {
		c := Cell{}
		if id.Row >= 0 && id.Row < len(t.rows) && id.Col < len(t.rows[id.Row]) {
			c = t.rows[id.Row][id.Col]
		}
		o.(*rowCell).set(id.Row, c, id.Row == t.Selected)
	}
	return t
}

// SetRows shows rows with row sel chosen (-1: none), without telling OnSelect.
func (t *RowTable) SetRows(rows [][]Cell, sel int) {
	t.Selected = sel
	t.TableView.SetRows(rows)
	if sel >= 0 {
		t.table.ScrollTo(widget.TableCellID{Row: sel, Col: 0})
	}
}

// Choose selects row i as the user does.
func (t *RowTable) Choose(i int) {
	if i < 0 || i >= len(t.rows) {
		i = -1
	}
	t.Selected = i
	t.table.Refresh()
	if t.OnSelect != nil {
		t.OnSelect(i)
	}
}

// rowCell is one cell of a RowTable, shaded when its row is chosen.
type rowCell struct {
	widget.BaseWidget
	t     *RowTable
	row   int
	bg    *canvas.Rectangle
	label *widget.Label
}

func newRowCell(t *RowTable) *rowCell {
	c := &rowCell{t: t, bg: canvas.NewRectangle(color.Transparent), label: widget.NewLabel("")}
	c.label.Truncation = fyne.TextTruncateEllipsis
	c.ExtendBaseWidget(c)
	return c
}

func (c *rowCell) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewStack(c.bg, c.label))
}

func (c *rowCell) set(row int, cl Cell, selected bool) {
	c.row = row
	fill := color.Color(color.Transparent)
	if selected {
		fill = theme.Color(theme.ColorNameSelection)
	}
	if c.bg.FillColor != fill {
		c.bg.FillColor = fill
		c.bg.Refresh()
	}
	ShowCell(c.label, cl)
}

func (c *rowCell) Tapped(*fyne.PointEvent) { c.t.Choose(c.row) }

func (c *rowCell) DoubleTapped(*fyne.PointEvent) {
	if c.t.Selected != c.row {
		c.t.Choose(c.row)
	}
	if c.t.OnOpen != nil {
		c.t.OnOpen(c.row)
	}
}
