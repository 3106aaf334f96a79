package app

import (
	"fmt"
	"image/color"
	"maps"
	"slices"
	"sort"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ketenregie/app/chartview"
	"ketenregie/app/kit"
	"ketenregie/app/say"
	"ketenregie/data"
	"ketenregie/export/chart"
	"ketenregie/export/contacts"
)

// prefOverviewCluster remembers the cluster the overview showed last.
const prefOverviewCluster = "overview.cluster"

// overviewScreen is the Overzicht: for one cluster, chosen at the top, the
// self-assessment of its municipalities, the agreements and plans that need
// attention; and for the whole database, the contacts due for their yearly
// review and open sync conflicts.
type overviewScreen struct {
	*env

	clusterSel *widget.Select
	clusterIDs []string // the clusters in the order of the select's options
	clusterID  string   // the cluster shown; "" when there are none
	clusters   map[string]data.Record

	chart      *chartview.View // the cluster's self-assessment per theme over time
	chartCard  *widget.Card
	matrix     *assessmentMatrix
	matrixCard *widget.Card
	noCluster  fyne.CanvasObject // shown instead of the matrix without clusters
	matrixNote *widget.Label

	due          *kit.RowList
	dueNote      *widget.Label
	dueIDs       []string
	plans        *kit.RowList
	planIDs      []string
	planStats    *fyne.Container
	planCounts   map[string]int // what planStats shows
	review       *widget.Label
	reviewRows   *fyne.Container // the contacts due, with "Nog juist" and "Verwijderen"
	reviewScroll *container.Scroll
	conflicts    *kit.RowList
	conflRecs    []data.Conflict

	report  *widget.Button
	cards   *fyne.Container // the page's cards, under each other
	content fyne.CanvasObject
}

