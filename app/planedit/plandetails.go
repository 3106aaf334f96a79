package planedit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"ketenregie/app/kit"
	"ketenregie/app/say"
	"ketenregie/data"
)

// planDetails is the form with the plan's own fields: the Gegevens tab
// (title, scope, period, author, version, adoption) and the Doelen en
// resultaten tab. It is saved with the editor's Save button.
type planDetails struct {
	ed *planEditor
	kit.FormState
	scopes scopes

	title, periodStart, periodEnd, author, version *kit.TextEntry
	adoptedBy, adoptedDate, reference              *kit.TextEntry
	scope                                          *widget.Select
	goals, results                                 *kit.TextEntry

	content      fyne.CanvasObject // the Gegevens tab
	goalsContent fyne.CanvasObject // the Doelen en resultaten tab
}

func newPlanDetails(ed *planEditor) *planDetails {
	d := &planDetails{ed: ed}
	// The editor's Save button saves the text too: it is offered when
	// either has something to save.
	d.Values, d.SaveButton, d.CanSave = d.fields, ed.saveButton, ed.dirty
	ed.KeepDrafts(data.KindPlan, &d.FormState, func() string { return say.Join(" ", "plan", ed.plan.Get(data.Plan.Title)) })
	d.title = d.field(false)
	d.periodStart = d.field(false)
	d.periodEnd = d.field(false)
	d.author = d.field(false)
	d.version = d.field(false)
	d.adoptedBy = d.field(false)
	d.adoptedBy.SetPlaceHolder(lang.X("plans.adopt.by.hint", "bijvoorbeeld het college van B&W van Hoorn"))
	d.adoptedDate = d.field(false)
	d.adoptedDate.SetPlaceHolder(lang.X("plans.date.hint", "dd-mm-jjjj"))
	d.reference = d.field(false)
	d.reference.SetPlaceHolder(lang.X("plans.adopt.reference.hint", "zaaknummer of nummer van het besluit"))
	d.scope = widget.NewSelect(nil, func(string) { d.Changed() })
	ed.Guard(d.scope)
	d.goals = d.field(true)
	d.goals.SetPlaceHolder(lang.X("plans.goals.hint", "Eén doel per regel, bijvoorbeeld: Iedere gemeente heeft een getrainde aandachtsfunctionaris mensenhandel."))
	d.goals.SetMinRowsVisible(9)
	d.results = d.field(true)
	d.results.SetPlaceHolder(lang.X("plans.results.hint", "Eén resultaat per regel, meetbaar en met een jaartal, bijvoorbeeld: In 2026 is 90% van de baliemedewerkers getraind."))
	d.results.SetMinRowsVisible(9)

	period := container.NewGridWithColumns(2, d.periodStart,
		container.NewBorder(nil, nil, widget.NewLabel(lang.X("plans.period.to", "t/m")), nil, d.periodEnd))
	// One form for both parts, so the labels line up.
	form := container.New(layout.NewFormLayout(),
		widget.NewLabel(""), kit.Subheading(lang.X("plans.details.heading", "Gegevens van het plan")),
		kit.FormLabel(lang.X("plans.field.title", "Titel *")), d.title,
		kit.FormLabel(lang.X("plans.field.scope", "Gemeente of cluster *")), d.scope,
		kit.FormLabel(lang.X("plans.field.period", "Periode")), period,
		kit.FormLabel(lang.X("plans.field.author", "Auteur")), d.author,
		kit.FormLabel(lang.X("plans.field.version.plain", "Versie")), d.version,
		widget.NewLabel(""), container.NewVBox(widget.NewSeparator(), kit.Subheading(lang.X("plans.adoption.heading", "Vaststelling")),
			kit.NewQuietText(lang.X("plans.adoption.hint", "Deze gegevens worden ingevuld wanneer u de status op Vastgesteld zet."))),
		kit.FormLabel(lang.X("plans.field.adopted.by.plain", "Vastgesteld door")), d.adoptedBy,
		kit.FormLabel(lang.X("plans.field.adopted.date.plain", "Datum vaststelling")), d.adoptedDate,
		kit.FormLabel(lang.X("plans.field.reference", "Kenmerk")), d.reference,
	)
	d.content = container.NewVScroll(container.NewPadded(form))

	goalsHint := kit.NewQuietText(lang.X("plans.goals.intro", "De doelen en beoogde resultaten staan vooraan in het plan. Zet elk doel en elk resultaat op een eigen regel."))
	d.goalsContent = container.NewVScroll(container.NewPadded(container.NewVBox(goalsHint,
		kit.Subheading(lang.X("plans.field.goals", "Doelen")), d.goals,
		kit.Subheading(lang.X("plans.field.results", "Beoogde resultaten")), d.results)))
	return d
}

// field makes a form entry that passes the editor's shortcut keys on.
func (d *planDetails) field(multiLine bool) *kit.TextEntry {
	e := d.Entry(func(k fyne.KeyName) bool { return d.ed.shortcut(k) }, multiLine)
	d.ed.Guard(e)
	return e
}

