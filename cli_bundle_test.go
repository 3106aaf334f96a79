package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ketenregie/data"
)

func TestBundleExportImportAndConflicts(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.db"), filepath.Join(dir, "b.db")
	id := strings.TrimSpace(mustCLI(t, a, "add", "contact", "name=Noëlle de Vries", "phone=06-12345678"))
	file := filepath.Join(dir, "van-a.ketenregie")
	pass := filepath.Join(dir, "wachtwoord.txt")
	os.WriteFile(pass, []byte("Team West-Friesland\n"), 0o600)

	out := mustCLI(t, a, "bundle", "export", "-o", file, "--passphrase-file", pass)
	if !strings.Contains(out, "wijzigingen") {
		t.Errorf("export said %q", out)
	}
	if r := cli(t, b, "bundle", "import", file); r.code != 1 || !strings.Contains(r.stderr, "versleuteld") {
		t.Errorf("import without the passphrase: %d %q", r.code, r.stderr)
	}
	out = mustCLI(t, b, "bundle", "import", file, "--passphrase-file", pass)
	for _, want := range []string{"Vingerafdruk:", "voor het eerst gezien", "1 records nieuw"} {
		if !strings.Contains(out, want) {
			t.Errorf("import output lacks %q:\n%s", want, out)
		}
	}
	if out := mustCLI(t, b, "bundle", "import", file, "--passphrase-file", pass); !strings.Contains(out, "niets nieuws") || !strings.Contains(out, "bekend apparaat") {
		t.Errorf("second import:\n%s", out)
	}

	// Both change the phone number; after exchanging, one conflict on both.
	mustCLI(t, a, "set", "contact", id, "phone=06-11111111")
	mustCLI(t, b, "set", "contact", id, "phone=06-22222222")
	mustCLI(t, a, "bundle", "export", "-o", file)
	mustCLI(t, b, "bundle", "import", file)
	mustCLI(t, b, "bundle", "export", "-o", file)
	mustCLI(t, a, "bundle", "import", file)
	var ca, cb []data.Conflict
	json.Unmarshal([]byte(mustCLI(t, a, "conflicts", "--json")), &ca)
	json.Unmarshal([]byte(mustCLI(t, b, "conflicts", "--json")), &cb)
	if len(ca) != 1 || len(cb) != 1 || ca[0].ID != cb[0].ID || len(ca[0].Values) != 2 {
		t.Fatalf("conflicts: %+v and %+v", ca, cb)
	}
	if mustCLI(t, a, "dump") != mustCLI(t, b, "dump") {
		t.Error("dumps differ with the same changes")
	}
	if r := cli(t, a, "resolve", ca[0].ID, "--pick", "3"); r.code != 1 {
		t.Errorf("--pick 3 of 2 values: %d %q", r.code, r.stderr)
	}
	mustCLI(t, a, "resolve", ca[0].ID, "--pick", "2")
	mustCLI(t, a, "bundle", "export", "-o", file)
	mustCLI(t, b, "bundle", "import", file)
	if out := mustCLI(t, b, "conflicts"); !strings.Contains(out, "Geen open conflicten") {
		t.Errorf("after resolving: %s", out)
	}
	if mustCLI(t, a, "dump") != mustCLI(t, b, "dump") {
		t.Error("dumps differ after the resolution travelled")
	}

	// Not a bundle: refused, nothing changed.
	junk := filepath.Join(dir, "desktop.ini")
	os.WriteFile(junk, []byte("[.ShellClassInfo]\r\n"), 0o644)
	before := mustCLI(t, b, "dump")
	if r := cli(t, b, "bundle", "import", junk); r.code != 1 || !strings.Contains(r.stderr, "geen uitwisselbestand") {
		t.Errorf("junk: %d %q", r.code, r.stderr)
	}
	if mustCLI(t, b, "dump") != before {
		t.Error("a refused file changed the database")
	}
}

func TestSyncFolder(t *testing.T) {
	dir := t.TempDir()
	shared := filepath.Join(dir, "gedeeld")
	os.Mkdir(shared, 0o755)
	os.WriteFile(filepath.Join(shared, "desktop.ini"), []byte("x"), 0o644)
	os.WriteFile(filepath.Join(shared, "half.ketenregie"), []byte("PK\x03\x04 afgebroken"), 0o644)
	dbs := []string{filepath.Join(dir, "a.db"), filepath.Join(dir, "b.db"), filepath.Join(dir, "c.db")}
	for i, db := range dbs {
		mustCLI(t, db, "add", "organisation", "name=Organisatie "+string(rune('A'+i)), "type=overig")
	}
	// Each syncs in turn, twice round: everyone ends with everything.
	var out string
	for round := 0; round < 2; round++ {
		for _, db := range dbs {
			out = mustCLI(t, db, "sync", shared)
		}
	}
	if !strings.Contains(out, "Overgeslagen: desktop.ini") || !strings.Contains(out, "Overgeslagen: half.ketenregie") {
		t.Errorf("unknown files not reported:\n%s", out)
	}
	want := mustCLI(t, dbs[0], "dump")
	for _, db := range dbs[1:] {
		if mustCLI(t, db, "dump") != want {
			t.Errorf("%s differs after syncing", filepath.Base(db))
		}
	}
	files, _ := filepath.Glob(filepath.Join(shared, "ketenregie-*.ketenregie"))
	if len(files) != 3 {
		t.Errorf("%d device files in the folder, want 3: %v", len(files), files)
	}
	if tmp, _ := filepath.Glob(filepath.Join(shared, ".*.tmp")); len(tmp) != 0 {
		t.Errorf("temporary files left: %v", tmp)
	}
}

func TestDeleteErase(t *testing.T) {
	db := filepath.Join(t.TempDir(), "k.db")
	id := strings.TrimSpace(mustCLI(t, db, "add", "contact", "name=Mehmet Öztürk", "email=m.ozturk@example.org"))
	if r := cli(t, db, "delete", "organisation", id, "--erase"); r.code != 1 || !strings.Contains(r.stderr, "alleen personen") {
		t.Errorf("erase of an organisation: %d %q", r.code, r.stderr)
	}
	mustCLI(t, db, "delete", "contact", id, "--erase")
	if out := mustCLI(t, db, "dump"); strings.Contains(out, "Öztürk") {
		t.Error("dump still shows the person")
	}
	for _, f := range []string{db, db + "-wal"} {
		if b, err := os.ReadFile(f); err == nil && strings.Contains(string(b), "m.ozturk@example.org") {
			t.Errorf("%s still holds the erased e-mail address", filepath.Base(f))
		}
	}
}
