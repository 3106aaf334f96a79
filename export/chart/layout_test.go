package chart

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
)

// testFrame measures text as a monospaced font would: 0.6 em a character,
// bold 0.65 em, at a text size of 10.
func testFrame(width float64) Frame {
	return Frame{Width: width, Size: 10, Measure: func(s string, bold bool) float64 {
		n := float64(len([]rune(s)))
		if bold {
			return n * 6.5
		}
		return n * 6
	}}
}

var threeLevels = []Series{
	{Key: "niet", Name: "Niet", Look: Look{Fill: RGB{244, 190, 190}, Hatch: Crossed}},
	{Key: "deels", Name: "Deels", Look: Look{Fill: RGB{255, 230, 153}, Hatch: Rising}},
	{Key: "volledig", Name: "Volledig", Look: Look{Fill: RGB{183, 225, 192}}},
}

func sampleChart() Chart {
	return Chart{Series: threeLevels, Axis: "aantal onderdelen", Groups: []Group{
		{Label: "West-Friesland", Bars: []Bar{{Label: "14-06-2019", Values: []int{8, 5, 1}}, {Label: "04-10-2024", Values: []int{2, 6, 6}}}},
		{Label: "Hoorn", Bars: []Bar{{Label: "14-06-2019", Values: []int{1, 1, 0}}, {Label: "04-10-2024", Values: []int{0, 0, 2}}}},
	}}
}

// row is what the drawing shows on the line of one bar.
type row struct {
	label    Text
	segments []Box // fills, left to right
	texts    []Text
}

// rows finds the bars of a drawing by the text left of them.
func rows(d Drawing, label string) []row {
	var out []row
	for _, s := range d.Shapes {
		if t, ok := s.(Text); ok && t.Text == label && t.X < 20 {
			out = append(out, row{label: t})
		}
	}
	for i := range out {
		mid := out[i].label.Y
		for _, s := range d.Shapes {
			switch s := s.(type) {
			case Box:
				if s.Fill.Role == Fill && s.Y < mid && s.Y+s.H > mid && s.X > 20 {
					out[i].segments = append(out[i].segments, s)
				}
			case Text:
				if s.Y == mid && s != out[i].label {
					out[i].texts = append(out[i].texts, s)
				}
			}
		}
	}
	return out
}

func TestTicks(t *testing.T) {
	for _, c := range []struct {
		largest      int
		width, label float64
		step, end    int
	}{
		{0, 500, 30, 1, 1},          // nothing to count: an axis to 1
		{2, 500, 30, 1, 2},          // counts: never a step of a half
		{7, 500, 30, 1, 7},          // room for eight numbers
		{14, 500, 30, 2, 14},        // seven steps of two
		{14, 100, 30, 5, 15},        // room for three numbers
		{97, 500, 30, 20, 100},      // 20, 40 ... 100
		{1234, 300, 40, 200, 1400},  // seven steps of 200
		{1234, 100, 40, 1000, 2000}, // room for two numbers
	} {
		step, end := ticks(c.largest, c.width, c.label)
		if step != c.step || end != c.end {
			t.Errorf("ticks(%d, %.0f, %.0f) = %d, %d; want %d, %d", c.largest, c.width, c.label, step, end, c.step, c.end)
		}
	}
}

// TestBarsMeasureTheirValues checks that the segments of a bar stand one
// after the other, each as long as its value on one scale for all bars.
func TestBarsMeasureTheirValues(t *testing.T) {
	c := sampleChart()
	d := c.Layout(testFrame(600))
	var scale float64
	for _, label := range []string{"14-06-2019", "04-10-2024"} {
		rs := rows(d, label)
		if len(rs) != 2 {
			t.Fatalf("%d rows labelled %s, want 2", len(rs), label)
		}
		for _, r := range rs {
			if len(r.segments) == 0 {
				t.Fatalf("row %s has no segments", label)
			}
			for i := 1; i < len(r.segments); i++ {
				a, b := r.segments[i-1], r.segments[i]
				if math.Abs(a.X+a.W-b.X) > 1e-9 {
					t.Errorf("row %s: segment %d ends at %.2f, the next starts at %.2f", label, i-1, a.X+a.W, b.X)
				}
			}
			for _, s := range r.segments {
				// the segment's value is the number inside it
				for _, tx := range r.texts {
					if tx.X > s.X && tx.X+tx.W < s.X+s.W {
						var v float64
						fmt.Sscan(tx.Text, &v)
						if scale == 0 {
							scale = s.W / v
						} else if math.Abs(s.W/v-scale) > 1e-9 {
							t.Errorf("row %s: a segment of %v is %.2f long, off the scale %.3f", label, v, s.W, scale)
						}
					}
				}
			}
		}
	}
	if scale == 0 {
		t.Fatal("no number inside any segment")
	}
	// A bar of one segment has its number beside it, not inside as well.
	if r := rows(d, "04-10-2024")[1]; len(r.texts) != 1 || r.texts[0].Text != "2" {
		t.Errorf("Hoorn's bar of one segment shows %+v", r.texts)
	}
	// The numbers beside: the totals, last on their rows.
	for label, want := range map[string][]string{"14-06-2019": {"14", "2"}, "04-10-2024": {"14", "2"}} {
		for i, r := range rows(d, label) {
			if last := r.texts[len(r.texts)-1]; last.Text != want[i] || last.X < r.segments[len(r.segments)-1].X+r.segments[len(r.segments)-1].W {
				t.Errorf("row %s of group %d ends in %q at %.1f, want the total %s beside the bar", label, i, last.Text, last.X, want[i])
			}
		}
	}
}

