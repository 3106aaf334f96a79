package export

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"ketenregie/data"
	"ketenregie/export/typeset"
)

// The voortgangsrapportage for a regional meeting: per cluster the latest
// self-assessment of every municipality as a coloured matrix, with arrows
// for what moved since the measurement before; per municipality one page
// with its aandachtsfunctionaris, meldroute, zorgcoördinatie, policy and
// assessment; and the ketenafspraken that are due for evaluation.

// ReportDueDays is how far ahead the report looks for agreements whose
// evaluation or end date is near.
const ReportDueDays = 60

// ReportOptions chooses the period the voortgangsrapportage reports
// activities and figures over, and up to which the self-assessment is
// drawn over time.
type ReportOptions struct {
	From, To string // ISO dates; "" for twelve months up to To, and To today
}

// period is the report's period with the defaults filled in: To today,
// From twelve months before it.
func (o ReportOptions) period(today string) (from, to string, err error) {
	from, to = o.From, o.To
	if to == "" {
		to = today
	}
	if from == "" {
		t, err := time.Parse("2006-01-02", to)
		if err != nil {
			return "", "", fmt.Errorf("report: end of period %q: %w", to, err)
		}
		from = t.AddDate(0, 0, 1).AddDate(-1, 0, 0).Format("2006-01-02") // the day after To, a year back
	}
	if from > to {
		return "", "", fmt.Errorf("report: the period starts (%s) after it ends (%s)", from, to)
	}
	return from, to, nil
}

// WriteReport writes the voortgangsrapportage to w: for the cluster with
// this id, or for every cluster when clusterID is "". opt, at most one,
// chooses the period; without it the report covers the twelve months up
// to today.
func WriteReport(ctx context.Context, s *data.Store, clusterID string, w io.Writer, opt ...ReportOptions) error {
	var o ReportOptions
	if len(opt) > 0 {
		o = opt[0]
	}
	r, err := loadReport(ctx, s, clusterID, o)
	if err != nil {
		return err
	}
	return typeset.Render(w, r.furniture(), r.info(), r.layout)
}

// ReportFileName suggests a file name for the voortgangsrapportage of a
// cluster (every cluster when clusterID is ""), dated today.
func ReportFileName(ctx context.Context, s *data.Store, clusterID string) string {
	name := "Voortgangsrapportage aanpak mensenhandel"
	if clusterID != "" {
		if c, err := s.Get(ctx, data.KindCluster, clusterID); err == nil {
			name += " " + c.Get(data.Cluster.Name)
		}
	}
	return FileName(name + " " + data.FormatDate(today(s)))
}

// measurement is one municipality's assessment of one checklist item.
type measurement struct {
	level, date string
	prevLevel   string // the level at the measurement before, "" if none
	prevDate    string
}

// movement is +1 when the level rose since the previous measurement,
// -1 when it fell, 0 otherwise or when it cannot be compared.
func (m measurement) movement() int {
	rank := map[string]int{data.LevelNiet: 1, data.LevelDeels: 2, data.LevelVolledig: 3}
	a, b := rank[m.prevLevel], rank[m.level]
	switch {
	case a == 0 || b == 0:
		return 0
	case b > a:
		return 1
	case b < a:
		return -1
	}
	return 0
}

// muniReport is what the report knows of one municipality.
type muniReport struct {
	rec      data.Record
	cluster  string
	items    map[string]measurement // checklist code -> latest measurement
	latest   string                 // date of the latest measurement
	previous string                 // date of the one before
	officers []data.Record          // aandachtsfunctionarissen
	plans    []data.Record
	meld     []data.Record // agreements of type meldroute in scope
	zorg     []data.Record // agreements of type zorgcoordinatie in scope
}

func (m *muniReport) name() string { return m.rec.Get(data.Municipality.Name) }

func (m *muniReport) key() string { return "muni:" + m.rec.ID }

// count counts the items at a level.
func (m *muniReport) count(level string) int {
	n := 0
	for _, it := range m.items {
		if it.level == level {
			n++
		}
	}
	return n
}

