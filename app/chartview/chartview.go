// Package chartview draws the bar charts of package chart in the window:
// the chart's own layout, for the width the window gives it, as canvas
// rectangles, lines and texts in a container with a layout of its own. It
// knows Fyne and the chart model, nothing of the app.
package chartview

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"

	"ketenregie/export/chart"
)

// MinWidth is the least width a chart asks for: it never makes a page
// scroll sideways, and draws its labels shorter instead.
const MinWidth = 240

// View shows one chart.
type View struct {
	box    *fyne.Container
	layout *chartLayout
}

// New makes a view of c. fill, when not nil, colours a series in the
// window's theme (nil for the chart's own colour).
func New(c chart.Chart, fill func(chart.Series) color.Color) *View {
	l := &chartLayout{chart: c, fill: fill}
	v := &View{layout: l, box: &fyne.Container{Layout: l}}
	l.box = v.box
	return v
}

// Content is the view's canvas object.
func (v *View) Content() fyne.CanvasObject { return v.box }

// SetChart shows c instead.
func (v *View) SetChart(c chart.Chart) {
	v.layout.chart = c
	v.box.Refresh()
}

// Chart is the chart shown.
func (v *View) Chart() chart.Chart { return v.layout.chart }

// SetReflow sets what is called after a layout in which the chart's height
// changed with its width (its legend wraps): the scroll around it must
// size it again, as for kit's layouts.
func (v *View) SetReflow(reflow func()) { v.layout.reflow = reflow }

// chartLayout lays the chart out for the container's width and puts the
// drawing's shapes in the container, reusing its canvas objects.
type chartLayout struct {
	chart  chart.Chart
	fill   func(chart.Series) color.Color
	box    *fyne.Container
	reflow func()

	width, height float32 // of the last layout; 0 before the first
	queued        bool

	rects []*canvas.Rectangle
	lines []*canvas.Line
	texts []*canvas.Text
}

// textSize is the size of a chart's text: the window's small text.
func textSize() float32 { return theme.TextSize() - 2 }

func (l *chartLayout) frame(width float32) chart.Frame {
	size := textSize()
	return chart.Frame{Width: float64(max(width, MinWidth)), Size: float64(size), Measure: func(s string, bold bool) float64 {
		return float64(fyne.MeasureText(s, size, fyne.TextStyle{Bold: bold}).Width)
	}}
}

// MinSize is MinWidth wide and as high as the chart at the last width
// (before the first layout: at a width of 800).
func (l *chartLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	if len(l.chart.Groups) == 0 {
		return fyne.NewSize(MinWidth, 0)
	}
	if l.width == 0 {
		return fyne.NewSize(MinWidth, float32(l.chart.Height(l.frame(800))))
	}
	return fyne.NewSize(MinWidth, l.height)
}

func (l *chartLayout) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	var d chart.Drawing
	if len(l.chart.Groups) > 0 {
		d = l.chart.Layout(l.frame(size.Width))
	}
	l.draw(d)
	height := float32(d.Height)
	changed := l.width != 0 && height != l.height
	l.width, l.height = max(size.Width, 1), height
	if changed && l.reflow != nil && !l.queued {
		l.queued = true
		// After this layout pass, not inside it: the scroll around lays
		// its content out again, which calls this layout once more.
		fyne.Do(func() {
			l.queued = false
			l.reflow()
		})
	}
}

// draw makes the container's objects the drawing's shapes, in order.
func (l *chartLayout) draw(d chart.Drawing) {
	var nr, nl, nt int
	objs := make([]fyne.CanvasObject, 0, len(d.Shapes))
	pos := func(x, y float64) fyne.Position { return fyne.NewPos(float32(x), float32(y)) }
	for _, s := range d.Shapes {
		switch s := s.(type) {
		case chart.Box:
			if nr == len(l.rects) {
				l.rects = append(l.rects, canvas.NewRectangle(color.Transparent))
			}
			r := l.rects[nr]
			nr++
			r.FillColor = l.colour(s.Fill)
			r.StrokeColor, r.StrokeWidth = l.colour(s.Edge), 0
			if s.Edge.Role != chart.None {
				r.StrokeWidth = max(float32(s.EdgeWidth), 1)
			}
			r.Move(pos(s.X, s.Y))
			r.Resize(fyne.NewSize(float32(s.W), float32(s.H)))
			objs = append(objs, r)
		case chart.Line:
			if nl == len(l.lines) {
				l.lines = append(l.lines, canvas.NewLine(color.Transparent))
			}
			ln := l.lines[nl]
			nl++
			ln.Position1, ln.Position2 = pos(s.X1, s.Y1), pos(s.X2, s.Y2)
			ln.StrokeColor, ln.StrokeWidth = l.colour(s.Paint), max(float32(s.Width), 1)
			objs = append(objs, ln)
		case chart.Text:
			if nt == len(l.texts) {
				l.texts = append(l.texts, canvas.NewText("", color.Transparent))
			}
			t := l.texts[nt]
			nt++
			t.Text, t.Color, t.TextSize = s.Text, l.colour(s.Paint), textSize()
			t.TextStyle = fyne.TextStyle{Bold: s.Bold}
			ms := t.MinSize()
			t.Move(pos(s.X, s.Y-float64(ms.Height)/2)) // Y is the middle of the line
			t.Resize(ms)
			objs = append(objs, t)
		}
	}
	l.box.Objects = objs
	for _, o := range objs {
		o.Refresh()
	}
}

// colour is a role's colour in the window's theme. Hatching is the text
// colour, half see-through, so it shows on the fills of a light theme and
// of a dark one.
func (l *chartLayout) colour(p chart.Paint) color.Color {
	switch p.Role {
	case chart.Paper:
		return theme.Color(theme.ColorNameBackground)
	case chart.Ink:
		return theme.Color(theme.ColorNameForeground)
	case chart.Muted:
		return theme.Color(theme.ColorNamePlaceHolder)
	case chart.Rule:
		return theme.Color(theme.ColorNameSeparator)
	case chart.Fill:
		if l.fill != nil && p.Series < len(l.chart.Series) {
			if c := l.fill(l.chart.Series[p.Series]); c != nil {
				return c
			}
		}
		return color.NRGBA{R: p.Look.Fill.R, G: p.Look.Fill.G, B: p.Look.Fill.B, A: 0xff}
	case chart.Hatched:
		r, g, b, _ := theme.Color(theme.ColorNameForeground).RGBA()
		return color.NRGBA{R: uint8(r >> 8), G: uint8(g >> 8), B: uint8(b >> 8), A: 0x80}
	}
	return color.Transparent
}
