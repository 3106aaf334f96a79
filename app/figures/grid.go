package figures

import (
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
)

// grid is the grid of one measure, typed like a spreadsheet: a row per
// municipality (and the cluster last), a column per period, a cell per
// figure. It holds what each cell shows; the screen says what that means.
type grid struct {
	rows  []row
	cols  []column
	cells [][]*cellState
	views [][]*cellView

	win   fyne.Window
	sel   *cellView // the selected cell; nil for none
	shift bool      // Shift is down, for a driver that cannot say

	// onSelect is told of the cell selected, onEdit of a cell whose count
	// changed, onPaste of text pasted at a cell; onShortcut gets Ctrl+S
	// and the like (and Escape that undid nothing) and reports whether
	// it used the key.
	onSelect   func(r, c int)
	onEdit     func(r, c int)
	onPaste    func(r, c int, text string)
	onShortcut func(fyne.KeyName) bool
	// clusterSums has a cluster's empty cell suggest the sum of the
	// municipalities above: they are the cluster's.
	clusterSums bool

	geo     *geometry
	body    *fyne.Container
	scroll  *container.Scroll
	content fyne.CanvasObject
}

// newGrid makes the grid of rows and cols, with empty cells, in win.
func newGrid(win fyne.Window, rows []row, cols []column) *grid {
	sh := &grid{rows: rows, cols: cols, win: win}
	sh.geo = newGeometry(sh)
	sh.cells = make([][]*cellState, len(rows))
	sh.views = make([][]*cellView, len(rows))
	lines := newLabelCell("", false, fyne.TextAlignLeading, theme.ColorNameSeparator)
	head := []fyne.CanvasObject{newLabelCell("", false, fyne.TextAlignLeading, theme.ColorNameHeaderBackground),
		newLabelCell("", false, fyne.TextAlignLeading, theme.ColorNameHeaderBackground)}
	for _, c := range cols {
		head = append(head, newLabelCell(c.head, true, fyne.TextAlignTrailing, theme.ColorNameHeaderBackground))
	}
	body := []fyne.CanvasObject{lines}
	for r, rw := range rows {
		body = append(body, newLabelCell(rw.name, rw.cluster != "", fyne.TextAlignLeading, theme.ColorNameHeaderBackground))
		sh.cells[r] = make([]*cellState, len(cols))
		sh.views[r] = make([]*cellView, len(cols))
		for c := range cols {
			sh.cells[r][c] = &cellState{}
			sh.views[r][c] = newCellView(sh, r, c)
			body = append(body, sh.views[r][c])
		}
	}
	sh.body = container.New(&bodyLayout{sh.geo}, body...)
	sh.scroll = container.NewVScroll(sh.body)
	header := container.New(&headLayout{sh.geo}, head...)
	sh.content = container.New(&headOver{}, header, sh.scroll)
	return sh
}

// naturalHeight is the height the grid takes without scrolling.
func (sh *grid) naturalHeight() float32 {
	return sh.geo.rowH + gridLine + sh.geo.height()
}

// refresh redraws every cell, after they were loaded.
func (sh *grid) refresh() {
	for _, vs := range sh.views {
		for _, v := range vs {
			v.Refresh()
		}
	}
}

// edit sets the count typed in cell r, c.
func (sh *grid) edit(r, c int, text string) {
	sh.cells[r][c].setCount(text)
	sh.views[r][c].Refresh()
	sh.refreshSums(r, c)
	if sh.onEdit != nil {
		sh.onEdit(r, c)
	}
}

// refreshSums redraws the cells whose suggested sum depends on cell r, c:
// the year's in its row and the cluster's in its column.
func (sh *grid) refreshSums(r, c int) {
	for cc, col := range sh.cols {
		if col.total && cc != c {
			sh.views[r][cc].Refresh()
		}
	}
	for rr, rw := range sh.rows {
		if rw.cluster != "" && rr != r {
			sh.views[rr][c].Refresh()
			for cc, col := range sh.cols {
				if col.total {
					sh.views[rr][cc].Refresh()
				}
			}
		}
	}
}

