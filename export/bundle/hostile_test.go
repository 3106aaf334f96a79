package bundle

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ketenregie/data"
)

// resign rewrites a bundle's manifest with edit and signs it again with
// key: what an attacker with a key of their own can do to any file.
func resign(t *testing.T, file []byte, key ed25519.PrivateKey, edit func(*Manifest), changes *string) []byte {
	t.Helper()
	e := entries(t, file)
	var m Manifest
	if err := json.Unmarshal([]byte(e[manifestName]), &m); err != nil {
		t.Fatal(err)
	}
	ch := e[changesName]
	if changes != nil {
		ch = *changes
	}
	if edit != nil {
		edit(&m)
	}
	mb, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return rezip(t, [2]string{manifestName, string(mb)}, [2]string{changesName, ch},
		[2]string{signatureName, string(ed25519.Sign(key, mb))})
}

// TestNoNameFromAFileBecomesAPath imports files whose sender names and
// device ids are paths, reserved Windows names and worse, into a database
// two folders deep, and checks that nothing appears outside its folder and
// its backups/.
func TestNoNameFromAFileBecomesAPath(t *testing.T) {
	ctx := context.Background()
	root := t.TempDir()
	dir := filepath.Join(root, "gebruiker", "ketenregie")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	b, err := data.Open(ctx, filepath.Join(dir, "b.db"), data.Options{DeviceName: "b"})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	names := []string{"../../../evil", "/tmp/evil", `..\..\evil`, "a\x00b", strings.Repeat("lang", 5000),
		"CON", "NUL.txt", "aux", "x/../../../../evil", "\u202egnp.exe"}
	for _, name := range names {
		for _, asDevice := range []bool{false, true} {
			x := withContacts(t, "x")
			key, err := x.SigningKey(ctx)
			if err != nil {
				t.Fatal(err)
			}
			file := resign(t, write(t, x, WriteOptions{}), key, func(m *Manifest) {
				if asDevice {
					m.Device = name
				} else {
					m.Name = name
				}
			}, nil)
			before := dump(t, b)
			read, err := Read(bytes.NewReader(file), ReadOptions{})
			if err == nil {
				_, err = Import(ctx, b, read)
			}
			var re *Error
			refused := errors.As(err, &re)
			switch {
			case asDevice && (!refused || re.Reason != "not-a-bundle"):
				t.Errorf("device id %q: %v, want refused as not a bundle", name, err)
			case !asDevice && err == nil && (len(name) > maxNameSize || data.HasControl(name)):
				t.Errorf("device name %q was accepted", name)
			case err != nil && dump(t, b) != before:
				t.Errorf("%q: refused, but the database changed", name)
			}
		}
	}
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		if p == root || p == filepath.Dir(dir) || !strings.HasPrefix(rel, "..") {
			return nil
		}
		t.Errorf("created outside the database folder: %s", p)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	backups, err := data.Backups(filepath.Join(dir, "b.db"))
	if err != nil || len(backups) == 0 {
		t.Fatalf("no backups before the imports: %v", err)
	}
	for _, bf := range backups {
		if filepath.Dir(bf.Path) != data.BackupDir(filepath.Join(dir, "b.db")) || bf.Comment != "voor-import" {
			t.Errorf("backup %s named after something else than the program's own words", bf.Path)
		}
	}
}
