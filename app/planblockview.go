package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ketenregie/data"
)

// A block that is not being edited is shown by a blockView: its text laid
// out by this file, with bold and italic drawn as the PDF prints them.
// Fyne's own word wrapping measures whole stretches of a paragraph with
// the font, which takes tens of milliseconds for a long paragraph; a view
// measures each word once (see wordWidth), so a chapter of 50 KB opens and
// scrolls at once. Only the block being edited is a real Entry.

type wordKey struct {
	text  string
	size  float32
	style fyne.TextStyle
}

// wordWidths caches the drawn width of words; only the UI goroutine uses it.
var wordWidths = map[wordKey]float32{}

func wordWidth(w string, size float32, style fyne.TextStyle) float32 {
	k := wordKey{w, size, style}
	if x, ok := wordWidths[k]; ok {
		return x
	}
	if len(wordWidths) > 100_000 {
		clear(wordWidths)
	}
	x := fyne.MeasureText(w, size, style).Width
	wordWidths[k] = x
	return x
}

// viewPiece is a run of text in one style on one line of a view.
type viewPiece struct {
	text     string
	style    fyne.TextStyle
	line     int
	x, w     float32
	src, end int // the rune offsets in the block's text it stands for
	bullet   bool
}

// blockView shows the text of a block that is not being edited; a click
// puts the block in edit mode with the cursor where it was clicked.
type blockView struct {
	widget.BaseWidget
	b      *blockEditor
	src    string
	width  float32 // the width the pieces were laid out at; -1 when stale
	laidW  float32
	pieces []viewPiece
	lines  int
	objs   []fyne.CanvasObject
}

func newBlockView(b *blockEditor, text string) *blockView {
	v := &blockView{b: b, src: text, width: -1}
	v.ExtendBaseWidget(v)
	return v
}

// setText shows new text.
func (v *blockView) setText(text string) {
	v.src = text
	v.width = -1
	v.Refresh()
}

// metrics are the text size and style of the block, its line height and
// the padding around its text (the Entry's, so that editing does not move
// the text).
func (v *blockView) metrics() (size float32, style fyne.TextStyle, line, pad float32) {
	th := v.Theme()
	size = th.Size(theme.SizeNameText)
	if v.b.style == "heading" {
		size *= headingScale
		style.Bold = true
	}
	style.Italic = isGuidance(v.src)
	line = fyne.MeasureText("M", size, style).Height
	return size, style, line, th.Size(theme.SizeNameInnerPadding)
}

// layoutAt lays the text out in lines at width.
func (v *blockView) layoutAt(width float32) {
	if width == v.width || width <= 0 {
		return
	}
	v.width = width
	size, base, _, pad := v.metrics()
	avail := width - 2*pad
	space := wordWidth(" ", size, base)
	v.pieces = v.pieces[:0]
	line := 0
	src := []rune(v.src)
	start := 0
	for i := 0; i <= len(src); i++ {
		if i < len(src) && src[i] != '\n' {
			continue
		}
		x0 := float32(0)
		if v.b.style == "bullets" {
			bw := wordWidth("•", size, base)
			v.pieces = append(v.pieces, viewPiece{text: "•", style: base, line: line, w: bw, src: start, end: start, bullet: true})
			x0 = bw + space*2
		}
		line = v.layoutLine(src[start:i], start, line, x0, avail, size, base, space) + 1
		start = i + 1
	}
	v.lines = max(1, line)
	v.objs = nil // made again by the renderer
}

// layoutLine lays out one line of the source (up to a line break) from
// line number line, wrapping words at avail, and returns the last line used.
func (v *blockView) layoutLine(src []rune, offset, line int, x0, avail, size float32, base fyne.TextStyle, space float32) int {
	text := string(src)
	spans := data.ParseInline(text)
	// Map each shown character back to the source: markers and escapes are
	// the characters ParseInline leaves out.
	var plain []rune
	var styles []fyne.TextStyle
	for _, s := range spans {
		st := base
		st.Bold = st.Bold || s.Bold
		st.Italic = st.Italic || s.Italic
		for _, r := range s.Text {
			plain = append(plain, r)
			styles = append(styles, st)
		}
	}
	at := make([]int, len(plain)+1)
	j := 0
	for i := range plain {
		for j < len(src) && src[j] != plain[i] {
			j++
		}
		at[i] = j
		if j < len(src) {
			j++
		}
	}
	at[len(plain)] = len(src)

	x := x0
	for i := 0; i < len(plain); {
		if plain[i] == ' ' || plain[i] == '\t' {
			x += space
			i++
			continue
		}
		// A word: the characters up to the next space, in pieces of one style.
		end := i
		for end < len(plain) && plain[end] != ' ' && plain[end] != '\t' {
			end++
		}
		type part struct {
			from, to int
			w        float32
		}
		var parts []part
		var ww float32
		for k := i; k < end; {
			m := k
			for m < end && styles[m] == styles[k] {
				m++
			}
			w := wordWidth(string(plain[k:m]), size, styles[k])
			parts = append(parts, part{k, m, w})
			ww += w
			k = m
		}
		if x > x0 && x+ww > avail {
			line++
			x = x0
		}
		for _, p := range parts {
			v.pieces = append(v.pieces, viewPiece{text: string(plain[p.from:p.to]), style: styles[p.from], line: line,
				x: x, w: p.w, src: offset + at[p.from], end: offset + at[p.to]})
			x += p.w
		}
		i = end
	}
	return line
}

