package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"sync"
)

// Record is one live record of any kind, its fields in canonical form.
type Record struct {
	Kind   string
	ID     string
	Values map[string]string
}

// Get returns a field's value ("" when not set).
func (r Record) Get(field string) string { return r.Values[field] }

// List returns the ids of a RefList field, or the codes of an EnumList one.
func (r Record) List(field string) []string { return SplitIDs(r.Values[field]) }

// SplitIDs splits a RefList value into its ids.
func SplitIDs(v string) []string {
	if v == "" {
		return nil
	}
	return strings.Split(v, ",")
}

// JoinIDs makes a RefList value from ids (in any order).
func JoinIDs(ids []string) string {
	v, _ := canonical(&Kind{}, Field{Type: RefList}, strings.Join(ids, ","))
	return v
}

// querier is what both *sql.DB and *sql.Tx offer for reading.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

var selectSQL sync.Map // kind name -> "SELECT id, f1, ... FROM kind"

func selectFrom(k *Kind) string {
	if s, ok := selectSQL.Load(k.Name); ok {
		return s.(string)
	}
	s := "SELECT id, " + strings.Join(k.FieldNames(), ", ") + " FROM " + k.Name
	selectSQL.Store(k.Name, s)
	return s
}

func scanRecords(k *Kind, rows *sql.Rows) ([]Record, error) {
	defer rows.Close()
	var out []Record
	dest := make([]any, len(k.Fields)+1)
	vals := make([]string, len(k.Fields)+1)
	for i := range dest {
		dest[i] = &vals[i]
	}
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return nil, err
		}
		r := Record{Kind: k.Name, ID: vals[0], Values: make(map[string]string, len(k.Fields))}
		for i, f := range k.Fields {
			r.Values[f.Name] = vals[i+1]
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

func getRecord(ctx context.Context, q querier, k *Kind, id string) (Record, error) {
	rows, err := q.QueryContext(ctx, selectFrom(k)+" WHERE id = ?", id)
	if err != nil {
		return Record{}, err
	}
	recs, err := scanRecords(k, rows)
	if err != nil {
		return Record{}, err
	}
	if len(recs) == 0 {
		return Record{}, Said(CodeNotFound, "not_found", nil, map[string]string{"Kind": k.Label, "ID": id}, "geen {{.Kind}} met id {{.ID}}").about(k.Name)
	}
	return recs[0], nil
}

func kindOrError(name string) (*Kind, error) {
	k := KindNamed(name)
	if k == nil {
		return nil, &Error{Code: CodeInvalid, Reason: "kind",
			Msg: fmt.Sprintf("onbekende soort %q (kies uit: %s)", name, strings.Join(KindNames(), ", "))}
	}
	return k, nil
}

// Get reads one live record.
func (s *Store) Get(ctx context.Context, kind, id string) (Record, error) {
	k, err := kindOrError(kind)
	if err != nil {
		return Record{}, err
	}
	return getRecord(ctx, s.db, k, id)
}

// Get reads one live record inside the transaction.
func (t *Tx) Get(kind, id string) (Record, error) {
	k, err := kindOrError(kind)
	if err != nil {
		return Record{}, err
	}
	return getRecord(t.ctx, cached{t}, k, id)
}

// List returns every live record of a kind in Dutch order of its title.
func (s *Store) List(ctx context.Context, kind string) ([]Record, error) {
	return s.ListWhere(ctx, kind, "")
}

// ListWhere returns the live records of a kind for which field equals value
// (every record when field is empty), in Dutch order of their title, or by
// position for ordered kinds.
func (s *Store) ListWhere(ctx context.Context, kind, field string, value ...string) ([]Record, error) {
	k, err := kindOrError(kind)
	if err != nil {
		return nil, err
	}
	q := selectFrom(k)
	var args []any
	if field != "" {
		if _, ok := k.Field(field); !ok {
			return nil, fmt.Errorf("list %s: no field %s", kind, field)
		}
		q += " WHERE " + field + " = ?"
		args = append(args, strings.Join(value, ""))
	}
	if _, ok := k.Field("position"); ok {
		q += " ORDER BY position, id"
	} else {
		q += " ORDER BY sort_key, id"
	}
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	return scanRecords(k, rows)
}

// Exists reports whether a live record of kind has this id.
func (t *Tx) exists(k *Kind, id string) (bool, error) {
	if t.live[liveKey{k.Name, id}] {
		return true, nil // an import names the same organisation many times
	}
	var one int
	err := t.queryRow("SELECT 1 FROM "+k.Name+" WHERE id = ?", id).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err == nil {
		t.markLive(k, id, true)
	}
	return err == nil, err
}

// IDsWhere returns the ids of the live records of a kind whose field holds
// value: equals it, or for a list of references, contains it.
func (s *Store) IDsWhere(ctx context.Context, kind, field, value string) (map[string]bool, error) {
	k, err := kindOrError(kind)
	if err != nil {
		return nil, err
	}
	f, ok := k.Field(field)
	if !ok {
		return nil, fmt.Errorf("ids of %s: no field %s", kind, field)
	}
	cond := field + " = ?"
	if f.Type == RefList {
		cond = "instr(',' || " + field + " || ',', ',' || ? || ',') > 0"
	}
	rows, err := s.db.QueryContext(ctx, "SELECT id FROM "+k.Name+" WHERE "+cond, value)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]bool{}
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out[id] = true
	}
	return out, rows.Err()
}
