package contacts

import (
	"archive/zip"
	"bytes"
	"context"
	"io"
	"strings"
	"testing"
	"time"
)

// TestVCardZip: one vCard 3.0 file per contact, named after the person,
// safe on Windows and unique without regard to case; the cards together
// import as the same contacts.
func TestVCardZip(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, true)
	s.Now = func() time.Time { return time.Date(2026, 3, 1, 9, 30, 0, 0, time.Local) }
	recs, _ := s.List(ctx, "contact")
	// Two people of one name (one in capitals), and names no file may have.
	for name, email := range map[string]string{"Jan de Vries": "j.devries@hoorn.example", "JAN DE VRIES": "jan.devries@enkhuizen.example", "CON": "", "a/b: c?": ""} {
		if _, err := s.Create(ctx, "contact", map[string]string{"name": name, "email": email}); err != nil {
			t.Fatal(err)
		}
	}
	want := allContacts(t, s)
	var buf bytes.Buffer
	if err := WriteVCardZip(ctx, s, nil, &buf); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	if len(zr.File) != len(recs)+4 {
		t.Errorf("%d files for %d contacts", len(zr.File), len(recs)+4)
	}
	names := map[string]bool{}
	var all bytes.Buffer
	for _, f := range zr.File {
		lower := strings.ToLower(f.Name)
		if names[lower] {
			t.Errorf("two files named %q", f.Name)
		}
		names[lower] = true
		if !strings.HasSuffix(f.Name, ".vcf") || strings.ContainsAny(f.Name, `<>:"/\|?*`) || strings.ContainsFunc(f.Name, func(r rune) bool { return r >= 0x80 }) {
			t.Errorf("the file name %q is not a plain name ending in .vcf", f.Name)
		}
		if f.Mode().Perm() != 0o600 || !f.Modified.Equal(s.Now()) {
			t.Errorf("%s: mode %v, modified %v", f.Name, f.Mode(), f.Modified)
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(rc)
		rc.Close()
		if strings.Count(string(b), "BEGIN:VCARD") != 1 || !strings.Contains(string(b), "\r\nVERSION:3.0\r\n") {
			t.Errorf("%s is not one vCard 3.0:\n%s", f.Name, b)
		}
		card, err := ReadVCard(b)
		if err != nil || len(card.Rows) != 1 || len(card.Problems) != 0 {
			t.Errorf("%s reads as %v, %v", f.Name, err, card)
		}
		all.Write(b)
	}
	for _, n := range []string{"Noelle van der Meer.vcf", "Fatma Yilmaz.vcf", "Jan de Vries.vcf", "JAN DE VRIES (2).vcf", "_CON.vcf", "a b c.vcf"} {
		if !names[strings.ToLower(n)] {
			t.Errorf("no file %q among %v", n, names)
		}
	}

	f, err := Read(all.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	dst := newStore(t, false)
	if _, err := Apply(ctx, dst, f, GuessMapping(f)); err != nil {
		t.Fatal(err)
	}
	got := allContacts(t, dst)
	for name, w := range want {
		if got[name] != w {
			t.Errorf("%s:\n got %+v\nwant %+v", name, got[name], w)
		}
	}
}

func TestFileNameText(t *testing.T) {
	for in, want := range map[string]string{
		"Noëlle van der Meer":             "Noelle van der Meer",
		"Mehmet Şahin":                    "Mehmet Sahin",
		"Søren Ødegård":                   "Soren Odegard",
		"Kees 't Hart":                    "Kees 't Hart",
		"  a/b\\c:d*e?f\"g<h>i|j ":        "a b c d e f g h i j",
		"...verborgen. ":                  "verborgen",
		"nul":                             "_nul",
		"COM1":                            "_COM1",
		"李小龙":                             "",
		strings.Repeat("Abcdefghij ", 10): strings.Repeat("Abcdefghij ", 7) + "Abc", // 80 characters
	} {
		if got := fileNameText(in); got != want {
			t.Errorf("fileNameText(%q) = %q, want %q", in, got, want)
		}
	}
}
