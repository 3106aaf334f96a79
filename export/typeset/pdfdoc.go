package typeset

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/jung-kurt/gofpdf"
	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/gobolditalic"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// The page furniture every document shares: A4, the Go fonts embedded as
// UTF-8 subsets, one house colour, a running header and a footer with
// "pagina n van m", and optionally a diagonal CONCEPT mark.
//
// A document is laid out twice. The first pass only measures: it moves the
// cursor and counts pages without drawing, which tells the second pass the
// total number of pages and the page of every heading, so the footer and the
// table of contents print the right numbers.

// FontStyle indexes the four faces of the Go font family.
type FontStyle int

const (
	Regular FontStyle = iota
	Bold
	italic
	BoldItalic
)

func StyleOf(b, i bool) FontStyle {
	switch {
	case b && i:
		return BoldItalic
	case b:
		return Bold
	case i:
		return italic
	}
	return Regular
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

// PtPerMM converts points (font sizes) to millimetres (the page unit).
const PtPerMM = 72 / 25.4

var (
	metricsOnce sync.Once
	metrics     [faces][]uint16 // advance widths per 16-bit code in 1/1000 em, as gofpdf embeds them
)

// loadMetrics reads the advance widths of the four Go faces and the
// fallback font once, from the very tables gofpdf writes into the PDF, so
// that what the layout measures is what a reader draws, and which
// characters each face has.
func loadMetrics() {
	m := gofpdf.New("P", "mm", "A4", "")
	measure := func(f int, fam, style string, ttf []byte) {
		loadCoverage(f, ttf)
		m.AddUTF8FontFromBytes(fam, style, ttf)
		m.SetFont(fam, style, 10)
		w := make([]uint16, 0x10000)
		for r := rune(0x20); r < 0x10000; r++ {
			if hasGlyph(f, r) {
				w[r] = uint16(m.GetStringSymbolWidth(string(r)))
			}
		}
		metrics[f] = w
	}
	for i, f := range fontFiles {
		measure(i, family, f.style, f.ttf)
	}
	for f := symbolFace; f < faces; f++ {
		measure(f, fallbacks[f].family, "", fallbacks[f].ttf)
	}
}

// TextWidth is the width in millimetres of s set in style at size points,
// as glyphs prints it.
func TextWidth(s string, st FontStyle, size float64) float64 {
	metricsOnce.Do(loadMetrics)
	w := metrics[st]
	sum := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x20 && c < 0x7F {
			sum += int(w[c]) // the fast path: ASCII, which every Go face has
			continue
		}
		glyphs(s[i:], st, func(r rune, f int, o outcome) {
			if o != dropped {
				sum += int(metrics[f][r])
			}
		})
		break
	}
	return float64(sum) * size / 1000 / PtPerMM
}

// RGB is a colour.
type RGB struct{ R, G, B int }

// The house style: one dark petrol blue for headings and table heads, a
// light tint of it for fills, and near-black text.
var (
	ColText    = RGB{33, 33, 33}
	ColMuted   = RGB{100, 100, 100}
	ColAccent  = RGB{31, 78, 121}
	ColTint    = RGB{221, 230, 240}
	colZebra   = RGB{245, 247, 250}
	colRule    = RGB{190, 198, 208}
	colWhite   = RGB{255, 255, 255}
	ColWarning = RGB{176, 0, 32}
	colConcept = RGB{228, 228, 228}
)

// A4 in millimetres, and the margins of portrait and landscape pages.
const (
	pageShort = 210.0
	pageLong  = 297.0
)

// Furniture is what a document prints on every page but the first.
type Furniture struct {
	Header      string // top left, usually the document title
	HeaderRight string // top right, e.g. the municipality or cluster
	FooterLeft  string
	FooterRight func(page, total int) string
	Watermark   string // drawn diagonally on every page, the cover included
	CoverPlain  bool   // page 1 carries no header and footer
}

// Info is the document's metadata.
type Info struct {
	Title, Author, Subject, Keywords string
	Date                             time.Time // creation and modification date
}

