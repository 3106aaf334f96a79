package export

import (
	"strings"
)

// Headings and small blocks shared by the documents: chapters start on a
// new page, lower headings stay with the text after them, and key-value
// lists align their values.

var (
	chapterStyle = textStyle{size: 18, lead: 8.2, color: colAccent, bold: true}
	h2Style      = textStyle{size: 12.5, lead: 6.2, color: colAccent, bold: true}
	h3Style      = textStyle{size: 10.5, lead: 5.4, color: colAccent, bold: true}
	h4Style      = textStyle{size: 10, lead: 5.2, color: colText, bold: true}
)

// chapterHeading starts a chapter on a new page: its number hanging left
// of the title, a rule under it, and a bookmark.
func (d *doc) chapterHeading(key, num, title string, landscape bool, bookmark string) {
	d.newPage(landscape)
	d.anchor(key, bookmark, 0)
	d.titleBlock(num, title)
}

// labelledHeading starts a chapter on a new page with a small label above
// its title ("Bijlage A", "Gemeente").
func (d *doc) labelledHeading(key, label, title string, landscape bool, bookmark string) {
	d.newPage(landscape)
	d.anchor(key, bookmark, 0)
	d.text(d.left, d.y+4, label, bold, 11, colMuted)
	d.y += 7
	d.titleBlock("", title)
}

// titleBlock prints a chapter title at the cursor.
func (d *doc) titleBlock(num, title string) {
	indent := 0.0
	if num != "" {
		indent = max(textWidth(num, bold, chapterStyle.size)+5, 12)
	}
	d.flow(wrap(plain(title), chapterStyle, d.width()-indent), d.left+indent, d.width()-indent, chapterStyle, num, d.left)
	d.y += 2
	d.line(d.left, d.y, d.right, d.y, colAccent, 0.5)
	d.y += 7
}

// subHeading prints a heading of level 2 (a numbered paragraph, 1.1),
// 3 (1.1.1) or 4 (a heading block in the text). It moves to the next page
// rather than stand alone at the foot of one. A key makes it an anchor with
// a bookmark.
func (d *doc) subHeading(key, num, title string, level int) {
	ts, before := h4Style, 3.0
	switch level {
	case 2:
		ts, before = h2Style, 5
	case 3:
		ts, before = h3Style, 4
	}
	if !d.atTop() {
		d.gap(before)
	}
	indent := 0.0
	if num != "" {
		indent = max(textWidth(num, bold, ts.size)+3.5, 11)
	}
	lines := wrap(plain(title), ts, d.width()-indent)
	d.need(ts.height(len(lines)) + 1.5 + body.height(2))
	if key != "" {
		d.anchor(key, strings.TrimSpace(num+" "+title), min(level-1, 2))
	}
	d.flow(lines, d.left+indent, d.width()-indent, ts, num, d.left)
	d.gap(1.5)
}

// keepHeading prints a small heading that stays with the next next
// millimetres (the head and first row of a table).
func (d *doc) keepHeading(title string, next float64) {
	if !d.atTop() {
		d.gap(3)
	}
	lines := wrap(plain(title), h3Style, d.width())
	d.need(h3Style.height(len(lines)) + 1.5 + next)
	d.flow(lines, d.left, d.width(), h3Style, "", 0)
	d.gap(1.5)
}

// kv is a row of a key-value list; warn prints the value in red, muted
// in grey (a remark on the row above).
type kv struct {
	label, value string
	warn, muted  bool
}

// keyValues prints label-value rows, labels in grey in a column labelW
// wide; rows without a value are left out. A value may hold line breaks.
func (d *doc) keyValues(rows []kv, x, w, labelW float64, ts textStyle) {
	for _, r := range rows {
		if strings.TrimSpace(r.value) == "" {
			continue
		}
		vs := ts
		switch {
		case r.warn:
			vs.color = colWarning
		case r.muted:
			vs.color = colMuted
		}
		lines := wrap(plain(r.value), vs, w-labelW)
		labels := wrap(plain(r.label), textStyle{size: ts.size, lead: ts.lead, color: colMuted}, labelW-3)
		n := max(len(lines), len(labels))
		d.need(ts.height(min(n, 3)))
		top := d.y
		for _, l := range labels {
			d.drawLine(l, x, d.y, labelW-3, textStyle{size: ts.size, lead: ts.lead, color: colMuted})
			d.y += ts.lead
		}
		d.y = top
		d.flow(lines, x+labelW, w-labelW, vs, "", 0)
		d.y = max(d.y, top+ts.height(len(labels)))
		d.gap(ts.lead * 0.25)
	}
}

// dots draws a dotted leader from x1 to x2 on the baseline y.
func (d *doc) dots(x1, x2, y float64) {
	if !d.live() || x2-x1 < 2 {
		return
	}
	p := d.pdf
	p.SetDrawColor(colMuted.r, colMuted.g, colMuted.b)
	p.SetLineWidth(0.3)
	p.SetLineCapStyle("round")
	p.SetDashPattern([]float64{0.01, 1.3}, 0)
	p.Line(x1, y-0.3, x2, y-0.3)
	p.SetDashPattern(nil, 0)
	p.SetLineCapStyle("butt")
}
