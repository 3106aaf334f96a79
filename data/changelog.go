// This file holds the rules of the change log as a Tx applies them: where
// this device's chain ends (seq, hash) and its clock stands (hlc), the heads
// of a field, and appending a change that replaces its parents as head. The
// change itself, its hash and clock arithmetic are in change.go; the Tx in
// tx.go; how pending changes are written in batches in batch.go.

package data

import (
	"database/sql"
	"errors"
	"fmt"
	"strconv"
)

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
	return scanChangeIDs(t.query("SELECT origin, seq FROM head WHERE entity_id = ? AND field = ? ORDER BY origin, seq", id, field))
}

// recordHeads returns the heads of every field of a record.
func (t *Tx) recordHeads(id string) ([]ChangeID, error) {
	return scanChangeIDs(t.query("SELECT origin, seq FROM head WHERE entity_id = ? ORDER BY origin, seq", id))
}

// scanChangeIDs reads rows of (origin, seq), the heads a query found.
func scanChangeIDs(rows *sql.Rows, err error) ([]ChangeID, error) {
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
