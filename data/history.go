package data

import (
	"context"
	"fmt"
	"strings"
	"time"
)

// FieldChange is one entry of a record's history in the change log: a
// field set to a value, at a time, on a device.
type FieldChange struct {
	ID   ChangeID
	Time time.Time // from the change's hybrid clock: when the device made it
	// Device is the id of the device that made the change, DeviceName its
	// name as this database knows it ("" for a device never named here),
	// Person the name of the colleague who works on it ("" when not told).
	Device, DeviceName, Person string
	// Field is a field's name, or FieldExists (made, deleted or restored)
	// or FieldErased (forgotten).
	Field string
	Value string
	// Erased: the value was blanked when the record was forgotten (AVG);
	// Value is then "".
	Erased bool
	// Remote: made on another device and taken in from an exchange file
	// (not the reference data every copy of the program holds).
	Remote bool
	// Old are the values this change replaced: none for a field's first
	// value, one for an edit, more when it settled a conflict. OldErased
	// says which of them were blanked when the record was forgotten.
	Old       []string
	OldErased []bool
	// Concurrent: made without knowing of another change of the same field
	// (on another device, before the two exchanged files): a conflict.
	// Resolves: it replaced more than one value, settling a conflict.
	Concurrent, Resolves bool
}

// History returns every change of the record kind id, oldest first, also
// of a deleted or forgotten record: what an access request (AVG article
// 15) shows of it.
func (s *Store) History(ctx context.Context, kind, id string) ([]FieldChange, error) {
	k, err := kindOrError(kind)
	if err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT c.hlc, c.origin, c.seq, coalesce(d.name, ''), coalesce(d.person, ''),
		c.field, c.value, c.nonce, c.parents
		FROM change c LEFT JOIN device d ON d.id = c.origin
		WHERE c.entity_id = ? AND c.entity = ? ORDER BY c.hlc, c.origin, c.seq`, id, k.Name)
	if err != nil {
		return nil, fmt.Errorf("history of %s %s: %w", kind, id, err)
	}
	defer rows.Close()
	var out []FieldChange
	parents := map[ChangeID][]ChangeID{}
	for rows.Next() {
		var hlc int64
		var c FieldChange
		var nonce, ps string
		if err := rows.Scan(&hlc, &c.Device, &c.ID.Seq, &c.DeviceName, &c.Person, &c.Field, &c.Value, &nonce, &ps); err != nil {
			return nil, fmt.Errorf("history of %s %s: %w", kind, id, err)
		}
		c.ID.Origin = c.Device
		c.Time = HLCTime(hlc)
		c.Erased = strings.HasPrefix(nonce, erasedPrefix)
		c.Remote = c.Device != s.device && c.Device != ReferenceOrigin
		if parents[c.ID], err = parseParents(ps); err != nil {
			return nil, fmt.Errorf("history of %s %s: %w", kind, id, err)
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("history of %s %s: %w", kind, id, err)
	}
	relate(out, parents)
	return out, nil
}

// relate fills in what each change replaced, and which changes were made
// side by side without knowing of each other.
func relate(out []FieldChange, parents map[ChangeID][]ChangeID) {
	byID := make(map[ChangeID]*FieldChange, len(out))
	for i := range out {
		byID[out[i].ID] = &out[i]
	}
	for i := range out {
		c := &out[i]
		for _, p := range parents[c.ID] {
			if old, ok := byID[p]; ok {
				c.Old = append(c.Old, old.Value)
				c.OldErased = append(c.OldErased, old.Erased)
			}
		}
		c.Resolves = len(c.Old) > 1
	}
	// ancestors of a change among the changes of its field
	var ancestors func(id ChangeID, seen map[ChangeID]bool)
	ancestors = func(id ChangeID, seen map[ChangeID]bool) {
		for _, p := range parents[id] {
			if !seen[p] {
				seen[p] = true
				ancestors(p, seen)
			}
		}
	}
	byField := map[string][]*FieldChange{}
	for i := range out {
		byField[out[i].Field] = append(byField[out[i].Field], &out[i])
	}
	for _, cs := range byField {
		if len(cs) < 2 {
			continue
		}
		before := make(map[ChangeID]map[ChangeID]bool, len(cs))
		for _, c := range cs {
			before[c.ID] = map[ChangeID]bool{}
			ancestors(c.ID, before[c.ID])
		}
		for i, a := range cs {
			for _, b := range cs[i+1:] {
				if !before[a.ID][b.ID] && !before[b.ID][a.ID] {
					a.Concurrent, b.Concurrent = true, true
				}
			}
		}
	}
}

// Colleague names who made the change as Collega's shows colleagues: the
// person and the device's name, the name alone, or the start of the
// device's id for a device never named here; the reference data every
// copy holds was made by Ketenregie.
func (c FieldChange) Colleague() string {
	switch {
	case c.Device == ReferenceOrigin:
		return "Ketenregie" // the reference data it ships
	case c.Person != "" && c.DeviceName != "":
		return c.Person + " (" + c.DeviceName + ")"
	case c.DeviceName != "":
		return c.DeviceName
	case len(c.Device) > 8:
		return c.Device[:8]
	}
	return c.Device
}
