package data

import (
	"context"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestADamagedDatabaseOpensReadOnly: garbage in the middle of the file;
// the store opens, refuses every write with the way back, and restoring a
// backup (as Instellingen does) gives a sound, writable database.
func TestADamagedDatabaseOpensReadOnly(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "k.db")
	s, err := Open(ctx, path, Options{DeviceName: "Laptop Anne"})
	if err != nil {
		t.Fatal(err)
	}
	err = s.Write(ctx, func(tx *Tx) error {
		for i := 0; i < 300; i++ {
			if _, err := tx.Create("contact", map[string]string{"name": "Contact", "notes": strings.Repeat("notitie ", 20)}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	backup, err := s.Backup(ctx, "handmatig", 10)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	st, _ := os.Stat(path)
	junk := make([]byte, st.Size()/3)
	rand.New(rand.NewSource(2)).Read(junk)
	f, _ := os.OpenFile(path, os.O_WRONLY, 0)
	f.WriteAt(junk, st.Size()/3)
	f.Close()

	d, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatalf("a database SQLite can still read does not open read-only: %v", err)
	}
	defer d.Close()
	if d.Damaged() == nil {
		t.Fatal("the damage is not noticed")
	}
	_, err = d.Create(ctx, "contact", map[string]string{"name": "Nieuw"})
	if e, ok := AsError(err); !ok || e.Code != CodeDamaged || !strings.Contains(e.Msg, filepath.Base(backup)) {
		t.Errorf("a write to the damaged database: %v", err)
	}
	if err := d.RestoreBackup(ctx, backup); err != nil {
		t.Fatal(err)
	}
	if d.Damaged() != nil {
		t.Error("still damaged after the restore")
	}
	if _, err := d.Create(ctx, "contact", map[string]string{"name": "Na het terugzetten"}); err != nil {
		t.Errorf("writing after the restore: %v", err)
	}
	mustCheck(t, d)
}
