package typeset

import (
	"fmt"
	"strings"
)

// Tables: columns with relative widths, cells whose text wraps so rows have
// the height of their tallest cell, a header row that repeats on every page
// the table runs onto, and rows too tall for what is left of a page split
// between lines rather than overflowing the footer.

// Column is one column of a table.
type Column struct {
	head   string
	weight float64 // share of the table width
	align  byte    // 'L' (default), 'C' or 'R'
	Min    float64 // millimetres the column needs at least
	fit    string  // text the column holds on one line, whatever its weight (a date, a number)
}

func Col(head string, weight float64, align byte) Column {
	return Column{head: head, weight: weight, align: align}
}

// DateColumn is a column of dates, wide enough for dd-mm-jjjj on one line.
func DateColumn(head string) Column { return Column{head: head, weight: 1, fit: "00-00-0000"} }

// NumberColumn is a column of numbers up to 999, right-aligned, wide enough
// that a number never breaks over two lines.
func NumberColumn(head string) Column { return Column{head: head, weight: 1, align: 'R', fit: "000"} }

// Cell is one cell: its text, optionally a smaller grey line under it, and
// optionally its own fill and colour. A cell with span > 1 covers that many
// columns.
type Cell struct {
	Spans []Span
	Sub   string
	Fill  *RGB
	Color *RGB
	Bold  bool
	Span  int
}

func TextCell(s string) Cell { return Cell{Spans: Plain(s)} }

// Table describes the look of a table.
type Table struct {
	Cols   []Column
	Zebra  bool // shade every other row
	Middle bool // centre cells vertically
	Style  Style
	PadX   float64
	PadY   float64
	Width  float64   // millimetres; 0 fills the text column
	widths []float64 // computed
	total  float64   // computed width
}

func NewTable(cols ...Column) *Table {
	return &Table{Cols: cols, Style: cellText, PadX: 1.6, PadY: 1.5, Zebra: true}
}

// cellLine is one wrapped line of a cell, in its own style.
type cellLine struct {
	l  TextLine
	ts Style
}

// computeWidths shares total out by weight, after giving every column
// its minimum.
func (t *Table) computeWidths(total float64) {
	if t.Width > 0 && t.Width < total {
		total = t.Width
	}
	t.total = total
	t.widths = make([]float64, len(t.Cols))
	fixed, weights := 0.0, 0.0
	for i, c := range t.Cols {
		if c.fit != "" { // as wide as its text, or its heading
			w := TextWidth(c.fit, Bold, t.Style.Size)
			for _, word := range strings.Fields(c.head) {
				w = max(w, TextWidth(word, Bold, t.Style.Size))
			}
			t.widths[i] = w + 2*t.PadX + 0.5
			fixed += t.widths[i]
		} else {
			weights += c.weight
		}
	}
	for i, c := range t.Cols {
		if c.fit == "" {
			t.widths[i] = max(c.Min, (total-fixed)*c.weight/weights)
		}
	}
}

// layoutRow wraps every cell of a row; it returns, per cell, its lines,
// x offset, width and alignment.
type laidCell struct {
	lines []cellLine
	x, w  float64
	align byte
	fill  *RGB
}

func (t *Table) layoutRow(row []Cell, head bool) []laidCell {
	out := make([]laidCell, 0, len(row))
	x, col := 0.0, 0
	for _, c := range row {
		span := max(c.Span, 1)
		w := 0.0
		for k := col; k < col+span && k < len(t.widths); k++ {
			w += t.widths[k]
		}
		ts := t.Style
		if head {
			ts = cellHead
			ts.Size = t.Style.Size
		}
		if c.Bold {
			ts.Bold = true
		}
		if c.Color != nil {
			ts.Color = *c.Color
		}
		align := byte('L')
		if col < len(t.Cols) {
			align = t.Cols[col].align
		}
		ts.align = align
		lc := laidCell{x: x, w: w, align: align, fill: c.Fill}
		for _, l := range Wrap(c.Spans, ts, w-2*t.PadX) {
			lc.lines = append(lc.lines, cellLine{l, ts})
		}
		if c.Sub != "" {
			sub := SmallNote
			sub.Size = ts.Size - 1
			sub.Lead = ts.Lead - 0.4
			sub.italic = false
			sub.align = align
			for _, l := range Wrap(Plain(c.Sub), sub, w-2*t.PadX) {
				lc.lines = append(lc.lines, cellLine{l, sub})
			}
		}
		out = append(out, lc)
		x += w
		col += span
	}
	return out
}

func cellHeight(lines []cellLine) float64 {
	h := 0.0
	for _, l := range lines {
		h += l.ts.Lead
	}
	return h
}

func (t *Table) rowHeight(cells []laidCell) float64 {
	h := 0.0
	for _, c := range cells {
		h = max(h, cellHeight(c.lines))
	}
	return h + 2*t.PadY
}

// StartHeight is the height the header and the first row need together;
// a caption above the table asks for it so it is not left alone.
func (t *Table) StartHeight(d *Doc, rows [][]Cell) float64 {
	t.computeWidths(d.Width())
	h := t.rowHeight(t.layoutRow(t.headRow(), true))
	if len(rows) > 0 {
		h += t.rowHeight(t.layoutRow(rows[0], false))
	}
	return h
}

