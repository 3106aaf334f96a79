package export

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"ketenregie/data"
	"ketenregie/export/chart"
	"ketenregie/export/typeset"
)

// What the voortgangsrapportage shows over time and over its period: per
// cluster and theme the self-assessment after every measurement, as a
// chart; the activities of the period, charted by municipality and target
// group and listed; and per measure the figures of the period, charted and
// tabled. The content is decided here when the report is loaded; the
// layout functions only draw it.

// themePage is the self-assessment of one theme in one cluster over time.
type themePage struct {
	cluster string
	label   string // over the title: which cluster
	first   bool   // the cluster's first theme page
	theme   string // a group of data.Checklist
	name    string
	items   int         // the theme's items per municipality
	all     chart.Chart // the cluster's municipalities together; no groups for a cluster of one
	munis   chart.Chart // a group per municipality
}

// activityPages are the activities of the period in the report's scope.
type activityPages struct {
	rows    []activityRow
	byMuni  chart.Chart
	byGroup chart.Chart
}

// activityRow is one activity as the table lists it.
type activityRow struct {
	date, title, status, kind, munis, participants string
}

// measurePage is one measure's figures in the period.
type measurePage struct {
	key, name, description string
	chart                  chart.Chart
	periods                []string // canonical, in time order
	rows                   []figureRow
}

// figureRow is a municipality's or a cluster's counts, by period.
type figureRow struct {
	name   string
	counts map[string]string // period -> count
}

// periodText is "periode 02-10-2025 t/m 01-10-2026".
func (r *report) periodText() string {
	return "periode " + data.FormatDate(r.from) + " t/m " + data.FormatDate(r.to)
}

// inPeriod reports whether the days from..to (to "" for one day) overlap
// the report's period.
func (r *report) inPeriod(from, to string) bool {
	if to == "" {
		to = from
	}
	return from != "" && from <= r.to && to >= r.from
}

// loadThemes makes the theme pages of every cluster that has a measurement
// up to the end of the period.
func (r *report) loadThemes(byMuni map[string][]data.Record) {
	for _, c := range r.clusters {
		assessed := make([]chart.Assessed, len(c.munis))
		for i, m := range c.munis {
			assessed[i] = chart.Assessed{ID: m.rec.ID, Name: m.name(), Records: byMuni[m.rec.ID]}
		}
		if len(chart.ClusterThemes(assessed, r.to).Groups) == 0 {
			continue // nothing measured: the matrix says so
		}
		for i, th := range chart.Themes() {
			p := themePage{cluster: c.name, label: "Zelfevaluatie per thema · " + c.name, first: i == 0, theme: th, name: chart.ThemeName(th),
				munis: chart.MunicipalitiesOverTime(th, assessed, r.to)}
			if c.id != "" {
				p.label = "Zelfevaluatie per thema · cluster " + c.name
			}
			for _, it := range data.Checklist {
				if it.Group == th {
					p.items++
				}
			}
			if len(assessed) > 1 {
				p.all = chart.ClusterThemes(assessed, r.to, th)
				for g := range p.all.Groups {
					p.all.Groups[g].Label = c.name
				}
			}
			r.themes = append(r.themes, p)
		}
	}
}

