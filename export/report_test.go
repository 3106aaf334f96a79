package export

import (
	"bytes"
	"context"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"ketenregie/data"
	"ketenregie/export/typeset"
)

func TestReportDemo(t *testing.T) {
	s := newStore(t, true)
	ctx := context.Background()
	path, _ := writePDF(t, func(w *bytes.Buffer) error { return WriteReport(ctx, s, "", w) })
	checkWellFormed(t, path)
	n := pages(t, path)
	text := pageTexts(t, path)
	layout := pageTexts(t, path, "-layout")
	all := squash(strings.Join(text, "\n"))
	for _, want := range []string{"Voortgangsrapportage aanpak mensenhandel", "Kerncijfers per gemeente",
		"Zelfevaluatie West-Friesland", "Zelfevaluatie Zuid-Kennemerland", "Ketenafspraken ter evaluatie", "Zorgcoördinatie", "▲"} {
		if !strings.Contains(all, want) {
			t.Errorf("the report does not show %q", want)
		}
	}
	for p := 1; p <= n; p++ {
		if want := fmt.Sprintf("pagina %d van %d", p, n); !strings.Contains(text[p], want) {
			t.Errorf("page %d lacks %q", p, want)
		}
	}

	// Every municipality of both clusters has its own page, which names its
	// aandachtsfunctionaris.
	bookmarks := map[string]int{}
	for _, o := range outlines(t, path) {
		bookmarks[o.Title] = o.Page
	}
	clusters, _ := s.List(ctx, "cluster")
	officers, _ := s.ListWhere(ctx, "contact", "role", "aandachtsfunctionaris")
	for _, c := range clusters {
		munis, _ := s.GetMany(ctx, "municipality", c.List("municipality_ids"))
		if len(munis) == 0 {
			t.Fatalf("cluster %s has no municipalities", c.Get("name"))
		}
		for _, m := range munis {
			p, ok := bookmarks[m.Get("name")]
			if !ok {
				t.Errorf("no page for %s", m.Get("name"))
				continue
			}
			page := squash(text[p])
			if !strings.Contains(page, "Gemeente · cluster "+c.Get("name")) || !strings.Contains(page, "Laatste meting") {
				t.Errorf("the page of %s does not summarise it:\n%s", m.Get("name"), page)
			}
			for _, o := range officers {
				for _, id := range o.List("municipality_ids") {
					if id == m.ID && !strings.Contains(page, o.Get("name")) {
						t.Errorf("the page of %s does not name its aandachtsfunctionaris %s", m.Get("name"), o.Get("name"))
					}
				}
			}
		}
		// The matrix, landscape, with a column per municipality.
		mp := bookmarks["Zelfevaluatie "+c.Get("name")]
		if mp == 0 {
			t.Fatalf("no matrix for %s", c.Get("name"))
		}
		info := runTool(t, "pdfinfo", "-f", strconv.Itoa(mp), "-l", strconv.Itoa(mp), path)
		if !strings.Contains(info, "841.89 x 595.28") {
			t.Errorf("the matrix of %s is not landscape", c.Get("name"))
		}
		matrix := squash(layout[mp])
		for _, m := range munis {
			if !strings.Contains(matrix, strings.Fields(m.Get("name"))[0]) {
				t.Errorf("the matrix of %s has no column for %s", c.Get("name"), m.Get("name"))
			}
		}
		for _, it := range data.Checklist {
			if !strings.Contains(matrix, checklistLabel(it)) {
				t.Errorf("the matrix of %s has no row %q", c.Get("name"), checklistLabel(it))
			}
		}
	}

	// The agreements due within 60 days, as the screen filters them.
	due, err := s.Agreements(ctx, data.AgreementFilter{DueWithinDays: 60})
	if err != nil {
		t.Fatal(err)
	}
	if len(due) == 0 {
		t.Fatal("the demo has no agreements due; the test proves nothing")
	}
	duePage := squash(strings.Join(text[bookmarks["Ketenafspraken ter evaluatie"]:], " "))
	for _, a := range due {
		if !strings.Contains(duePage, a.Get("title")) {
			t.Errorf("the report does not list %q as due", a.Get("title"))
		}
	}
}

