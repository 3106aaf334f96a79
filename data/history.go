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
	Time time.Time // from the change's hybrid clock: when the device made it
	// Device is the id of the device that made the change, DeviceName its
	// name as this database knows it ("" for a device never named here).
	Device, DeviceName string
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
}

// History returns every change of the record kind id, oldest first, also
// of a deleted or forgotten record: what an access request (AVG article
// 15) shows of it.
func (s *Store) History(ctx context.Context, kind, id string) ([]FieldChange, error) {
	k, err := kindOrError(kind)
	if err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT c.hlc, c.origin, coalesce(d.name, ''), c.field, c.value, c.nonce
		FROM change c LEFT JOIN device d ON d.id = c.origin
		WHERE c.entity_id = ? AND c.entity = ? ORDER BY c.hlc, c.origin, c.seq`, id, k.Name)
	if err != nil {
		return nil, fmt.Errorf("history of %s %s: %w", kind, id, err)
	}
	defer rows.Close()
	var out []FieldChange
	for rows.Next() {
		var hlc int64
		var c FieldChange
		var nonce string
		if err := rows.Scan(&hlc, &c.Device, &c.DeviceName, &c.Field, &c.Value, &nonce); err != nil {
			return nil, fmt.Errorf("history of %s %s: %w", kind, id, err)
		}
		c.Time = HLCTime(hlc)
		c.Erased = strings.HasPrefix(nonce, erasedPrefix)
		c.Remote = c.Device != s.device && c.Device != ReferenceOrigin
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("history of %s %s: %w", kind, id, err)
	}
	return out, nil
}
