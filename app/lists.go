package app

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ketenregie/data"
)

// The read-only screens: Overzicht, Gemeenten, Organisaties, Ketenafspraken
// and Beleidsplannen. Each shows a table that fills the width of the window.

// dueWithin is how far ahead the overview looks for evaluations and end dates.
const dueWithin = 60

// column is a column of a table view: at least min wide, and weight is its
// share of the width left over.
type column struct {
	title  string
	min    float32
	weight float32
}

// cell is one table cell: its text, and a colour for what needs attention.
type cell struct {
	text       string
	importance widget.Importance
}

func plain(text string) cell { return cell{text: text} }

// tableView is a read-only table whose columns share the available width.
type tableView struct {
	cols  []column
	rows  [][]cell
	table *widget.Table
	width float32
}

func newTableView(cols []column) *tableView {
	v := &tableView{cols: cols}
	v.table = widget.NewTableWithHeaders(
		func() (int, int) { return len(v.rows), len(v.cols) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(id widget.TableCellID, o fyne.CanvasObject) {
			l := o.(*widget.Label)
			c := cell{}
			if id.Row < len(v.rows) && id.Col < len(v.rows[id.Row]) {
				c = v.rows[id.Row][id.Col]
			}
			l.Importance = c.importance
			l.SetText(c.text)
		},
	)
	v.table.ShowHeaderColumn = false
	v.table.CreateHeader = func() fyne.CanvasObject {
		l := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		l.Truncation = fyne.TextTruncateEllipsis
		return l
	}
	v.table.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		if id.Col >= 0 && id.Col < len(v.cols) {
			o.(*widget.Label).SetText(v.cols[id.Col].title)
		}
	}
	return v
}

// Content is the table in a container that spreads the columns over its width.
func (v *tableView) Content() fyne.CanvasObject {
	return container.New(&fitColumns{v}, v.table)
}

func (v *tableView) setRows(rows [][]cell) {
	v.rows = rows
	v.table.Refresh()
	v.table.ScrollToTop()
}

// text returns the text of every cell, row by row, for tests.
func (v *tableView) text() []string {
	out := make([]string, len(v.rows))
	for i, r := range v.rows {
		parts := make([]string, len(r))
		for j, c := range r {
			parts[j] = c.text
		}
		out[i] = strings.Join(parts, " | ")
	}
	return out
}

// fitColumns lays out a table and gives each column its share of the width.
type fitColumns struct{ v *tableView }

func (f *fitColumns) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	if size.Width != f.v.width {
		f.v.width = size.Width
		var mins, weights float32
		for _, c := range f.v.cols {
			mins += c.min
			weights += c.weight
		}
		weights = max(weights, 1)
		spare := max(0, size.Width-theme.ScrollBarSize()-float32(len(f.v.cols))*theme.Padding()-mins)
		for i, c := range f.v.cols {
			f.v.table.SetColumnWidth(i, c.min+spare*c.weight/weights)
		}
	}
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

func (f *fitColumns) MinSize(objs []fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(200, 200)
}

// page is the frame of a list screen: a heading, an optional tool bar, and
// the body filling the rest.
func page(title string, tools fyne.CanvasObject, body fyne.CanvasObject) fyne.CanvasObject {
	h := widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	h.SizeName = theme.SizeNameHeadingText
	top := container.NewVBox(h)
	if tools != nil {
		top.Add(tools)
	}
	return container.NewPadded(container.NewBorder(top, nil, nil, nil, body))
}

// today is the store's date as YYYY-MM-DD, and the date dueWithin days on.
func today(s *data.Store) (string, string) {
	now := s.Now()
	return now.Format("2006-01-02"), now.AddDate(0, 0, dueWithin).Format("2006-01-02")
}

// agreementEnded reports whether an agreement's status means no evaluation is due.
func agreementEnded(status string) bool {
	return status == "verlopen" || status == "opgezegd" || status == "vervangen"
}

// dueCell shows an agreement date, marked red with "te laat" when it has
// passed and orange when it is within dueWithin days.
func dueCell(date, status, today, soon string) cell {
	c := plain(data.FormatDate(date))
	if date == "" || agreementEnded(status) {
		return c
	}
	switch {
	case date < today:
		c.text = lang.X("agreements.overdue", "{{.Date}} (te laat)", map[string]any{"Date": c.text})
		c.importance = widget.DangerImportance
	case date <= soon:
		c.importance = widget.WarningImportance
	}
	return c
}

