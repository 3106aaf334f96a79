//go:build unix

package exchange

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"fyne.io/fyne/v2/test"

	"ketenregie/app/kit/kittest"
)

// A file for colleagues holds contacts' personal data: it is the owner's
// alone under the usual umask 022.
func TestFileForColleaguesIsPrivate(t *testing.T) {
	old := syscall.Umask(0o022)
	defer syscall.Umask(old)
	s := kittest.NewStore(t, true)
	path := filepath.Join(t.TempDir(), "voor collega's.ketenregie")
	x, _ := exchangeOn(t, test.NewTempApp(t), s)
	settle(t, x, func() { x.ExportFile(path) })
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := fi.Mode().Perm(); got != 0o600 {
		t.Errorf("the file for colleagues is saved %04o, want 0600", got)
	}
}
