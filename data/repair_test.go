package data

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// Repair rebuilds every kind of drift between the tables and the change
// log, after a backup of the tables as they were; it changes nothing when
// nothing is wrong or the log itself is damaged.
func TestRepair(t *testing.T) {
	cases := []struct {
		name   string
		tamper func(f fixture) string
		drift  bool // only drift, which Repair repairs
	}{
		{"nothing wrong", func(f fixture) string { return "" }, false},
		{"edited row", func(f fixture) string {
			return "UPDATE organisation SET name = 'Gemeente Horn' WHERE id = '" + f.org + "'"
		}, true},
		{"lost row", func(f fixture) string { return "DELETE FROM plan WHERE id = '" + f.plan + "'" }, true},
		{"extra row", func(f fixture) string {
			return "INSERT INTO cluster (id, name) VALUES ('x', 'Spookcluster')"
		}, true},
		{"lost head", func(f fixture) string {
			return "DELETE FROM head WHERE entity_id = '" + f.section + "'"
		}, true},
		{"extra head", func(f fixture) string {
			return "INSERT INTO head (entity, entity_id, field, origin, seq) SELECT entity, entity_id, 'notes', origin, seq FROM head WHERE entity_id = '" + f.org2 + "' AND field = 'name'"
		}, true},
		{"edited log", func(f fixture) string {
			return "UPDATE change SET value = 'Gemeente Horn' WHERE entity_id = '" + f.org + "' AND field = 'name'"
		}, false},
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
			tampered := dumpString(t, s)
			r, err := s.Repair(ctx)
			backups, berr := Backups(s.Path())
			if berr != nil {
				t.Fatal(berr)
			}
			if !c.drift {
				e, refused := AsError(err)
				if broken := r.Broken() > 0; broken != refused || refused && (e.Code != CodeRefused || !strings.Contains(e.Msg, BackupDir(s.Path()))) {
					t.Errorf("repair found %v and says %v; want a refusal that points at the backups when the log is damaged", r.Before, err)
				} else if !refused && err != nil {
					t.Fatal(err)
				}
				if r.Backup != "" || len(backups) != 0 {
					t.Errorf("repair with nothing it may repair made backup %q, %v", r.Backup, backups)
				}
				if got := dumpString(t, s); got != tampered {
					t.Errorf("a repair that was not done changed the tables:\n%s", diffLines(tampered, got))
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(r.Before) == 0 || r.Broken() != 0 || len(r.After) != 0 {
				t.Errorf("repair found %v and left %v; want drift, then nothing", r.Before, r.After)
			}
			mustCheck(t, s)
			if after := dumpString(t, s); after != before {
				t.Errorf("repair did not restore the tables:\n%s", diffLines(before, after))
			}
			if len(backups) != 1 || backups[0].Path != r.Backup || backups[0].Comment != "herstel" {
				t.Fatalf("backups %+v, repair says %q; want one, commented herstel", backups, r.Backup)
			}
			// The backup holds the tables as they were before the repair.
			old, err := Open(ctx, r.Backup, Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer old.Close()
			if got := dumpString(t, old); got != tampered {
				t.Errorf("the backup is not the database before the repair:\n%s", diffLines(tampered, got))
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
