package data

import (
	"context"
	"database/sql"
	"errors"
	"sort"
	"time"
)

// deletion is the change that deleted a record.
type deletion struct {
	ChangeID
	hlc int64
}

// deletionOf returns the change that deleted a record, if it is deleted.
func deletionOf(ctx context.Context, q querier, id string) (deletion, bool, error) {
	var d deletion
	err := q.QueryRowContext(ctx, `SELECT c.origin, c.seq, c.hlc FROM head h
		JOIN change c ON c.origin = h.origin AND c.seq = h.seq
		WHERE h.entity_id = ? AND h.field = ? AND c.value = 'false'
		ORDER BY c.hlc DESC, c.origin DESC LIMIT 1`, id, FieldExists).Scan(&d.Origin, &d.Seq, &d.hlc)
	if err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return d, false, nil
		}
		return d, false, err
	}
	return d, true, nil
}

// Restore undoes the delete of a record: it comes back with the values it
// had, and so do the records it owned that were deleted with it (by the same
// device, in the same write). Children deleted earlier on their own stay
// deleted. Restoring a live record does nothing.
func (t *Tx) Restore(kind, id string) error {
	k, err := kindOrError(kind)
	if err != nil {
		return err
	}
	if ok, err := t.exists(k, id); err != nil || ok {
		return err
	}
	if gone, err := t.erased(id); err != nil || gone {
		if err == nil {
			err = Said(CodeInvalid, "erased", nil, nil, "deze persoon is vergeten (AVG) en kan niet worden teruggezet").about(k.Name)
		}
		return err
	}
	del, ok, err := deletionOf(t.ctx, cached{t}, id)
	if err != nil {
		return err
	}
	if !ok {
		return Said(CodeNotFound, "not_found_deleted", nil, map[string]string{"Kind": k.Label, "ID": id},
			"geen verwijderde {{.Kind}} met id {{.ID}}").about(k.Name)
	}
	if err := t.Undelete(kind, id); err != nil {
		return err
	}
	return t.restoreOwned(k, id, del)
}

func (t *Tx) restoreOwned(k *Kind, id string, del deletion) error {
	for _, ck := range kinds {
		for _, f := range ck.Fields {
			if !f.Owner || f.Target != k.Name {
				continue
			}
			rows, err := t.query("SELECT DISTINCT entity_id FROM change WHERE entity = ? AND field = ? AND value = ? ORDER BY entity_id",
				ck.Name, f.Name, id)
			if err != nil {
				return err
			}
			var children []string
			for rows.Next() {
				var c string
				if err := rows.Scan(&c); err != nil {
					rows.Close()
					return err
				}
				children = append(children, c)
			}
			rows.Close()
			for _, c := range children {
				cd, ok, err := deletionOf(t.ctx, cached{t}, c)
				if err != nil {
					return err
				}
				if !ok || !sameWrite(cd, del) {
					continue
				}
				if err := t.Undelete(ck.Name, c); err != nil {
					return err
				}
				if err := t.restoreOwned(ck, c, del); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// sameWrite reports whether a child's deletion belongs to the write that
// deleted its owner: one write deletes the children first, then the owner,
// all in the same millisecond of the same device's clock.
func sameWrite(child, owner deletion) bool {
	return child.Origin == owner.Origin && child.Seq < owner.Seq && child.hlc>>16 == owner.hlc>>16
}

// DeletedRecord is a deleted record that can be restored.
type DeletedRecord struct {
	Kind, ID, Title string
	Deleted         time.Time
}

// Deleted lists the deleted records of the given kinds, most recently
// deleted first, with the title they had.
func (s *Store) Deleted(ctx context.Context, kinds ...string) ([]DeletedRecord, error) {
	var out []DeletedRecord
	for _, kind := range kinds {
		k, err := kindOrError(kind)
		if err != nil {
			return nil, err
		}
		// h.field = 'exists' literally, so that the partial index head_exists
		// serves it.
		rows, err := s.db.QueryContext(ctx, `SELECT h.entity_id, max(c.hlc),
			(SELECT tc.value FROM head th JOIN change tc ON tc.origin = th.origin AND tc.seq = th.seq
			 WHERE th.entity_id = h.entity_id AND th.field = ? ORDER BY tc.hlc DESC LIMIT 1)
			FROM head h JOIN change c ON c.origin = h.origin AND c.seq = h.seq
			WHERE h.entity = ? AND h.field = 'exists' AND c.value = 'false'
			AND NOT EXISTS (SELECT 1 FROM `+k.Name+` r WHERE r.id = h.entity_id)
			AND NOT EXISTS (SELECT 1 FROM head e WHERE e.entity_id = h.entity_id AND e.field = 'erased')
			GROUP BY h.entity_id`, k.Title, k.Name)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var d DeletedRecord
			var hlc int64
			var title *string
			if err := rows.Scan(&d.ID, &hlc, &title); err != nil {
				rows.Close()
				return nil, err
			}
			d.Kind, d.Deleted = kind, HLCTime(hlc)
			if title != nil {
				d.Title = *title
			}
			out = append(out, d)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Deleted.After(out[j].Deleted) })
	return out, nil
}
