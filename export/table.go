package export

import (
	"strings"

	"ketenregie/data"
)

// Tables: columns with relative widths, cells whose text wraps so rows have
// the height of their tallest cell, a header row that repeats on every page
// the table runs onto, and rows too tall for what is left of a page split
// between lines rather than overflowing the footer.

// column is one column of a table.
type column struct {
	head   string
	weight float64 // share of the table width
	align  byte    // 'L' (default), 'C' or 'R'
	min    float64 // millimetres the column needs at least (a date)
}

func col(head string, weight float64, align byte) column {
	return column{head: head, weight: weight, align: align}
}

// dateColumn is a column of dates, wide enough for dd-mm-jjjj on one line.
func dateColumn(head string) column { return column{head: head, weight: 1, min: -1} }

// cell is one cell: its text, optionally a smaller grey line under it, and
// optionally its own fill and colour. A cell with span > 1 covers that many
// columns.
type cell struct {
	spans []data.Span
	sub   string
	fill  *rgb
	color *rgb
	bold  bool
	span  int
}

func textCell(s string) cell { return cell{spans: plain(s)} }

// table describes the look of a table.
type table struct {
	cols   []column
	zebra  bool // shade every other row
	middle bool // centre cells vertically
	ts     textStyle
	padX   float64
	padY   float64
	width  float64   // millimetres; 0 fills the text column
	widths []float64 // computed
	total  float64   // computed width
}

func newTable(cols ...column) *table {
	return &table{cols: cols, ts: cellText, padX: 1.6, padY: 1.5, zebra: true}
}

// cellLine is one wrapped line of a cell, in its own style.
type cellLine struct {
	l  textLine
	ts textStyle
}

// computeWidths shares total out by weight, after giving every column
// its minimum.
func (t *table) computeWidths(total float64) {
	if t.width > 0 && t.width < total {
		total = t.width
	}
	t.total = total
	t.widths = make([]float64, len(t.cols))
	fixed, weights := 0.0, 0.0
	for i, c := range t.cols {
		if c.min < 0 { // a date column: as wide as a date, or its heading
			w := textWidth("00-00-0000", bold, t.ts.size)
			for _, word := range strings.Fields(c.head) {
				w = max(w, textWidth(word, bold, t.ts.size))
			}
			t.widths[i] = w + 2*t.padX + 0.5
			fixed += t.widths[i]
		} else {
			weights += c.weight
		}
	}
	for i, c := range t.cols {
		if c.min >= 0 {
			t.widths[i] = max(c.min, (total-fixed)*c.weight/weights)
		}
	}
}

// layoutRow wraps every cell of a row; it returns, per cell, its lines,
// x offset, width and alignment.
type laidCell struct {
	lines []cellLine
	x, w  float64
	align byte
	fill  *rgb
}

func (t *table) layoutRow(row []cell, head bool) []laidCell {
	out := make([]laidCell, 0, len(row))
	x, col := 0.0, 0
	for _, c := range row {
		span := max(c.span, 1)
		w := 0.0
		for k := col; k < col+span && k < len(t.widths); k++ {
			w += t.widths[k]
		}
		ts := t.ts
		if head {
			ts = cellHead
			ts.size = t.ts.size
		}
		if c.bold {
			ts.bold = true
		}
		if c.color != nil {
			ts.color = *c.color
		}
		align := byte('L')
		if col < len(t.cols) {
			align = t.cols[col].align
		}
		ts.align = align
		lc := laidCell{x: x, w: w, align: align, fill: c.fill}
		for _, l := range wrap(c.spans, ts, w-2*t.padX) {
			lc.lines = append(lc.lines, cellLine{l, ts})
		}
		if c.sub != "" {
			sub := smallNote
			sub.size = ts.size - 1
			sub.lead = ts.lead - 0.4
			sub.italic = false
			sub.align = align
			for _, l := range wrap(plain(c.sub), sub, w-2*t.padX) {
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
		h += l.ts.lead
	}
	return h
}

func (t *table) rowHeight(cells []laidCell) float64 {
	h := 0.0
	for _, c := range cells {
		h = max(h, cellHeight(c.lines))
	}
	return h + 2*t.padY
}

// startHeight is the height the header and the first row need together;
// a caption above the table asks for it so it is not left alone.
func (t *table) startHeight(d *doc, rows [][]cell) float64 {
	t.computeWidths(d.width())
	h := t.rowHeight(t.layoutRow(t.headRow(), true))
	if len(rows) > 0 {
		h += t.rowHeight(t.layoutRow(rows[0], false))
	}
	return h
}

func (t *table) headRow() []cell {
	row := make([]cell, len(t.cols))
	for i, c := range t.cols {
		row[i] = textCell(c.head)
	}
	return row
}

// draw places the table at the cursor.
func (t *table) draw(d *doc, rows [][]cell) {
	t.computeWidths(d.width())
	head := t.layoutRow(t.headRow(), true)
	headH := t.rowHeight(head)
	drawHead := func() {
		t.drawPart(d, head, nil, nil, headH, &colAccent)
		d.y += headH
	}
	d.need(headH + 2*t.ts.lead + 2*t.padY)
	drawHead()
	for i, row := range rows {
		cells := t.layoutRow(row, false)
		var fill *rgb
		if t.zebra && i%2 == 1 {
			fill = &colZebra
		}
		from := make([]int, len(cells))
		for {
			// What of the row still fits on this page?
			avail := d.bottom - d.y - 2*t.padY
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
			if !done && (first && t.rowHeight(cells) <= splitRows || !enoughLines(cells, from, to)) && d.y > d.top+headH+0.01 {
				d.newPage(d.landscape)
				drawHead()
				continue
			}
			t.drawPart(d, cells, from, to, h+2*t.padY, fill)
			d.y += h + 2*t.padY
			if done {
				break
			}
			from = to
			d.newPage(d.landscape)
			drawHead()
		}
		d.line(d.left, d.y, d.left+t.total, d.y, colRule, 0.15)
	}
}

// fit finds, per cell, up to which line the cell fits in avail millimetres.
func (t *table) fit(cells []laidCell, from []int, avail float64) ([]int, float64) {
	to := make([]int, len(cells))
	h := 0.0
	for k, c := range cells {
		used := 0.0
		j := from[k]
		for j < len(c.lines) && used+c.lines[j].ts.lead <= avail+0.01 {
			used += c.lines[j].ts.lead
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

// drawPart draws lines from[k]..to[k] of every cell k (all lines when nil)
// in a band of height h.
func (t *table) drawPart(d *doc, cells []laidCell, from, to []int, h float64, rowFill *rgb) {
	if !d.live() {
		return
	}
	if rowFill != nil {
		d.fill(d.left, d.y, t.total, h, *rowFill)
	}
	for k, c := range cells {
		if c.fill != nil {
			d.fill(d.left+c.x, d.y, c.w, h, *c.fill)
		}
		lines := c.lines
		if from != nil {
			lines = lines[from[k]:to[k]]
		}
		y := d.y + t.padY
		if t.middle {
			y = d.y + (h-cellHeight(lines))/2
		}
		for _, cl := range lines {
			d.drawLine(cl.l, d.left+c.x+t.padX, y, c.w-2*t.padX, cl.ts)
			y += cl.ts.lead
		}
	}
}
