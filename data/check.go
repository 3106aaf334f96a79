package data

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
)

// Problem is one inconsistency that Check found.
type Problem struct {
	Where string
	What  string
	// Drift is set when the heads or record tables differ from the change
	// log: Rebuild repairs it. A damaged log or database file it cannot.
	Drift bool
}

func (p Problem) String() string { return p.Where + ": " + p.What }

// Check proves the database consistent: SQLite's own integrity check, every
// device's hash chain, and the heads and record tables equal to what the
// change log alone gives.
//
// It reads in one transaction, so a write while it runs (the window checks
// at start-up while the coordinator works) is seen whole or not at all, and
// never as a difference between the log and the tables.
func (s *Store) Check(ctx context.Context) ([]Problem, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	var problems []Problem
	add := func(where, format string, args ...any) {
		problems = append(problems, Problem{Where: where, What: fmt.Sprintf(format, args...)})
	}
	drift := func(where, format string, args ...any) {
		problems = append(problems, Problem{Where: where, What: fmt.Sprintf(format, args...), Drift: true})
	}
	rows, err := tx.QueryContext(ctx, "PRAGMA integrity_check")
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var msg string
		rows.Scan(&msg)
		if msg != "ok" {
			add("sqlite", "%s", msg)
		}
	}
	rows.Close()
	if err := checkChains(ctx, tx, add); err != nil {
		return nil, err
	}
	live := map[string]int{}
	heads := 0
	err = forEachRecord(ctx, tx, func(r logRecord) error {
		kind := KindNamed(r.entity)
		where := r.entity + " " + r.id
		for field, want := range r.heads {
			heads += len(want)
			got, err := headsOf(ctx, tx, r.id, field)
			if err != nil {
				return err
			}
			if formatParents(got) != formatParents(want) {
				drift(where, "koppen van %s zijn %s, volgens het logboek %s", field, formatParents(got), formatParents(want))
			}
		}
		if kind == nil {
			return nil // a kind from a newer version: kept in the log, not shown
		}
		vals := resolve(r.values)
		row, err := getRecord(ctx, tx, kind, r.id)
		if IsNotFound(err) {
			if alive(vals) {
				drift(where, "ontbreekt in de tabel %s", kind.Name)
			}
			return nil
		}
		if err != nil {
			return err
		}
		if !alive(vals) {
			drift(where, "staat in de tabel maar is volgens het logboek verwijderd")
			return nil
		}
		live[kind.Name]++
		for _, f := range kind.Fields {
			want, ok := vals[f.Name]
			if !ok {
				want = emptyValue(f)
			}
			if row.Values[f.Name] != want {
				drift(where, "%s is %q, volgens het logboek %q", f.Name, row.Values[f.Name], want)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	// Heads of fields the log does not know, which the loop above cannot see.
	var n int
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM head").Scan(&n); err != nil {
		return nil, err
	}
	if n != heads {
		drift("head", "de tabel heeft %d koppen, het logboek %d", n, heads)
	}
	for _, k := range kinds {
		var n int
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM "+k.Name).Scan(&n); err != nil {
			return nil, err
		}
		if n != live[k.Name] {
			drift(k.Name, "de tabel heeft %d rijen, het logboek %d levende records", n, live[k.Name])
		}
	}
	return problems, nil
}

func headsOf(ctx context.Context, q querier, id, field string) ([]ChangeID, error) {
	return scanChangeIDs(q.QueryContext(ctx, "SELECT origin, seq FROM head WHERE entity_id = ? AND field = ? ORDER BY origin, seq", id, field))
}

// checkChains verifies that each origin's changes are numbered 1, 2, 3 ...
// and that each hash chains to the one before.
func checkChains(ctx context.Context, q querier, add func(string, string, ...any)) error {
	rows, err := q.QueryContext(ctx, `SELECT origin, seq, entity, entity_id, field, value, parents, hlc, nonce, hash
		FROM change ORDER BY origin, seq`)
	if err != nil {
		return err
	}
	defer rows.Close()
	var origin, prev string
	var want int64
	for rows.Next() {
		var c Change
		var parents string
		if err := rows.Scan(&c.Origin, &c.Seq, &c.Entity, &c.EntityID, &c.Field, &c.Value, &parents, &c.HLC, &c.Nonce, &c.Hash); err != nil {
			return err
		}
		if c.Origin != origin {
			origin, prev, want = c.Origin, "", 1
		}
		where := "logboek " + c.ID().String()
		if c.Seq != want {
			add(where, "volgnummer %d verwacht", want)
		}
		want = c.Seq + 1
		c.Parents, err = parseParents(parents)
		if err != nil {
			add(where, "%v", err)
		}
		if h := c.chainHash(prev, c.ValueDigest()); h != c.Hash {
			add(where, "hash klopt niet (keten verbroken of gewijzigd)")
		}
		prev = c.Hash
	}
	return rows.Err()
}

// logRecord is everything the change log says about one record.
type logRecord struct {
	entity string
	id     string
	heads  map[string][]ChangeID // per field, sorted
	values []headValue           // the heads with their values
}

// forEachRecord streams the change log record by record and computes each
// record's heads: the changes of a field that no other change of that field
// names as a parent.
func forEachRecord(ctx context.Context, q querier, fn func(logRecord) error) error {
	rows, err := q.QueryContext(ctx, `SELECT entity, entity_id, field, origin, seq, value, parents, hlc
		FROM change ORDER BY entity_id, field`)
	if err != nil {
		return err
	}
	defer rows.Close()
	type ch struct {
		id      ChangeID
		value   string
		parents string
		hlc     int64
	}
	var cur logRecord
	var field string
	var group []ch
	flushField := func() {
		if len(group) == 0 {
			return
		}
		named := map[ChangeID]bool{}
		for _, c := range group {
			ps, _ := parseParents(c.parents)
			for _, p := range ps {
				named[p] = true
			}
		}
		var heads []ChangeID
		for _, c := range group {
			if !named[c.id] {
				heads = append(heads, c.id)
				cur.values = append(cur.values, headValue{field, c.value, c.hlc, c.id.Origin, c.id.Seq, c.parents})
			}
		}
		sort.Slice(heads, func(i, j int) bool {
			if heads[i].Origin != heads[j].Origin {
				return heads[i].Origin < heads[j].Origin
			}
			return heads[i].Seq < heads[j].Seq
		})
		cur.heads[field] = heads
		group = group[:0]
	}
	flush := func() error {
		flushField()
		if cur.id == "" {
			return nil
		}
		return fn(cur)
	}
	for rows.Next() {
		var entity, id, f, value, parents string
		var c ch
		if err := rows.Scan(&entity, &id, &f, &c.id.Origin, &c.id.Seq, &value, &parents, &c.hlc); err != nil {
			return err
		}
		c.value, c.parents = value, parents
		if id != cur.id {
			if err := flush(); err != nil {
				return err
			}
			cur = logRecord{entity: entity, id: id, heads: map[string][]ChangeID{}}
			field = f
		} else if f != field {
			flushField()
			field = f
		}
		group = append(group, c)
	}
	if err := rows.Err(); err != nil {
		return err
	}
	return flush()
}

// RepairResult is what Repair found and did.
type RepairResult struct {
	// Before is what Check found; Repair changed nothing when it is empty.
	Before []Problem
	// Backup is the copy of the database made before the rebuild; empty
	// when Repair changed nothing.
	Backup string
	// After is what Check finds once the tables are rebuilt: empty when
	// the repair worked.
	After []Problem
}

// Broken counts the problems found before the repair that are not drift:
// a damaged change log or database file, which Rebuild would only copy.
func (r RepairResult) Broken() int {
	n := 0
	for _, p := range r.Before {
		if !p.Drift {
			n++
		}
	}
	return n
}

// Repair rebuilds the tables from the change log when Check finds they
// differ from it: after a backup, in one transaction, and checked again.
// It changes nothing when Check finds nothing, or finds a problem that is
// not drift (the error then says to restore a backup from BackupDir).
// The command line's check --repair and Instellingen share it.
func (s *Store) Repair(ctx context.Context) (RepairResult, error) {
	var r RepairResult
	var err error
	if r.Before, err = s.Check(ctx); err != nil || len(r.Before) == 0 {
		return r, err
	}
	if broken := r.Broken(); broken > 0 {
		return r, Said(CodeRefused, "repair_refused", nil, map[string]string{"Broken": fmt.Sprint(broken), "Total": fmt.Sprint(len(r.Before)), "Dir": BackupDir(s.path)},
			"{{.Broken}} van de {{.Total}} problemen zitten in het wijzigingslogboek of het databasebestand zelf: "+
				"opnieuw opbouwen uit het logboek zou die schade alleen overnemen, dus er is niets veranderd. Zet een reservekopie terug uit {{.Dir}}")
	}
	if r.Backup, err = s.Backup(ctx, "herstel", 10); err != nil {
		return r, fmt.Errorf("de reservekopie vóór het herstel is mislukt, er is niets veranderd: %w", err)
	}
	if err := s.Rebuild(ctx); err != nil {
		return r, fmt.Errorf("herstel mislukt, er is niets veranderd: %w", err)
	}
	r.After, err = s.Check(ctx)
	return r, err
}

// Rebuild throws away the heads and every record table and makes them again
// from the change log alone, in one transaction: if anything fails, the
// tables are as they were. It repairs the problems Check marks as Drift.
func (s *Store) Rebuild(ctx context.Context) error {
	// The search indexes are keyed by the last write's clock, which a
	// rebuild does not move: forget them once the new rows are committed
	// (and also when it fails, which costs only a rebuilt index).
	defer func() {
		s.search.mu.Lock()
		s.search.indexes = nil
		s.search.mu.Unlock()
	}()
	return s.Write(ctx, func(t *Tx) error {
		tables := []string{"head"}
		for _, k := range kinds {
			tables = append(tables, k.Name)
		}
		for _, table := range tables {
			if _, err := t.exec("DELETE FROM " + table); err != nil {
				return err
			}
		}
		return forEachRecord(t.ctx, cached{t}, func(r logRecord) error {
			for field, heads := range r.heads {
				for _, h := range heads {
					if _, err := t.exec("INSERT INTO head (entity, entity_id, field, origin, seq) VALUES (?, ?, ?, ?, ?)",
						r.entity, r.id, field, h.Origin, h.Seq); err != nil {
						return err
					}
				}
			}
			if k := KindNamed(r.entity); k != nil {
				return t.writeRow(k, r.id, resolve(r.values))
			}
			return nil
		})
	})
}
