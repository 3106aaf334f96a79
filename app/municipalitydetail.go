package app

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ketenregie/app/kit"
	"ketenregie/app/say"
	"ketenregie/data"
)

// municipalityDetail is the right side of Gemeenten for one municipality:
// what it is (code, region, clusters), and in tabs its self-assessments,
// contacts, agreements, plans, activities and the coordinator's notes.
type municipalityDetail struct {
	m   *municipalitiesScreen
	rec data.Record

	heading    *widget.Label
	facts      *widget.Label
	retired    *widget.Label
	successor  *widget.Button
	retiredBox *fyne.Container

	tabs                                                                     *container.AppTabs
	assessTab, contactsTab, agreementsTab, plansTab, activitiesTab, notesTab *container.TabItem
	assess                                                                   *assessmentPanel

	contacts     *kit.RowList
	contactIDs   []string
	agreements   *kit.RowList
	agreementIDs []string
	plans        *kit.RowList
	planIDs      []string
	activities   *kit.RowList
	activityIDs  []string

	notes       *kit.TextEntry
	notesLoaded string
	notesSave   *widget.Button
	notesMsg    *widget.Label
	loading     bool

	content fyne.CanvasObject
}

func newMunicipalityDetail(m *municipalitiesScreen) *municipalityDetail {
	d := &municipalityDetail{m: m}
	d.heading = kit.SectionHeading("")
	d.heading.Truncation = fyne.TextTruncateEllipsis
	d.facts = widget.NewLabel("")
	d.facts.Wrapping = fyne.TextWrapWord
	d.retired = widget.NewLabel("")
	d.retired.Importance = widget.WarningImportance
	d.successor = widget.NewButton("", func() {
		if s := d.rec.Get(data.Municipality.SuccessorID); s != "" {
			m.OpenRecord(data.KindMunicipality, s)
		}
	})
	d.retiredBox = container.NewHBox(d.retired, d.successor)
	d.retiredBox.Hide()

	d.assess = newAssessmentPanel(d)

	d.contacts = kit.NewRowList([]kit.Column{
		{Title: lang.X("municipalities.col.name", "Naam"), Min: 150, Weight: 1},
		{Title: lang.X("municipalities.col.role", "Rol"), Min: 140, Weight: 1},
		{Title: lang.X("municipalities.col.organisation", "Organisatie"), Min: 140, Weight: 1},
		{Title: lang.X("municipalities.col.email", "E-mail"), Min: 140, Weight: 1}}, lang.X("municipalities.contacts.none", "Er zijn geen contactpersonen die voor deze gemeente werken."))
	d.agreements = kit.NewRowList([]kit.Column{
		{Title: lang.X("municipalities.col.agreement", "Ketenafspraak"), Min: 200, Weight: 3},
		{Title: lang.X("municipalities.col.status", "Status"), Min: 110, Weight: 0},
		{Title: lang.X("municipalities.col.evaluation", "Evaluatie"), Min: 150, Weight: 0},
		{Title: lang.X("municipalities.col.end", "Einddatum"), Min: 100, Weight: 0}}, lang.X("municipalities.agreements.none", "Er zijn geen ketenafspraken die voor deze gemeente gelden."))
	d.plans = kit.NewRowList([]kit.Column{
		{Title: lang.X("municipalities.col.plan", "Beleidsplan"), Min: 200, Weight: 3},
		{Title: lang.X("municipalities.col.status", "Status"), Min: 120, Weight: 0},
		{Title: lang.X("municipalities.col.period", "Periode"), Min: 90, Weight: 0},
		{Title: lang.X("municipalities.col.for", "Voor"), Min: 130, Weight: 1}}, lang.X("municipalities.plans.none", "Er is geen beleidsplan voor deze gemeente of een cluster waar zij in zit."))
	d.activities = kit.NewRowList([]kit.Column{
		{Title: lang.X("municipalities.col.date", "Datum"), Min: 100, Weight: 0},
		{Title: lang.X("municipalities.col.activity", "Activiteit"), Min: 170, Weight: 2},
		{Title: lang.X("municipalities.col.type", "Soort"), Min: 120, Weight: 1},
		{Title: lang.X("municipalities.col.status", "Status"), Min: 150, Weight: 0},
		{Title: lang.X("municipalities.col.participants", "Deelnemers"), Min: 120, Weight: 0}}, lang.X("municipalities.activities.none", "Er zijn geen activiteiten in deze gemeente."))

	d.notes = kit.NewTextEntry(m.shortcut)
	d.notes.MultiLine = true
	d.notes.Wrapping = fyne.TextWrapWord
	d.notes.SetPlaceHolder(lang.X("municipalities.notes.hint", "Notities over deze gemeente. Alleen werkgegevens: geen gegevens over slachtoffers, verdachten of zaken."))
	d.notes.OnChanged = func(string) { d.notesChanged() }
	d.notesSave = widget.NewButtonWithIcon(lang.X("municipalities.save", "Opslaan"), theme.DocumentSaveIcon(), d.saveNotes)
	d.notesSave.Importance = widget.HighImportance
	m.Guard(d.successor, d.notes, d.notesSave)
	d.notesMsg = widget.NewLabel("")
	d.notesMsg.Wrapping = fyne.TextWrapWord
	history := widget.NewButtonWithIcon(lang.X("history.button", "Geschiedenis"), theme.HistoryIcon(), func() {
		m.ShowHistory(data.KindMunicipality, d.rec.ID, d.rec.Get(data.Municipality.Name), func() { m.Refresh() })
	})
	m.Guard(history)
	notesPane := container.NewBorder(nil, container.NewBorder(nil, nil, history, d.notesSave, d.notesMsg), nil, nil, d.notes)

	scroll := func(o fyne.CanvasObject) fyne.CanvasObject { return container.NewVScroll(container.NewPadded(o)) }
	d.assessTab = container.NewTabItem(lang.X("municipalities.tab.assessment", "Zelfevaluatie"), d.assess.content)
	d.contactsTab = container.NewTabItem("", scroll(d.contacts.Content()))
	d.agreementsTab = container.NewTabItem("", scroll(d.agreements.Content()))
	d.plansTab = container.NewTabItem("", scroll(d.plans.Content()))
	d.activitiesTab = container.NewTabItem("", scroll(d.activities.Content()))
	d.notesTab = container.NewTabItem(lang.X("municipalities.tab.notes", "Notities"), container.NewPadded(notesPane))
	d.tabs = container.NewAppTabs(d.assessTab, d.contactsTab, d.agreementsTab, d.plansTab, d.activitiesTab, d.notesTab)

	top := container.NewVBox(d.heading, d.facts, d.retiredBox)
	d.content = container.NewBorder(top, nil, nil, nil, d.tabs)
	return d
}