// plain is the metadata made safe by plainText.
func (i Info) plain() Info {
	i.Title, i.Author = plainText(i.Title), plainText(i.Author)
	i.Subject, i.Keywords = plainText(i.Subject), plainText(i.Keywords)
	return i
}

// Doc lays out one document. In the measuring pass pdf is nil and nothing
// is drawn; every decision about where things go is made from textWidth
// alone, so both passes break lines and pages identically.
type Doc struct {
	pdf  *gofpdf.Fpdf
	furn Furniture

	page      int
	total     int // pages in the previous pass; 0 in the measuring pass
	landscape bool
	W, H      float64 // page size
	Left      float64 // left margin
	Right     float64 // x of the right margin
	Top       float64 // y where content starts
	bottom    float64 // y where content must end
	Y         float64 // cursor

	marking string // printed top right in red on the current part (e.g. "Niet openbaar")

	// what the measuring pass learns, and the second pass uses
	anchors map[string]int // key -> page
	prev    map[string]int // the previous pass's anchors
	tags    *tags          // the structure (second pass)

	watermark [2]gofpdf.Template // the mark's form, portrait and landscape

	replaced []Replacement // where characters printed as the substitute
	added    [faces]bool   // the fallback fonts in pdf (each is added when first used)

	cur struct { // the font and colours last set on pdf
		face int // a FontStyle or symbolFace
		size float64
		text RGB
		set  bool
	}
}

func newDoc(live bool, furn Furniture, info Info, total int, prev map[string]int) *Doc {
	d := &Doc{furn: furn, total: total, anchors: map[string]int{}, prev: prev}
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
	p.SetCreationDate(info.Date.UTC()) // written as UTC: rewrite adds the Z
	p.SetModificationDate(info.Date.UTC())
	p.SetTitle(plainText(info.Title), true)
	p.SetAuthor(plainText(info.Author), true)
	p.SetSubject(plainText(info.Subject), true)
	p.SetKeywords(plainText(info.Keywords), true)
	p.SetCreator("Ketenregie", true)
	p.SetProducer(producer, true)
	p.SetXmpMetadata(xmp(info.plain(), language))
	p.SetDisplayMode("fullwidth", "continuous")
	d.pdf = p
	d.tags = newTags()
	return d
}

// live reports whether this pass draws.
func (d *Doc) live() bool { return d.pdf != nil }

// Width is the width of the text column.
func (d *Doc) Width() float64 { return d.Right - d.Left }

// NewPage starts a page in the given orientation and draws its furniture.
func (d *Doc) NewPage(landscape bool) {
	d.page++
	d.landscape = landscape
	if landscape {
		d.W, d.H = pageLong, pageShort
		d.Left, d.Right = 20, pageLong-20
		d.Top, d.bottom = 26, pageShort-20
	} else {
		d.W, d.H = pageShort, pageLong
		d.Left, d.Right = 25, pageShort-22
		d.Top, d.bottom = 30, pageLong-24
	}
	d.Y = d.Top
	if !d.live() {
		return
	}
	d.closeMark()
	fig := d.tags.fig != nil
	if fig {
		d.endFigure()
	}
	d.tags.newPage(d.H)
	if landscape {
		d.pdf.AddPageFormat("L", gofpdf.SizeType{Wd: pageShort, Ht: pageLong})
	} else {
		d.pdf.AddPageFormat("P", gofpdf.SizeType{Wd: pageShort, Ht: pageLong})
	}
	d.cur.set = false
	if d.furn.Watermark != "" {
		d.artifact("/Type /Pagination /Subtype /Watermark", func() { d.drawWatermark(d.furn.Watermark) })
	}
	if d.page > 1 || !d.furn.CoverPlain {
		d.artifact("/Type /Pagination", d.drawFurniture)
	}
	if fig {
		d.beginFigure()
	}
}