// names maps the ids of a kind's records to their title.
func names(ctx context.Context, s *data.Store, kind string) map[string]string {
	recs, err := s.List(ctx, kind)
	if err != nil {
		fyne.LogError("list "+kind, err)
	}
	k := data.KindNamed(kind)
	out := make(map[string]string, len(recs))
	for _, r := range recs {
		out[r.ID] = r.Get(k.Title)
	}
	return out
}

// count is the number of live records of a kind, or of those matching where.
func count(ctx context.Context, s *data.Store, kind, where string, args ...any) int {
	q := "SELECT count(*) FROM " + data.KindNamed(kind).Name
	if where != "" {
		q += " WHERE " + where
	}
	var n int
	if err := s.DB().QueryRowContext(ctx, q, args...).Scan(&n); err != nil {
		fyne.LogError("count "+kind, err)
	}
	return n
}

// overviewScreen shows what the database holds and which agreements need
// attention: evaluations and end dates that have passed or fall within
// dueWithin days.
type overviewScreen struct {
	ctx     context.Context
	store   *data.Store
	cards   *fyne.Container
	due     *tableView
	dueNote *widget.Label
	content fyne.CanvasObject
}

func newOverviewScreen(ctx context.Context, s *data.Store) *overviewScreen {
	o := &overviewScreen{ctx: ctx, store: s, cards: container.NewGridWithColumns(3)}
	o.due = newTableView([]column{
		{lang.X("overview.col.agreement", "Ketenafspraak"), 200, 5},
		{lang.X("overview.col.what", "Wat"), 90, 0},
		{lang.X("overview.col.date", "Datum"), 170, 0},
		{lang.X("overview.col.status", "Status"), 120, 0.5},
		{lang.X("overview.col.owner", "Trekker"), 150, 2},
	})
	o.dueNote = widget.NewLabel("")
	dueTitle := widget.NewLabelWithStyle(lang.X("overview.due", "Evaluaties en einddata: te laat of binnen 60 dagen"),
		fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	body := container.NewBorder(container.NewVBox(o.cards, widget.NewSeparator(), dueTitle, o.dueNote), nil, nil, nil, o.due.Content())
	o.content = page(lang.X("overview.title", "Overzicht"), nil, body)
	o.Refresh()
	return o
}

func (o *overviewScreen) Content() fyne.CanvasObject { return o.content }

func (o *overviewScreen) Refresh() {
	ctx, s := o.ctx, o.store
	yearAgo := s.Now().AddDate(-1, 0, 0).Format("2006-01-02")
	regionMunis := map[string]bool{}
	clusters, _ := s.List(ctx, "cluster")
	for _, c := range clusters {
		for _, id := range c.List("municipality_ids") {
			regionMunis[id] = true
		}
	}
	card := func(n int, label string) fyne.CanvasObject {
		return widget.NewCard(fmt.Sprint(n), label, nil)
	}
	o.cards.Objects = []fyne.CanvasObject{
		card(len(regionMunis), lang.X("overview.count.municipalities", "gemeenten in de clusters")),
		card(count(ctx, s, "organisation", ""), lang.X("overview.count.organisations", "organisaties")),
		card(count(ctx, s, "contact", ""), lang.X("overview.count.contacts", "contactpersonen")),
		card(count(ctx, s, "contact", "last_reviewed = '' OR last_reviewed < ?", yearAgo),
			lang.X("overview.count.review", "contactpersonen toe aan controle")),
		card(count(ctx, s, "agreement", "status = 'actief'"), lang.X("overview.count.agreements", "actieve ketenafspraken")),
		card(count(ctx, s, "plan", ""), lang.X("overview.count.plans", "beleidsplannen")),
	}
	o.cards.Refresh()

	agreements, err := s.List(ctx, "agreement")
	if err != nil {
		fyne.LogError("list agreements", err)
	}
	orgs := names(ctx, s, "organisation")
	now, soon := today(s)
	type due struct {
		date string
		row  []cell
	}
	var list []due
	for _, a := range agreements {
		status := a.Get("status")
		if agreementEnded(status) {
			continue
		}
		for _, d := range []struct{ field, what string }{
			{"evaluation_date", lang.X("overview.what.evaluation", "Evaluatie")},
			{"end_date", lang.X("overview.what.end", "Einddatum")},
		} {
			date := a.Get(d.field)
			if date == "" || date > soon {
				continue
			}
			list = append(list, due{date, []cell{plain(a.Get("title")), plain(d.what), dueCell(date, status, now, soon),
				plain(data.ChoiceLabel(data.AgreementStatuses, status)), plain(orgs[a.Get("owner_id")])}})
		}
	}
	sort.SliceStable(list, func(i, j int) bool { return list[i].date < list[j].date })
	rows := make([][]cell, len(list))
	late := 0
	for i, d := range list {
		rows[i] = d.row
		if d.date < now {
			late++
		}
	}
	o.due.setRows(rows)
	switch {
	case len(rows) == 0:
		o.dueNote.SetText(lang.X("overview.due.none", "Er is de komende 60 dagen niets te evalueren of te verlengen."))
	default:
		o.dueNote.SetText(lang.X("overview.due.count", "{{.Late}} te laat, {{.Soon}} binnen 60 dagen.",
			map[string]any{"Late": late, "Soon": len(rows) - late}))
	}
}

// municipalitiesScreen lists the municipalities, Noord-Holland's first,
// grouped by safety region and sub-region.
type municipalitiesScreen struct {
	ctx     context.Context
	store   *data.Store
	filter  *widget.Select
	search  *widget.Entry
	count   *widget.Label
	view    *tableView
	all     []data.Record
	content fyne.CanvasObject

	nh, everything string // the two fixed filter options
}

func newMunicipalitiesScreen(ctx context.Context, s *data.Store) *municipalitiesScreen {
	m := &municipalitiesScreen{ctx: ctx, store: s,
		nh:         lang.X("municipalities.filter.nh", "Noord-Holland"),
		everything: lang.X("municipalities.filter.all", "Heel Nederland")}
	m.view = newTableView([]column{
		{lang.X("municipalities.col.name", "Gemeente"), 150, 2},
		{lang.X("municipalities.col.code", "CBS-code"), 90, 0},
		{lang.X("municipalities.col.region", "Veiligheidsregio"), 170, 1},
		{lang.X("municipalities.col.subregion", "Subregio"), 170, 1},
		{lang.X("municipalities.col.cluster", "Cluster"), 140, 1},
		{lang.X("municipalities.col.note", "Opmerking"), 150, 1.5},
	})
	m.filter = widget.NewSelect(nil, func(string) { m.show() })
	m.search = widget.NewEntry()
	m.search.SetPlaceHolder(lang.X("municipalities.search", "Zoeken op naam of CBS-code…"))
	m.search.OnChanged = func(string) { m.show() }
	m.count = widget.NewLabel("")
	filter := container.New(layout.NewGridWrapLayout(fyne.NewSize(240, m.filter.MinSize().Height)), m.filter)
	tools := container.NewBorder(nil, nil, filter, m.count, m.search)
	m.content = page(lang.X("municipalities.title", "Gemeenten"), tools, m.view.Content())
	m.Refresh()
	return m
}

func (m *municipalitiesScreen) Content() fyne.CanvasObject { return m.content }

func (m *municipalitiesScreen) Refresh() {
	all, err := m.store.List(m.ctx, "municipality")
	if err != nil {
		fyne.LogError("list municipalities", err)
	}
	// Noord-Holland first, by safety region, sub-region and name; then the rest by name.
	sort.SliceStable(all, func(i, j int) bool {
		a, b := all[i], all[j]
		if (a.Get("safety_region") == "") != (b.Get("safety_region") == "") {
			return a.Get("safety_region") != ""
		}
		if a.Get("safety_region") != b.Get("safety_region") {
			return a.Get("safety_region") < b.Get("safety_region")
		}
		return a.Get("subregion") < b.Get("subregion")
	})
	m.all = all
	regions := []string{m.nh}
	seen := map[string]bool{}
	for _, r := range all {
		if reg := r.Get("safety_region"); reg != "" && !seen[reg] {
			seen[reg] = true
			regions = append(regions, reg)
		}
	}
	regions = append(regions, m.everything)
	selected := m.filter.Selected
	m.filter.SetOptions(regions)
	if !slices.Contains(regions, selected) {
		selected = m.nh
	}
	m.filter.SetSelected(selected) // calls show
}

func (m *municipalitiesScreen) show() {
	filter := m.filter.Selected
	words := strings.Fields(data.Fold(m.search.Text))
	clusterOf := map[string][]string{}
	clusters, _ := m.store.List(m.ctx, "cluster")
	for _, c := range clusters {
		for _, id := range c.List("municipality_ids") {
			clusterOf[id] = append(clusterOf[id], c.Get("name"))
		}
	}
	byID := map[string]string{}
	for _, r := range m.all {
		byID[r.ID] = r.Get("name")
	}
	var rows [][]cell
next:
	for _, r := range m.all {
		region := r.Get("safety_region")
		switch filter {
		case m.everything:
		case m.nh:
			if region == "" || r.Get("retired") == "true" {
				continue
			}
		default:
			if region != filter || r.Get("retired") == "true" {
				continue
			}
		}
		text := data.Fold(r.Get("name") + " " + r.Get("cbs_code"))
		for _, w := range words {
			if !strings.Contains(text, w) {
				continue next
			}
		}
		note := plain("")
		if r.Get("retired") == "true" {
			note = cell{lang.X("municipalities.retired", "opgeheven, opgegaan in {{.Name}}",
				map[string]any{"Name": byID[r.Get("successor_id")]}), widget.LowImportance}
		}
		rows = append(rows, []cell{plain(r.Get("name")), plain(r.Get("cbs_code")), plain(region),
			plain(r.Get("subregion")), plain(strings.Join(clusterOf[r.ID], ", ")), note})
	}
	m.view.setRows(rows)
	m.count.SetText(lang.X("municipalities.count", "{{.Count}} gemeenten", map[string]any{"Count": len(rows)}))
}

// organisationsScreen lists the partner organisations with their type and
// how many contacts the database holds for each.
type organisationsScreen struct {
	ctx     context.Context
	store   *data.Store
	search  *widget.Entry
	count   *widget.Label
	view    *tableView
	content fyne.CanvasObject
}

func newOrganisationsScreen(ctx context.Context, s *data.Store) *organisationsScreen {
	o := &organisationsScreen{ctx: ctx, store: s}
	o.view = newTableView([]column{
		{lang.X("organisations.col.name", "Naam"), 200, 4},
		{lang.X("organisations.col.type", "Soort"), 150, 1.5},
		{lang.X("organisations.col.municipality", "Gemeente"), 110, 1},
		{lang.X("organisations.col.phone", "Telefoon"), 120, 0},
		{lang.X("organisations.col.email", "E-mail"), 160, 2},
		{lang.X("organisations.col.contacts", "Contacten"), 100, 0},
	})
	o.search = widget.NewEntry()
	o.search.SetPlaceHolder(lang.X("organisations.search", "Zoeken op naam, soort, e-mail…"))
	o.search.OnChanged = func(string) { o.Refresh() }
	o.count = widget.NewLabel("")
	o.content = page(lang.X("organisations.title", "Organisaties"), container.NewBorder(nil, nil, nil, o.count, o.search), o.view.Content())
	o.Refresh()
	return o
}

func (o *organisationsScreen) Content() fyne.CanvasObject { return o.content }

func (o *organisationsScreen) Refresh() {
	recs, err := o.store.Search(o.ctx, "organisation", o.search.Text, 0)
	if err != nil {
		fyne.LogError("search organisations", err)
	}
	contacts := map[string]int{}
	rows, err := o.store.DB().QueryContext(o.ctx, "SELECT organisation_id, count(*) FROM contact GROUP BY organisation_id")
	if err == nil {
		for rows.Next() {
			var id string
			var n int
			if rows.Scan(&id, &n) == nil {
				contacts[id] = n
			}
		}
		rows.Close()
	}
	munis := names(o.ctx, o.store, "municipality")
	out := make([][]cell, len(recs))
	for i, r := range recs {
		out[i] = []cell{plain(r.Get("name")), plain(data.ChoiceLabel(data.OrganisationTypes, r.Get("type"))),
			plain(munis[r.Get("municipality_id")]), plain(r.Get("phone")), plain(r.Get("email")),
			plain(fmt.Sprint(contacts[r.ID]))}
	}
	o.view.setRows(out)
	o.count.SetText(lang.X("organisations.count", "{{.Count}} organisaties", map[string]any{"Count": len(out)}))
}

// agreementsScreen lists the ketenafspraken with their status and dates,
// marking evaluations that are overdue or due soon.
type agreementsScreen struct {
	ctx     context.Context
	store   *data.Store
	count   *widget.Label
	view    *tableView
	content fyne.CanvasObject
}

func newAgreementsScreen(ctx context.Context, s *data.Store) *agreementsScreen {
	a := &agreementsScreen{ctx: ctx, store: s}
	a.view = newTableView([]column{
		{lang.X("agreements.col.title", "Titel"), 220, 6},
		{lang.X("agreements.col.type", "Soort"), 120, 1},
		{lang.X("agreements.col.status", "Status"), 130, 0.5},
		{lang.X("agreements.col.level", "Niveau"), 90, 0},
		{lang.X("agreements.col.evaluation", "Evaluatiedatum"), 170, 0},
		{lang.X("agreements.col.end", "Einddatum"), 100, 0},
		{lang.X("agreements.col.owner", "Trekker"), 130, 2},
	})
	a.count = widget.NewLabel("")
	a.content = page(lang.X("agreements.title", "Ketenafspraken"), a.count, a.view.Content())
	a.Refresh()
	return a
}

func (a *agreementsScreen) Content() fyne.CanvasObject { return a.content }

func (a *agreementsScreen) Refresh() {
	recs, err := a.store.List(a.ctx, "agreement")
	if err != nil {
		fyne.LogError("list agreements", err)
	}
	orgs := names(a.ctx, a.store, "organisation")
	now, soon := today(a.store)
	late := 0
	rows := make([][]cell, len(recs))
	for i, r := range recs {
		status := r.Get("status")
		eval := dueCell(r.Get("evaluation_date"), status, now, soon)
		if eval.importance == widget.DangerImportance {
			late++
		}
		rows[i] = []cell{plain(r.Get("title")), plain(data.ChoiceLabel(data.AgreementTypes, r.Get("type"))),
			plain(data.ChoiceLabel(data.AgreementStatuses, status)), plain(data.ChoiceLabel(data.AgreementLevels, r.Get("level"))),
			eval, dueCell(r.Get("end_date"), status, now, soon), plain(orgs[r.Get("owner_id")])}
	}
	a.view.setRows(rows)
	a.count.SetText(lang.X("agreements.count", "{{.Count}} ketenafspraken, waarvan {{.Late}} met een evaluatie die te laat is.",
		map[string]any{"Count": len(rows), "Late": late}))
}

// plansScreen lists the beleidsplannen with their status and version.
type plansScreen struct {
	ctx     context.Context
	store   *data.Store
	count   *widget.Label
	view    *tableView
	content fyne.CanvasObject
}

func newPlansScreen(ctx context.Context, s *data.Store) *plansScreen {
	p := &plansScreen{ctx: ctx, store: s}
	p.view = newTableView([]column{
		{lang.X("plans.col.title", "Titel"), 200, 5},
		{lang.X("plans.col.scope", "Gemeente of cluster"), 140, 2},
		{lang.X("plans.col.period", "Periode"), 100, 0},
		{lang.X("plans.col.status", "Status"), 150, 0},
		{lang.X("plans.col.version", "Versie"), 70, 0},
		{lang.X("plans.col.adopted", "Vastgesteld op"), 130, 0},
		{lang.X("plans.col.author", "Auteur"), 120, 1.5},
	})
	p.count = widget.NewLabel("")
	p.content = page(lang.X("plans.title", "Beleidsplannen"), p.count, p.view.Content())
	p.Refresh()
	return p
}

func (p *plansScreen) Content() fyne.CanvasObject { return p.content }

func (p *plansScreen) Refresh() {
	recs, err := p.store.List(p.ctx, "plan")
	if err != nil {
		fyne.LogError("list plans", err)
	}
	munis := names(p.ctx, p.store, "municipality")
	clusters := names(p.ctx, p.store, "cluster")
	rows := make([][]cell, len(recs))
	for i, r := range recs {
		scope := munis[r.Get("municipality_id")]
		if scope == "" {
			scope = clusters[r.Get("cluster_id")]
		}
		period := r.Get("period_start")
		if e := r.Get("period_end"); e != "" {
			period += "–" + e
		}
		rows[i] = []cell{plain(r.Get("title")), plain(scope), plain(period),
			plain(data.ChoiceLabel(data.PlanStatuses, r.Get("status"))), plain(r.Get("version")),
			plain(data.FormatDate(r.Get("adopted_date"))), plain(r.Get("author"))}
	}
	p.view.setRows(rows)
	p.count.SetText(lang.X("plans.count", "{{.Count}} beleidsplannen", map[string]any{"Count": len(rows)}))
}
