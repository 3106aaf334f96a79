package chartview

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"ketenregie/export/chart"
)

func sample() chart.Chart {
	return chart.Chart{
		Series: []chart.Series{
			{Key: "niet", Name: "Not", Look: chart.Look{Fill: chart.RGB{R: 244, G: 190, B: 190}, Hatch: chart.Crossed}},
			{Key: "volledig", Name: "Fully", Look: chart.Look{Fill: chart.RGB{R: 183, G: 225, B: 192}}},
		},
		Axis: "number of items",
		Groups: []chart.Group{
			{Label: "Hoorn", Bars: []chart.Bar{{Label: "14-06-2019", Values: []int{2, 0}}, {Label: "04-10-2024", Values: []int{1, 1}}}},
			{Label: "Enkhuizen", Bars: []chart.Bar{{Values: []int{0, 2}}}},
		},
	}
}

// shown is what the view shows: its texts, and the fill colours of its
// rectangles.
func shown(v *View) (texts map[string]*canvas.Text, fills []color.Color) {
	texts = map[string]*canvas.Text{}
	for _, o := range v.box.Objects {
		switch o := o.(type) {
		case *canvas.Text:
			texts[o.Text] = o
		case *canvas.Rectangle:
			fills = append(fills, o.FillColor)
		}
	}
	return texts, fills
}

// TestViewDrawsTheChart shows a chart in a window: its labels, legend,
// numbers and axis are texts inside it, the series are filled in the
// colours the window gives, and the view asks for no more width than
// MinWidth, for as much height as the chart needs.
func TestViewDrawsTheChart(t *testing.T) {
	test.NewTempApp(t)
	mine := color.NRGBA{R: 1, G: 2, B: 3, A: 255}
	v := New(sample(), func(s chart.Series) color.Color {
		if s.Key == "niet" {
			return mine
		}
		return nil
	})
	w := test.NewWindow(container.NewVScroll(v.Content()))
	defer w.Close()
	w.Resize(fyne.NewSize(600, 400))

	min := v.Content().MinSize()
	if min.Width != MinWidth {
		t.Errorf("the view asks for %.0f px wide", min.Width)
	}
	size := v.Content().Size()
	want := sample().Height(v.layout.frame(size.Width))
	if d := float64(min.Height) - want; d > 0.5 || d < -0.5 {
		t.Errorf("the view asks for %.1f px high, the chart is %.1f", min.Height, want)
	}
	texts, fills := shown(v)
	for _, s := range []string{"Not", "Fully", "Hoorn", "14-06-2019", "Enkhuizen", "number of items", "2"} {
		tx, ok := texts[s]
		if !ok {
			t.Errorf("the view does not show %q", s)
			continue
		}
		if p, sz := tx.Position(), tx.Size(); p.X < 0 || p.Y < 0 || p.X+sz.Width > size.Width+0.5 || p.Y+sz.Height > size.Height+0.5 {
			t.Errorf("%q lies outside the view: %v %v in %v", s, p, sz, size)
		}
	}
	own, given := 0, 0
	for _, f := range fills {
		switch f {
		case mine:
			given++
		case color.NRGBA{R: 183, G: 225, B: 192, A: 255}:
			own++
		}
	}
	if given == 0 || own == 0 {
		t.Errorf("%d rectangles in the window's colour of niet, %d in the chart's colour of volledig", given, own)
	}

	// Narrower than MinWidth: drawn at MinWidth, labels shortened, not
	// asking for more.
	w.Resize(fyne.NewSize(150, 400))
	if m := v.Content().MinSize(); m.Width != MinWidth {
		t.Errorf("at 150 px the view asks for %.0f px wide", m.Width)
	}

	// Another chart: the old shapes go.
	v.SetChart(chart.Chart{Series: sample().Series[:1], Groups: []chart.Group{{Label: "Opmeer", Bars: []chart.Bar{{Values: []int{3}}}}}})
	texts, _ = shown(v)
	if _, ok := texts["Opmeer"]; !ok {
		t.Error("the new chart does not show")
	}
	if _, ok := texts["Hoorn"]; ok {
		t.Error("the old chart still shows")
	}
	v.SetChart(chart.Chart{})
	if len(v.box.Objects) != 0 || v.Content().MinSize().Height != 0 {
		t.Errorf("an empty chart draws %d objects", len(v.box.Objects))
	}
}
