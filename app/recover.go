package app

// What the window does when one of its actions panics: it keeps running,
// with every form as it was, writes the stack to a file in the data folder
// and tells the coordinator which file that is.

import (
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"ketenregie/app/kit"
	"ketenregie/data"
)

// Safe wraps an action (a button, a menu item, a shortcut, a list
// selection) so that a panic in it is caught and reported instead of
// ending the program; nil stays nil, and without an env (a test's bare
// widget) f is returned as it is.
func (e *env) Safe(f func()) func() { return kit.Safe(e, f) }

// RecoverAction, deferred on the UI goroutine, turns a panic into the
// report of panicked. Without an env (a test's bare widget) the panic goes
// on.
func (e *env) RecoverAction() {
	if r := recover(); r != nil {
		if e == nil {
			panic(r)
		}
		e.panicked(r, debug.Stack())
	}
}

// goSafe runs work in a goroutine of its own; a panic in it is reported on
// the UI goroutine like a panic in an action, after onPanic (which may be
// nil) has taken away there what waited for the work.
func (e *env) goSafe(work, onPanic func()) {
	go func() {
		if report := e.try(work); report != nil {
			fyne.Do(func() {
				if onPanic != nil { // first: hiding a dialog hides the ones above it
					e.Safe(onPanic)()
				}
				report()
			})
		}
	}()
}

// try runs work, off the UI goroutine, and catches a panic in it: the log
// is written at once, and the returned report, for the UI goroutine, tells
// the coordinator. report is nil when work did not panic.
func (e *env) try(work func()) (report func()) {
	defer func() {
		if r := recover(); r != nil {
			file, err := e.writePanicLog(r, debug.Stack())
			report = func() { e.showPanic(file, err) }
		}
	}()
	work()
	return nil
}

// Do is fyne.Do for an action that must not end the program.
func (e *env) Do(f func()) { fyne.Do(e.Safe(f)) }

// panicked writes the log and tells the user; it runs on the UI goroutine.
func (e *env) panicked(r any, stack []byte) {
	file, err := e.writePanicLog(r, stack)
	e.showPanic(file, err)
}

// panicLogPrefix starts the name of every panic log, which continues with
// the date and time (ketenregie-fout-20260312-141503.log).
const panicLogPrefix = "ketenregie-fout-"

// dataFolder is the folder of the open database, where the panic logs go.
func (e *env) dataFolder() string {
	if e.store != nil && e.store.Path() != "" {
		return filepath.Dir(e.store.Path())
	}
	return filepath.Dir(data.DefaultPath())
}

// writePanicLog writes what panicked and the stack to a new file in the
// data folder, readable by the user only, and never over an earlier log.
// It returns the file's path. The log is English, for whoever helps the
// coordinator; it holds no field values, so it can be sent on.
func (e *env) writePanicLog(r any, stack []byte) (string, error) {
	fyne.LogError("panic in action", fmt.Errorf("%v\n%s", r, stack))
	now := time.Now()
	f, err := createNew(e.dataFolder(), panicLogPrefix+now.Format("20060102-150405"), ".log")
	if err != nil {
		return "", err
	}
	_, err = fmt.Fprintf(f, "Ketenregie %s (%s/%s, %s) stopped an action at %s.\n\npanic: %v\n\n%s",
		Version, runtime.GOOS, runtime.GOARCH, runtime.Version(), now.Format(time.RFC3339), r, stack)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return f.Name(), err
}

// showPanic tells the coordinator that an action went wrong, that what
// they typed is still there, and which file to send. One such message at a
// time: a panic while it is shown is logged, not shown again.
func (e *env) showPanic(file string, writeErr error) {
	if e.win == nil {
		return
	}
	if e.main != nil {
		if e.main.panicShown {
			return
		}
		e.main.panicShown = true
	}
	msg := lang.X("panic.message", "Ketenregie kon deze handeling niet afmaken door een fout in het programma. Het venster blijft open en wat u had ingevoerd staat er nog: controleer of uw laatste handeling is gelukt en sla uw werk op.")
	var where string
	switch {
	case writeErr != nil && file == "":
		where = lang.X("panic.nolog", "De technische gegevens konden niet worden bewaard: {{.Err}}",
			map[string]any{"Err": writeErr.Error()})
	default:
		where = lang.X("panic.log", "De technische gegevens staan in dit bestand. Stuur het naar wie u met Ketenregie helpt; er staan geen gegevens uit uw formulieren in:")
	}
	text := widget.NewLabel(msg + "\n\n" + where)
	text.Wrapping = fyne.TextWrapWord
	content := container.NewVBox(text)
	if file != "" {
		path := widget.NewLabel(file)
		path.Selectable = true
		path.Wrapping = fyne.TextWrapBreak
		content.Add(path)
	}
	d := dialog.NewCustom(lang.X("panic.title", "Er ging iets mis"), lang.X("panic.close", "Sluiten"), content, e.win)
	d.SetOnClosed(func() {
		if e.main != nil {
			e.main.panicShown = false
		}
	})
	d.Resize(fyne.NewSize(560, 300))
	d.Show()
}

