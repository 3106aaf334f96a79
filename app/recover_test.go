package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"ketenregie/app/kit"
	"ketenregie/app/kit/kittest"
)

// panicLogs are the panic logs in the data folder of m's database.
func panicLogs(t *testing.T, m *MainWindow) []string {
	t.Helper()
	logs, err := filepath.Glob(filepath.Join(filepath.Dir(m.store.Path()), panicLogPrefix+"*.log"))
	if err != nil {
		t.Fatal(err)
	}
	return logs
}

// noPanicEscapes runs act and fails the test when a panic comes out of it,
// which without recovery would end the program.
func noPanicEscapes(t *testing.T, act func()) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("the panic reached the event loop, which would end the program: %v", r)
		}
	}()
	act()
}

// checkPanicReported checks what the coordinator notices after a panic
// whose value holds want: the message naming one new log file, readable
// only by the user, that holds the panic and its stack.
func checkPanicReported(t *testing.T, m *MainWindow, want string) {
	t.Helper()
	logs := panicLogs(t, m)
	if len(logs) != 1 {
		t.Fatalf("want one panic log in the data folder, have %q", logs)
	}
	b, err := os.ReadFile(logs[0])
	if err != nil {
		t.Fatal(err)
	}
	if log := string(b); !strings.Contains(log, "panic: "+want) || !strings.Contains(log, "goroutine ") || !strings.Contains(log, "recover_test.go") {
		t.Errorf("the log does not hold the panic and its stack:\n%s", log)
	}
	if fi, err := os.Stat(logs[0]); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("log mode %v (%v), want 0600", fi.Mode().Perm(), err)
	}
	text := kittest.DialogText(m.win)
	for _, s := range []string{"Er ging iets mis", "wat u had ingevoerd staat er nog", logs[0]} {
		if !strings.Contains(text, s) {
			t.Errorf("the message does not say %q:\n%s", s, text)
		}
	}
}

// TestPanicInActionKeepsWindowAndForm panics in the contact form's save,
// reached as the coordinator reaches it, and checks that the window, the
// screen and the unsaved text are still there.
func TestPanicInActionKeepsWindowAndForm(t *testing.T) {
	for _, c := range []struct {
		name string
		act  func(c *contactsScreen)
	}{
		{"Opslaan", func(c *contactsScreen) { test.Tap(c.SaveButton) }},
		{"Ctrl+S in a field", func(c *contactsScreen) {
			c.name.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault})
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := newWindow(t, newStore(t, true))
			content := m.win.Content()
			cs := openContacts(t, m)
			test.Tap(cs.newButton)
			test.Type(cs.name, "Anna de Wit")
			test.Type(cs.notes, "Belt terug op dinsdag")
			if !cs.Dirty() {
				t.Fatal("the typed contact does not count as unsaved")
			}

			values := cs.Values
			cs.Values = func() map[string]string { panic("kapot bij opslaan") }
			noPanicEscapes(t, func() { c.act(cs) })
			cs.Values = values

			if m.win.Content() != content || m.current != "contacten" || m.body.Objects[0] != cs.Content() {
				t.Error("the window or the screen was replaced")
			}
			if cs.name.Text != "Anna de Wit" || cs.notes.Text != "Belt terug op dinsdag" || !cs.Dirty() {
				t.Errorf("the form lost its edits: name %q, notes %q, unsaved %v", cs.name.Text, cs.notes.Text, cs.Dirty())
			}
			checkPanicReported(t, m, "kapot bij opslaan")

			test.Tap(kittest.DialogButton(t, m.win, "Sluiten")) // and the form saves as before
			test.Tap(cs.SaveButton)
			if cs.Dirty() || cs.id == "" {
				t.Errorf("after the message, saving did not work: unsaved %v, id %q", cs.Dirty(), cs.id)
			}
		})
	}
}

// TestPanicInBackgroundWork panics in work behind a progress dialog (a
// PDF, an import, a restore): the progress dialog goes, the panic is
// reported like one in an action, and the form keeps its text.
func TestPanicInBackgroundWork(t *testing.T) {
	m := newWindow(t, newStore(t, true))
	cs := openContacts(t, m)
	test.Tap(cs.newButton)
	test.Type(cs.name, "Bert Jansen")
	done := false
	busyThen(t, m, func() {
		m.env.Busy("PDF maken", "Een ogenblik…", func() error { panic("kapot op de achtergrond") },
			func(error) { done = true })
	})
	if done {
		t.Error("busy reported a result of work that panicked")
	}
	checkPanicReported(t, m, "kapot op de achtergrond")
	if strings.Contains(kittest.DialogText(m.win), "Een ogenblik") {
		t.Error("the progress dialog is still on screen")
	}
	if cs.name.Text != "Bert Jansen" || !cs.Dirty() {
		t.Errorf("the form lost its edits: name %q", cs.name.Text)
	}
}

