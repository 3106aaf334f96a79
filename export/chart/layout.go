package chart

import (
	"fmt"
	"math"
	"strings"
)

// Frame is the room and the text a chart is laid out for.
type Frame struct {
	Width float64 // the width the chart fills
	Size  float64 // the text size; every other measure is a multiple of it
	// Measure is the width of s at Size, in the medium's own font.
	Measure func(s string, bold bool) float64
}

// Drawing is a chart laid out: shapes in the order they are drawn, in the
// units of the Frame, with y running down from the chart's top.
type Drawing struct {
	Width, Height float64
	Shapes        []Shape
}

// Shape is a Box, a Line or a Text.
type Shape interface{ shape() }

// Role says what a shape's colour means; each renderer picks the colour
// for its medium (white paper, or the window's light or dark theme).
type Role int

const (
	None    Role = iota // nothing: a box without an edge
	Paper               // the background: behind a number inside a segment
	Ink                 // text, the axis, edges of segments
	Muted               // tick labels and the axis title
	Rule                // grid lines
	Fill                // a series' fill: Paint.Series says which
	Hatched             // a series' hatching lines
)

// Paint is a colour by role, and for the series roles, which series.
type Paint struct {
	Role   Role
	Series int
	Look   Look // the series' look, for Fill and Hatched
}

// Box is a filled rectangle, with an edge when Edge is not None.
type Box struct {
	X, Y, W, H float64
	Fill       Paint
	Edge       Paint
	EdgeWidth  float64
}

// Line is a straight line.
type Line struct {
	X1, Y1, X2, Y2 float64
	Width          float64
	Paint          Paint
}

// Text is one line of text: X is its left edge, Y the middle of its line,
// W its measured width.
type Text struct {
	X, Y, W float64
	Text    string
	Bold    bool
	Paint   Paint
}

func (Box) shape()  {}
func (Line) shape() {}
func (Text) shape() {}

// The measures of a chart, in text sizes (em).
const (
	rowHeight   = 1.75 // a bar's row
	barHeight   = 1.2
	headHeight  = 1.55 // a group's heading
	groupGap    = 0.35
	indent      = 1.0  // bar labels under a group heading
	labelGap    = 0.8  // between the labels and the bars
	besideGap   = 0.45 // between a bar and its number
	swatchW     = 2.2  // a legend's sample
	swatchH     = 1.1
	legendGap   = 1.6 // between legend entries
	legendRow   = 1.7
	legendAfter = 0.5
	tickLength  = 0.35
	axisHeight  = 3.4 // the axis, its numbers and its title
	hatchGap    = 0.5 // between hatching lines
	platePad    = 0.18
)

// thin lines, in em
const (
	edgeWidth  = 0.05
	ruleWidth  = 0.04
	axisWidth  = 0.07
	hatchWidth = 0.055
)

// plan is what Layout and Fits both need: which rows there are and how
// wide the columns are.
type plan struct {
	em              float64
	legend          []legendEntry
	legendH         float64
	labelW, besideW float64
	plotX, plotW    float64
	axisMax, step   int
	groupH          []float64
	beside          [][]string // per group, per bar
	inside          [][][]bool // per group, bar, series: its number fits inside
}

type legendEntry struct {
	x, y   float64
	series int
}

