package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"ketenregie/data"
)

func fixture(name string) string { return filepath.Join("..", "export", "contacts", "testdata", name) }

// contactSummary lists every contact as "name|email|phone|function|role",
// sorted, to compare two databases. Phones are compared as numbers: an
// export writes them grouped as they are said.
func contactSummary(t *testing.T, db string) []string {
	t.Helper()
	var recs []map[string]any
	if err := json.Unmarshal([]byte(mustCLI(t, db, "list", "contact", "--json")), &recs); err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, r := range recs {
		out = append(out, strings.Join([]string{r["name"].(string), r["email"].(string), data.FormatPhone(r["phone"].(string)),
			r["function"].(string), r["role"].(string)}, "|"))
	}
	sort.Strings(out)
	return out
}

func TestImportCommand(t *testing.T) {
	db := filepath.Join(t.TempDir(), "k.db")
	mustCLI(t, db, "demo")
	before := mustCLI(t, db, "dump")

	out := mustCLI(t, db, "import", fixture("outlook-nl.csv"), "--dry-run")
	for _, want := range []string{"Bestand: outlook-nl.csv (CSV, Windows-1252, gescheiden door komma's, Outlook-export)",
		"Voornaam -> voornaam", "Middelste naam -> tussenvoegsel",
		"Zou inlezen: 2 nieuw, 0 bijgewerkt, 0 ongewijzigd, 0 overgeslagen.", "Proefrun: er is niets gewijzigd."} {
		if !strings.Contains(out, want) {
			t.Errorf("import --dry-run does not say %q:\n%s", want, out)
		}
	}
	out = mustCLI(t, db, "import", fixture("excel-1252.csv"), "--dry-run")
	if !strings.Contains(out, "Nieuwe organisaties (2): Zorgcoördinatie West-Friesland, Politie Noord-Holland") {
		t.Errorf("import --dry-run does not name the organisations it would make:\n%s", out)
	}
	if mustCLI(t, db, "dump") != before {
		t.Fatal("import --dry-run changed the database")
	}
	// A trial before the first import: against the reference data, and
	// no database is made.
	missing := filepath.Join(t.TempDir(), "nieuw.db")
	if r := cli(t, missing, "import", fixture("outlook-nl.csv"), "--dry-run"); r.code != 0 ||
		!strings.Contains(r.stdout, "De database bestaat nog niet") || !strings.Contains(r.stdout, "Zou inlezen: 2 nieuw") {
		t.Errorf("import --dry-run on a database that does not exist: exit %d, %s%s", r.code, r.stdout, r.stderr)
	}
	if _, err := os.Stat(missing); err == nil {
		t.Error("import --dry-run made a database")
	}
	if r := cli(t, missing, "list", "contact"); r.code != 1 || !strings.Contains(r.stderr, "bestaat niet") {
		t.Errorf("list on a database that does not exist: exit %d, %s", r.code, r.stderr)
	}

	out = mustCLI(t, db, "import", fixture("outlook-nl.csv"))
	if !strings.Contains(out, "Ingelezen: 2 nieuw, 0 bijgewerkt") {
		t.Errorf("import says:\n%s", out)
	}
	var found []map[string]any
	json.Unmarshal([]byte(mustCLI(t, db, "list", "contact", "email=k.brouwer@nla.example", "--json")), &found)
	if len(found) != 1 || found[0]["name"] != "Kees Brouwer" || found[0]["role"] != "arbeidsinspecteur" {
		t.Errorf("after the import: %v", found)
	}
	out = mustCLI(t, db, "import", fixture("outlook-nl.csv"))
	if !strings.Contains(out, "Ingelezen: 0 nieuw, 0 bijgewerkt, 2 ongewijzigd") {
		t.Errorf("a second import says:\n%s", out)
	}

	// A vCard file is known by its content, whatever its name.
	renamed := filepath.Join(t.TempDir(), "kaartjes.txt")
	b, _ := os.ReadFile(fixture("cards.vcf"))
	os.WriteFile(renamed, b, 0o644)
	if out := mustCLI(t, db, "import", renamed, "--dry-run"); !strings.Contains(out, "(vCard, UTF-8)") {
		t.Errorf("a vCard file named .txt:\n%s", out)
	}
}