func newOverviewScreen(e *env) *overviewScreen {
	o := &overviewScreen{env: e}
	o.clusterSel = widget.NewSelect(nil, o.clusterChosen)
	o.clusterSel.PlaceHolder = lang.X("overview.cluster.none", "(geen clusters)")
	o.report = widget.NewButtonWithIcon(lang.X("overview.report", "Voortgangsrapportage (PDF)"), theme.DocumentPrintIcon(),
		func() { o.makeReport(o.clusterID) })

	o.chart = chartview.New(chart.Chart{}, func(s chart.Series) color.Color {
		if slices.Contains([]string{data.LevelNiet, data.LevelDeels, data.LevelVolledig, data.LevelNvt}, s.Key) {
			return levelFill(s.Key) // the matrix's colours, in the theme
		}
		return nil
	})
	// The card's subtitle does not wrap: what the chart counts is a label
	// that does.
	o.chartCard = widget.NewCard(lang.X("overview.chart.title", "Zelfevaluatie per thema"), "", container.NewVBox(
		kit.Hint(lang.X("overview.chart.subtitle", "Per meting het aantal onderdelen dat de gemeenten samen niet, deels of volledig op orde hebben. Een onderdeel dat op een datum niet is gemeten, telt mee zoals het daarvoor stond.")),
		o.chart.Content()))
	o.matrix = newAssessmentMatrix(func(id string) { o.ShowRecord(data.KindMunicipality, id) })
	o.matrixNote = kit.MessageLabel()
	makeCluster := widget.NewButtonWithIcon(lang.X("overview.cluster.make", "Cluster samenstellen"), theme.ContentAddIcon(), o.newCluster)
	noClusterText := widget.NewLabel(lang.X("overview.cluster.empty",
		"Er is nog geen cluster. Stel op Gemeenten, onder Mijn clusters, een cluster samen van de gemeenten die u ondersteunt; dan ziet u hier hun zelfevaluaties."))
	noClusterText.Wrapping = fyne.TextWrapWord
	o.noCluster = container.NewVBox(noClusterText, container.NewHBox(makeCluster))
	o.matrixCard = widget.NewCard(lang.X("overview.matrix.title", "Zelfevaluatie"), "",
		container.NewVBox(o.matrixNote, o.matrix.content, o.noCluster))

	o.due = kit.NewRowList([]kit.Column{
		{Title: lang.X("overview.col.date", "Datum"), Min: 170, Weight: 0},
		{Title: lang.X("overview.col.what", "Wat"), Min: 90, Weight: 0},
		{Title: lang.X("overview.col.agreement", "Ketenafspraak"), Min: 160, Weight: 1}}, lang.X("overview.due.none", "Er is de komende 60 dagen niets te evalueren of te verlengen."))
	o.dueNote = widget.NewLabel("")
	o.dueNote.Wrapping = fyne.TextWrapWord
	allAgreements := widget.NewButton(lang.X("overview.due.all", "Alle ketenafspraken"), func() { o.ShowRecord(data.KindAgreement, "") })
	allAgreements.Importance = widget.LowImportance
	dueCard := widget.NewCard(lang.X("overview.due", "Te evalueren of te verlengen"),
		lang.X("overview.due.subtitle", "Ketenafspraken met een evaluatie- of einddatum die verstreken is of binnen 60 dagen valt"),
		container.NewVBox(o.due.Content(), container.NewBorder(nil, nil, nil, allAgreements, o.dueNote)))

	o.planStats = container.NewGridWithColumns(len(data.PlanStatuses))
	o.plans = kit.NewRowList([]kit.Column{
		{Title: lang.X("overview.col.plan", "Beleidsplan"), Min: 140, Weight: 1},
		{Title: lang.X("overview.col.status", "Status"), Min: 120, Weight: 0}}, lang.X("overview.plans.none", "Er is nog geen beleidsplan voor dit cluster of een van zijn gemeenten."))
	planCard := widget.NewCard(lang.X("overview.plans", "Beleidsplannen"), "", container.NewVBox(o.planStats, o.plans.Content()))

	o.review = widget.NewLabel("")
	o.review.Wrapping = fyne.TextWrapWord
	toContacts := widget.NewButtonWithIcon(lang.X("overview.review.open", "Naar Contacten"), theme.AccountIcon(), func() {
		o.ShowRecord(data.KindContact, "")
		if c := o.main.contacts; c != nil {
			c.showDue() // the same contacts as counted here
		}
	})
	o.reviewRows = container.NewVBox()
	// Every contact due, five rows high and scrolling: the count above
	// and the rows below tell the same number.
	o.reviewScroll = container.NewVScroll(o.reviewRows)
	reviewCard := widget.NewCard(lang.X("overview.review", "Contactpersonen controleren"), "",
		container.NewBorder(container.NewBorder(nil, nil, nil, toContacts, o.review), nil, nil, nil, o.reviewScroll))

	o.conflicts = kit.NewRowList([]kit.Column{
		{Title: lang.X("overview.col.record", "Gegeven"), Min: 140, Weight: 1},
		{Title: lang.X("overview.col.field", "Veld"), Min: 100, Weight: 0}}, lang.X("overview.conflicts.none", "Er zijn geen openstaande synchronisatieconflicten."))
	conflictCard := widget.NewCard(lang.X("overview.conflicts", "Synchronisatieconflicten"), "", o.conflicts.Content())

	var cards *fyne.Container
	lower := container.New(&kit.SideBySide{Ratio: 0.55, Reflower: kit.Reflower{Reflow: func() { cards.Refresh() }}},
		dueCard, container.NewVBox(planCard, reviewCard, conflictCard))
	label := widget.NewLabel(lang.X("overview.cluster", "Cluster"))
	sel := container.New(layout.NewGridWrapLayout(fyne.NewSize(260, o.clusterSel.MinSize().Height)), o.clusterSel)
	workbook := widget.NewButtonWithIcon(lang.X("overview.workbook", "Werkmap (Excel)"), theme.DownloadIcon(), e.saveWorkbook)
	tools := container.NewHBox(label, sel, layout.NewSpacer(), workbook, o.report)
	// Nothing on the page scrolls sideways but the matrix, inside its
	// card: the cards below it stay in view on a small screen. The chart
	// above it draws itself as wide as the page.
	cards = container.NewVBox(o.chartCard, o.matrixCard, lower)
	o.cards = cards
	o.chart.SetReflow(func() { cards.Refresh() })
	o.content = kit.Page(lang.X("overview.title", "Overzicht"), tools, container.NewVScroll(cards))
	e.Guard(o.clusterSel, o.report, workbook, makeCluster, allAgreements, toContacts)
	o.matrix.onOpen = kit.Safe1(e, o.matrix.onOpen)
	o.Refresh()
	return o
}