func (c Chart) plan(f Frame) *plan {
	p := &plan{em: f.Size}
	em := f.Size
	// The legend, in rows as wide as the frame.
	if len(c.Series) > 1 {
		x, y := 0.0, 0.0
		for i, s := range c.Series {
			w := (swatchW+0.5)*em + f.Measure(s.Name, false)
			if x > 0 && x+w > f.Width {
				x, y = 0, y+legendRow*em
			}
			p.legend = append(p.legend, legendEntry{x: x, y: y, series: i})
			x += w + legendGap*em
		}
		p.legendH = y + legendRow*em + legendAfter*em
	}

	// The label column: as wide as the widest label, at most a third.
	for _, g := range c.Groups {
		if heading(g) {
			p.labelW = max(p.labelW, f.Measure(g.Label, true))
			for _, b := range g.Bars {
				p.labelW = max(p.labelW, indent*em+f.Measure(b.Label, false))
			}
		} else if len(g.Bars) > 0 {
			p.labelW = max(p.labelW, f.Measure(g.Label, true))
		}
	}
	p.labelW = min(p.labelW, f.Width/3) + labelGap*em

	// The scale. Ticks need room for their numbers; a first guess at the
	// plot's width is good enough to choose them.
	largest := c.Largest()
	guess := f.Width - p.labelW - 6*em
	p.step, p.axisMax = ticks(largest, guess, f.Measure(fmt.Sprint(max(largest, 1)), false)+2.5*em)

	// What stands beside each bar, and which numbers fit inside. Each
	// decides the other: a number that does not fit inside goes beside,
	// which leaves the bars less room, so the room beside grows until the
	// texts fit (a few rounds at most); a text still too wide is shortened.
	p.plotX = p.labelW
	p.besideW = 0
	for range 4 {
		p.plotW = max(f.Width-p.labelW-p.besideW, em)
		scale := p.plotW / float64(p.axisMax)
		p.beside = make([][]string, len(c.Groups))
		p.inside = make([][][]bool, len(c.Groups))
		widest := 0.0
		for gi, g := range c.Groups {
			for _, b := range g.Bars {
				// A bar of one segment has its number beside it only.
				fits := make([]bool, len(c.Series))
				all, parts := true, 0
				for si := range c.Series {
					v := b.value(si)
					fits[si] = v > 0 && f.Measure(fmt.Sprint(v), false)+(2*platePad+0.3)*em <= float64(v)*scale
					if v > 0 {
						parts++
						all = all && fits[si]
					}
				}
				if parts < 2 {
					fits, all = make([]bool, len(c.Series)), true
				}
				p.inside[gi] = append(p.inside[gi], fits)
				s := c.besideText(b, all)
				p.beside[gi] = append(p.beside[gi], s)
				widest = max(widest, f.Measure(s, false))
			}
		}
		need := min(widest+(besideGap+0.2)*em, f.Width*0.45)
		if need <= p.besideW {
			break
		}
		p.besideW = need
	}
	for _, g := range c.Groups {
		h := float64(len(g.Bars)) * rowHeight * em
		if heading(g) {
			h += headHeight * em
		}
		p.groupH = append(p.groupH, h+groupGap*em)
	}
	return p
}

// heading reports whether a group prints its label over its bars, rather
// than beside its only bar.
func heading(g Group) bool {
	return len(g.Bars) != 1 || g.Bars[0].Label != ""
}

// besideText is what stands beside a bar: its total, the numbers of its
// segments when one of them did not fit inside, and its note; or only the
// note for an empty bar.
func (c Chart) besideText(b Bar, allInside bool) string {
	if b.Total() == 0 && b.Note != "" {
		return b.Note // "nog niet gemeten"
	}
	s := fmt.Sprint(b.Total())
	if !allInside {
		var parts []string
		for i, sr := range c.Series {
			if v := b.value(i); v > 0 {
				parts = append(parts, fmt.Sprintf("%d %s", v, strings.ToLower(sr.Name)))
			}
		}
		s += " (" + strings.Join(parts, " · ") + ")"
	}
	if b.Note != "" {
		s += " · " + b.Note
	}
	return s
}

// ticks chooses the step of the value axis, 1, 2 or 5 times a power of ten
// and at least 1 (the values are counts), so that the numbers under the
// axis, each label wide, fit in width; and the axis's end, a whole number
// of steps at or above largest.
func ticks(largest int, width, label float64) (step, end int) {
	largest = max(largest, 1)
	most := max(2, min(8, int(width/label)))
	for mag := 1; ; mag *= 10 {
		for _, m := range []int{1, 2, 5} {
			step = m * mag
			if (largest+step-1)/step <= most {
				return step, (largest + step - 1) / step * step
			}
		}
	}
}

