package cli

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExportContactsFormats: --format outlook writes Outlook's columns,
// --vcard 3 writes vCard 3.0, a .zip holds one card per person; each for
// the owner's eyes, and a flag that does not fit is refused in Dutch
// before a file is made.
func TestExportContactsFormats(t *testing.T) {
	db := filepath.Join(t.TempDir(), "k.db")
	mustCLI(t, db, "demo")
	dir := t.TempDir()
	const demoContacts = 90

	outlook := filepath.Join(dir, "outlook.csv")
	out := mustCLI(t, db, "export", "contacts", "-o", outlook, "--format", "outlook")
	b, _ := os.ReadFile(outlook)
	if !bytes.HasPrefix(b, []byte("Voornaam,Middelste naam,Achternaam,Bedrijf,Functie,Beroep,Telefoon op werk,Mobiele telefoon,E-mailadres,Notities,Categorie\xEBn\r\n")) {
		t.Errorf("the Outlook file starts %q; want Outlook's Dutch columns in Windows-1252", b[:min(len(b), 130)])
	}
	if !bytes.Contains(b, []byte("No\xEBlle,van der,Meer,Gemeente Hoorn,,Ketenregisseur,,06 28419637,n.vandermeer@example.org,")) {
		t.Error("the Outlook file has no row for Noëlle van der Meer with her name split and her mobile number")
	}
	if !strings.Contains(out, "Door komma's gescheiden waarden") {
		t.Errorf("export --format outlook does not say how Outlook reads it: %q", out)
	}
	// The same as --format=outlook, in any case.
	other := filepath.Join(dir, "outlook2.csv")
	mustCLI(t, db, "export", "contacts", "-o", other, "--format=Outlook")
	if b2, _ := os.ReadFile(other); !bytes.Equal(b, b2) {
		t.Error("--format=Outlook wrote another file than --format outlook")
	}

	v3 := filepath.Join(dir, "kaartjes.vcf")
	mustCLI(t, db, "export", "contacts", "-o", v3, "--vcard", "3")
	b, _ = os.ReadFile(v3)
	if n := strings.Count(string(b), "BEGIN:VCARD\r\nVERSION:3.0\r\n"); n != demoContacts || strings.Contains(string(b), "VERSION:4.0") {
		t.Errorf("--vcard 3 wrote %d vCards 3.0 for %d contacts", n, demoContacts)
	}
	v4 := filepath.Join(dir, "kaartjes4.vcf")
	mustCLI(t, db, "export", "contacts", "-o", v4)
	if b, _ = os.ReadFile(v4); strings.Count(string(b), "VERSION:4.0\r\n") != demoContacts {
		t.Error("without --vcard the vCards are not 4.0")
	}

	zipped := filepath.Join(dir, "kaartjes.zip")
	out = mustCLI(t, db, "export", "contacts", "-o", zipped)
	zr, err := zip.OpenReader(zipped)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	if len(zr.File) != demoContacts {
		t.Errorf("the zip holds %d files for %d contacts", len(zr.File), demoContacts)
	}
	for _, f := range zr.File {
		if !strings.HasSuffix(f.Name, ".vcf") {
			t.Errorf("%q in the zip", f.Name)
		}
	}
	if !strings.Contains(out, "Eén vCard 3.0 per persoon") {
		t.Errorf("export to a .zip says %q", out)
	}
	for _, p := range []string{outlook, v3, zipped} {
		if st, err := os.Stat(p); err != nil || st.Mode().Perm() != 0o600 {
			t.Errorf("%s: %v, mode %v; contacts are for the owner's eyes alone", filepath.Base(p), err, st.Mode())
		}
	}

	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--format", "excel"}, `export contacts: onbekend formaat "excel" voor --format (kies ketenregie of outlook)`},
		{[]string{"--vcard", "2.1"}, `export contacts: onbekende vCard-versie "2.1" voor --vcard (kies 3 of 4)`},
		{[]string{"--format", "outlook", "-o", filepath.Join(dir, "x.vcf")}, "--format geldt voor een CSV-bestand"},
		{[]string{"--vcard", "3", "-o", filepath.Join(dir, "x.csv")}, "--vcard geldt voor een vCard-bestand"},
		{[]string{"--vcard", "4", "-o", filepath.Join(dir, "x.zip")}, "een .zip bevat altijd vCard 3.0"},
		{[]string{"-o", filepath.Join(dir, "x.xlsx")}, "noem het bestand .csv"},
	} {
		args := append([]string{"export", "contacts"}, c.args...)
		if !strings.Contains(strings.Join(c.args, " "), "-o") {
			args = append(args, "-o", filepath.Join(dir, "x.csv"))
		}
		r := cli(t, db, args...)
		if r.code != 1 || !strings.Contains(r.stderr, c.want) {
			t.Errorf("%v: exit %d, %q; want a refusal saying %q", c.args, r.code, r.stderr, c.want)
		}
	}
	if r := cli(t, db, "export", "calendar", "-o", filepath.Join(dir, "x.ics"), "--format", "outlook"); r.code != 1 || !strings.Contains(r.stderr, "--format geldt alleen voor export contacts") {
		t.Errorf("export calendar --format: exit %d, %q", r.code, r.stderr)
	}
	for _, name := range []string{"x.csv", "x.vcf", "x.zip", "x.xlsx", "x.ics"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
			t.Errorf("a refused export left %s", name)
		}
	}
	if help := mustCLI(t, "", "export", "--help"); !strings.Contains(help, "--format SOORT") || !strings.Contains(help, "--vcard 3") {
		t.Errorf("export --help does not explain --format and --vcard:\n%s", help)
	}
}

