package planedit

import (
	"fyne.io/fyne/v2"

	"ketenregie/app/kit"
	"ketenregie/data"
)

// Shell is what the plan editor needs of the window it is shown in: the
// window's own actions, not its other screens, besides what every screen
// does (kit.Shell). The main window's env is one; the tests have
// kittest.Shell.
type Shell interface {
	kit.Shell

	// AskSave asks what to do with changes not saved: save them (save
	// reports whether that worked), throw them away, or go back to them.
	// Then runs after a save that worked or a discard; back after going
	// back or a save that failed.
	AskSave(title, msg, saveText, discardText, backText string, save func() bool, discard, then, back func())

	// Deleted tells the coordinator that a record (what names it) was
	// deleted, and offers for a few seconds to undo that; the undo
	// rereads the screens and opens the record again (OpenRecord).
	Deleted(what, kind, id string)

	// GuardMenu makes a panic in the actions of a menu be reported like
	// one in any other action; Do is fyne.Do for an action that must not
	// end the program.
	GuardMenu(menu *fyne.Menu) *fyne.Menu
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