// runLoop runs Fyne's event loop. A panic that reaches the loop (from an
// action no safe wraps, or from Fyne itself) ends the loop and the window
// with it: nothing can start it again. It is still logged like any other,
// and Run returns an error naming the log, for the command line to print.
func (m *MainWindow) runLoop(loop func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			file, werr := m.env.writePanicLog(r, debug.Stack())
			if werr != nil && file == "" {
				file = werr.Error()
			}
			msg := lang.X("panic.stopped", "Ketenregie is gestopt door een fout in het programma. De technische gegevens staan in {{.File}}",
				map[string]any{"File": file})
			drafts, derr := m.writeDrafts()
			switch {
			case drafts != "":
				msg += "\n" + lang.X("panic.drafts", "Wat u nog niet had opgeslagen staat in {{.File}}; dat bestand is alleen voor u.",
					map[string]any{"File": drafts})
			case derr != nil:
				msg += "\n" + lang.X("panic.nodrafts", "Wat u nog niet had opgeslagen kon niet worden bewaard: {{.Err}}",
					map[string]any{"Err": derr.Error()})
			}
			err = errors.New(msg)
		}
	}()
	loop()
	return nil
}

// draftSource is a form whose unsaved edits are written out when the
// window is lost, and what to call it there.
type draftSource struct {
	form *kit.FormState
	name func() string
}

// KeepDrafts has runLoop write out form's unsaved edits if a panic ends
// the window. A form built again for the same kind of record (another
// plan opened, a screen rebuilt) takes the old one's place.
func (e *env) KeepDrafts(kind string, form *kit.FormState, name func() string) {
	if e.main == nil {
		return
	}
	if e.main.forms == nil {
		e.main.forms = map[string]draftSource{}
	}
	e.main.forms[kind] = draftSource{form, name}
}

// writeDrafts writes the unsaved edits of every form to a new file in the
// data folder, readable by the user only, and returns its path; "" when
// nothing was unsaved. Unlike the log it holds what was typed, so it is
// not for sending on.
func (m *MainWindow) writeDrafts() (path string, err error) {
	defer func() {
		if r := recover(); r != nil { // a form too broken to read
			err = fmt.Errorf("reading the forms: %v", r)
		}
	}()
	var b strings.Builder
	for _, kind := range slices.Sorted(maps.Keys(m.forms)) {
		d := m.forms[kind]
		if !d.form.Edited() {
			continue
		}
		vals := d.form.Values()
		fmt.Fprintf(&b, "== %s ==\n", d.name())
		for _, k := range slices.Sorted(maps.Keys(vals)) {
			if vals[k] != d.form.Loaded[k] { // what the user changed
				fmt.Fprintf(&b, "%s: %s\n", k, strings.ReplaceAll(vals[k], "\n", "\n    "))
			}
		}
		b.WriteString("\n")
	}
	if b.Len() == 0 {
		return "", nil
	}
	f, err := createNew(m.env.dataFolder(), draftPrefix+time.Now().Format("20060102-150405"), ".txt")
	if err != nil {
		return "", err
	}
	_, err = f.WriteString(b.String())
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return f.Name(), err
}

// draftPrefix starts the name of the file with the unsaved edits.
const draftPrefix = "ketenregie-concept-"

// createNew creates base+ext in dir, readable by the user only, or
// base-2+ext and so on when that exists: it never overwrites.
func createNew(dir, base, ext string) (*os.File, error) {
	var f *os.File
	var err error
	for n := 1; n < 100; n++ {
		name := base + ext
		if n > 1 {
			name = fmt.Sprintf("%s-%d%s", base, n, ext)
		}
		f, err = os.OpenFile(filepath.Join(dir, name), os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if !errors.Is(err, fs.ErrExist) {
			break
		}
	}
	return f, err
}

// Guard makes a panic in the actions of these widgets be reported like one
// in any other action (see kit.Guard).
func (e *env) Guard(objs ...fyne.CanvasObject) { kit.Guard(e, objs...) }

// GuardMenu guards the actions of menu and its submenus, and returns it.
func (e *env) GuardMenu(menu *fyne.Menu) *fyne.Menu { return kit.GuardMenu(e, menu) }

// GuardTree guards every widget with actions in the tree under o, as it is
// now (see kit.GuardTree).
func (e *env) GuardTree(o fyne.CanvasObject) { kit.GuardTree(e, o) }
