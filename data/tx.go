package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Tx is one write transaction. It carries its own "now" and this device's
// place in its change log, so every change it appends is numbered, clocked
// and chained, and everything it does commits or rolls back together.
type Tx struct {
	ctx   context.Context
	tx    *sql.Tx
	store *Store
	now   time.Time

	loaded bool
	seq    int64
	hash   string
	hlc    int64

	// stmts caches the transaction's prepared statements: parsing SQL was a
	// quarter of the time of a large import.
	stmts map[string]*sql.Stmt

	// pending are new changes without parents (a record being created) not
	// yet written: a large import writes them many rows to a statement.
	// Every other statement of the transaction writes them first (flush),
	// so that it sees them.
	pending []*Change
	// err is a flush that failed; the transaction then cannot commit.
	err error

	// live holds records known to be live in this transaction; writeRow
	// keeps it true.
	live map[liveKey]bool
}

type liveKey struct{ kind, id string }

func (t *Tx) markLive(k *Kind, id string, alive bool) {
	if !alive {
		delete(t.live, liveKey{k.Name, id})
		return
	}
	if t.live == nil {
		t.live = map[liveKey]bool{}
	}
	t.live[liveKey{k.Name, id}] = true
}

// Write runs fn in one transaction and commits if fn returns nil. What
// SQLite or the disk says when that fails (locked, full, damaged) comes
// back as the Dutch a user can act on (Explain), so every screen and
// command that writes says it the same way.
func (s *Store) Write(ctx context.Context, fn func(*Tx) error) error {
	return Explain(s.write(ctx, fn), s.path)
}

func (s *Store) write(ctx context.Context, fn func(*Tx) error) error {
	if s.damaged != nil {
		return s.damaged
	}
	sqlTx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer sqlTx.Rollback()
	t := &Tx{ctx: ctx, tx: sqlTx, store: s, now: s.Now()}
	err = fn(t)
	if t.err != nil {
		return t.err // what went wrong first
	}
	if err != nil {
		return err
	}
	if err := t.flush(); err != nil {
		return err
	}
	if t.loaded {
		if _, err := sqlTx.ExecContext(ctx,
			"INSERT INTO local (key, value) VALUES ('hlc', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
			strconv.FormatInt(t.hlc, 10)); err != nil {
			return err
		}
	}
	return sqlTx.Commit()
}

// Now is the transaction's time.
func (t *Tx) Now() time.Time { return t.now }

// Today is the transaction's date as YYYY-MM-DD in local time.
func (t *Tx) Today() string { return t.now.Format("2006-01-02") }

// stmt prepares a statement once per transaction.
func (t *Tx) stmt(query string) (*sql.Stmt, error) {
	if st, ok := t.stmts[query]; ok {
		return st, nil
	}
	st, err := t.tx.PrepareContext(t.ctx, query)
	if err != nil {
		return nil, err
	}
	if t.stmts == nil {
		t.stmts = map[string]*sql.Stmt{}
	}
	t.stmts[query] = st
	return st, nil
}

func (t *Tx) exec(query string, args ...any) (sql.Result, error) {
	if err := t.flush(); err != nil {
		return nil, err
	}
	st, err := t.stmt(query)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(t.ctx, args...)
}

func (t *Tx) query(query string, args ...any) (*sql.Rows, error) {
	if err := t.flush(); err != nil {
		return nil, err
	}
	st, err := t.stmt(query)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(t.ctx, args...)
}

func (t *Tx) queryRow(query string, args ...any) *sql.Row {
	// A failed flush is kept in t.err; Write then returns it and rolls
	// back, whatever this read returns.
	_ = t.flush()
	st, err := t.stmt(query)
	if err != nil {
		return t.tx.QueryRowContext(t.ctx, query, args...) // reports the same error
	}
	return st.QueryRowContext(t.ctx, args...)
}

// loadClock reads where this device's chain ends and the clock stands.
func (t *Tx) loadClock() error {
	if t.loaded {
		return nil
	}
	err := t.queryRow("SELECT seq, hash FROM change WHERE origin = ? ORDER BY seq DESC LIMIT 1",
		t.store.device).Scan(&t.seq, &t.hash)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	var v string
	err = t.queryRow("SELECT value FROM local WHERE key = 'hlc'").Scan(&v)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	if v != "" {
		t.hlc, _ = strconv.ParseInt(v, 10, 64)
	}
	t.loaded = true
	return nil
}

