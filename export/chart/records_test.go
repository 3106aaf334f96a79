package chart

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"ketenregie/data"
)

func record(id string, values ...string) data.Record {
	r := data.Record{ID: id, Values: map[string]string{}}
	for i := 0; i+1 < len(values); i += 2 {
		r.Values[values[i]] = values[i+1]
	}
	return r
}

func assessment(id, date, item, level string) data.Record {
	return record(id, "date", date, "item", item, "level", level)
}

// bars is a chart as text: "group / bar: values · note" per bar.
func bars(c Chart) []string {
	var out []string
	for _, g := range c.Groups {
		for _, b := range g.Bars {
			s := g.Label
			if b.Label != "" {
				s += " / " + b.Label
			}
			s += fmt.Sprintf(": %v", b.Values)
			if b.Note != "" {
				s += " · " + b.Note
			}
			out = append(out, s)
		}
	}
	return out
}

func seriesNames(c Chart) []string {
	var out []string
	for _, s := range c.Series {
		out = append(out, s.Name)
	}
	return out
}

func sameLines(t *testing.T, what string, got, want []string) {
	t.Helper()
	if !slices.Equal(got, want) {
		t.Errorf("%s:\n got %s\nwant %s", what, strings.Join(got, "\n     "), strings.Join(want, "\n     "))
	}
}

// hoorn measured signalering twice, then corrected one item the same day;
// enkhuizen measured once, later, and one item only.
var (
	hoorn = Assessed{ID: "GM0405", Name: "Hoorn", Records: []data.Record{
		assessment("01", "2019-06-14", "signalering-basis", "niet"),
		assessment("02", "2019-06-14", "signalering-verdieping", "niet"),
		assessment("03", "2024-10-04", "signalering-basis", "volledig"),
		assessment("04", "2024-10-04", "signalering-basis", "deels"), // the later record of the day counts
		assessment("05", "2019-06-14", "opvang-basis", "nvt"),
		assessment("06", "2026-03-01", "signalering-verdieping", "volledig"), // after the period
	}}
	enkhuizen = Assessed{ID: "GM0388", Name: "Enkhuizen", Records: []data.Record{
		assessment("11", "2025-02-01", "signalering-basis", "volledig"),
	}}
	opmeer = Assessed{ID: "GM0432", Name: "Opmeer"}
)

func TestMunicipalitiesOverTime(t *testing.T) {
	c := MunicipalitiesOverTime("signalering", []Assessed{hoorn, enkhuizen, opmeer}, "2025-12-31")
	sameLines(t, "series", seriesNames(c), []string{"Niet", "Deels", "Volledig"})
	// Hoorn's verdieping stays niet in 2024: measured in 2019, not since.
	sameLines(t, "bars", bars(c), []string{
		"Hoorn / 14-06-2019: [2 0 0]",
		"Hoorn / 04-10-2024: [1 1 0]",
		"Enkhuizen / 01-02-2025: [0 0 1]",
		"Opmeer: [] · nog niet gemeten",
	})
	// Opvang has an N.v.t.: a fourth series.
	c = MunicipalitiesOverTime("opvang", []Assessed{hoorn}, "")
	sameLines(t, "series with N.v.t.", seriesNames(c), []string{"Niet", "Deels", "Volledig", "N.v.t."})
	sameLines(t, "opvang", bars(c), []string{
		"Hoorn / 14-06-2019: [0 0 0 1]",
		"Hoorn / 04-10-2024: [0 0 0 1]",
		"Hoorn / 01-03-2026: [0 0 0 1]",
	})
}

// TestClusterThemes adds the municipalities up at every date on which one
// of them measured, each as it stood then.
func TestClusterThemes(t *testing.T) {
	c := ClusterThemes([]Assessed{hoorn, enkhuizen, opmeer}, "2025-12-31", "signalering")
	sameLines(t, "bars", bars(c), []string{
		"Signalerend vermogen / 14-06-2019: [2 0 0]",
		"Signalerend vermogen / 04-10-2024: [1 1 0]",
		"Signalerend vermogen / 01-02-2025: [1 1 1]",
	})
	all := ClusterThemes([]Assessed{hoorn, enkhuizen}, "")
	var themes []string
	for _, g := range all.Groups {
		themes = append(themes, g.Key)
	}
	sameLines(t, "themes", themes, []string{"basisniveau", "beleid", "signalering", "bewustwording", "samenwerking", "opvang"})
	if len(ClusterThemes([]Assessed{opmeer}, "").Groups) != 0 {
		t.Error("a cluster without measurements has bars")
	}
}

