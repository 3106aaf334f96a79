package export

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"sync"
	"time"

	"github.com/jung-kurt/gofpdf"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/gobolditalic"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/goregular"
)

// The page furniture every document shares: A4, the Go fonts embedded as
// UTF-8 subsets, one house colour, a running header and a footer with
// "pagina n van m", and optionally a diagonal CONCEPT mark.
//
// A document is laid out twice. The first pass only measures: it moves the
// cursor and counts pages without drawing, which tells the second pass the
// total number of pages and the page of every heading, so the footer and the
// table of contents print the right numbers.

// fontStyle indexes the four faces of the Go font family.
type fontStyle int

const (
	regular fontStyle = iota
	bold
	italic
	boldItalic
)

func styleOf(b, i bool) fontStyle {
	switch {
	case b && i:
		return boldItalic
	case b:
		return bold
	case i:
		return italic
	}
	return regular
}

var fontFiles = [4]struct {
	style string // gofpdf's style string
	ttf   []byte
}{
	{"", goregular.TTF},
	{"B", gobold.TTF},
	{"I", goitalic.TTF},
	{"BI", gobolditalic.TTF},
}

const family = "go"

// ptPerMM converts points (font sizes) to millimetres (the page unit).
const ptPerMM = 72 / 25.4

var (
	metricsOnce sync.Once
	metrics     [4][]uint16 // advance widths per rune in 1/1000 em, as gofpdf embeds them
)

// loadMetrics reads the advance widths of the four faces once, from the
// very tables gofpdf writes into the PDF, so that what the layout measures
// is what a reader draws.
func loadMetrics() {
	m := gofpdf.New("P", "mm", "A4", "")
	for i, f := range fontFiles {
		m.AddUTF8FontFromBytes(family, f.style, f.ttf)
		m.SetFont(family, f.style, 10)
		w := make([]uint16, 0x10000)
		for r := rune(0); r < 0x10000; r++ {
			if r < 0xD800 || r >= 0xE000 {
				w[r] = uint16(m.GetStringSymbolWidth(string(r)))
			}
		}
		metrics[i] = w
	}
}

// textWidth is the width in millimetres of s set in style at size points.
func textWidth(s string, st fontStyle, size float64) float64 {
	metricsOnce.Do(loadMetrics)
	w := metrics[st]
	sum := 0
	for _, r := range s {
		if r < 0x10000 {
			sum += int(w[r])
		}
	}
	return float64(sum) * size / 1000 / ptPerMM
}

// rgb is a colour.
type rgb struct{ r, g, b int }

// The house style: one dark petrol blue for headings and table heads, a
// light tint of it for fills, and near-black text.
var (
	colText    = rgb{33, 33, 33}
	colMuted   = rgb{100, 100, 100}
	colAccent  = rgb{31, 78, 121}
	colTint    = rgb{221, 230, 240}
	colZebra   = rgb{245, 247, 250}
	colRule    = rgb{190, 198, 208}
	colWhite   = rgb{255, 255, 255}
	colWarning = rgb{176, 0, 32}
	colConcept = rgb{228, 228, 228}
)

// A4 in millimetres, and the margins of portrait and landscape pages.
const (
	pageShort = 210.0
	pageLong  = 297.0
)

// furniture is what a document prints on every page but the first.
type furniture struct {
	header      string // top left, usually the document title
	headerRight string // top right, e.g. the municipality or cluster
	footerLeft  string
	footerRight func(page, total int) string
	watermark   string // drawn diagonally on every page, the cover included
	coverPlain  bool   // page 1 carries no header and footer
}

// docInfo is the document's metadata.
type docInfo struct {
	title, author, subject, keywords string
	date                             time.Time // creation and modification date
}

// doc lays out one document. In the measuring pass pdf is nil and nothing
// is drawn; every decision about where things go is made from textWidth
// alone, so both passes break lines and pages identically.
type doc struct {
	pdf  *gofpdf.Fpdf
	furn furniture

	page      int
	total     int // pages in the previous pass; 0 in the measuring pass
	landscape bool
	w, h      float64 // page size
	left      float64 // left margin
	right     float64 // x of the right margin
	top       float64 // y where content starts
	bottom    float64 // y where content must end
	y         float64 // cursor

	marking string // printed top right in red on the current part (e.g. "Niet openbaar")

	// what the measuring pass learns, and the second pass uses
	anchors map[string]int // key -> page
	prev    map[string]int // the previous pass's anchors
	links   map[string]int // key -> gofpdf link id (second pass)

	cur struct { // the font and colours last set on pdf
		style fontStyle
		size  float64
		text  rgb
		set   bool
	}
}

