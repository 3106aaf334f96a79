package planedit

import (
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ketenregie/app/kit"
	"ketenregie/app/say"
	"ketenregie/data"
)

// planVersions is the version log of a plan (versiebeheer): version, date,
// author and what changed, as the plan prints it on its second page.
type planVersions struct {
	ed       *planEditor
	versions []data.Record
	// The versions in a table; selected is the chosen one.
	*kit.RecordTable

	count      *widget.Label
	addButton  *widget.Button
	editButton *widget.Button
	delButton  *widget.Button
	viewButton *widget.Button // the plan as it was at the chosen version
	diffButton *widget.Button // what changed since the chosen version, up to now or another version
	content    fyne.CanvasObject
}

func newPlanVersions(ed *planEditor) *planVersions {
	v := &planVersions{ed: ed}
	v.RecordTable = kit.NewRecordTable(ed, []kit.Column{
		{Title: lang.X("plans.version.col.version", "Versie"), Min: 70, Weight: 0},
		{Title: lang.X("plans.version.col.date", "Datum"), Min: 110, Weight: 0},
		{Title: lang.X("plans.version.col.author", "Auteur"), Min: 160, Weight: 1},
		{Title: lang.X("plans.version.col.change", "Wijziging"), Min: 240, Weight: 3}}, lang.X("plans.versions.empty", "Er zijn nog geen versies vastgelegd. Kies Versie toevoegen wanneer u een versie van het plan rondstuurt."),
		v.openVersion)
	v.count = widget.NewLabel("")
	v.addButton = widget.NewButtonWithIcon(lang.X("plans.version.add", "Versie toevoegen"), theme.ContentAddIcon(), v.add)
	v.addButton.Importance = widget.HighImportance
	v.editButton = widget.NewButtonWithIcon(lang.X("plans.action.edit", "Bewerken…"), theme.DocumentCreateIcon(), func() { v.openVersion(v.Selected) })
	v.delButton = widget.NewButtonWithIcon(lang.X("plans.delete", "Verwijderen"), theme.DeleteIcon(), v.remove)
	v.delButton.Importance = widget.DangerImportance
	chosen := func(f func(data.Record)) func() {
		return func() {
			if i := v.Index(v.Selected); i >= 0 {
				f(v.versions[i])
			}
		}
	}
	v.viewButton = widget.NewButtonWithIcon(lang.X("plans.version.view", "Bekijken"), theme.VisibilityIcon(), chosen(v.showVersion))
	v.diffButton = widget.NewButtonWithIcon(lang.X("plans.version.compare", "Vergelijken…"), theme.ViewRestoreIcon(), chosen(v.chooseCompare))
	ed.Guard(v.addButton, v.editButton, v.delButton, v.viewButton, v.diffButton)
	v.Buttons = []*widget.Button{v.editButton, v.delButton, v.viewButton, v.diffButton}
	tools := container.NewBorder(nil, nil, v.count, container.NewHBox(v.addButton, v.viewButton, v.diffButton, v.editButton, v.delButton))
	v.content = container.NewPadded(container.NewBorder(tools, nil, nil, nil, v.TableWithNote(460)))
	return v
}

// load reads the version log, by version number.
func (v *planVersions) load() {
	recs, err := v.ed.Store().ListWhere(v.ed.Ctx(), data.KindPlanversion, data.Planversion.PlanID, v.ed.id)
	if err != nil {
		fyne.LogError("list versions", err)
	}
	sort.SliceStable(recs, func(i, j int) bool {
		a, b := recs[i], recs[j]
		if a.Get(data.Planversion.Version) != b.Get(data.Planversion.Version) {
			return versionLess(a.Get(data.Planversion.Version), b.Get(data.Planversion.Version))
		}
		return a.Get(data.Planversion.Date) < b.Get(data.Planversion.Date)
	})
	v.versions = recs
	ids := make([]string, len(recs))
	rows := make([][]kit.Cell, len(recs))
	for i, r := range recs {
		ids[i] = r.ID
		rows[i] = []kit.Cell{kit.Plain(r.Get(data.Planversion.Version)), kit.Plain(data.FormatDate(r.Get(data.Planversion.Date))),
			kit.Plain(r.Get(data.Planversion.Author)), kit.Plain(r.Get(data.Planversion.Change))}
	}
	v.SetRows(ids, rows)
	v.count.SetText(say.Count(len(recs),
		lang.X("plans.versions.count.zero", "Geen versies"),
		lang.X("plans.versions.count.one", "1 versie"),
		lang.X("plans.versions.count", "{{.Count}} versies", map[string]any{"Count": len(recs)})))
}