// export workbook writes an Excel workbook, refuses another extension
// before it makes a file, and import figures reads its own kind of file.
func TestExportWorkbookAndImportFigures(t *testing.T) {
	db := filepath.Join(t.TempDir(), "k.db")
	mustCLI(t, db, "demo")
	dir := t.TempDir()
	book := filepath.Join(dir, "werkmap.xlsx")
	mustCLI(t, db, "export", "workbook", "-o", book)
	if b, err := os.ReadFile(book); err != nil || !bytes.HasPrefix(b, []byte("PK\x03\x04")) {
		t.Fatalf("no workbook: %v", err)
	}
	if r := cli(t, db, "export", "workbook", "-o", filepath.Join(dir, "werkmap.csv")); r.code != 1 || !strings.Contains(r.stderr, ".xlsx") {
		t.Errorf("a workbook called .csv: %d %q", r.code, r.stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "werkmap.csv")); err == nil {
		t.Error("the refused export made a file")
	}
	csv := filepath.Join(dir, "cijfers.csv")
	os.WriteFile(csv, []byte("gemeente;periode;maat;aantal\nHoorn;2020;signalen-meldroute;3\nOpmeer;2020;signalen-meldroute;1\n"), 0o600)
	out := mustCLI(t, db, "import", "figures", csv, "--dry-run")
	if !strings.Contains(out, "2 cijfers nieuw") || !strings.Contains(out, "Proefrun") {
		t.Errorf("dry run: %q", out)
	}
	before := mustCLI(t, db, "dump")
	os.WriteFile(csv, []byte("gemeente;periode;maat;aantal\nHoorn;2020;signalen-meldroute;3\nZaandam;2020;signalen-meldroute;1\n"), 0o600)
	if r := cli(t, db, "import", "figures", csv); r.code != 1 || !strings.Contains(r.stderr, "regel 3") || !strings.Contains(r.stderr, "niets gewijzigd") {
		t.Errorf("a file with a wrong line: %d %q", r.code, r.stderr)
	}
	if after := mustCLI(t, db, "dump"); after != before {
		t.Error("the refused import changed the database")
	}
}

// A figure's or an activity's note that seems to name a person is stored
// with a warning: they are counts, never people.
func TestNotesNamingAPersonAreWarnedAbout(t *testing.T) {
	db := filepath.Join(t.TempDir(), "k.db")
	r := cli(t, db, "add", "figure", "municipality_id=GM0405", "period=2025", "measure=signalen-meldroute", "count=3", "notes=via mevrouw Jansen")
	if r.code != 0 || !strings.Contains(r.stderr, `toelichting "mevrouw Jansen" lijkt een persoon te noemen`) {
		t.Errorf("add figure: %d %q", r.code, r.stderr)
	}
	r = cli(t, db, "add", "activity", "title=Training", "date=2025-03-01", "notes=Twee groepen van tien")
	if r.code != 0 || r.stderr != "" {
		t.Errorf("add activity without a name: %d %q", r.code, r.stderr)
	}
}
