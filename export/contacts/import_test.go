package contacts

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"ketenregie/data"
	"ketenregie/data/demo"
)

func newStore(t testing.TB, withDemo bool) *data.Store {
	t.Helper()
	ctx := context.Background()
	s, err := data.Open(ctx, filepath.Join(t.TempDir(), "t.db"), data.Options{DeviceName: "Laptop Hoorn"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if withDemo {
		if _, err := demo.Load(ctx, s); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

func readFixture(t *testing.T, name string) *File {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	f, err := Read(b)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return f
}

func importFixture(t *testing.T, s *data.Store, name string) *Plan {
	t.Helper()
	f := readFixture(t, name)
	p, err := Apply(context.Background(), s, f, GuessMapping(f))
	if err != nil {
		t.Fatalf("import %s: %v", name, err)
	}
	return p
}

// contact is a contact as a test compares it: references by name.
type contact struct {
	name, org, orgType, function, role, email, phone, munis, notes, reviewed string
}

// allContacts reads every contact with its organisation's name and type
// and its municipalities' names, sorted by name.
func allContacts(t testing.TB, s *data.Store) map[string]contact {
	t.Helper()
	ctx := context.Background()
	recs, err := s.List(ctx, "contact")
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]contact{}
	for _, r := range recs {
		c := contact{name: r.Get("name"), function: r.Get("function"), role: r.Get("role"), email: r.Get("email"), phone: r.Get("phone"),
			notes: r.Get("notes"), reviewed: r.Get("last_reviewed")}
		if id := r.Get("organisation_id"); id != "" {
			o, err := s.Get(ctx, "organisation", id)
			if err != nil {
				t.Fatal(err)
			}
			c.org, c.orgType = o.Get("name"), o.Get("type")
		}
		var munis []string
		for _, id := range r.List("municipality_ids") {
			m, err := s.Get(ctx, "municipality", id)
			if err != nil {
				t.Fatal(err)
			}
			munis = append(munis, m.Get("name"))
		}
		sort.Strings(munis)
		c.munis = strings.Join(munis, ",")
		if _, dup := out[c.name]; dup {
			t.Errorf("two contacts named %s", c.name)
		}
		out[c.name] = c
	}
	return out
}

func checkContacts(t *testing.T, got map[string]contact, want []contact) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%d contacts, want %d: %v", len(got), len(want), got)
	}
	for _, w := range want {
		g, ok := got[w.name]
		if !ok {
			t.Errorf("no contact %q", w.name)
			continue
		}
		if g != w {
			t.Errorf("contact %s:\n got %+v\nwant %+v", w.name, g, w)
		}
	}
}

func TestImportExcelWindows1252(t *testing.T) {
	s := newStore(t, false)
	f := readFixture(t, "excel-1252.csv")
	if f.Format != FormatCSV || f.Encoding != Encoding1252 || f.Separator != ';' || f.Outlook {
		t.Errorf("read as %s, %s, separator %q, outlook %v", f.Format, f.Encoding, f.Separator, f.Outlook)
	}
	p := importFixture(t, s, "excel-1252.csv")
	if p.Creates != 3 || p.Skipped != 1 || len(p.NewOrganisations) != 3 {
		t.Errorf("plan: %d new, %d skipped, %d new organisations; want 3, 1 (the empty line), 3", p.Creates, p.Skipped, len(p.NewOrganisations))
	}
	checkContacts(t, allContacts(t, s), []contact{
		{name: "Noëlle de Vries", org: "Gemeente Hoorn", orgType: "gemeente", role: "aandachtsfunctionaris",
			email: "n.devries@hoorn.nl", phone: "0229 252200", munis: "Hoorn", notes: "Bereikbaar ma-do"},
		{name: "Jeroen Müller", org: "Zorgcoördinatie West-Friesland", orgType: "zorgcoordinatie", role: "zorgcoordinator",
			email: "J.Muller@Example.org", phone: "06-12345678", munis: "Hoorn,Medemblik"},
		{name: "Özlem Kaya", org: "Politie Noord-Holland", orgType: "politie", role: "politie",
			email: "o.kaya@politie.example", phone: "+31 20 1234567"},
	})
}

func TestImportExcelUTF8WithQuotedFields(t *testing.T) {
	s := newStore(t, false)
	f := readFixture(t, "excel-utf8-bom.csv")
	if f.Encoding != EncodingUTF8BOM || f.Separator != ';' || f.Columns[0] != "Naam" {
		t.Errorf("read as %s, separator %q, first column %q", f.Encoding, f.Separator, f.Columns[0])
	}
	if len(f.Rows) != 3 || f.Rows[0].Line != 2 || f.Rows[1].Line != 4 || f.Rows[2].Line != 6 {
		t.Errorf("rows start on lines %v, want 2, 4 and 6 (a quoted line break moves the next row down)", rowLines(f))
	}
	importFixture(t, s, "excel-utf8-bom.csv")
	checkContacts(t, allContacts(t, s), []contact{
		{name: "Chaïma El Amrani", org: "RIEC Noord-Holland", orgType: "riec", function: "RIEC-adviseur", role: "riec-adviseur",
			email: "c.elamrani@riec.example", phone: "06 98765432", munis: "Haarlem,Heemstede",
			notes: "Aanspreekpunt voor \"Bibob\";\nook voor Zandvoort", reviewed: "2025-02-01"},
		{name: "José Bakker", org: "Veilig Thuis Kennemerland", orgType: "veilig-thuis", function: "Veilig Thuis", role: "veilig-thuis",
			phone: "0800-2000", munis: "Haarlem", notes: "Eerste regel\nTweede regel; met puntkomma", reviewed: "2025-03-15"},
		{name: "Pieter 't Hart", org: "Gemeente Haarlem", orgType: "gemeente", function: "Beleidsadviseur OOV", role: "beleidsadviseur-oov",
			email: "p.thart@haarlem.example", phone: "+31 23 5115115", munis: "Haarlem", notes: "=geen formule"},
	})
}

func rowLines(f *File) []int {
	var l []int
	for _, r := range f.Rows {
		l = append(l, r.Line)
	}
	return l
}

func TestImportOutlookDutch(t *testing.T) {
	s := newStore(t, false)
	f := readFixture(t, "outlook-nl.csv")
	if !f.Outlook || f.Separator != ',' || f.Encoding != Encoding1252 {
		t.Errorf("read as outlook %v, separator %q, %s", f.Outlook, f.Separator, f.Encoding)
	}
	if f.Columns[len(f.Columns)-1] != "Categorieën" {
		t.Errorf("last column %q, want Categorieën (Windows-1252 ë)", f.Columns[len(f.Columns)-1])
	}
	m := GuessMapping(f)
	want := map[string]Target{"Voornaam": FirstName, "Middelste naam": MiddleName, "Achternaam": LastName,
		"Bedrijf": Organisation, "Functie": Function, "Telefoon op werk": Phone, "Mobiele telefoon": Mobile,
		"E-mailadres": Email, "Notities": Notes, "Titel": Ignore, "Telefoon thuis": Ignore, "E-mail 2: adres": Ignore,
		"Telefoon op werk 2": PhoneOther, "Weergavenaam voor e-mail": NotNeeded}
	for i, c := range f.Columns {
		if w, ok := want[c]; ok && m[i] != w {
			t.Errorf("column %q maps to %q, want %q", c, m[i], w)
		}
	}
	importFixture(t, s, "outlook-nl.csv")
	checkContacts(t, allContacts(t, s), []contact{
		{name: "Femke van der Berg", org: "Gemeente Medemblik", orgType: "gemeente", function: "Beleidsadviseur OOV", role: "beleidsadviseur-oov",
			email: "f.vandenberg@medemblik.example", phone: "0227 282828", notes: "Contact voor de meldroute, ook voor Opmeer\nMobiel: 06-11112222"},
		{name: "Kees Brouwer", org: "Nederlandse Arbeidsinspectie", orgType: "arbeidsinspectie", function: "Arbeidsinspecteur", role: "arbeidsinspecteur",
			email: "k.brouwer@nla.example", phone: "06-33334444"},
	})
}

func TestImportOutlookEnglish(t *testing.T) {
	s := newStore(t, false)
	f := readFixture(t, "outlook-en.csv")
	if !f.Outlook || f.Encoding != EncodingUTF8 {
		t.Errorf("read as outlook %v, %s", f.Outlook, f.Encoding)
	}
	importFixture(t, s, "outlook-en.csv")
	checkContacts(t, allContacts(t, s), []contact{
		// "Overig" as a job title says nothing of the role.
		{name: "Ingrid Jansen", org: "CoMensha", orgType: "comensha", function: "Overig",
			email: "i.jansen@comensha.example", phone: "033 4481186", notes: "Landelijk coördinatiecentrum"},
		{name: "Yusuf Dekker", org: "Gemeente Hoorn", orgType: "gemeente", function: "Ketenregisseur", role: "ketenregisseur",
			email: "y.dekker@hoorn.example", phone: "+31 6 55556666"},
	})
}

func TestImportVCards(t *testing.T) {
	s := newStore(t, false)
	f := readFixture(t, "cards.vcf")
	if f.Format != FormatVCard || len(f.Rows) != 3 || len(f.Problems) != 0 {
		t.Fatalf("read %s with %d cards, problems %v", f.Format, len(f.Rows), f.Problems)
	}
	if got := rowLines(f); got[0] != 1 || got[1] != 14 || got[2] != 26 {
		t.Errorf("cards start on lines %v, want 1, 14, 26", got)
	}
	// The home number and the private address are named, not kept.
	p := NewPlan(f, GuessMapping(f), &Index{})
	var unmapped []string
	for _, c := range p.Unmapped {
		unmapped = append(unmapped, fmt.Sprintf("%s (%d): %s", c.Name, c.Rows, c.Example))
	}
	if got := strings.Join(unmapped, "; "); got != "EMAIL (privé) (1): chaima@prive.example; TEL (privé) (1): 0229 111111" {
		t.Errorf("unmapped: %s", got)
	}
	importFixture(t, s, "cards.vcf")
	checkContacts(t, allContacts(t, s), []contact{
		{name: "Noëlle de Vries", org: "Gemeente Hoorn", orgType: "gemeente", function: "Aandachtsfunctionaris", role: "aandachtsfunctionaris",
			email: "n.devries@hoorn.nl", phone: "0229 252200",
			notes: "Eerste regel\nTweede regel met een heel lange tekst die over de rand loopt"},
		{name: "Chaïma El Amrani", org: "RIEC Noord-Holland", orgType: "riec", function: "RIEC-adviseur", role: "riec-adviseur",
			email: "c.elamrani@riec.example", phone: "06 98765432",
			notes: "Aanspreekpunt Bibob, ook voor Zandvoort; en IJmond.\nTweede regel met een gevouwen vervolg"},
		{name: "Jan-Willem Smit", org: "Gemeente Haarlem", orgType: "gemeente", role: "beleidsadviseur-oov",
			email: "jw.smit@haarlem.example", phone: "+31-23-5115115", munis: "Haarlem,Zandvoort"},
	})
}

// TestImportTwiceChangesNothing: the second import of a file finds every
// contact unchanged and makes nothing new.
func TestImportTwiceChangesNothing(t *testing.T) {
	for _, name := range []string{"excel-1252.csv", "excel-utf8-bom.csv", "outlook-nl.csv", "outlook-en.csv", "cards.vcf"} {
		t.Run(name, func(t *testing.T) {
			s := newStore(t, false)
			importFixture(t, s, name)
			before := allContacts(t, s)
			orgs, _ := s.List(context.Background(), "organisation")
			p := importFixture(t, s, name)
			if p.Creates != 0 || p.Updates != 0 || len(p.NewOrganisations) != 0 || p.Unchanged != len(before) {
				t.Errorf("second import: %d new, %d updated, %d unchanged, %d new organisations; want 0, 0, %d, 0",
					p.Creates, p.Updates, p.Unchanged, len(p.NewOrganisations), len(before))
			}
			after := allContacts(t, s)
			if len(after) != len(before) {
				t.Errorf("%d contacts after the second import, %d before", len(after), len(before))
			}
			orgs2, _ := s.List(context.Background(), "organisation")
			if len(orgs2) != len(orgs) {
				t.Errorf("%d organisations after the second import, %d before", len(orgs2), len(orgs))
			}
		})
	}
}

// TestUpdateMatchesEmail: a row whose e-mail address (in other capitals)
// belongs to a contact updates that contact; empty cells clear nothing.
func TestUpdateMatchesEmail(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, false)
	importFixture(t, s, "excel-1252.csv")
	f, err := Read([]byte("Naam;E-mail;Telefoon;Rol\r\nNoëlle de Vries-Bakker;N.DEVRIES@HOORN.NL;06-99998888;\r\n"))
	if err != nil {
		t.Fatal(err)
	}
	p, err := Apply(ctx, s, f, GuessMapping(f))
	if err != nil {
		t.Fatal(err)
	}
	if p.Updates != 1 || p.Creates != 0 || len(p.Rows[0].Changes) != 2 {
		t.Errorf("plan: %d updated, %d new, changes %v; want 1 update of name and phone", p.Updates, p.Creates, p.Rows[0].Changes)
	}
	got := allContacts(t, s)["Noëlle de Vries-Bakker"]
	if got.email != "n.devries@hoorn.nl" || got.phone != "06-99998888" || got.role != "aandachtsfunctionaris" || got.org != "Gemeente Hoorn" {
		t.Errorf("after the update: %+v", got)
	}
}

