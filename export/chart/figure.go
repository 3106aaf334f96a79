package chart

import (
	"slices"
	"strings"

	"ketenregie/data"
)

// The figures a region keeps: for one measure, a group per municipality
// or cluster, a bar per period.

var figureLook = Look{Fill: RGB{158, 188, 218}, Hatch: Plain}

// ComparePeriods orders canonical periods by when they start, and of two
// that start together the longer first: 2025, 2025-Q1, 2025-01.
func ComparePeriods(a, b string) int {
	af, at := data.PeriodDates(a)
	bf, bt := data.PeriodDates(b)
	if c := strings.Compare(af, bf); c != 0 {
		return c
	}
	if c := strings.Compare(bt, at); c != 0 {
		return c
	}
	return strings.Compare(a, b)
}

// Figures is the chart of one measure's figures: a group for each of
// scopes (municipalities and clusters, in their order) that has one, a bar
// per period. figs are the measure's figures; axis says what they count.
func Figures(figs []data.Record, scopes []Named, axis string) Chart {
	c := Chart{Series: []Series{{Key: "count", Name: "Aantal", Look: figureLook}}, Axis: axis}
	for _, sc := range scopes {
		var mine []data.Record
		for _, f := range figs {
			if f.Get(data.Figure.MunicipalityID) == sc.ID || f.Get(data.Figure.ClusterID) == sc.ID {
				mine = append(mine, f)
			}
		}
		if len(mine) == 0 {
			continue
		}
		slices.SortFunc(mine, func(a, b data.Record) int {
			return ComparePeriods(a.Get(data.Figure.Period), b.Get(data.Figure.Period))
		})
		g := Group{Key: sc.ID, Label: sc.Name}
		for _, f := range mine {
			g.Bars = append(g.Bars, Bar{Label: data.FormatPeriod(f.Get(data.Figure.Period)), Values: []int{number(f.Get(data.Figure.Count))}})
		}
		c.Groups = append(c.Groups, g)
	}
	// One period for all: a bar each, beside its name, and the period
	// said under the axis.
	if period, ok := onePeriod(c.Groups); ok {
		for i := range c.Groups {
			c.Groups[i].Bars[0].Label = ""
		}
		c.Axis += ", " + period
	}
	return c
}

// onePeriod is the label of the only bar of every group, when they all
// have the same one.
func onePeriod(groups []Group) (string, bool) {
	if len(groups) == 0 {
		return "", false
	}
	for _, g := range groups {
		if len(g.Bars) != 1 || g.Bars[0].Label != groups[0].Bars[0].Label {
			return "", false
		}
	}
	return groups[0].Bars[0].Label, true
}