// Content is the screen's widget tree.
func (o *overviewScreen) Content() fyne.CanvasObject { return o.content }

// Refresh rereads the clusters and everything the screen shows.
func (o *overviewScreen) Refresh() {
	clusters, err := o.store.List(o.ctx, data.KindCluster)
	if err != nil {
		fyne.LogError("list clusters", err)
	}
	o.clusters = map[string]data.Record{}
	o.clusterIDs = nil
	var options []string
	seen := map[string]int{}
	for _, c := range clusters {
		o.clusters[c.ID] = c
		o.clusterIDs = append(o.clusterIDs, c.ID)
		name := c.Get(data.Cluster.Name)
		if seen[name]++; seen[name] > 1 {
			name = fmt.Sprintf("%s (%d)", name, seen[name])
		}
		options = append(options, name)
	}
	want := o.clusterID
	if want == "" {
		want = fyne.CurrentApp().Preferences().String(prefOverviewCluster)
	}
	i := slices.Index(o.clusterIDs, want)
	if i < 0 && len(o.clusterIDs) > 0 {
		i = 0
	}
	o.clusterSel.Options = options
	if i >= 0 {
		o.clusterID = o.clusterIDs[i]
		o.clusterSel.Selected = options[i]
	} else {
		o.clusterID = ""
		o.clusterSel.Selected = ""
	}
	o.clusterSel.Refresh()
	o.showCluster()
	o.showReview()
	o.showConflicts()
}

// clusterChosen follows the user choosing a cluster.
func (o *overviewScreen) clusterChosen(string) {
	i := o.clusterSel.SelectedIndex()
	if i < 0 || i >= len(o.clusterIDs) || o.clusterIDs[i] == o.clusterID {
		return
	}
	o.clusterID = o.clusterIDs[i]
	fyne.CurrentApp().Preferences().SetString(prefOverviewCluster, o.clusterID)
	o.showCluster()
}

// showCluster fills the parts that depend on the chosen cluster.
func (o *overviewScreen) showCluster() {
	c, ok := o.clusters[o.clusterID]
	munis := c.List(data.Cluster.MunicipalityIDs)
	if ok != o.matrix.content.Visible() {
		defer o.matrixCard.Refresh() // the matrix and the hint take turns: lay the card out again
	}
	var assessed []chart.Assessed
	if !ok {
		o.matrixCard.SetTitle(lang.X("overview.matrix.title", "Zelfevaluatie"))
		o.matrixCard.SetSubTitle("")
		o.matrix.content.Hide()
		o.matrixNote.Hide()
		o.noCluster.Show()
		o.report.Disable()
	} else {
		o.noCluster.Hide()
		o.matrix.content.Show()
		o.report.Enable()
		o.matrixCard.SetTitle(lang.X("overview.matrix.cluster", "Zelfevaluatie {{.Cluster}}", map[string]any{"Cluster": c.Get(data.Cluster.Name)}))
		o.matrixCard.SetSubTitle(lang.X("overview.matrix.subtitle", "De laatste meting per gemeente en onderdeel, met de ontwikkeling sinds de meting daarvoor."))
		var rows []matrixRow
		rows, assessed = o.matrixRows(c)
		o.matrix.setRows(rows)
		if len(munis) == 0 {
			o.matrixNote.SetText(lang.X("overview.matrix.nomunicipalities", "Dit cluster heeft nog geen gemeenten. Kies ze op Gemeenten, onder Mijn clusters."))
			if !o.matrixNote.Visible() {
				o.matrixNote.Show()
				defer o.matrixCard.Refresh()
			}
		} else if o.matrixNote.Visible() {
			o.matrixNote.Hide()
			defer o.matrixCard.Refresh()
		}
	}
	o.showChart(c, assessed)
	o.showDue(munis)
	o.showPlans(c.ID, munis)
}