func TestReportOneCluster(t *testing.T) {
	s := newStore(t, true)
	ctx := context.Background()
	clusters, _ := s.List(ctx, "cluster")
	var wf data.Record
	for _, c := range clusters {
		if c.Get("name") == "West-Friesland" {
			wf = c
		}
	}
	path, _ := writePDF(t, func(w *bytes.Buffer) error { return WriteReport(ctx, s, wf.ID, w) })
	bookmarks := map[string]bool{}
	for _, o := range outlines(t, path) {
		bookmarks[o.Title] = true
	}
	if !bookmarks["Hoorn"] || !bookmarks["Zelfevaluatie West-Friesland"] {
		t.Errorf("the report for West-Friesland does not show it: %v", bookmarks)
	}
	if bookmarks["Haarlem"] || bookmarks["Zelfevaluatie Zuid-Kennemerland"] {
		t.Errorf("the report for West-Friesland shows Zuid-Kennemerland: %v", bookmarks)
	}
	if got := ReportFileName(ctx, s, wf.ID); got != "Voortgangsrapportage aanpak mensenhandel West-Friesland 01-10-2026.pdf" {
		t.Errorf("ReportFileName = %q", got)
	}
}

// TestReportMovement checks the arrows: a level that rose, one that fell,
// and one measured only once.
func TestReportMovement(t *testing.T) {
	s := newStore(t, false)
	ctx := context.Background()
	err := s.Write(ctx, func(tx *data.Tx) error {
		if _, err := tx.Create("cluster", map[string]string{"name": "Testcluster", "municipality_ids": "GM0405,GM0388"}); err != nil {
			return err
		}
		for _, a := range [][4]string{
			{"GM0405", "2023-05-01", "basis-signalering", "niet"},
			{"GM0405", "2024-05-01", "basis-signalering", "volledig"},
			{"GM0405", "2023-05-01", "basis-beleid", "deels"},
			{"GM0405", "2024-05-01", "basis-beleid", "niet"},
			{"GM0405", "2024-05-01", "opvang-basis", "nvt"},
		} {
			if _, err := tx.Create("assessment", map[string]string{"municipality_id": a[0], "date": a[1], "item": a[2], "level": a[3]}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	path, _ := writePDF(t, func(w *bytes.Buffer) error { return WriteReport(ctx, s, "", w) })
	pages := pageTexts(t, path, "-layout")
	layout := squash(strings.Join(pages, " "))
	for _, want := range []string{"Ten opzichte van de meting van 01-05-2023: 1 onderdeel hoger, 1 lager.",
		"Geen aandachtsfunctionaris bekend", "Geen beleidsplan", "Enkhuizen"} {
		if !strings.Contains(layout, want) {
			t.Errorf("the report does not show %q", want)
		}
	}
	// The matrix: Enkhuizen (no measurement) left of Hoorn.
	rows := map[string]string{}
	for _, l := range strings.Split(pages[2], "\n") {
		for _, item := range []string{"Actieve signalering", "Beleid en regelgeving", "Opvang en hulpverlening (basis)", "Zorgcoördinatie"} {
			if strings.HasPrefix(strings.TrimSpace(l), item) {
				rows[item] = squash(l)
			}
		}
	}
	for item, want := range map[string]string{
		"Actieve signalering":             "– Volledig ▲",
		"Beleid en regelgeving":           "– Niet ▼",
		"Opvang en hulpverlening (basis)": "– N.v.t.",
		"Zorgcoördinatie":                 "– –",
	} {
		if !strings.HasSuffix(rows[item], want) {
			t.Errorf("matrix row %q is %q, want it to end in %q", item, rows[item], want)
		}
	}
}

func TestMeasurements(t *testing.T) {
	rec := func(id, date, item, level string) data.Record {
		return data.Record{ID: id, Values: map[string]string{"date": date, "item": item, "level": level}}
	}
	items, latest, previous := measurements([]data.Record{
		rec("1", "2019-06-14", "a", "niet"),
		rec("2", "2024-10-04", "a", "deels"),
		rec("3", "2024-10-04", "a", "volledig"), // corrected the same day: the later record counts
		rec("4", "2024-10-04", "b", "deels"),
		rec("5", "2021-01-01", "c", "volledig"),
		rec("6", "2024-10-04", "c", "deels"),
	})
	if latest != "2024-10-04" || previous != "2021-01-01" {
		t.Errorf("latest %s, previous %s", latest, previous)
	}
	if m := items["a"]; m.level != "volledig" || m.prevLevel != "niet" || m.movement() != 1 {
		t.Errorf("item a: %+v", m)
	}
	if m := items["b"]; m.prevLevel != "" || m.movement() != 0 {
		t.Errorf("item b, measured once: %+v", m)
	}
	if m := items["c"]; m.movement() != -1 {
		t.Errorf("item c fell: %+v", m)
	}
}

// TestReportEmpty prints the report of a database without clusters or
// assessments: it says there is nothing to show rather than fail.
func TestReportEmpty(t *testing.T) {
	s := newStore(t, false)
	ctx := context.Background()
	path, _ := writePDF(t, func(w *bytes.Buffer) error { return WriteReport(ctx, s, "", w) })
	checkWellFormed(t, path)
	doc := squash(pageText(t, path, 0))
	for _, want := range []string{"Zelfevaluatie Alle gemeenten", "Er zijn geen gemeenten om te tonen",
		"Er zijn geen ketenafspraken waarvan de evaluatiedatum of de einddatum verstreken is"} {
		if !strings.Contains(doc, want) {
			t.Errorf("the empty report does not say %q:\n%s", want, doc)
		}
	}
}

// TestReportManyMunicipalities spreads a cluster of twelve municipalities
// over two matrix pages, each with the legend.
func TestReportManyMunicipalities(t *testing.T) {
	s := newStore(t, false)
	ctx := context.Background()
	codes := []string{"GM0405", "GM0388", "GM0498", "GM1598", "GM0420", "GM0432", "GM0532", "GM0392", "GM0397", "GM0377", "GM0473", "GM0479"}
	err := s.Write(ctx, func(tx *data.Tx) error {
		if _, err := tx.Create("cluster", map[string]string{"name": "Groot cluster", "municipality_ids": strings.Join(codes, ",")}); err != nil {
			return err
		}
		for _, c := range codes {
			if _, err := tx.Create("assessment", map[string]string{"municipality_id": c, "date": "2025-01-10", "item": "beleid-basis", "level": "deels"}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	path, _ := writePDF(t, func(w *bytes.Buffer) error { return WriteReport(ctx, s, "", w) })
	text := pageTexts(t, path, "-layout")
	var matrices []int
	for p, tx := range text {
		if strings.Contains(tx, "Zelfevaluatie Groot cluster") {
			matrices = append(matrices, p)
		}
	}
	if len(matrices) != 2 {
		t.Fatalf("the matrix of twelve municipalities fills pages %v, want two pages", matrices)
	}
	if !strings.Contains(text[matrices[1]], "(vervolg)") || !strings.Contains(text[matrices[1]], "Zaanstad") {
		t.Error("the second matrix page does not continue with the last municipalities")
	}
	for _, p := range matrices {
		if !strings.Contains(text[p], "hoger dan bij de vorige meting") {
			t.Errorf("matrix page %d has no legend", p)
		}
	}
}

// TestReportFactsWithoutPDF reads what a municipality's page says about its
// basics as content, without printing: what is missing is said, and warned.
func TestReportFactsWithoutPDF(t *testing.T) {
	s := newStore(t, false)
	ctx := context.Background()
	if _, err := s.Create(ctx, "cluster", map[string]string{"name": "Testcluster", "municipality_ids": "GM0405"}); err != nil {
		t.Fatal(err)
	}
	r, err := loadReport(ctx, s, "", ReportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.clusters) != 1 || len(r.clusters[0].munis) != 1 {
		t.Fatalf("the report holds %d clusters", len(r.clusters))
	}
	facts := map[string]typeset.KV{}
	for _, f := range r.muniFacts(r.clusters[0].munis[0]) {
		if f.Label != "" {
			facts[f.Label] = f
		}
	}
	for label, want := range map[string]string{
		"Aandachtsfunctionaris": "Geen aandachtsfunctionaris bekend",
		"Meldroute":             "Geen interne meldroute vastgelegd",
		"Zorgcoördinatie":       "Geen afspraak over zorgcoördinatie vastgelegd",
		"Beleid":                "Geen beleidsplan",
	} {
		if f := facts[label]; f.Value != want || !f.Warn {
			t.Errorf("%s: %q (warned %v), want %q, warned", label, f.Value, f.Warn, want)
		}
	}
}