// open shows municipality r afresh: no measurement being edited.
func (d *municipalityDetail) open(r data.Record) {
	d.rec = r
	d.assess.open(r)
	d.loadNotes(r.Get(data.Municipality.Notes))
	d.notesMsg.SetText("")
	d.show()
}

// refresh rereads what the detail shows of r, keeping edits in progress.
func (d *municipalityDetail) refresh(r data.Record) {
	d.rec = r
	d.assess.refresh(r)
	if !d.notesDirty() {
		d.loadNotes(r.Get(data.Municipality.Notes))
	}
	d.show()
}

// show fills the heading and the lists.
func (d *municipalityDetail) show() {
	r, m := d.rec, d.m
	d.heading.SetText(r.Get(data.Municipality.Name))
	facts := []string{r.Get(data.Municipality.CbsCode)}
	if reg := r.Get(data.Municipality.SafetyRegion); reg != "" {
		facts = append(facts, lang.X("municipalities.facts.region", "veiligheidsregio {{.Region}}", map[string]any{"Region": reg}))
		if sub := r.Get(data.Municipality.Subregion); sub != "" && sub != reg {
			facts = append(facts, lang.X("municipalities.facts.subregion", "subregio {{.Subregion}}", map[string]any{"Subregion": sub}))
		}
	}
	for _, c := range m.clustersOf[r.ID] {
		if c.Get(data.Cluster.LeadMunicipalityID) == r.ID {
			facts = append(facts, lang.X("municipalities.facts.lead", "centrumgemeente van cluster {{.Cluster}}", map[string]any{"Cluster": c.Get(data.Cluster.Name)}))
		} else {
			facts = append(facts, lang.X("municipalities.facts.cluster", "cluster {{.Cluster}}", map[string]any{"Cluster": c.Get(data.Cluster.Name)}))
		}
	}
	d.facts.SetText(strings.Join(facts, " · "))
	wasRetired := d.retiredBox.Visible()
	if note := m.retiredNote(r); note != "" {
		d.retired.SetText(say.Capitalise(note) + ".")
		d.successor.SetText(lang.X("municipalities.successor", "Naar {{.Name}}", map[string]any{"Name": m.name(r.Get(data.Municipality.SuccessorID))}))
		if r.Get(data.Municipality.SuccessorID) == "" {
			d.successor.Hide()
		} else {
			d.successor.Show()
		}
		d.retiredBox.Show()
	} else {
		d.retiredBox.Hide()
	}
	if wasRetired != d.retiredBox.Visible() {
		d.content.Refresh()
	}
	d.showContacts()
	d.showAgreements()
	d.showPlans()
	d.showActivities()
	d.tabs.Refresh()
}

