// Package exchange is the Uitwisselen screen: files for colleagues (export
// and import with a preview of who sent them), a shared sync folder, the
// known colleagues' devices, and the conflicts that concurrent edits left,
// each resolved by picking a version or merging the texts.
package exchange

import (
	"context"

	"fyne.io/fyne/v2"

	"ketenregie/app/kit"
	"ketenregie/data"
)

// Shell is what the screen needs from the window around it.
type Shell interface {
	// RecoverAction reports a panic in one of the screen's actions.
	kit.Recoverer
	// Store is the database, Ctx the context of its calls.
	Store() *data.Store
	Ctx() context.Context
	// Window is the window the screen's dialogs show over.
	Window() fyne.Window

	// ShowError tells the coordinator what went wrong, in the window's
	// language; Ask asks a question with a dangerous yes.
	ShowError(err error)
	Ask(title, msg, yes, no string, onYes, onNo func())
	// Busy runs work away from the window behind a progress dialog and
	// then done with its result.
	Busy(title, text string, work func() error, done func(error))

	// RefreshOthers has every other screen read the store again, after a
	// file or a resolved conflict changed it.
	RefreshOthers(self any)
	// Opens reports whether a record of kind can be shown; ShowRecord
	// shows it on its own screen.
	Opens(kind string) bool
	ShowRecord(kind, id string)

	// Guard and GuardTree make a panic in the actions of widgets be
	// reported like one in any other action.
	Guard(objs ...fyne.CanvasObject)
	GuardTree(o fyne.CanvasObject)
}