// showChart draws the cluster's self-assessment per theme over time, or
// hides the card while there is nothing measured.
func (o *overviewScreen) showChart(c data.Record, assessed []chart.Assessed) {
	ch := chart.ClusterThemes(assessed, "")
	for i, s := range ch.Series {
		ch.Series[i].Name = say.Level(s.Key)
	}
	for i, g := range ch.Groups {
		ch.Groups[i].Label = say.Group(g.Key)
	}
	ch.Axis = lang.X("overview.chart.axis", "aantal onderdelen, alle gemeenten samen")
	o.chart.SetChart(ch)
	if len(ch.Groups) == 0 {
		if o.chartCard.Visible() {
			o.chartCard.Hide()
			defer o.cards.Refresh()
		}
		return
	}
	o.chartCard.SetTitle(lang.X("overview.chart.cluster", "Zelfevaluatie per thema, {{.Cluster}}", map[string]any{"Cluster": c.Get(data.Cluster.Name)}))
	if !o.chartCard.Visible() {
		o.chartCard.Show()
		defer o.cards.Refresh()
	}
}

// matrixRows reads the assessments of the cluster's municipalities, the
// centrumgemeente first and the others in Dutch order: as the matrix's
// rows, and as the chart's municipalities.
func (o *overviewScreen) matrixRows(c data.Record) ([]matrixRow, []chart.Assessed) {
	ids := c.List(data.Cluster.MunicipalityIDs)
	recs, err := o.store.GetMany(o.ctx, data.KindMunicipality, ids)
	if err != nil {
		fyne.LogError("read municipalities", err)
	}
	lead := c.Get(data.Cluster.LeadMunicipalityID)
	sort.SliceStable(recs, func(i, j int) bool {
		if (recs[i].ID == lead) != (recs[j].ID == lead) {
			return recs[i].ID == lead
		}
		return data.Fold(recs[i].Get(data.Municipality.Name)) < data.Fold(recs[j].Get(data.Municipality.Name))
	})
	rows := make([]matrixRow, 0, len(recs))
	assessed := make([]chart.Assessed, 0, len(recs))
	for _, m := range recs {
		as, err := o.store.ListWhere(o.ctx, data.KindAssessment, data.Assessment.MunicipalityID, m.ID)
		if err != nil {
			fyne.LogError("list assessments", err)
		}
		rows = append(rows, matrixRow{id: m.ID, name: m.Get(data.Municipality.Name), lead: m.ID == lead, states: itemStates(as)})
		assessed = append(assessed, chart.Assessed{ID: m.ID, Name: m.Get(data.Municipality.Name), Records: as})
	}
	return rows, assessed
}

// inScope reports whether a record naming municipalities concerns the
// cluster: it names one of them, or none at all (a regional or national
// agreement).
func inScope(named, cluster []string) bool {
	if len(named) == 0 {
		return true
	}
	for _, id := range named {
		if slices.Contains(cluster, id) {
			return true
		}
	}
	return false
}

// showDue lists the cluster's agreements with an evaluation or end date
// that has passed or falls within dueWithin days, soonest first.
func (o *overviewScreen) showDue(munis []string) {
	recs, err := o.store.Agreements(o.ctx, data.AgreementFilter{DueWithinDays: dueWithin})
	if err != nil {
		fyne.LogError("list agreements", err)
	}
	now, soon := today(o.store)
	type due struct {
		date, id string
		row      []kit.Cell
	}
	var list []due
	others, late := 0, 0
	for _, a := range recs {
		if o.clusterID != "" && !inScope(a.List(data.Agreement.MunicipalityIDs), munis) {
			others++
			continue
		}
		status := a.Get(data.Agreement.Status)
		for _, d := range []struct{ field, what string }{
			{data.Agreement.EvaluationDate, lang.X("overview.what.evaluation", "Evaluatie")},
			{data.Agreement.EndDate, lang.X("overview.what.end", "Einddatum")},
		} {
			date := a.Get(d.field)
			if date == "" || date > soon {
				continue
			}
			if date < now {
				late++
			}
			list = append(list, due{date, a.ID, []kit.Cell{dueCell(date, status, now, soon), kit.Plain(d.what), kit.Plain(a.Get(data.Agreement.Title))}})
		}
	}
	sort.SliceStable(list, func(i, j int) bool { return list[i].date < list[j].date })
	rows := make([][]kit.Cell, len(list))
	o.dueIDs = make([]string, len(list))
	for i, d := range list {
		rows[i], o.dueIDs[i] = d.row, d.id
	}
	o.due.SetRows(rows, func(i int) { o.ShowRecord(data.KindAgreement, o.dueIDs[i]) })
	text := ""
	if len(rows) > 0 {
		text = lang.X("overview.due.count", "{{.Late}} te laat, {{.Soon}} binnen 60 dagen.",
			map[string]any{"Late": late, "Soon": len(rows) - late})
	}
	if others > 0 {
		if text != "" {
			text += " "
		}
		text += lang.X("overview.due.others", "Buiten dit cluster vragen nog {{.Count}} ketenafspraken aandacht.",
			map[string]any{"Count": others})
	}
	o.dueNote.SetText(text)
}