// Height is the height of the chart laid out in f.
func (c Chart) Height(f Frame) float64 {
	p := c.plan(f)
	h := p.legendH + axisHeight*f.Size
	for _, g := range p.groupH {
		h += g
	}
	return h
}

// Fits is how many of the chart's groups, from the first, fit in height
// when laid out in f.
func (c Chart) Fits(f Frame, height float64) int {
	p := c.plan(f)
	h := p.legendH + axisHeight*f.Size
	for i, g := range p.groupH {
		if h+g > height {
			return i
		}
		h += g
	}
	return len(c.Groups)
}

// Layout lays the chart out in f.
func (c Chart) Layout(f Frame) Drawing {
	p := c.plan(f)
	em := f.Size
	d := Drawing{Width: f.Width}
	add := func(s Shape) { d.Shapes = append(d.Shapes, s) }
	text := func(x, y float64, s string, bold bool, role Role) Text {
		return Text{X: x, Y: y, W: f.Measure(s, bold), Text: s, Bold: bold, Paint: Paint{Role: role}}
	}
	fit := func(s string, bold bool, w float64) string {
		return fitText(s, w, func(s string) float64 { return f.Measure(s, bold) })
	}

	for _, l := range p.legend {
		s := c.Series[l.series]
		top := l.y + (legendRow-swatchH)/2*em
		c.segment(&d, l.series, l.x, top, swatchW*em, swatchH*em, em)
		add(text(l.x+(swatchW+0.5)*em, l.y+legendRow/2*em, s.Name, false, Ink))
	}

	top := p.legendH
	y := top
	scale := p.plotW / float64(p.axisMax)
	bottom := top
	for _, h := range p.groupH {
		bottom += h
	}
	// The grid under the bars.
	for v := p.step; v <= p.axisMax; v += p.step {
		x := p.plotX + float64(v)*scale
		add(Line{X1: x, Y1: top, X2: x, Y2: bottom, Width: ruleWidth * em, Paint: Paint{Role: Rule}})
	}
	for gi, g := range c.Groups {
		labelX := 0.0
		if heading(g) {
			add(text(0, y+headHeight/2*em, fit(g.Label, true, f.Width), true, Ink))
			y += headHeight * em
			labelX = indent * em
		}
		for bi, b := range g.Bars {
			mid := y + rowHeight/2*em
			label, bold := b.Label, false
			if !heading(g) {
				label, bold = g.Label, true
			}
			add(text(labelX, mid, fit(label, bold, p.labelW-labelGap*em-labelX), bold, Ink))
			x := p.plotX
			barTop := mid - barHeight/2*em
			type num struct {
				x, w float64
				s    string
			}
			var nums []num
			for si := range c.Series {
				v := b.value(si)
				if v == 0 {
					continue
				}
				w := float64(v) * scale
				c.segment(&d, si, x, barTop, w, barHeight*em, em)
				if p.inside[gi][bi][si] {
					nums = append(nums, num{x, w, fmt.Sprint(v)})
				}
				x += w
			}
			// The numbers inside, each on a plate of paper so the hatching
			// does not cross it.
			for _, n := range nums {
				t := text(0, mid, n.s, false, Ink)
				t.X = n.x + (n.w-t.W)/2
				add(Box{X: t.X - platePad*em, Y: mid - 0.62*em, W: t.W + 2*platePad*em, H: 1.24 * em, Fill: Paint{Role: Paper}})
				add(t)
			}
			bx := x + besideGap*em
			add(text(bx, mid, fit(p.beside[gi][bi], false, f.Width-bx), false, Ink))
			y += rowHeight * em
		}
		y += groupGap * em
	}

	// The value axis: a line, ticks with their numbers, and what it counts.
	add(Line{X1: p.plotX, Y1: top, X2: p.plotX, Y2: bottom, Width: axisWidth * em, Paint: Paint{Role: Ink}})
	add(Line{X1: p.plotX, Y1: bottom, X2: p.plotX + p.plotW, Y2: bottom, Width: axisWidth * em, Paint: Paint{Role: Ink}})
	for v := 0; v <= p.axisMax; v += p.step {
		x := p.plotX + float64(v)*scale
		add(Line{X1: x, Y1: bottom, X2: x, Y2: bottom + tickLength*em, Width: axisWidth * em, Paint: Paint{Role: Ink}})
		t := text(0, bottom+1.1*em, fmt.Sprint(v), false, Muted)
		t.X = x - t.W/2
		add(t)
	}
	if c.Axis != "" {
		t := text(0, bottom+2.5*em, fit(c.Axis, false, f.Width), false, Muted)
		t.X = min(max(p.plotX+(p.plotW-t.W)/2, 0), f.Width-t.W)
		add(t)
	}
	d.Height = bottom + axisHeight*em
	return d
}

