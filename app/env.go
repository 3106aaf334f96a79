package app

import (
	"context"
	"errors"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ketenregie/app/figures"
	"ketenregie/app/kit"
	"ketenregie/app/planedit"
	"ketenregie/app/say"
	"ketenregie/data"
)

// env is what every screen is built with: the store, the window for its
// dialogs, and the main window for moving to other screens.
type env struct {
	ctx   context.Context
	store *data.Store
	win   fyne.Window
	main  *MainWindow
	// done receives a value each time busy's work has finished and its
	// result is shown (a file read, a PDF saved, a repair done), so a test
	// can wait for it; nil when nothing waits. Never blocks the window.
	done chan struct{}
}

// The screens in packages of their own reach the window through env.
var (
	_ planedit.Shell = (*env)(nil)
	_ figures.Shell  = (*env)(nil)
)

// Store is the database the screens read and write.
func (e *env) Store() *data.Store { return e.store }

// Ctx is the context of the store's calls.
func (e *env) Ctx() context.Context { return e.ctx }

// Window is the window the screens' dialogs show over.
func (e *env) Window() fyne.Window { return e.win }

// ShowRecord shows a record on the screen that is home to its kind.
func (e *env) ShowRecord(kind, id string) {
	if e.main != nil {
		e.main.OpenRecord(kind, id)
	}
}

// Opens reports whether some screen is home to records of kind, so that
// ShowRecord can show one.
func (e *env) Opens(kind string) bool {
	_, ok := screenOf[kind]
	return ok
}

// RefreshOthers rereads the store on every built screen but the caller's,
// after a write that other screens show.
func (e *env) RefreshOthers(self any) {
	if e.main == nil {
		return
	}
	for _, sc := range e.main.screens {
		if any(sc) != self {
			sc.Refresh()
		}
	}
}

// Ask shows a question with a dangerous yes and a safe no (kit.Ask).
func (e *env) Ask(title, msg, yes, no string, onYes, onNo func()) {
	kit.Ask(e, e.win, title, msg, yes, no, onYes, onNo)
}

// AskSave asks what to do with changes not saved (kit.AskSave).
func (e *env) AskSave(title, msg, saveText, discardText, backText string, save func() bool, discard, then, back func()) {
	kit.AskSave(e, e.win, title, msg, saveText, discardText, backText, save, discard, then, back)
}

// ShowError shows an error from the store in a dialog.
func (e *env) ShowError(err error) {
	if e.store != nil {
		err = data.Explain(err, e.store.Path())
	}
	dialog.ShowError(errors.New(say.Error(err)), e.win)
}

// Busy runs work off the UI goroutine behind a progress dialog, so the
// window never freezes, then calls done on the UI goroutine. When work
// panics, the progress dialog goes, the panic is reported (recover.go) and
// done is not called.
func (e *env) Busy(title, text string, work func() error, done func(error)) {
	bar := widget.NewProgressBarInfinite()
	wait := dialog.NewCustomWithoutButtons(title, container.NewVBox(widget.NewLabel(text), bar), e.win)
	wait.Show()
	go func() {
		var err error
		report := e.try(func() { err = work() })
		fyne.Do(func() {
			bar.Stop()
			wait.Hide() // first: hiding a dialog hides the ones above it
			switch {
			case report != nil:
				report()
			case done != nil:
				e.Safe(func() { done(err) })()
			}
			select { // tell a waiting test, never block
			case e.done <- struct{}{}:
			default:
			}
		})
	}()
}

// Deleted tells the user a record was Deleted, and offers for a few
// seconds to undo it. Deleted records can also be brought back later from
// Instellingen, "Verwijderd".
func (e *env) Deleted(what, kind, id string) {
	if e.main == nil {
		return
	}
	e.main.undo.show(lang.X("undo.deleted", "{{.What}} is verwijderd.", map[string]any{"What": what}), e.Safe(func() {
		err := e.store.Write(e.ctx, func(t *data.Tx) error { return t.Restore(kind, id) })
		if err != nil {
			e.ShowError(err)
			return
		}
		e.main.refreshAll()
		e.ShowRecord(kind, id)
	}))
}

// undoSeconds is how long the undo bar offers to undo a delete.
const undoSeconds = 10

// noticeBar is a strip under the screens with a message, a button and a
// close button: the offer to undo a delete, or what the database check at
// start-up found.
type noticeBar struct {
	label   *widget.Label
	button  *widget.Button
	content *fyne.Container
	action  func()
	seconds int             // how long a message stays; 0: until it is closed or replaced
	around  *fyne.Container // what lays the bar out
	timer   *time.Timer
	shown   int // counts show calls, so an old timer does not hide a newer message
}

// newNoticeBar makes a hidden bar whose button says button. A message
// stays seconds long and the button takes it away; when seconds is 0 it
// stays, after the button too, until it is closed or replaced. A panic in
// the button's action is reported to e's window.
func newNoticeBar(e *env, button string, icon fyne.Resource, seconds int) *noticeBar {
	u := &noticeBar{label: widget.NewLabel(""), seconds: seconds}
	u.label.Wrapping = fyne.TextWrapWord
	u.button = widget.NewButtonWithIcon(button, icon, e.Safe(func() {
		action := u.action
		if u.seconds > 0 {
			u.hide()
		}
		if action != nil {
			action()
		}
	}))
	closeButton := widget.NewButtonWithIcon("", theme.CancelIcon(), u.hide)
	closeButton.Importance = widget.LowImportance
	u.content = container.NewBorder(widget.NewSeparator(), nil, nil, container.NewHBox(u.button, closeButton), u.label)
	u.content.Hide()
	return u
}

// newUndoBar is the bar that offers to undo a delete for a few seconds.
func newUndoBar(e *env) *noticeBar {
	return newNoticeBar(e, lang.X("undo.button", "Ongedaan maken"), theme.ContentUndoIcon(), undoSeconds)
}

// show puts msg on the bar; the button hides the bar and runs action.
func (u *noticeBar) show(msg string, action func()) {
	u.shown++
	n := u.shown
	u.action = action
	u.label.SetText(msg)
	u.content.Show()
	u.relayout()
	if u.timer != nil {
		u.timer.Stop()
	}
	if u.seconds == 0 {
		return
	}
	u.timer = time.AfterFunc(time.Duration(u.seconds)*time.Second, func() {
		fyne.Do(func() {
			if u.shown == n {
				u.hide()
			}
		})
	})
}

// stop cancels the timer that would hide the message, for a window that
// closes.
func (u *noticeBar) stop() {
	u.shown++ // a timer already firing finds its message replaced
	if u.timer != nil {
		u.timer.Stop()
	}
}

func (u *noticeBar) hide() {
	u.action = nil
	u.content.Hide()
	u.relayout()
}

// relayout gives the bar its room, or gives it back: showing or hiding
// it does not lay out the container around it again, and a message that
// comes from the background (the database check) stayed out of sight.
func (u *noticeBar) relayout() {
	if p := u.around; p != nil && p.Layout != nil {
		p.Layout.Layout(p.Objects, p.Size())
	}
	canvas.Refresh(u.content)
}
