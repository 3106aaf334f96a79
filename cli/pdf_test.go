package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// isPDF reports whether b is a whole PDF file.
func isPDF(b []byte) bool {
	return bytes.HasPrefix(b, []byte("%PDF-")) && bytes.HasSuffix(bytes.TrimSpace(b), []byte("%%EOF"))
}

// pdfText is the text of a PDF, or "" without pdftotext outside CI.
func pdfText(t *testing.T, path string) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		if os.Getenv("CI") == "" {
			return ""
		}
		t.Fatal("pdftotext is not installed")
	}
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	return strings.Join(strings.Fields(string(out)), " ")
}

func demoDB(t *testing.T) (db string, plans []map[string]any, clusters []map[string]any) {
	t.Helper()
	db = filepath.Join(t.TempDir(), "k.db")
	mustCLI(t, db, "demo")
	if err := json.Unmarshal([]byte(mustCLI(t, db, "list", "plan", "--json")), &plans); err != nil || len(plans) != 2 {
		t.Fatalf("list plan --json: %v, %d plans", err, len(plans))
	}
	if err := json.Unmarshal([]byte(mustCLI(t, db, "list", "cluster", "--json")), &clusters); err != nil || len(clusters) == 0 {
		t.Fatalf("list cluster --json: %v", err)
	}
	return db, plans, clusters
}

