package typeset

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Running text: plan text is split into words of one or more pieces (a
// piece has one face, so "**vet**," is one word of two pieces), broken
// greedily into lines, justified by spreading the spaces, and placed down
// the page without leaving one line of a paragraph alone at the foot or the
// head of a page.

// piece is a run of text in one face.
type piece struct {
	text  string
	style FontStyle
	w     float64
}

// word is what a line never breaks inside.
type word struct {
	pieces []piece
	w      float64
	br     bool // a line break in the text, not a word
}

// TextLine is one wrapped line.
type TextLine struct {
	words []word
	W     float64 // natural width with single spaces
	hard  bool    // the last line of a paragraph or before a line break: never justified
}

// Style is how a run of text is set.
type Style struct {
	Size    float64 // points
	Lead    float64 // line height in millimetres
	Color   RGB
	Bold    bool // added to the emphasis of the text
	italic  bool
	justify bool
	align   byte // 'L' (default), 'C' or 'R' for lines that are not justified
}

var (
	Body      = Style{Size: 10, Lead: 5.2, Color: ColText, justify: true}
	BodyLeft  = Style{Size: 10, Lead: 5.2, Color: ColText}
	SmallNote = Style{Size: 8.5, Lead: 4.2, Color: ColMuted, italic: true}
	cellText  = Style{Size: 8.5, Lead: 4.0, Color: ColText}
	cellHead  = Style{Size: 8.5, Lead: 4.0, Color: colWhite, Bold: true}
)

func (ts Style) spaceWidth() float64 { return TextWidth(" ", Regular, ts.Size) }

// Span is a run of text with one emphasis; a paragraph is a list of them.
type Span struct {
	Text         string
	Bold, Italic bool
}

// Plain makes spans from text without emphasis markup.
func Plain(text string) []Span { return []Span{{Text: text}} }

// splitWords splits spans into words. A piece never crosses a span, so
// its text is a slice of the span's.
func splitWords(spans []Span, ts Style) []word {
	var (
		words []word
		cur   word
	)
	flushPiece := func(t string, st FontStyle) {
		if t != "" {
			w := TextWidth(t, st, ts.Size)
			cur.pieces = append(cur.pieces, piece{t, st, w})
			cur.w += w
		}
	}
	flushWord := func() {
		if len(cur.pieces) > 0 {
			words = append(words, cur)
			cur = word{}
		}
	}
	for _, sp := range spans {
		st := StyleOf(sp.Bold || ts.Bold, sp.Italic || ts.italic)
		start := 0
		prev := rune(0)
		for i, r := range sp.Text {
			// a currency sign keeps its amount on its line: "€ 86.000"
			keep := r == ' ' && (prev == '€' || prev == '$' || prev == '£')
			prev = r
			if r == '\n' || r != '\u00a0' && unicode.IsSpace(r) && !keep {
				flushPiece(sp.Text[start:i], st)
				flushWord()
				if r == '\n' {
					words = append(words, word{br: true})
				}
				start = i + utf8.RuneLen(r)
			}
		}
		flushPiece(sp.Text[start:], st)
	}
	flushWord()
	return words
}

// Wrap breaks spans into lines at most maxW wide.
func Wrap(spans []Span, ts Style, maxW float64) []TextLine {
	sp := ts.spaceWidth()
	var lines []TextLine
	var ln TextLine
	for _, wd := range splitWords(spans, ts) {
		if wd.br {
			ln.hard = true
			lines = append(lines, ln)
			ln = TextLine{}
			continue
		}
		for wd.w > maxW {
			if len(ln.words) > 0 {
				lines = append(lines, ln)
				ln = TextLine{}
			}
			var head word
			head, wd = splitWord(wd, maxW, ts.Size)
			lines = append(lines, TextLine{words: []word{head}, W: head.w})
		}
		add := wd.w
		if len(ln.words) > 0 {
			add += sp
			if ln.W+add > maxW+0.001 {
				lines = append(lines, ln)
				ln = TextLine{}
				add = wd.w
			}
		}
		ln.words = append(ln.words, wd)
		ln.W += add
	}
	if len(ln.words) > 0 || len(lines) == 0 {
		ln.hard = true
		lines = append(lines, ln)
	}
	return lines
}

// splitWord cuts a word that is wider than the line (a long address) into
// a head that fits, at least one character, and the rest.
func splitWord(wd word, maxW, size float64) (head, rest word) {
	for i, p := range wd.pieces {
		if head.w+p.w <= maxW {
			head.pieces = append(head.pieces, p)
			head.w += p.w
			continue
		}
		runes := []rune(p.text)
		n := 0
		for n < len(runes) && head.w+TextWidth(string(runes[:n+1]), p.style, size) <= maxW {
			n++
		}
		if n == 0 && len(head.pieces) == 0 {
			n = 1
		}
		if n > 0 {
			t := string(runes[:n])
			w := TextWidth(t, p.style, size)
			head.pieces = append(head.pieces, piece{t, p.style, w})
			head.w += w
		}
		if n < len(runes) {
			t := string(runes[n:])
			rest.pieces = append(rest.pieces, piece{t, p.style, TextWidth(t, p.style, size)})
		}
		rest.pieces = append(rest.pieces, wd.pieces[i+1:]...)
		for _, q := range rest.pieces {
			rest.w += q.w
		}
		return head, rest
	}
	return head, rest
}

// Height is the height of n lines.
func (ts Style) Height(n int) float64 { return float64(n) * ts.Lead }

// DrawLine draws one line with its top at top, in a column of width maxW.
// Every word that a space follows, at the end of a line too, is drawn with
// that space: the space is not seen, but the text a reader extracts or a
// screen reader speaks has its words apart.
func (d *Doc) DrawLine(l TextLine, x, top, maxW float64, ts Style) {
	if !d.live() || len(l.words) == 0 {
		return
	}
	base := top + ts.Lead*0.5 + ts.Size/PtPerMM*0.35
	sp := ts.spaceWidth()
	end := ""
	if !l.hard {
		end = " "
	}
	if ts.justify && !l.hard && len(l.words) > 1 {
		gap := sp + (maxW-l.W)/float64(len(l.words)-1)
		for _, wd := range l.words {
			px := x
			for j, p := range wd.pieces {
				t := p.text
				if j == len(wd.pieces)-1 {
					t += " "
				}
				d.Text(px, base, t, p.style, ts.Size, ts.Color)
				px += p.w
			}
			x += wd.w + gap
		}
		return
	}
	switch ts.align {
	case 'C':
		x += (maxW - l.W) / 2
	case 'R':
		x += maxW - l.W
	}
	// Not justified: one text call per run of one face, spaces included.
	var run strings.Builder
	runX, runStyle := x, l.words[0].pieces[0].style
	for i, wd := range l.words {
		for j, p := range wd.pieces {
			sep := i > 0 && j == 0
			if p.style != runStyle {
				d.Text(runX, base, run.String(), runStyle, ts.Size, ts.Color)
				run.Reset()
				runX, runStyle = x, p.style
				if sep {
					runX += sp
				}
			} else if sep {
				run.WriteByte(' ')
			}
			if sep {
				x += sp
			}
			run.WriteString(p.text)
			x += p.w
		}
	}
	d.Text(runX, base, run.String()+end, runStyle, ts.Size, ts.Color)
}

// flow places lines at the cursor, column x wide maxW, and moves the cursor
// below them. It breaks pages between lines, never leaving a single line of
// the paragraph at the foot or at the head of a page. marker is drawn left
// of the first line (a bullet or a number), at markerX: in a list item it
// is the item's label, before its body.
func (d *Doc) flow(lines []TextLine, x, maxW float64, ts Style, marker string, markerX float64) {
	var label, body *elem
	if d.tags != nil && d.tags.cur.role == roleLI {
		label, body = d.tags.add(roleLbl), d.tags.add(roleLBody)
	}
	n := len(lines)
	for i := 0; i < n; {
		fit := int((d.bottom - d.Y + 0.01) / ts.Lead)
		rest := n - i
		take := min(fit, rest)
		if take < rest {
			if rest-take == 1 && take > 1 {
				take-- // carry two lines over, not one
			}
			if take < 2 && !d.AtTop() {
				d.NewPage(d.landscape)
				continue
			}
			take = max(take, 1)
		}
		for j := 0; j < take; j++ {
			if i+j == 0 && marker != "" {
				base := d.Y + ts.Lead*0.5 + ts.Size/PtPerMM*0.35
				d.within(label, func() { d.Text(markerX, base, marker, StyleOf(ts.Bold, false), ts.Size, ts.Color) })
			}
			d.within(body, func() { d.DrawLine(lines[i+j], x, d.Y, maxW, ts) })
			d.Y += ts.Lead
		}
		i += take
		if i < n {
			d.NewPage(d.landscape)
		}
	}
}

// Paragraph sets spans as a paragraph across the text column.
func (d *Doc) Paragraph(spans []Span, ts Style, after float64) {
	d.Tag(RoleP, func() { d.flow(Wrap(spans, ts, d.Width()), d.Left, d.Width(), ts, "", 0) })
	d.Gap(after)
}

// Bullets sets each item as a bulleted paragraph with a hanging indent.
func (d *Doc) Bullets(items [][]Span, ts Style, marker func(i int) string, after float64) {
	const indent = 6
	d.Open(roleL)
	for i, it := range items {
		d.Tag(roleLI, func() {
			d.flow(Wrap(it, ts, d.Width()-indent), d.Left+indent, d.Width()-indent, ts, marker(i), d.Left+1)
		})
		d.Gap(1.2)
	}
	d.Close()
	d.Gap(after - 1.2)
}

func Bullet(int) string { return "•" }
