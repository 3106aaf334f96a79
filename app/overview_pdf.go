package app

import (
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
)

// makeReport prints the progress report (voortgangsrapportage) of a
// cluster as PDF.
func (o *overviewScreen) makeReport(clusterID string) {
	dialog.ShowInformation(lang.X("overview.report.title", "Voortgangsrapportage"),
		lang.X("overview.report.pending", "De export van de voortgangsrapportage als PDF wordt op dit moment aan het programma toegevoegd."), o.win)
}