func (m *muniReport) moved(dir int) int {
	n := 0
	for _, it := range m.items {
		if it.movement() == dir {
			n++
		}
	}
	return n
}

type clusterReport struct {
	id    string // "" for the municipalities of a database without clusters
	name  string
	munis []*muniReport
}

type report struct {
	title     string
	scope     string // "West-Friesland" or "West-Friesland en Zuid-Kennemerland"
	today     string
	from, to  string // the period of the activities and figures
	clusters  []clusterReport
	themes    []themePage   // per cluster, per theme: the self-assessment over time
	acts      activityPages // the activities in the period
	measures  []measurePage // per measure, its figures in the period
	due       []data.Record
	orgs      map[string]data.Record
	munis     map[string]data.Record
	clusterOf map[string]data.Record // cluster by id
}

func loadReport(ctx context.Context, s *data.Store, clusterID string, opt ReportOptions) (*report, error) {
	r := &report{title: "Voortgangsrapportage aanpak mensenhandel", today: today(s)}
	var err error
	if r.from, r.to, err = opt.period(r.today); err != nil {
		return nil, err
	}
	clusters, err := s.List(ctx, data.KindCluster)
	if err != nil {
		return nil, err
	}
	r.clusterOf = byID(clusters)
	if clusterID != "" {
		c, err := s.Get(ctx, data.KindCluster, clusterID)
		if err != nil {
			return nil, err
		}
		clusters = []data.Record{c}
	}
	orgs, err := s.List(ctx, data.KindOrganisation)
	if err != nil {
		return nil, err
	}
	r.orgs = byID(orgs)
	munis, err := s.List(ctx, data.KindMunicipality)
	if err != nil {
		return nil, err
	}
	r.munis = byID(munis)
	assessments, err := s.List(ctx, data.KindAssessment)
	if err != nil {
		return nil, err
	}
	contacts, err := s.ListWhere(ctx, data.KindContact, data.Contact.Role, data.RoleAandachtsfunctionaris)
	if err != nil {
		return nil, err
	}
	plans, err := s.List(ctx, data.KindPlan)
	if err != nil {
		return nil, err
	}
	agreements, err := s.List(ctx, data.KindAgreement)
	if err != nil {
		return nil, err
	}

	byMuni := map[string][]data.Record{}
	for _, a := range assessments {
		byMuni[a.Get(data.Assessment.MunicipalityID)] = append(byMuni[a.Get(data.Assessment.MunicipalityID)], a)
	}
	build := func(m data.Record, cluster string) *muniReport {
		mr := &muniReport{rec: m, cluster: cluster}
		mr.items, mr.latest, mr.previous = measurements(byMuni[m.ID])
		for _, c := range contacts {
			if slices.Contains(c.List(data.Contact.MunicipalityIDs), m.ID) || r.orgs[c.Get(data.Contact.OrganisationID)].Get(data.Organisation.MunicipalityID) == m.ID {
				mr.officers = append(mr.officers, c)
			}
		}
		for _, p := range plans {
			if p.Get(data.Plan.MunicipalityID) == m.ID || slices.Contains(r.clusterOf[p.Get(data.Plan.ClusterID)].List(data.Cluster.MunicipalityIDs), m.ID) {
				mr.plans = append(mr.plans, p)
			}
		}
		for _, a := range agreements {
			if !slices.Contains(a.List(data.Agreement.MunicipalityIDs), m.ID) || data.AgreementEnded(a.Get(data.Agreement.Status)) {
				continue
			}
			switch a.Get(data.Agreement.Type) {
			case data.AgreementTypeMeldroute:
				mr.meld = append(mr.meld, a)
			case data.AgreementTypeZorgcoordinatie:
				mr.zorg = append(mr.zorg, a)
			}
		}
		return mr
	}

	inScope := map[string]bool{}
	var names []string
	for _, c := range clusters {
		cr := clusterReport{id: c.ID, name: c.Get(data.Cluster.Name)}
		ms, err := s.GetMany(ctx, data.KindMunicipality, c.List(data.Cluster.MunicipalityIDs))
		if err != nil {
			return nil, err
		}
		sortByName(ms, data.Municipality.Name)
		for _, m := range ms {
			cr.munis = append(cr.munis, build(m, cr.name))
			inScope[m.ID] = true
		}
		r.clusters = append(r.clusters, cr)
		names = append(names, cr.name)
	}
	if len(clusters) == 0 {
		// No clusters: every municipality that has been assessed.
		cr := clusterReport{name: "Alle gemeenten"}
		for _, m := range munis {
			if len(byMuni[m.ID]) > 0 {
				cr.munis = append(cr.munis, build(m, ""))
				inScope[m.ID] = true
			}
		}
		r.clusters = append(r.clusters, cr)
	}
	r.scope = joinAnd(names)

	due, err := s.Agreements(ctx, data.AgreementFilter{DueWithinDays: ReportDueDays})
	if err != nil {
		return nil, err
	}
	for _, a := range due {
		if clusterID == "" || slices.ContainsFunc(a.List(data.Agreement.MunicipalityIDs), func(id string) bool { return inScope[id] }) {
			r.due = append(r.due, a)
		}
	}
	r.loadThemes(byMuni)
	if err := r.loadActivities(ctx, s, inScope); err != nil {
		return nil, err
	}
	if err := r.loadFigures(ctx, s, inScope); err != nil {
		return nil, err
	}
	return r, nil
}