// showContacts lists the contacts who work for the municipality, the
// aandachtsfunctionaris mensenhandel first, then by role and name.
func (d *municipalityDetail) showContacts() {
	m := d.m
	set, err := m.store.IDsWhere(m.ctx, data.KindContact, data.Contact.MunicipalityIDs, d.rec.ID)
	if err != nil {
		fyne.LogError("contacts of municipality", err)
	}
	ids := slices.Sorted(maps.Keys(set)) // contacts with the same role and name stay in one order
	recs, err := m.store.GetMany(m.ctx, data.KindContact, ids)
	if err != nil {
		fyne.LogError("read contacts", err)
	}
	roleOrder := func(code string) int {
		for i, c := range data.ContactRoles {
			if c.Code == code {
				return i
			}
		}
		return len(data.ContactRoles) // no role last
	}
	sort.SliceStable(recs, func(i, j int) bool {
		a, b := roleOrder(recs[i].Get(data.Contact.Role)), roleOrder(recs[j].Get(data.Contact.Role))
		if a != b {
			return a < b
		}
		return data.Fold(recs[i].Get(data.Contact.Name)) < data.Fold(recs[j].Get(data.Contact.Name))
	})
	var orgIDs []string
	for _, r := range recs {
		if o := r.Get(data.Contact.OrganisationID); o != "" && !slices.Contains(orgIDs, o) {
			orgIDs = append(orgIDs, o)
		}
	}
	orgs := map[string]string{}
	if list, err := m.store.GetMany(m.ctx, data.KindOrganisation, orgIDs); err == nil {
		for _, o := range list {
			orgs[o.ID] = o.Get(data.Organisation.Name)
		}
	}
	cells := make([][]kit.Cell, len(recs))
	d.contactIDs = make([]string, len(recs))
	for i, r := range recs {
		role := kit.Plain(say.Choice(data.ContactRoles, r.Get(data.Contact.Role)))
		if r.Get(data.Contact.Role) == data.RoleAandachtsfunctionaris {
			role.Importance = widget.HighImportance
		}
		cells[i] = []kit.Cell{kit.Plain(r.Get(data.Contact.Name)), role, kit.Plain(orgs[r.Get(data.Contact.OrganisationID)]), kit.Plain(r.Get(data.Contact.Email))}
		d.contactIDs[i] = r.ID
	}
	d.contacts.SetRows(cells, func(i int) { m.ShowRecord(data.KindContact, d.contactIDs[i]) })
	d.contactsTab.Text = lang.X("municipalities.tab.contacts", "Contacten ({{.Count}})", map[string]any{"Count": len(recs)})
}

// showAgreements lists the agreements in force for the municipality.
func (d *municipalityDetail) showAgreements() {
	m := d.m
	recs, err := m.store.Agreements(m.ctx, data.AgreementFilter{MunicipalityID: d.rec.ID})
	if err != nil {
		fyne.LogError("agreements of municipality", err)
	}
	now, soon := today(m.store)
	cells := make([][]kit.Cell, len(recs))
	d.agreementIDs = make([]string, len(recs))
	for i, a := range recs {
		status := a.Get(data.Agreement.Status)
		cells[i] = []kit.Cell{kit.Plain(a.Get(data.Agreement.Title)), kit.Plain(say.Choice(data.AgreementStatuses, status)),
			dueCell(a.Get(data.Agreement.EvaluationDate), status, now, soon), dueCell(a.Get(data.Agreement.EndDate), status, now, soon)}
		d.agreementIDs[i] = a.ID
	}
	d.agreements.SetRows(cells, func(i int) { m.ShowRecord(data.KindAgreement, d.agreementIDs[i]) })
	d.agreementsTab.Text = lang.X("municipalities.tab.agreements", "Ketenafspraken ({{.Count}})", map[string]any{"Count": len(recs)})
}

