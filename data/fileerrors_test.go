package data

import (
	"database/sql"
	"errors"
	"io/fs"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// A backup that fails for want of room or of permission says so in Dutch,
// what to do, and that nothing was changed; SQLite's "database or disk is
// full" counts as a full disk.
func TestABackupThatCannotBeWrittenSaysWhatToDo(t *testing.T) {
	db, err := sql.Open("sqlite", "file:"+filepath.Join(t.TempDir(), "vol.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	_, full := db.Exec("PRAGMA max_page_count = 2; CREATE TABLE a (x); CREATE TABLE b (x); CREATE TABLE c (x)")
	if full == nil {
		t.Fatal("SQLite found room past max_page_count")
	}
	for _, c := range []struct {
		name string
		err  error
		code Code
		want string
	}{
		{"no space", &fs.PathError{Op: "write", Path: "x", Err: syscall.ENOSPC}, CodeNoSpace, "Maak ruimte vrij"},
		{"quota", &fs.PathError{Op: "write", Path: "x", Err: syscall.EDQUOT}, CodeNoSpace, "Maak ruimte vrij"},
		{"sqlite full", full, CodeNoSpace, "Maak ruimte vrij"},
		{"permission", &fs.PathError{Op: "open", Path: "x", Err: syscall.EACCES}, CodeNoAccess, "schrijfrechten"},
		{"not permitted", &fs.PathError{Op: "open", Path: "x", Err: syscall.EPERM}, CodeNoAccess, "schrijfrechten"},
		{"read-only disk", &fs.PathError{Op: "open", Path: "x", Err: syscall.EROFS}, CodeNoAccess, "schrijfrechten"},
	} {
		t.Run(c.name, func(t *testing.T) {
			err := backupFailed("/home/coordinator/backups", c.err)
			e, ok := AsError(err)
			if !ok || e.Code != c.code {
				t.Fatalf("%v: got %#v, want code %s", c.err, err, c.code)
			}
			if !strings.Contains(e.Msg, c.want) || !strings.Contains(e.Msg, "niets gewijzigd") || !errors.Is(err, c.err) {
				t.Errorf("%v: %s", c.err, e.Msg)
			}
		})
	}
}
