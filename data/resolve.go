package data

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
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
	c, err := s.Conflict(ctx, conflictID)
	if err != nil {
		return Conflict{}, err
	}
	err = s.Write(ctx, func(t *Tx) error { return t.resolveField(c.Kind, c.RecordID, c.Field, value) })
	return c, err
}

// Conflict returns the open conflict with the id Conflicts gave it.
func (s *Store) Conflict(ctx context.Context, conflictID string) (Conflict, error) {
	conflicts, err := s.Conflicts(ctx)
	if err != nil {
		return Conflict{}, err
	}
	for _, c := range conflicts {
		if c.ID == conflictID {
			return c, nil
		}
	}
	return Conflict{}, Said(CodeNotFound, "conflict_not_found", nil, map[string]string{"ID": conflictID}, "geen open conflict met id {{.ID}}")
}

func (t *Tx) resolveField(kind, id, field, value string) error {
	k, err := kindOrError(kind)
	if err != nil {
		return err
	}
	if field == FieldExists && value == "false" {
		// Deleting a record deleted elsewhere: now knowingly, having seen
		// every edit, so the delete names every head of the record.
		if ok, err := t.exists(k, id); err != nil || !ok {
			return err
		}
		return t.Delete(kind, id)
	}
	parents, err := t.heads(id, field)
	if err != nil {
		return err
	}
	if field != FieldExists {
		old, err := getRecord(t.ctx, cached{t}, k, id)
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

// ConflictBase is the value the conflicting edits started from: their
// latest common ancestor in the field's history. ok is false when the
// values have no common ancestor (two devices set a field both had empty).
func (s *Store) ConflictBase(ctx context.Context, c Conflict) (value string, ok bool, err error) {
	heads, err := headsOf(ctx, s.db, c.RecordID, c.Field)
	if err != nil || len(heads) < 2 {
		return "", false, err
	}
	type info struct {
		value   string
		hlc     int64
		parents []ChangeID
	}
	cache := map[ChangeID]info{}
	get := func(id ChangeID) (info, error) {
		if in, ok := cache[id]; ok {
			return in, nil
		}
		var in info
		var parents, field string
		if err := s.db.QueryRowContext(ctx, "SELECT value, hlc, parents, field FROM change WHERE origin = ? AND seq = ?",
			id.Origin, id.Seq).Scan(&in.value, &in.hlc, &parents, &field); err != nil {
			return in, err
		}
		ps, err := parseParents(parents)
		if err != nil {
			return in, err
		}
		for _, p := range ps { // only the field's own history: a delete names every field
			var f string
			if s.db.QueryRowContext(ctx, "SELECT field FROM change WHERE origin = ? AND seq = ?", p.Origin, p.Seq).Scan(&f) == nil && f == c.Field {
				in.parents = append(in.parents, p)
			}
		}
		cache[id] = in
		return in, nil
	}
	ancestors := func(head ChangeID) (map[ChangeID]bool, error) {
		seen := map[ChangeID]bool{}
		todo := []ChangeID{head}
		for len(todo) > 0 {
			id := todo[len(todo)-1]
			todo = todo[:len(todo)-1]
			if seen[id] {
				continue
			}
			seen[id] = true
			in, err := get(id)
			if err != nil {
				return nil, err
			}
			todo = append(todo, in.parents...)
		}
		return seen, nil
	}
	common, err := ancestors(heads[0])
	if err != nil {
		return "", false, err
	}
	for _, h := range heads[1:] {
		other, err := ancestors(h)
		if err != nil {
			return "", false, err
		}
		for id := range common {
			if !other[id] {
				delete(common, id)
			}
		}
	}
	var best ChangeID
	var bestHLC int64 = -1
	for id := range common {
		in := cache[id]
		if in.hlc > bestHLC || (in.hlc == bestHLC && id.String() > best.String()) {
			best, bestHLC = id, in.hlc
		}
	}
	if bestHLC < 0 {
		return "", false, nil
	}
	return cache[best].value, true, nil
}