func newDoc(live bool, furn furniture, info docInfo, total int, prev map[string]int) *doc {
	d := &doc{furn: furn, total: total, anchors: map[string]int{}, prev: prev, links: map[string]int{}}
	if !live {
		return d
	}
	p := gofpdf.New("P", "mm", "A4", "")
	for _, f := range fontFiles {
		p.AddUTF8FontFromBytes(family, f.style, f.ttf)
	}
	p.SetAutoPageBreak(false, 0)
	p.SetMargins(0, 0, 0)
	p.SetCellMargin(0)
	p.SetCompression(false) // rewrite compresses, with one zlib writer instead of one per page
	p.SetCatalogSort(true)
	p.SetCreationDate(info.date)
	p.SetModificationDate(info.date)
	p.SetTitle(info.title, true)
	p.SetAuthor(info.author, true)
	p.SetSubject(info.subject, true)
	p.SetKeywords(info.keywords, true)
	p.SetCreator("Ketenregie", true)
	p.SetProducer(producer, true)
	p.SetXmpMetadata(xmp(info, language))
	p.SetDisplayMode("fullwidth", "continuous")
	d.pdf = p
	return d
}

// live reports whether this pass draws.
func (d *doc) live() bool { return d.pdf != nil }

// width is the width of the text column.
func (d *doc) width() float64 { return d.right - d.left }

// newPage starts a page in the given orientation and draws its furniture.
func (d *doc) newPage(landscape bool) {
	d.page++
	d.landscape = landscape
	if landscape {
		d.w, d.h = pageLong, pageShort
		d.left, d.right = 20, pageLong-20
		d.top, d.bottom = 26, pageShort-20
	} else {
		d.w, d.h = pageShort, pageLong
		d.left, d.right = 25, pageShort-22
		d.top, d.bottom = 30, pageLong-24
	}
	d.y = d.top
	if !d.live() {
		return
	}
	if landscape {
		d.pdf.AddPageFormat("L", gofpdf.SizeType{Wd: pageShort, Ht: pageLong})
	} else {
		d.pdf.AddPageFormat("P", gofpdf.SizeType{Wd: pageShort, Ht: pageLong})
	}
	d.cur.set = false
	if d.furn.watermark != "" {
		d.drawWatermark(d.furn.watermark)
	}
	if d.page == 1 && d.furn.coverPlain {
		return
	}
	d.drawFurniture()
}

func (d *doc) drawWatermark(mark string) {
	size := 120.0
	if d.landscape {
		size = 110
	}
	tw := textWidth(mark, bold, size)
	cx, cy := d.w/2, d.h/2
	angle := math.Atan2(d.h, d.w) * 180 / math.Pi
	d.pdf.TransformBegin()
	d.pdf.TransformRotate(angle, cx, cy)
	d.text(cx-tw/2, cy+size/ptPerMM*0.35, mark, bold, size, colConcept)
	d.pdf.TransformEnd()
}

func (d *doc) drawFurniture() {
	const size = 8
	hy := d.top - 12
	right, col, st := d.furn.headerRight, colMuted, regular
	if d.marking != "" {
		right, col, st = d.marking, colWarning, bold
	}
	right = d.fit(right, st, size, d.width()*0.45)
	rw := textWidth(right, st, size)
	d.text(d.left, hy, d.fit(d.furn.header, regular, size, d.width()-rw-8), regular, size, colMuted)
	d.text(d.right-rw, hy, right, st, size, col)
	d.line(d.left, hy+2, d.right, hy+2, colRule, 0.2)

	fy := d.h - 12
	d.line(d.left, fy-4.5, d.right, fy-4.5, colRule, 0.2)
	if d.furn.footerLeft != "" {
		d.text(d.left, fy, d.fit(d.furn.footerLeft, regular, size, d.width()*0.4), regular, size, colMuted)
	}
	if d.furn.footerRight != nil {
		total := d.total
		if total == 0 {
			total = d.page
		}
		s := d.furn.footerRight(d.page, total)
		d.text(d.right-textWidth(s, regular, size), fy, s, regular, size, colMuted)
	}
}

