package data

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"io"
	"sort"
	"strconv"
)

// JSONValue gives a stored value its JSON shape: true/false for Bool, a
// number for Int, an array of ids for RefList, a string otherwise.
func JSONValue(f Field, v string) any {
	switch f.Type {
	case Bool:
		return v == "true"
	case Int:
		if n, err := strconv.Atoi(v); err == nil {
			return n
		}
		return nil
	case RefList:
		ids := SplitIDs(v)
		if ids == nil {
			ids = []string{}
		}
		return ids
	}
	return v
}

// RecordJSON is a record as dump, list --json and show --json print it.
func RecordJSON(r Record) map[string]any {
	k := KindNamed(r.Kind)
	m := make(map[string]any, len(k.Fields)+1)
	m["id"] = r.ID
	for _, f := range k.Fields {
		m[f.Name] = JSONValue(f, r.Values[f.Name])
	}
	return m
}

// MarshalCanonical encodes v with sorted keys and no HTML escaping.
func MarshalCanonical(v any) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.Encode(v)
	return bytes.TrimRight(b.Bytes(), "\n")
}

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

// Dump writes all replicated state as canonical JSON: an object with a key
// per kind, each an array of its live records sorted by id, and "conflicts".
// Two databases that hold the same changes print the same bytes.
//
// It reads one snapshot (a read transaction: a write by another process
// while it runs is in it whole or not at all) and writes nothing to w
// until the whole dump is made, so a failure (a damaged database) prints
// no half of it.
func (s *Store) Dump(ctx context.Context, w io.Writer) error {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var buf bytes.Buffer
	bw := &buf
	names := append(KindNames(), "conflicts")
	sort.Strings(names)
	bw.WriteString("{")
	for i, name := range names {
		if i > 0 {
			bw.WriteString(",")
		}
		bw.WriteString("\n" + strconv.Quote(name) + ": [")
		var items [][]byte
		if name == "conflicts" {
			cs, err := conflicts(ctx, tx)
			if err != nil {
				return err
			}
			for _, c := range cs {
				items = append(items, MarshalCanonical(c))
			}
		} else {
			k := KindNamed(name)
			rows, err := tx.QueryContext(ctx, selectFrom(k)+" ORDER BY id")
			if err != nil {
				return err
			}
			recs, err := scanRecords(k, rows)
			if err != nil {
				return err
			}
			for _, r := range recs {
				items = append(items, MarshalCanonical(RecordJSON(r)))
			}
		}
		for j, item := range items {
			if j > 0 {
				bw.WriteString(",")
			}
			bw.WriteString("\n  ")
			bw.Write(item)
		}
		if len(items) > 0 {
			bw.WriteString("\n")
		}
		bw.WriteString("]")
	}
	bw.WriteString("\n}\n")
	_, err = buf.WriteTo(w)
	return err
}