// TestRounds: at most MaxRounds bars, the last of each year.
func TestRounds(t *testing.T) {
	var dates []string
	for y := 2017; y <= 2025; y++ {
		dates = append(dates, fmt.Sprintf("%d-03-01", y), fmt.Sprintf("%d-09-01", y))
	}
	sameLines(t, "rounds", rounds(dates), []string{"2020-09-01", "2021-09-01", "2022-09-01", "2023-09-01", "2024-09-01", "2025-09-01"})
	sameLines(t, "few", rounds(dates[:4]), dates[:4])
}

func activity(id, status, munis, groups string, participants, planned int) data.Record {
	return record(id, "status", status, "municipality_ids", munis, "target_groups", groups,
		"participants", fmt.Sprint(participants), "participants_planned", fmt.Sprint(planned))
}

func TestActivities(t *testing.T) {
	acts := []data.Record{
		activity("1", "uitgevoerd", "GM0405,GM0388", "baliemedewerkers,wijkteams", 30, 25),
		activity("2", "uitgevoerd", "GM0405", "baliemedewerkers", 12, 0),
		activity("3", "gepland", "GM0388", "toezicht-handhaving", 0, 20),
		activity("4", "geannuleerd", "GM0405", "politie", 0, 40),
		activity("5", "uitgevoerd", "", "", 60, 0), // regional, for nobody in particular
	}
	munis := []Named{{"GM0405", "Hoorn"}, {"GM0388", "Enkhuizen"}, {"GM0432", "Opmeer"}}
	c := ActivitiesByMunicipality(acts, munis)
	sameLines(t, "per municipality", bars(c), []string{
		"Hoorn: [42 0] · 2 activiteiten",
		"Enkhuizen: [30 20] · 2 activiteiten",
		"Opmeer: [0 0] · geen activiteiten",
		"Regionaal (geen gemeente genoemd): [60 0] · 1 activiteit",
	})
	c = ActivitiesByTargetGroup(acts)
	sameLines(t, "per target group", bars(c), []string{
		"Baliemedewerkers: [42 0] · 2 activiteiten",
		"Toezichthouders en handhaving: [0 20] · 1 activiteit",
		"Wijkteams en sociaal domein: [30 0] · 1 activiteit",
		"Geen doelgroep genoemd: [60 0] · 1 activiteit",
	})
}

func TestFigures(t *testing.T) {
	figure := func(muni, cluster, period, count string) data.Record {
		return record(muni+cluster+period, "municipality_id", muni, "cluster_id", cluster, "period", period, "count", count)
	}
	figs := []data.Record{
		figure("GM0405", "", "2025-Q3", "7"),
		figure("GM0405", "", "2025", "27"),
		figure("GM0405", "", "2025-07", "3"),
		figure("GM0388", "", "2024", "4"),
		figure("", "wf", "2025", "40"),
	}
	c := Figures(figs, []Named{{"wf", "West-Friesland"}, {"GM0405", "Hoorn"}, {"GM0388", "Enkhuizen"}, {"GM0432", "Opmeer"}}, "aantal signalen")
	sameLines(t, "figures", bars(c), []string{
		"West-Friesland / 2025: [40]",
		"Hoorn / 2025: [27]",
		"Hoorn / 3e kwartaal 2025: [7]", // from 1 July, as the month, and longer
		"Hoorn / juli 2025: [3]",
		"Enkhuizen / 2024: [4]",
	})
	// One period for every bar: it goes under the axis, the bars beside
	// their names.
	c = Figures(figs[:2], []Named{{"GM0405", "Hoorn"}}, "aantal")
	if len(c.Groups[0].Bars) != 2 {
		t.Fatalf("Hoorn has %d bars", len(c.Groups[0].Bars))
	}
	scopes := []Named{{"GM0405", "Hoorn"}, {"GM0388", "Enkhuizen"}, {"GM0420", "Medemblik"}}
	c = Figures([]data.Record{figs[1], figure("GM0388", "", "2025", "4"), figure("GM0420", "", "2025", "0")}, scopes, "aantal")
	sameLines(t, "one period", bars(c), []string{"Hoorn: [27]", "Enkhuizen: [4]", "Medemblik: [0]"})
	if c.Axis != "aantal, 2025" {
		t.Errorf("one period: axis %q", c.Axis)
	}
	c = Figures([]data.Record{figs[1], figs[3]}, scopes, "aantal")
	sameLines(t, "two periods", bars(c), []string{"Hoorn / 2025: [27]", "Enkhuizen / 2024: [4]"})
	if c.Axis != "aantal" {
		t.Errorf("two periods: axis %q", c.Axis)
	}
}
