package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// history tells every change of a record, old value to new, and after
// the record is forgotten (AVG) shows that the values were erased without
// showing them.
func TestHistoryCommand(t *testing.T) {
	db := filepath.Join(t.TempDir(), "k.db")
	id := strings.TrimSpace(mustCLI(t, db, "add", "contact", "name=Joke de Vries", "phone=0229-123456", "role=aandachtsfunctionaris"))
	mustCLI(t, db, "set", "contact", id, "phone=0229-654321", "municipality_ids=GM0405")
	out := mustCLI(t, db, "history", "contact", id)
	for _, want := range []string{"0229-123456 → 0229-654321", "Aandachtsfunctionaris mensenhandel", "deze computer", "telefoon"} {
		if !strings.Contains(out, want) {
			t.Errorf("history lacks %q:\n%s", want, out)
		}
	}
	mustCLI(t, db, "delete", "contact", id, "--erase")
	out = mustCLI(t, db, "history", "contact", id)
	if strings.Contains(out, "Joke") || strings.Contains(out, "0229") || !strings.Contains(out, "gewist (AVG)") {
		t.Errorf("history after erasing:\n%s", out)
	}
	js := mustCLI(t, db, "history", "contact", id, "--json")
	if strings.Contains(js, "Joke") || !strings.Contains(js, `"erased":true`) {
		t.Errorf("history --json after erasing: %s", js)
	}
	if r := cli(t, db, "history", "contact", "geen-id"); r.code != 1 || !strings.Contains(r.stderr, "geen contactpersoon") {
		t.Errorf("history of an unknown id: %d %q", r.code, r.stderr)
	}
}

// export audit writes every change of the period as a list for Excel:
// byte order mark, semicolons, old and new value, erased values masked,
// text that looks like a formula defused.
func TestExportAudit(t *testing.T) {
	db := filepath.Join(t.TempDir(), "k.db")
	id := strings.TrimSpace(mustCLI(t, db, "add", "contact", "name=Joke de Vries", "phone=0229-123456"))
	mustCLI(t, db, "set", "contact", id, "phone=0229-654321")
	gone := strings.TrimSpace(mustCLI(t, db, "add", "contact", "name=Piet Vergeten", "notes==HYPERLINK(\"x\")"))
	mustCLI(t, db, "delete", "contact", gone, "--erase")
	org := strings.TrimSpace(mustCLI(t, db, "add", "organisation", "name==1+1", "type=politie"))
	_ = org
	out := filepath.Join(t.TempDir(), "logboek.csv")
	mustCLI(t, db, "export", "audit", "-o", out)
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	if !strings.HasPrefix(text, "\uFEFFTijd;Apparaat;Collega;Soort;Record;Veld;Oud;Nieuw;Herkomst;Opmerking\r\n") {
		t.Errorf("header: %q", text[:min(len(text), 120)])
	}
	for _, want := range []string{"Joke de Vries;telefoon;0229-123456;0229-654321;deze computer", "gewist (AVG)", "'=1+1"} {
		if !strings.Contains(text, want) {
			t.Errorf("the audit trail lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "Piet") || strings.Contains(text, "HYPERLINK") {
		t.Errorf("the audit trail shows what was erased:\n%s", text)
	}
	// A period before today has nothing; a wrong date is refused.
	mustCLI(t, db, "export", "audit", "--from", "01-01-2020", "--to", "31-12-2020", "-o", out)
	if b, _ := os.ReadFile(out); strings.Count(string(b), "\r\n") != 1 {
		t.Errorf("2020 has changes:\n%s", b)
	}
	if r := cli(t, db, "export", "audit", "--from", "gisteren", "-o", out); r.code != 1 || !strings.Contains(r.stderr, "geen datum") {
		t.Errorf("--from gisteren: %d %q", r.code, r.stderr)
	}
}

// diff plan shows what changed since a version: chapters and words.
func TestDiffPlan(t *testing.T) {
	db := filepath.Join(t.TempDir(), "k.db")
	plan := strings.TrimSpace(mustCLI(t, db, "add", "plan", "title=Beleidsplan West-Friesland"))
	sec := strings.TrimSpace(mustCLI(t, db, "add", "section", "plan_id="+plan, "title=Inleiding"))
	block := strings.TrimSpace(mustCLI(t, db, "add", "block", "section_id="+sec, "text=De regio pakt mensenhandel aan."))
	mustCLI(t, db, "add", "planversion", "plan_id="+plan, "version=0.3", "date=01-03-2026")
	mustCLI(t, db, "set", "block", block, "text=De regio pakt mensenhandel samen aan.")
	mustCLI(t, db, "add", "section", "plan_id="+plan, "title=Monitoring")
	out := mustCLI(t, db, "diff", "plan", plan, "0.3")
	for _, want := range []string{"van versie 0.3 (01-03-2026) tot de werkversie", "+ 2 Monitoring (nieuw)", "{+samen +}", "Alinea 1 (gewijzigd)"} {
		if !strings.Contains(out, want) {
			t.Errorf("diff lacks %q:\n%s", want, out)
		}
	}
	mustCLI(t, db, "add", "planversion", "plan_id="+plan, "version=0.4")
	if out := mustCLI(t, db, "diff", "plan", plan, "0.4"); !strings.Contains(out, "Er is niets gewijzigd") {
		t.Errorf("diff against the latest version:\n%s", out)
	}
	if out := mustCLI(t, db, "diff", "plan", plan, "0.3", "0.4"); !strings.Contains(out, "tot versie 0.4") || !strings.Contains(out, "Monitoring") {
		t.Errorf("diff between two versions:\n%s", out)
	}
	if r := cli(t, db, "diff", "plan", plan, "9.9"); r.code != 1 || !strings.Contains(r.stderr, "geen versie 9.9") {
		t.Errorf("an unknown version: %d %q", r.code, r.stderr)
	}
}

// pdf plan --version prints a version as it was, the same bytes every
// time; an unknown version makes no file.
func TestPDFPlanVersion(t *testing.T) {
	db := filepath.Join(t.TempDir(), "k.db")
	plan := strings.TrimSpace(mustCLI(t, db, "add", "plan", "title=Beleidsplan West-Friesland"))
	sec := strings.TrimSpace(mustCLI(t, db, "add", "section", "plan_id="+plan, "title=Inleiding"))
	block := strings.TrimSpace(mustCLI(t, db, "add", "block", "section_id="+sec, "text=De regio pakt mensenhandel aan."))
	mustCLI(t, db, "add", "planversion", "plan_id="+plan, "version=0.3", "date=01-03-2026")
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.pdf"), filepath.Join(dir, "b.pdf")
	mustCLI(t, db, "pdf", "plan", plan, "--version", "0.3", "-o", a)
	mustCLI(t, db, "set", "block", block, "text=Herschreven.")
	mustCLI(t, db, "pdf", "plan", plan, "--version", "0.3", "-o", b)
	ba, _ := os.ReadFile(a)
	bb, _ := os.ReadFile(b)
	if len(ba) == 0 || !bytes.Equal(ba, bb) {
		t.Error("version 0.3 printed differently after an edit")
	}
	c := filepath.Join(dir, "c.pdf")
	if r := cli(t, db, "pdf", "plan", plan, "--changes-since", "0.7", "-o", c); r.code != 1 || !strings.Contains(r.stderr, "geen versie 0.7") {
		t.Errorf("an unknown version: %d %q", r.code, r.stderr)
	}
	if _, err := os.Stat(c); err == nil {
		t.Error("a refused print made a file")
	}
}