// loadActivities finds the activities of the period that name a
// municipality in scope, or none (regional ones), oldest first.
func (r *report) loadActivities(ctx context.Context, s *data.Store, inScope map[string]bool) error {
	all, err := s.List(ctx, data.KindActivity)
	if err != nil {
		return err
	}
	var acts []data.Record
	for _, a := range all {
		munis := a.List(data.Activity.MunicipalityIDs)
		if !r.inPeriod(a.Get(data.Activity.Date), a.Get(data.Activity.EndDate)) ||
			len(munis) > 0 && !slices.ContainsFunc(munis, func(id string) bool { return inScope[id] }) {
			continue
		}
		acts = append(acts, a)
	}
	slices.SortStableFunc(acts, func(a, b data.Record) int {
		if c := strings.Compare(a.Get(data.Activity.Date), b.Get(data.Activity.Date)); c != 0 {
			return c
		}
		return strings.Compare(data.Fold(a.Get(data.Activity.Title)), data.Fold(b.Get(data.Activity.Title)))
	})
	var munis []chart.Named
	for _, c := range r.clusters {
		for _, m := range c.munis {
			if !slices.ContainsFunc(munis, func(n chart.Named) bool { return n.ID == m.rec.ID }) {
				munis = append(munis, chart.Named{ID: m.rec.ID, Name: m.name()})
			}
		}
	}
	r.acts.byMuni = chart.ActivitiesByMunicipality(acts, munis)
	r.acts.byGroup = chart.ActivitiesByTargetGroup(acts)
	for _, a := range acts {
		row := activityRow{date: data.FormatDate(a.Get(data.Activity.Date)), title: a.Get(data.Activity.Title),
			kind: choice(data.ActivityTypes, a.Get(data.Activity.Type)), munis: "regionaal"}
		if end := a.Get(data.Activity.EndDate); end != "" && end != a.Get(data.Activity.Date) {
			row.date += " t/m " + data.FormatDate(end)
		}
		if names := muniNames(r.munis, a.List(data.Activity.MunicipalityIDs)); len(names) > 0 {
			row.munis = strings.Join(names, ", ")
		}
		switch st := a.Get(data.Activity.Status); st {
		case data.ActivityStatusUitgevoerd:
			row.participants = dashIfEmpty(a.Get(data.Activity.Participants))
		case data.ActivityStatusGepland:
			row.status = "gepland"
			if n := a.Get(data.Activity.ParticipantsPlanned); n != "" {
				row.participants = n + " gepland"
			} else {
				row.participants = "–"
			}
		default:
			row.status = strings.ToLower(choice(data.ActivityStatuses, st))
			row.participants = "–"
		}
		r.acts.rows = append(r.acts.rows, row)
	}
	return nil
}

func dashIfEmpty(s string) string {
	if s == "" {
		return "–"
	}
	return s
}

// loadFigures gathers, per measure (the standard ones in their order, then
// the region's own by name), the figures of the period for the report's
// clusters and their municipalities.
func (r *report) loadFigures(ctx context.Context, s *data.Store, inScope map[string]bool) error {
	figs, err := s.List(ctx, data.KindFigure)
	if err != nil {
		return err
	}
	own, err := s.List(ctx, data.KindMeasure)
	if err != nil {
		return err
	}
	sortByName(own, data.Measure.Name)
	var scopes []chart.Named
	clusters := map[string]bool{}
	for _, c := range r.clusters {
		if c.id != "" {
			scopes = append(scopes, chart.Named{ID: c.id, Name: c.name + " (cluster)"})
			clusters[c.id] = true
		}
	}
	for _, c := range r.clusters {
		for _, m := range c.munis {
			if !slices.ContainsFunc(scopes, func(n chart.Named) bool { return n.ID == m.rec.ID }) {
				scopes = append(scopes, chart.Named{ID: m.rec.ID, Name: m.name()})
			}
		}
	}
	byMeasure := map[string][]data.Record{}
	for _, f := range figs {
		from, to := data.PeriodDates(f.Get(data.Figure.Period))
		if !r.inPeriod(from, to) || !inScope[f.Get(data.Figure.MunicipalityID)] && !clusters[f.Get(data.Figure.ClusterID)] {
			continue
		}
		key := f.Get(data.Figure.Measure)
		if key == "" {
			key = "own:" + f.Get(data.Figure.MeasureID)
		}
		byMeasure[key] = append(byMeasure[key], f)
	}
	type measure struct{ key, name, description string }
	var measures []measure
	for _, m := range data.Measures {
		measures = append(measures, measure{key: m.Code, name: m.Label})
	}
	for _, m := range own {
		measures = append(measures, measure{key: "own:" + m.ID, name: m.Get(data.Measure.Name), description: m.Get(data.Measure.Description)})
	}
	for _, m := range measures {
		list := byMeasure[m.key]
		if len(list) == 0 {
			continue
		}
		p := measurePage{key: "measure:" + m.key, name: m.name, description: m.description,
			chart: chart.Figures(list, scopes, "aantal")}
		counts := map[string]map[string]string{} // scope -> period -> count
		for _, f := range list {
			scope := f.Get(data.Figure.MunicipalityID) + f.Get(data.Figure.ClusterID)
			if counts[scope] == nil {
				counts[scope] = map[string]string{}
			}
			counts[scope][f.Get(data.Figure.Period)] = f.Get(data.Figure.Count)
			if !slices.Contains(p.periods, f.Get(data.Figure.Period)) {
				p.periods = append(p.periods, f.Get(data.Figure.Period))
			}
		}
		slices.SortFunc(p.periods, chart.ComparePeriods)
		for _, sc := range scopes {
			if c, ok := counts[sc.ID]; ok {
				p.rows = append(p.rows, figureRow{name: sc.Name, counts: c})
			}
		}
		r.measures = append(r.measures, p)
	}
	return nil
}

