package atomicfile

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"ketenregie/data"
)

// A write that fails for want of room or of permission says so in Dutch,
// what to do, and that nothing was changed: the file already there is as
// it was, and no temporary file is left.
func TestAFailedWriteSaysWhatToDo(t *testing.T) {
	for _, c := range []struct {
		name string
		err  error
		code data.Code
		want string
	}{
		{"disk full", &fs.PathError{Op: "write", Path: "x", Err: syscall.ENOSPC}, data.CodeNoSpace, "Maak ruimte vrij"},
		{"quota", &fs.PathError{Op: "write", Path: "x", Err: syscall.EDQUOT}, data.CodeNoSpace, "Maak ruimte vrij"},
		{"no permission", &fs.PathError{Op: "write", Path: "x", Err: syscall.EACCES}, data.CodeNoAccess, "Kies een andere map"},
		{"not permitted", &fs.PathError{Op: "write", Path: "x", Err: syscall.EPERM}, data.CodeNoAccess, "Kies een andere map"},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "contacten.csv")
			if err := os.WriteFile(path, []byte("de vorige versie"), 0o644); err != nil {
				t.Fatal(err)
			}
			err := Write(path, func(w io.Writer) error {
				io.WriteString(w, "half")
				return c.err
			})
			e, ok := data.AsError(err)
			if !ok || e.Code != c.code {
				t.Fatalf("got %#v, want code %s", err, c.code)
			}
			if !strings.Contains(e.Msg, c.want) || !strings.Contains(e.Msg, "niets gewijzigd") {
				t.Errorf("the message: %s", e.Msg)
			}
			if got, _ := os.ReadFile(path); string(got) != "de vorige versie" {
				t.Errorf("the file there became %q", got)
			}
			if entries, _ := os.ReadDir(dir); len(entries) != 1 {
				t.Errorf("%d files in the folder, want the one that was there", len(entries))
			}
		})
	}
}

// TestAPanicLeavesNoHalfFile: a writer that panics leaves no temporary
// file behind, and the panic goes on.
func TestAPanicLeavesNoHalfFile(t *testing.T) {
	dir := t.TempDir()
	func() {
		defer func() {
			if recover() == nil {
				t.Error("the panic was swallowed")
			}
		}()
		Write(filepath.Join(dir, "plan.pdf"), func(w io.Writer) error {
			w.Write([]byte("%PDF-1.4"))
			panic("kapot")
		})
	}()
	if left, _ := os.ReadDir(dir); len(left) != 0 {
		t.Errorf("left behind: %v", left)
	}
}

func TestWriteReplacesWholeOrNotAtAll(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "plan.pdf")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	boom := errors.New("boom")
	err := Write(path, func(w io.Writer) error {
		io.WriteString(w, "half a docu")
		return boom
	})
	if !errors.Is(err, boom) {
		t.Errorf("err = %v, want the writer's error", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "old" {
		t.Errorf("a failed write changed the file: %q", b)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("a failed write left files behind: %v", entries)
	}
	if err := Write(path, func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err }); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "new" {
		t.Errorf("the file holds %q after a write", b)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("a write left files behind: %v", entries)
	}
	if err := Write(filepath.Join(dir, "no", "such", "folder.pdf"), func(io.Writer) error { return nil }); err == nil {
		t.Error("writing into a folder that does not exist succeeded")
	}
}
