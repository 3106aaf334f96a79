package app

import (
	"image/color"
	"math"
	"sort"

	"fyne.io/fyne/v2/theme"

	"ketenregie/app/say"
	"ketenregie/data"
)

// The self-assessment (zelfevaluatie) as both Overzicht and Gemeenten show
// it: the words for levels and checklist items, their colours, and a
// municipality's assessments grouped per item and per measurement.

// levelRank orders the levels that can be compared, worst first; n.v.t.
// (and anything unknown) has no rank.
func levelRank(code string) (int, bool) {
	switch code {
	case data.LevelNiet:
		return 0, true
	case data.LevelDeels:
		return 1, true
	case data.LevelVolledig:
		return 2, true
	}
	return 0, false
}

// itemState is the latest assessment of one checklist item for one
// municipality and the one before it (zero Records when there is none).
type itemState struct {
	cur, prev data.Record
}

// movement compares the latest level with the one before: 1 better, -1
// worse, 0 the same, not comparable (n.v.t.) or a first measurement.
func (s itemState) movement() int {
	if s.prev.ID == "" {
		return 0
	}
	a, okA := levelRank(s.prev.Get(data.Assessment.Level))
	b, okB := levelRank(s.cur.Get(data.Assessment.Level))
	switch {
	case !okA || !okB || a == b:
		return 0
	case b > a:
		return 1
	}
	return -1
}

// arrow is the sign of a movement: ▲ better, ▼ worse, nothing otherwise.
func arrow(move int) string {
	switch move {
	case 1:
		return "▲"
	case -1:
		return "▼"
	}
	return ""
}

// newestFirst sorts assessments by date, newest first; of two on the same
// date the one created later (UUIDv7 ids grow with time) comes first.
func newestFirst(recs []data.Record) {
	sort.SliceStable(recs, func(i, j int) bool {
		a, b := recs[i], recs[j]
		if a.Get(data.Assessment.Date) != b.Get(data.Assessment.Date) {
			return a.Get(data.Assessment.Date) > b.Get(data.Assessment.Date)
		}
		return a.ID > b.ID
	})
}

// itemStates gives, per checklist item, a municipality's latest assessment
// and the one of an earlier date before it.
func itemStates(recs []data.Record) map[string]itemState {
	recs = append([]data.Record(nil), recs...)
	newestFirst(recs)
	out := map[string]itemState{}
	for _, r := range recs {
		item := r.Get(data.Assessment.Item)
		st, seen := out[item]
		switch {
		case !seen:
			st.cur = r
		case st.prev.ID == "" && r.Get(data.Assessment.Date) < st.cur.Get(data.Assessment.Date):
			st.prev = r
		}
		out[item] = st
	}
	return out
}

// measurement is one self-assessment of a municipality: the assessments it
// recorded on one date, by checklist item.
type measurement struct {
	date   string
	byItem map[string]data.Record
}

// measurements groups a municipality's assessments by date, newest first.
func measurements(recs []data.Record) []measurement {
	recs = append([]data.Record(nil), recs...)
	newestFirst(recs)
	var out []measurement
	for _, r := range recs {
		d := r.Get(data.Assessment.Date)
		if n := len(out); n == 0 || out[n-1].date != d {
			out = append(out, measurement{date: d, byItem: map[string]data.Record{}})
		}
		m := out[len(out)-1]
		if _, dup := m.byItem[r.Get(data.Assessment.Item)]; !dup {
			m.byItem[r.Get(data.Assessment.Item)] = r
		}
	}
	return out
}

// levelFill is the background of a cell showing a level: the theme's
// error, warning and success colours for niet, deels and volledig, grey for
// n.v.t., and the plain background when nothing was measured. The colours
// are mixed into the background so that the theme's foreground stays
// readable on them, in the light and the dark variant alike (see
// TestLevelColoursReadable).
func levelFill(code string) color.Color {
	bg := theme.Color(theme.ColorNameBackground)
	switch code {
	case data.LevelNiet:
		return mix(bg, fillColour(theme.ColorNameError), 0.32)
	case data.LevelDeels:
		return mix(bg, fillColour(theme.ColorNameWarning), 0.42)
	case data.LevelVolledig:
		return mix(bg, fillColour(theme.ColorNameSuccess), 0.36)
	case data.LevelNvt:
		return mix(bg, theme.Color(theme.ColorNameForeground), 0.16)
	}
	return bg
}

// mix blends a fraction t of colour b into a, opaque.
func mix(a, b color.Color, t float64) color.Color {
	ar, ag, ab, _ := a.RGBA()
	br, bg, bb, _ := b.RGBA()
	f := func(x, y uint32) uint8 {
		return uint8(math.Round((float64(x)*(1-t) + float64(y)*t) / 257))
	}
	return color.NRGBA{R: f(ar, br), G: f(ag, bg), B: f(ab, bb), A: 0xff}
}

// contrast is the WCAG contrast ratio of two opaque colours (1 to 21).
func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	lin := func(v uint32) float64 {
		x := float64(v) / 65535
		if x <= 0.03928 {
			return x / 12.92
		}
		return math.Pow((x+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}

// levelText is what a matrix cell says: the level and its movement.
func levelText(code string, move int) string {
	if code == "" {
		return "–"
	}
	if a := arrow(move); a != "" {
		return say.Level(code) + " " + a
	}
	return say.Level(code)
}

// smallText is the size of the text in matrix cells and their headers.
func smallText() float32 { return theme.TextSize() - 2 }