func TestPDFCommand(t *testing.T) {
	db, plans, clusters := demoDB(t)
	dir := t.TempDir()
	plan := plans[0]["id"].(string)

	full := filepath.Join(dir, "plan.pdf")
	mustCLI(t, db, "pdf", "plan", plan, "-o", full)
	public := filepath.Join(dir, "openbaar.pdf")
	mustCLI(t, db, "pdf", "plan", plan, "--o="+public, "--public")
	a, _ := os.ReadFile(full)
	b, _ := os.ReadFile(public)
	if !isPDF(a) || !isPDF(b) {
		t.Fatal("pdf plan did not write a PDF")
	}
	if len(b) >= len(a) {
		t.Errorf("the public plan (%d bytes) is not smaller than the full one (%d): the contact list was not left out", len(b), len(a))
	}
	if text := pdfText(t, public); text != "" && (strings.Contains(text, "Contactenlijst") || !strings.Contains(text, "Uitvoeringsagenda")) {
		t.Error("pdf plan --public still holds the contact list, or lost the uitvoeringsagenda")
	}

	report := filepath.Join(dir, "rapportage.pdf")
	mustCLI(t, db, "pdf", "report", "-o", report, "--cluster", clusters[0]["id"].(string))
	if b, _ := os.ReadFile(report); !isPDF(b) {
		t.Error("pdf report did not write a PDF")
	}
	if text := pdfText(t, report); text != "" && !strings.Contains(text, "Zelfevaluatie "+clusters[0]["name"].(string)) {
		t.Errorf("the report for cluster %s does not show its matrix", clusters[0]["name"])
	}
	mustCLI(t, db, "pdf", "report", "-o", report)
	// The period, as a coordinator types it, and the other way round.
	mustCLI(t, db, "pdf", "report", "-o", report, "--from", "1-1-2025", "--to=2025-12-31")
	if text := pdfText(t, report); text != "" && !strings.Contains(text, "periode 01-01-2025 t/m 31-12-2025") {
		t.Error("the report of 2025 does not name its period")
	}

	overview := filepath.Join(dir, "afspraken.pdf")
	mustCLI(t, db, "pdf", "agreements", "-o", overview, "--status", "Actief", "--type", "riec-convenant",
		"--municipality", "GM0405", "--due-within", "400", "--search", "RIEC")
	text := pdfText(t, overview)
	if text != "" && !strings.Contains(text, "Selectie: status actief; soort RIEC-convenant; gemeente Hoorn; evaluatie of einde verstreken of binnen 400 dagen; zoekterm “RIEC”") {
		t.Errorf("the overview does not say what was selected:\n%s", text)
	}
	mustCLI(t, db, "pdf", "agreements", "-o", overview, "--municipality", "hoorn")

	// -o - writes to standard output.
	r := cli(t, db, "pdf", "agreements", "-o", "-")
	if r.code != 0 || !isPDF([]byte(r.stdout)) {
		t.Errorf("pdf agreements -o -: exit %d, %d bytes", r.code, len(r.stdout))
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 4 {
		t.Errorf("the folder holds %d files, want the 4 documents and no temporary files", len(entries))
	}
}

func TestPDFCommandErrors(t *testing.T) {
	db, plans, _ := demoDB(t)
	dir := t.TempDir()
	out := filepath.Join(dir, "out.pdf")
	plan := plans[0]["id"].(string)
	for _, c := range []struct {
		args []string
		msg  string
	}{
		{[]string{"pdf"}, "plan, report of agreements"},
		{[]string{"pdf", "brochure", "-o", out}, "onbekend document"},
		{[]string{"pdf", "plan", plan}, "-o BESTAND"},
		{[]string{"pdf", "plan", "-o", out}, "id van een beleidsplan"},
		{[]string{"pdf", "plan", "0190a1b2-0000-7000-8000-000000000000", "-o", out}, "geen beleidsplan met id"},
		{[]string{"pdf", "report", "-o", out, "--public"}, "kent de optie --public niet"},
		{[]string{"pdf", "report", "-o", out, "--cluster", "nope"}, "geen cluster met id nope"},
		{[]string{"pdf", "report", "-o", out, "--from", "gisteren"}, `--from "gisteren" is geen datum`},
		{[]string{"pdf", "report", "-o", out, "--from", "31-12-2025", "--to", "01-01-2025"}, "--from 31-12-2025 ligt na het einde van de periode, 01-01-2025"},
		{[]string{"pdf", "agreements", "-o", out, "--from", "01-01-2025"}, "kent de optie --from niet"},
		{[]string{"pdf", "agreements", "-o", out, "--status", "half"}, `--status "half" bestaat niet`},
		{[]string{"pdf", "agreements", "-o", out, "--type", "brief"}, `--type "brief" bestaat niet`},
		{[]string{"pdf", "agreements", "-o", out, "--municipality", "GM9999"}, "geen gemeente"},
		{[]string{"pdf", "agreements", "-o", out, "--due-within", "soon"}, "geen aantal dagen"},
		{[]string{"pdf", "agreements", "-o", filepath.Join(dir, "no", "such", "folder.pdf")}, "bestaat niet"},
	} {
		r := cli(t, db, c.args...)
		if r.code != 1 || !strings.Contains(r.stderr, c.msg) {
			t.Errorf("%v: exit %d, stderr %q; want exit 1 and %q", c.args, r.code, r.stderr, c.msg)
		}
		if r.stdout != "" {
			t.Errorf("%v printed %q on stdout", c.args, r.stdout)
		}
		if entries, _ := os.ReadDir(dir); len(entries) != 0 {
			t.Fatalf("%v left %d files behind", c.args, len(entries))
		}
	}

	// A failed print leaves an existing file as it was.
	if err := os.WriteFile(out, []byte("vorige versie"), 0o644); err != nil {
		t.Fatal(err)
	}
	if r := cli(t, db, "pdf", "plan", "0190a1b2-0000-7000-8000-000000000000", "-o", out); r.code != 1 {
		t.Errorf("printing a missing plan: exit %d", r.code)
	}
	if b, _ := os.ReadFile(out); string(b) != "vorige versie" {
		t.Errorf("a failed print changed the existing file: %q", b)
	}
}

// TestPDFCommandOddCharacters prints a plan and the overview whose titles
// hold the texts of issue 13: emoji and ✓ used to crash pdf plan and pdf
// agreements (exit 2, an empty file left behind). Now they print, Chinese
// too, and the Amharic, which no embedded font has, is reported with its
// pages.
func TestPDFCommandOddCharacters(t *testing.T) {
	db, plans, _ := demoDB(t)
	dir := t.TempDir()
	plan := plans[0]["id"].(string)
	mustCLI(t, db, "set", "plan", plan, "title=Plan 😀 ✓ ★ 北京 ሰላም")
	agreements := mustCLI(t, db, "list", "agreement", "--json")
	var list []map[string]any
	if err := json.Unmarshal([]byte(agreements), &list); err != nil || len(list) == 0 {
		t.Fatalf("list agreement --json: %v", err)
	}
	mustCLI(t, db, "set", "agreement", list[0]["id"].(string), "title=Afspraak 👍🏽 ✗ → 東京 ሰላም")

	for _, args := range [][]string{{"plan", plan}, {"agreements"}} {
		out := filepath.Join(dir, args[0]+".pdf")
		r := cli(t, db, append(append([]string{"pdf"}, args...), "-o", out)...)
		if r.code != 0 {
			t.Fatalf("pdf %s: exit %d: %s", args[0], r.code, r.stderr)
		}
		if b, _ := os.ReadFile(out); !isPDF(b) {
			t.Fatalf("pdf %s wrote no PDF", args[0])
		}
		if !strings.Contains(r.stderr, "tekens konden niet worden afgedrukt en staan als □ in de PDF (pagina") ||
			!strings.Contains(r.stderr, "□□□") {
			t.Errorf("pdf %s does not say which characters were replaced and where: %q", args[0], r.stderr)
		}
		if text := pdfText(t, out); text != "" && !strings.Contains(text, "✓ ★ 北京 □□□") && !strings.Contains(text, "✗ → 東京 □□□") {
			t.Errorf("pdf %s does not print the symbols: %q", args[0], text[:min(len(text), 300)])
		}
	}
}

// TestPDFCommandWorkingCopy: the demo plan prints as version 0.4 until its
// text changes; then pdf plan prints it as the working copy after 0.4,
// dated today, and says so; after a new version is added from the command
// line it prints as that version.
func TestPDFCommandWorkingCopy(t *testing.T) {
	db, plans, _ := demoDB(t)
	dir := t.TempDir()
	var plan string
	for _, p := range plans {
		if strings.Contains(p["title"].(string), "West-Friesland") {
			plan = p["id"].(string)
		}
	}
	out := filepath.Join(dir, "plan.pdf")
	print := func(label string, working bool) {
		t.Helper()
		r := cli(t, db, "pdf", "plan", plan, "-o", out)
		if r.code != 0 {
			t.Fatalf("pdf plan: exit %d: %s", r.code, r.stderr)
		}
		said := strings.Contains(r.stderr, "daarom staat “"+label+"” op het voorblad en onderaan elke pagina") &&
			strings.Contains(r.stderr, "ketenregie add planversion plan_id="+plan)
		if said != working {
			t.Errorf("pdf plan of %q says on stderr: %q", label, r.stderr)
		}
		if text := pdfText(t, out); text != "" && !strings.Contains(text, label+" · pagina 2 van") {
			t.Errorf("the PDF does not say %q in its footer", label)
		}
	}
	print("versie 0.4 · 22-09-2026", false)

	var sections, blocks []map[string]any
	json.Unmarshal([]byte(mustCLI(t, db, "list", "section", "plan_id="+plan, "--json")), &sections)
	if len(sections) == 0 {
		t.Fatal("the demo plan has no chapters")
	}
	json.Unmarshal([]byte(mustCLI(t, db, "list", "block", "section_id="+sections[0]["id"].(string), "--json")), &blocks)
	if len(blocks) == 0 {
		t.Fatal("the demo plan's first chapter has no text")
	}
	today := time.Now().Format("02-01-2006")
	mustCLI(t, db, "set", "block", blocks[0]["id"].(string), "text=Een alinea, gewijzigd na versie 0.4.")
	print("werkversie na 0.4 · "+today, true)

	mustCLI(t, db, "add", "planversion", "plan_id="+plan, "version=0.5", "change=Voorwoord herschreven")
	mustCLI(t, db, "set", "plan", plan, "version=0.5")
	print("versie 0.5 · "+today, false)
}
