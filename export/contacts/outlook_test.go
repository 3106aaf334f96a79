package contacts

import (
	"bytes"
	"context"
	"encoding/csv"
	"slices"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"ketenregie/data"
)

// TestOutlookCSV: the Outlook file has the Dutch Outlook's own column
// names, in Windows-1252, a row per contact with the name split as
// Outlook splits it, and Ketenregie reads it as an Outlook export.
func TestOutlookCSV(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, true)
	recs, _ := s.List(ctx, "contact")
	byName := map[string]data.Record{}
	for _, r := range recs {
		byName[r.Get("name")] = r
	}
	noelle, kleijn := byName["Noëlle van der Meer"], byName["Jeroen Kleijn"]
	if err := s.Update(ctx, "contact", noelle.ID, map[string]string{"function": "Ketenregisseur, regio West-Friesland"}); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteOutlookCSV(ctx, s, nil, &buf); err != nil {
		t.Fatal(err)
	}
	b := buf.Bytes()
	if utf8.Valid(b) || bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}) {
		t.Error("the file is UTF-8; Outlook reads Windows-1252")
	}
	if bytes.Count(b, []byte("\n")) != bytes.Count(b, []byte("\r\n")) {
		t.Error("a line ends in LF alone")
	}
	text, err := charmap.Windows1252.NewDecoder().Bytes(b)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(bytes.NewReader(text)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Voornaam", "Middelste naam", "Achternaam", "Bedrijf", "Functie", "Beroep",
		"Telefoon op werk", "Mobiele telefoon", "E-mailadres", "Notities", "Categorieën"}
	if !slices.Equal(rows[0], want) {
		t.Errorf("columns %q, want %q", rows[0], want)
	}
	if len(rows) != len(recs)+1 {
		t.Fatalf("%d rows for %d contacts", len(rows)-1, len(recs))
	}
	find := func(email string) []string {
		for _, r := range rows[1:] {
			if r[8] == email {
				return r
			}
		}
		t.Fatalf("no row for %s", email)
		return nil
	}
	if got, want := find("n.vandermeer@example.org"), []string{"Noëlle", "van der", "Meer", "Gemeente Hoorn",
		"Ketenregisseur, regio West-Friesland", "Ketenregisseur", "", "06 28419637", "n.vandermeer@example.org",
		noelle.Get("notes"), "Ketenregie"}; !slices.Equal(got, want) {
		t.Errorf("Noëlle's row:\n got %q\nwant %q", got, want)
	}
	// A landline is the work phone, and a character Windows-1252 lacks
	// loses its accent instead of becoming a question mark.
	if got := find(kleijn.Get("email")); got[6] != "0229 252341" || got[7] != "" {
		t.Errorf("Jeroen Kleijn's phones: work %q, mobile %q", got[6], got[7])
	}
	if got := find("f.yilmaz.bibob@example.org"); got[0] != "Fatma" || got[2] != "Yilmaz" {
		t.Errorf("Fatma Yılmaz is written %q %q", got[0], got[2])
	}

	// Ketenregie knows the file as Outlook's, and reads the same people.
	f, err := Read(b)
	if err != nil {
		t.Fatal(err)
	}
	if f.Encoding != Encoding1252 || f.Separator != ',' {
		t.Errorf("read as %v, separator %q", f.Encoding, f.Separator)
	}
	m := GuessMapping(f)
	for i, target := range map[int]Target{0: FirstName, 1: MiddleName, 2: LastName, 3: Organisation, 8: Email, 9: Notes} {
		if m[i] != target {
			t.Errorf("column %s is read as %q, want %q", f.Columns[i], m[i], target)
		}
	}
}

func TestTo1252(t *testing.T) {
	for in, want := range map[string]string{
		"Noëlle Öztürk, €5 – „zó”": "Noëlle Öztürk, €5 – „zó”", // all in Windows-1252
		"Yılmaz":                   "Yilmaz",
		"Şahin, Ayşe":              "Sahin, Ayse",
		"Łukasz Wałęsa":            "Lukasz Walesa",
		"Nguyễn":                   "Nguyen",
		"李小龙":                      "???",
	} {
		got, err := charmap.Windows1252.NewDecoder().String(to1252(in))
		if err != nil || got != want {
			t.Errorf("to1252(%q) reads back as %q (%v), want %q", in, got, err, want)
		}
	}
}