// measurements finds, per checklist item, the latest assessment and the
// level at the assessment before it; and the dates of the municipality's
// latest and previous measurement.
func measurements(as []data.Record) (items map[string]measurement, latest, previous string) {
	items = map[string]measurement{}
	byItem := map[string][]data.Record{}
	dates := map[string]bool{}
	for _, a := range as {
		byItem[a.Get(data.Assessment.Item)] = append(byItem[a.Get(data.Assessment.Item)], a)
		dates[a.Get(data.Assessment.Date)] = true
	}
	for code, list := range byItem {
		slices.SortStableFunc(list, func(a, b data.Record) int {
			if c := strings.Compare(b.Get(data.Assessment.Date), a.Get(data.Assessment.Date)); c != 0 {
				return c
			}
			return strings.Compare(b.ID, a.ID) // the later record of the same day wins
		})
		m := measurement{level: list[0].Get(data.Assessment.Level), date: list[0].Get(data.Assessment.Date)}
		for _, prev := range list[1:] {
			if prev.Get(data.Assessment.Date) < m.date {
				m.prevLevel, m.prevDate = prev.Get(data.Assessment.Level), prev.Get(data.Assessment.Date)
				break
			}
		}
		items[code] = m
	}
	ds := make([]string, 0, len(dates))
	for d := range dates {
		ds = append(ds, d)
	}
	slices.Sort(ds)
	if n := len(ds); n > 0 {
		latest = ds[n-1]
		if n > 1 {
			previous = ds[n-2]
		}
	}
	return items, latest, previous
}

func (r *report) furniture() typeset.Furniture {
	day := data.FormatDate(r.today)
	return typeset.Furniture{
		Header:      r.title,
		HeaderRight: r.scope,
		FooterRight: func(page, total int) string {
			return fmt.Sprintf("stand per %s · pagina %d van %d", day, page, total)
		},
	}
}

func (r *report) info() typeset.Info {
	return typeset.Info{
		Title:    r.title + " " + r.scope,
		Author:   "Ketenregie",
		Subject:  "Voortgang van de aanpak mensenhandel per gemeente, stand per " + data.FormatDate(r.today) + ", " + r.periodText(),
		Keywords: "mensenhandel, voortgangsrapportage, zelfevaluatie, " + strings.Join(strings.Split(r.scope, " en "), ", "),
		Date:     noonUTC(r.today),
	}
}

func (r *report) layout(d *typeset.Doc) error {
	r.overview(d)
	for _, c := range r.clusters {
		r.matrix(d, c)
	}
	r.themePages(d)
	r.activityPages(d)
	r.figurePages(d)
	for _, c := range r.clusters {
		for _, m := range c.munis {
			r.muniPage(d, m)
		}
	}
	r.dueAgreements(d)
	return nil
}

