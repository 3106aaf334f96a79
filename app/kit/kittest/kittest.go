// Package kittest is what the tests of the window's screens share: a
// fresh store, a Shell that stands in for the window around a screen (its
// questions are real dialogs a test presses, and it writes down what the
// screen asked of the window), and finders for a dialog's buttons and
// text.
package kittest

import (
	"context"
	"crypto/ed25519"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"ketenregie/app/kit"
	"ketenregie/app/say"
	"ketenregie/data"
	"ketenregie/data/demo"
)

// Main runs a package's tests on a Dutch system, as a coordinator's
// computer is: from its TestMain.
func Main(m *testing.M) {
	os.Setenv("LC_ALL", "nl_NL.UTF-8")
	os.Unsetenv("LANGUAGE")
	os.Exit(m.Run())
}

// NewStore opens a fresh database, with the demo region when withDemo is
// set; it is closed when the test ends.
func NewStore(t testing.TB, withDemo bool) *data.Store {
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

// Shell is the window a test shows one screen in: a 1280x720 window of a
// Fyne test app. It has every method a screen's package asks of its shell.
// A panic in an action, or an error shown, that the test did not take
// (TakeErrors, TakePanics) fails the test when it ends.
type Shell struct {
	T   testing.TB
	S   *data.Store
	Win fyne.Window
	// Self is the screen shown; RefreshOthers fails the test when a
	// screen names anything else as itself.
	Self any

	mu        sync.Mutex
	errors    []error
	panics    []any
	Deletions []Deletion       // what Deleted offered to undo, the last last
	PDFs      []PDFRequest     // what SavePlanPDF was asked to save
	Drafts    map[string]Draft // what KeepDrafts was given, by kind
	Opened    []Record         // what ShowRecord was asked to show
	Histories []Record         // whose history ShowHistory was asked for
	// Done receives a value, when set, each time a Busy's result has
	// been shown.
	Done chan struct{}
}

// Deletion is a record Deleted was told of.
type Deletion struct{ What, Kind, ID string }

// Record names a record.
type Record struct{ Kind, ID string }

// PDFRequest is a call of SavePlanPDF, with the plan's version as stored
// when it was made.
type PDFRequest struct {
	Plan    data.Record
	Public  bool
	Version string
}

// Draft is a form KeepDrafts was given, and what it is called.
type Draft struct {
	Form *kit.FormState
	Name func() string
}

// NewShell makes the window of a new test app, on store s, in the
// window's language (Dutch on a Dutch system).
func NewShell(t testing.TB, s *data.Store) *Shell {
	t.Helper()
	return NewShellIn(t, test.NewTempApp(t), s)
}

// NewShellIn is NewShell in a window of app a: two colleagues' screens
// side by side in one test.
func NewShellIn(t testing.TB, a fyne.App, s *data.Store) *Shell {
	t.Helper()
	say.Load("")
	sh := &Shell{T: t, S: s, Win: a.NewWindow("Ketenregie"), Drafts: map[string]Draft{}}
	sh.Win.Resize(fyne.NewSize(1280, 720))
	t.Cleanup(sh.Win.Close)
	t.Cleanup(func() {
		sh.mu.Lock()
		defer sh.mu.Unlock()
		if len(sh.panics) > 0 || len(sh.errors) > 0 {
			t.Errorf("actions panicked (%v) or showed errors (%v)", sh.panics, sh.errors)
		}
	})
	return sh
}

// Show puts screen in the window: content is what it draws.
func (sh *Shell) Show(screen any, content fyne.CanvasObject) {
	sh.Self = screen
	sh.Win.SetContent(content)
	sh.Win.Resize(fyne.NewSize(1280, 720))
}

// TakeErrors returns the errors shown since the last call, which the test
// then expects.
func (sh *Shell) TakeErrors() []error {
	sh.mu.Lock()
	defer sh.mu.Unlock()
	errs := sh.errors
	sh.errors = nil
	return errs
}

// TakePanics returns the panics caught since the last call.
func (sh *Shell) TakePanics() []any {
	sh.mu.Lock()
	defer sh.mu.Unlock()
	ps := sh.panics
	sh.panics = nil
	return ps
}

func (sh *Shell) RecoverAction() {
	if r := recover(); r != nil {
		sh.mu.Lock()
		sh.panics = append(sh.panics, r)
		sh.mu.Unlock()
	}
}

func (sh *Shell) Store() *data.Store   { return sh.S }
func (sh *Shell) Ctx() context.Context { return context.Background() }
func (sh *Shell) Window() fyne.Window  { return sh.Win }

func (sh *Shell) ShowError(err error) {
	sh.mu.Lock()
	sh.errors = append(sh.errors, err)
	sh.mu.Unlock()
	dialog.ShowError(errors.New(say.Error(err)), sh.Win)
}

func (sh *Shell) Ask(title, msg, yes, no string, onYes, onNo func()) {
	kit.Ask(sh, sh.Win, title, msg, yes, no, onYes, onNo)
}

func (sh *Shell) AskSave(title, msg, saveText, discardText, backText string, save func() bool, discard, then, back func()) {
	kit.AskSave(sh, sh.Win, title, msg, saveText, discardText, backText, save, discard, then, back)
}

// Busy runs work off the UI goroutine, then done on it, as the window
// does, without its progress dialog.
func (sh *Shell) Busy(title, text string, work func() error, done func(error)) {
	go func() {
		err := work()
		fyne.Do(func() {
			if done != nil {
				kit.Safe(sh, func() { done(err) })()
			}
			if sh.Done != nil {
				select {
				case sh.Done <- struct{}{}:
				default:
				}
			}
		})
	}()
}

func (sh *Shell) Deleted(what, kind, id string) {
	sh.Deletions = append(sh.Deletions, Deletion{what, kind, id})
}

// RefreshOthers checks that the screen names itself, so that the window
// does not reread it.
func (sh *Shell) RefreshOthers(self any) {
	if self != sh.Self {
		sh.T.Errorf("RefreshOthers(%T): the screen does not name itself", self)
	}
}

// Opens knows every kind of record.
func (sh *Shell) Opens(kind string) bool { return data.KindNamed(kind) != nil }

func (sh *Shell) ShowRecord(kind, id string) { sh.Opened = append(sh.Opened, Record{kind, id}) }

func (sh *Shell) Guard(objs ...fyne.CanvasObject)      { kit.Guard(sh, objs...) }
func (sh *Shell) GuardMenu(menu *fyne.Menu) *fyne.Menu { return kit.GuardMenu(sh, menu) }
func (sh *Shell) GuardTree(o fyne.CanvasObject)        { kit.GuardTree(sh, o) }
func (sh *Shell) Do(f func())                          { fyne.Do(kit.Safe(sh, f)) }

func (sh *Shell) KeepDrafts(kind string, form *kit.FormState, name func() string) {
	sh.Drafts[kind] = Draft{form, name}
}

func (sh *Shell) SavePlanPDF(plan data.Record, public bool) {
	stored, err := sh.S.Get(context.Background(), data.KindPlan, plan.ID)
	if err != nil {
		sh.T.Errorf("SavePlanPDF of plan %s: %v", plan.ID, err)
	}
	sh.PDFs = append(sh.PDFs, PDFRequest{plan, public, stored.Get(data.Plan.Version)})
}

// ShowHistory writes down which record's history was asked for.
func (sh *Shell) ShowHistory(kind, id, title string, after func()) {
	sh.Histories = append(sh.Histories, Record{kind, id})
}

// LastDeleted is what Deleted was told last.
func (sh *Shell) LastDeleted() Deletion {
	sh.T.Helper()
	if len(sh.Deletions) == 0 {
		sh.T.Fatal("Deleted was not called")
	}
	return sh.Deletions[len(sh.Deletions)-1]
}

// DialogButton finds the button labelled text in the dialog on top of w.
func DialogButton(t testing.TB, w fyne.Window, text string) *widget.Button {
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

// DialogText is all label text in the dialog on top of w.
func DialogText(w fyne.Window) string {
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

// FindButton finds the button labelled text in o.
func FindButton(t testing.TB, o fyne.CanvasObject, text string) *widget.Button {
	t.Helper()
	for _, obj := range test.LaidOutObjects(o) {
		if b, ok := obj.(*widget.Button); ok && b.Text == text {
			return b
		}
	}
	t.Fatalf("no button %q", text)
	return nil
}

// OwnFingerprint is the fingerprint colleagues see for s.
func OwnFingerprint(t testing.TB, s *data.Store) string {
	t.Helper()
	key, err := s.SigningKey(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return data.Fingerprint(key.Public().(ed25519.PublicKey))
}