// TestNumberTooLongGoesBeside: a segment too short for its number leaves
// it out, and the text beside the bar spells every segment out.
func TestNumberTooLongGoesBeside(t *testing.T) {
	c := Chart{Series: threeLevels, Groups: []Group{
		{Label: "Hoorn", Bars: []Bar{{Values: []int{1, 98, 1}}}},
	}}
	d := c.Layout(testFrame(700))
	r := rows(d, "Hoorn")
	if len(r) != 1 {
		t.Fatalf("%d rows for Hoorn", len(r))
	}
	var texts []string
	for _, tx := range r[0].texts {
		texts = append(texts, tx.Text)
	}
	got := strings.Join(texts, " | ")
	if !strings.Contains(got, "100 (1 niet · 98 deels · 1 volledig)") {
		t.Errorf("the row shows %q, want the total spelt out beside the bar", got)
	}
	if !strings.Contains(got, "98 |") && !strings.HasPrefix(got, "98") {
		t.Errorf("the row shows %q, want 98 inside its segment", got)
	}
}

// TestDrawingStaysInItsFrame lays charts with long labels out at widths
// from a phone's to a page's: nothing is drawn outside the drawing, and no
// label runs into the bars.
func TestDrawingStaysInItsFrame(t *testing.T) {
	c := sampleChart()
	c.Groups = append(c.Groups, Group{Label: "Een gemeente met een heel erg lange naam die niet past", Bars: []Bar{{Values: []int{3, 0, 1}, Note: "12 activiteiten in het hele jaar"}}})
	for _, w := range []float64{160, 240, 400, 800, 1600} {
		f := testFrame(w)
		d := c.Layout(f)
		if got := c.Height(f); math.Abs(got-d.Height) > 1e-9 {
			t.Errorf("width %.0f: Height says %.1f, the drawing is %.1f high", w, got, d.Height)
		}
		plotX, plotTop := math.Inf(1), math.Inf(1) // where the bars start, right of the legend's samples
		for _, s := range d.Shapes {
			if b, ok := s.(Box); ok && b.Fill.Role == Fill && b.H == barHeight*f.Size {
				plotX, plotTop = min(plotX, b.X), min(plotTop, b.Y)
			}
		}
		for _, s := range d.Shapes {
			var x0, y0, x1, y1 float64
			switch s := s.(type) {
			case Box:
				x0, y0, x1, y1 = s.X, s.Y, s.X+s.W, s.Y+s.H
			case Line:
				x0, y0, x1, y1 = min(s.X1, s.X2), min(s.Y1, s.Y2), max(s.X1, s.X2), max(s.Y1, s.Y2)
			case Text:
				x0, y0, x1, y1 = s.X, s.Y-5, s.X+s.W, s.Y+5
				if s.Paint.Role == Ink && !s.Bold && s.Y > plotTop && s.X < plotX && s.X+s.W > plotX+1e-9 {
					t.Errorf("width %.0f: label %q runs into the bars", w, s.Text)
				}
			}
			const eps = 1e-6
			if x0 < -eps || y0 < -eps || x1 > d.Width+eps || y1 > d.Height+eps {
				t.Errorf("width %.0f: %T %+v lies outside %.0fx%.0f", w, s, s, d.Width, d.Height)
			}
		}
	}
}