// overview is the first page: title, what the report holds, and the key
// figures of every municipality.
func (r *report) overview(d *typeset.Doc) {
	d.NewPage(false)
	d.Anchor("overview", "Overzicht", 0)
	d.Text(d.Left, d.Y+4, "Stand per "+data.FormatDate(r.today)+" · "+r.periodText(), typeset.Bold, 11, typeset.ColMuted)
	d.Y += 7
	d.TitleBlock("", r.title+" "+r.scope)
	d.Paragraph(typeset.Plain("Deze rapportage laat per gemeente zien hoe ver de aanpak mensenhandel is, gemeten met de zelfevaluatie "+
		"op het Basisniveau bestuurlijke aanpak mensenhandel (2015) en de vijf thema's van het Kader Aanpak Mensenhandel (VNG, 2021). "+
		"Per cluster volgt een overzicht van alle onderdelen in kleur en per thema een grafiek van de metingen door de tijd; "+
		"daarna de activiteiten en de cijfers van de "+r.periodText()+", per gemeente een samenvatting op één pagina, en tot slot "+
		fmt.Sprintf("de ketenafspraken die binnen %d dagen geëvalueerd moeten worden of aflopen.", ReportDueDays)), typeset.Body, 5)

	d.SubHeading("", "", "Kerncijfers per gemeente", 2)
	t := typeset.NewTable(typeset.Col("Gemeente", 34, 'L'), typeset.Col("Cluster", 30, 'L'), typeset.Col("Laatste meting", 22, 'L'),
		typeset.Col("Volledig", 14, 'R'), typeset.Col("Deels", 12, 'R'), typeset.Col("Niet", 11, 'R'), typeset.Col("Beter", 11, 'R'), typeset.Col("Minder", 12, 'R'))
	var rows [][]typeset.Cell
	for _, c := range r.clusters {
		for _, m := range c.munis {
			worse := typeset.TextCell(fmt.Sprint(m.moved(-1)))
			if m.moved(-1) > 0 {
				worse.Color, worse.Bold = &typeset.ColWarning, true
			}
			rows = append(rows, []typeset.Cell{{Spans: typeset.Plain(m.name()), Bold: true}, typeset.TextCell(m.cluster),
				typeset.TextCell(dateOr(m.latest, "geen meting")), typeset.TextCell(fmt.Sprint(m.count(data.LevelVolledig))),
				typeset.TextCell(fmt.Sprint(m.count(data.LevelDeels))), typeset.TextCell(fmt.Sprint(m.count(data.LevelNiet))),
				typeset.TextCell(fmt.Sprint(m.moved(1))), worse})
		}
	}
	t.Draw(d, rows)
	d.Gap(2)
	d.Paragraph(typeset.Plain(fmt.Sprintf("Volledig, deels en niet: aantal van de %d onderdelen van de zelfevaluatie bij de laatste meting. "+
		"Beter en minder: aantal onderdelen dat sinds de meting daarvoor hoger of lager scoort.", len(data.Checklist))), typeset.SmallNote, 0)
}

// Colours of the assessment levels: light enough to read black text on,
// and different in lightness as well as hue for a black-and-white print.
var levelFill = map[string]typeset.RGB{
	data.LevelVolledig: {R: 183, G: 225, B: 192},
	data.LevelDeels:    {R: 255, G: 230, B: 153},
	data.LevelNiet:     {R: 244, G: 190, B: 190},
	data.LevelNvt:      {R: 225, G: 225, B: 225},
}

const (
	arrowUp   = "▲"
	arrowDown = "▼"
)

// levelCell is a matrix cell: the level, an arrow for movement, its colour.
func levelCell(m measurement, ok bool) typeset.Cell {
	if !ok {
		c := typeset.TextCell("–")
		c.Color = &typeset.ColMuted
		return c
	}
	text := choice(data.AssessmentLevels, m.level)
	switch m.movement() {
	case 1:
		text += " " + arrowUp
	case -1:
		text += " " + arrowDown
	}
	c := typeset.TextCell(text)
	if f, ok := levelFill[m.level]; ok {
		c.Fill = &f
	}
	return c
}