// load fills the form with the plan.
func (d *planDetails) load(plan data.Record) {
	d.Loading = true
	d.scopes = loadScopes(d.ed.Ctx(), d.ed.Store(), plan.Get(data.Plan.MunicipalityID), plan.Get(data.Plan.ClusterID))
	d.scope.SetOptions(d.scopes.labels)
	for name, v := range d.fromRecord(plan) {
		d.set(name, v)
	}
	d.EndLoad()
	d.ClearMessage()
	d.Changed()
}

// refresh shows the plan as stored now, keeping the fields the
// coordinator has changed and not yet saved.
func (d *planDetails) refresh(plan data.Record) {
	if !d.Edited() {
		d.load(plan)
		return
	}
	current := d.Values()
	stored := d.fromRecord(plan)
	d.Loading = true
	for name, v := range stored {
		if current[name] == d.Loaded[name] {
			d.set(name, v)
		}
		d.Loaded[name] = v
	}
	d.Loading = false
	d.Changed()
}

// fromRecord is the form's values for a plan record.
func (d *planDetails) fromRecord(plan data.Record) map[string]string {
	_, label := d.scopes.scopeOf(plan)
	return map[string]string{
		data.Plan.Title: plan.Get(data.Plan.Title), "scope": label, data.Plan.PeriodStart: plan.Get(data.Plan.PeriodStart),
		data.Plan.PeriodEnd: plan.Get(data.Plan.PeriodEnd), data.Plan.Author: plan.Get(data.Plan.Author), data.Plan.Version: plan.Get(data.Plan.Version),
		data.Plan.AdoptedBy: plan.Get(data.Plan.AdoptedBy), data.Plan.AdoptedDate: data.FormatDate(plan.Get(data.Plan.AdoptedDate)),
		data.Plan.Reference: plan.Get(data.Plan.Reference), data.Plan.Goals: plan.Get(data.Plan.Goals), data.Plan.Results: plan.Get(data.Plan.Results),
	}
}

// entries maps the form's values to their entries.
func (d *planDetails) entries() map[string]*kit.TextEntry {
	return map[string]*kit.TextEntry{
		data.Plan.Title: d.title, data.Plan.PeriodStart: d.periodStart, data.Plan.PeriodEnd: d.periodEnd, data.Plan.Author: d.author,
		data.Plan.Version: d.version, data.Plan.AdoptedBy: d.adoptedBy, data.Plan.AdoptedDate: d.adoptedDate,
		data.Plan.Reference: d.reference, data.Plan.Goals: d.goals, data.Plan.Results: d.results,
	}
}

func (d *planDetails) set(name, v string) {
	if name == "scope" {
		d.scope.SetSelected(v)
		return
	}
	d.entries()[name].SetText(v)
}

// fields are the form's values as typed.
func (d *planDetails) fields() map[string]string {
	out := map[string]string{"scope": d.scope.Selected}
	for name, e := range d.entries() {
		out[name] = e.Text
	}
	return out
}

// save stores the form, and reports whether that worked. On an error
// nothing is saved, the message says why and the field is marked.
func (d *planDetails) save() bool {
	if !d.Edited() {
		return true
	}
	d.ed.clearMessage()
	vals := d.Values()
	s, ok := d.scopes.byLabel[vals["scope"]]
	if !ok {
		d.showError(errorf(lang.X("plans.error.scope", "Kies voor welke gemeente of welk cluster het plan is.")), nil)
		return false
	}
	update := scopeValues(s)
	for name := range d.entries() {
		update[name] = vals[name]
	}
	for _, f := range []string{data.Plan.PeriodStart, data.Plan.PeriodEnd} {
		y, err := parseYear(vals[f])
		if err != nil {
			d.showError(err, d.entries()[f])
			return false
		}
		update[f] = y
	}
	ed := d.ed
	if err := ed.Store().Update(ed.Ctx(), data.KindPlan, ed.id, update); err != nil {
		var field *kit.TextEntry
		if e, ok := data.AsError(err); ok {
			field = d.entries()[e.Field]
		}
		d.showError(err, field)
		return false
	}
	ed.loadPlan()
	d.load(ed.plan)
	ed.p.loadList()
	ed.RefreshOthers(ed.p)
	ed.showMessage(lang.X("plans.saved", "De gegevens van het plan zijn opgeslagen."), widget.SuccessImportance)
	return true
}

// showError shows why the form was not saved, marks the field and shows
// the tab it is on.
func (d *planDetails) showError(err error, field *kit.TextEntry) {
	d.Unmark()
	msg := planErrorText(err)
	d.ed.showMessage(msg, widget.DangerImportance)
	if field == nil {
		return
	}
	d.Mark(field, msg)
	if field == d.goals || field == d.results {
		d.ed.tabs.Select(d.ed.goalsTab)
	} else {
		d.ed.tabs.Select(d.ed.detailsTab)
	}
}
