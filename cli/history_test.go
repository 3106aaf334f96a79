package cli

import (
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
