package app

import (
	"context"
	"errors"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ketenregie/data"
)

// env is what every screen is built with: the store, the window for its
// dialogs, and the main window for moving to other screens.
type env struct {
	ctx   context.Context
	store *data.Store
	win   fyne.Window
	main  *MainWindow
}

// openRecord shows a record on the screen that is home to its kind.
func (e *env) openRecord(kind, id string) {
	if e.main != nil {
		e.main.OpenRecord(kind, id)
	}
}

// refreshOthers rereads the store on every built screen but the caller's,
// after a write that other screens show.
func (e *env) refreshOthers(self screen) {
	if e.main == nil {
		return
	}
	for _, sc := range e.main.screens {
		if sc != self {
			sc.Refresh()
		}
	}
}

// ask shows a question with a dangerous yes and a safe no.
func (e *env) ask(title, msg, yes, no string, onYes, onNo func()) {
	d := dialog.NewConfirm(title, msg, func(ok bool) {
		if ok {
			onYes()
		} else if onNo != nil {
			onNo()
		}
	}, e.win)
	d.SetConfirmText(yes)
	d.SetDismissText(no)
	d.SetConfirmImportance(widget.DangerImportance)
	d.Show()
}

// errorText is the message for an error from the store, in the user's
// words: the store's own message when it has one.
func errorText(err error) string {
	if e, ok := data.AsError(err); ok {
		return capitalise(e.Msg)
	}
	return lang.X("error.generic", "Er ging iets mis: {{.Err}}", map[string]any{"Err": err.Error()})
}

// showError shows an error from the store in a dialog.
func (e *env) showError(err error) {
	dialog.ShowError(errors.New(errorText(err)), e.win)
}

// busy runs work off the UI goroutine behind a progress dialog, so the
// window never freezes, then calls done on the UI goroutine.
func (e *env) busy(title, text string, work func() error, done func(error)) {
	bar := widget.NewProgressBarInfinite()
	wait := dialog.NewCustomWithoutButtons(title, container.NewVBox(widget.NewLabel(text), bar), e.win)
	wait.Show()
	go func() {
		err := work()
		fyne.Do(func() {
			bar.Stop()
			wait.Hide()
			if done != nil {
				done(err)
			}
			select { // tell a waiting test, never block
			case busyDone <- struct{}{}:
			default:
			}
		})
	}()
}

// busyDone receives a value each time busy's work has finished and its
// result is shown, for tests that wait for it.
var busyDone = make(chan struct{}, 64)

// deleted tells the user a record was deleted, and offers for a few
// seconds to undo it. Deleted records can also be brought back later from
// Instellingen, "Verwijderd".
func (e *env) deleted(what, kind, id string) {
	if e.main == nil {
		return
	}
	e.main.undo.show(lang.X("undo.deleted", "{{.What}} is verwijderd.", map[string]any{"What": what}), func() {
		err := e.store.Write(e.ctx, func(t *data.Tx) error { return t.Restore(kind, id) })
		if err != nil {
			e.showError(err)
			return
		}
		e.main.refreshAll()
		e.openRecord(kind, id)
	})
}

// undoSeconds is how long the undo bar offers to undo a delete.
const undoSeconds = 10

// undoBar is the strip under the screens that offers to undo a delete.
type undoBar struct {
	label   *widget.Label
	button  *widget.Button
	content *fyne.Container
	action  func()
	timer   *time.Timer
	shown   int // counts show calls, so an old timer does not hide a newer message
}

func newUndoBar() *undoBar {
	u := &undoBar{label: widget.NewLabel("")}
	u.button = widget.NewButtonWithIcon(lang.X("undo.button", "Ongedaan maken"), theme.ContentUndoIcon(), func() {
		action := u.action
		u.hide()
		if action != nil {
			action()
		}
	})
	closeButton := widget.NewButtonWithIcon("", theme.CancelIcon(), u.hide)
	closeButton.Importance = widget.LowImportance
	u.content = container.NewBorder(widget.NewSeparator(), nil, nil, container.NewHBox(u.button, closeButton), u.label)
	u.content.Hide()
	return u
}

func (u *undoBar) show(msg string, action func()) {
	u.shown++
	n := u.shown
	u.action = action
	u.label.SetText(msg)
	u.content.Show()
	if u.timer != nil {
		u.timer.Stop()
	}
	u.timer = time.AfterFunc(undoSeconds*time.Second, func() {
		fyne.Do(func() {
			if u.shown == n {
				u.hide()
			}
		})
	})
}

func (u *undoBar) hide() {
	u.action = nil
	u.content.Hide()
}