func TestImportCommandRefusesBadFile(t *testing.T) {
	db := filepath.Join(t.TempDir(), "k.db")
	mustCLI(t, db, "demo")
	before := mustCLI(t, db, "dump")
	for _, args := range [][]string{
		{"import", fixture("refused-rows.csv")},
		{"import", fixture("refused-rows.csv"), "--dry-run"},
		{"import", fixture("rows-with-warnings.csv"), "--rejects", "x.csv"},
		{"import", fixture("bad-cards.vcf")},
		{"import", fixture("workbook.xlsx")},
		{"import", "geen-bestand.csv"},
		{"import"},
	} {
		r := cli(t, db, args...)
		if r.code != 1 || r.stderr == "" {
			t.Errorf("%v: exit %d, stderr %q; want 1 and a message", args, r.code, r.stderr)
		}
	}
	if r := cli(t, db, "import", "figures"); !strings.Contains(r.stderr, "import figures heeft een bestand nodig") {
		t.Errorf("import figures without a file says %q", r.stderr)
	}
	r := cli(t, db, "import", fixture("refused-rows.csv"))
	for _, want := range []string{"3 regels hebben een fout; er is niets gewijzigd", "regel 3: deze regel heeft geen naam en geen e-mailadres",
		"regel 6: naam: bevat een ongeldig teken", "Met --skip-invalid"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("the refusal does not say %q:\n%s", want, r.stderr)
		}
	}
	if mustCLI(t, db, "dump") != before {
		t.Error("a refused import changed the database")
	}
}

func TestExportCommand(t *testing.T) {
	db := filepath.Join(t.TempDir(), "k.db")
	mustCLI(t, db, "demo")
	dir := t.TempDir()
	want := contactSummary(t, db)

	for _, name := range []string{"contacten.csv", "contacten.vcf"} {
		path := filepath.Join(dir, name)
		mustCLI(t, db, "export", "contacts", "-o", path)
		fresh := filepath.Join(t.TempDir(), "nieuw.db")
		out := mustCLI(t, fresh, "import", path)
		if !strings.Contains(out, "Ingelezen: 90 nieuw") {
			t.Errorf("%s into an empty database: %s", name, out)
		}
		if got := contactSummary(t, fresh); strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s does not import as the same contacts", name)
		}
	}
	b, _ := os.ReadFile(filepath.Join(dir, "contacten.csv"))
	if !strings.HasPrefix(string(b), "\ufeffNaam;Organisatie;") {
		t.Errorf("the CSV starts %q", b[:40])
	}

	ics := filepath.Join(dir, "agenda.ics")
	out := mustCLI(t, db, "export", "calendar", "-o", ics)
	b, _ = os.ReadFile(ics)
	if !strings.HasPrefix(string(b), "BEGIN:VCALENDAR\r\n") || !strings.Contains(out, "Agenda: ") {
		t.Errorf("export calendar: %s / %q", out, b[:min(len(b), 40)])
	}

	var recs []map[string]any
	json.Unmarshal([]byte(mustCLI(t, db, "list", "contact", "--json")), &recs)
	id, name := recs[0]["id"].(string), recs[0]["name"].(string)
	page := filepath.Join(dir, "inzage.html")
	mustCLI(t, db, "export", "person", id, "-o", page)
	b, _ = os.ReadFile(page)
	if !strings.Contains(string(b), "<h1>Gegevens van "+name+"</h1>") {
		t.Errorf("export person wrote:\n%s", b)
	}
	if out := mustCLI(t, db, "export", "person", id, "-o", "-"); !strings.HasPrefix(out, "Gegevens van "+name) {
		t.Errorf("export person to stdout:\n%s", out)
	}

	for _, args := range [][]string{
		{"export"}, {"export", "contacts"}, {"export", "contacts", "-o", filepath.Join(dir, "x.xlsx")},
		{"export", "calendar", "-o", filepath.Join(dir, "x.csv")}, {"export", "person", "-o", filepath.Join(dir, "p.txt")},
		{"export", "person", "bestaat-niet", "-o", filepath.Join(dir, "p.txt")}, {"export", "plans", "-o", filepath.Join(dir, "p.txt")},
	} {
		if r := cli(t, db, args...); r.code != 1 || r.stderr == "" {
			t.Errorf("%v: exit %d, stderr %q", args, r.code, r.stderr)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "p.txt")); err == nil {
		t.Error("a failed export left a file")
	}
}

