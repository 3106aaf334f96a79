// Package export turns the store's records into the documents coordinators
// hand out: the beleidsplan, the voortgangsrapportage and the overview of
// ketenafspraken as PDF. It reads through data.Store and never writes.
package export
