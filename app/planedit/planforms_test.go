package planedit

import (
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// TestFormDialogIsGuarded panics in storing a form dialog: showForm guards
// its own buttons, so the panic goes to the window, which reports it
// (TestGuardedWidgets in app), and does not escape.
func TestFormDialogIsGuarded(t *testing.T) {
	_, sh := newScreen(t, newStore(t, false))
	f := showForm(sh, "Versie", "Opslaan", widget.NewLabel(""), 300, func() error { panic("kapot in een formulier") }, nil)
	test.Tap(f.confirm)
	if panics := sh.TakePanics(); len(panics) != 1 || panics[0] != "kapot in een formulier" {
		t.Errorf("the window was told of %v", panics)
	}
}