// checklistLabel shortens the label of a checklist item for the matrix.
func checklistLabel(it data.ChecklistItem) string {
	l := strings.TrimPrefix(it.Label, "Basisniveau: ")
	if l == "" {
		return l
	}
	r := []rune(l)
	return strings.ToUpper(string(r[0])) + string(r[1:])
}

// matrixColumns is how many municipalities one landscape page shows.
const matrixColumns = 9

// matrix prints a cluster's assessments: items down, municipalities across.
func (r *report) matrix(d *typeset.Doc, c clusterReport) {
	if len(c.munis) == 0 {
		d.ChapterHeading("matrix:"+c.name, "", "Zelfevaluatie "+c.name, false, "Zelfevaluatie "+c.name)
		d.Paragraph(typeset.Plain("Er zijn geen gemeenten om te tonen: dit cluster heeft geen gemeenten, "+
			"of er is nog geen zelfevaluatie ingevuld."), typeset.BodyLeft, 0)
		return
	}
	for start := 0; start < len(c.munis); start += matrixColumns {
		munis := c.munis[start:min(start+matrixColumns, len(c.munis))]
		title := "Zelfevaluatie " + c.name
		if start > 0 {
			title += " (vervolg)"
			d.NewPage(true)
			d.TitleBlock("", title)
		} else {
			d.ChapterHeading("matrix:"+c.name, "", title, true, "Zelfevaluatie "+c.name)
		}
		cols := []typeset.Column{typeset.Col("Onderdeel", 74, 'L')} // with 9 municipalities: 74 + 9 × 20 mm
		for _, m := range munis {
			head := m.name()
			if m.latest != "" {
				head += "\n" + data.FormatDate(m.latest)
			}
			cols = append(cols, typeset.Col(head, 20, 'C'))
		}
		t := typeset.NewTable(cols...)
		t.Zebra, t.Middle = false, true
		t.PadY = 1.1
		t.Width = 74 + 26*float64(len(munis)) // a few municipalities need no page-wide table
		var rows [][]typeset.Cell
		group := ""
		for _, it := range data.Checklist {
			g := "Basisniveau bestuurlijke aanpak mensenhandel (2015)"
			if it.Group != "basisniveau" {
				g = "Kader Aanpak Mensenhandel (VNG, 2021)"
			}
			if g != group {
				group = g
				rows = append(rows, []typeset.Cell{{Spans: typeset.Plain(g), Bold: true, Span: len(cols), Fill: &typeset.ColTint}})
			}
			row := []typeset.Cell{typeset.TextCell(checklistLabel(it))}
			for _, m := range munis {
				ms, ok := m.items[it.Code]
				row = append(row, levelCell(ms, ok))
			}
			rows = append(rows, pad(row, len(cols)))
		}
		total := []typeset.Cell{{Spans: typeset.Plain("Volledig"), Bold: true}}
		for _, m := range munis {
			total = append(total, typeset.Cell{Spans: typeset.Plain(fmt.Sprintf("%d van %d", m.count(data.LevelVolledig), len(data.Checklist))), Bold: true})
		}
		rows = append(rows, pad(total, len(cols)))
		t.Draw(d, rows)
		r.legend(d)
	}
}

func pad(row []typeset.Cell, n int) []typeset.Cell {
	for len(row) < n {
		row = append(row, typeset.TextCell(""))
	}
	return row
}

// legend explains the colours and arrows of the matrix.
func (r *report) legend(d *typeset.Doc) {
	const size = 8
	d.Need(13)
	d.Gap(3.5)
	x := d.Left
	base := d.Y + 3
	d.Tag(typeset.RoleP, func() {
		for _, l := range []string{data.LevelVolledig, data.LevelDeels, data.LevelNiet, data.LevelNvt} {
			d.Fill(x, d.Y+0.6, 7, 3.6, levelFill[l])
			label := choice(data.AssessmentLevels, l)
			d.Text(x+9, base, label, typeset.Regular, size, typeset.ColText)
			x += 9 + typeset.TextWidth(label, typeset.Regular, size) + 7
		}
		arrows := arrowUp + " hoger dan bij de vorige meting     " + arrowDown + " lager dan bij de vorige meting     – niet gemeten"
		d.Text(x+4, base, arrows, typeset.Regular, size, typeset.ColText)
	})
	d.Y += 5.5
	d.Paragraph(typeset.Plain("Onder elke gemeente staat de datum van haar laatste meting; de pijl vergelijkt de beoordeling "+
		"van een onderdeel met die bij de meting daarvoor."), typeset.SmallNote, 0)
}

