package chart

import (
	"maps"
	"slices"
	"strings"

	"ketenregie/data"
)

// The self-assessment over time: for a theme of the checklist, how many of
// its items a municipality, or the municipalities of a cluster together,
// meet niet, deels or volledig after each measurement. An item not
// measured on a date keeps the level it had; one never measured is not
// counted.

// levelLooks are the looks of the levels: the colours of the matrix, and
// more lines the further an item is from volledig.
var levelLooks = map[string]Look{
	data.LevelNiet:     {Fill: RGB{244, 190, 190}, Hatch: Crossed},
	data.LevelDeels:    {Fill: RGB{255, 230, 153}, Hatch: Rising},
	data.LevelVolledig: {Fill: RGB{183, 225, 192}, Hatch: Plain},
	data.LevelNvt:      {Fill: RGB{225, 225, 225}, Hatch: Scattered},
}

// levelOrder is the order in which levels stack: worst first.
var levelOrder = []string{data.LevelNiet, data.LevelDeels, data.LevelVolledig, data.LevelNvt}

// MaxRounds is how many measurements a bar chart shows per municipality or
// cluster at most: with more, the last of each year, and of those the
// latest.
const MaxRounds = 6

// Themes are the groups of the checklist in its order: the Basisniveau and
// the five themes of the Kader.
func Themes() []string {
	var out []string
	for _, it := range data.Checklist {
		if !slices.Contains(out, it.Group) {
			out = append(out, it.Group)
		}
	}
	return out
}

// ThemeName is the Dutch name of a group of the checklist.
func ThemeName(group string) string {
	if group == "basisniveau" {
		return "Basisniveau bestuurlijke aanpak mensenhandel"
	}
	return data.ChoiceLabel(data.Themes, group)
}

// Assessed is one municipality and its assessment records.
type Assessed struct {
	ID, Name string
	Records  []data.Record
}

// snapshot is a municipality's levels after the measurement of a date.
type snapshot struct {
	date   string
	levels map[string]string // checklist code -> level
}

// history is the state of a municipality's self-assessment after each of
// its measurement dates up to upTo ("" for all), oldest first. Of two
// records of one item on one day, the later record counts.
func history(records []data.Record, upTo string) []snapshot {
	recs := slices.Clone(records)
	slices.SortStableFunc(recs, func(a, b data.Record) int {
		if c := strings.Compare(a.Get(data.Assessment.Date), b.Get(data.Assessment.Date)); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	var out []snapshot
	levels := map[string]string{}
	for i, r := range recs {
		date := r.Get(data.Assessment.Date)
		if upTo != "" && date > upTo {
			break
		}
		levels[r.Get(data.Assessment.Item)] = r.Get(data.Assessment.Level)
		if i+1 == len(recs) || recs[i+1].Get(data.Assessment.Date) != date {
			out = append(out, snapshot{date: date, levels: maps.Clone(levels)})
		}
	}
	return out
}

// at is the snapshot in force on date: the last one on or before it.
func at(h []snapshot, date string) (snapshot, bool) {
	for i := len(h) - 1; i >= 0; i-- {
		if h[i].date <= date {
			return h[i], true
		}
	}
	return snapshot{}, false
}

// count adds the levels of the theme's items in s to n, by levelOrder.
func (s snapshot) count(theme string, n []int) {
	for _, it := range data.Checklist {
		if it.Group != theme {
			continue
		}
		if i := slices.Index(levelOrder, s.levels[it.Code]); i >= 0 {
			n[i]++
		}
	}
}

// rounds are the dates a chart shows of dates (sorted): all of them, or
// when there are more than MaxRounds the last of each year, the latest
// MaxRounds of those.
func rounds(dates []string) []string {
	if len(dates) <= MaxRounds {
		return dates
	}
	var out []string
	for i, d := range dates {
		if i+1 == len(dates) || dates[i+1][:4] != d[:4] {
			out = append(out, d)
		}
	}
	return out[max(0, len(out)-MaxRounds):]
}

// levelChart makes the chart of groups whose bars hold counts by
// levelOrder; N.v.t. is a series only when some bar has one.
func levelChart(groups []Group, axis string) Chart {
	nvt := false
	for _, g := range groups {
		for _, b := range g.Bars {
			nvt = nvt || b.value(3) > 0
		}
	}
	c := Chart{Groups: groups, Axis: axis}
	for _, l := range levelOrder {
		if l == data.LevelNvt && !nvt {
			break
		}
		c.Series = append(c.Series, Series{Key: l, Name: data.ChoiceLabel(data.AssessmentLevels, l), Look: levelLooks[l]})
	}
	for gi := range c.Groups {
		for bi := range c.Groups[gi].Bars {
			b := &c.Groups[gi].Bars[bi]
			b.Values = b.Values[:min(len(b.Values), len(c.Series))]
		}
	}
	return c
}

// ClusterThemes is the self-assessment of a cluster's municipalities
// together, a group per theme (every theme when none is named), a bar per
// measurement: at each date on which one of them measured, the levels of
// all of them as they stood then.
func ClusterThemes(munis []Assessed, upTo string, themes ...string) Chart {
	if len(themes) == 0 {
		themes = Themes()
	}
	hs := make([][]snapshot, len(munis))
	var dates []string
	for i, m := range munis {
		hs[i] = history(m.Records, upTo)
		for _, s := range hs[i] {
			dates = append(dates, s.date)
		}
	}
	slices.Sort(dates)
	dates = rounds(slices.Compact(dates))
	var groups []Group
	for _, th := range themes {
		g := Group{Key: th, Label: ThemeName(th)}
		for _, d := range dates {
			n := make([]int, len(levelOrder))
			for _, h := range hs {
				if s, ok := at(h, d); ok {
					s.count(th, n)
				}
			}
			g.Bars = append(g.Bars, Bar{Label: data.FormatDate(d), Values: n})
		}
		if len(g.Bars) > 0 {
			groups = append(groups, g)
		}
	}
	return levelChart(groups, "aantal onderdelen, alle gemeenten samen")
}

// MunicipalitiesOverTime is the self-assessment of one theme per
// municipality, a group for each, a bar per measurement. A municipality
// that has not measured yet gets a bar that says so.
func MunicipalitiesOverTime(theme string, munis []Assessed, upTo string) Chart {
	var groups []Group
	for _, m := range munis {
		g := Group{Key: m.ID, Label: m.Name}
		h := history(m.Records, upTo)
		var dates []string
		for _, s := range h {
			dates = append(dates, s.date)
		}
		for _, d := range rounds(dates) {
			s, _ := at(h, d)
			n := make([]int, len(levelOrder))
			s.count(theme, n)
			g.Bars = append(g.Bars, Bar{Label: data.FormatDate(d), Values: n})
		}
		if len(g.Bars) == 0 {
			g.Bars = []Bar{{Note: "nog niet gemeten"}}
		}
		groups = append(groups, g)
	}
	return levelChart(groups, "aantal onderdelen")
}