// TestImportSkipInvalid: --skip-invalid imports the rows that can be
// imported and writes the others, with the reason, to a list beside the
// file (or where --rejects says), for the owner's eyes only; fixed, that
// list imports.
func TestImportSkipInvalid(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "k.db")
	mustCLI(t, db, "demo")
	in := filepath.Join(dir, "Adressen.csv")
	b, _ := os.ReadFile(fixture("refused-rows.csv"))
	os.WriteFile(in, b, 0o644)

	out := mustCLI(t, db, "import", in, "--skip-invalid", "--dry-run")
	rejects := filepath.Join(dir, "Adressen-niet-ingelezen.csv")
	for _, want := range []string{"Zou inlezen: 2 nieuw", "Niet ingelezen (3 regels), zouden worden opgeslagen in " + rejects} {
		if !strings.Contains(out, want) {
			t.Errorf("--skip-invalid --dry-run does not say %q:\n%s", want, out)
		}
	}
	if _, err := os.Stat(rejects); err == nil {
		t.Error("a dry run wrote the rejected rows")
	}
	// The list cannot be saved: nothing is imported.
	before := mustCLI(t, db, "dump")
	r := cli(t, db, "import", in, "--skip-invalid", "--rejects", filepath.Join(dir, "geen-map", "x.csv"))
	if r.code != 1 || !strings.Contains(r.stderr, "konden niet worden opgeslagen") || !strings.Contains(r.stderr, "er is niets ingelezen") {
		t.Errorf("a list of rejects that cannot be saved: exit %d, %s", r.code, r.stderr)
	}
	if mustCLI(t, db, "dump") != before {
		t.Error("the import went ahead without its list of rejects")
	}

	out = mustCLI(t, db, "import", in, "--skip-invalid")
	if !strings.Contains(out, "Ingelezen: 2 nieuw") || !strings.Contains(out, "regel 5: betreft dezelfde persoon") {
		t.Errorf("--skip-invalid says:\n%s", out)
	}
	st, err := os.Stat(rejects)
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("the rejected rows: %v, %v", st, err)
	}
	got, _ := os.ReadFile(rejects)
	want := "\uFEFFNaam;Organisatie;E-mail;Telefoon;Reden niet ingelezen\r\n" +
		";;;0229 123456;deze regel heeft geen naam en geen e-mailadres, en kan dus geen contactpersoon worden\r\n"
	if !strings.HasPrefix(string(got), want) || strings.Count(string(got), "\r\n") != 4 {
		t.Errorf("the rejected rows:\n%q", got)
	}
	// Put right (a name for the row without one; the other two left out),
	// the list imports; its Reden column is not needed.
	fixed := filepath.Join(dir, "verbeterd.csv")
	os.WriteFile(fixed, []byte("\uFEFFNaam;Organisatie;E-mail;Telefoon;Reden niet ingelezen\r\nPiet Post;;;0229 123456;geen naam\r\n"), 0o600)
	out = mustCLI(t, db, "import", fixed)
	if !strings.Contains(out, "Ingelezen: 1 nieuw") || !strings.Contains(out, "niet nodig voor Ketenregie: Reden niet ingelezen") {
		t.Errorf("the fixed list:\n%s", out)
	}

	other := filepath.Join(t.TempDir(), "weg.csv")
	mustCLI(t, db, "import", in, "--skip-invalid", "--rejects", other)
	if _, err := os.Stat(other); err != nil {
		t.Errorf("--rejects: %v", err)
	}
}

// TestImportNamesEveryColumnLeftOut: a column with values that is not
// imported is named with an example, and --keep-unmapped keeps it in the
// notes under its name.
func TestImportNamesEveryColumnLeftOut(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "k.db")
	in := filepath.Join(dir, "lijst.csv")
	os.WriteFile(in, []byte("Naam;E-mail;Kamernummer;Leeg\r\nAnna de Wit;anna@example.org;B2.14;\r\n"), 0o600)
	out := mustCLI(t, db, "import", in, "--dry-run")
	if !strings.Contains(out, "Niet ingelezen, want zonder veld (1 kolom; --keep-unmapped bewaart ze in de notities):\n  Kamernummer: 1 regel, bijvoorbeeld \"B2.14\"") ||
		strings.Contains(out, "Leeg") {
		t.Errorf("the columns left out:\n%s", out)
	}
	mustCLI(t, db, "import", in, "--keep-unmapped")
	var found []map[string]any
	json.Unmarshal([]byte(mustCLI(t, db, "list", "contact", "--json")), &found)
	if len(found) != 1 || found[0]["notes"] != "Kamernummer: B2.14" {
		t.Errorf("kept: %v", found)
	}
}