// showPlans counts the cluster's plans (of the cluster or one of its
// municipalities) per status and lists them.
func (o *overviewScreen) showPlans(clusterID string, munis []string) {
	recs, err := o.store.List(o.ctx, data.KindPlan)
	if err != nil {
		fyne.LogError("list plans", err)
	}
	counts := map[string]int{}
	var rows [][]kit.Cell
	o.planIDs = nil
	for _, p := range recs {
		if clusterID != "" && p.Get(data.Plan.ClusterID) != clusterID && !slices.Contains(munis, p.Get(data.Plan.MunicipalityID)) {
			continue
		}
		counts[p.Get(data.Plan.Status)]++
		o.planIDs = append(o.planIDs, p.ID)
		rows = append(rows, []kit.Cell{kit.Plain(p.Get(data.Plan.Title)), kit.Plain(say.Choice(data.PlanStatuses, p.Get(data.Plan.Status)))})
	}
	if len(o.planStats.Objects) == 0 || !maps.Equal(counts, o.planCounts) {
		o.planCounts = counts
		stats := make([]fyne.CanvasObject, len(data.PlanStatuses))
		for i, st := range data.PlanStatuses {
			stats[i] = statBox(counts[st.Code], say.Choice(data.PlanStatuses, st.Code))
		}
		o.planStats.Objects = stats
		o.planStats.Refresh()
	}
	o.plans.SetRows(rows, func(i int) { o.ShowRecord(data.KindPlan, o.planIDs[i]) })
}

