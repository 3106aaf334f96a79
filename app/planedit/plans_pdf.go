package planedit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ketenregie/app/kit"
	"ketenregie/data"
	"ketenregie/export"
)

// makePDF prints plan planID as PDF, after asking whether it is for
// publication: a public version leaves out the contact list (Bijlage B),
// which holds personal data and is marked "Niet openbaar". The open plan's
// typed text and details are saved first (or given up), so the PDF holds
// what the coordinator sees and says truly whether it is a version.
func (p *Screen) makePDF(planID string) {
	p.whenDiscarded(func() { p.askPDF(planID) }, nil)
}

// askPDF is the question before printing. A plan changed since its last
// version prints as a working copy ("werkversie na 0.4"); the question says
// so and offers to make a new version first, so what is sent round is a
// version its readers can refer to.
func (p *Screen) askPDF(planID string) {
	plan, err := p.Store().Get(p.Ctx(), data.KindPlan, planID)
	if err != nil {
		p.ShowError(err)
		return
	}
	ed, err := export.PlanEdition(p.Ctx(), p.Store(), planID)
	if err != nil {
		p.ShowError(err)
		return
	}
	public := widget.NewCheck(lang.X("plans.pdf.public", "Openbare versie: zonder de contactenlijst"), nil)
	explain := kit.Hint(lang.X("plans.pdf.public.hint",
		"De contactenlijst bevat namen en werkgegevens van contactpersonen en is niet openbaar. Kies de openbare versie voor publicatie of een raadsvoorstel."))
	content := container.NewVBox(public, explain)
	if ed.Working {
		content.Objects = append([]fyne.CanvasObject{workingCopyNote(ed), widget.NewSeparator()}, content.Objects...)
	}

	d := dialog.NewCustomWithoutButtons(lang.X("plans.pdf.title", "PDF maken"), content, p.Window())
	cancel := widget.NewButton(lang.X("plans.pdf.cancel", "Annuleren"), d.Hide)
	makeButton := widget.NewButtonWithIcon(lang.X("plans.pdf.make", "PDF maken"), theme.DocumentPrintIcon(), func() {
		d.Hide()
		p.SavePlanPDF(plan, public.Checked)
	})
	makeButton.Importance = widget.HighImportance
	buttons := []fyne.CanvasObject{cancel}
	if editor := p.ed; ed.Working && editor != nil && editor.id == planID {
		first := widget.NewButtonWithIcon(lang.X("plans.pdf.version.first", "Eerst nieuwe versie maken…"), theme.HistoryIcon(), func() {
			d.Hide()
			editor.newVersionThenPDF(public.Checked)
		})
		buttons = append(buttons, first)
		p.Guard(first)
	}
	buttons = append(buttons, makeButton)
	p.Guard(cancel, makeButton)
	d.SetButtons(buttons)
	width := float32(520)
	if ed.Working {
		width = 640
	}
	d.Resize(fyne.NewSize(width, d.MinSize().Height))
	d.Show()
}

// workingCopyNote says that the PDF will be a working copy, and why.
func workingCopyNote(ed export.Edition) fyne.CanvasObject {
	args := map[string]any{"Version": ed.Version, "Date": data.FormatDate(ed.Date)}
	text := lang.X("plans.pdf.working",
		"Het plan is gewijzigd na versie {{.Version}}, laatst op {{.Date}}. De PDF wordt daarom de werkversie na {{.Version}}: zo staat het op het voorblad, onderaan elke pagina en in de bestandsnaam. Stuurt u het plan rond, maak dan eerst een nieuwe versie.", args)
	if ed.Version == "" {
		text = lang.X("plans.pdf.working.none",
			"Van dit plan is nog geen versie vastgelegd. De PDF wordt daarom een werkversie van {{.Date}}: zo staat het op het voorblad, onderaan elke pagina en in de bestandsnaam. Stuurt u het plan rond, maak dan eerst een versie.", args)
	}
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	l.Importance = widget.WarningImportance
	return l
}

// newVersionThenPDF opens the Versiebeheer's form for a new version, with
// what Versie toevoegen proposes, and once the version is stored saves
// the PDF, which then prints as that version.
func (ed *planEditor) newVersionThenPDF(public bool) {
	// The PDF reads what it prints from the store, so it shows the new
	// version once the form has stored it and closed.
	ed.versions.addThen(func() { ed.SavePlanPDF(ed.plan, public) })
}
