package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

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

// utf16File is s in UTF-16 with a byte order mark, as Windows Notepad
// saves "Unicode" (little endian) and "Unicode big endian".
func utf16File(s string, bigEndian bool) []byte {
	var b []byte
	put := func(u uint16) {
		if bigEndian {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	put(0xFEFF)
	for _, u := range utf16.Encode([]rune(s)) {
		put(u)
	}
	return b
}

// countingReader counts the bytes read from it.
type countingReader struct {
	r io.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}

func TestPassphraseFrom(t *testing.T) {
	const typed = "Team West-Friesland ëé 2026"
	cases := []struct {
		name string
		file []byte
		want string // the passphrase, or "" for an error
		err  string // in the error
	}{
		{"one line", []byte(typed), typed, ""},
		{"LF", []byte(typed + "\n"), typed, ""},
		{"CRLF", []byte(typed + "\r\n"), typed, ""},
		{"first line only", []byte(typed + "\r\nhint: de regio\r\n"), typed, ""},
		{"UTF-8 BOM", append([]byte{0xEF, 0xBB, 0xBF}, typed+"\r\n"...), typed, ""},
		{"UTF-16LE with BOM", utf16File(typed+"\r\n", false), typed, ""},
		{"UTF-16BE with BOM", utf16File(typed+"\r\n", true), typed, ""},
		{"spaces kept as typed", []byte(" " + typed + " \r\n"), " " + typed + " ", ""},
		{"empty", nil, "", "geen wachtwoord"},
		{"BOM only", []byte{0xEF, 0xBB, 0xBF}, "", "geen wachtwoord"},
		{"empty first line", []byte("\r\n" + typed), "", "geen wachtwoord"},
		{"UTF-16 BOM only", utf16File("", false), "", "geen wachtwoord"},
		{"at the limit", []byte(strings.Repeat("x", maxSecretFile)), strings.Repeat("x", maxSecretFile), ""},
		{"too large", []byte(strings.Repeat("x", maxSecretFile+1)), "", "te groot"},
		{"Windows-1252", []byte("caf\xe9\r\n"), "", "UTF-8"},
		{"UTF-16 without BOM", []byte("p\x00a\x00s\x00s\x00"), "", "UTF-16"},
		{"odd UTF-16", append(utf16File("pass", false), 'x'), "", "UTF-16"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := passphraseFrom(bytes.NewReader(c.file))
			if c.err != "" {
				if err == nil || !strings.Contains(err.Error(), c.err) {
					t.Errorf("got %q, %v; want an error saying %q", got, err, c.err)
				}
				return
			}
			if err != nil || got != c.want {
				t.Errorf("got %q, %v; want %q", got, err, c.want)
			}
		})
	}
	// A huge file is refused after reading one byte more than the limit.
	r := &countingReader{r: io.LimitReader(zeroReader{}, 1<<30)}
	if _, err := passphraseFrom(r); err == nil || !strings.Contains(err.Error(), "te groot") {
		t.Errorf("a 1 GB file: %v", err)
	}
	if r.n > maxSecretFile+1 {
		t.Errorf("read %d bytes of a 1 GB file, want at most %d", r.n, maxSecretFile+1)
	}
}

type zeroReader struct{}

func (zeroReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'x'
	}
	return len(p), nil
}