// showPlans lists the plans for the municipality itself and for the
// clusters it is in.
func (d *municipalityDetail) showPlans() {
	m := d.m
	recs, err := m.store.List(m.ctx, data.KindPlan)
	if err != nil {
		fyne.LogError("list plans", err)
	}
	clusterName := map[string]string{}
	for _, c := range m.clustersOf[d.rec.ID] {
		clusterName[c.ID] = c.Get(data.Cluster.Name)
	}
	var cells [][]kit.Cell
	d.planIDs = nil
	for _, p := range recs {
		var scope string
		if p.Get(data.Plan.MunicipalityID) == d.rec.ID {
			scope = lang.X("municipalities.plan.self", "deze gemeente")
		} else if name, ok := clusterName[p.Get(data.Plan.ClusterID)]; ok {
			scope = lang.X("municipalities.plan.cluster", "cluster {{.Cluster}}", map[string]any{"Cluster": name})
		} else {
			continue
		}
		period := ""
		if a, b := p.Get(data.Plan.PeriodStart), p.Get(data.Plan.PeriodEnd); a != "" || b != "" {
			period = fmt.Sprintf("%s-%s", a, b)
		}
		cells = append(cells, []kit.Cell{kit.Plain(p.Get(data.Plan.Title)), kit.Plain(say.Choice(data.PlanStatuses, p.Get(data.Plan.Status))), kit.Plain(period), kit.Plain(scope)})
		d.planIDs = append(d.planIDs, p.ID)
	}
	d.plans.SetRows(cells, func(i int) { m.ShowRecord(data.KindPlan, d.planIDs[i]) })
	d.plansTab.Text = lang.X("municipalities.tab.plans", "Beleidsplannen ({{.Count}})", map[string]any{"Count": len(cells)})
}

// showActivities lists the activities in the municipality, the latest
// first; a click opens one on the Activiteiten screen.
func (d *municipalityDetail) showActivities() {
	m := d.m
	set, err := m.store.IDsWhere(m.ctx, data.KindActivity, data.Activity.MunicipalityIDs, d.rec.ID)
	if err != nil {
		fyne.LogError("activities of municipality", err)
	}
	recs, err := m.store.GetMany(m.ctx, data.KindActivity, slices.Sorted(maps.Keys(set)))
	if err != nil {
		fyne.LogError("read activities", err)
	}
	sort.SliceStable(recs, func(i, j int) bool {
		a, b := recs[i].Get(data.Activity.Date), recs[j].Get(data.Activity.Date)
		if a != b {
			return a > b
		}
		return data.Fold(recs[i].Get(data.Activity.Title)) < data.Fold(recs[j].Get(data.Activity.Title))
	})
	now, _ := today(m.store)
	cells := make([][]kit.Cell, len(recs))
	d.activityIDs = make([]string, len(recs))
	for i, r := range recs {
		cells[i] = []kit.Cell{kit.Plain(data.FormatDate(r.Get(data.Activity.Date))), kit.Plain(r.Get(data.Activity.Title)),
			kit.Plain(say.Choice(data.ActivityTypes, r.Get(data.Activity.Type))), activityStatusCell(r, now), participantsCell(r)}
		d.activityIDs[i] = r.ID
	}
	d.activities.SetRows(cells, func(i int) { m.ShowRecord(data.KindActivity, d.activityIDs[i]) })
	d.activitiesTab.Text = lang.X("municipalities.tab.activities", "Activiteiten ({{.Count}})", map[string]any{"Count": len(recs)})
}

// loadNotes puts the stored notes in the notes field.
func (d *municipalityDetail) loadNotes(notes string) {
	d.loading = true
	d.notesLoaded = notes
	d.notes.SetText(notes)
	d.loading = false
	d.notesChanged()
}

