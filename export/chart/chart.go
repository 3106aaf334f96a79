// Package chart draws the bar charts of the voortgangsrapportage and the
// Overzicht: the self-assessment per theme over time, activities and the
// people they reached, and the figures a region keeps.
//
// A Chart is data: groups of horizontal bars, each bar a stack of
// segments, one per series. Layout turns it into a Drawing of boxes, lines
// and texts in abstract units, every measure a multiple of the text size,
// with text widths from the medium's own fonts. The Drawing is what the
// tests read and what the two renderers draw without deciding anything:
// DrawPDF on a typesetter's page, and the window's Fyne renderer (package
// app/chartview). Series differ in hatching as well as in colour, and every
// bar carries its number, so a black-and-white print reads as well as the
// screen.
package chart

// Chart is a horizontal bar chart: groups of bars, down the page, each bar
// a stack of one segment per series.
type Chart struct {
	Series []Series // the segments of every bar, in stacking order; the legend
	Groups []Group
	Axis   string // what the values count, printed under the value axis
	// Max makes the value axis run to at least Max, so that the parts of a
	// chart drawn on more than one page share one scale.
	Max int
}

// Series is one kind of segment.
type Series struct {
	Key  string // a code by which the window names it in its own language
	Name string
	Look Look
}

// Look is how a series fills its segments: a colour, and a hatching that
// tells series apart in a black-and-white print.
type Look struct {
	Fill  RGB
	Hatch Hatch
}

// Hatch is the pattern of lines over a segment's fill.
type Hatch int

const (
	Plain     Hatch = iota // no lines
	Rising                 // ////
	Falling                // \\\\
	Crossed                // both
	Level                  // ====
	Scattered              // ::::, short dashes
)

// RGB is a colour.
type RGB struct{ R, G, B uint8 }

// Group is a run of bars under one heading: a municipality with a bar per
// measurement, or a theme with a bar per date.
type Group struct {
	Key   string // a code by which the window names it in its own language
	Label string
	Bars  []Bar
}

// Bar is one bar: a value per series, stacked.
type Bar struct {
	Label  string
	Values []int  // one per series; missing ones count 0
	Note   string // printed after the number beside the bar: "3 activiteiten"
}

// Total is the length of the bar.
func (b Bar) Total() int {
	n := 0
	for _, v := range b.Values {
		n += max(v, 0)
	}
	return n
}

// value is the bar's value for series i.
func (b Bar) value(i int) int {
	if i < len(b.Values) {
		return max(b.Values[i], 0)
	}
	return 0
}

// Largest is the total of the longest bar, and at least Max.
func (c Chart) Largest() int {
	n := c.Max
	for _, g := range c.Groups {
		for _, b := range g.Bars {
			n = max(n, b.Total())
		}
	}
	return n
}

// Part is the chart of groups [from, to), on the scale of the whole chart.
func (c Chart) Part(from, to int) Chart {
	p := c
	p.Max = c.Largest()
	p.Groups = c.Groups[from:to]
	return p
}