// The same passphrase saved by Notepad as UTF-8 with CRLF and as UTF-16
// opens what a plain file made; files too large are refused with a message.
func TestPassphraseAndTextFiles(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.db"), filepath.Join(dir, "b.db")
	id := strings.TrimSpace(mustCLI(t, a, "add", "contact", "name=Noëlle de Vries"))
	file := filepath.Join(dir, "van-a.ketenregie")
	write := func(name string, content []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, content, 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	const typed = "Team Zuid-Kennemerland café"
	mustCLI(t, a, "bundle", "export", "-o", file, "--passphrase-file", write("plain.txt", []byte(typed)))
	for name, content := range map[string][]byte{
		"notepad-utf8.txt":    append([]byte{0xEF, 0xBB, 0xBF}, typed+"\r\n"...),
		"notepad-utf16le.txt": utf16File(typed+"\r\n", false),
		"notepad-utf16be.txt": utf16File(typed+"\r\n", true),
	} {
		if r := cli(t, b, "bundle", "import", file, "--passphrase-file", write(name, content)); r.code != 0 {
			t.Errorf("%s: %+v", name, r)
		}
	}
	big := write("groot.txt", bytes.Repeat([]byte("x"), maxTextFile+1))
	for _, args := range [][]string{
		{"bundle", "import", file, "--passphrase-file", big},
		{"bundle", "import", file, "--identity-file", big},
		{"resolve", "nope", "--text-file", big},
	} {
		if r := cli(t, b, args...); r.code != 1 || !strings.Contains(r.stderr, "te groot") || !strings.Contains(r.stderr, big) {
			t.Errorf("%v: %+v", args[:len(args)-1], r)
		}
	}
	if r := cli(t, a, "bundle", "export", "-o", file, "--passphrase-file", write("leeg.txt", []byte("\r\n"))); r.code != 1 || !strings.Contains(r.stderr, "geen wachtwoord") {
		t.Errorf("an empty passphrase file: %+v", r)
	}

	// A text for resolve: its BOM and final line end are not part of it.
	mustCLI(t, a, "set", "contact", id, "notes=van a")
	mustCLI(t, b, "set", "contact", id, "notes=van b")
	mustCLI(t, a, "bundle", "export", "-o", file)
	mustCLI(t, b, "bundle", "import", file)
	var cs []data.Conflict
	if err := json.Unmarshal([]byte(mustCLI(t, b, "conflicts", "--json")), &cs); err != nil || len(cs) != 1 {
		t.Fatalf("conflicts: %v %v", cs, err)
	}
	text := write("samen.txt", append([]byte{0xEF, 0xBB, 0xBF}, "van a\r\nen van b\r\n"...))
	mustCLI(t, b, "resolve", cs[0].ID, "--text-file", text)
	var shown map[string]any
	if err := json.Unmarshal([]byte(mustCLI(t, b, "show", "contact", id, "--json")), &shown); err != nil {
		t.Fatal(err)
	}
	if got := fmt.Sprint(shown["notes"]); got != "van a\nen van b" { // the store keeps LF line ends
		t.Errorf("notes after resolve: %q", got)
	}
}

// TestBundleImportNamesRelayedWork: a file that passes on another
// colleague's work names that colleague and the fingerprint its key comes
// with, before anything is applied.
func TestBundleImportNamesRelayedWork(t *testing.T) {
	dir := t.TempDir()
	a, x, b := filepath.Join(dir, "a.db"), filepath.Join(dir, "x.db"), filepath.Join(dir, "b.db")
	mustCLI(t, a, "add", "contact", "name=Noëlle de Vries")
	mustCLI(t, x, "add", "contact", "name=Bram Willems")
	fromA, fromX := filepath.Join(dir, "a.ketenregie"), filepath.Join(dir, "x.ketenregie")
	mustCLI(t, a, "bundle", "export", "-o", fromA)
	mustCLI(t, x, "bundle", "import", fromA)
	mustCLI(t, x, "bundle", "export", "-o", fromX)
	out := mustCLI(t, b, "bundle", "import", fromX)
	if !strings.Contains(out, "Doorgegeven werk van: ") || !strings.Contains(out, "de sleutel komt via dit bestand") || !strings.Contains(out, "2 records nieuw") {
		t.Errorf("import of a relayed file:\n%s", out)
	}
}

// resolve --merge settles two edits of different sentences of one text as
// Conflicten proposes it, and refuses edits of the same words.
func TestResolveMerge(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.db"), filepath.Join(dir, "b.db")
	file := filepath.Join(dir, "x.ketenregie")
	start := "Belt op maandag. Mailt op vrijdag."
	id := strings.TrimSpace(mustCLI(t, a, "add", "contact", "name=Noëlle de Vries", "notes="+start))
	mustCLI(t, a, "bundle", "export", "-o", file)
	mustCLI(t, b, "bundle", "import", file)
	conflict := func(mine, theirs string) string {
		mustCLI(t, a, "set", "contact", id, "notes="+mine)
		mustCLI(t, b, "set", "contact", id, "notes="+theirs)
		mustCLI(t, a, "bundle", "export", "-o", file)
		mustCLI(t, b, "bundle", "import", file)
		var cs []data.Conflict
		if err := json.Unmarshal([]byte(mustCLI(t, b, "conflicts", "--json")), &cs); err != nil || len(cs) != 1 {
			t.Fatalf("conflicts: %v %v", cs, err)
		}
		return cs[0].ID
	}
	notes := func() string {
		var shown map[string]any
		if err := json.Unmarshal([]byte(mustCLI(t, b, "show", "contact", id, "--json")), &shown); err != nil {
			t.Fatal(err)
		}
		return fmt.Sprint(shown["notes"])
	}

	x := conflict("Belt op dinsdag. Mailt op vrijdag.", "Belt op maandag. Mailt op donderdag.")
	mustCLI(t, b, "resolve", x, "--merge")
	if got := notes(); got != "Belt op dinsdag. Mailt op donderdag." {
		t.Errorf("merged: %q", got)
	}
	mustCLI(t, b, "bundle", "export", "-o", file)
	mustCLI(t, a, "bundle", "import", file)

	x = conflict("Belt op woensdag. Mailt op donderdag.", "Belt op vrijdag. Mailt op donderdag.")
	before := notes()
	if r := cli(t, b, "resolve", x, "--merge"); r.code != 1 || !strings.Contains(r.stderr, "dezelfde woorden") {
		t.Errorf("edits of the same words: %+v", r)
	}
	if notes() != before {
		t.Error("a refused merge changed the notes")
	}
	if r := cli(t, b, "resolve", x, "--merge", "--pick", "1"); r.code != 1 || !strings.Contains(r.stderr, "één daarvan") {
		t.Errorf("--merge with --pick: %+v", r)
	}
}
