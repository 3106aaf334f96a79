// Package figures is the Cijfers screen: the aggregate counts a region
// keeps (signals via the interne meldroute, people trained ...) typed into
// a grid like a spreadsheet, municipalities (and their cluster) down,
// periods across, one measure at a time; the region's own measures beside
// the standard ones; and a spreadsheet of figures read in from a file.
package figures

import (
	"ketenregie/app/kit"
)

// Shell is what the screen needs from the window around it, besides what
// every screen does (kit.Shell). The main window's env is one; the tests
// have kittest.Shell.
type Shell interface {
	kit.Shell

	// AskSave asks what to do with unsaved figures (save, throw away, go
	// back).
	AskSave(title, msg, saveText, discardText, backText string, save func() bool, discard, then, back func())
	// Busy reads a file away from the window behind a progress dialog,
	// then done with its result.
	Busy(title, text string, work func() error, done func(error))

	// Deleted offers for a few seconds to undo the delete of a record
	// (an own measure, a figure).
	Deleted(what, kind, id string)

	// ShowHistory shows the changes of record kind id, called title, and
	// offers to put an old value back; after runs when one was.
	ShowHistory(kind, id, title string, after func())
}
