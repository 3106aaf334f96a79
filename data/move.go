package data

import (
	"fmt"
	"strings"
)

// Moving and creating at a place among siblings: sections in a plan (and
// under their parent section), blocks in a section, actions in a plan.
// The window and the command line (move KIND ID INDEX) both order through
// these, so an order made in one reads the same in the other.

// PositionAt is the position that puts a record at index among siblings
// (which do not include it). It is false when the neighbours leave no room
// between them (equal keys, as two coordinators' inserts can make), and the
// siblings must be laid out anew.
func PositionAt(siblings []Record, index int) (string, bool) {
	a, b := "", ""
	if index > 0 && index <= len(siblings) {
		a = siblings[index-1].Get("position")
		if !ValidPosition(a) {
			return "", false
		}
	}
	if index >= 0 && index < len(siblings) {
		b = siblings[index].Get("position")
		if !ValidPosition(b) {
			return "", false
		}
	}
	if a != "" && b != "" && a >= b {
		return "", false
	}
	return Between(a, b), true
}

// Place moves record id of kind to index among siblings (not including
// it), changing the fields in extra too. Usually that is one change of the
// position; only when the neighbours leave no room are all siblings given
// new positions, still in this transaction.
func (t *Tx) Place(kind, id string, siblings []Record, index int, extra map[string]string) error {
	vals := map[string]string{}
	for k, v := range extra {
		vals[k] = v
	}
	if pos, ok := PositionAt(siblings, index); ok {
		vals["position"] = pos
		return t.Update(kind, id, vals)
	}
	index = max(0, min(index, len(siblings)))
	keys := Spread(len(siblings) + 1)
	order := make([]string, 0, len(siblings)+1)
	for _, s := range siblings[:index] {
		order = append(order, s.ID)
	}
	order = append(order, id)
	for _, s := range siblings[index:] {
		order = append(order, s.ID)
	}
	for i, rid := range order {
		v := map[string]string{"position": keys[i]}
		if rid == id {
			for k, x := range vals {
				v[k] = x
			}
		}
		if err := t.Update(kind, rid, v); err != nil {
			return err
		}
	}
	return nil
}

// InsertAt creates a record of kind at index among siblings.
func (t *Tx) InsertAt(kind string, siblings []Record, index int, values map[string]string) (string, error) {
	vals := map[string]string{}
	for k, v := range values {
		vals[k] = v
	}
	pos, ok := PositionAt(siblings, index)
	if ok {
		vals["position"] = pos
	}
	id, err := t.Create(kind, vals)
	if err != nil || ok {
		return id, err
	}
	return id, t.Place(kind, id, siblings, index, nil)
}

// Move puts record id of an ordered kind at index (0 first) among the
// records it is ordered with (those sharing its Kind.Siblings fields); an
// index past the end puts it last.
func (t *Tx) Move(kind, id string, index int) error {
	k, err := kindOrError(kind)
	if err != nil {
		return err
	}
	if len(k.Siblings) == 0 {
		return Said(CodeInvalid, "not_ordered", nil, map[string]string{"Kind": k.Label}, "een {{.Kind}} heeft geen volgorde").about(k.Name)
	}
	if index < 0 {
		return Said(CodeInvalid, "bad_index", nil, map[string]string{"Index": fmt.Sprint(index)}, "plaats {{.Index}}: tel vanaf 0").about(k.Name)
	}
	rec, err := t.Get(kind, id)
	if err != nil {
		return err
	}
	siblings, err := t.siblings(k, rec)
	if err != nil {
		return err
	}
	rest := siblings[:0:0]
	for _, s := range siblings {
		if s.ID != id {
			rest = append(rest, s)
		}
	}
	return t.Place(kind, id, rest, min(index, len(rest)), nil)
}

// siblings are the live records of k ordered together with rec, by position.
func (t *Tx) siblings(k *Kind, rec Record) ([]Record, error) {
	var where []string
	var args []any
	for _, f := range k.Siblings {
		where = append(where, f+" = ?")
		args = append(args, rec.Get(f))
	}
	rows, err := t.query(selectFrom(k)+" WHERE "+strings.Join(where, " AND ")+" ORDER BY position, id", args...)
	if err != nil {
		return nil, err
	}
	return scanRecords(k, rows)
}
