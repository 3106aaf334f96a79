package chart

import (
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
// keeps the scale of the whole.
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
		dr := rest.Part(0, n).Layout(f)
		drawPDF(d, dr, d.Left, d.Y)
		d.Y += dr.Height
		rest.Groups = rest.Groups[n:]
		if len(rest.Groups) > 0 {
			more()
		}
	}
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