// drawWatermark draws the diagonal mark across the page. Its shapes are
// drawn once per orientation, as a form that every page refers to.
func (d *Doc) drawWatermark(mark string) {
	page := gofpdf.SizeType{Wd: d.W, Ht: d.H}
	i := 0
	if d.landscape {
		i = 1
	}
	if d.watermark[i] == nil {
		size := 120.0
		if d.landscape {
			size = 110
		}
		cx, cy := d.W/2, d.H/2
		angle := math.Atan2(d.H, d.W) * 180 / math.Pi
		d.watermark[i] = d.pdf.CreateTemplateCustom(gofpdf.PointType{}, page, func(t *gofpdf.Tpl) {
			t.SetFillColor(colConcept.R, colConcept.G, colConcept.B)
			t.TransformBegin()
			t.TransformRotate(angle, cx, cy)
			outline(&t.Fpdf, mark, size, cx, cy+size/PtPerMM*0.35)
			t.TransformEnd()
		})
	}
	// gofpdf places a form from the height of the page as given to
	// AddPageFormat, which for a landscape page is the long side
	d.pdf.UseTemplateScaled(d.watermark[i], gofpdf.PointType{Y: pageLong - d.H}, page)
}

var (
	boldOnce sync.Once
	boldFace *sfnt.Font
)

// outline fills mark in the bold face as drawn shapes, centred on x with
// its baseline at y. Shapes, not text: a reader does not read the CONCEPT
// mark out among the words, and copying a page does not pick up its
// letters one by one.
func outline(p *gofpdf.Fpdf, mark string, size, x, y float64) {
	boldOnce.Do(func() { boldFace, _ = sfnt.Parse(gobold.TTF) })
	f := boldFace
	if f == nil {
		return
	}
	var buf sfnt.Buffer
	upem := fixed.I(int(f.UnitsPerEm()))
	scale := size / PtPerMM / float64(f.UnitsPerEm()) // millimetres per font unit
	type glyph struct {
		idx sfnt.GlyphIndex
		adv float64
	}
	var gs []glyph
	width := 0.0
	for _, r := range mark {
		idx, err := f.GlyphIndex(&buf, r)
		if err != nil || idx == 0 {
			continue
		}
		adv, err := f.GlyphAdvance(&buf, idx, upem, font.HintingNone)
		if err != nil {
			continue
		}
		gs = append(gs, glyph{idx, float64(adv) / 64 * scale})
		width += float64(adv) / 64 * scale
	}
	x -= width / 2
	pt := func(q fixed.Point26_6) (float64, float64) {
		return x + float64(q.X)/64*scale, y + float64(q.Y)/64*scale
	}
	for _, g := range gs {
		segs, err := f.LoadGlyph(&buf, g.idx, upem, nil)
		if err == nil && len(segs) > 0 {
			for _, s := range segs {
				switch s.Op {
				case sfnt.SegmentOpMoveTo:
					p.MoveTo(pt(s.Args[0]))
				case sfnt.SegmentOpLineTo:
					p.LineTo(pt(s.Args[0]))
				case sfnt.SegmentOpQuadTo:
					cx, cy := pt(s.Args[0])
					ex, ey := pt(s.Args[1])
					p.CurveTo(cx, cy, ex, ey)
				case sfnt.SegmentOpCubeTo:
					c1x, c1y := pt(s.Args[0])
					c2x, c2y := pt(s.Args[1])
					ex, ey := pt(s.Args[2])
					p.CurveBezierCubicTo(c1x, c1y, c2x, c2y, ex, ey)
				}
			}
			p.DrawPath("f")
		}
		x += g.adv
	}
}

func (d *Doc) drawFurniture() {
	const size = 8
	hy := d.Top - 12
	right, col, st := d.furn.HeaderRight, ColMuted, Regular
	if d.marking != "" {
		right, col, st = d.marking, ColWarning, Bold
	}
	right = d.Fit(right, st, size, d.Width()*0.45)
	rw := TextWidth(right, st, size)
	d.Text(d.Left, hy, d.Fit(d.furn.Header, Regular, size, d.Width()-rw-8), Regular, size, ColMuted)
	d.Text(d.Right-rw, hy, right, st, size, col)
	d.Line(d.Left, hy+2, d.Right, hy+2, colRule, 0.2)

	fy := d.H - 12
	d.Line(d.Left, fy-4.5, d.Right, fy-4.5, colRule, 0.2)
	if d.furn.FooterLeft != "" {
		d.Text(d.Left, fy, d.Fit(d.furn.FooterLeft, Regular, size, d.Width()*0.4), Regular, size, ColMuted)
	}
	if d.furn.FooterRight != nil {
		total := d.total
		if total == 0 {
			total = d.page
		}
		s := d.furn.FooterRight(d.page, total)
		d.Text(d.Right-TextWidth(s, Regular, size), fy, s, Regular, size, ColMuted)
	}
}

