//go:build unix

package bundle

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestSyncSkipsPipesAndLinks puts a named pipe and a symbolic link (to a
// good file elsewhere) in a sync folder: sync must finish, import neither
// and say why. Before, the pipe blocked sync forever.
func TestSyncSkipsPipesAndLinks(t *testing.T) {
	ctx := context.Background()
	a, b := newStore(t, "Laptop Anne"), withContacts(t, "Laptop Bas")
	dir, elsewhere := t.TempDir(), t.TempDir()
	if err := syscall.Mkfifo(filepath.Join(dir, "ketenregie-pijp"+Ext), 0o600); err != nil {
		t.Skip("no named pipes here:", err)
	}
	good := filepath.Join(elsewhere, "bas"+Ext)
	if err := os.WriteFile(good, write(t, b, WriteOptions{}), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(good, filepath.Join(dir, "ketenregie-link"+Ext)); err != nil {
		t.Fatal(err)
	}
	before := dump(t, a)
	done := make(chan struct{})
	var res SyncResult
	var err error
	go func() {
		res, err = Sync(ctx, a, dir, "", "test")
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		// Open the pipe's other end so the test process can end.
		if w, err := os.OpenFile(filepath.Join(dir, "ketenregie-pijp"+Ext), os.O_WRONLY, 0); err == nil {
			w.Close()
		}
		t.Fatal("sync hangs on a named pipe")
	}
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Imported) != 0 || len(res.Skipped) != 2 {
		t.Fatalf("imported %q, skipped %q", res.Imported, res.Skipped)
	}
	for _, s := range res.Skipped {
		if !strings.Contains(s, "geen gewoon bestand") {
			t.Errorf("skipped without the reason: %q", s)
		}
	}
	if dump(t, a) != before {
		t.Error("a pipe or a link changed the database")
	}
}

// TestEncryptedImportLeavesNoPlaintext imports an encrypted file with the
// temp folder pointed at an empty one, and looks in it while the file is
// read and after: the plaintext is never written, so a process killed
// mid-import leaves nothing readable behind.
func TestEncryptedImportLeavesNoPlaintext(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	a, b := withContacts(t, "a"), newStore(t, "b")
	const pass = "Team West-Friesland 2026"
	file := write(t, a, WriteOptions{Passphrase: pass})
	path := filepath.Join(t.TempDir(), "a"+Ext)
	if err := os.WriteFile(path, file, 0o600); err != nil {
		t.Fatal(err)
	}
	// Held is asked in the middle of reading, after the manifest is
	// decrypted: the moment a killed import used to leave the plaintext
	// zip behind.
	during := -1
	bu, err := ReadFile(path, ReadOptions{Passphrase: pass, Held: func(*Manifest) bool {
		left, _ := os.ReadDir(tmp)
		during = len(left)
		return false
	}})
	if err != nil {
		t.Fatal(err)
	}
	if during != 0 {
		t.Fatalf("while an encrypted file is read, the temp folder holds %d files", during)
	}
	if _, err := Import(context.Background(), b, bu); err != nil {
		t.Fatal(err)
	}
	// Read (from a stream) keeps a copy of the file as it arrived: the
	// ciphertext, never the plaintext, and removed after.
	if _, err := Read(bytes.NewReader(file), ReadOptions{Passphrase: pass}); err != nil {
		t.Fatal(err)
	}
	if left, _ := os.ReadDir(tmp); len(left) != 0 {
		t.Fatalf("%d files left in the temp folder", len(left))
	}
}