// segment draws one series' box: its fill, its hatching and its edge.
func (c Chart) segment(d *Drawing, series int, x, y, w, h, em float64) {
	look := c.Series[series].Look
	d.Shapes = append(d.Shapes, Box{X: x, Y: y, W: w, H: h, Fill: Paint{Role: Fill, Series: series, Look: look}})
	for _, l := range hatch(look.Hatch, x, y, w, h, hatchGap*em) {
		l.Width, l.Paint = hatchWidth*em, Paint{Role: Hatched, Series: series, Look: look}
		d.Shapes = append(d.Shapes, l)
	}
	d.Shapes = append(d.Shapes, Box{X: x, Y: y, W: w, H: h, Fill: Paint{Role: None}, Edge: Paint{Role: Ink}, EdgeWidth: edgeWidth * em})
}

// hatch is the lines of a pattern inside the rectangle, gap apart. The
// lines lie on one grid over the whole chart, so neighbouring segments of
// one series would join up.
func hatch(h Hatch, x0, y0, w, ht, gap float64) []Line {
	x1, y1 := x0+w, y0+ht
	var out []Line
	rising := func() { // x + y = k·gap·√2
		s := gap * math.Sqrt2
		for k := math.Ceil((x0 + y0) / s); k*s < x1+y1; k++ {
			c := k * s
			xa, xb := max(x0, c-y1), min(x1, c-y0)
			if xb-xa > 1e-9 {
				out = append(out, Line{X1: xa, Y1: c - xa, X2: xb, Y2: c - xb})
			}
		}
	}
	falling := func() { // x - y = k·gap·√2
		s := gap * math.Sqrt2
		for k := math.Ceil((x0 - y1) / s); k*s < x1-y0; k++ {
			c := k * s
			xa, xb := max(x0, c+y0), min(x1, c+y1)
			if xb-xa > 1e-9 {
				out = append(out, Line{X1: xa, Y1: xa - c, X2: xb, Y2: xb - c})
			}
		}
	}
	switch h {
	case Rising:
		rising()
	case Falling:
		falling()
	case Crossed:
		rising()
		falling()
	case Level:
		for k := math.Floor(y0/gap) + 1; k*gap < y1; k++ {
			out = append(out, Line{X1: x0, Y1: k * gap, X2: x1, Y2: k * gap})
		}
	case Scattered: // short dashes on alternate rows, a light grey to the eye
		for k := math.Floor(y0/gap) + 1; k*gap < y1; k++ {
			shift := 0.0
			if int(k)%2 == 1 {
				shift = gap
			}
			for x := math.Floor((x0-shift)/(2*gap))*2*gap + shift; x < x1; x += 2 * gap {
				a, b := max(x, x0), min(x+gap/2, x1)
				if b-a > 1e-9 {
					out = append(out, Line{X1: a, Y1: k * gap, X2: b, Y2: k * gap})
				}
			}
		}
	}
	return out
}

// fitText shortens s with an ellipsis until it is at most w wide.
func fitText(s string, w float64, measure func(string) float64) string {
	if measure(s) <= w+1e-9 { // the label column is as wide as its widest label, give or take a rounding
		return s
	}
	r := []rune(s)
	for len(r) > 0 && measure(string(r)+"…") > w {
		r = r[:len(r)-1]
	}
	if len(r) == 0 {
		return ""
	}
	return strings.TrimRight(string(r), " ") + "…"
}