// TestPanicLogsNeverOverwrite writes two logs in the same second: each
// gets a file of its own.
func TestPanicLogsNeverOverwrite(t *testing.T) {
	m := newWindow(t, newStore(t, false))
	first, err1 := m.env.writePanicLog("een", []byte("stack een"))
	second, err2 := m.env.writePanicLog("twee", []byte("stack twee"))
	if err1 != nil || err2 != nil || first == second {
		t.Fatalf("logs %q (%v) and %q (%v)", first, err1, second, err2)
	}
	b, _ := os.ReadFile(first)
	if !strings.Contains(string(b), "panic: een") {
		t.Errorf("the first log was overwritten:\n%s", b)
	}
}

// TestPanicInEventLoop panics where no action catches it: the loop ends,
// but the stack is logged, the unsaved edits are written to a file of
// their own, and Run's error names both.
func TestPanicInEventLoop(t *testing.T) {
	m := newWindow(t, newStore(t, true))
	cs := openContacts(t, m)
	test.Tap(cs.newButton)
	test.Type(cs.name, "Anna de Wit")
	test.Type(cs.notes, "Belt terug\nop dinsdag")
	m.Show("organisaties") // an untouched form, which is not written out

	err := m.runLoop(func() { panic("kapot in de lus") })
	logs := panicLogs(t, m)
	if err == nil || len(logs) != 1 || !strings.Contains(err.Error(), logs[0]) {
		t.Fatalf("error %v, logs %q", err, logs)
	}
	if b, _ := os.ReadFile(logs[0]); !strings.Contains(string(b), "panic: kapot in de lus") || strings.Contains(string(b), "Anna") {
		t.Errorf("the log does not hold the panic, or holds what was typed:\n%s", b)
	}
	drafts, _ := filepath.Glob(filepath.Join(filepath.Dir(m.store.Path()), draftPrefix+"*.txt"))
	if len(drafts) != 1 || !strings.Contains(err.Error(), drafts[0]) {
		t.Fatalf("error %v, drafts %q", err, drafts)
	}
	b, _ := os.ReadFile(drafts[0])
	for _, want := range []string{"== contact ==", "name: Anna de Wit", "notes: Belt terug\n    op dinsdag"} {
		if !strings.Contains(string(b), want) {
			t.Errorf("the unsaved edits lack %q:\n%s", want, b)
		}
	}
	if strings.Contains(string(b), "== organisation") || strings.Contains(string(b), "email:") {
		t.Errorf("an untouched form or field was written out:\n%s", b)
	}
	if fi, err := os.Stat(drafts[0]); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("drafts mode %v (%v), want 0600", fi.Mode().Perm(), err)
	}
}

// TestGuardedWidgets panics in the action of each kind of widget the
// screens guard: each panic is reported, none escapes.
func TestGuardedWidgets(t *testing.T) {
	boom := func() { panic("kapot in een knop") }
	for _, c := range []struct {
		name string
		make func(e *env) (fyne.CanvasObject, func())
	}{
		{"button", func(e *env) (fyne.CanvasObject, func()) {
			b := widget.NewButton("Doe het", boom)
			return b, func() { test.Tap(b) }
		}},
		{"select", func(e *env) (fyne.CanvasObject, func()) {
			s := widget.NewSelect([]string{"a", "b"}, func(string) { boom() })
			return s, func() { s.SetSelected("b") }
		}},
		{"list", func(e *env) (fyne.CanvasObject, func()) {
			l := widget.NewList(func() int { return 2 }, func() fyne.CanvasObject { return widget.NewLabel("") }, func(widget.ListItemID, fyne.CanvasObject) {})
			l.OnSelected = func(widget.ListItemID) { boom() }
			return l, func() { l.Select(1) }
		}},
		{"typing", func(e *env) (fyne.CanvasObject, func()) {
			en := kit.NewTextEntry(nil)
			en.OnChanged = func(string) { boom() }
			return en, func() { test.Type(en, "x") }
		}},
		{"shortcut key", func(e *env) (fyne.CanvasObject, func()) {
			en := kit.NewTextEntry(func(fyne.KeyName) bool { boom(); return true })
			return en, func() { en.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape}) }
		}},
		{"menu", func(e *env) (fyne.CanvasObject, func()) {
			menu := e.GuardMenu(fyne.NewMenu("", fyne.NewMenuItem("Verwijderen…", boom)))
			return nil, menu.Items[0].Action
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := newWindow(t, newStore(t, false))
			o, act := c.make(m.env)
			if o != nil {
				m.env.Guard(o)
			}
			noPanicEscapes(t, act)
			if logs := panicLogs(t, m); len(logs) != 1 {
				t.Errorf("logs %q", logs)
			}
		})
	}
}

// TestGuardTreeReachesNestedWidgets: a button deep in containers, a scroll
// and tabs is guarded by guardTree on the screen's content, as Instellingen
// and Uitwisselen are.
func TestGuardTreeReachesNestedWidgets(t *testing.T) {
	m := newWindow(t, newStore(t, false))
	b := widget.NewButton("Doe het", func() { panic("kapot in een diepe knop") })
	tabs := container.NewAppTabs(container.NewTabItem("Een", container.NewVScroll(container.NewVBox(widget.NewLabel("tekst"), container.NewHBox(b)))))
	m.env.GuardTree(container.NewBorder(nil, nil, nil, nil, tabs))
	noPanicEscapes(t, func() { test.Tap(b) })
	checkPanicReported(t, m, "kapot in een diepe knop")
}