// TestLegendShowsEverySeries: each series has a sample, filled and hatched
// as its segments are, with its name beside it.
func TestLegendShowsEverySeries(t *testing.T) {
	c := sampleChart()
	d := c.Layout(testFrame(600))
	for i, s := range c.Series {
		var sample *Box
		for _, sh := range d.Shapes {
			if b, ok := sh.(Box); ok && b.Fill.Role == Fill && b.Fill.Series == i && sample == nil {
				sample = &b
			}
		}
		if sample == nil {
			t.Fatalf("no sample of %s", s.Name)
		}
		named, lines := false, 0
		for _, sh := range d.Shapes {
			switch sh := sh.(type) {
			case Text:
				if sh.Text == s.Name && math.Abs(sh.Y-(sample.Y+sample.H/2)) < 1e-9 && sh.X > sample.X+sample.W {
					named = true
				}
			case Line:
				if sh.Paint.Role == Hatched && sh.Paint.Series == i && sh.Y1 >= sample.Y && sh.Y2 <= sample.Y+sample.H+1e-9 && sh.X1 >= sample.X-1e-9 && sh.X2 <= sample.X+sample.W+1e-9 {
					lines++
				}
			}
		}
		if !named {
			t.Errorf("the sample of %s has no name beside it", s.Name)
		}
		if hatched := s.Look.Hatch != Plain; hatched != (lines > 0) {
			t.Errorf("the sample of %s has %d hatching lines", s.Name, lines)
		}
	}
	// A chart of one series needs no legend: its axis says what it counts.
	one := Chart{Series: threeLevels[:1], Groups: []Group{{Label: "Hoorn", Bars: []Bar{{Values: []int{3}}}}}}
	for _, sh := range one.Layout(testFrame(600)).Shapes {
		if tx, ok := sh.(Text); ok && tx.Text == "Niet" {
			t.Error("a chart of one series has a legend")
		}
	}
}

// TestHatchStaysInside checks every pattern on rectangles of every shape:
// each line lies inside its rectangle, runs the pattern's way, and a
// rectangle a few gaps wide gets lines.
func TestHatchStaysInside(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, h := range []Hatch{Rising, Falling, Crossed, Level, Scattered} {
		for range 500 {
			x, y := r.Float64()*100-50, r.Float64()*100-50
			w, ht := r.Float64()*40+0.01, r.Float64()*40+0.01
			const gap = 1.5
			lines := hatch(h, x, y, w, ht, gap)
			for _, l := range lines {
				const eps = 1e-9
				if min(l.X1, l.X2) < x-eps || max(l.X1, l.X2) > x+w+eps || min(l.Y1, l.Y2) < y-eps || max(l.Y1, l.Y2) > y+ht+eps {
					t.Fatalf("hatch %d of %.2f,%.2f %.2fx%.2f: line %+v sticks out", h, x, y, w, ht, l)
				}
				dx, dy := l.X2-l.X1, l.Y2-l.Y1
				switch {
				case h == Rising && math.Abs(dx+dy) > 1e-6, h == Falling && math.Abs(dx-dy) > 1e-6,
					(h == Level || h == Scattered) && dy != 0:
					t.Fatalf("hatch %d: line %+v runs the wrong way", h, l)
				}
			}
			if w > 4*gap && ht > 4*gap && len(lines) == 0 {
				t.Fatalf("hatch %d of %.2fx%.2f has no lines", h, w, ht)
			}
		}
	}
	if lines := hatch(Plain, 0, 0, 50, 50, 1); len(lines) != 0 {
		t.Errorf("a plain fill has %d lines", len(lines))
	}
}

// TestPartsKeepTheScale splits a chart as a page would: each part fits the
// height it was measured for, the next group would not, and every part
// runs its axis to the same end.
func TestPartsKeepTheScale(t *testing.T) {
	c := sampleChart()
	for i := range 10 {
		c.Groups = append(c.Groups, Group{Label: fmt.Sprintf("Gemeente %d", i), Bars: []Bar{{Label: "2024", Values: []int{i, 1, 0}}}})
	}
	f := testFrame(500)
	const room = 200.0
	n := c.Fits(f, room)
	if n < 1 || n >= len(c.Groups) {
		t.Fatalf("Fits = %d of %d groups", n, len(c.Groups))
	}
	if h := c.Part(0, n).Height(f); h > room {
		t.Errorf("the first %d groups are %.1f high, more than %.0f", n, h, room)
	}
	if h := c.Part(0, n+1).Height(f); h <= room {
		t.Errorf("%d groups are %.1f high and would have fitted %.0f", n+1, h, room)
	}
	axisEnd := func(ch Chart) string {
		last := ""
		for _, s := range ch.Layout(f).Shapes {
			if tx, ok := s.(Text); ok && tx.Paint.Role == Muted && tx.Text != ch.Axis {
				last = tx.Text
			}
		}
		return last
	}
	if a, b := axisEnd(c.Part(0, n)), axisEnd(c.Part(n, len(c.Groups))); a != b || a == "" {
		t.Errorf("the parts' axes end at %q and %q", a, b)
	}
}
