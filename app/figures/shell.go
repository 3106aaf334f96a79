// Package figures is the Cijfers screen: the aggregate counts a region
// keeps (signals via the interne meldroute, people trained ...) typed into
// a grid like a spreadsheet, municipalities (and their cluster) down,
// periods across, one measure at a time; the region's own measures beside
// the standard ones; and a spreadsheet of figures read in from a file.
package figures

import (
	"context"

	"fyne.io/fyne/v2"

	"ketenregie/app/kit"
	"ketenregie/data"
)

// Shell is what the screen needs from the window around it. The main
// window's env is one; the tests have kittest.Shell.
type Shell interface {
	// RecoverAction reports a panic in one of the screen's actions.
	kit.Recoverer
	// Store is the database, Ctx the context of its calls.
	Store() *data.Store
	Ctx() context.Context
	// Window is the window the screen's dialogs show over and whose
	// keyboard the grid moves between its cells.
	Window() fyne.Window

	// ShowError tells the coordinator what went wrong, in the window's
	// language; Ask asks a question with a dangerous yes; AskSave asks
	// what to do with unsaved figures (save, throw away, go back).
	ShowError(err error)
	Ask(title, msg, yes, no string, onYes, onNo func())
	AskSave(title, msg, saveText, discardText, backText string, save func() bool, discard, then, back func())
	// Busy reads a file away from the window behind a progress dialog,
	// then done with its result.
	Busy(title, text string, work func() error, done func(error))

	// Deleted offers for a few seconds to undo the delete of a record
	// (an own measure, a figure).
	Deleted(what, kind, id string)
	// RefreshOthers has every other screen read the store again after
	// the screen wrote to it.
	RefreshOthers(self any)

	// Guard and GuardTree make a panic in the actions of widgets be
	// reported like one in any other action.
	Guard(objs ...fyne.CanvasObject)
	GuardTree(o fyne.CanvasObject)

	// ShowHistory shows the changes of record kind id, called title, and
	// offers to put an old value back; after runs when one was.
	ShowHistory(kind, id, title string, after func())
}
