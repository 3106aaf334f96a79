package app

// makeReport prints the progress report (voortgangsrapportage) of a
// cluster as PDF; "" prints every cluster.
func (o *overviewScreen) makeReport(clusterID string) { o.saveReportPDF(clusterID) }
