package export

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"ketenregie/data"
)

// The voortgangsrapportage for a regional meeting: per cluster the latest
// self-assessment of every municipality as a coloured matrix, with arrows
// for what moved since the measurement before; per municipality one page
// with its aandachtsfunctionaris, meldroute, zorgcoördinatie, policy and
// assessment; and the ketenafspraken that are due for evaluation.

// ReportDueDays is how far ahead the report looks for agreements whose
// evaluation or end date is near.
const ReportDueDays = 60

// WriteReport writes the voortgangsrapportage to w: for the cluster with
// this id, or for every cluster when clusterID is "".
func WriteReport(ctx context.Context, s *data.Store, clusterID string, w io.Writer) error {
	r, err := loadReport(ctx, s, clusterID)
	if err != nil {
		return err
	}
	return render(w, r.furniture(), r.info(), r.layout)
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
	name  string
	munis []*muniReport
}

type report struct {
	title     string
	scope     string // "West-Friesland" or "West-Friesland en Zuid-Kennemerland"
	today     string
	clusters  []clusterReport
	due       []data.Record
	orgs      map[string]data.Record
	munis     map[string]data.Record
	clusterOf map[string]data.Record // cluster by id
}

func loadReport(ctx context.Context, s *data.Store, clusterID string) (*report, error) {
	r := &report{title: "Voortgangsrapportage aanpak mensenhandel", today: today(s)}
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
		cr := clusterReport{name: c.Get(data.Cluster.Name)}
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

func (r *report) furniture() furniture {
	day := data.FormatDate(r.today)
	return furniture{
		header:      r.title,
		headerRight: r.scope,
		footerRight: func(page, total int) string {
			return fmt.Sprintf("stand per %s · pagina %d van %d", day, page, total)
		},
	}
}

func (r *report) info() docInfo {
	return docInfo{
		title:    r.title + " " + r.scope,
		author:   "Ketenregie",
		subject:  "Voortgang van de aanpak mensenhandel per gemeente, stand per " + data.FormatDate(r.today),
		keywords: "mensenhandel, voortgangsrapportage, zelfevaluatie, " + strings.Join(strings.Split(r.scope, " en "), ", "),
		date:     noonUTC(r.today),
	}
}

func (r *report) layout(d *doc) error {
	r.overview(d)
	for _, c := range r.clusters {
		r.matrix(d, c)
	}
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
func (r *report) overview(d *doc) {
	d.newPage(false)
	d.anchor("overview", "Overzicht", 0)
	d.text(d.left, d.y+4, "Stand per "+data.FormatDate(r.today), bold, 11, colMuted)
	d.y += 7
	d.titleBlock("", r.title+" "+r.scope)
	d.paragraph(plain("Deze rapportage laat per gemeente zien hoe ver de aanpak mensenhandel is, gemeten met de zelfevaluatie "+
		"op het Basisniveau bestuurlijke aanpak mensenhandel (2015) en de vijf thema's van het Kader Aanpak Mensenhandel (VNG, 2021). "+
		"Per cluster volgt een overzicht van alle onderdelen in kleur, per gemeente een samenvatting op één pagina, en tot slot "+
		fmt.Sprintf("de ketenafspraken die binnen %d dagen geëvalueerd moeten worden of aflopen.", ReportDueDays)), body, 5)

	d.subHeading("", "", "Kerncijfers per gemeente", 2)
	t := newTable(col("Gemeente", 34, 'L'), col("Cluster", 30, 'L'), col("Laatste meting", 22, 'L'),
		col("Volledig", 14, 'R'), col("Deels", 12, 'R'), col("Niet", 11, 'R'), col("Beter", 11, 'R'), col("Minder", 12, 'R'))
	var rows [][]cell
	for _, c := range r.clusters {
		for _, m := range c.munis {
			worse := textCell(fmt.Sprint(m.moved(-1)))
			if m.moved(-1) > 0 {
				worse.color, worse.bold = &colWarning, true
			}
			rows = append(rows, []cell{{spans: plain(m.name()), bold: true}, textCell(m.cluster),
				textCell(dateOr(m.latest, "geen meting")), textCell(fmt.Sprint(m.count(data.LevelVolledig))),
				textCell(fmt.Sprint(m.count(data.LevelDeels))), textCell(fmt.Sprint(m.count(data.LevelNiet))),
				textCell(fmt.Sprint(m.moved(1))), worse})
		}
	}
	t.draw(d, rows)
	d.gap(2)
	d.paragraph(plain(fmt.Sprintf("Volledig, deels en niet: aantal van de %d onderdelen van de zelfevaluatie bij de laatste meting. "+
		"Beter en minder: aantal onderdelen dat sinds de meting daarvoor hoger of lager scoort.", len(data.Checklist))), smallNote, 0)
}

// Colours of the assessment levels: light enough to read black text on,
// and different in lightness as well as hue for a black-and-white print.
var levelFill = map[string]rgb{
	data.LevelVolledig: {183, 225, 192},
	data.LevelDeels:    {255, 230, 153},
	data.LevelNiet:     {244, 190, 190},
	data.LevelNvt:      {225, 225, 225},
}

const (
	arrowUp   = "▲"
	arrowDown = "▼"
)

// levelCell is a matrix cell: the level, an arrow for movement, its colour.
func levelCell(m measurement, ok bool) cell {
	if !ok {
		c := textCell("–")
		c.color = &colMuted
		return c
	}
	text := choice(data.AssessmentLevels, m.level)
	switch m.movement() {
	case 1:
		text += " " + arrowUp
	case -1:
		text += " " + arrowDown
	}
	c := textCell(text)
	if f, ok := levelFill[m.level]; ok {
		c.fill = &f
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
func (r *report) matrix(d *doc, c clusterReport) {
	if len(c.munis) == 0 {
		d.chapterHeading("matrix:"+c.name, "", "Zelfevaluatie "+c.name, false, "Zelfevaluatie "+c.name)
		d.paragraph(plain("Er zijn geen gemeenten om te tonen: dit cluster heeft geen gemeenten, "+
			"of er is nog geen zelfevaluatie ingevuld."), bodyLeft, 0)
		return
	}
	for start := 0; start < len(c.munis); start += matrixColumns {
		munis := c.munis[start:min(start+matrixColumns, len(c.munis))]
		title := "Zelfevaluatie " + c.name
		if start > 0 {
			title += " (vervolg)"
			d.newPage(true)
			d.titleBlock("", title)
		} else {
			d.chapterHeading("matrix:"+c.name, "", title, true, "Zelfevaluatie "+c.name)
		}
		cols := []column{col("Onderdeel", 74, 'L')} // with 9 municipalities: 74 + 9 × 20 mm
		for _, m := range munis {
			head := m.name()
			if m.latest != "" {
				head += "\n" + data.FormatDate(m.latest)
			}
			cols = append(cols, col(head, 20, 'C'))
		}
		t := newTable(cols...)
		t.zebra, t.middle = false, true
		t.padY = 1.1
		t.width = 74 + 26*float64(len(munis)) // a few municipalities need no page-wide table
		var rows [][]cell
		group := ""
		for _, it := range data.Checklist {
			g := "Basisniveau bestuurlijke aanpak mensenhandel (2015)"
			if it.Group != "basisniveau" {
				g = "Kader Aanpak Mensenhandel (VNG, 2021)"
			}
			if g != group {
				group = g
				rows = append(rows, []cell{{spans: plain(g), bold: true, span: len(cols), fill: &colTint}})
			}
			row := []cell{textCell(checklistLabel(it))}
			for _, m := range munis {
				ms, ok := m.items[it.Code]
				row = append(row, levelCell(ms, ok))
			}
			rows = append(rows, pad(row, len(cols)))
		}
		total := []cell{{spans: plain("Volledig"), bold: true}}
		for _, m := range munis {
			total = append(total, cell{spans: plain(fmt.Sprintf("%d van %d", m.count(data.LevelVolledig), len(data.Checklist))), bold: true})
		}
		rows = append(rows, pad(total, len(cols)))
		t.draw(d, rows)
		r.legend(d)
	}
}

func pad(row []cell, n int) []cell {
	for len(row) < n {
		row = append(row, textCell(""))
	}
	return row
}

// legend explains the colours and arrows of the matrix.
func (r *report) legend(d *doc) {
	const size = 8
	d.need(13)
	d.gap(3.5)
	x := d.left
	base := d.y + 3
	for _, l := range []string{data.LevelVolledig, data.LevelDeels, data.LevelNiet, data.LevelNvt} {
		d.fill(x, d.y+0.6, 7, 3.6, levelFill[l])
		label := choice(data.AssessmentLevels, l)
		d.text(x+9, base, label, regular, size, colText)
		x += 9 + textWidth(label, regular, size) + 7
	}
	arrows := arrowUp + " hoger dan bij de vorige meting     " + arrowDown + " lager dan bij de vorige meting     – niet gemeten"
	d.text(x+4, base, arrows, regular, size, colText)
	d.y += 5.5
	d.paragraph(plain("Onder elke gemeente staat de datum van haar laatste meting; de pijl vergelijkt de beoordeling "+
		"van een onderdeel met die bij de meting daarvoor."), smallNote, 0)
}

// muniFacts are the lines of a municipality's page above its
// self-assessment: the aandachtsfunctionaris, the meldroute, zorgcoördinatie
// and the policy, each with a warning when it is missing. Content only: the
// page draws them (muniPage), a test reads them.
func (r *report) muniFacts(m *muniReport) []kv {
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
	officer := kv{label: "Aandachtsfunctionaris", value: strings.Join(officers, "\n")}
	if len(officers) == 0 {
		officer.value, officer.warn = "Geen aandachtsfunctionaris bekend", true
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
	policy := kv{label: "Beleid", value: strings.Join(plans, "\n")}
	if len(plans) == 0 {
		policy.value, policy.warn = "Geen beleidsplan", true
	}

	return []kv{
		officer,
		{label: "Meldroute", value: meld, warn: meldWarn},
		{label: "", value: "Zelfevaluatie actieve signalering: " + level("basis-signalering"), muted: true},
		{label: "Zorgcoördinatie", value: zorg, warn: zorgWarn},
		{label: "", value: "Zelfevaluatie zorgcoördinatie: " + level("basis-zorgcoordinatie"), muted: true},
		policy,
		{label: "", value: "Zelfevaluatie beleid en regelgeving: " + level("basis-beleid"), muted: true},
	}
}

// muniPage is the one-page summary of a municipality.
func (r *report) muniPage(d *doc, m *muniReport) {
	label := "Gemeente"
	if m.cluster != "" {
		label += " · cluster " + m.cluster
	}
	d.labelledHeading(m.key(), label, m.name(), false, m.name())
	const labelW = 42.0
	d.keyValues(r.muniFacts(m), d.left, d.width(), labelW, bodyLeft)

	d.subHeading("", "", "Zelfevaluatie", 3)
	if m.latest == "" {
		d.paragraph(plain("Deze gemeente heeft nog geen zelfevaluatie ingevuld."), bodyLeft, 0)
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
	d.paragraph(plain(summary), bodyLeft, 2)

	t := newTable(col("Onderdeel", 80, 'L'), col("Vorige meting", 26, 'C'), col("Laatste meting", 26, 'C'))
	t.zebra, t.middle = false, true
	var rows [][]cell
	for _, it := range data.Checklist {
		ms, ok := m.items[it.Code]
		prev := textCell("–")
		if ok && ms.prevLevel != "" {
			prev = levelCell(measurement{level: ms.prevLevel}, true)
		}
		rows = append(rows, []cell{textCell(it.Label), prev, levelCell(ms, ok)})
	}
	t.draw(d, rows)
}

// dueAgreements lists the agreements whose evaluation or end date has
// passed or is near.
func (r *report) dueAgreements(d *doc) {
	d.chapterHeading("due", "", "Ketenafspraken ter evaluatie", false, "Ketenafspraken ter evaluatie")
	if len(r.due) == 0 {
		d.paragraph(plain(fmt.Sprintf("Er zijn geen ketenafspraken waarvan de evaluatiedatum of de einddatum verstreken is of binnen %d dagen valt.", ReportDueDays)), bodyLeft, 0)
		return
	}
	d.paragraph(plain(fmt.Sprintf("Ketenafspraken waarvan de evaluatiedatum of de einddatum verstreken is of binnen %d dagen valt. "+
		"Verstreken datums staan in rood.", ReportDueDays)), bodyLeft, 4)
	t := newTable(col("Ketenafspraak", 60, 'L'), col("Trekker", 34, 'L'), col("Status", 20, 'L'),
		dateColumn("Evaluatie"), dateColumn("Einde"))
	rows := make([][]cell, len(r.due))
	for i, a := range r.due {
		rows[i] = []cell{{spans: plain(a.Get(data.Agreement.Title)), bold: true, sub: choice(data.AgreementTypes, a.Get(data.Agreement.Type))},
			textCell(orgName(r.orgs, a.Get(data.Agreement.OwnerID))), textCell(choice(data.AgreementStatuses, a.Get(data.Agreement.Status))),
			dueDate(a.Get(data.Agreement.EvaluationDate), r.today), dueDate(a.Get(data.Agreement.EndDate), r.today)}
	}
	t.draw(d, rows)
}

// dueDate is a date cell, red and bold once the date has passed.
func dueDate(iso, today string) cell {
	c := textCell(dateOr(iso, "–"))
	if iso != "" && iso < today {
		c.color, c.bold = &colWarning, true
	}
	return c
}
