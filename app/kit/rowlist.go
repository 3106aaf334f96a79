package kit

import (
	"image/color"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// A RowList is a short list of records laid out in columns, each row
// opening its record when clicked. Unlike a widget.Table it does not
// scroll, so it can sit inside a scrolling page (a table there would take
// the mouse wheel from the page).
type RowList struct {
	cols   []Column
	header *linkRow
	box    *fyne.Container
	empty  *QuietText
	rows   [][]Cell
	items  []*linkRow

	content fyne.CanvasObject
}

// NewRowList makes a list of cols that shows emptyText while it has no rows.
func NewRowList(cols []Column, emptyText string) *RowList {
	l := &RowList{cols: cols, box: container.New(layout.NewCustomPaddedVBoxLayout(0))}
	head := make([]Cell, len(cols))
	for i, c := range cols {
		head[i] = Plain(c.Title)
	}
	l.header = newLinkRow(cols, head, nil)
	l.header.header = true
	l.empty = NewQuietText(emptyText)
	l.content = container.NewVBox(l.header, l.box, l.empty)
	return l
}

// Content is the list with its column headers.
func (l *RowList) Content() fyne.CanvasObject { return l.content }

// SetRows shows rows; tapping row i calls open(i). Rows equal to those
// shown are left as they are, so showing a screen again costs little.
func (l *RowList) SetRows(rows [][]Cell, open func(i int)) {
	if l.items != nil && slices.EqualFunc(rows, l.rows, slices.Equal) {
		for i, it := range l.items {
			it.onTap = l.tapper(i, open)
		}
		return
	}
	l.rows = rows
	l.items = make([]*linkRow, len(rows))
	objs := make([]fyne.CanvasObject, len(rows))
	for i, r := range rows {
		l.items[i] = newLinkRow(l.cols, r, l.tapper(i, open))
		objs[i] = l.items[i]
	}
	l.box.Objects = objs
	l.box.Refresh()
	if len(rows) == 0 {
		l.header.Hide()
		l.empty.Show()
	} else {
		l.header.Show()
		l.empty.Hide()
	}
}

// tapper is what tapping row i does: open(i), or nothing.
func (l *RowList) tapper(i int, open func(int)) func() {
	if open == nil {
		return nil
	}
	return func() { open(i) }
}

// Len is how many rows the list shows.
func (l *RowList) Len() int { return len(l.rows) }

// Row is row i, to tap as the user does.
func (l *RowList) Row(i int) fyne.Tappable { return l.items[i] }

// EmptyNote is the note shown instead of the rows while there are none.
func (l *RowList) EmptyNote() *QuietText { return l.empty }

// Text returns the text of every row, its cells joined by " | ", for tests.
func (l *RowList) Text() []string {
	return RowsText(l.rows)
}

// linkRow is one row of a RowList: labels in columns that share the width
// as a TableView's do, highlighted under the mouse when it opens something.
type linkRow struct {
	widget.BaseWidget
	cols    []Column
	cells   []Cell
	onTap   func()
	header  bool
	hovered bool
}

func newLinkRow(cols []Column, cells []Cell, onTap func()) *linkRow {
	r := &linkRow{cols: cols, cells: cells, onTap: onTap}
	r.ExtendBaseWidget(r)
	return r
}

func (r *linkRow) Tapped(*fyne.PointEvent) {
	if r.onTap != nil {
		r.onTap()
	}
}

func (r *linkRow) MouseIn(*desktop.MouseEvent) {
	r.hovered = true
	r.Refresh()
}

func (r *linkRow) MouseMoved(*desktop.MouseEvent) {}

func (r *linkRow) MouseOut() {
	r.hovered = false
	r.Refresh()
}

// Cursor shows a hand over rows that open something.
func (r *linkRow) Cursor() desktop.Cursor {
	if r.onTap != nil {
		return desktop.PointerCursor
	}
	return desktop.DefaultCursor
}

func (r *linkRow) CreateRenderer() fyne.WidgetRenderer {
	rr := &linkRowRenderer{r: r, bg: canvas.NewRectangle(color.Transparent), line: canvas.NewRectangle(color.Transparent)}
	for range r.cols {
		l := widget.NewLabel("")
		l.Truncation = fyne.TextTruncateEllipsis
		rr.labels = append(rr.labels, l)
	}
	rr.Refresh()
	return rr
}

type linkRowRenderer struct {
	r      *linkRow
	bg     *canvas.Rectangle
	line   *canvas.Rectangle // the separator under a row
	labels []*widget.Label
}

func (rr *linkRowRenderer) Layout(size fyne.Size) {
	rr.bg.Move(fyne.NewPos(0, 0))
	rr.bg.Resize(size)
	rr.line.Move(fyne.NewPos(0, size.Height-1))
	rr.line.Resize(fyne.NewSize(size.Width, 1))
	var mins, weights float32
	for _, c := range rr.r.cols {
		mins += c.Min
		weights += c.Weight
	}
	weights = max(weights, 1)
	spare := size.Width - mins
	x := float32(0)
	for i, c := range rr.r.cols {
		w := c.Min + max(spare, 0)*c.Weight/weights
		if spare < 0 { // too narrow: every column gives up its share
			w = c.Min * size.Width / mins
		}
		rr.labels[i].Move(fyne.NewPos(x, 0))
		rr.labels[i].Resize(fyne.NewSize(w, size.Height))
		x += w
	}
}

func (rr *linkRowRenderer) MinSize() fyne.Size {
	h := float32(0)
	for _, l := range rr.labels {
		h = max(h, l.MinSize().Height)
	}
	return fyne.NewSize(100, h)
}

func (rr *linkRowRenderer) Refresh() {
	r := rr.r
	for i, l := range rr.labels {
		c := Cell{}
		if i < len(r.cells) {
			c = r.cells[i]
		}
		l.Text = c.Text
		l.Importance = c.Importance
		l.TextStyle = fyne.TextStyle{Bold: r.header}
		l.Refresh()
	}
	rr.bg.FillColor = color.Transparent
	if r.hovered && r.onTap != nil {
		rr.bg.FillColor = theme.Color(theme.ColorNameHover)
	}
	rr.line.FillColor = theme.Color(theme.ColorNameSeparator)
	rr.bg.Refresh()
	rr.line.Refresh()
}

func (rr *linkRowRenderer) Objects() []fyne.CanvasObject {
	objs := []fyne.CanvasObject{rr.bg, rr.line}
	for _, l := range rr.labels {
		objs = append(objs, l)
	}
	return objs
}

func (rr *linkRowRenderer) Destroy() {}
