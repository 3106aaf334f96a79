package data

import (
	"context"
	"strings"
)

// Erasing a person (AVG, "Vergeet deze persoon"): the record is deleted
// and every value it ever had is blanked in the change log, here and in
// every database that imports the erasure. The hash chain stays
// verifiable: an erased change keeps the digest of its value in place of
// its nonce. An old file that still holds the values brings nothing back,
// because changes already held are never replaced by a file's copy.

// FieldErased is the pseudo-field whose change erases a record everywhere.
const FieldErased = "erased"

// erasedPrefix marks the nonce of an erased change; the value's digest follows.
const erasedPrefix = "erased:"

// ErasableKinds are the kinds that hold personal data.
var ErasableKinds = []string{"contact"}

// Erase deletes a record and blanks its values in the change log, for good.
func (s *Store) Erase(ctx context.Context, kind, id string) error {
	if err := s.Write(ctx, func(t *Tx) error { return t.Erase(kind, id) }); err != nil {
		return err
	}
	return s.Forget(ctx)
}

// Forget moves the write-ahead log into the database file and empties it,
// so values blanked by an erasure are gone from the files on disk as well
// (secure_delete zeroes them in the database itself).
func (s *Store) Forget(ctx context.Context) error {
	_, err := s.db.ExecContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)")
	return err
}

// Erase deletes a record and blanks its values in the change log, for good.
func (t *Tx) Erase(kind, id string) error {
	k, err := kindOrError(kind)
	if err != nil {
		return err
	}
	erasable := false
	for _, e := range ErasableKinds {
		erasable = erasable || e == kind
	}
	if !erasable {
		return Said(CodeInvalid, "not_erasable", nil, map[string]string{"Kinds": k.Plural},
			"alleen personen kunnen vergeten worden, geen {{.Kinds}}").about(k.Name)
	}
	alive, err := t.exists(k, id)
	if err != nil {
		return err
	}
	if alive {
		if err := t.Delete(kind, id); err != nil {
			return err
		}
	} else if _, ok, err := deletionOf(t.ctx, cached{t}, id); err != nil || !ok {
		if err == nil {
			err = Said(CodeNotFound, "not_found", nil, map[string]string{"Kind": k.Label, "ID": id}, "geen {{.Kind}} met id {{.ID}}").about(k.Name)
		}
		return err
	}
	parents, err := t.heads(id, FieldErased)
	if err != nil {
		return err
	}
	if err := t.appendChange(k.Name, id, FieldErased, "true", parents); err != nil {
		return err
	}
	if err := t.purge(id); err != nil {
		return err
	}
	return t.refresh(k, id)
}

// erased reports whether a record has been erased.
func (t *Tx) erased(id string) (bool, error) {
	var n int
	err := t.queryRow("SELECT count(*) FROM change WHERE entity_id = ? AND field = ? AND value = 'true'", id, FieldErased).Scan(&n)
	return n > 0, err
}

// purge blanks every value of a record in the change log, keeping each
// value's digest so the hash chains still verify.
func (t *Tx) purge(id string) error {
	rows, err := t.query("SELECT origin, seq, value, nonce FROM change WHERE entity_id = ? AND field NOT IN (?, ?) AND nonce NOT LIKE ?",
		id, FieldExists, FieldErased, erasedPrefix+"%")
	if err != nil {
		return err
	}
	type blank struct {
		origin string
		seq    int64
		digest string
	}
	var todo []blank
	for rows.Next() {
		var c Change
		if err := rows.Scan(&c.Origin, &c.Seq, &c.Value, &c.Nonce); err != nil {
			rows.Close()
			return err
		}
		todo = append(todo, blank{c.Origin, c.Seq, c.ValueDigest()})
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, b := range todo {
		if _, err := t.exec("UPDATE change SET value = '', nonce = ? WHERE origin = ? AND seq = ?", erasedPrefix+b.digest, b.origin, b.seq); err != nil {
			return err
		}
	}
	return nil
}

// isErasedNonce reports whether a nonce marks an erased change, and gives
// the value's digest it keeps.
func isErasedNonce(nonce string) (string, bool) {
	if strings.HasPrefix(nonce, erasedPrefix) {
		return strings.TrimPrefix(nonce, erasedPrefix), true
	}
	return "", false
}
