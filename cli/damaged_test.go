package cli

import (
	"bytes"
	"context"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ketenregie/data"
)

// damagedDatabase makes a database of 300 contacts with one backup, then
// damages it with damage.
func damagedDatabase(t *testing.T, damage func(t *testing.T, path string)) (path string) {
	t.Helper()
	ctx := context.Background()
	path = filepath.Join(t.TempDir(), "k.db")
	s, err := data.Open(ctx, path, data.Options{DeviceName: "Laptop Anne"})
	if err != nil {
		t.Fatal(err)
	}
	err = s.Write(ctx, func(tx *data.Tx) error {
		for i := 0; i < 300; i++ {
			if _, err := tx.Create("contact", map[string]string{"name": fmt.Sprintf("Contact %d", i), "notes": strings.Repeat("notitie ", 20)}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Backup(ctx, "handmatig", 10); err != nil {
		t.Fatal(err)
	}
	s.Close()
	damage(t, path)
	return path
}

func overwrite(t *testing.T, path string, at int64, b []byte) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteAt(b, at); err != nil {
		t.Fatal(err)
	}
}

// TestADamagedDatabaseShowsTheWayBack damages a database three ways. Each
// time no command changes the file, a write is refused with the way back
// (the newest backup and `backup restore`), dump prints no half JSON, and
// `backup restore` brings the backup back.
func TestADamagedDatabaseShowsTheWayBack(t *testing.T) {
	for _, tc := range []struct {
		name   string
		damage func(t *testing.T, path string)
	}{
		{"zeroed header", func(t *testing.T, path string) { overwrite(t, path, 0, make([]byte, 100)) }},
		{"truncated", func(t *testing.T, path string) {
			st, _ := os.Stat(path)
			if err := os.Truncate(path, st.Size()/2); err != nil {
				t.Fatal(err)
			}
		}},
		{"garbage pages", func(t *testing.T, path string) {
			st, _ := os.Stat(path)
			junk := make([]byte, st.Size()/3)
			rand.New(rand.NewSource(1)).Read(junk)
			overwrite(t, path, st.Size()/3, junk)
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := damagedDatabase(t, tc.damage)
			before, _ := os.ReadFile(db)
			r := cli(t, db, "add", "contact", "name=Nieuw")
			if r.code != 1 || !strings.Contains(r.stderr, "beschadigd") || !strings.Contains(r.stderr, "ketenregie backup restore ") {
				t.Errorf("add on a damaged database: %+v", r)
			}
			if r := cli(t, db, "dump"); r.code == 0 {
				if !strings.HasSuffix(r.stdout, "}\n") {
					t.Errorf("dump printed half a dump")
				}
			} else if r.stdout != "" {
				t.Errorf("a failing dump printed %d bytes", len(r.stdout))
			}
			cli(t, db, "list", "contact")
			if after, _ := os.ReadFile(db); !bytes.Equal(before, after) {
				t.Error("a command changed the damaged file")
			}
			list := mustCLI(t, db, "backup", "list")
			backups, _ := data.Backups(db)
			if len(backups) != 1 || !strings.Contains(list, backups[0].Path) {
				t.Fatalf("backup list:\n%s", list)
			}
			if r := cli(t, db, "backup", "restore", backups[0].Path+".weg"); r.code != 1 || !strings.Contains(r.stderr, "bestaat niet") {
				t.Errorf("restore of a backup that is not there: %+v", r)
			}
			out := mustCLI(t, db, "backup", "restore", backups[0].Path)
			if !strings.Contains(out, "Teruggezet") {
				t.Errorf("restore said %q", out)
			}
			if out := mustCLI(t, db, "check"); !strings.Contains(out, "In orde") {
				t.Errorf("after the restore, check: %s", out)
			}
			if out := mustCLI(t, db, "list", "contact"); strings.Count(out, "Contact ") != 300 {
				t.Errorf("after the restore, %d contacts", strings.Count(out, "Contact "))
			}
			mustCLI(t, db, "add", "contact", "name=Na het terugzetten")
			kept, _ := data.Backups(db)
			found := false
			for _, b := range kept {
				found = found || strings.Contains(b.Comment, "beschadigd")
			}
			if !found {
				t.Errorf("the damaged file was not kept beside the backups: %+v", kept)
			}
		})
	}
}
