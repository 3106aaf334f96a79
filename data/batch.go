// This file holds the batching under a Tx: new changes without parents
// wait in t.pending and are written many rows to a statement (flush), every
// other statement flushes first so it sees them, and each statement is
// prepared once per transaction (stmt, cached). What a change is and how it
// is appended are in changelog.go; the Tx itself in tx.go.

package data

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

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
