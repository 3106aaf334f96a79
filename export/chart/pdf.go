package chart

import (
	"strconv"
	"strings"

	"ketenregie/export/typeset"
)

// pdfTextSize is the size of a chart's text on paper, in points.
const pdfTextSize = 8

// PDFFrame is the frame of a chart w millimetres wide on a page, in the
// typesetter's fonts.
func PDFFrame(w float64) Frame {
	return Frame{Width: w, Size: pdfTextSize / typeset.PtPerMM, Measure: func(s string, bold bool) float64 {
		return typeset.TextWidth(s, typeset.StyleOf(bold, false), pdfTextSize)
	}}
}

// DrawPDF draws c at the cursor of d across the text column and moves the
// cursor under it. Groups that do not fit on the page go on the next, which
// more starts (with a heading that says the chart continues); every part
// keeps the scale of the whole. Each part is a figure whose alternative
// text gives a screen reader its numbers (Describe).
func DrawPDF(d *typeset.Doc, c Chart, more func()) {
	f := PDFFrame(d.Width())
	rest := c
	rest.Max = c.Largest()
	for len(rest.Groups) > 0 {
		n := rest.Fits(f, d.Room())
		if n == 0 && !d.AtTop() {
			more()
			continue
		}
		n = max(n, 1) // a group taller than a page: drawn, and cut by the footer
		part := rest.Part(0, n)
		dr := part.Layout(f)
		d.Figure(Describe(part), func() { drawPDF(d, dr, d.Left, d.Y) })
		d.Y += dr.Height
		rest.Groups = rest.Groups[n:]
		if len(rest.Groups) > 0 {
			more()
		}
	}
}

// Describe is a chart in words, for a reader who cannot see it: the kind
// of chart, what it counts, and every bar with its number and, when there
// is more than one series, its parts. Documents are Dutch, and so is this.
func Describe(c Chart) string {
	var b strings.Builder
	b.WriteString("Staafdiagram")
	if c.Axis != "" {
		b.WriteString(" van " + c.Axis)
	}
	if len(c.Series) > 1 {
		names := make([]string, len(c.Series))
		for i, s := range c.Series {
			names[i] = s.Name
		}
		b.WriteString(", opgebouwd uit " + strings.Join(names, ", "))
	}
	b.WriteString(".")
	for _, g := range c.Groups {
		b.WriteString(" ")
		if g.Label != "" {
			b.WriteString(g.Label + ": ")
		}
		for i, bar := range g.Bars {
			if i > 0 {
				b.WriteString("; ")
			}
			if bar.Label != "" {
				b.WriteString(bar.Label + " ")
			}
			b.WriteString(strconv.Itoa(bar.Total()))
			if len(c.Series) > 1 && bar.Total() > 0 {
				var parts []string
				for j, s := range c.Series {
					if v := bar.value(j); v > 0 {
						parts = append(parts, s.Name+" "+strconv.Itoa(v))
					}
				}
				b.WriteString(" (" + strings.Join(parts, ", ") + ")")
			}
			if bar.Note != "" {
				b.WriteString(", " + bar.Note)
			}
		}
		b.WriteString(".")
	}
	return b.String()
}

// drawPDF draws a laid-out chart with its top left corner at x, y.
func drawPDF(d *typeset.Doc, dr Drawing, x, y float64) {
	for _, s := range dr.Shapes {
		switch s := s.(type) {
		case Box:
			if s.Fill.Role != None {
				d.Fill(x+s.X, y+s.Y, s.W, s.H, pdfColour(s.Fill))
			}
			if s.Edge.Role != None {
				d.Stroke(x+s.X, y+s.Y, s.W, s.H, pdfColour(s.Edge), s.EdgeWidth)
			}
		case Line:
			d.Line(x+s.X1, y+s.Y1, x+s.X2, y+s.Y2, pdfColour(s.Paint), s.Width)
		case Text:
			// Y is the middle of the line: the baseline lies half a
			// capital's height (0.7 em in the Go fonts) below it.
			base := y + s.Y + 0.35*pdfTextSize/typeset.PtPerMM
			d.Text(x+s.X, base, s.Text, typeset.StyleOf(s.Bold, false), pdfTextSize, pdfColour(s.Paint))
		}
	}
}

// pdfColour is a role's colour on white paper. Hatching is a dark shade of
// its fill: in colour it goes with the fill, in grey it is a clear line.
func pdfColour(p Paint) typeset.RGB {
	switch p.Role {
	case Paper:
		return typeset.RGB{R: 255, G: 255, B: 255}
	case Muted:
		return typeset.ColMuted
	case Rule:
		return typeset.RGB{R: 205, G: 210, B: 218}
	case Fill:
		return typeset.RGB{R: int(p.Look.Fill.R), G: int(p.Look.Fill.G), B: int(p.Look.Fill.B)}
	case Hatched:
		dark := func(v uint8) int { return int(float64(v) * 0.42) }
		return typeset.RGB{R: dark(p.Look.Fill.R), G: dark(p.Look.Fill.G), B: dark(p.Look.Fill.B)}
	}
	return typeset.ColText
}
