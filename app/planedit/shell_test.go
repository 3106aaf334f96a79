package planedit

import (
	"context"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"ketenregie/app/kit/kittest"
	"ketenregie/data"
)

// TestMain runs the tests in Dutch, as a coordinator's computer would.
func TestMain(m *testing.M) { kittest.Main(m) }

// newStore opens a fresh database, with the demo region when demo is set.
func newStore(t testing.TB, withDemo bool) *data.Store { return kittest.NewStore(t, withDemo) }

// testShell is the window a test shows the Beleidsplannen screen in
// (kittest.Shell), and what the window's undo bar does.
type testShell struct {
	*kittest.Shell
	screen *Screen
}

// newScreen builds the Beleidsplannen screen on s in a 1280x720 test
// window of a new test app, as the main window builds it.
func newScreen(t testing.TB, s *data.Store) (*Screen, *testShell) {
	t.Helper()
	sh := &testShell{Shell: kittest.NewShell(t, s)}
	sh.screen = New(sh)
	sh.Show(sh.screen, sh.screen.Content())
	return sh.screen, sh
}

// undo does what the window's undo bar does for the last record deleted:
// it restores the record, rereads the screens and opens the record.
func (sh *testShell) undo() {
	sh.T.Helper()
	d := sh.LastDeleted()
	sh.Deletions = sh.Deletions[:len(sh.Deletions)-1]
	if err := sh.S.Write(context.Background(), func(t *data.Tx) error { return t.Restore(d.Kind, d.ID) }); err != nil {
		sh.T.Fatal(err)
	}
	sh.screen.Refresh()
	sh.screen.OpenRecord(d.Kind, d.ID)
}

func dialogButton(t *testing.T, w fyne.Window, text string) *widget.Button {
	t.Helper()
	return kittest.DialogButton(t, w, text)
}

func dialogText(w fyne.Window) string { return kittest.DialogText(w) }
