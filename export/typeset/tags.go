package typeset

import (
	"fmt"
	"strings"
)

// Tagging: every document is a tagged PDF, so that a screen reader reads
// it in order, finds its headings, lists and tables, and skips what is only
// print (PDF/UA, as the Besluit digitale toegankelijkheid overheid asks of a
// published plan). gofpdf knows nothing of tags, so the document keeps the
// structure itself: while it draws, each text run goes into marked content
// with its own number (MCID) under the structure element it belongs to, and
// rules, fills, the running header and footer and the CONCEPT mark go into
// artifacts. The post-processing (pdffile.go) then writes the structure
// tree, the parent tree that leads from marked content back to its element,
// and the link annotations, which are made here rather than by gofpdf
// because each must be an object of its own inside a Link element.

// Role is the standard type of a structure element.
type Role string

const (
	document  Role = "Document"
	RoleP     Role = "P"
	roleH     Role = "H" // followed by its level
	roleL     Role = "L"
	roleLI    Role = "LI"
	roleLbl   Role = "Lbl"
	roleLBody Role = "LBody"
	roleTable Role = "Table"
	roleTHead Role = "THead"
	roleTBody Role = "TBody"
	roleTR    Role = "TR"
	roleTH    Role = "TH"
	roleTD    Role = "TD"
	RoleTOC   Role = "TOC"
	RoleTOCI  Role = "TOCI"
	RoleLink  Role = "Link"
	roleFig   Role = "Figure"
)

// heading is the role of a heading of level n (1–6).
func heading(n int) Role { return Role(fmt.Sprintf("H%d", min(max(n, 1), 6))) }

// elem is a structure element: its kids are elements, marked content on a
// page (mcr) and link annotations (objr), in reading order.
type elem struct {
	role   Role
	parent *elem
	kids   []any
	alt    string // the alternative text of a figure
	attrs  string // the table attributes: "/Scope /Column", "/ColSpan 2"
	text   strings.Builder
	obj    int // object number, given when written
}

type mcr struct{ page, mcid int }

type objr struct{ page, link int }

// link is a link annotation to an anchor.
type link struct {
	page       int
	x, y, w, h float64 // millimetres from the top left
	key        string
	elem       *elem
}

// spot is where an anchor is.
type spot struct {
	page int
	y    float64
}

// headLevel is a heading's level as the layout asked for it and as tagged.
type headLevel struct{ asked, tagged int }

// tags is the structure of the document the live pass draws.
type tags struct {
	root    *elem
	cur     *elem
	parents [][]*elem // per page (from 0), the element of each MCID
	heights []float64 // per page, its height in millimetres
	links   []link
	anchors map[string]spot
	inMC    bool        // drawing inside an open artifact or figure: no marks of its own
	open    *elem       // the element whose marked content is open: text runs that follow on it join it
	fig     *elem       // the figure being drawn
	heads   []headLevel // the headings the next one may fall under
}

func newTags() *tags {
	root := &elem{role: document}
	return &tags{root: root, cur: root, anchors: map[string]spot{}}
}

func (t *tags) add(r Role) *elem {
	e := &elem{role: r, parent: t.cur}
	t.cur.kids = append(t.cur.kids, e)
	return e
}

// Open starts a structure element of role r inside the current one; what
// is drawn until Close belongs to it. It does nothing in the measuring pass.
func (d *Doc) Open(r Role) {
	if d.tags != nil {
		d.tags.cur = d.tags.add(r)
	}
}

// Close ends the element Open started.
func (d *Doc) Close() {
	if d.tags != nil && d.tags.cur.parent != nil {
		d.tags.cur = d.tags.cur.parent
	}
}

// Tag draws f inside a new element of role r.
func (d *Doc) Tag(r Role, f func()) {
	d.Open(r)
	f()
	d.Close()
}

// open starts an element and returns it (nil in the measuring pass), for
// content that comes back to it later, such as a table cell split over
// two pages.
func (d *Doc) open(r Role) *elem {
	d.Open(r)
	if d.tags == nil {
		return nil
	}
	return d.tags.cur
}

// within draws f inside element e, which was opened before.
func (d *Doc) within(e *elem, f func()) {
	if d.tags == nil || e == nil {
		f()
		return
	}
	cur := d.tags.cur
	d.tags.cur = e
	f()
	d.tags.cur = cur
}

// newPage starts the structure's record of a page h millimetres high.
func (t *tags) newPage(h float64) {
	t.parents = append(t.parents, nil)
	t.heights = append(t.heights, h)
}