// statBox is a number with what it counts under it.
func statBox(n int, what string) fyne.CanvasObject {
	num := widget.NewLabelWithStyle(fmt.Sprint(n), fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	num.SizeName = theme.SizeNameSubHeadingText
	if n == 0 {
		num.TextStyle = fyne.TextStyle{}
	}
	label := widget.NewLabelWithStyle(what, fyne.TextAlignCenter, fyne.TextStyle{})
	label.SizeName = theme.SizeNameCaptionText
	label.Truncation = fyne.TextTruncateEllipsis
	return container.New(layout.NewCustomPaddedVBoxLayout(0), num, label)
}

// reviewShown is how many contacts due for review the card shows at once;
// the others are a scroll away.
const reviewShown = 5

// reviewListed is how many the card lists at most: each row is three
// buttons, and a region that never reviewed may have thousands due; the
// rest are one click away in Contacten.
const reviewListed = 100

// showReview counts the contacts not reviewed in the last twelve months and
// lists the first: is each still right ("Nog juist": reviewed today), or
// should it go ("Verwijderen", with undo)?
func (o *overviewScreen) showReview() {
	due, err := contacts.ReviewDue(o.ctx, o.store, o.store.Now())
	if err != nil {
		o.review.SetText(say.Error(err))
		return
	}
	switch n := len(due); n {
	case 0:
		o.review.SetText(lang.X("overview.review.none", "Alle contactpersonen zijn het afgelopen jaar gecontroleerd."))
	case 1:
		o.review.SetText(lang.X("overview.review.one", "1 contactpersoon is langer dan twaalf maanden niet gecontroleerd."))
	default:
		o.review.SetText(lang.X("overview.review.count", "{{.Count}} contactpersonen zijn langer dan twaalf maanden niet gecontroleerd.",
			map[string]any{"Count": n}))
	}
	o.reviewRows.RemoveAll()
	for i, r := range due {
		if i == reviewListed {
			o.reviewRows.Add(kit.Hint(lang.X("overview.review.more", "En nog {{.N}}: Naar Contacten toont ze allemaal.", map[string]any{"N": len(due) - reviewListed})))
			break
		}
		r := r
		label := r.Get(data.Contact.Name)
		if f := r.Get(data.Contact.Function); f != "" {
			label += " · " + f // which person this is, where names repeat
		}
		name := widget.NewButton(label, func() { o.ShowRecord(data.KindContact, r.ID) })
		name.Importance = widget.LowImportance
		name.Alignment = widget.ButtonAlignLeading
		ok := widget.NewButtonWithIcon(lang.X("overview.review.ok", "Nog juist"), theme.ConfirmIcon(), func() {
			if err := o.store.Update(o.ctx, data.KindContact, r.ID, map[string]string{data.Contact.LastReviewed: o.store.Now().Format("2006-01-02")}); err != nil {
				o.ShowError(err)
				return
			}
			o.showReview()
			o.RefreshOthers(o)
		})
		remove := widget.NewButtonWithIcon(lang.X("overview.review.delete", "Verwijderen"), theme.DeleteIcon(), func() {
			if err := o.store.Delete(o.ctx, data.KindContact, r.ID); err != nil {
				o.ShowError(err)
				return
			}
			o.Deleted(r.Get(data.Contact.Name), data.KindContact, r.ID)
			o.showReview()
			o.RefreshOthers(o)
		})
		o.Guard(name, ok, remove)
		o.reviewRows.Add(container.NewBorder(nil, nil, nil, container.NewHBox(ok, remove), name))
	}
	var height float32
	if len(o.reviewRows.Objects) > 0 {
		row := o.reviewRows.Objects[0].MinSize().Height + theme.Padding()
		height = float32(min(len(o.reviewRows.Objects), reviewShown)) * row
	}
	o.reviewScroll.SetMinSize(fyne.NewSize(0, height))
}

// showConflicts lists the fields that two coordinators changed at the same
// time and that nobody has settled yet.
func (o *overviewScreen) showConflicts() {
	cs, err := o.store.Conflicts(o.ctx)
	if err != nil {
		fyne.LogError("list conflicts", err)
	}
	o.conflRecs = cs
	// The records in conflict, read once a kind: a record often has more
	// than one field in conflict.
	ids := map[string][]string{}
	for _, c := range cs {
		ids[c.Kind] = append(ids[c.Kind], c.RecordID)
	}
	recs := map[string]data.Record{}
	for kind, kindIDs := range ids {
		if data.KindNamed(kind) == nil {
			continue
		}
		rs, err := o.store.GetMany(o.ctx, kind, slices.Compact(kindIDs))
		if err != nil {
			fyne.LogError("read records in conflict", err)
		}
		for _, r := range rs {
			recs[r.ID] = r
		}
	}
	rows := make([][]kit.Cell, len(cs))
	for i, c := range cs {
		k := data.KindNamed(c.Kind)
		what, field := c.Kind, c.Field
		if k != nil {
			what = say.Kind(k.Name)
			if r, ok := recs[c.RecordID]; ok {
				what = say.Capitalise(say.Kind(k.Name)) + " " + say.Title(k, r)
			}
			if _, ok := k.Field(c.Field); ok {
				field = say.Field(k.Name, c.Field)
			}
		}
		rows[i] = []kit.Cell{kit.Plain(what), {Text: field, Importance: widget.WarningImportance}}
	}
	o.conflicts.SetRows(rows, func(i int) { o.ShowRecord(o.conflRecs[i].Kind, o.conflRecs[i].RecordID) })
}

// newCluster takes the user to Gemeenten to put a new cluster together.
func (o *overviewScreen) newCluster() {
	o.ShowRecord(data.KindCluster, "")
	if o.main == nil {
		return
	}
	if ms, ok := o.main.screens["gemeenten"].(*municipalitiesScreen); ok {
		ms.newCluster()
	}
}
