//go:build linux || darwin

package data

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// envCutOff, set in the environment of a copy of the test binary, names the
// database whose backup that copy makes with too little room to finish it.
const envCutOff = "KETENREGIE_TEST_BACKUP_CUT_OFF"

// A backup cut short (here by a limit on the size of a file, as a full
// disk would) leaves nothing that is listed as a backup, does not count
// among the ten kept, and says so in Dutch.
func TestABackupCutShortIsNeverListed(t *testing.T) {
	if path := os.Getenv(envCutOff); path != "" {
		backupWithoutRoom(path)
		return
	}
	ctx := context.Background()
	s := newPeer(t, "laptop", day)
	for i := range 300 {
		mustCreate(t, s, "organisation", map[string]string{"name": fmt.Sprintf("Organisatie %03d met een lange naam", i), "type": "gemeente"})
	}
	var kept []string
	for range 10 {
		p, err := s.Backup(ctx, "handmatig", 10)
		if err != nil {
			t.Fatal(err)
		}
		kept = append(kept, p)
	}
	path := s.path
	s.Close()

	cmd := exec.Command(os.Args[0], "-test.run=^TestABackupCutShortIsNeverListed$")
	cmd.Env = append(os.Environ(), envCutOff+"="+path)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("the backup without room: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "niets gewijzigd") {
		t.Errorf("the failed backup said: %s", out)
	}
	backups, err := Backups(path)
	if err != nil {
		t.Fatal(err)
	}
	var listed []string
	for _, b := range backups {
		listed = append(listed, b.Path)
	}
	if len(listed) != len(kept) {
		t.Errorf("%d backups listed after one was cut short, want the %d whole ones:\n%s", len(listed), len(kept), strings.Join(listed, "\n"))
	}
	entries, _ := os.ReadDir(BackupDir(path))
	if len(entries) != len(kept) {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("the backups folder holds %d files, want the %d whole backups: %s", len(entries), len(kept), strings.Join(names, ", "))
	}
	for _, p := range kept {
		if _, err := os.Stat(p); err != nil {
			t.Errorf("a whole backup is gone: %v", err)
		}
	}
}

// backupWithoutRoom, in a copy of the test binary, backs up the database
// at path with room for only 20 KB in any file, and prints the error.
func backupWithoutRoom(path string) {
	ctx := context.Background()
	s, err := Open(ctx, path, Options{})
	if err != nil {
		fmt.Println("open:", err)
		os.Exit(1)
	}
	defer s.Close()
	s.Now = func() time.Time { return day.Add(time.Hour) } // newer than every backup there
	signal.Ignore(syscall.SIGXFSZ)                         // a write past the limit fails instead
	limit := syscall.Rlimit{Cur: 20_000, Max: 20_000}
	if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &limit); err != nil {
		fmt.Println("setrlimit:", err)
		os.Exit(1)
	}
	_, err = s.Backup(ctx, "voor-import", 10)
	if err == nil {
		fmt.Println("the backup succeeded without room")
		os.Exit(1)
	}
	fmt.Println(err)
}

// What a killed backup left is removed by the next backup once it is an
// hour old (a younger one may be another Ketenregie's backup in progress);
// neither is ever listed.
func TestALeftOverOfAKilledBackupIsRemoved(t *testing.T) {
	ctx := context.Background()
	s := newPeer(t, "laptop", time.Now())
	dir := BackupDir(s.path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	stale := filepath.Join(dir, ".laptop-20261102-090000.000-voor-import.sqlite.123.tmp")
	fresh := filepath.Join(dir, ".laptop-20261102-095900.000-voor-import.sqlite.456.tmp")
	for _, p := range []string{stale, fresh} {
		if err := os.WriteFile(p, []byte("SQLite format 3\x00 half"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	old := time.Now().Add(-2 * time.Hour)
	if err := os.Chtimes(stale, old, old); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Backup(ctx, "handmatig", 10); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Errorf("the two-hour-old remains of a backup are still there: %v", err)
	}
	if _, err := os.Stat(fresh); err != nil {
		t.Errorf("a backup that may be in progress was removed: %v", err)
	}
	if backups, _ := Backups(s.path); len(backups) != 1 {
		t.Errorf("%d backups listed, want the one whole one: %v", len(backups), backups)
	}
}