// markText draws text s in marked content of the current element; outside
// any element it makes a paragraph of its own. Runs of one element that
// follow each other (the words of a justified line, the lines of a
// paragraph) share one marked content, which stays open until something
// else is drawn.
func (d *Doc) markText(s string, draw func()) {
	t := d.tags
	if t == nil || t.inMC {
		draw()
		return
	}
	e := t.cur
	if e == t.root {
		e = t.add(RoleP)
	}
	if e.role == RoleLink || e.parent != nil && e.parent.role == RoleLink {
		if e.text.Len() > 0 {
			e.text.WriteByte(' ')
		}
		e.text.WriteString(s)
	}
	if t.open == e {
		draw()
		return
	}
	d.closeMark()
	page := len(t.parents) - 1
	mcid := len(t.parents[page])
	t.parents[page] = append(t.parents[page], e)
	e.kids = append(e.kids, mcr{page, mcid})
	d.pdf.RawWriteStr(fmt.Sprintf("/%s <</MCID %d>> BDC", e.role, mcid))
	t.open = e
	draw()
}

// closeMark ends the open marked content of a text, before anything else
// is drawn, a page ends or the document is written.
func (d *Doc) closeMark() {
	if d.tags != nil && d.tags.open != nil {
		d.pdf.RawWriteStr("EMC")
		d.tags.open = nil
	}
}

// artifact draws f as an artifact: print only, which a reader skips.
// kind is the artifact's type and subtype ("/Type /Pagination ..."), or "".
func (d *Doc) artifact(kind string, f func()) {
	t := d.tags
	if t == nil || t.inMC {
		f()
		return
	}
	d.closeMark()
	if kind == "" {
		d.pdf.RawWriteStr("/Artifact BMC")
	} else {
		d.pdf.RawWriteStr("/Artifact <<" + kind + ">> BDC")
	}
	t.inMC = true
	f()
	t.inMC = false
	d.pdf.RawWriteStr("EMC")
}

// Figure draws f, a picture such as a chart, as a figure whose text for
// a reader is alt. The picture's own texts are part of the picture.
func (d *Doc) Figure(alt string, f func()) {
	t := d.tags
	if t == nil || t.inMC {
		f()
		return
	}
	e := t.add(roleFig)
	e.alt = alt
	t.fig = e
	d.beginFigure()
	f()
	d.endFigure()
	t.fig = nil
}

func (d *Doc) beginFigure() {
	d.closeMark()
	t := d.tags
	page := len(t.parents) - 1
	mcid := len(t.parents[page])
	t.parents[page] = append(t.parents[page], t.fig)
	t.fig.kids = append(t.fig.kids, mcr{page, mcid})
	d.pdf.RawWriteStr(fmt.Sprintf("/Figure <</MCID %d>> BDC", mcid))
	t.inMC = true
}

func (d *Doc) endFigure() {
	d.pdf.RawWriteStr("EMC")
	d.tags.inMC = false
}

// headingRole is the role of a heading the layout sets at the given level
// (1 a chapter, 2 a paragraph 1.1, 3 a paragraph 1.1.1, 4 a heading in
// the text or above a table): one under the last heading set at a higher
// level, H1 without one. So the tags follow the numbering, and a reader's
// list of headings has no gaps where the print skips a size (a colofon
// set small under its chapter, a table's title under a chapter).
func (d *Doc) headingRole(level int) Role {
	t := d.tags
	if t == nil {
		return roleH
	}
	for len(t.heads) > 0 && t.heads[len(t.heads)-1].asked >= level {
		t.heads = t.heads[:len(t.heads)-1]
	}
	tagged := 1
	if len(t.heads) > 0 {
		tagged = t.heads[len(t.heads)-1].tagged + 1
	}
	t.heads = append(t.heads, headLevel{level, tagged})
	return heading(tagged)
}

// Heading draws f as a heading of the given level (see headingRole).
func (d *Doc) Heading(level int, f func()) { d.Tag(d.headingRole(level), f) }

// pdfText is s as a PDF text string: UTF-16 with its byte order mark, in
// hexadecimal, which needs no escaping.
func pdfText(s string) string {
	var b strings.Builder
	b.WriteString("<FEFF")
	for _, r := range s {
		if r >= 0x10000 {
			r -= 0x10000
			fmt.Fprintf(&b, "%04X%04X", 0xD800+(r>>10), 0xDC00+(r&0x3FF))
			continue
		}
		fmt.Fprintf(&b, "%04X", r)
	}
	b.WriteString(">")
	return b.String()
}
