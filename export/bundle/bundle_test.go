package bundle

import (
	"archive/zip"
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"ketenregie/data"
	"ketenregie/export/atomicfile"
)

func newStore(t testing.TB, name string) *data.Store {
	t.Helper()
	s, err := data.Open(context.Background(), filepath.Join(t.TempDir(), name+".db"), data.Options{DeviceName: name})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	clock := time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC)
	s.Now = func() time.Time { clock = clock.Add(time.Second); return clock }
	return s
}

func dump(t testing.TB, s *data.Store) string {
	t.Helper()
	var b bytes.Buffer
	if err := s.Dump(context.Background(), &b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func write(t testing.TB, s *data.Store, opt WriteOptions) []byte {
	t.Helper()
	var b bytes.Buffer
	if _, err := Write(context.Background(), s, &b, opt); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func mustImport(t testing.TB, s *data.Store, file []byte, opt ReadOptions) data.ApplyReport {
	t.Helper()
	b, err := Read(bytes.NewReader(file), opt)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := Import(context.Background(), s, b)
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

func withContacts(t testing.TB, name string) *data.Store {
	s := newStore(t, name)
	ctx := context.Background()
	org, err := s.Create(ctx, "organisation", map[string]string{"name": "RIEC Noord-Holland", "type": "riec"})
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []string{"Anaïs Lambert", "Mehmet Öztürk"} {
		if _, err := s.Create(ctx, "contact", map[string]string{"name": n, "organisation_id": org}); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

func TestBundleRoundTrip(t *testing.T) {
	ctx := context.Background()
	a, b := withContacts(t, "Laptop Anne"), newStore(t, "Laptop Bas")
	file := write(t, a, WriteOptions{App: "0.1.0"})
	read, err := Read(bytes.NewReader(file), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	info, err := b.Recognise(ctx, read.Manifest.Sender())
	if err != nil || info.Name != "Laptop Anne" || !info.FirstSeen || info.Mismatch || len(info.Fingerprint) != 39 {
		t.Errorf("sender as shown before import: %+v %v", info, err)
	}
	rep, err := Import(ctx, b, read)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Created != 3 {
		t.Errorf("report %+v, want 3 created", rep)
	}
	if dump(t, a) != dump(t, b) {
		t.Error("dumps differ after import")
	}
	if info, _ := b.Recognise(ctx, read.Manifest.Sender()); info.FirstSeen {
		t.Error("the sender is still unknown after an import")
	}
	// The same file again, and one's own file: nothing changes.
	if rep := mustImport(t, b, file, ReadOptions{}); rep.New != 0 || rep.Created != 0 {
		t.Errorf("second import: %+v", rep)
	}
	before := dump(t, a)
	if rep := mustImport(t, a, file, ReadOptions{}); rep.New != 0 {
		t.Errorf("own file: %+v", rep)
	}
	if dump(t, a) != before {
		t.Error("importing one's own file changed the database")
	}
	// Only what Bas lacks: after Anne imported Bas's file, she knows what he has.
	mustImport(t, a, write(t, b, WriteOptions{}), ReadOptions{})
	if _, err := a.Create(ctx, "contact", map[string]string{"name": "Nieuw"}); err != nil {
		t.Fatal(err)
	}
	small, err := Read(bytes.NewReader(write(t, a, WriteOptions{For: b.Device()})), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if small.Manifest.Changes == 0 || small.Manifest.Changes >= read.Manifest.Changes {
		t.Errorf("a bundle for Bas holds %d changes, the full one %d", small.Manifest.Changes, read.Manifest.Changes)
	}
	if rep, err := Import(ctx, b, small); err != nil || rep.Created != 1 {
		t.Errorf("import of the small bundle: %+v %v", rep, err)
	}
	if dump(t, a) != dump(t, b) {
		t.Error("dumps differ after the small bundle")
	}
}

func TestBundleEncrypted(t *testing.T) {
	a, b := withContacts(t, "a"), newStore(t, "b")
	file := write(t, a, WriteOptions{Passphrase: "Team West-Friesland 2026"})
	if bytes.Contains(file, []byte("Lambert")) || bytes.Contains(file, []byte("manifest.json")) {
		t.Fatal("the encrypted file shows its contents")
	}
	for _, tc := range []struct {
		name string
		opt  ReadOptions
		want string
	}{
		{"no passphrase", ReadOptions{}, "versleuteld"},
		{"wrong passphrase", ReadOptions{Passphrase: "fout"}, "past niet"},
	} {
		_, err := Read(bytes.NewReader(file), tc.opt)
		var e *Error
		if !errors.As(err, &e) || e.Reason != "passphrase" || !strings.Contains(e.Msg, tc.want) {
			t.Errorf("%s: %v", tc.name, err)
		}
	}
	if rep := mustImport(t, b, file, ReadOptions{Passphrase: "Team West-Friesland 2026"}); rep.Created != 3 {
		t.Errorf("report %+v", rep)
	}
}

// rezip builds a zip of the given entries.
func rezip(t testing.TB, entries ...[2]string) []byte {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, e := range entries {
		f, err := zw.Create(e[0])
		if err != nil {
			t.Fatal(err)
		}
		f.Write([]byte(e[1]))
	}
	zw.Close()
	return b.Bytes()
}

// entries reads a bundle's entries.
func entries(t testing.TB, file []byte) map[string]string {
	zr, err := zip.NewReader(bytes.NewReader(file), int64(len(file)))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, f := range zr.File {
		b, _ := readEntry(f, 1<<30)
		out[f.Name] = string(b)
	}
	return out
}

func TestBadFilesAreRefusedAndChangeNothing(t *testing.T) {
	ctx := context.Background()
	a, b := withContacts(t, "a"), newStore(t, "b")
	mustImport(t, b, write(t, a, WriteOptions{}), ReadOptions{})
	if _, err := a.Create(ctx, "contact", map[string]string{"name": "Later"}); err != nil {
		t.Fatal(err)
	}
	good := write(t, a, WriteOptions{})
	e := entries(t, good)

	// A manifest signed by another key, claiming to be a.
	_, otherKey, _ := ed25519.GenerateKey(rand.Reader)
	var m Manifest
	json.Unmarshal([]byte(e[manifestName]), &m)
	m.PublicKey = data.EncodeKey(otherKey.Public().(ed25519.PublicKey))
	forged, _ := json.Marshal(m)
	newer := m
	newer.Format, newer.Requires = Format+1, "3.0.0"
	newerJSON, _ := json.Marshal(newer)

	tamperedChanges := strings.Replace(e[changesName], "Later", "Lator", 1)
	for _, tc := range []struct {
		name, reason, want string
		file               []byte
	}{
		{"not a bundle", "not-a-bundle", "geen uitwisselbestand", []byte("desktop.ini\r\n[.ShellClassInfo]\r\n")},
		{"truncated", "not-a-bundle", "afgebroken", good[:len(good)/2]},
		{"extra entry", "entries", "bevat", rezip(t, [2]string{manifestName, e[manifestName]}, [2]string{changesName, e[changesName]},
			[2]string{signatureName, e[signatureName]}, [2]string{"../../evil", "x"})},
		{"duplicate entry", "entries", "twee keer", rezip(t, [2]string{manifestName, e[manifestName]}, [2]string{changesName, e[changesName]},
			[2]string{changesName, e[changesName]})},
		{"altered changes", "checksum", "controlesom", rezip(t, [2]string{manifestName, e[manifestName]},
			[2]string{changesName, tamperedChanges}, [2]string{signatureName, e[signatureName]})},
		{"altered manifest", "signature", "handtekening", rezip(t, [2]string{manifestName, strings.Replace(e[manifestName], `"a"`, `"b"`, 1)},
			[2]string{changesName, e[changesName]}, [2]string{signatureName, e[signatureName]})},
		{"newer format", "version", "werk Ketenregie bij naar versie 3.0.0", rezip(t, [2]string{manifestName, string(newerJSON)},
			[2]string{changesName, e[changesName]}, [2]string{signatureName, string(ed25519.Sign(otherKey, newerJSON))})},
	} {
		before := dump(t, b)
		_, err := Read(bytes.NewReader(tc.file), ReadOptions{})
		var re *Error
		if !errors.As(err, &re) || re.Reason != tc.reason || !strings.Contains(re.Msg, tc.want) {
			t.Errorf("%s: %v, want %s (%q)", tc.name, err, tc.reason, tc.want)
		}
		if dump(t, b) != before {
			t.Errorf("%s: the database changed", tc.name)
		}
	}

	// Signed correctly, but with a key that is not a's.
	file := rezip(t, [2]string{manifestName, string(forged)}, [2]string{changesName, e[changesName]},
		[2]string{signatureName, string(ed25519.Sign(otherKey, forged))})
	read, err := Read(bytes.NewReader(file), ReadOptions{})
	if err != nil {
		t.Fatalf("a well-signed file: %v", err)
	}
	if info, _ := b.Recognise(ctx, read.Manifest.Sender()); !info.Mismatch {
		t.Error("the preview does not warn that the key differs")
	}
	before := dump(t, b)
	_, err = Import(ctx, b, read)
	if de, ok := data.AsError(err); !ok || !strings.Contains(de.Msg, "andere sleutel") {
		t.Errorf("a file signed with another key for a known device: %v", err)
	}
	if dump(t, b) != before {
		t.Error("the forged file changed the database")
	}
}

func FuzzRead(f *testing.F) {
	a := withContacts(f, "a")
	var b bytes.Buffer
	Write(context.Background(), a, &b, WriteOptions{})
	f.Add(b.Bytes())
	f.Add([]byte("PK\x03\x04"))
	f.Add([]byte(ageHeader))
	f.Fuzz(func(t *testing.T, file []byte) {
		// Any file is refused with a reason, or read; never a panic.
		if _, err := Read(bytes.NewReader(file), ReadOptions{Passphrase: "x"}); err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("refused without a reason: %v", err)
			}
		}
	})
}

func TestAFileAlreadySeenIsRecognisedFromItsManifest(t *testing.T) {
	ctx := context.Background()
	a, b := withContacts(t, "a"), newStore(t, "b")
	file := write(t, a, WriteOptions{})
	mustImport(t, b, file, ReadOptions{Held: HeldBy(ctx, b)})
	again, err := Read(bytes.NewReader(file), ReadOptions{Held: HeldBy(ctx, b)})
	if err != nil || !again.Held || again.Changes != nil {
		t.Fatalf("second read: held %v, %d changes read, %v", again != nil && again.Held, len(again.Changes), err)
	}
	if rep, err := Import(ctx, b, again); err != nil || rep.New != 0 {
		t.Errorf("import of a held file: %+v %v", rep, err)
	}
	// One more change at a: the file is no longer held, and is read in full.
	a.Create(ctx, "contact", map[string]string{"name": "Nieuw"})
	newer, err := Read(bytes.NewReader(write(t, a, WriteOptions{})), ReadOptions{Held: HeldBy(ctx, b)})
	if err != nil || newer.Held || len(newer.Changes) == 0 {
		t.Errorf("a newer file: held %v, %d changes, %v", newer.Held, len(newer.Changes), err)
	}
}

func TestMissingFilesAndFoldersSayWhichInDutch(t *testing.T) {
	if _, err := ReadFile(filepath.Join(t.TempDir(), "weg.ketenregie"), ReadOptions{}); err == nil || !strings.Contains(err.Error(), "bestaat niet") {
		t.Errorf("a missing file: %v", err)
	}
	s := withContacts(t, "a")
	path := filepath.Join(t.TempDir(), "geen-map", "x.ketenregie")
	err := atomicfile.Write(path, func(w io.Writer) error { _, err := Write(context.Background(), s, w, WriteOptions{}); return err })
	if err == nil || !strings.Contains(err.Error(), "bestaat niet") {
		t.Errorf("a missing folder: %v", err)
	}
}

// TestSyncReportsADivergedCopy: a colleague's file with the same numbers
// as what we hold but another history (the colleague's database was copied
// to a second laptop and both kept working) is named among the skipped
// files with the reason, not passed over as "nothing new".
func TestSyncReportsADivergedCopy(t *testing.T) {
	ctx := context.Background()
	a, b := newStore(t, "Laptop Anne"), withContacts(t, "Laptop Bas")
	copyPath, err := b.Backup(ctx, "kopie", 0)
	if err != nil {
		t.Fatal(err)
	}
	b2, err := data.Open(ctx, copyPath, data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer b2.Close()
	b.Create(ctx, "contact", map[string]string{"name": "Op het origineel"})
	b2.Create(ctx, "contact", map[string]string{"name": "Op de kopie"})
	mustImport(t, a, write(t, b, WriteOptions{}), ReadOptions{})

	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "ketenregie-bas-kopie"+Ext), write(t, b2, WriteOptions{}), 0o600); err != nil {
		t.Fatal(err)
	}
	before := dump(t, a)
	res, err := Sync(ctx, a, dir, "", "test")
	if err != nil {
		t.Fatal(err)
	}
	// Refused for its key or for its history, whichever is checked first;
	// never silently.
	if len(res.Skipped) != 1 || !strings.Contains(res.Skipped[0], "niet geïmporteerd") {
		t.Errorf("the diverged copy is not reported: skipped %q, imported %q", res.Skipped, res.Imported)
	}
	if dump(t, a) != before {
		t.Error("the diverged copy changed the database")
	}
}

// The coordinator's name travels with their files and shows under
// Collega's; a file without one (an older version's) leaves it empty.
func TestThePersonTravelsInTheManifest(t *testing.T) {
	ctx := context.Background()
	a, b := withContacts(t, "Laptop Anne"), newStore(t, "Laptop Bas")
	mustImport(t, b, write(t, a, WriteOptions{}), ReadOptions{})
	if peers, err := b.Peers(ctx); err != nil || len(peers) != 1 || peers[0].Person != "" {
		t.Fatalf("before Anne named herself: %+v %v", peers, err)
	}
	if err := a.SetIdentity(ctx, data.Identity{Device: "Laptop Anne", Person: "Anne de Vries"}); err != nil {
		t.Fatal(err)
	}
	file := write(t, a, WriteOptions{})
	if !bytes.Contains(unzipManifest(t, file), []byte(`"person": "Anne de Vries"`)) {
		t.Error("the manifest does not name the coordinator")
	}
	mustImport(t, b, file, ReadOptions{})
	peers, err := b.Peers(ctx)
	if err != nil || len(peers) != 1 || peers[0].Person != "Anne de Vries" || peers[0].Name != "Laptop Anne" {
		t.Fatalf("after her file: %+v %v", peers, err)
	}
}

func unzipManifest(t *testing.T, file []byte) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(file), int64(len(file)))
	if err != nil {
		t.Fatal(err)
	}
	f, err := zr.Open(manifestName)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	b, err := io.ReadAll(f)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
