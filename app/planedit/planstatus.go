package planedit

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"ketenregie/app/kit"
	"ketenregie/app/say"
	"ketenregie/data"
)

// The status of a plan runs concept → ter bespreking → ter besluitvorming
// → vastgesteld. Moving to vastgesteld records when and by whom the plan
// was adopted, in the plan and in its version log, in one transaction.

// statusChosen follows the status select in the editor's header.
func (ed *planEditor) statusChosen(label string) {
	if ed.statusLoading {
		return
	}
	code := say.Code(data.PlanStatuses, label)
	current := ed.plan.Get(data.Plan.Status)
	if code == "" || code == current {
		return
	}
	revert := func() { ed.loadPlan() }
	switch {
	case code == data.PlanStatusVastgesteld:
		ed.adoptDialog(revert)
	case current == data.PlanStatusVastgesteld:
		ed.Ask(lang.X("plans.status.back.title", "Status terugzetten"),
			lang.X("plans.status.back.question", "Dit plan is vastgesteld. Wilt u de status terugzetten naar {{.Status}}? De gegevens van de vaststelling blijven bewaard.",
				map[string]any{"Status": label}),
			lang.X("plans.status.back.yes", "Status terugzetten"), lang.X("plans.cancel", "Annuleren"),
			func() { ed.setStatus(code) }, revert)
	default:
		ed.setStatus(code)
	}
}

// setStatus stores a new status.
func (ed *planEditor) setStatus(code string) {
	if err := ed.Store().Update(ed.Ctx(), data.KindPlan, ed.id, map[string]string{data.Plan.Status: code}); err != nil {
		ed.showMessage(planErrorText(err), widget.DangerImportance)
		ed.loadPlan()
		return
	}
	ed.afterPlanWrite()
	ed.showMessage(lang.X("plans.status.set", "De status is nu {{.Status}}.", map[string]any{"Status": say.Choice(data.PlanStatuses, code)}), widget.SuccessImportance)
}

// afterPlanWrite shows what a write to the plan record changed, keeping
// what the coordinator typed in the details form.
func (ed *planEditor) afterPlanWrite() {
	ed.loadPlan()
	ed.details.refresh(ed.plan)
	ed.versions.load()
	ed.p.loadList()
	ed.RefreshOthers(ed.p)
}

// adoptedBy is the usual wording of who adopted a plan for its scope.
func (ed *planEditor) adoptedBy() string {
	name := ed.scopeName()
	switch {
	case ed.plan.Get(data.Plan.MunicipalityID) != "" && name != "":
		return lang.X("plans.adopt.by.municipality", "het college van B&W van {{.Name}}", map[string]any{"Name": name})
	case ed.plan.Get(data.Plan.ClusterID) != "" && name != "":
		return lang.X("plans.adopt.by.cluster", "de colleges van B&W van de gemeenten in {{.Name}}", map[string]any{"Name": name})
	}
	return ""
}

// adoptDialog asks for the version, the date, who adopted the plan and
// the reference of the decision, then writes them to the plan, sets it to
// vastgesteld and adds a row to the version log, in one transaction.
// cancel runs when the coordinator gives up.
func (ed *planEditor) adoptDialog(cancel func()) {
	fields := &dialogFields{}
	version := fields.entry()
	v := ed.plan.Get(data.Plan.Version)
	if major, _, _ := strings.Cut(v, "."); v == "" || major == "0" {
		v = "1.0"
	}
	version.SetText(v)
	date := fields.entry()
	date.SetText(ed.Store().Now().Format("02-01-2006"))
	date.SetPlaceHolder(lang.X("plans.date.hint", "dd-mm-jjjj"))
	by := fields.entry()
	by.SetText(ed.plan.Get(data.Plan.AdoptedBy))
	if by.Text == "" {
		by.SetText(ed.adoptedBy())
	}
	by.SetPlaceHolder(lang.X("plans.adopt.by.hint", "bijvoorbeeld het college van B&W van Hoorn"))
	reference := fields.entry()
	reference.SetText(ed.plan.Get(data.Plan.Reference))
	reference.SetPlaceHolder(lang.X("plans.adopt.reference.hint", "zaaknummer of nummer van het besluit"))
	intro := widget.NewLabel(lang.X("plans.adopt.intro", "{{.Title}} krijgt de status Vastgesteld. Leg vast wanneer en door wie het plan is vastgesteld; dit komt ook in het versiebeheer.",
		map[string]any{"Title": ed.plan.Get(data.Plan.Title)}))
	intro.Wrapping = fyne.TextWrapWord
	form := container.NewVBox(intro, container.New(layout.NewFormLayout(),
		kit.FormLabel(lang.X("plans.field.version", "Versie *")), version,
		kit.FormLabel(lang.X("plans.field.adopted.date", "Datum vaststelling *")), date,
		kit.FormLabel(lang.X("plans.field.adopted.by", "Vastgesteld door *")), by,
		kit.FormLabel(lang.X("plans.field.reference", "Kenmerk")), reference,
	))
	fields.f = showForm(ed, lang.X("plans.adopt.title", "Plan vaststellen"), lang.X("plans.adopt.confirm", "Vaststellen"), form, 600,
		func() error {
			iso, ok := data.ParseDate(date.Text)
			switch {
			case strings.TrimSpace(version.Text) == "":
				return errorf(lang.X("plans.error.version", "Vul het versienummer in, bijvoorbeeld 1.0."))
			case !ok:
				return errorf(lang.X("plans.error.date", "Vul de datum van vaststelling in als dd-mm-jjjj."))
			case strings.TrimSpace(by.Text) == "":
				return errorf(lang.X("plans.error.adopted.by", "Vul in door wie het plan is vastgesteld."))
			}
			change := lang.X("plans.adopt.change", "Vastgesteld door {{.By}}", map[string]any{"By": strings.TrimSpace(by.Text)})
			if k := strings.TrimSpace(reference.Text); k != "" {
				change += lang.X("plans.adopt.change.reference", " (kenmerk {{.Reference}})", map[string]any{"Reference": k})
			}
			err := ed.Store().Write(ed.Ctx(), func(t *data.Tx) error {
				if err := t.Update(data.KindPlan, ed.id, map[string]string{data.Plan.Status: data.PlanStatusVastgesteld, data.Plan.Version: version.Text,
					data.Plan.AdoptedDate: iso, data.Plan.AdoptedBy: by.Text, data.Plan.Reference: reference.Text}); err != nil {
					return err
				}
				_, err := t.Create(data.KindPlanversion, map[string]string{data.Planversion.PlanID: ed.id, data.Planversion.Version: version.Text,
					data.Planversion.Date: iso, data.Planversion.Author: ed.plan.Get(data.Plan.Author), data.Planversion.Change: change})
				return err
			})
			if err != nil {
				return err
			}
			ed.afterPlanWrite()
			ed.showMessage(lang.X("plans.adopt.done", "Het plan is vastgesteld op {{.Date}} door {{.By}}.",
				map[string]any{"Date": data.FormatDate(iso), "By": strings.TrimSpace(by.Text)}), widget.SuccessImportance)
			return nil
		}, cancel)
}