// sum is what the empty cell r, c suggests, the sum of the counts it
// covers, and whether there is one: a cluster's cell sums its
// municipalities' cells above it, a year's cell its quarters or months.
func (sh *grid) sum(r, c int) (int, bool) {
	total, any := 0, false
	add := func(st *cellState) {
		if n, problem := parseCount(st.cur.count); problem == "" && n >= 0 {
			total += n
			any = true
		}
	}
	if sh.rows[r].cluster != "" && sh.clusterSums && sh.hasMunicipalities() {
		for rr, rw := range sh.rows {
			if rw.cluster == "" {
				add(sh.cells[rr][c])
			}
		}
		if any || !sh.cols[c].total {
			return total, any
		}
	}
	if sh.cols[c].total {
		for cc, col := range sh.cols {
			if !col.total {
				add(sh.cells[r][cc])
			}
		}
	}
	return total, any
}

// hasMunicipalities says whether the grid has a row for a municipality.
func (sh *grid) hasMunicipalities() bool {
	for _, rw := range sh.rows {
		if rw.cluster == "" {
			return true
		}
	}
	return false
}

// focus gives cell r, c the keyboard and scrolls it into view.
func (sh *grid) focus(r, c int) {
	if r < 0 || r >= len(sh.rows) || c < 0 || c >= len(sh.cols) {
		return
	}
	sh.win.Canvas().Focus(sh.views[r][c])
	sh.scrollTo(r)
}

// scrollTo scrolls row r into view.
func (sh *grid) scrollTo(r int) {
	y, h := sh.geo.rowY(r), sh.geo.rowH
	view := sh.scroll.Size().Height
	off := sh.scroll.Offset.Y
	switch {
	case view <= 0:
		return
	case y < off:
		off = y
	case y+h > off+view:
		off = y + h - view
	default:
		return
	}
	sh.scroll.Offset.Y = off
	sh.scroll.Refresh()
}

// move goes from cell r, c by dr rows and dc columns. With wrap, a move
// past the end of a row goes on at the start of the next one (Tab), and a
// move past the last row at the top of the next column (Enter).
func (sh *grid) move(r, c, dr, dc int, wrap bool) {
	nr, nc := r+dr, c+dc
	if wrap {
		switch {
		case nc >= len(sh.cols) && nr < len(sh.rows)-1:
			nr, nc = nr+1, 0
		case nc < 0 && nr > 0:
			nr, nc = nr-1, len(sh.cols)-1
		case nr >= len(sh.rows) && nc < len(sh.cols)-1:
			nr, nc = 0, nc+1
		case nr < 0 && nc > 0:
			nr, nc = len(sh.rows)-1, nc-1
		}
	}
	nr = max(0, min(nr, len(sh.rows)-1))
	nc = max(0, min(nc, len(sh.cols)-1))
	sh.focus(nr, nc)
}

// shiftDown says whether Shift is held: the desktop driver knows; other
// drivers (the tests') are told by the cells' KeyDown and KeyUp.
func (sh *grid) shiftDown() bool {
	if d, ok := fyne.CurrentApp().Driver().(desktop.Driver); ok {
		return d.CurrentKeyModifiers()&fyne.KeyModifierShift != 0
	}
	return sh.shift
}

// selectCell makes v the selected cell, whose source and notes the panel
// under the grid shows.
func (sh *grid) selectCell(v *cellView) {
	prev := sh.sel
	sh.sel = v
	if prev != nil && prev != v {
		prev.Refresh()
	}
	if sh.onSelect != nil {
		sh.onSelect(v.r, v.c)
	}
}

// selected is the selected cell's row and column, ok false for none.
func (sh *grid) selected() (r, c int, ok bool) {
	if sh.sel == nil {
		return 0, 0, false
	}
	return sh.sel.r, sh.sel.c, true
}

// geometry is where the grid's columns and rows are: a column of names,
// then the periods sharing the width up to a width that still reads as a
// table, the year set off from its quarters and the cluster from its
// municipalities by a thicker line.
type geometry struct {
	sh                  *grid
	nameW, minCol, rowH float32
	colW                float32 // as laid out last
}

const (
	gridLine  float32 = 1 // between cells
	thickLine float32 = 3 // before a year's total and a cluster's row
	maxColW   float32 = 150
)

func newGeometry(sh *grid) *geometry {
	size := theme.TextSize()
	pad := 2 * cellPad
	g := &geometry{sh: sh, rowH: float32(math.Ceil(float64(fyne.MeasureText("0", size, fyne.TextStyle{}).Height + 2*cellPadV)))}
	g.minCol = fyne.MeasureText("0000", size, fyne.TextStyle{}).Width + pad
	for _, c := range sh.cols {
		g.minCol = max(g.minCol, fyne.MeasureText(c.head, size, fyne.TextStyle{Bold: true}).Width+pad)
	}
	g.nameW = 120
	for _, r := range sh.rows {
		g.nameW = max(g.nameW, fyne.MeasureText(r.name, size, fyne.TextStyle{Bold: r.cluster != ""}).Width+pad)
	}
	g.nameW = float32(math.Ceil(float64(min(g.nameW, 260))))
	g.minCol = float32(math.Ceil(float64(g.minCol)))
	g.colW = g.minCol
	return g
}

