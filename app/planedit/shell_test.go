package planedit

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"ketenregie/app/kit"
	"ketenregie/app/say"
	"ketenregie/data"
	"ketenregie/data/demo"
)

// TestMain runs the tests in Dutch, as a coordinator's computer would.
func TestMain(m *testing.M) {
	os.Setenv("LC_ALL", "nl_NL.UTF-8")
	os.Unsetenv("LANGUAGE")
	os.Exit(m.Run())
}

// newStore opens a fresh database, with the demo region when demo is set.
func newStore(t testing.TB, withDemo bool) *data.Store {
	t.Helper()
	ctx := context.Background()
	s, err := data.Open(ctx, filepath.Join(t.TempDir(), "t.db"), data.Options{DeviceName: "test"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if withDemo {
		if _, err := demo.Load(ctx, s); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

// testShell is the window a test shows the Beleidsplannen screen in: a
// Fyne test window whose questions are real dialogs, so that a test
// presses their buttons, and which writes down what the screen asked of
// the window.
type testShell struct {
	t      testing.TB
	store  *data.Store
	win    fyne.Window
	screen *Screen

	errors  []error              // what ShowError showed; a test that expects one takes it
	panics  []any                // the panics RecoverAction caught; likewise
	deleted []deletion           // what Deleted offered to undo, the last last
	pdfs    []pdfRequest         // what SavePlanPDF was asked to save
	drafts  map[string]draftForm // what KeepDrafts was given, by kind
}

// deletion is a record Deleted was told of.
type deletion struct{ what, kind, id string }

// pdfRequest is a call of SavePlanPDF, with the plan's version as stored
// when it was made.
type pdfRequest struct {
	plan    data.Record
	public  bool
	version string
}

// draftForm is a form KeepDrafts was given, and what it is called.
type draftForm struct {
	form *kit.FormState
	name func() string
}

// newScreen builds the Beleidsplannen screen on s in a 1280x720 test
// window of a new test app, as the main window builds it.
func newScreen(t testing.TB, s *data.Store) (*Screen, *testShell) {
	t.Helper()
	a := test.NewTempApp(t)
	say.Load("")
	sh := &testShell{t: t, store: s, win: a.NewWindow("Ketenregie"), drafts: map[string]draftForm{}}
	t.Cleanup(sh.win.Close)
	t.Cleanup(func() {
		if len(sh.panics) > 0 || len(sh.errors) > 0 {
			t.Errorf("actions panicked (%v) or showed errors (%v)", sh.panics, sh.errors)
		}
	})
	sh.screen = New(sh)
	sh.win.SetContent(sh.screen.Content())
	sh.win.Resize(fyne.NewSize(1280, 720))
	return sh.screen, sh
}

func (sh *testShell) RecoverAction() {
	if r := recover(); r != nil {
		sh.panics = append(sh.panics, r)
	}
}

func (sh *testShell) Store() *data.Store   { return sh.store }
func (sh *testShell) Ctx() context.Context { return context.Background() }
func (sh *testShell) Window() fyne.Window  { return sh.win }

func (sh *testShell) ShowError(err error) {
	sh.errors = append(sh.errors, err)
	dialog.ShowError(errors.New(say.Error(err)), sh.win)
}

func (sh *testShell) Ask(title, msg, yes, no string, onYes, onNo func()) {
	d := dialog.NewConfirm(title, msg, kit.Safe1(sh, func(ok bool) {
		if ok {
			onYes()
		} else if onNo != nil {
			onNo()
		}
	}), sh.win)
	d.SetConfirmText(yes)
	d.SetDismissText(no)
	d.Show()
}

func (sh *testShell) AskSave(title, msg, saveText, discardText, backText string, save func() bool, discard, then, back func()) {
	var d *dialog.CustomDialog
	after := func(f func()) func() {
		return func() {
			d.Hide()
			if f != nil {
				f()
			}
		}
	}
	buttons := container.NewHBox(
		widget.NewButton(backText, after(back)),
		widget.NewButton(discardText, after(func() {
			if discard != nil {
				discard()
			}
			then()
		})),
		widget.NewButton(saveText, after(func() {
			if save() {
				then()
			} else if back != nil {
				back()
			}
		})))
	body := container.NewVBox(widget.NewLabel(msg), buttons)
	sh.GuardTree(body)
	d = dialog.NewCustomWithoutButtons(title, body, sh.win)
	d.Show()
}

func (sh *testShell) Deleted(what, kind, id string) {
	sh.deleted = append(sh.deleted, deletion{what, kind, id})
}

// RefreshOthers checks that the screen names itself, so that the window
// does not reread it.
func (sh *testShell) RefreshOthers(self any) {
	if self != any(sh.screen) {
		sh.t.Errorf("RefreshOthers(%T): the screen does not name itself", self)
	}
}

func (sh *testShell) Guard(objs ...fyne.CanvasObject)      { kit.Guard(sh, objs...) }
func (sh *testShell) GuardMenu(menu *fyne.Menu) *fyne.Menu { return kit.GuardMenu(sh, menu) }
func (sh *testShell) GuardTree(o fyne.CanvasObject)        { kit.GuardTree(sh, o) }
func (sh *testShell) Do(f func())                          { fyne.Do(kit.Safe(sh, f)) }

func (sh *testShell) KeepDrafts(kind string, form *kit.FormState, name func() string) {
	sh.drafts[kind] = draftForm{form, name}
}

func (sh *testShell) SavePlanPDF(plan data.Record, public bool) {
	stored, err := sh.store.Get(context.Background(), data.KindPlan, plan.ID)
	if err != nil {
		sh.t.Errorf("SavePlanPDF of plan %s: %v", plan.ID, err)
	}
	sh.pdfs = append(sh.pdfs, pdfRequest{plan, public, stored.Get(data.Plan.Version)})
}

// lastDeleted is what Deleted was told last.
func (sh *testShell) lastDeleted() deletion {
	sh.t.Helper()
	if len(sh.deleted) == 0 {
		sh.t.Fatal("Deleted was not called")
	}
	return sh.deleted[len(sh.deleted)-1]
}

// undo does what the window's undo bar does for the last record deleted:
// it restores the record, rereads the screens and opens the record.
func (sh *testShell) undo() {
	sh.t.Helper()
	d := sh.lastDeleted()
	sh.deleted = sh.deleted[:len(sh.deleted)-1]
	if err := sh.store.Write(context.Background(), func(t *data.Tx) error { return t.Restore(d.kind, d.id) }); err != nil {
		sh.t.Fatal(err)
	}
	sh.screen.Refresh()
	sh.screen.OpenRecord(d.kind, d.id)
}

// dialogButton finds the button labelled text in the dialog on top of the window.
func dialogButton(t *testing.T, w fyne.Window, text string) *widget.Button {
	t.Helper()
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatalf("no dialog on screen, looking for button %q", text)
	}
	var labels []string
	for _, o := range test.LaidOutObjects(top) {
		if b, ok := o.(*widget.Button); ok {
			if b.Text == text {
				return b
			}
			labels = append(labels, b.Text)
		}
	}
	t.Fatalf("no button %q in the dialog; buttons: %q", text, labels)
	return nil
}

// dialogText is all label text in the dialog on top of the window.
func dialogText(w fyne.Window) string {
	top := w.Canvas().Overlays().Top()
	if top == nil {
		return ""
	}
	var b strings.Builder
	for _, o := range test.LaidOutObjects(top) {
		switch l := o.(type) {
		case *widget.Label:
			b.WriteString(l.Text + "\n")
		case *widget.RichText:
			b.WriteString(l.String() + "\n")
		}
	}
	return b.String()
}