func TestDuplicatesFlagged(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, false)
	importFixture(t, s, "excel-1252.csv")
	idx, err := LoadIndex(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	f, err := Read([]byte("Naam,Organisatie,E-mail\n" +
		"noelle de  vries,GEMEENTE HOORN,noelle@elders.example\n" + // same person, other address
		"Nieuw Iemand,Gemeente Hoorn,a@example.org\n" +
		"Nieuw Iemand,Gemeente Hoorn,b@example.org\n" +
		"Nieuw Iemand,Gemeente Hoorn,b@example.org\n")) // the same row again
	if err != nil {
		t.Fatal(err)
	}
	p := NewPlan(f, GuessMapping(f), idx)
	if !p.OK() {
		t.Fatal(p.Problems)
	}
	if p.Creates != 3 || p.Duplicates != 2 || p.Skipped != 1 || len(p.NewOrganisations) != 0 {
		t.Fatalf("%d new, %d duplicates, %d skipped, %d new organisations; want 3, 2, 1, 0", p.Creates, p.Duplicates, p.Skipped, len(p.NewOrganisations))
	}
	if d := p.Rows[0].Duplicate.Msg; !strings.Contains(d, "Noëlle de Vries (n.devries@hoorn.nl)") {
		t.Errorf("row 2 is flagged %q", d)
	}
	if d := p.Rows[2].Duplicate.Msg; d != "dezelfde naam bij dezelfde organisatie als regel 3" {
		t.Errorf("row 4 is flagged %q", d)
	}
	if p.Rows[3].Action != Skip || p.Rows[3].Note.Msg != "staat al op regel 4" {
		t.Errorf("row 5: %v %q", p.Rows[3].Action, p.Rows[3].Note)
	}
}

