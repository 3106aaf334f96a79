package app

import (
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
)

// makePDF prints the overview of the agreements that pass the screen's
// filter (see filter). Placeholder until the PDF export is added.
func (a *agreementsScreen) makePDF() {
	dialog.ShowInformation(lang.X("agreements.pdf.title", "PDF-overzicht"),
		lang.X("agreements.pdf.soon", "Het PDF-overzicht van de ketenafspraken wordt nog toegevoegd."), a.win)
}