// add asks for a new version; the plan takes its number, in the same transaction.
func (v *planVersions) add() { v.addThen(nil) }

// addThen is add, running then once the version is stored and its form
// has closed (the PDF question makes the PDF of the new version).
func (v *planVersions) addThen(then func()) {
	// A version records the plan as it is stored: the text typed last is
	// saved first, and unsaved details must be saved by the user.
	if err := v.ed.text.flush(); err != nil {
		return // the editor says what went wrong
	}
	if v.ed.details.Edited() {
		v.ed.showMessage(lang.X("plans.version.unsaved", "Sla eerst de wijzigingen in Gegevens op: een versie legt het plan vast zoals het is opgeslagen."), widget.WarningImportance)
		return
	}
	plan := v.ed.plan
	r := data.Record{Values: map[string]string{data.Planversion.Version: nextVersion(plan.Get(data.Plan.Version)),
		data.Planversion.Date: v.ed.Store().Now().Format("2006-01-02"), data.Planversion.Author: plan.Get(data.Plan.Author)}}
	v.form(r, then, func(vals map[string]string) error {
		return v.ed.Store().Write(v.ed.Ctx(), func(t *data.Tx) error {
			vals[data.Planversion.PlanID] = v.ed.id
			id, err := t.Create(data.KindPlanversion, vals)
			if err != nil {
				return err
			}
			v.Selected = id
			return t.Update(data.KindPlan, v.ed.id, map[string]string{data.Plan.Version: vals[data.Planversion.Version]})
		})
	})
}

// edit opens the form of a version row.
func (v *planVersions) edit(r data.Record) {
	v.form(r, nil, func(vals map[string]string) error {
		return v.ed.Store().Update(v.ed.Ctx(), data.KindPlanversion, r.ID, vals)
	})
}

// openVersion opens the form of version row id, if the table shows it.
func (v *planVersions) openVersion(id string) {
	if i := v.Index(id); i >= 0 {
		v.edit(v.versions[i])
	}
}

// form shows the fields of a version row; store writes them, and then
// (may be nil) runs once the form has closed.
func (v *planVersions) form(r data.Record, then func(), store func(map[string]string) error) {
	fields := &dialogFields{}
	version := fields.entry()
	version.SetText(r.Get(data.Planversion.Version))
	date := fields.entry()
	date.SetText(data.FormatDate(r.Get(data.Planversion.Date)))
	date.SetPlaceHolder(lang.X("plans.date.hint", "dd-mm-jjjj"))
	author := fields.entry()
	author.SetText(r.Get(data.Planversion.Author))
	change := fields.entry()
	change.SetText(r.Get(data.Planversion.Change))
	change.SetPlaceHolder(lang.X("plans.version.change.hint", "bijvoorbeeld: Reacties van de ketenpartners verwerkt"))
	form := container.New(layout.NewFormLayout(),
		kit.FormLabel(lang.X("plans.field.version", "Versie *")), version,
		kit.FormLabel(lang.X("plans.version.field.date", "Datum")), date,
		kit.FormLabel(lang.X("plans.field.author", "Auteur")), author,
		kit.FormLabel(lang.X("plans.version.field.change", "Wijziging")), change,
	)
	heading, confirm := lang.X("plans.version.edit.title", "Versie bewerken"), lang.X("plans.save", "Opslaan")
	if r.ID == "" {
		heading, confirm = lang.X("plans.version.add.title", "Versie toevoegen"), lang.X("plans.action.add.confirm", "Toevoegen")
	}
	fields.f = showForm(v.ed, heading, confirm, form, 600, func() error {
		vals := map[string]string{data.Planversion.Version: strings.TrimSpace(version.Text), data.Planversion.Date: date.Text,
			data.Planversion.Author: author.Text, data.Planversion.Change: change.Text}
		if err := store(vals); err != nil {
			return err
		}
		v.ed.afterPlanWrite()
		return nil
	}, nil)
	fields.f.then = then
	v.ed.Window().Canvas().Focus(change)
}

// remove deletes the selected version row; the undo bar offers it back.
func (v *planVersions) remove() {
	for _, r := range v.versions {
		if r.ID == v.Selected {
			v.ed.deleteRow(v.RecordTable, data.KindPlanversion, r.ID,
				lang.X("plans.version.deleted", "Versie {{.Version}}", map[string]any{"Version": r.Get(data.Planversion.Version)}), v.load)
			return
		}
	}
}