func (t *Table) headRow() []Cell {
	row := make([]Cell, len(t.Cols))
	for i, c := range t.Cols {
		row[i] = TextCell(c.head)
	}
	return row
}

// Draw places the table at the cursor. A reader finds a table whose
// header cells head their columns; the header repeated on a following page
// is print only.
func (t *Table) Draw(d *Doc, rows [][]Cell) {
	t.computeWidths(d.Width())
	head := t.layoutRow(t.headRow(), true)
	headH := t.rowHeight(head)
	d.Open(roleTable)
	defer d.Close()
	d.Open(roleTHead)
	headCells := t.cellElems(d, t.headRow(), roleTH)
	d.Close()
	drawHead := func() {
		t.drawPart(d, head, nil, nil, headH, &ColAccent, headCells)
		d.Y += headH
		headCells = nil // repeated: an artifact
	}
	d.Need(headH + 2*t.Style.Lead + 2*t.PadY)
	drawHead()
	d.Open(roleTBody)
	defer d.Close()
	for i, row := range rows {
		cells := t.layoutRow(row, false)
		elems := t.cellElems(d, row, roleTD)
		var fill *RGB
		if t.Zebra && i%2 == 1 {
			fill = &colZebra
		}
		from := make([]int, len(cells))
		for {
			// What of the row still fits on this page?
			avail := d.bottom - d.Y - 2*t.PadY
			to, h := t.fit(cells, from, avail)
			done := true
			for k := range cells {
				if to[k] < len(cells[k].lines) {
					done = false
				}
			}
			first := true
			for k := range cells {
				if from[k] > 0 {
					first = false
				}
			}
			// A short row moves to the next page whole; a tall one (a long
			// list of parties) is split, with at least three lines on this
			// page, rather than leave half a page empty.
			if !done && (first && t.rowHeight(cells) <= splitRows || !enoughLines(cells, from, to)) && d.Y > d.Top+headH+0.01 {
				d.NewPage(d.landscape)
				drawHead()
				continue
			}
			t.drawPart(d, cells, from, to, h+2*t.PadY, fill, elems)
			d.Y += h + 2*t.PadY
			if done {
				break
			}
			from = to
			d.NewPage(d.landscape)
			drawHead()
		}
		d.Line(d.Left, d.Y, d.Left+t.total, d.Y, colRule, 0.15)
	}
}

// fit finds, per cell, up to which line the cell fits in avail millimetres.
func (t *Table) fit(cells []laidCell, from []int, avail float64) ([]int, float64) {
	to := make([]int, len(cells))
	h := 0.0
	for k, c := range cells {
		used := 0.0
		j := from[k]
		for j < len(c.lines) && used+c.lines[j].ts.Lead <= avail+0.01 {
			used += c.lines[j].ts.Lead
			j++
		}
		to[k] = j
		h = max(h, used)
	}
	return to, h
}

// splitRows is the height from which a row may be split across pages.
const splitRows = 35.0

// enoughLines reports whether a split leaves at least three lines of the
// tallest cell on this page.
func enoughLines(cells []laidCell, from, to []int) bool {
	most := 0
	for k := range cells {
		most = max(most, to[k]-from[k])
	}
	return most >= 3
}

// cellElems makes a row of cells of role r (TH or TD) in the structure,
// each spanning its columns; nil in the measuring pass.
func (t *Table) cellElems(d *Doc, row []Cell, r Role) []*elem {
	if d.tags == nil {
		return nil
	}
	d.Open(roleTR)
	defer d.Close()
	elems := make([]*elem, 0, len(row))
	for _, c := range row {
		e := d.tags.add(r)
		if r == roleTH {
			e.attrs = "/Scope /Column"
		}
		if c.Span > 1 {
			e.attrs += fmt.Sprintf(" /ColSpan %d", c.Span)
		}
		elems = append(elems, e)
	}
	return elems
}

// drawPart draws lines from[k]..to[k] of every cell k (all lines when nil)
// in a band of height h, into the cells' elements, or as an artifact when
// there are none (a repeated header).
func (t *Table) drawPart(d *Doc, cells []laidCell, from, to []int, h float64, rowFill *RGB, elems []*elem) {
	if !d.live() {
		return
	}
	if elems == nil {
		d.artifact("/Type /Pagination", func() { t.drawPart(d, cells, from, to, h, rowFill, make([]*elem, len(cells))) })
		return
	}
	if rowFill != nil {
		d.Fill(d.Left, d.Y, t.total, h, *rowFill)
	}
	for k, c := range cells {
		if c.fill != nil {
			d.Fill(d.Left+c.x, d.Y, c.w, h, *c.fill)
		}
		lines := c.lines
		if from != nil {
			lines = lines[from[k]:to[k]]
		}
		y := d.Y + t.PadY
		if t.Middle {
			y = d.Y + (h-cellHeight(lines))/2
		}
		d.within(elems[k], func() {
			for _, cl := range lines {
				d.DrawLine(cl.l, d.Left+c.x+t.PadX, y, c.w-2*t.PadX, cl.ts)
				y += cl.ts.Lead
			}
		})
	}
}
