package typeset

import (
	"strings"
)

// Headings and small blocks shared by the documents: chapters start on a
// new page, lower headings stay with the text after them, and key-value
// lists align their values.

var (
	chapterStyle = Style{Size: 18, Lead: 8.2, Color: ColAccent, Bold: true}
	h2Style      = Style{Size: 12.5, Lead: 6.2, Color: ColAccent, Bold: true}
	h3Style      = Style{Size: 10.5, Lead: 5.4, Color: ColAccent, Bold: true}
	h4Style      = Style{Size: 10, Lead: 5.2, Color: ColText, Bold: true}
)

// ChapterHeading starts a chapter on a new page: its number hanging left
// of the title, a rule under it, and a bookmark.
func (d *Doc) ChapterHeading(key, num, title string, landscape bool, bookmark string) {
	d.NewPage(landscape)
	d.Anchor(key, bookmark, 0)
	d.TitleBlock(num, title)
}

// LabelledHeading starts a chapter on a new page with a small label above
// its title ("Bijlage A", "Gemeente").
func (d *Doc) LabelledHeading(key, label, title string, landscape bool, bookmark string) {
	d.NewPage(landscape)
	d.Anchor(key, bookmark, 0)
	d.LabelledTitle(label, title)
}

// LabelledTitle prints a chapter title at the cursor with a small label
// above it, which a reader reads as part of the heading ("Bijlage A
// Contactgegevens").
func (d *Doc) LabelledTitle(label, title string) {
	d.Tag(d.headingRole(1), func() {
		d.Text(d.Left, d.Y+4, label, Bold, 11, ColMuted)
		d.Y += 7
		d.titleBlock("", title)
	})
}

// TitleBlock prints a chapter title at the cursor, a heading of level 1.
func (d *Doc) TitleBlock(num, title string) {
	d.Tag(d.headingRole(1), func() { d.titleBlock(num, title) })
}

func (d *Doc) titleBlock(num, title string) {
	indent := 0.0
	if num != "" {
		indent = max(TextWidth(num, Bold, chapterStyle.Size)+5, 12)
	}
	d.flow(Wrap(Plain(title), chapterStyle, d.Width()-indent), d.Left+indent, d.Width()-indent, chapterStyle, num, d.Left)
	d.Y += 2
	d.Line(d.Left, d.Y, d.Right, d.Y, ColAccent, 0.5)
	d.Y += 7
}

// SubHeading prints a heading of level 2 (a numbered paragraph, 1.1),
// 3 (1.1.1) or 4 (a heading block in the text). It moves to the next page
// rather than stand alone at the foot of one. A key makes it an anchor with
// a bookmark.
func (d *Doc) SubHeading(key, num, title string, level int) {
	ts, before := h4Style, 3.0
	switch level {
	case 2:
		ts, before = h2Style, 5
	case 3:
		ts, before = h3Style, 4
	}
	if !d.AtTop() {
		d.Gap(before)
	}
	indent := 0.0
	if num != "" {
		indent = max(TextWidth(num, Bold, ts.Size)+3.5, 11)
	}
	lines := Wrap(Plain(title), ts, d.Width()-indent)
	d.Need(ts.Height(len(lines)) + 1.5 + Body.Height(2))
	if key != "" {
		d.Anchor(key, strings.TrimSpace(num+" "+title), min(level-1, 2))
	}
	d.Tag(d.headingRole(level), func() { d.flow(lines, d.Left+indent, d.Width()-indent, ts, num, d.Left) })
	d.Gap(1.5)
}

// KeepHeading prints a small heading that stays with the next next
// millimetres (the head and first row of a table).
func (d *Doc) KeepHeading(title string, next float64) {
	if !d.AtTop() {
		d.Gap(3)
	}
	lines := Wrap(Plain(title), h3Style, d.Width())
	d.Need(h3Style.Height(len(lines)) + 1.5 + next)
	d.Tag(d.headingRole(4), func() { d.flow(lines, d.Left, d.Width(), h3Style, "", 0) })
	d.Gap(1.5)
}

// KV is a row of a key-value list; warn prints the value in red, muted
// in grey (a remark on the row above).
type KV struct {
	Label, Value string
	Warn, Muted  bool
}

// KeyValues prints label-value rows, labels in grey in a column labelW
// wide; rows without a value are left out. A value may hold line breaks.
// A reader reads them as a table of two columns whose labels head the rows.
func (d *Doc) KeyValues(rows []KV, x, w, labelW float64, ts Style) {
	d.Open(roleTable)
	defer d.Close()
	for _, r := range rows {
		if strings.TrimSpace(r.Value) == "" {
			continue
		}
		vs := ts
		switch {
		case r.Warn:
			vs.Color = ColWarning
		case r.Muted:
			vs.Color = ColMuted
		}
		lines := Wrap(Plain(r.Value), vs, w-labelW)
		labels := Wrap(Plain(r.Label), Style{Size: ts.Size, Lead: ts.Lead, Color: ColMuted}, labelW-3)
		n := max(len(lines), len(labels))
		d.Need(ts.Height(min(n, 3)))
		top := d.Y
		d.Open(roleTR)
		th := d.open(roleTH)
		if th != nil {
			th.attrs = "/Scope /Row"
		}
		for _, l := range labels {
			d.DrawLine(l, x, d.Y, labelW-3, Style{Size: ts.Size, Lead: ts.Lead, Color: ColMuted})
			d.Y += ts.Lead
		}
		d.Close()
		d.Y = top
		d.Tag(roleTD, func() { d.flow(lines, x+labelW, w-labelW, vs, "", 0) })
		d.Close()
		d.Y = max(d.Y, top+ts.Height(len(labels)))
		d.Gap(ts.Lead * 0.25)
	}
}

// Dots draws a dotted leader from x1 to x2 on the baseline y.
func (d *Doc) Dots(x1, x2, y float64) {
	if !d.live() || x2-x1 < 2 {
		return
	}
	p := d.pdf
	p.SetDrawColor(ColMuted.R, ColMuted.G, ColMuted.B)
	p.SetLineWidth(0.3)
	p.SetLineCapStyle("round")
	p.SetDashPattern([]float64{0.01, 1.3}, 0)
	d.artifact("", func() { p.Line(x1, y-0.3, x2, y-0.3) })
	p.SetDashPattern(nil, 0)
	p.SetLineCapStyle("butt")
}
