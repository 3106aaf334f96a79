package data

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// TestAnOpenDatabaseIsMadePrivate: a database, its WAL and its backups
// that an older version left readable by others are made owner-only when
// the database is opened.
func TestAnOpenDatabaseIsMadePrivate(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("the profile folder is the user's own")
	}
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "oud.db")
	s, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	backup, err := s.Backup(ctx, "handmatig", 10)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	for _, p := range []string{path, backup} {
		os.Chmod(p, 0o644)
	}
	os.Chmod(BackupDir(path), 0o755)
	s, err = Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for p, want := range map[string]os.FileMode{path: 0o600, backup: 0o600, BackupDir(path): 0o700} {
		if st, err := os.Stat(p); err != nil || st.Mode().Perm() != want {
			t.Errorf("%s: %v %v, want %v", filepath.Base(p), st.Mode().Perm(), err, want)
		}
	}
}