// TestBadFilesChangeNothing: a file with wrong rows is refused, every
// wrong row named by its line, and the store is as it was.
func TestBadFilesChangeNothing(t *testing.T) {
	cases := []struct {
		file string
		want []string
	}{
		{"refused-rows.csv", []string{
			`regel 3: deze regel heeft geen naam en geen e-mailadres`,
			`regel 5: betreft dezelfde persoon of organisatie als regel 4, maar met andere gegevens`,
			`regel 6: naam: bevat een ongeldig teken`,
		}},
		{"bad-quote.csv", []string{"regel 3: een aanhalingsteken dat niet goed wordt afgesloten"}},
		{"bad-columns.csv", []string{"regel 3: de regel heeft 4 kolommen, de kopregel 2"}},
		{"bad-cards.vcf", []string{"regel 8: deze regel is geen geldige vCard-regel", "regel 10: deze vCard heeft geen END:VCARD"}},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			ctx := context.Background()
			s := newStore(t, true)
			var before strings.Builder
			s.Dump(ctx, &before)
			f := readFixture(t, c.file)
			_, err := Apply(ctx, s, f, GuessMapping(f))
			var refused *RefusedError
			if !errors.As(err, &refused) {
				t.Fatalf("err = %v, want a refusal", err)
			}
			msg := err.Error()
			for _, w := range c.want {
				if !strings.Contains(msg, w) {
					t.Errorf("the refusal does not say %q:\n%s", w, msg)
				}
			}
			if got := strings.Count(msg, "\nregel "); got != len(c.want) {
				t.Errorf("%d problems listed, want %d:\n%s", got, len(c.want), msg)
			}
			var after strings.Builder
			s.Dump(ctx, &after)
			if after.String() != before.String() {
				t.Error("a refused import changed the database")
			}
		})
	}
}

