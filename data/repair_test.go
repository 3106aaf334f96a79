package data

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// Rebuild repairs every kind of drift between the tables and the change log.
func TestRebuildRepairsDrift(t *testing.T) {
	cases := []struct {
		name   string
		tamper func(f fixture) string
	}{
		{"edited row", func(f fixture) string {
			return "UPDATE organisation SET name = 'Gemeente Horn' WHERE id = '" + f.org + "'"
		}},
		{"lost row", func(f fixture) string { return "DELETE FROM plan WHERE id = '" + f.plan + "'" }},
		{"extra row", func(f fixture) string {
			return "INSERT INTO cluster (id, name) VALUES ('x', 'Spookcluster')"
		}},
		{"lost head", func(f fixture) string {
			return "DELETE FROM head WHERE entity_id = '" + f.section + "'"
		}},
		{"extra head", func(f fixture) string {
			return "INSERT INTO head (entity, entity_id, field, origin, seq) SELECT entity, entity_id, 'notes', origin, seq FROM head WHERE entity_id = '" + f.org2 + "' AND field = 'name'"
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ctx := context.Background()
			s := newTestStore(t)
			f := newFixture(t, s)
			before := dumpString(t, s)
			if _, err := s.db.Exec(c.tamper(f)); err != nil {
				t.Fatal(err)
			}
			problems, err := s.Check(ctx)
			if err != nil || len(problems) == 0 {
				t.Fatalf("check after tampering: %v, %v", problems, err)
			}
			for _, p := range problems {
				if !p.Drift {
					t.Errorf("%s: not marked as drift that Rebuild repairs", p)
				}
			}
			if err := s.Rebuild(ctx); err != nil {
				t.Fatal(err)
			}
			mustCheck(t, s)
			if after := dumpString(t, s); after != before {
				t.Errorf("rebuild did not restore the tables:\n%s", diffLines(before, after))
			}
		})
	}
}

// Rebuild is one transaction: when it fails halfway nothing has changed,
// not even the tables it had already emptied.
func TestRebuildFailingChangesNothing(t *testing.T) {
	ctx := context.Background()
	s := newTestStore(t)
	f := newFixture(t, s)
	mustCreate(t, s, "contact", map[string]string{"name": "Chaïma El Amrani", "organisation_id": f.org})
	if _, err := s.db.Exec("UPDATE organisation SET name = 'Gemeente Horn' WHERE id = '" + f.org + "'"); err != nil {
		t.Fatal(err)
	}
	countRows := func() map[string]int {
		n := map[string]int{}
		for _, table := range append([]string{"head"}, KindNames()...) {
			var c int
			if err := s.db.QueryRow("SELECT count(*) FROM " + table).Scan(&c); err != nil {
				t.Fatal(err)
			}
			n[table] = c
		}
		return n
	}
	rows := countRows()
	tampered := dumpString(t, s)
	// The last kind's rows cannot be written, so Rebuild fails after it
	// has emptied every table and written the others again.
	if _, err := s.db.Exec(`CREATE TRIGGER boom BEFORE INSERT ON contact BEGIN SELECT RAISE(ABORT, 'boom'); END`); err != nil {
		t.Fatal(err)
	}
	err := s.Rebuild(ctx)
	if err == nil || !strings.Contains(err.Error(), "boom") {
		t.Fatalf("rebuild with a failing insert: %v", err)
	}
	if got := dumpString(t, s); got != tampered {
		t.Errorf("a failed rebuild changed the tables:\n%s", diffLines(tampered, got))
	}
	if got := countRows(); len(got) != len(rows) || func() bool {
		for k, v := range rows {
			if got[k] != v {
				return true
			}
		}
		return false
	}() {
		t.Errorf("a failed rebuild changed the row counts: %v, before %v", got, rows)
	}
	if _, err := s.db.Exec("DROP TRIGGER boom"); err != nil {
		t.Fatal(err)
	}
	if err := s.Rebuild(ctx); err != nil {
		t.Fatal(err)
	}
	mustCheck(t, s)
}

// A changed log is no drift: Rebuild would only copy the damage.
func TestCheckEditedLogIsNoDrift(t *testing.T) {
	s := newTestStore(t)
	f := newFixture(t, s)
	if _, err := s.db.Exec("UPDATE change SET value = 'Gemeente Horn' WHERE entity_id = '" + f.org + "' AND field = 'name'"); err != nil {
		t.Fatal(err)
	}
	problems, err := s.Check(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	chain := false
	for _, p := range problems {
		if strings.HasPrefix(p.Where, "logboek ") {
			chain = true
			if p.Drift {
				t.Errorf("%s: a broken hash chain marked as drift", p)
			}
		}
	}
	if !chain {
		t.Errorf("no broken chain found: %v", problems)
	}
}

// Check reads one state of the database: writes while it runs (the window
// checks at start-up while the coordinator works) are no drift.
func TestCheckWhileWritingFindsNoDrift(t *testing.T) {
	ctx := context.Background()
	s := newTestStore(t)
	f := newFixture(t, s)
	stop := make(chan struct{})
	wrote := make(chan error)
	go func() {
		for i := 0; ; i++ {
			select {
			case <-stop:
				wrote <- nil
				return
			default:
			}
			if err := s.Update(ctx, "organisation", f.org, map[string]string{"name": fmt.Sprintf("Gemeente Hoorn %d", i)}); err != nil {
				wrote <- err
				return
			}
		}
	}()
	for i := 0; i < 5; i++ {
		problems, err := s.Check(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range problems {
			t.Errorf("check %d while writing: %s", i, p)
		}
		if len(problems) > 0 {
			break
		}
	}
	close(stop)
	if err := <-wrote; err != nil {
		t.Fatal(err)
	}
}
