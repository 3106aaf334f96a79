package app

// makePDF prints the overview of the agreements that pass the screen's
// filter, in landscape, as the screen shows them.
func (a *agreementsScreen) makePDF() { a.saveAgreementsPDF(a.filter()) }