// heads returns the current heads of one field of a record.
func (t *Tx) heads(id, field string) ([]ChangeID, error) {
	rows, err := t.query("SELECT origin, seq FROM head WHERE entity_id = ? AND field = ? ORDER BY origin, seq", id, field)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []ChangeID
	for rows.Next() {
		var c ChangeID
		if err := rows.Scan(&c.Origin, &c.Seq); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// recordHeads returns the heads of every field of a record.
func (t *Tx) recordHeads(id string) ([]ChangeID, error) {
	rows, err := t.query("SELECT origin, seq FROM head WHERE entity_id = ? ORDER BY origin, seq", id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []ChangeID
	for rows.Next() {
		var c ChangeID
		if err := rows.Scan(&c.Origin, &c.Seq); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// appendChange writes a local change of one field: it becomes the field's
// only head, replacing the heads in parents.
func (t *Tx) appendChange(entity, id, field, value string, parents []ChangeID) error {
	if err := t.loadClock(); err != nil {
		return err
	}
	t.seq++
	t.hlc = nextHLC(t.hlc, t.now)
	c := Change{Origin: t.store.device, Seq: t.seq, Entity: entity, EntityID: id, Field: field,
		Value: value, Parents: parents, HLC: t.hlc, Nonce: newNonce()}
	c.Hash = c.chainHash(t.hash, c.ValueDigest())
	if err := t.insertChange(&c); err != nil {
		return err
	}
	t.hash = c.Hash
	return nil
}

// insertChange stores a change and moves the heads of its field: the parents
// it names stop being heads and it becomes one. A change without parents
// waits in t.pending to be written with others.
func (t *Tx) insertChange(c *Change) error {
	if len(c.Parents) == 0 {
		t.pending = append(t.pending, c)
		if len(t.pending) < flushRows {
			return nil
		}
		return t.flush()
	}
	if _, err := t.exec(insertChangeSQL(1), c.Origin, c.Seq, c.Entity, c.EntityID, c.Field, c.Value,
		formatParents(c.Parents), c.HLC, c.Nonce, c.Hash); err != nil {
		return fmt.Errorf("append change: %w", err)
	}
	for _, p := range c.Parents {
		if _, err := t.exec("DELETE FROM head WHERE entity_id = ? AND field = ? AND origin = ? AND seq = ?",
			c.EntityID, c.Field, p.Origin, p.Seq); err != nil {
			return err
		}
	}
	_, err := t.exec(insertHeadSQL(1), c.Entity, c.EntityID, c.Field, c.Origin, c.Seq)
	return err
}

// flushRows is how many pending changes one statement writes: 64 rows of
// ten values stay far below SQLite's limit on parameters.
const flushRows = 64

// flush writes the pending changes and their heads.
func (t *Tx) flush() error {
	if t.err != nil || len(t.pending) == 0 {
		return t.err
	}
	pending := t.pending
	t.pending = nil
	for len(pending) > 0 {
		batch := pending[:min(len(pending), flushRows)]
		pending = pending[len(batch):]
		changes := make([]any, 0, 10*len(batch))
		heads := make([]any, 0, 5*len(batch))
		for _, c := range batch {
			changes = append(changes, c.Origin, c.Seq, c.Entity, c.EntityID, c.Field, c.Value, "", c.HLC, c.Nonce, c.Hash)
			heads = append(heads, c.Entity, c.EntityID, c.Field, c.Origin, c.Seq)
		}
		if err := t.execNow(insertChangeSQL(len(batch)), changes); err != nil {
			t.err = fmt.Errorf("append change: %w", err)
			return t.err
		}
		if err := t.execNow(insertHeadSQL(len(batch)), heads); err != nil {
			t.err = err
			return err
		}
	}
	return nil
}

// execNow runs a statement without flushing first (flush's own writes).
func (t *Tx) execNow(query string, args []any) error {
	st, err := t.stmt(query)
	if err == nil {
		_, err = st.ExecContext(t.ctx, args...)
	}
	return err
}

var insertSQL sync.Map // "change 64" -> the statement inserting 64 rows

func insertChangeSQL(rows int) string {
	return insertRowsSQL("change", "origin, seq, entity, entity_id, field, value, parents, hlc, nonce, hash", 10, rows)
}

func insertHeadSQL(rows int) string {
	return insertRowsSQL("head", "entity, entity_id, field, origin, seq", 5, rows)
}

func insertRowsSQL(table, cols string, n, rows int) string {
	key := table + " " + strconv.Itoa(rows)
	if s, ok := insertSQL.Load(key); ok {
		return s.(string)
	}
	row := "(" + strings.TrimSuffix(strings.Repeat("?, ", n), ", ") + ")"
	// OR FAIL: a statement that writes several rows otherwise keeps a
	// statement journal (a temporary file, a third of an import's time) to
	// undo itself; a failure here fails the whole transaction anyway.
	s := "INSERT OR FAIL INTO " + table + " (" + cols + ") VALUES " + strings.TrimSuffix(strings.Repeat(row+", ", rows), ", ")
	insertSQL.Store(key, s)
	return s
}

// cached is the transaction as a querier that prepares each statement once.
type cached struct{ t *Tx }

func (c cached) QueryContext(_ context.Context, query string, args ...any) (*sql.Rows, error) {
	return c.t.query(query, args...)
}

func (c cached) QueryRowContext(_ context.Context, query string, args ...any) *sql.Row {
	return c.t.queryRow(query, args...)
}
