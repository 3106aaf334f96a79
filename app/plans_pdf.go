package app

import (
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
)

// makePDF makes the PDF of plan planID. The export is being added; until
// then the coordinator is told so.
func (p *plansScreen) makePDF(planID string) {
	dialog.ShowInformation(lang.X("plans.pdf.title", "PDF maken"),
		lang.X("plans.pdf.soon", "Het maken van een PDF van het plan wordt op dit moment aan Ketenregie toegevoegd."), p.win)
}
