package planedit

import (
	"image/color"
	"sort"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// A block is shown and edited by one widget, a blockView: its text laid out
// by this file, with bold and italic drawn as the PDF prints them whether or
// not the block has the cursor, so clicking a block changes nothing in how
// it looks. Fyne's own word wrapping measures whole stretches of a paragraph
// with the font, which takes milliseconds for a long paragraph; a view
// measures each word once (see wordWidth), so a chapter of 50 KB opens,
// scrolls and types at once. How a view is edited (keys, mouse, clipboard,
// undo) is in planblockedit.go.

// wordFont is a text size and style, as words are measured in.
type wordFont struct {
	size  float32
	style fyne.TextStyle
}

// wordWidths caches the drawn width of words, by font; only the UI
// goroutine uses it.
var (
	wordWidths  = map[wordFont]map[string]float32{}
	wordCount   int
	wordScratch []byte
)

func wordWidth(w string, size float32, style fyne.TextStyle) float32 {
	f := wordFont{size, style}
	if x, ok := wordWidths[f][w]; ok {
		return x
	}
	if wordCount > 100_000 {
		clear(wordWidths)
		wordCount = 0
	}
	if wordWidths[f] == nil {
		wordWidths[f] = map[string]float32{}
	}
	x := fyne.MeasureText(w, size, style).Width
	wordWidths[f][w] = x
	wordCount++
	return x
}

// runesWidth is wordWidth of runes; a word measured before costs no
// allocation, which matters as a block is laid out again at every keystroke.
func runesWidth(rs []rune, size float32, style fyne.TextStyle) float32 {
	wordScratch = wordScratch[:0]
	for _, r := range rs {
		wordScratch = utf8.AppendRune(wordScratch, r)
	}
	if x, ok := wordWidths[wordFont{size, style}][string(wordScratch)]; ok {
		return x
	}
	return wordWidth(string(wordScratch), size, style)
}

// viewPiece is a run of characters in one style on one line of a view.
type viewPiece struct {
	style    fyne.TextStyle
	x, w     float32
	src, end int // the characters it shows, as offsets in the block's text
	bullet   bool
}

// viewLine is one line as laid out: the offset of its first character, where
// its text starts (after a bullet), and the index of its first piece.
type viewLine struct {
	start int
	x0    float32
	first int
}

// blockView shows the text of a block and, while the block is edited, its
// cursor and selection.
type blockView struct {
	widget.BaseWidget
	b     *blockEditor
	doc   styledText
	guide bool // the text is a chapter's guidance, shown as a hint

	width  float32 // the width the text was laid out at; -1 when stale
	laidW  float32 // the width the renderer last had
	gen    int     // counts layouts, so the renderer knows when to draw the text again
	space  float32
	pieces []viewPiece
	lines  []viewLine

	blockEditing
}

func newBlockView(b *blockEditor, text string) *blockView {
	v := &blockView{b: b, width: -1}
	v.goalX = -1
	v.ExtendBaseWidget(v)
	v.setDoc(parseStyled(text))
	return v
}

// setDoc shows new text, not as an edit: the cursor goes to its start.
func (v *blockView) setDoc(doc styledText) {
	v.doc = doc
	v.guide = isGuidance(doc.markup())
	v.cursor, v.anchor = 0, 0
	v.relayout()
	v.BaseWidget.Refresh()
}

// relayout lays the text out again at the width the view has; one not laid
// out yet has no lines until it is, rather than lines of an older text.
func (v *blockView) relayout() {
	v.width = -1
	if v.laidW > 0 {
		v.layoutAt(v.laidW)
	} else {
		v.lines, v.pieces = v.lines[:0], v.pieces[:0]
	}
}

// lineStart is where line li starts; 0 before the text is laid out.
func (v *blockView) lineStart(li int) int {
	if li >= len(v.lines) {
		return 0
	}
	return v.lines[li].start
}

// metrics are the text size and style of the block, its line height and
// the padding around its text (an Entry's, as the rest of the window has).
func (v *blockView) metrics() (size float32, style fyne.TextStyle, line, pad float32) {
	th := v.Theme()
	size = th.Size(theme.SizeNameText)
	if v.b.style == "heading" {
		size *= headingScale
		style.Bold = true
	}
	style.Italic = v.guide
	line = fyne.MeasureText("M", size, style).Height
	return size, style, line, th.Size(theme.SizeNameInnerPadding)
}

// styleOf is base with emphasis m.
func styleOf(base fyne.TextStyle, m emphasis) fyne.TextStyle {
	base.Bold = base.Bold || m&emBold != 0
	base.Italic = base.Italic || m&emItalic != 0
	return base
}

func isBlank(r rune) bool { return r == ' ' || r == '\t' }

// layoutAt lays the text out in lines at width.
func (v *blockView) layoutAt(width float32) {
	if width == v.width || width <= 0 {
		return
	}
	v.width = width
	v.gen++
	size, base, _, pad := v.metrics()
	avail := width - 2*pad
	v.space = wordWidth(" ", size, base)
	v.pieces = v.pieces[:0]
	v.lines = v.lines[:0]
	text := v.doc.runes
	start := 0
	for i := 0; i <= len(text); i++ {
		if i < len(text) && text[i] != '\n' {
			continue
		}
		var x0 float32
		var bullet viewPiece
		if v.b.style == "bullets" {
			bullet = viewPiece{style: base, w: wordWidth("•", size, base), src: start, end: start, bullet: true}
			x0 = bullet.w + v.space*2
		}
		v.lines = append(v.lines, viewLine{start: start, x0: x0, first: len(v.pieces)})
		if bullet.bullet {
			v.pieces = append(v.pieces, bullet)
		}
		v.layoutLine(start, i, x0, avail, size, base)
		start = i + 1
	}
}

// layoutLine lays out the characters from one line break to the next,
// wrapping words at avail.
func (v *blockView) layoutLine(from, to int, x0, avail, size float32, base fyne.TextStyle) {
	runes, marks := v.doc.runes, v.doc.marks
	x := x0
	for i := from; i < to; {
		if isBlank(runes[i]) {
			x += v.space
			i++
			continue
		}
		// A word: the characters up to the next space, in pieces of one style.
		end := i
		for end < to && !isBlank(runes[end]) {
			end++
		}
		first := len(v.pieces)
		var ww float32
		for k := i; k < end; {
			m := k
			for m < end && marks[m] == marks[k] {
				m++
			}
			st := styleOf(base, marks[k])
			w := runesWidth(runes[k:m], size, st)
			v.pieces = append(v.pieces, viewPiece{style: st, w: w, src: k, end: m})
			ww += w
			k = m
		}
		if x > x0 && x+ww > avail {
			// The word starts a new line; its pieces are the line's first.
			v.lines = append(v.lines, viewLine{start: i, x0: x0, first: first})
			x = x0
		}
		for k := first; k < len(v.pieces); k++ {
			v.pieces[k].x = x
			x += v.pieces[k].w
		}
		i = end
	}
}

// lineCount is the number of lines shown, at least one.
func (v *blockView) lineCount() int { return max(1, len(v.lines)) }

// height is the view's height at its width.
func (v *blockView) height() float32 {
	_, _, line, pad := v.metrics()
	return float32(v.lineCount())*line + 2*pad
}

// linePieces are the pieces on line li.
func (v *blockView) linePieces(li int) []viewPiece {
	end := len(v.pieces)
	if li+1 < len(v.lines) {
		end = v.lines[li+1].first
	}
	return v.pieces[v.lines[li].first:end]
}

// lineOf is the line that shows offset at: the last that starts at or before it.
func (v *blockView) lineOf(at int) int {
	i := sort.Search(len(v.lines), func(i int) bool { return v.lines[i].start > at })
	return max(0, i-1)
}

// lineEnd is the offset at the end of line li: before its line break, or
// before the space where it wraps.
func (v *blockView) lineEnd(li int) int {
	if li+1 < len(v.lines) {
		return v.lines[li+1].start - 1
	}
	return len(v.doc.runes)
}

// xIn is the x of offset at on line li, from the start of the text area.
func (v *blockView) xIn(li, at int) float32 {
	if li >= len(v.lines) {
		return 0
	}
	ln := v.lines[li]
	x, last := ln.x0, ln.start
	for _, p := range v.linePieces(li) {
		switch {
		case p.bullet:
			continue
		case at < p.src:
			return x + float32(at-last)*v.space
		case at == p.end:
			return p.x + p.w
		case at < p.end:
			size, _, _, _ := v.metrics()
			return p.x + fyne.MeasureText(string(v.doc.runes[p.src:at]), size, p.style).Width
		}
		x, last = p.x+p.w, p.end
	}
	return x + float32(at-last)*v.space
}

// offsetInLine is the offset on line li nearest to x.
func (v *blockView) offsetInLine(li int, x float32) int {
	if li >= len(v.lines) {
		return len(v.doc.runes)
	}
	first, lo, hi := v.lines[li].start, v.lines[li].start, v.lineEnd(li)
	for lo < hi { // the first offset at or right of x
		mid := (lo + hi) / 2
		if v.xIn(li, mid) < x {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo > first && x-v.xIn(li, lo-1) < v.xIn(li, lo)-x {
		return lo - 1
	}
	return lo
}

// offsetAt is the offset in the block's text nearest to pos.
func (v *blockView) offsetAt(pos fyne.Position) int {
	_, _, lineH, pad := v.metrics()
	li := max(0, min(int((pos.Y-pad)/lineH), v.lineCount()-1))
	return v.offsetInLine(li, pos.X-pad)
}

// cursorPosition is the top left of the cursor in the view.
func (v *blockView) cursorPosition() fyne.Position {
	_, _, lineH, pad := v.metrics()
	li := v.lineOf(v.cursor)
	return fyne.NewPos(pad+v.xIn(li, v.cursor), pad+float32(li)*lineH)
}

// Cursor shows the text cursor over the text, as over an entry.
func (v *blockView) Cursor() desktop.Cursor { return desktop.TextCursor }

func (v *blockView) MinSize() fyne.Size {
	v.ExtendBaseWidget(v)
	if v.width < 0 && v.laidW > 0 {
		v.layoutAt(v.laidW)
	}
	return fyne.NewSize(40, v.height())
}

func (v *blockView) CreateRenderer() fyne.WidgetRenderer {
	r := &blockViewRenderer{v: v, gen: -1}
	r.cursor = canvas.NewRectangle(color.Transparent)
	r.outline = canvas.NewRectangle(color.Transparent)
	return r
}

// Refresh lays the text out again, for a new theme.
func (v *blockView) Refresh() {
	v.width = -1
	v.BaseWidget.Refresh()
}

type blockViewRenderer struct {
	v       *blockView
	gen     int // the layout the texts were made for
	texts   []fyne.CanvasObject
	sels    []fyne.CanvasObject
	cursor  *canvas.Rectangle
	outline *canvas.Rectangle
	objs    []fyne.CanvasObject
}

func (r *blockViewRenderer) Destroy() {}

func (r *blockViewRenderer) Objects() []fyne.CanvasObject { return r.objs }

func (r *blockViewRenderer) MinSize() fyne.Size { return r.v.MinSize() }

func (r *blockViewRenderer) Layout(size fyne.Size) {
	v := r.v
	if size.Width <= 0 {
		return
	}
	v.laidW = size.Width
	v.layoutAt(size.Width)
	th := v.Theme()
	variant := fyne.CurrentApp().Settings().ThemeVariant()
	_, _, lineH, pad := v.metrics()
	if r.gen != v.gen {
		r.gen = v.gen
		r.texts = v.drawText(r.texts[:0], th, variant)
	}

	editing := v.b.entry == v
	r.outline.Resize(size)
	r.outline.StrokeWidth = th.Size(theme.SizeNameInputBorder)
	r.outline.CornerRadius = th.Size(theme.SizeNameInputRadius)
	r.outline.StrokeColor = color.Transparent
	if editing && v.focused {
		r.outline.StrokeColor = th.Color(theme.ColorNamePrimary, variant)
	}

	// The selection, one box a line, drawn under the text.
	r.sels = r.sels[:0]
	if a, b := v.selection(); editing && a < b {
		sel := th.Color(theme.ColorNameSelection, variant)
		for li := v.lineOf(a); li < len(v.lines) && v.lines[li].start <= b; li++ {
			end := v.lineEnd(li)
			from, to := max(a, v.lines[li].start), min(b, end)
			x1, x2 := v.xIn(li, from), v.xIn(li, to)
			if b > end {
				x2 += v.space // the line break or the space where it wraps
			}
			if x2 <= x1 {
				continue
			}
			box := canvas.NewRectangle(sel)
			box.Move(fyne.NewPos(pad+x1, pad+float32(li)*lineH))
			box.Resize(fyne.NewSize(x2-x1, lineH))
			r.sels = append(r.sels, box)
		}
	}

	r.cursor.Hidden = !editing || !v.focused || v.hasSelection()
	if !r.cursor.Hidden {
		w := th.Size(theme.SizeNameInputBorder)
		p := v.cursorPosition()
		r.cursor.FillColor = th.Color(theme.ColorNamePrimary, variant)
		r.cursor.Move(fyne.NewPos(min(p.X, size.Width-pad/2)-w/2, p.Y))
		r.cursor.Resize(fyne.NewSize(w, lineH))
	}

	r.objs = append(r.objs[:0], r.outline)
	r.objs = append(r.objs, r.sels...)
	r.objs = append(r.objs, r.texts...)
	r.objs = append(r.objs, r.cursor)
}

// drawText makes the texts of the laid out pieces: pieces of one style next
// to each other on a line are drawn as one text.
func (v *blockView) drawText(out []fyne.CanvasObject, th fyne.Theme, variant fyne.ThemeVariant) []fyne.CanvasObject {
	textSize, base, lineH, pad := v.metrics()
	fg := th.Color(theme.ColorNameForeground, variant)
	if v.guide {
		fg = th.Color(theme.ColorNamePlaceHolder, variant)
	}
	if len(v.doc.runes) == 0 {
		var x0 float32
		if len(v.lines) > 0 {
			x0 = v.lines[0].x0
		}
		ph := canvas.NewText(v.b.placeholder(), th.Color(theme.ColorNamePlaceHolder, variant))
		ph.TextSize, ph.TextStyle = textSize, base
		ph.Move(fyne.NewPos(pad+x0, pad))
		out = append(out, ph)
	}
	runes := v.doc.runes
	var sb strings.Builder
	var cur *canvas.Text
	flush := func() {
		if cur != nil {
			cur.Text = sb.String()
			sb.Reset()
			cur = nil
		}
	}
	for li := range v.lines {
		var last viewPiece
		y := pad + float32(li)*lineH
		for _, p := range v.linePieces(li) {
			if cur != nil && !p.bullet && !last.bullet && p.style == last.style {
				for _, r := range runes[last.end:p.src] { // the spaces between
					if r == '\t' {
						r = ' '
					}
					sb.WriteRune(r)
				}
				for _, r := range runes[p.src:p.end] {
					sb.WriteRune(r)
				}
				last = p
				continue
			}
			flush()
			cur = canvas.NewText("", fg)
			cur.TextSize, cur.TextStyle = textSize, p.style
			cur.Move(fyne.NewPos(pad+p.x, y))
			if p.bullet {
				sb.WriteString("•")
			} else {
				for _, r := range runes[p.src:p.end] {
					sb.WriteRune(r)
				}
			}
			out = append(out, cur)
			last = p
		}
		flush()
	}
	return out
}

func (r *blockViewRenderer) Refresh() {
	r.Layout(r.v.Size())
	canvas.Refresh(r.v)
}