// shortPeriod is a period as a column head: 2025, K3 2025, jul 2025.
func shortPeriod(p string) string {
	y, rest, _ := strings.Cut(p, "-")
	switch {
	case rest == "":
		return y
	case rest[0] == 'Q':
		return "K" + rest[1:] + " " + y
	}
	months := []string{"jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"}
	var m int
	if _, err := fmt.Sscan(rest, &m); err == nil && m >= 1 && m <= 12 {
		return months[m-1] + " " + y
	}
	return p
}

// chartBlock draws a chart under a heading, which it keeps with the
// chart's first group; a chart longer than the page goes on under title
// and "(vervolg)".
func chartBlock(d *typeset.Doc, heading string, c chart.Chart, title string) {
	if len(c.Groups) == 0 {
		return
	}
	d.Need(c.Part(0, 1).Height(chart.PDFFrame(d.Width())) + 14)
	d.SubHeading("", "", heading, 3)
	chart.DrawPDF(d, c, func() {
		d.NewPage(false)
		d.TitleBlock("", title+" (vervolg)")
	})
}

// labelledPage starts a page with a small label above its title, which
// gets a bookmark at level 1; a chapter, when not "", gets one at level 0
// before it, on the same page.
func labelledPage(d *typeset.Doc, chapterKey, chapter, key, label, title string) {
	d.NewPage(false)
	if chapter != "" {
		d.Anchor(chapterKey, chapter, 0)
	}
	d.Anchor(key, title, 1)
	d.LabelledTitle(label, title)
}

// themePages draws a page per cluster and theme.
func (r *report) themePages(d *typeset.Doc) {
	for _, p := range r.themes {
		chapter := ""
		if p.first {
			chapter = "Zelfevaluatie per thema " + p.cluster
		}
		labelledPage(d, "themes:"+p.cluster, chapter, "theme:"+p.cluster+":"+p.theme, p.label, p.name)
		d.Paragraph(typeset.Plain(fmt.Sprintf("Per meting het aantal van de %d onderdelen van dit thema dat een gemeente niet, deels of volledig op orde heeft. "+
			"Een onderdeel dat op een datum niet is gemeten, telt mee zoals het bij de meting daarvoor stond. Metingen tot en met %s.",
			p.items, data.FormatDate(r.to))), typeset.BodyLeft, 2)
		chartBlock(d, "Alle gemeenten samen", p.all, p.name)
		chartBlock(d, "Per gemeente", p.munis, p.name)
	}
}

