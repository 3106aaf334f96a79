package planedit

import (
	"context"

	"fyne.io/fyne/v2"

	"ketenregie/app/kit"
	"ketenregie/data"
)

// Shell is what the plan editor needs of the window it is shown in: the
// window's own actions, not its other screens. The main window's env is
// one; the tests have a small one of their own.
type Shell interface {
	// RecoverAction, deferred on the UI goroutine, reports a panic in one
	// of the editor's actions instead of ending the program (kit.Safe).
	kit.Recoverer

	// Store is the database the editor reads and writes, and Ctx the
	// context of its calls.
	Store() *data.Store
	Ctx() context.Context
	// Window is the window the editor's dialogs and menus show over.
	Window() fyne.Window

	// ShowError shows an error from the store in a dialog.
	ShowError(err error)
	// Ask shows a question with a dangerous yes and a safe no; onNo may
	// be nil.
	Ask(title, msg, yes, no string, onYes, onNo func())
	// AskSave asks what to do with changes not saved: save them (save
	// reports whether that worked), throw them away, or go back to them.
	// Then runs after a save that worked or a discard; back after going
	// back or a save that failed.
	AskSave(title, msg, saveText, discardText, backText string, save func() bool, discard, then, back func())

	// Deleted tells the coordinator that a record (what names it) was
	// deleted, and offers for a few seconds to undo that; the undo
	// rereads the screens and opens the record again (OpenRecord).
	Deleted(what, kind, id string)
	// RefreshOthers rereads the store on the window's other screens (all
	// but self) after a write they show.
	RefreshOthers(self any)

	// Guard, GuardMenu and GuardTree make a panic in the actions of
	// widgets, of a menu, or of every widget under an object be reported
	// like one in any other action (kit.Guard); Do is fyne.Do for an
	// action that must not end the program.
	Guard(objs ...fyne.CanvasObject)
	GuardMenu(menu *fyne.Menu) *fyne.Menu
	GuardTree(o fyne.CanvasObject)
	Do(f func())

	// KeepDrafts has the window write out form's unsaved edits, under
	// name, if a panic ends it; kind is the kind of record form edits.
	KeepDrafts(kind string, form *kit.FormState, name func() string)
	// SavePlanPDF asks where to save plan as PDF and writes it; public
	// leaves out the contact list.
	SavePlanPDF(plan data.Record, public bool)
	// ShowHistory shows the changes of record kind id, called title, and
	// offers to put an old value back; after runs when one was.
	ShowHistory(kind, id, title string, after func())
}