func TestNotAContactFile(t *testing.T) {
	for name, b := range map[string][]byte{
		"workbook.xlsx": mustRead(t, "testdata/workbook.xlsx"),
		"empty":         {},
		"blank":         []byte("\r\n\r\n"),
		"binary":        {0x00, 0x01, 0x02, 'a', ';', 'b'},
	} {
		if _, err := Read(b); !errors.Is(err, ErrNotContacts) {
			t.Errorf("%s: err = %v, want ErrNotContacts", name, err)
		}
	}
	_, err := Read(mustRead(t, "testdata/workbook.xlsx"))
	if err == nil || !strings.Contains(err.Error(), "sla de lijst in Excel op als") {
		t.Errorf("a workbook is refused with %v; it should say how to save it as CSV", err)
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestNoNameColumn(t *testing.T) {
	f, err := Read([]byte("Kolom A;Kolom B\r\nx;y\r\n"))
	if err != nil {
		t.Fatal(err)
	}
	p := NewPlan(f, GuessMapping(f), &Index{})
	if p.OK() || !strings.Contains(p.Problems[0].String(), "geen kolom bevat de naam") {
		t.Errorf("problems %v", p.Problems)
	}
	m := GuessMapping(f)
	m[0] = Name
	if p := NewPlan(f, m, &Index{}); !p.OK() || p.Creates != 1 {
		t.Errorf("with column A as the name: problems %v, %d new", p.Problems, p.Creates)
	}
}

// TestChangedMappingRecomputes: a column of job titles mapped to the role
// gives the job title (the role list has no such role), with a warning;
// mapped to the notes, the notes.
func TestChangedMappingRecomputes(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, false)
	f, err := Read([]byte("Voornaam,Achternaam,Rol\r\nAnna,Smit,Senior beleidsmedewerker\r\n"))
	if err != nil {
		t.Fatal(err)
	}
	m := GuessMapping(f)
	if m[2] != Role {
		t.Fatalf("Rol maps to %q", m[2])
	}
	idx, _ := LoadIndex(ctx, s)
	p := NewPlan(f, m, idx)
	if !p.OK() || p.Rows[0].Values["function"] != "Senior beleidsmedewerker" || p.Rows[0].Values["role"] != "" ||
		len(p.Rows[0].Warnings) != 1 || !strings.Contains(p.Rows[0].Warnings[0].Msg, "ingelezen als functie") {
		t.Fatalf("a job title in the role column: problems %v, values %v, warnings %q", p.Problems, p.Rows[0].Values, p.Rows[0].Warnings)
	}
	m[2] = Notes
	if _, err := Apply(ctx, s, f, m); err != nil {
		t.Fatal(err)
	}
	if c := allContacts(t, s)["Anna Smit"]; c.notes != "Senior beleidsmedewerker" || c.role != "" {
		t.Errorf("got %+v", c)
	}
}

func TestMatchRole(t *testing.T) {
	for in, want := range map[string]string{
		"Aandachtsfunctionaris mensenhandel": "aandachtsfunctionaris", "aandachtsfunctionaris": "aandachtsfunctionaris",
		"RIEC adviseur": "riec-adviseur", "zorgcoordinator": "zorgcoordinator", "Officier van Justitie": "officier-van-justitie",
		"bibob-coordinator": "bibob-coordinator", "Procesregisseur": "procesregisseur-zvh", "Senior adviseur": "", "Pol": "",
	} {
		got, ok := MatchRole(in)
		if got != want || ok != (want != "") {
			t.Errorf("MatchRole(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

func TestStoreRefusalNamesTheRow(t *testing.T) {
	// A plan made before the store changed: Apply plans again, so a
	// contact deleted in between is created instead of failing.
	ctx := context.Background()
	s := newStore(t, false)
	importFixture(t, s, "excel-1252.csv")
	f := readFixture(t, "excel-1252.csv")
	idx, _ := LoadIndex(ctx, s)
	p := NewPlan(f, GuessMapping(f), idx)
	recs, _ := s.List(ctx, "contact")
	if err := s.Delete(ctx, "contact", recs[0].ID); err != nil {
		t.Fatal(err)
	}
	done, err := p.Apply(ctx, s)
	if err != nil || done.Creates != 1 || done.Unchanged != 2 {
		t.Fatalf("apply after a delete: %v, %d new, %d unchanged", err, done.Creates, done.Unchanged)
	}
}

// TestRowsWithWarningsImport: a row is refused only when it cannot become
// a record; a value that cannot be stored as it is, is repaired or kept in
// the notes, and the plan says what was done, line by line.
func TestRowsWithWarningsImport(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, false)
	f := readFixture(t, "rows-with-warnings.csv")
	idx, err := LoadIndex(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	p := NewPlan(f, GuessMapping(f), idx)
	if !p.OK() {
		t.Fatalf("refused: %v", p.Problems)
	}
	warned := map[int]string{}
	for _, r := range p.Rows {
		warned[r.Line] = strings.Join(msgs(r.Warnings), " | ")
	}
	for line, want := range map[int]string{
		3:  `e-mail: "geen-adres" is geen geldig e-mailadres; bewaard in de notities`,
		4:  `telefoon: "12345" is geen geldig telefoonnummer; bewaard in de notities`,
		5:  `rol: "Senior beleidsmedewerker" is geen rol uit de lijst; ingelezen als functie`,
		7:  `gemeenten: "Atlantis" is niet herkend als gemeente; bewaard in de notities`,
		8:  `laatst gecontroleerd: "31-02-2025" is geen datum (dd-mm-jjjj); bewaard in de notities`,
		9:  `is een Exchange-adres uit het adresboek van de organisatie, geen e-mailadres; niet ingelezen`,
		10: `telefoon: 229252200 gelezen als 0229 252200 | telefoon: 31612345678 gelezen als +31 6 12345678 | laatst gecontroleerd: 15-01-25 gelezen als 15-01-2025`,
		12: "",
		13: "",
	} {
		if !strings.Contains(warned[line], want) {
			t.Errorf("line %d warns %q, want %q", line, warned[line], want)
		}
	}
	if p.Warned != 8 {
		t.Errorf("%d rows with warnings, want 8", p.Warned)
	}
	if _, err := p.Apply(ctx, s); err != nil {
		t.Fatal(err)
	}
	got := allContacts(t, s)
	for name, want := range map[string]contact{
		"Fout Mail":          {org: "Gemeente Hoorn", notes: "E-mail: geen-adres"},
		"Fout Telefoon":      {org: "Gemeente Hoorn", notes: "Telefoon: 12345"},
		"Onbekende Rol":      {org: "Gemeente Hoorn", function: "Senior beleidsmedewerker"},
		"Verkeerde Gemeente": {notes: "Gemeente: Atlantis"},
		"Verkeerde Datum":    {notes: "Laatst gecontroleerd: 31-02-2025"},
		"Goed Persoon2":      {org: "Gemeente Hoorn"},
		"Meer Adressen": {email: "a@hoorn.example", phone: "0229 252200", munis: "Enkhuizen,Hoorn", reviewed: "2025-01-15",
			notes: "Ander e-mailadres: b@hoorn.example\nTelefoon: +31 6 12345678"},
		// a row with only an e-mail address is a contact named by it
		"alleen@mail.example": {email: "alleen@mail.example"},
	} {
		c, ok := got[name]
		want.name = name
		if want.org != "" {
			want.orgType = "gemeente"
		}
		if !ok {
			t.Errorf("no contact %q", name)
			continue
		}
		c.role = ""
		if c != want {
			t.Errorf("contact %s:\n got %+v\nwant %+v", name, c, want)
		}
	}
	if len(got) != 9 {
		t.Errorf("%d contacts, want 9 (the two company cards are organisations)", len(got))
	}
	// The company cards: the e-mail of Gemeente Hoorn, and Veilig Thuis
	// made with its phone.
	orgs, _ := s.List(ctx, "organisation")
	byName := map[string]data.Record{}
	for _, o := range orgs {
		byName[o.Get("name")] = o
	}
	if o := byName["Gemeente Hoorn"]; o.Get("email") != "zonder.naam@hoorn.example" {
		t.Errorf("Gemeente Hoorn: %v", o)
	}
	if o := byName["Veilig Thuis Noord-Holland Noord"]; o.Get("phone") != "0800 2000" || o.Get("type") != "veilig-thuis" {
		t.Errorf("Veilig Thuis: %v", o)
	}
	// Imported twice, nothing new.
	again, err := Apply(ctx, s, f, GuessMapping(f))
	if err != nil || again.Creates+again.Updates+again.OrgUpdates+len(again.NewOrganisations) != 0 {
		t.Errorf("the second import: %v, %d new, %d updated, %d organisations updated, %d new organisations",
			err, again.Creates, again.Updates, again.OrgUpdates, len(again.NewOrganisations))
	}
}

// TestVCardOfAnOrganisation: a card an address book marks as a company's
// own (KIND:org, X-ABShowAs:COMPANY) gives the organisation, not a person
// named after it.
func TestVCardOfAnOrganisation(t *testing.T) {
	f, err := Read([]byte("BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:org\r\nFN:Veilig Thuis Noord-Holland Noord\r\nTEL;TYPE=work:0800 2000\r\nEND:VCARD\r\n" +
		"BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;;\r\nFN:GGD\r\nORG:GGD Hollands Noorden;\r\nX-ABShowAs:COMPANY\r\nEMAIL;type=WORK:info@ggdhn.example\r\nEND:VCARD\r\n"))
	if err != nil {
		t.Fatal(err)
	}
	p := NewPlan(f, GuessMapping(f), &Index{})
	if !p.OK() || len(p.Rows) != 2 {
		t.Fatalf("problems %v, %d rows", p.Problems, len(p.Rows))
	}
	for i, want := range []string{"Veilig Thuis Noord-Holland Noord", "GGD Hollands Noorden"} {
		if r := p.Rows[i]; r.Kind != "organisation" || r.Organisation != want || r.Values["name"] != "" {
			t.Errorf("card %d: %s %q %v", i+1, r.Kind, r.Organisation, r.Values)
		}
	}
	if o := p.NewOrganisations; len(o) != 2 || o[0].Values["phone"] != "0800 2000" || o[1].Values["email"] != "info@ggdhn.example" {
		t.Errorf("new organisations %+v", o)
	}
}
