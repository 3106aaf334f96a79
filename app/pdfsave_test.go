package app

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"ketenregie/app/kit/kittest"
	"ketenregie/data"
)

// waitFor waits until cond holds. The PDF is written off the UI goroutine,
// so cond is checked only when busy work has finished and shown its
// result (the window's done), never while the UI goroutine is changing
// widgets.
func waitFor(t *testing.T, m *MainWindow, what string, cond func() bool) {
	t.Helper()
	deadline := time.After(10 * time.Second)
	for {
		select {
		case <-m.env.done:
			if cond() {
				return
			}
		case <-deadline:
			t.Fatalf("timed out waiting until %s", what)
		}
	}
}

func dialogShows(w fyne.Window, text string) func() bool {
	return func() bool { return strings.Contains(kittest.DialogText(w), text) }
}

// files lists the names in dir.
func files(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

// TestSavePDFThroughDialog saves the demo plan as a user does: the save
// dialog proposes the plan's title and version in the folder used last;
// Opslaan writes the PDF and offers to open it.
func TestSavePDFThroughDialog(t *testing.T) {
	s := newStore(t, true)
	m := newWindow(t, s)
	w := m.Window()
	dir := t.TempDir()
	fyne.CurrentApp().Preferences().SetString(pdfFolderKey, dir)
	plans, err := s.List(context.Background(), "plan")
	if err != nil {
		t.Fatal(err)
	}
	plan := plans[1]
	want := plan.Get("title") + " v" + plan.Get("version") + ".pdf"

	m.env.SavePlanPDF(plan, false)
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no save dialog")
	}
	var name *widget.Entry
	for _, o := range test.LaidOutObjects(top) {
		if e, ok := o.(*widget.Entry); ok && strings.HasSuffix(e.Text, ".pdf") {
			name = e
		}
	}
	if name == nil || name.Text != want {
		t.Fatalf("the save dialog does not propose %q", want)
	}
	test.Tap(kittest.DialogButton(t, w, "Opslaan"))

	path := filepath.Join(dir, want)
	waitFor(t, m, "the PDF is saved and the user may open it", dialogShows(w, "is opgeslagen in"))
	b, err := os.ReadFile(path)
	if err != nil || !bytes.HasPrefix(b, []byte("%PDF-")) || !bytes.Contains(b, []byte("%%EOF")) {
		t.Fatalf("no whole PDF at %s: %v", path, err)
	}
	if got := files(t, dir); len(got) != 1 {
		t.Errorf("the folder holds %v, want the PDF alone", got)
	}

	var opened *url.URL
	openURL = func(u *url.URL) error { opened = u; return nil }
	t.Cleanup(func() { openURL = defaultOpenURL })
	test.Tap(kittest.DialogButton(t, w, "Openen"))
	if opened == nil || opened.Scheme != "file" || opened.Path != filepath.ToSlash(path) {
		t.Errorf("Openen opened %v, want file://%s", opened, path)
	}
}

// TestWritePDFFailureLeavesNothing: when the document cannot be made, the
// user is told so, and neither the empty file the save dialog made nor a
// temporary file is left.
func TestWritePDFFailureLeavesNothing(t *testing.T) {
	s := newStore(t, false)
	m := newWindow(t, s)
	w := m.Window()
	dir := t.TempDir()
	path := filepath.Join(dir, "Overzicht.pdf")
	if err := os.WriteFile(path, nil, 0o644); err != nil { // what Fyne's save dialog leaves
		t.Fatal(err)
	}
	m.env.writePDF(path, func(_ *data.Store, w io.Writer) error {
		io.WriteString(w, "%PDF-1.3 half")
		return errors.New("schijf vol")
	})
	waitFor(t, m, "the failure is shown", dialogShows(w, "De PDF is niet opgeslagen."))
	if !strings.Contains(kittest.DialogText(w), "schijf vol") {
		t.Errorf("the error does not say why: %q", kittest.DialogText(w))
	}
	if got := files(t, dir); len(got) != 0 {
		t.Errorf("a failed write left %v", got)
	}
}

// TestWritePDFAddsExtension: a name typed without .pdf gets it, and the
// empty file under the typed name goes.
func TestWritePDFAddsExtension(t *testing.T) {
	s := newStore(t, true)
	m := newWindow(t, s)
	dir := t.TempDir()
	typed := filepath.Join(dir, "rapportage")
	if err := os.WriteFile(typed, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	m.env.writePDF(typed, func(_ *data.Store, w io.Writer) error { _, err := io.WriteString(w, "%PDF-1.3\n%%EOF\n"); return err })
	waitFor(t, m, "the PDF is saved", dialogShows(m.Window(), "rapportage.pdf is opgeslagen"))
	if got := files(t, dir); len(got) != 1 || got[0] != "rapportage.pdf" {
		t.Errorf("the folder holds %v, want rapportage.pdf alone", got)
	}
	test.Tap(kittest.DialogButton(t, m.Window(), "Sluiten"))
	if m.Window().Canvas().Overlays().Top() != nil {
		t.Error("Sluiten does not close the dialog")
	}
}