// muniFacts are the lines of a municipality's page above its
// self-assessment: the aandachtsfunctionaris, the meldroute, zorgcoördinatie
// and the policy, each with a warning when it is missing. Content only: the
// page draws them (muniPage), a test reads them.
func (r *report) muniFacts(m *muniReport) []typeset.KV {
	level := func(code string) string {
		it, ok := m.items[code]
		if !ok {
			return "niet gemeten"
		}
		return strings.ToLower(choice(data.AssessmentLevels, it.level))
	}

	// Aandachtsfunctionaris
	var officers []string
	for _, c := range m.officers {
		line := c.Get(data.Contact.Name)
		if org := orgName(r.orgs, c.Get(data.Contact.OrganisationID)); org != "" {
			line += ", " + org
		}
		var reach []string
		for _, f := range []string{data.Contact.Email, data.Contact.Phone} {
			if v := c.Get(f); v != "" {
				reach = append(reach, v)
			}
		}
		if len(reach) > 0 {
			line += " (" + strings.Join(reach, ", ") + ")"
		}
		officers = append(officers, line)
	}
	officer := typeset.KV{Label: "Aandachtsfunctionaris", Value: strings.Join(officers, "\n")}
	if len(officers) == 0 {
		officer.Value, officer.Warn = "Geen aandachtsfunctionaris bekend", true
	}

	agreementLines := func(list []data.Record, none string) (string, bool) {
		if len(list) == 0 {
			return none, true
		}
		var out []string
		for _, a := range list {
			s := a.Get(data.Agreement.Title) + " (" + strings.ToLower(choice(data.AgreementStatuses, a.Get(data.Agreement.Status)))
			if e := a.Get(data.Agreement.EvaluationDate); e != "" {
				s += ", evaluatie " + data.FormatDate(e)
			}
			out = append(out, s+")")
		}
		return strings.Join(out, "\n"), false
	}
	meld, meldWarn := agreementLines(m.meld, "Geen interne meldroute vastgelegd")
	zorg, zorgWarn := agreementLines(m.zorg, "Geen afspraak over zorgcoördinatie vastgelegd")

	var plans []string
	for _, p := range m.plans {
		s := p.Get(data.Plan.Title) + " (" + strings.ToLower(choice(data.PlanStatuses, p.Get(data.Plan.Status)))
		if p.Get(data.Plan.Status) == data.PlanStatusVastgesteld && p.Get(data.Plan.AdoptedDate) != "" {
			s += " op " + data.FormatDate(p.Get(data.Plan.AdoptedDate))
		} else if v := p.Get(data.Plan.Version); v != "" {
			s += ", versie " + v
		}
		plans = append(plans, s+")")
	}
	policy := typeset.KV{Label: "Beleid", Value: strings.Join(plans, "\n")}
	if len(plans) == 0 {
		policy.Value, policy.Warn = "Geen beleidsplan", true
	}

	return []typeset.KV{
		officer,
		{Label: "Meldroute", Value: meld, Warn: meldWarn},
		{Label: "", Value: "Zelfevaluatie actieve signalering: " + level("basis-signalering"), Muted: true},
		{Label: "Zorgcoördinatie", Value: zorg, Warn: zorgWarn},
		{Label: "", Value: "Zelfevaluatie zorgcoördinatie: " + level("basis-zorgcoordinatie"), Muted: true},
		policy,
		{Label: "", Value: "Zelfevaluatie beleid en regelgeving: " + level("basis-beleid"), Muted: true},
	}
}

