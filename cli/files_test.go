//go:build unix

package cli

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"ketenregie/data"
)

// withUmask runs the rest of the test under umask mask, as a user's
// session would set it.
func withUmask(t *testing.T, mask int) {
	t.Helper()
	old := syscall.Umask(mask)
	t.Cleanup(func() { syscall.Umask(old) })
}

// What holds personal data or the device's key (the database, its WAL,
// its backups, exchange files, the sync folder's file, contact exports, the
// person export) is the owner's alone, whatever the umask; a PDF and a
// calendar, made to hand around, follow the umask.
func TestFilesTakeTheirOwnersPermissions(t *testing.T) {
	for _, mask := range []int{0o022, 0o077} {
		t.Run(fmt.Sprintf("umask %03o", mask), func(t *testing.T) {
			withUmask(t, mask)
			dir := t.TempDir()
			db := filepath.Join(dir, "data", "k.db")
			org := strings.TrimSpace(mustCLI(t, db, "add", "organisation", "name=Gemeente Hoorn", "type=gemeente"))
			person := strings.TrimSpace(mustCLI(t, db, "add", "contact", "name=Noëlle de Vries", "organisation_id="+org, "email=n.devries@example.org"))
			mustCLI(t, db, "import", fixture("outlook-nl.csv")) // leaves a backup
			shared := filepath.Join(dir, "gedeeld")
			if err := os.Mkdir(shared, 0o777); err != nil {
				t.Fatal(err)
			}
			out := func(name string) string { return filepath.Join(dir, name) }
			mustCLI(t, db, "bundle", "export", "-o", out("uit.ketenregie"))
			mustCLI(t, db, "sync", shared)
			mustCLI(t, db, "export", "contacts", "-o", out("contacten.csv"))
			mustCLI(t, db, "export", "contacts", "-o", out("contacten.vcf"))
			mustCLI(t, db, "export", "person", person, "-o", out("inzage.html"))
			mustCLI(t, db, "export", "person", person, "-o", out("inzage.txt"))
			mustCLI(t, db, "export", "calendar", "-o", out("agenda.ics"))
			mustCLI(t, db, "pdf", "report", "-o", out("rapportage.pdf"))

			private := []string{db, out("uit.ketenregie"), out("contacten.csv"), out("contacten.vcf"), out("inzage.html"), out("inzage.txt")}
			if backups, _ := data.Backups(db); len(backups) == 1 {
				private = append(private, backups[0].Path)
			} else {
				t.Errorf("%d backups after the import, want 1", len(backups))
			}
			if synced, _ := filepath.Glob(filepath.Join(shared, "*.ketenregie")); len(synced) == 1 {
				private = append(private, synced[0])
			} else {
				t.Errorf("the sync folder holds %v", synced)
			}
			for _, p := range private {
				wantMode(t, p, 0o600)
			}
			for _, p := range []string{filepath.Dir(db), data.BackupDir(db)} {
				wantMode(t, p, 0o700)
			}
			// The WAL and shared memory exist while the database is open.
			s, err := data.Open(context.Background(), db, data.Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if _, err := s.Create(context.Background(), "organisation", map[string]string{"name": "GGD Hollands Noorden", "type": "ggd"}); err != nil {
				t.Fatal(err)
			}
			for _, p := range []string{db + "-wal", db + "-shm"} {
				wantMode(t, p, 0o600)
			}
			public := os.FileMode(0o666 &^ mask)
			for _, p := range []string{out("agenda.ics"), out("rapportage.pdf")} {
				wantMode(t, p, public)
			}
		})
	}
}

// wantMode fails the test unless path has exactly the permissions want.
func wantMode(t *testing.T, path string, want os.FileMode) {
	t.Helper()
	st, err := os.Stat(path)
	if err != nil {
		t.Error(err)
		return
	}
	if got := st.Mode().Perm(); got != want {
		t.Errorf("%s is %04o, want %04o", filepath.Base(path), got, want)
	}
}

// -o names the file to write; a pipe, a link or a folder there is refused
// in Dutch and left as it was (as root, -o /dev/null once turned
// /dev/null into a regular file).
func TestOutputRefusesAnythingButARegularFile(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "k.db")
	org := strings.TrimSpace(mustCLI(t, db, "add", "organisation", "name=Gemeente Hoorn", "type=gemeente"))
	person := strings.TrimSpace(mustCLI(t, db, "add", "contact", "name=Noëlle de Vries", "organisation_id="+org))
	target := filepath.Join(dir, "echt.txt")
	if err := os.WriteFile(target, []byte("van iemand anders"), 0o644); err != nil {
		t.Fatal(err)
	}
	commands := []struct {
		ext  string
		args []string
	}{
		{".ketenregie", []string{"bundle", "export"}},
		{".csv", []string{"export", "contacts"}},
		{".vcf", []string{"export", "contacts"}},
		{".html", []string{"export", "person", person}},
		{".ics", []string{"export", "calendar"}},
		{".pdf", []string{"pdf", "report"}},
	}
	for _, c := range commands {
		for _, kind := range []string{"pipe", "link", "map"} {
			t.Run(c.args[0]+" "+c.args[1]+c.ext+" "+kind, func(t *testing.T) {
				path := filepath.Join(t.TempDir(), "uit"+c.ext)
				var err error
				switch kind {
				case "pipe":
					err = syscall.Mkfifo(path, 0o600)
				case "link":
					err = os.Symlink(target, path)
				case "map":
					err = os.Mkdir(path, 0o700)
				}
				if err != nil {
					t.Fatal(err)
				}
				before, _ := os.Lstat(path)
				r := cli(t, db, append(c.args, "-o", path)...)
				if r.code != 1 || !strings.Contains(r.stderr, "geen gewoon bestand") || !strings.Contains(r.stderr, "niets gewijzigd") {
					t.Errorf("exit %d: %s", r.code, r.stderr)
				}
				after, err := os.Lstat(path)
				if err != nil || after.Mode() != before.Mode() || (kind != "map" && !os.SameFile(before, after)) {
					t.Errorf("the %s at -o was replaced: %v, %v", kind, after.Mode(), err)
				}
				if got, _ := os.ReadFile(target); string(got) != "van iemand anders" {
					t.Errorf("the file the link points to was written: %q", got)
				}
				if left, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".*")); len(left) != 0 {
					t.Errorf("left behind: %v", left)
				}
			})
		}
	}
}
