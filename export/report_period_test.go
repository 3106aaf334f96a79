package export

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"ketenregie/data"
	"ketenregie/export/chart"
)

// periodStore is the demo region with activities and figures in and
// around 2025, and some that are none of West-Friesland's business, in
// place of the demo's own (which move with the day the demo is loaded).
func periodStore(t *testing.T) *data.Store {
	t.Helper()
	s := newStore(t, true)
	err := s.Write(context.Background(), func(tx *data.Tx) error {
		for _, kind := range []string{data.KindActivity, data.KindFigure, data.KindMeasure} {
			for _, r := range must(t)(s.List(context.Background(), kind)) {
				if err := tx.Delete(kind, r.ID); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	clusters := map[string]string{}
	for _, c := range must(t)(s.List(context.Background(), "cluster")) {
		clusters[c.Get("name")] = c.ID
	}
	err = s.Write(context.Background(), func(tx *data.Tx) error {
		create := func(kind string, v map[string]string) string {
			id, err := tx.Create(kind, v)
			if err != nil {
				t.Fatalf("%s %v: %v", kind, v, err)
			}
			return id
		}
		for _, a := range []map[string]string{
			{"title": "Signaleringstraining baliemedewerkers", "date": "2025-02-11", "target_groups": "baliemedewerkers", "municipality_ids": "GM0405", "participants": "18", "status": "uitgevoerd"},
			{"title": "Training toezichthouders", "date": "2025-03-20", "target_groups": "toezicht-handhaving,inspectie", "municipality_ids": "GM0405,GM0388", "participants": "32", "status": "uitgevoerd"},
			{"title": "Netwerkbijeenkomst zorg en veiligheid", "type": "netwerkbijeenkomst", "date": "2025-05-14", "target_groups": "ketenpartners", "participants": "45", "status": "uitgevoerd"},
			{"title": "Voorlichting onderwijs", "type": "bewustwording", "date": "2025-12-02", "target_groups": "onderwijs", "municipality_ids": "GM0388", "participants_planned": "60", "status": "gepland"},
			{"title": "Training handhaving Haarlem", "date": "2025-04-08", "municipality_ids": "GM0392", "participants_planned": "25", "status": "geannuleerd"},
			{"title": "Campagne over de jaarwisseling", "type": "bewustwording", "date": "2024-12-20", "end_date": "2025-01-05", "municipality_ids": "GM0420", "status": "uitgevoerd"},
			{"title": "Training van vorig jaar", "date": "2024-05-01", "municipality_ids": "GM0405", "participants": "12", "status": "uitgevoerd"},
			{"title": "Training in Amsterdam", "date": "2025-06-01", "municipality_ids": "GM0363", "participants": "80", "status": "uitgevoerd"},
		} {
			if a["type"] == "" {
				a["type"] = "training"
			}
			create("activity", a)
		}
		own := create("measure", map[string]string{"name": "Bezoeken aan prostitutiebedrijven", "description": "Controles door toezicht en politie."})
		for _, f := range []map[string]string{
			{"municipality_id": "GM0405", "period": "2025-Q1", "measure": "signalen-meldroute", "count": "7"},
			{"municipality_id": "GM0405", "period": "2025-Q2", "measure": "signalen-meldroute", "count": "11"},
			{"municipality_id": "GM0388", "period": "2025-Q2", "measure": "signalen-meldroute", "count": "3"},
			{"municipality_id": "GM0405", "period": "2024-Q4", "measure": "signalen-meldroute", "count": "99"}, // before the period
			{"municipality_id": "GM0363", "period": "2025-Q1", "measure": "signalen-meldroute", "count": "98"}, // Amsterdam
			{"cluster_id": clusters["West-Friesland"], "period": "2025", "measure": "meldingen-zorgcoordinatie", "count": "14"},
			{"municipality_id": "GM0392", "period": "2025-07", "measure_id": own, "count": "5"},
		} {
			create("figure", f)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func must(t *testing.T) func([]data.Record, error) []data.Record {
	return func(r []data.Record, err error) []data.Record {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
}

var year2025 = ReportOptions{From: "2025-01-01", To: "2025-12-31"}

func TestReportPeriodDefaults(t *testing.T) {
	for _, c := range []struct {
		opt      ReportOptions
		from, to string
	}{
		{ReportOptions{}, "2025-10-02", "2026-10-01"}, // twelve months up to today
		{ReportOptions{To: "2025-12-31"}, "2025-01-01", "2025-12-31"},
		{ReportOptions{From: "2026-01-01"}, "2026-01-01", "2026-10-01"},
		{ReportOptions{To: "2024-02-29"}, "2023-03-01", "2024-02-29"},
	} {
		from, to, err := c.opt.period("2026-10-01")
		if err != nil || from != c.from || to != c.to {
			t.Errorf("%+v: %s – %s (%v), want %s – %s", c.opt, from, to, err, c.from, c.to)
		}
	}
	if _, _, err := (ReportOptions{From: "2026-10-02"}).period("2026-10-01"); err == nil {
		t.Error("a period that starts tomorrow and ends today was accepted")
	}
}

// TestReportThemesContent reads the theme pages of the demo as content:
// a page per cluster and theme, the cluster's municipalities together and
// each of them, a bar per measurement.
func TestReportThemesContent(t *testing.T) {
	s := periodStore(t)
	r, err := loadReport(context.Background(), s, "", year2025)
	if err != nil {
		t.Fatal(err)
	}
	if want := 2 * len(chart.Themes()); len(r.themes) != want {
		t.Fatalf("%d theme pages, want %d", len(r.themes), want)
	}
	var p themePage
	for _, tp := range r.themes {
		if tp.cluster == "West-Friesland" && tp.theme == "signalering" {
			p = tp
		}
	}
	if p.name != "Signalerend vermogen" || p.items != 2 || p.first || p.label != "Zelfevaluatie per thema · cluster West-Friesland" {
		t.Fatalf("the page of West-Friesland's signalering: %+v", p)
	}
	if len(p.all.Groups) != 1 || p.all.Groups[0].Label != "West-Friesland" {
		t.Fatalf("the cluster's chart has groups %+v", p.all.Groups)
	}
	var dates []string
	for _, b := range p.all.Groups[0].Bars {
		dates = append(dates, b.Label)
		if b.Total() != 2*7 { // two items, seven municipalities, all measured
			t.Errorf("the cluster's bar of %s counts %d items", b.Label, b.Total())
		}
	}
	if !slices.Equal(dates, []string{"14-06-2019", "04-10-2024"}) {
		t.Errorf("the cluster's bars are %v", dates)
	}
	if len(p.munis.Groups) != 7 || p.munis.Groups[0].Label != "Drechterland" {
		t.Errorf("the municipalities' chart has %d groups, the first %q", len(p.munis.Groups), p.munis.Groups[0].Label)
	}
	// The demo's verdieping items lag: none is volledig in 2019.
	for _, g := range p.munis.Groups {
		if v := g.Bars[0].Values; len(v) < 3 || v[0]+v[1]+v[2] != 2 {
			t.Errorf("%s in 2019: %v", g.Label, v)
		}
	}
}

// TestReportThemesWithoutClusters: a database without clusters charts
// every municipality that measured, under "Alle gemeenten".
func TestReportThemesWithoutClusters(t *testing.T) {
	s := newStore(t, false)
	ctx := context.Background()
	for _, a := range [][3]string{{"GM0405", "2024-05-01", "deels"}, {"GM0388", "2025-03-01", "volledig"}} {
		if _, err := s.Create(ctx, "assessment", map[string]string{"municipality_id": a[0], "date": a[1], "item": "beleid-basis", "level": a[2]}); err != nil {
			t.Fatal(err)
		}
	}
	r, err := loadReport(ctx, s, "", year2025)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.themes) != len(chart.Themes()) {
		t.Fatalf("%d theme pages", len(r.themes))
	}
	p := r.themes[1]
	if p.theme != "beleid" || p.label != "Zelfevaluatie per thema · Alle gemeenten" || len(p.munis.Groups) != 2 {
		t.Fatalf("the page of beleid: %+v", p)
	}
	// Both together: Hoorn's deels from 2024, then with Enkhuizen's volledig.
	var got []string
	for _, b := range p.all.Groups[0].Bars {
		got = append(got, fmt.Sprintf("%s %v", b.Label, b.Values))
	}
	if want := []string{"01-05-2024 [0 1 0]", "01-03-2025 [0 1 1]"}; !slices.Equal(got, want) {
		t.Errorf("all together: %v, want %v", got, want)
	}
}

// TestReportActivitiesContent: the activities of the period in scope,
// oldest first, as the table lists them, and counted per municipality.
func TestReportActivitiesContent(t *testing.T) {
	s := periodStore(t)
	ctx := context.Background()
	r, err := loadReport(ctx, s, "", year2025)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range r.acts.rows {
		got = append(got, strings.Join([]string{a.date, a.title, a.status, a.kind, a.munis, a.participants}, " | "))
	}
	want := []string{
		"20-12-2024 t/m 05-01-2025 | Campagne over de jaarwisseling |  | Bewustwording | Medemblik | –",
		"11-02-2025 | Signaleringstraining baliemedewerkers |  | Training | Hoorn | 18",
		"20-03-2025 | Training toezichthouders |  | Training | Enkhuizen, Hoorn | 32",
		"08-04-2025 | Training handhaving Haarlem | geannuleerd | Training | Haarlem | –",
		"14-05-2025 | Netwerkbijeenkomst zorg en veiligheid |  | Netwerkbijeenkomst | regionaal | 45",
		"02-12-2025 | Voorlichting onderwijs | gepland | Bewustwording | Enkhuizen | 60 gepland",
	}
	if !slices.Equal(got, want) {
		t.Errorf("activities:\n got %s\nwant %s", strings.Join(got, "\n     "), strings.Join(want, "\n     "))
	}
	bars := map[string]string{}
	for _, g := range r.acts.byMuni.Groups {
		bars[g.Label] = fmt.Sprintf("%v %s", g.Bars[0].Values, g.Bars[0].Note)
	}
	for muni, want := range map[string]string{
		"Hoorn":                             "[50 0] 2 activiteiten",
		"Enkhuizen":                         "[32 60] 2 activiteiten",
		"Haarlem":                           "[0 0] geen activiteiten", // cancelled
		"Opmeer":                            "[0 0] geen activiteiten",
		"Regionaal (geen gemeente genoemd)": "[45 0] 1 activiteit",
	} {
		if bars[muni] != want {
			t.Errorf("%s: %q, want %q", muni, bars[muni], want)
		}
	}
	if _, ok := bars["Amsterdam"]; ok {
		t.Error("Amsterdam, in no cluster, has a bar")
	}

	// One cluster: Haarlem's activity is out of scope.
	wf := must(t)(s.ListWhere(ctx, "cluster", "name", "West-Friesland"))[0]
	r, err = loadReport(ctx, s, wf.ID, year2025)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range r.acts.rows {
		if a.munis == "Haarlem" {
			t.Error("the report of West-Friesland lists an activity in Haarlem")
		}
	}
}

// TestReportFiguresContent: per measure the figures of the period in scope,
// the standard measures first, the region's own after them.
func TestReportFiguresContent(t *testing.T) {
	s := periodStore(t)
	r, err := loadReport(context.Background(), s, "", year2025)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range r.measures {
		line := m.name + ":"
		for _, row := range m.rows {
			line += " " + row.name
			for _, p := range m.periods {
				line += " " + p + "=" + dashIfEmpty(row.counts[p])
			}
			line += ";"
		}
		got = append(got, line)
	}
	want := []string{
		"Signalen via de interne meldroute: Enkhuizen 2025-Q1=– 2025-Q2=3; Hoorn 2025-Q1=7 2025-Q2=11;",
		"Meldingen zorgcoördinatie: West-Friesland (cluster) 2025=14;",
		"Bezoeken aan prostitutiebedrijven: Haarlem 2025-07=5;",
	}
	if !slices.Equal(got, want) {
		t.Errorf("figures:\n got %s\nwant %s", strings.Join(got, "\n     "), strings.Join(want, "\n     "))
	}
	if d := r.measures[2].description; d != "Controles door toezicht en politie." {
		t.Errorf("the own measure's description is %q", d)
	}
	if c := r.measures[0].chart; len(c.Groups) != 2 || c.Groups[1].Label != "Hoorn" || len(c.Groups[1].Bars) != 2 {
		t.Errorf("the chart of signalen: %+v", c.Groups)
	}
}

// TestReportPeriodPDF prints the report of 2025 and reads it as a reader
// would: the period on the first page, a chart page per theme, the
// activities, and a page per measure with its chart and table.
func TestReportPeriodPDF(t *testing.T) {
	s := periodStore(t)
	ctx := context.Background()
	path, _ := writePDF(t, func(w *bytes.Buffer) error { return WriteReport(ctx, s, "", w, year2025) })
	checkWellFormed(t, path)
	text := pageTexts(t, path, "-layout")
	if first := squash(text[1]); !strings.Contains(first, "periode 01-01-2025 t/m 31-12-2025") {
		t.Errorf("the first page does not name the period:\n%s", first)
	}
	bookmarks := map[string]int{}
	for _, o := range outlines(t, path) {
		bookmarks[o.Title] = o.Page
	}
	theme := bookmarks["Zelfevaluatie per thema West-Friesland"]
	if theme == 0 || bookmarks["Zelfevaluatie per thema Zuid-Kennemerland"] <= theme+5 {
		t.Fatalf("no six theme pages per cluster: %v", bookmarks)
	}
	page := squash(text[theme])
	for _, want := range []string{"Basisniveau bestuurlijke aanpak mensenhandel", "Alle gemeenten samen", "Per gemeente",
		"Niet Deels Volledig", "14-06-2019", "04-10-2024", "Hoorn", "aantal onderdelen"} {
		if !strings.Contains(page, want) {
			t.Errorf("the first theme page does not show %q:\n%s", want, page)
		}
	}

	raw := pageTexts(t, path) // table cells whole, as read in order
	acts := squash(strings.Join(raw[bookmarks["Activiteiten"]:bookmarks["Cijfers"]], " "))
	for _, want := range []string{"Deelnemers per gemeente", "Deelnemers per doelgroep", "Deelnemers uitgevoerd", "Deelnemers gepland",
		"Alle activiteiten in de periode", "Signaleringstraining baliemedewerkers", "60 gepland", "geannuleerd", "Baliemedewerkers",
		"50 · 2 activiteiten"} {
		if !strings.Contains(acts, want) {
			t.Errorf("the activities do not show %q:\n%s", want, acts)
		}
	}
	if strings.Contains(acts, "Training van vorig jaar") || strings.Contains(acts, "Amsterdam") {
		t.Error("the activities show one outside the period or the clusters")
	}

	signals := bookmarks["Signalen via de interne meldroute"]
	if signals == 0 || signals != bookmarks["Cijfers"] || bookmarks["Bezoeken aan prostitutiebedrijven"] <= signals {
		t.Fatalf("no page per measure: %v", bookmarks)
	}
	page = squash(text[signals])
	for _, want := range []string{"Cijfers · periode 01-01-2025 t/m 31-12-2025", "Per gemeente en periode", "1e kwartaal 2025",
		"Cijfers per gemeente en periode", "Gemeente K1 2025 K2 2025", "Enkhuizen – 3", "Hoorn 7 11"} {
		if !strings.Contains(page, want) {
			t.Errorf("the page of signalen does not show %q:\n%s", want, page)
		}
	}
	if strings.Contains(page, "99") || strings.Contains(page, "98") {
		t.Errorf("the page of signalen shows a figure outside the period or the clusters:\n%s", page)
	}
}