// height is the view's height at its width.
func (v *blockView) height() float32 {
	_, _, line, pad := v.metrics()
	return float32(max(1, v.lines))*line + 2*pad
}

// offsetAt is the rune offset in the block's text nearest to pos.
func (v *blockView) offsetAt(pos fyne.Position) int {
	_, _, lineH, pad := v.metrics()
	line := int((pos.Y - pad) / lineH)
	line = max(0, min(line, v.lines-1))
	x := pos.X - pad
	best, bestD := len([]rune(v.src)), float32(-1)
	for _, p := range v.pieces {
		if p.line != line || p.bullet {
			continue
		}
		n := p.end - p.src
		var off int
		switch {
		case x <= p.x:
			off = p.src
		case x >= p.x+p.w:
			off = p.end
		default:
			off = p.src + int((x-p.x)/p.w*float32(n)+0.5)
		}
		d := max(p.x-x, x-(p.x+p.w), 0)
		if bestD < 0 || d < bestD {
			best, bestD = off, d
		}
	}
	if bestD < 0 { // an empty line: the start of the text on it
		return min(len([]rune(v.src)), v.lineStart(line))
	}
	return best
}

// lineStart is the rune offset at which line n of the source starts,
// counting only line breaks.
func (v *blockView) lineStart(n int) int {
	off := 0
	for i, l := range strings.Split(v.src, "\n") {
		if i == n {
			return off
		}
		off += len([]rune(l)) + 1
	}
	return len([]rune(v.src))
}

func (v *blockView) Tapped(ev *fyne.PointEvent) { v.b.t.activate(v.b, v.offsetAt(ev.Position)) }

// Cursor shows the text cursor over the text, as over an entry.
func (v *blockView) Cursor() desktop.Cursor { return desktop.TextCursor }

func (v *blockView) MinSize() fyne.Size {
	v.ExtendBaseWidget(v)
	if v.width < 0 && v.laidW > 0 {
		v.layoutAt(v.laidW)
	}
	return fyne.NewSize(40, v.height())
}

func (v *blockView) CreateRenderer() fyne.WidgetRenderer { return &blockViewRenderer{v: v} }

// Refresh lays the text out again, for a new text or theme.
func (v *blockView) Refresh() {
	v.width = -1
	v.BaseWidget.Refresh()
}

type blockViewRenderer struct{ v *blockView }

func (r *blockViewRenderer) Destroy() {}

func (r *blockViewRenderer) Objects() []fyne.CanvasObject { return r.v.objs }

func (r *blockViewRenderer) MinSize() fyne.Size { return r.v.MinSize() }

func (r *blockViewRenderer) Layout(size fyne.Size) {
	v := r.v
	if size.Width <= 0 {
		return
	}
	v.laidW = size.Width
	v.layoutAt(size.Width)
	if v.objs != nil {
		return
	}
	textSize, base, lineH, pad := v.metrics()
	fg := v.Theme().Color(theme.ColorNameForeground, fyne.CurrentApp().Settings().ThemeVariant())
	if isGuidance(v.src) {
		fg = v.Theme().Color(theme.ColorNamePlaceHolder, fyne.CurrentApp().Settings().ThemeVariant())
	}
	if v.src == "" {
		ph := v.Theme().Color(theme.ColorNamePlaceHolder, fyne.CurrentApp().Settings().ThemeVariant())
		t := canvas.NewText(v.b.placeholder(), ph)
		t.TextSize, t.TextStyle = textSize, base
		t.Move(fyne.NewPos(pad, pad))
		v.objs = []fyne.CanvasObject{t}
		return
	}
	// Pieces of one style next to each other on a line are drawn as one text.
	v.objs = make([]fyne.CanvasObject, 0, len(v.pieces)/4+1)
	var cur *canvas.Text
	var last viewPiece
	for i, p := range v.pieces {
		if cur != nil && !p.bullet && !last.bullet && p.line == last.line && p.style == last.style {
			gap := ""
			if p.src > last.end || p.x > last.x+last.w+0.5 {
				gap = " "
			}
			cur.Text += gap + p.text
			last = p
			continue
		}
		cur = canvas.NewText(p.text, fg)
		cur.TextSize, cur.TextStyle = textSize, p.style
		cur.Move(fyne.NewPos(pad+p.x, pad+float32(p.line)*lineH))
		v.objs = append(v.objs, cur)
		last = v.pieces[i]
	}
}

func (r *blockViewRenderer) Refresh() {
	r.v.objs = nil
	r.Layout(r.v.Size())
	canvas.Refresh(r.v)
}
