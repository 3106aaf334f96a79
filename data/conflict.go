// This file holds the open conflicts: what one is (Conflict, its id),
// listing them, reading one, the value its edits started from
// (ConflictBase), and resolving it. When several heads make a conflict,
// and which value shows meanwhile, is decided by materialisation (resolve in
// materialise.go); apply.go counts the conflicts an import opens and closes.

package data

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"sort"
)

// Conflict is a field with more than one head: concurrent edits that no
// later change has resolved. Values are in a fixed order, the provisional
// value (highest clock, then origin) first.
type Conflict struct {
	ID       string   `json:"id"` // stable: the same on every device
	Kind     string   `json:"kind"`
	RecordID string   `json:"record_id"`
	Field    string   `json:"field"`
	Values   []string `json:"values"`
	Origins  []string `json:"-"` // the device of each value, in the same order
}

// ConflictID names the open conflict of one field of one record, the same
// on every device, so "resolve ID" means the same thing everywhere.
func ConflictID(recordID, field string) string {
	sum := sha256.Sum256([]byte(recordID + "\x00" + field))
	return hex.EncodeToString(sum[:6])
}

// Conflicts lists every open conflict, ordered by record id and field.
func (s *Store) Conflicts(ctx context.Context) ([]Conflict, error) { return conflicts(ctx, s.db) }

func conflicts(ctx context.Context, q querier) ([]Conflict, error) {
	rows, err := q.QueryContext(ctx, `SELECT h.entity, h.entity_id, h.field, c.value, c.hlc, c.origin
		FROM head h JOIN change c ON c.origin = h.origin AND c.seq = h.seq
		WHERE (h.entity_id, h.field) IN (SELECT entity_id, field FROM head GROUP BY entity_id, field HAVING count(*) > 1)
		AND h.entity_id NOT IN (SELECT entity_id FROM head WHERE field = 'erased')
		ORDER BY h.entity_id, h.field, c.hlc DESC, c.origin DESC`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Conflict
	for rows.Next() {
		var kind, id, field, value, origin string
		var hlc int64
		if err := rows.Scan(&kind, &id, &field, &value, &hlc, &origin); err != nil {
			return nil, err
		}
		if n := len(out); n > 0 && out[n-1].RecordID == id && out[n-1].Field == field {
			out[n-1].Values = append(out[n-1].Values, value)
			out[n-1].Origins = append(out[n-1].Origins, origin)
			continue
		}
		out = append(out, Conflict{ID: ConflictID(id, field), Kind: kind, RecordID: id, Field: field,
			Values: []string{value}, Origins: []string{origin}})
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	// Heads that agree are no conflict: two devices that wrote the same
	// value (the same figure of a cell, see figure.go) need no choice. The
	// next write of the field names both as its parents and so joins them.
	out = slices.DeleteFunc(out, func(c Conflict) bool {
		for _, v := range c.Values[1:] {
			if v != c.Values[0] {
				return false
			}
		}
		return true
	})
	// Records deleted on one device while edited on another stay alive
	// (see resolve): "elders verwijderd", to keep ("true") or delete ("false").
	for _, k := range kinds {
		rows, err := q.QueryContext(ctx, `SELECT r.id, c.origin FROM `+k.Name+` r
			JOIN head h ON h.entity_id = r.id AND h.field = ?
			JOIN change c ON c.origin = h.origin AND c.seq = h.seq
			WHERE c.value = 'false' AND (SELECT count(*) FROM head x WHERE x.entity_id = r.id AND x.field = ?) = 1`, FieldExists, FieldExists)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var id, origin string
			if err := rows.Scan(&id, &origin); err != nil {
				rows.Close()
				return nil, err
			}
			out = append(out, Conflict{ID: ConflictID(id, FieldExists), Kind: k.Name, RecordID: id, Field: FieldExists,
				Values: []string{"true", "false"}, Origins: []string{"", origin}})
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].RecordID != out[j].RecordID {
			return out[i].RecordID < out[j].RecordID
		}
		return out[i].Field < out[j].Field
	})
	return out, nil
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
