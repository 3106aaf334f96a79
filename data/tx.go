// This file holds the write transaction: the Tx type, Store.Write that
// runs and commits it, and its clock (Now, Today). The rules of the change
// log it appends to are in changelog.go; the batching that writes its
// changes many rows to a statement, and its prepared statements, are in
// batch.go.

package data

import (
	"context"
	"database/sql"
	"strconv"
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
