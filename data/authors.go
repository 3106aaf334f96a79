package data

import (
	"context"
	"strings"
)

// FieldAuthors says, for each field of the record with id, the name of
// the device whose change of it is shown now (the change that wins, as
// materialise picks it): what a form says when a colleague's change
// arrives while the user is editing the same record. A change of this
// device is named by its own name; a device never named, by its id's
// first part; a device whose coordinator is known, as ColleagueName says.
func (s *Store) FieldAuthors(ctx context.Context, id string) (map[string]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT h.field, c.origin, c.hlc, coalesce(d.name, ''), coalesce(d.person, '') FROM head h
		JOIN change c ON c.origin = h.origin AND c.seq = h.seq
		LEFT JOIN device d ON d.id = c.origin
		WHERE h.entity_id = ?`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	type win struct {
		origin, name string
		hlc          int64
	}
	best := map[string]win{}
	for rows.Next() {
		var field, person string
		var w win
		if err := rows.Scan(&field, &w.origin, &w.hlc, &w.name, &person); err != nil {
			return nil, err
		}
		if w.name != "" {
			w.name = ColleagueName(w.name, person)
		}
		if b, ok := best[field]; !ok || w.hlc > b.hlc || (w.hlc == b.hlc && w.origin > b.origin) {
			best[field] = w
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	out := make(map[string]string, len(best))
	for f, w := range best {
		name := w.name
		if name == "" {
			name, _, _ = strings.Cut(w.origin, "-")
		}
		out[f] = name
	}
	return out, nil
}