// muniPage is the one-page summary of a municipality.
func (r *report) muniPage(d *typeset.Doc, m *muniReport) {
	label := "Gemeente"
	if m.cluster != "" {
		label += " · cluster " + m.cluster
	}
	d.LabelledHeading(m.key(), label, m.name(), false, m.name())
	const labelW = 42.0
	d.KeyValues(r.muniFacts(m), d.Left, d.Width(), labelW, typeset.BodyLeft)

	d.SubHeading("", "", "Zelfevaluatie", 3)
	if m.latest == "" {
		d.Paragraph(typeset.Plain("Deze gemeente heeft nog geen zelfevaluatie ingevuld."), typeset.BodyLeft, 0)
		return
	}
	summary := fmt.Sprintf("Laatste meting %s: %d volledig, %d deels, %d niet", data.FormatDate(m.latest),
		m.count(data.LevelVolledig), m.count(data.LevelDeels), m.count(data.LevelNiet))
	if n := m.count(data.LevelNvt); n > 0 {
		summary += fmt.Sprintf(", %d niet van toepassing", n)
	}
	summary += "."
	if m.previous != "" {
		summary += fmt.Sprintf(" Ten opzichte van de meting van %s: %s hoger, %d lager.", data.FormatDate(m.previous),
			plural(m.moved(1), "onderdeel", "onderdelen"), m.moved(-1))
	}
	d.Paragraph(typeset.Plain(summary), typeset.BodyLeft, 2)

	t := typeset.NewTable(typeset.Col("Onderdeel", 80, 'L'), typeset.Col("Vorige meting", 26, 'C'), typeset.Col("Laatste meting", 26, 'C'))
	t.Zebra, t.Middle = false, true
	var rows [][]typeset.Cell
	for _, it := range data.Checklist {
		ms, ok := m.items[it.Code]
		prev := typeset.TextCell("–")
		if ok && ms.prevLevel != "" {
			prev = levelCell(measurement{level: ms.prevLevel}, true)
		}
		rows = append(rows, []typeset.Cell{typeset.TextCell(it.Label), prev, levelCell(ms, ok)})
	}
	t.Draw(d, rows)
}

// dueAgreements lists the agreements whose evaluation or end date has
// passed or is near.
func (r *report) dueAgreements(d *typeset.Doc) {
	d.ChapterHeading("due", "", "Ketenafspraken ter evaluatie", false, "Ketenafspraken ter evaluatie")
	if len(r.due) == 0 {
		d.Paragraph(typeset.Plain(fmt.Sprintf("Er zijn geen ketenafspraken waarvan de evaluatiedatum of de einddatum verstreken is of binnen %d dagen valt.", ReportDueDays)), typeset.BodyLeft, 0)
		return
	}
	d.Paragraph(typeset.Plain(fmt.Sprintf("Ketenafspraken waarvan de evaluatiedatum of de einddatum verstreken is of binnen %d dagen valt. "+
		"Verstreken datums staan in rood.", ReportDueDays)), typeset.BodyLeft, 4)
	t := typeset.NewTable(typeset.Col("Ketenafspraak", 60, 'L'), typeset.Col("Trekker", 34, 'L'), typeset.Col("Status", 20, 'L'),
		typeset.DateColumn("Evaluatie"), typeset.DateColumn("Einde"))
	rows := make([][]typeset.Cell, len(r.due))
	for i, a := range r.due {
		rows[i] = []typeset.Cell{{Spans: typeset.Plain(a.Get(data.Agreement.Title)), Bold: true, Sub: choice(data.AgreementTypes, a.Get(data.Agreement.Type))},
			typeset.TextCell(orgName(r.orgs, a.Get(data.Agreement.OwnerID))), typeset.TextCell(choice(data.AgreementStatuses, a.Get(data.Agreement.Status))),
			dueDate(a.Get(data.Agreement.EvaluationDate), r.today), dueDate(a.Get(data.Agreement.EndDate), r.today)}
	}
	t.Draw(d, rows)
}

// dueDate is a date cell, red and bold once the date has passed.
func dueDate(iso, today string) typeset.Cell {
	c := typeset.TextCell(dateOr(iso, "–"))
	if iso != "" && iso < today {
		c.Color, c.Bold = &typeset.ColWarning, true
	}
	return c
}
