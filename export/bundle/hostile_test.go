package bundle

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ketenregie/data"
)

// resign rewrites a bundle's manifest with edit and signs it again with
// key: what an attacker with a key of their own can do to any file.
func resign(t testing.TB, file []byte, key ed25519.PrivateKey, edit func(*Manifest), changes *string) []byte {
	t.Helper()
	e := entries(t, file)
	var m Manifest
	if err := json.Unmarshal([]byte(e[manifestName]), &m); err != nil {
		t.Fatal(err)
	}
	ch := e[changesName]
	if changes != nil {
		// New changes, described truly: the attacker signs what they send.
		ch = *changes
		sum := sha256.Sum256([]byte(ch))
		m.SHA256, m.Changes = hex.EncodeToString(sum[:]), strings.Count(ch, "\n")
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

// TestOutOfBoundsFilesAreRefused crafts files whose sizes are out of
// bounds, each signed with the attacker's own key, and checks that each is
// refused with its reason before anything is applied.
func TestOutOfBoundsFilesAreRefused(t *testing.T) {
	ctx := context.Background()
	b := newStore(t, "b")
	x := withContacts(t, "x")
	key, err := x.SigningKey(ctx)
	if err != nil {
		t.Fatal(err)
	}
	good := write(t, x, WriteOptions{})
	with := func(lines ...string) []byte {
		ch := strings.Join(lines, "")
		return resign(t, good, key, nil, &ch)
	}
	// 8 MB of one line repeated packs into a few KB: a small zip bomb.
	bomb := strings.Repeat(crafted(0, "notes", strings.Repeat("a", 100_000), ""), 80)
	many := make([]string, maxParents+1)
	for i := range many {
		many[i] = fmt.Sprintf("%s:%d", craftedDevice, i+1)
	}
	manyParents := strings.Replace(crafted(0, "name", "v", "p"), `["p"]`, `["`+strings.Join(many, `","`)+`"]`, 1)
	for _, tc := range []struct {
		name, reason, want string
		file               []byte
	}{
		{"zip bomb", "size", "keer zo groot", with(bomb)},
		{"value too large", "line", "te grote waarde", with(crafted(0, "notes", strings.Repeat("ab", maxValueSize/2+1), ""))},
		{"line too long", "line", "te lang", with(crafted(0, "notes", escapes(maxLineSize/5), ""))},
		{"too many parents", "line", "te veel voorgangers", with(manyParents)},
		{"reference data", "line", "niet van een apparaat", with(strings.Replace(crafted(0, "name", "v", ""), craftedDevice, data.ReferenceOrigin, 1))},
		{"parent of no device", "line", "onleesbare voorganger", with(crafted(0, "name", "v", "../x:1"))},
		{"more changes than allowed", "line", "dat kan niet", resign(t, good, key, func(m *Manifest) { m.Changes = maxChanges + 1 }, nil)},
	} {
		before := dump(t, b)
		read, err := Read(bytes.NewReader(tc.file), ReadOptions{})
		if err == nil {
			_, err = Import(ctx, b, read)
		}
		var re *Error
		if !errors.As(err, &re) || re.Reason != tc.reason || !strings.Contains(re.Msg, tc.want) {
			t.Errorf("%s: %v, want %s (%q)", tc.name, err, tc.reason, tc.want)
		}
		if dump(t, b) != before {
			t.Errorf("%s: refused, but the database changed", tc.name)
		}
	}
}

// TestUnpackedSizeIsBounded gives changes.jsonl a size over the limit: it
// is refused from what the zip declares (archive/zip fails a read past
// that), without unpacking a byte.
func TestUnpackedSizeIsBounded(t *testing.T) {
	defer func(n uint64) { maxChangesSize = n }(maxChangesSize)
	x := withContacts(t, "x")
	file := write(t, x, WriteOptions{})
	maxChangesSize = uint64(len(entries(t, file)[changesName]) - 1)
	_, err := Read(bytes.NewReader(file), ReadOptions{})
	var re *Error
	if !errors.As(err, &re) || re.Reason != "size" || !strings.Contains(re.Msg, "uitgepakt") {
		t.Errorf("changes over the size limit: %v", err)
	}
}

// TestWriteRefusesWhatNoColleagueWouldRead: a database whose log is larger
// than a file may hold is not exported into a file every colleague would
// refuse; the coordinator is told what to do instead.
func TestWriteRefusesWhatNoColleagueWouldRead(t *testing.T) {
	defer func(n int) { maxChanges = n }(maxChanges)
	x := withContacts(t, "x")
	maxChanges = 5
	_, err := Write(context.Background(), x, io.Discard, WriteOptions{})
	var re *Error
	if !errors.As(err, &re) || re.Reason != "size" || !strings.Contains(re.Msg, "voor één collega") {
		t.Errorf("writing more changes than a file may hold: %v", err)
	}
}

// escapes is n random control characters: JSON writes each as six bytes
// (\u0001), and random ones do not compress far.
func escapes(n int) string {
	b := make([]byte, n)
	rand.Read(b)
	for i := range b {
		b[i] %= 32
	}
	return string(b)
}

// FuzzImport imports whole files an attacker could make: changes lines
// mutated and then sealed again (the hash chain is no secret), under a
// manifest with a fuzzed name, signed with the attacker's key or with its
// signature broken. Whatever the file, it is refused with a reason and the
// database is as it was, or it is applied and the database checks clean.
func FuzzImport(f *testing.F) {
	ctx := context.Background()
	x := withContacts(f, "x")
	key, err := x.SigningKey(ctx)
	if err != nil {
		f.Fatal(err)
	}
	good := write(f, x, WriteOptions{})
	lines := entries(f, good)[changesName]
	f.Add(lines, "x", false)
	f.Add(strings.Replace(lines, `"exists","value":"true"`, `"exists","value":"false"`, 1), "x", false)
	f.Add(strings.Replace(lines, `"Lambert`, `"\u001b]0;Lambert`, 1), "x\u202e", false)
	f.Add(strings.Replace(lines, `"contact"`, `"organisation"`, 2), "x", false)
	f.Add(strings.Replace(lines, `"hlc":`, `"hlc":9`, 3), "x", true)
	b := newStore(f, "b")
	f.Fuzz(func(t *testing.T, changes, name string, breakSignature bool) {
		var out []data.Change
		var raw []string // lines that are not changes stay as they are
		for _, l := range strings.Split(strings.TrimSuffix(changes, "\n"), "\n") {
			var ln line
			if json.Unmarshal([]byte(l), &ln) != nil {
				raw = append(raw, l)
				continue
			}
			c := data.Change{Origin: ln.Origin, Seq: ln.Seq, Entity: ln.Entity, EntityID: ln.ID, Field: ln.Field,
				Value: ln.Value, HLC: ln.HLC, Nonce: ln.Nonce}
			for _, p := range ln.Parents {
				if id, err := data.ParseChangeID(p); err == nil {
					c.Parents = append(c.Parents, id)
				}
			}
			out = append(out, c)
		}
		data.Reseal(out)
		var sb strings.Builder
		for i := range out {
			sb.Write(appendLine(nil, &out[i]))
		}
		for _, l := range raw {
			sb.WriteString(l + "\n")
		}
		text := sb.String()
		file := resign(t, good, key, func(m *Manifest) { m.Name = name }, &text)
		if breakSignature {
			e := entries(t, file)
			file = rezip(t, [2]string{manifestName, e[manifestName]}, [2]string{changesName, e[changesName]},
				[2]string{signatureName, strings.Repeat("\x00", 64)})
		}
		before := dump(t, b)
		read, err := Read(bytes.NewReader(file), ReadOptions{})
		if err == nil {
			_, err = Import(ctx, b, read)
		}
		if err != nil {
			var re *Error
			if _, ok := data.AsError(err); !ok && !errors.As(err, &re) {
				t.Fatalf("refused without a reason: %v", err)
			}
			if dump(t, b) != before {
				t.Fatalf("refused (%v), but the database changed", err)
			}
			return
		}
		problems, err := b.Check(ctx)
		if err != nil || len(problems) > 0 {
			t.Fatalf("applied, and check finds %v %v", problems, err)
		}
	})
}

// craftOwn is x's own file with its last change rewritten by edit, sealed
// and signed again with x's key: what the owner of a device can send.
func craftOwn(t *testing.T, x *data.Store, edit func(*data.Change)) []byte {
	t.Helper()
	ctx := context.Background()
	key, err := x.SigningKey(ctx)
	if err != nil {
		t.Fatal(err)
	}
	all, err := x.ChangesSince(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	edit(&all[len(all)-1])
	data.Reseal(all)
	var b strings.Builder
	for i := range all {
		b.Write(appendLine(nil, &all[i]))
	}
	text := b.String()
	last := all[len(all)-1]
	return resign(t, write(t, x, WriteOptions{}), key, func(m *Manifest) {
		m.Origins = []data.SignedTip{signTip(t, key, x.Device(), "x", last.Seq, last.Hash)}
	}, &text)
}

// TestCraftedValuesAreRefused sends, in files its sender signed, the
// values the issue found accepted: each is refused with its reason, and
// the database is byte for byte as before.
func TestCraftedValuesAreRefused(t *testing.T) {
	ctx := context.Background()
	x, b := withContacts(t, "x"), newStore(t, "b")
	mustImport(t, b, write(t, x, WriteOptions{}), ReadOptions{})
	contacts, err := x.List(ctx, "contact")
	if err != nil {
		t.Fatal(err)
	}
	if err := x.Update(ctx, "contact", contacts[0].ID, map[string]string{"notes": "nieuw"}); err != nil {
		t.Fatal(err)
	}
	set := func(field, value string) func(*data.Change) {
		return func(c *data.Change) { c.Field, c.Value = field, value }
	}
	for _, tc := range []struct {
		name, want string
		edit       func(*data.Change)
	}{
		{"a 3.9 MB name", "te lang", set("name", letters(3_900_000))},
		{"a 300 KB name", "te grote waarde", set("name", letters(300_000))},
		{"geen-email as e-mail", "geen geldig e-mailadres", set("email", "geen-email")},
		{"31-02-2026", "geen geldige datum", set("last_reviewed", "31-02-2026")},
		{"a role that is no code", "geen geldige keuze", set("role", "Opperhoofd")},
		{"a reference to nothing", "die niet bestaat", set("organisation_id", "01a23a91-0000-7000-8000-000000000000")},
		{"control characters", "ongeldig teken", set("name", "Bas\x1b[2J")},
		{"a contact made an agreement", "is in deze database een contact", func(c *data.Change) { c.Entity = "agreement" }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := dump(t, b)
			read, err := Read(bytes.NewReader(craftOwn(t, x, tc.edit)), ReadOptions{})
			if err == nil {
				_, err = Import(ctx, b, read)
			}
			msg := ""
			if e, ok := data.AsError(err); ok {
				msg = e.Msg
			} else if e := (*Error)(nil); errors.As(err, &e) {
				msg = e.Msg
			}
			if !strings.Contains(msg, tc.want) {
				t.Errorf("%v, want a refusal mentioning %q", err, tc.want)
			}
			if dump(t, b) != before {
				t.Error("refused, but the database changed")
			}
		})
	}
}

// letters is n random letters: text that compresses as text does.
func letters(n int) string {
	b := make([]byte, n)
	rand.Read(b)
	for i := range b {
		b[i] = 'a' + b[i]%26
	}
	return string(b)
}
