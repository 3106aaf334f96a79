package data

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
)

// ConflictID names the open conflict of one field of one record, the same
// on every device, so "resolve ID" means the same thing everywhere.
func ConflictID(recordID, field string) string {
	sum := sha256.Sum256([]byte(recordID + "\x00" + field))
	return hex.EncodeToString(sum[:6])
}

// Resolve closes an open conflict with value: a change of the field whose
// parents are all its heads. It travels like any change and closes the
// conflict wherever it arrives; two different resolutions made apart are a
// new conflict.
func (s *Store) Resolve(ctx context.Context, conflictID, value string) (Conflict, error) {
	conflicts, err := s.Conflicts(ctx)
	if err != nil {
		return Conflict{}, err
	}
	for _, c := range conflicts {
		if c.ID != conflictID {
			continue
		}
		err := s.Write(ctx, func(t *Tx) error { return t.resolveField(c.Kind, c.RecordID, c.Field, value) })
		return c, err
	}
	return Conflict{}, &Error{Code: CodeNotFound, Msg: fmt.Sprintf("geen open conflict met id %s", conflictID)}
}

func (t *Tx) resolveField(kind, id, field, value string) error {
	k, err := kindOrError(kind)
	if err != nil {
		return err
	}
	parents, err := t.heads(id, field)
	if err != nil {
		return err
	}
	if field != FieldExists {
		old, err := getRecord(t.ctx, t.tx, k, id)
		if err != nil {
			return err
		}
		vals, err := t.validate(k, id, old.Values, map[string]string{field: value})
		if err != nil {
			return err
		}
		value = vals[field]
	}
	if err := t.appendChange(k.Name, id, field, value, parents); err != nil {
		return err
	}
	return t.refresh(k, id)
}
