//go:build unix

package app

import (
	"context"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"ketenregie/app/kit/kittest"
)

// What the window saves with personal data in it (contacts, a person's
// data) is the owner's alone under the usual umask
// 022; a calendar, made to share, follows the umask.
func TestSavedFilesTakeTheirOwnersPermissions(t *testing.T) {
	old := syscall.Umask(0o022)
	defer syscall.Umask(old)
	ctx := context.Background()
	s := newStore(t, true)
	m := newWindow(t, s)
	w := m.Window()
	dir := t.TempDir()
	fyne.CurrentApp().Preferences().SetString(contactFolderKey, dir)
	wait := finished(t, m)
	mode := func(name string) os.FileMode {
		st, err := os.Stat(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		return st.Mode().Perm()
	}

	m.env.exportContacts()
	if got := mode(saveThroughDialog(t, w, ".csv", wait)); got != 0o600 {
		t.Errorf("the contacts are saved %04o, want 0600", got)
	}
	test.Tap(kittest.DialogButton(t, w, "OK"))
	recs, _ := s.List(ctx, "contact")
	m.env.exportPerson(recs[0].ID)
	if got := mode(saveThroughDialog(t, w, ".html", wait)); got != 0o600 {
		t.Errorf("a person's data is saved %04o, want 0600", got)
	}
	test.Tap(kittest.DialogButton(t, w, "OK"))
	m.env.exportCalendar()
	if got := mode(saveThroughDialog(t, w, ".ics", wait)); got != 0o644 {
		t.Errorf("the calendar is saved %04o, want 0644", got)
	}
	test.Tap(kittest.DialogButton(t, w, "OK"))
	// A file for colleagues: TestFileForColleaguesIsPrivate in app/exchange.
}
