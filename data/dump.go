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
// number for Int, an array of ids for RefList and of codes for EnumList, a
// string otherwise.
func JSONValue(f Field, v string) any {
	switch f.Type {
	case Bool:
		return v == "true"
	case Int:
		if n, err := strconv.Atoi(v); err == nil {
			return n
		}
		return nil
	case RefList, EnumList:
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