// SetMarking changes the red marking in the header from the next page on,
// and on this one if it is still empty.
func (d *Doc) SetMarking(m string) { d.marking = m }

// Fit shortens s with an ellipsis until it is at most w wide.
func (d *Doc) Fit(s string, st FontStyle, size, w float64) string {
	if TextWidth(s, st, size) <= w {
		return s
	}
	r := []rune(s)
	for len(r) > 1 && TextWidth(string(r)+"…", st, size) > w {
		r = r[:len(r)-1]
	}
	return string(r) + "…"
}

// Text draws s with its baseline at y: each run of characters in the font
// that has them, and the substitute for those no font has.
func (d *Doc) Text(x, y float64, s string, st FontStyle, size float64, col RGB) {
	if !d.live() || s == "" {
		return
	}
	if !d.cur.set || d.cur.text != col {
		d.pdf.SetTextColor(col.R, col.G, col.B)
		d.cur.text = col
	}
	d.cur.set = true
	d.markText(s, func() { d.text(x, y, s, st, size) })
}

func (d *Doc) text(x, y float64, s string, st FontStyle, size float64) {
	var run []rune
	runFace, runW, lost := int(st), 0, 0
	flush := func() {
		if len(run) > 0 {
			d.setFont(runFace, size)
			d.pdf.Text(x, y, string(run))
			x += float64(runW) * size / 1000 / PtPerMM
		}
		run, runW = run[:0], 0
	}
	glyphs(s, st, func(r rune, f int, o outcome) {
		if o == dropped {
			return
		}
		if o == replaced {
			lost++
		}
		if f != runFace {
			flush()
			runFace = f
		}
		run = append(run, r)
		runW += int(metrics[f][r])
	})
	flush()
	if lost > 0 {
		d.replaced = append(d.replaced, Replacement{Page: d.page, Count: lost, Text: printable(s, st)})
	}
}

// setFont selects face f (a Go style or a fallback font) at size points.
func (d *Doc) setFont(f int, size float64) {
	if d.cur.set && d.cur.face == f && d.cur.size == size {
		return
	}
	if f >= symbolFace {
		if !d.added[f] {
			d.pdf.AddUTF8FontFromBytes(fallbacks[f].family, "", fallbacks[f].ttf)
			d.added[f] = true
		}
		d.pdf.SetFont(fallbacks[f].family, "", size)
	} else {
		d.pdf.SetFont(family, fontFiles[f].style, size)
	}
	d.cur.face, d.cur.size = f, size
}

func (d *Doc) Line(x1, y1, x2, y2 float64, col RGB, width float64) {
	if !d.live() {
		return
	}
	d.pdf.SetDrawColor(col.R, col.G, col.B)
	d.pdf.SetLineWidth(width)
	d.artifact("", func() { d.pdf.Line(x1, y1, x2, y2) })
}

func (d *Doc) Fill(x, y, w, h float64, col RGB) {
	if !d.live() {
		return
	}
	d.pdf.SetFillColor(col.R, col.G, col.B)
	d.artifact("", func() { d.pdf.Rect(x, y, w, h, "F") })
}

// Stroke draws the edge of a rectangle.
func (d *Doc) Stroke(x, y, w, h float64, col RGB, width float64) {
	if !d.live() {
		return
	}
	d.pdf.SetDrawColor(col.R, col.G, col.B)
	d.pdf.SetLineWidth(width)
	d.artifact("", func() { d.pdf.Rect(x, y, w, h, "D") })
}

// Room is the height left on the page below the cursor.
func (d *Doc) Room() float64 { return d.bottom - d.Y }

// Need starts a new page unless h millimetres fit below the cursor.
func (d *Doc) Need(h float64) {
	if d.Y+h > d.bottom+0.01 {
		d.NewPage(d.landscape)
	}
}

