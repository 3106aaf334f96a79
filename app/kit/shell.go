package kit

import (
	"context"

	"fyne.io/fyne/v2"

	"ketenregie/data"
)

// Shell is what every screen in a package of its own (the plan editor,
// Uitwisselen, Cijfers) needs of the window it is shown in; each package's
// own Shell adds what only it needs. The main window's env is one; the
// tests have kittest.Shell.
type Shell interface {
	// RecoverAction, deferred on the UI goroutine, reports a panic in one
	// of the screen's actions instead of ending the program (Safe).
	Recoverer

	// Store is the database the screen reads and writes, and Ctx the
	// context of its calls.
	Store() *data.Store
	Ctx() context.Context
	// Window is the window the screen's dialogs and menus show over.
	Window() fyne.Window

	// ShowError tells the coordinator what went wrong, in the window's
	// language.
	ShowError(err error)
	// Ask shows a question with a dangerous yes and a safe no; onNo may
	// be nil.
	Ask(title, msg, yes, no string, onYes, onNo func())

	// RefreshOthers rereads the store on the window's other screens (all
	// but self) after a write they show.
	RefreshOthers(self any)

	// Guard and GuardTree make a panic in the actions of widgets, or of
	// every widget under an object, be reported like one in any other
	// action (kit.Guard).
	Guard(objs ...fyne.CanvasObject)
	GuardTree(o fyne.CanvasObject)
}