// activityPages draws the activities of the period: two charts and the list.
func (r *report) activityPages(d *typeset.Doc) {
	const title = "Activiteiten"
	d.ChapterHeading("activities", "", title, false, title)
	if len(r.acts.rows) == 0 {
		d.Paragraph(typeset.Plain("Er zijn in de "+r.periodText()+" geen activiteiten vastgelegd voor deze gemeenten."), typeset.BodyLeft, 0)
		return
	}
	d.Paragraph(typeset.Plain("Trainingen, bewustwording, netwerkbijeenkomsten en overleggen in de "+r.periodText()+
		", met het aantal deelnemers: van uitgevoerde activiteiten het werkelijke aantal, van geplande het verwachte. "+
		"Een activiteit voor meer gemeenten of doelgroepen telt bij elk ervan mee; geannuleerde activiteiten tellen niet mee."), typeset.BodyLeft, 2)
	chartBlock(d, "Deelnemers per gemeente", r.acts.byMuni, title)
	chartBlock(d, "Deelnemers per doelgroep", r.acts.byGroup, title)

	t := typeset.NewTable(typeset.Col("Datum", 20, 'L'), typeset.Col("Activiteit", 47, 'L'), typeset.Col("Soort", 31, 'L'),
		typeset.Col("Gemeenten", 40, 'L'), typeset.Col("Deelnemers", 20, 'R')) // Soort holds "Netwerkbijeenkomst"
	rows := make([][]typeset.Cell, len(r.acts.rows))
	for i, a := range r.acts.rows {
		title := typeset.Cell{Spans: typeset.Plain(a.title), Bold: true, Sub: a.status}
		rows[i] = []typeset.Cell{typeset.TextCell(a.date), title, typeset.TextCell(a.kind), typeset.TextCell(a.munis), typeset.TextCell(a.participants)}
	}
	d.KeepHeading("Alle activiteiten in de periode", startHeight(d, t, rows, 3))
	t.Draw(d, rows)
}

// startHeight is the height of a table's head and its first n rows: what
// a heading above it keeps with it.
func startHeight(d *typeset.Doc, t *typeset.Table, rows [][]typeset.Cell, n int) float64 {
	head := t.StartHeight(d, nil)
	h := head
	for i := 0; i < n && i < len(rows); i++ {
		h += t.StartHeight(d, rows[i:i+1]) - head
	}
	return h
}

// figurePeriods is how many periods one table of figures shows across.
const figurePeriods = 6

// figurePages draws a page per measure: its chart and its table.
func (r *report) figurePages(d *typeset.Doc) {
	if len(r.measures) == 0 {
		d.ChapterHeading("figures", "", "Cijfers", false, "Cijfers")
		d.Paragraph(typeset.Plain("Er zijn voor de "+r.periodText()+" geen cijfers vastgelegd voor deze gemeenten of clusters."), typeset.BodyLeft, 0)
		return
	}
	label := "Cijfers · " + r.periodText()
	for i, m := range r.measures {
		chapter := ""
		if i == 0 {
			chapter = "Cijfers"
		}
		labelledPage(d, "figures", chapter, m.key, label, m.name)
		if m.description != "" {
			d.Paragraph(typeset.Plain(m.description), typeset.BodyLeft, 2)
		}
		chartBlock(d, "Per gemeente en periode", m.chart, m.name)

		for start := 0; start < len(m.periods); start += figurePeriods {
			periods := m.periods[start:min(start+figurePeriods, len(m.periods))]
			cols := []typeset.Column{typeset.Col("Gemeente", 44, 'L')}
			for _, p := range periods {
				cols = append(cols, typeset.Col(shortPeriod(p), 17, 'R'))
			}
			t := typeset.NewTable(cols...)
			t.Width = 60 + 20*float64(len(periods))
			var rows [][]typeset.Cell
			for _, fr := range m.rows {
				row := []typeset.Cell{{Spans: typeset.Plain(fr.name), Bold: true}}
				for _, p := range periods {
					row = append(row, typeset.TextCell(dashIfEmpty(fr.counts[p])))
				}
				rows = append(rows, row)
			}
			heading := "Cijfers per gemeente en periode"
			if start > 0 {
				heading += " (vervolg)"
			}
			d.KeepHeading(heading, startHeight(d, t, rows, 3))
			t.Draw(d, rows)
		}
	}
}