// fit sets the columns' width for a grid width wide.
func (g *geometry) fit(width float32) {
	n := float32(len(g.sh.cols))
	if n == 0 {
		return
	}
	room := width - g.nameW - n*gridLine - g.extraX()
	// whole pixels, or the lines between the cells come out unevenly thick
	g.colW = float32(math.Floor(float64(max(g.minCol, min(maxColW, room/n)))))
}

// extraX is the room the thick line before a total column takes.
func (g *geometry) extraX() float32 {
	for _, c := range g.sh.cols {
		if c.total {
			return thickLine - gridLine
		}
	}
	return 0
}

// x is the left of column c.
func (g *geometry) x(c int) float32 {
	x := g.nameW + gridLine + float32(c)*(g.colW+gridLine)
	if g.sh.cols[c].total {
		x += thickLine - gridLine
	}
	return x
}

// width is the width of the grid as laid out.
func (g *geometry) width() float32 {
	n := len(g.sh.cols)
	if n == 0 {
		return g.nameW
	}
	return g.x(n-1) + g.colW
}

// minWidth is the least width of the grid.
func (g *geometry) minWidth() float32 {
	n := float32(len(g.sh.cols))
	return g.nameW + n*(g.minCol+gridLine) + g.extraX()
}

// rowY is the top of row r.
func (g *geometry) rowY(r int) float32 {
	y := float32(r) * (g.rowH + gridLine)
	if k := g.firstCluster(); k > 0 && r >= k {
		y += thickLine - gridLine
	}
	return y
}

// firstCluster is the row of the first cluster, under the
// municipalities; -1 for none.
func (g *geometry) firstCluster() int {
	for i, rw := range g.sh.rows {
		if rw.cluster != "" {
			return i
		}
	}
	return -1
}

// height is the height of the grid's rows.
func (g *geometry) height() float32 {
	n := len(g.sh.rows)
	if n == 0 {
		return 0
	}
	return g.rowY(n-1) + g.rowH
}

// headOver puts the header row over the rows, which scroll under it.
type headOver struct{}

func (headOver) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	h := objs[0].MinSize().Height
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(fyne.NewSize(size.Width, h))
	objs[1].Move(fyne.NewPos(0, h))
	objs[1].Resize(fyne.NewSize(size.Width, size.Height-h))
}

func (headOver) MinSize(objs []fyne.CanvasObject) fyne.Size {
	h, b := objs[0].MinSize(), objs[1].MinSize()
	return fyne.NewSize(max(h.Width, b.Width), h.Height+b.Height)
}

// headLayout lays out the header row: the lines, the corner over the
// names and a header per column.
type headLayout struct{ g *geometry }

func (l *headLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	l.g.fit(size.Width)
	h := l.g.rowH
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(fyne.NewSize(l.g.width(), h+gridLine))
	objs[1].Move(fyne.NewPos(0, 0))
	objs[1].Resize(fyne.NewSize(l.g.nameW, h))
	for c := range l.g.sh.cols {
		objs[2+c].Move(fyne.NewPos(l.g.x(c), 0))
		objs[2+c].Resize(fyne.NewSize(l.g.colW, h))
	}
}

func (l *headLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(l.g.minWidth(), l.g.rowH+gridLine)
}

// bodyLayout lays out the rows: the lines behind them, then per row its
// name and its cells.
type bodyLayout struct{ g *geometry }

func (l *bodyLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	g := l.g
	g.fit(size.Width)
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(fyne.NewSize(g.width(), g.height()))
	i := 1
	for r := range g.sh.rows {
		y := g.rowY(r)
		objs[i].Move(fyne.NewPos(0, y))
		objs[i].Resize(fyne.NewSize(g.nameW, g.rowH))
		i++
		for c := range g.sh.cols {
			objs[i].Move(fyne.NewPos(g.x(c), y))
			objs[i].Resize(fyne.NewSize(g.colW, g.rowH))
			i++
		}
	}
}

func (l *bodyLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(l.g.minWidth(), l.g.height())
}
