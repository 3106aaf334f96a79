package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// makePDF prints plan planID as PDF, after asking whether it is for
// publication: a public version leaves out the contact list (Bijlage B),
// which holds personal data and is marked "Niet openbaar".
func (p *plansScreen) makePDF(planID string) {
	plan, err := p.store.Get(p.ctx, "plan", planID)
	if err != nil {
		p.showError(err)
		return
	}
	public := widget.NewCheck(lang.X("plans.pdf.public", "Openbare versie: zonder de contactenlijst"), nil)
	explain := hint(lang.X("plans.pdf.public.hint",
		"De contactenlijst bevat namen en werkgegevens van contactpersonen en is niet openbaar. Kies de openbare versie voor publicatie of een raadsvoorstel."))
	d := dialog.NewCustomConfirm(lang.X("plans.pdf.title", "PDF maken"), lang.X("plans.pdf.make", "PDF maken"), lang.X("plans.pdf.cancel", "Annuleren"),
		container.NewVBox(public, explain), safe1(p.env, func(ok bool) {
			if ok {
				p.savePlanPDF(plan, public.Checked)
			}
		}), p.win)
	d.Resize(fyne.NewSize(520, 220))
	d.Show()
}