// Gap moves the cursor down, but never past the bottom of the page.
func (d *Doc) Gap(h float64) {
	d.Y = math.Min(d.Y+h, d.bottom)
}

// AtTop reports whether nothing has been placed on the page yet.
func (d *Doc) AtTop() bool { return d.Y <= d.Top+0.01 }

// Anchor records that key (a chapter, an annex) starts here, adds its
// bookmark, and makes it the target of its table-of-contents link.
func (d *Doc) Anchor(key, bookmark string, level int) {
	d.anchors[key] = d.page
	if !d.live() {
		return
	}
	d.setFont(int(Regular), 10) // a bookmark is encoded for the current font
	d.pdf.Bookmark(plainText(bookmark), level, d.Y)
	d.tags.anchors[key] = spot{d.page, d.Y}
}

// PageOf is the page the previous pass found key on.
func (d *Doc) PageOf(key string) int { return d.prev[key] }

// Link makes the area a link to key's anchor (second pass only). It
// belongs to the current element, which should be a Link whose text says
// where it leads.
func (d *Doc) Link(key string, x, y, w, h float64) {
	if !d.live() {
		return
	}
	t := d.tags
	t.links = append(t.links, link{page: d.page, x: x, y: y, w: w, h: h, key: key, elem: t.cur})
	t.cur.kids = append(t.cur.kids, objr{d.page - 1, len(t.links) - 1})
}

// finish writes the document.
func (d *Doc) finish(w io.Writer) error {
	d.closeMark()
	var buf bytes.Buffer
	if err := d.pdf.Output(&buf); err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	out, err := rewrite(buf.Bytes(), language, d.tags)
	if err != nil {
		return err
	}
	_, err = w.Write(out)
	return err
}

// A Printout is a writer for a document that also learns which characters
// the document could not print. Hand one to WritePlan, WriteReport or
// WriteAgreements to tell the user.
type Printout struct {
	io.Writer
	Replaced []Replacement
}

// Replacement is a piece of text in which Count characters (that no
// embedded font has, controls, invalid UTF-8) printed as □.
type Replacement struct {
	Page  int
	Text  string // the text as printed, □ included
	Count int
}

// Count is the number of characters replaced in the whole document.
func (p *Printout) Count() int {
	n := 0
	for _, r := range p.Replaced {
		n += r.Count
	}
	return n
}

// Pages are the pages with a replaced character, in order.
func (p *Printout) Pages() []int {
	var pages []int
	for _, r := range p.Replaced {
		if len(pages) == 0 || pages[len(pages)-1] != r.Page {
			pages = append(pages, r.Page)
		}
	}
	return pages
}

// PageList is Pages as ranges: "1–3, 7".
func (p *Printout) PageList() string {
	var parts []string
	pages := p.Pages()
	for i := 0; i < len(pages); {
		j := i
		for j+1 < len(pages) && pages[j+1] == pages[j]+1 {
			j++
		}
		if j > i {
			parts = append(parts, fmt.Sprintf("%d–%d", pages[i], pages[j]))
		} else {
			parts = append(parts, strconv.Itoa(pages[i]))
		}
		i = j + 1
	}
	return strings.Join(parts, ", ")
}

// Examples are up to n different texts with replaced characters, shortened
// to about 40 characters around the first substitute.
func (p *Printout) Examples(n int) []string {
	var out []string
	seen := map[string]bool{}
	for _, r := range p.Replaced {
		t := []rune(r.Text)
		if i := slices.Index(t, substitute); len(t) > 40 && i > 20 {
			t = append([]rune("…"), t[i-18:]...)
		}
		if len(t) > 40 {
			t = append(t[:39], '…')
		}
		if s := string(t); !seen[s] && len(out) < n {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// Render lays a document out until its page numbers are stable (twice,
// in practice) and writes the last pass to w. Should gofpdf still panic on
// something glyphs let through, the panic becomes an error, so that the
// caller removes its half-written file and the program goes on.
func Render(w io.Writer, furn Furniture, info Info, layout func(d *Doc) error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("pdf: gofpdf failed: %v", r)
		}
	}()
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
			if p, ok := w.(*Printout); ok {
				p.Replaced = d.replaced
			}
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