func (d *municipalityDetail) notesDirty() bool { return d.notes.Text != d.notesLoaded }

func (d *municipalityDetail) notesChanged() {
	if d.loading {
		return
	}
	if d.notesDirty() {
		d.notesSave.Enable()
		d.notesMsg.SetText("")
	} else {
		d.notesSave.Disable()
	}
}

// saveNotes stores the notes field.
func (d *municipalityDetail) saveNotes() {
	if !d.notesDirty() {
		return
	}
	m := d.m
	if err := m.store.Update(m.ctx, data.KindMunicipality, d.rec.ID, map[string]string{data.Municipality.Notes: d.notes.Text}); err != nil {
		d.notesMsg.Importance = widget.DangerImportance
		d.notesMsg.SetText(say.Error(err))
		return
	}
	r, err := m.store.Get(m.ctx, data.KindMunicipality, d.rec.ID)
	if err != nil {
		m.ShowError(err)
		return
	}
	d.rec = r
	m.byID[r.ID] = r
	d.loadNotes(r.Get(data.Municipality.Notes))
	d.notesMsg.Importance = widget.MediumImportance
	d.notesMsg.SetText(say.Done(lang.X("municipalities.notes.saved", "De notities zijn opgeslagen.")))
	m.RefreshOthers(m)
}

// dirty reports unsaved edits: a measurement or the notes.
func (d *municipalityDetail) dirty() bool { return d.assess.dirty() || d.notesDirty() }

// unsaved is the question before throwing the edits away.
func (d *municipalityDetail) unsaved() string {
	if d.assess.dirty() {
		return d.assess.unsaved()
	}
	return lang.X("municipalities.discard.notes", "U heeft de notities bij {{.Name}} gewijzigd maar niet opgeslagen. Wilt u deze wijzigingen weggooien?",
		map[string]any{"Name": d.rec.Get(data.Municipality.Name)})
}

// revert gives up the edits.
func (d *municipalityDetail) revert() {
	d.assess.revert()
	d.loadNotes(d.notesLoaded)
}

// save stores what is being edited (Ctrl+S): what the open tab edits, or
// else whatever has unsaved changes, the measurement first.
func (d *municipalityDetail) save() {
	switch tab := d.tabs.Selected(); {
	case tab == d.notesTab && d.notesDirty():
		d.saveNotes()
	case tab == d.assessTab && d.assess.editing:
		d.assess.save()
	case d.assess.dirty():
		d.tabs.Select(d.assessTab)
		d.assess.save()
	case d.notesDirty():
		d.tabs.Select(d.notesTab)
		d.saveNotes()
	}
}

// cancel gives up the edits of the open tab (Escape), after asking:
// changed notes go back to what is stored, a measurement closes. It
// reports whether there was anything to give up.
func (d *municipalityDetail) cancel() bool {
	tab := d.tabs.Selected()
	switch {
	case tab == d.notesTab && d.notesDirty(), !d.assess.editing && d.notesDirty():
		d.m.Ask(lang.X("municipalities.discard.title", "Wijzigingen niet opgeslagen"),
			lang.X("municipalities.discard.notes", "U heeft de notities bij {{.Name}} gewijzigd maar niet opgeslagen. Wilt u deze wijzigingen weggooien?",
				map[string]any{"Name": d.rec.Get(data.Municipality.Name)}),
			lang.X("municipalities.discard.yes", "Weggooien"), lang.X("municipalities.discard.no", "Terug naar het formulier"),
			func() { d.loadNotes(d.notesLoaded) }, nil)
	case d.assess.editing:
		d.tabs.Select(d.assessTab)
		d.assess.whenDiscarded(d.assess.close) // back to the history
	default:
		return false
	}
	return true
}

// newAssessment opens the editor for a new measurement (Ctrl+N).
func (d *municipalityDetail) newAssessment() {
	d.tabs.Select(d.assessTab)
	d.assess.whenDiscarded(d.assess.startNew)
}

// openMeasurement opens the measurement of a date in the editor.
func (d *municipalityDetail) openMeasurement(date string) {
	d.tabs.Select(d.assessTab)
	d.assess.edit(date)
}
