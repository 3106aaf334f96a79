package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

func fixture(name string) string { return filepath.Join("export", "contacts", "testdata", name) }

// contactSummary lists every contact as "name|email|phone|role", sorted, to
// compare two databases.
func contactSummary(t *testing.T, db string) []string {
	t.Helper()
	var recs []map[string]any
	if err := json.Unmarshal([]byte(mustCLI(t, db, "list", "contact", "--json")), &recs); err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, r := range recs {
		out = append(out, strings.Join([]string{r["name"].(string), r["email"].(string), r["phone"].(string), r["role"].(string)}, "|"))
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
		"Voornaam -> voornaam", "Middelste naam -> tussenvoegsel", "Functie -> rol", "niet ingelezen: Titel,",
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
	missing := filepath.Join(t.TempDir(), "nieuw.db")
	if r := cli(t, missing, "import", fixture("outlook-nl.csv"), "--dry-run"); r.code != 1 || !strings.Contains(r.stderr, "bestaat niet") {
		t.Errorf("import --dry-run on a database that does not exist: exit %d, %s", r.code, r.stderr)
	}
	if _, err := os.Stat(missing); err == nil {
		t.Error("import --dry-run made a database")
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
		{"import", fixture("bad-rows.csv")},
		{"import", fixture("bad-rows.csv"), "--dry-run"},
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
	r := cli(t, db, "import", fixture("bad-rows.csv"))
	for _, want := range []string{"6 regels hebben een fout; er is niets gewijzigd", "regel 3: e-mail:", "regel 8: laatst gecontroleerd:"} {
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
