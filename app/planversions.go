package app

import (
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

// planVersions is the version log of a plan (versiebeheer): version, date,
// author and what changed, as the plan prints it on its second page.
type planVersions struct {
	ed       *planEditor
	versions []data.Record
	selected string

	view       *rowTable
	count      *widget.Label
	empty      *widget.Label
	addButton  *widget.Button
	editButton *widget.Button
	delButton  *widget.Button
	content    fyne.CanvasObject
}

func newPlanVersions(ed *planEditor) *planVersions {
	v := &planVersions{ed: ed}
	v.view = newRowTable([]column{
		{lang.X("plans.version.col.version", "Versie"), 70, 0},
		{lang.X("plans.version.col.date", "Datum"), 110, 0},
		{lang.X("plans.version.col.author", "Auteur"), 160, 1},
		{lang.X("plans.version.col.change", "Wijziging"), 240, 3},
	})
	v.view.onSelect = func(i int) {
		v.selected = ""
		if i >= 0 && i < len(v.versions) {
			v.selected = v.versions[i].ID
		}
		v.updateButtons()
	}
	v.view.onOpen = func(i int) {
		if i >= 0 && i < len(v.versions) {
			v.edit(v.versions[i])
		}
	}
	v.count = widget.NewLabel("")
	v.empty = widget.NewLabel(lang.X("plans.versions.empty", "Er zijn nog geen versies vastgelegd. Kies Versie toevoegen wanneer u een versie van het plan rondstuurt."))
	v.empty.Wrapping = fyne.TextWrapWord
	v.empty.Alignment = fyne.TextAlignCenter
	v.empty.Importance = widget.LowImportance
	v.addButton = widget.NewButtonWithIcon(lang.X("plans.version.add", "Versie toevoegen"), theme.ContentAddIcon(), v.add)
	v.addButton.Importance = widget.HighImportance
	v.editButton = widget.NewButtonWithIcon(lang.X("plans.action.edit", "Bewerken…"), theme.DocumentCreateIcon(), func() {
		for _, r := range v.versions {
			if r.ID == v.selected {
				v.edit(r)
			}
		}
	})
	v.delButton = widget.NewButtonWithIcon(lang.X("plans.delete", "Verwijderen"), theme.DeleteIcon(), v.remove)
	v.delButton.Importance = widget.DangerImportance
	tools := container.NewBorder(nil, nil, v.count, container.NewHBox(v.addButton, v.editButton, v.delButton))
	body := container.NewStack(v.view.Content(), container.NewCenter(container.NewGridWrap(fyne.NewSize(460, 80), v.empty)))
	v.content = container.NewPadded(container.NewBorder(tools, nil, nil, nil, body))
	return v
}

// load reads the version log, by version number.
func (v *planVersions) load() {
	recs, err := v.ed.p.store.ListWhere(v.ed.p.ctx, "planversion", "plan_id", v.ed.id)
	if err != nil {
		fyne.LogError("list versions", err)
	}
	sort.SliceStable(recs, func(i, j int) bool {
		a, b := recs[i], recs[j]
		if a.Get("version") != b.Get("version") {
			return versionLess(a.Get("version"), b.Get("version"))
		}
		return a.Get("date") < b.Get("date")
	})
	v.versions = recs
	rows := make([][]cell, len(recs))
	sel := -1
	for i, r := range recs {
		rows[i] = []cell{plain(r.Get("version")), plain(data.FormatDate(r.Get("date"))), plain(r.Get("author")), plain(r.Get("change"))}
		if r.ID == v.selected {
			sel = i
		}
	}
	if sel < 0 {
		v.selected = ""
	}
	v.view.setRows(rows, sel)
	switch len(recs) {
	case 0:
		v.count.SetText(lang.X("plans.versions.count.zero", "Geen versies"))
		v.empty.Show()
	case 1:
		v.count.SetText(lang.X("plans.versions.count.one", "1 versie"))
		v.empty.Hide()
	default:
		v.count.SetText(lang.X("plans.versions.count", "{{.Count}} versies", map[string]any{"Count": len(recs)}))
		v.empty.Hide()
	}
	v.updateButtons()
}

func (v *planVersions) updateButtons() {
	if v.selected == "" {
		v.editButton.Disable()
		v.delButton.Disable()
	} else {
		v.editButton.Enable()
		v.delButton.Enable()
	}
}

// add asks for a new version; the plan takes its number, in the same transaction.
func (v *planVersions) add() {
	plan := v.ed.plan
	r := data.Record{Values: map[string]string{"version": nextVersion(plan.Get("version")),
		"date": v.ed.p.store.Now().Format("2006-01-02"), "author": plan.Get("author")}}
	v.form(r, func(vals map[string]string) error {
		return v.ed.p.store.Write(v.ed.p.ctx, func(t *data.Tx) error {
			vals["plan_id"] = v.ed.id
			id, err := t.Create("planversion", vals)
			if err != nil {
				return err
			}
			v.selected = id
			return t.Update("plan", v.ed.id, map[string]string{"version": vals["version"]})
		})
	})
}

// edit opens the form of a version row.
func (v *planVersions) edit(r data.Record) {
	v.form(r, func(vals map[string]string) error {
		return v.ed.p.store.Update(v.ed.p.ctx, "planversion", r.ID, vals)
	})
}

// form shows the fields of a version row; store writes them.
func (v *planVersions) form(r data.Record, store func(map[string]string) error) {
	fields := &dialogFields{}
	version := fields.entry()
	version.SetText(r.Get("version"))
	date := fields.entry()
	date.SetText(data.FormatDate(r.Get("date")))
	date.SetPlaceHolder(lang.X("plans.date.hint", "dd-mm-jjjj"))
	author := fields.entry()
	author.SetText(r.Get("author"))
	change := fields.entry()
	change.SetText(r.Get("change"))
	change.SetPlaceHolder(lang.X("plans.version.change.hint", "bijvoorbeeld: Reacties van de ketenpartners verwerkt"))
	form := container.New(layout.NewFormLayout(),
		formLabel(lang.X("plans.field.version", "Versie *")), version,
		formLabel(lang.X("plans.version.field.date", "Datum")), date,
		formLabel(lang.X("plans.field.author", "Auteur")), author,
		formLabel(lang.X("plans.version.field.change", "Wijziging")), change,
	)
	heading, confirm := lang.X("plans.version.edit.title", "Versie bewerken"), lang.X("plans.save", "Opslaan")
	if r.ID == "" {
		heading, confirm = lang.X("plans.version.add.title", "Versie toevoegen"), lang.X("plans.action.add.confirm", "Toevoegen")
	}
	fields.f = v.ed.p.showForm(heading, confirm, form, 600, func() error {
		vals := map[string]string{"version": strings.TrimSpace(version.Text), "date": date.Text, "author": author.Text, "change": change.Text}
		if err := store(vals); err != nil {
			return err
		}
		v.ed.afterPlanWrite()
		return nil
	}, nil)
	v.ed.p.win.Canvas().Focus(change)
}

// remove deletes the selected version row; the undo bar offers it back.
func (v *planVersions) remove() {
	for _, r := range v.versions {
		if r.ID != v.selected {
			continue
		}
		if err := v.ed.p.store.Delete(v.ed.p.ctx, "planversion", r.ID); err != nil {
			v.ed.showMessage(planErrorText(err), widget.DangerImportance)
			return
		}
		v.selected = ""
		v.load()
		v.ed.p.deleted(lang.X("plans.version.deleted", "Versie {{.Version}}", map[string]any{"Version": r.Get("version")}), "planversion", r.ID)
		return
	}
}