// setMarking changes the red marking in the header from the next page on,
// and on this one if it is still empty.
func (d *doc) setMarking(m string) { d.marking = m }

// fit shortens s with an ellipsis until it is at most w wide.
func (d *doc) fit(s string, st fontStyle, size, w float64) string {
	if textWidth(s, st, size) <= w {
		return s
	}
	r := []rune(s)
	for len(r) > 1 && textWidth(string(r)+"…", st, size) > w {
		r = r[:len(r)-1]
	}
	return string(r) + "…"
}

// text draws s with its baseline at y.
func (d *doc) text(x, y float64, s string, st fontStyle, size float64, col rgb) {
	if !d.live() || s == "" {
		return
	}
	d.setFont(st, size)
	if !d.cur.set || d.cur.text != col {
		d.pdf.SetTextColor(col.r, col.g, col.b)
		d.cur.text = col
	}
	d.cur.set = true
	d.pdf.Text(x, y, s)
}

func (d *doc) setFont(st fontStyle, size float64) {
	if d.cur.set && d.cur.style == st && d.cur.size == size {
		return
	}
	d.pdf.SetFont(family, fontFiles[st].style, size)
	d.cur.style, d.cur.size = st, size
}

func (d *doc) line(x1, y1, x2, y2 float64, col rgb, width float64) {
	if !d.live() {
		return
	}
	d.pdf.SetDrawColor(col.r, col.g, col.b)
	d.pdf.SetLineWidth(width)
	d.pdf.Line(x1, y1, x2, y2)
}

func (d *doc) fill(x, y, w, h float64, col rgb) {
	if !d.live() {
		return
	}
	d.pdf.SetFillColor(col.r, col.g, col.b)
	d.pdf.Rect(x, y, w, h, "F")
}

// need starts a new page unless h millimetres fit below the cursor.
func (d *doc) need(h float64) {
	if d.y+h > d.bottom+0.01 {
		d.newPage(d.landscape)
	}
}

// gap moves the cursor down, but never past the bottom of the page.
func (d *doc) gap(h float64) {
	d.y = math.Min(d.y+h, d.bottom)
}

// atTop reports whether nothing has been placed on the page yet.
func (d *doc) atTop() bool { return d.y <= d.top+0.01 }

// anchor records that key (a chapter, an annex) starts here, adds its
// bookmark, and makes it the target of its table-of-contents link.
func (d *doc) anchor(key, bookmark string, level int) {
	d.anchors[key] = d.page
	if !d.live() {
		return
	}
	d.setFont(regular, 10) // a bookmark is encoded for the current font
	d.pdf.Bookmark(bookmark, level, d.y)
	if l, ok := d.links[key]; ok {
		d.pdf.SetLink(l, d.y, -1)
	}
}

// pageOf is the page the previous pass found key on.
func (d *doc) pageOf(key string) int { return d.prev[key] }

// link makes the area a link to key's anchor (second pass only).
func (d *doc) link(key string, x, y, w, h float64) {
	if !d.live() {
		return
	}
	l, ok := d.links[key]
	if !ok {
		l = d.pdf.AddLink()
		d.links[key] = l
	}
	d.pdf.Link(x, y, w, h, l)
}

// finish writes the document.
func (d *doc) finish(w io.Writer) error {
	var buf bytes.Buffer
	if err := d.pdf.Output(&buf); err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	out, err := rewrite(buf.Bytes(), language)
	if err != nil {
		return err
	}
	_, err = w.Write(out)
	return err
}

// render lays a document out until its page numbers are stable (twice,
// in practice) and writes the last pass to w.
func render(w io.Writer, furn furniture, info docInfo, layout func(d *doc) error) error {
	m := newDoc(false, furn, info, 0, nil)
	if err := layout(m); err != nil {
		return err
	}
	total, anchors := m.page, m.anchors
	for range 3 {
		d := newDoc(true, furn, info, total, anchors)
		if err := layout(d); err != nil {
			return err
		}
		if err := d.pdf.Error(); err != nil {
			return fmt.Errorf("pdf: %w", err)
		}
		if d.page == total && sameAnchors(d.anchors, anchors) {
			return d.finish(w)
		}
		total, anchors = d.page, d.anchors
	}
	return fmt.Errorf("pdf: page numbers do not settle")
}

func sameAnchors(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}
