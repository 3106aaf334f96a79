package data

import (
	"strings"
	"sync"
)

// headValue is one head of one field, as the change log holds it.
type headValue struct {
	field   string
	value   string
	hlc     int64
	origin  string
	seq     int64
	parents string // of the change, as stored: "origin:seq ..."
}

// resolve turns the heads of a record into its field values. One head is the
// value. Several heads are a concurrent edit: every device shows the same
// provisional value, the one with the highest (clock, origin), and keeps the
// others as an open conflict.
//
// A delete replaces the heads its device had seen. An edit it had not seen
// (made elsewhere, concurrently) is still a head that the delete does not
// name: the record then stays alive, flagged as deleted elsewhere
// (FieldDeletedElsewhere), until someone keeps or deletes it knowingly.
//
// This is the rule of what a conflict is; listing, reading and resolving
// open conflicts is in conflict.go.
func resolve(heads []headValue) map[string]string {
	best := map[string]headValue{}
	for _, h := range heads {
		b, ok := best[h.field]
		if !ok || h.hlc > b.hlc || (h.hlc == b.hlc && h.origin > b.origin) {
			best[h.field] = h
		}
	}
	vals := make(map[string]string, len(best))
	for f, h := range best {
		vals[f] = h.value
	}
	if e, ok := best[FieldErased]; ok && e.value == "true" {
		return map[string]string{FieldExists: "false", FieldErased: "true"} // forgotten, whatever else happened
	}
	if del, ok := best[FieldExists]; ok && del.value == "false" {
		seen := map[string]bool{}
		for _, p := range strings.Fields(del.parents) {
			seen[p] = true
		}
		for _, h := range heads {
			if h.field != FieldExists && h.field != FieldErased && !seen[ChangeID{h.origin, h.seq}.String()] {
				vals[FieldExists] = "true"
				vals[FieldDeletedElsewhere] = "true"
				break
			}
		}
	}
	return vals
}

// FieldDeletedElsewhere is not stored: resolve sets it on a record that was
// deleted on another device while it was being edited here (or the other
// way round), so the record stays, for the user to keep or delete.
const FieldDeletedElsewhere = "deleted_elsewhere"

// alive says whether resolved values describe a live record.
func alive(vals map[string]string) bool { return vals[FieldExists] == "true" }

// refresh makes a record's row match its heads: upserted while it lives,
// removed when deleted. It is the only writer of the record tables.
func (t *Tx) refresh(k *Kind, id string) error {
	_, err := t.refreshState(k, id)
	return err
}

// refreshState is refresh that also says what the record now is (for the
// import report), from the same read of its heads.
func (t *Tx) refreshState(k *Kind, id string) (recordState, error) {
	heads, err := t.headValues(id)
	if err != nil {
		return recordState{}, err
	}
	st := stateOf(heads)
	if k == nil {
		return st, nil
	}
	return st, t.writeRow(k, id, resolve(heads))
}

// headValues reads the heads of a record with their values.
func (t *Tx) headValues(id string) ([]headValue, error) {
	rows, err := t.query(`SELECT h.field, c.value, c.hlc, c.origin, c.seq, c.parents FROM head h
		JOIN change c ON c.origin = h.origin AND c.seq = h.seq WHERE h.entity_id = ? ORDER BY h.field, c.origin, c.seq`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var heads []headValue
	for rows.Next() {
		var h headValue
		if err := rows.Scan(&h.field, &h.value, &h.hlc, &h.origin, &h.seq, &h.parents); err != nil {
			return nil, err
		}
		heads = append(heads, h)
	}
	return heads, rows.Err()
}

func (t *Tx) writeRow(k *Kind, id string, vals map[string]string) error {
	t.markLive(k, id, alive(vals))
	if !alive(vals) {
		_, err := t.exec("DELETE FROM "+k.Name+" WHERE id = ?", id)
		return err
	}
	args := make([]any, 0, len(k.Fields)+2)
	args = append(args, id)
	for _, f := range k.Fields {
		v, ok := vals[f.Name]
		if !ok {
			v = emptyValue(f)
		}
		args = append(args, v)
	}
	args = append(args, sortKey(vals[k.Title]))
	_, err := t.exec(upsertSQL(k), args...)
	return err
}

// emptyValue is what a column holds for a field never written.
func emptyValue(f Field) string {
	if f.Type == Bool {
		return "false"
	}
	return ""
}

var upserts sync.Map

func upsertSQL(k *Kind) string {
	if s, ok := upserts.Load(k.Name); ok {
		return s.(string)
	}
	cols := append([]string{"id"}, k.FieldNames()...)
	cols = append(cols, "sort_key")
	marks := strings.TrimSuffix(strings.Repeat("?, ", len(cols)), ", ")
	sets := make([]string, 0, len(cols)-1)
	for _, c := range cols[1:] {
		sets = append(sets, c+" = excluded."+c)
	}
	s := "INSERT INTO " + k.Name + " (" + strings.Join(cols, ", ") + ") VALUES (" + marks +
		") ON CONFLICT (id) DO UPDATE SET " + strings.Join(sets, ", ")
	upserts.Store(k.Name, s)
	return s
}
