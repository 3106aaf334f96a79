package data

import (
	"context"
	"fmt"
	"time"
)

// ReviewAfter is how many months a contact may go without a review:
// contact details of professionals are checked at least once a year (AVG:
// kept correct, and no longer than needed).
const ReviewAfter = 12

// FirstSeen returns, by id, when each record of kind, live or deleted,
// first appears in the change log: when it was made, on whichever device.
func (s *Store) FirstSeen(ctx context.Context, kind string) (map[string]time.Time, error) {
	k, err := kindOrError(kind)
	if err != nil {
		return nil, err
	}
	return firstSeen(ctx, s.db, k)
}

func firstSeen(ctx context.Context, q querier, k *Kind) (map[string]time.Time, error) {
	rows, err := q.QueryContext(ctx, `SELECT entity_id, min(hlc) FROM change
		WHERE entity = ? AND field = ? GROUP BY entity_id`, k.Name, FieldExists)
	if err != nil {
		return nil, fmt.Errorf("first seen %s: %w", k.Plural, err)
	}
	defer rows.Close()
	out := map[string]time.Time{}
	for rows.Next() {
		var id string
		var hlc int64
		if err := rows.Scan(&id, &hlc); err != nil {
			return nil, fmt.Errorf("first seen %s: %w", k.Plural, err)
		}
		out[id] = HLCTime(hlc)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("first seen %s: %w", k.Plural, err)
	}
	return out, nil
}

// ReviewDue returns the contacts not reviewed for ReviewAfter months on
// today: their last_reviewed date lies that far back or further, or, never
// reviewed, they were made that long ago. They are in Dutch order.
//
// It reads twice without a transaction of its own, so that it works on a
// Snapshot too (which is one already): a contact made between the reads
// has no first-seen time yet, and is not due.
func (s *Store) ReviewDue(ctx context.Context, today time.Time) ([]Record, error) {
	limit := today.AddDate(0, -ReviewAfter, 0).Format("2006-01-02")
	recs, err := s.List(ctx, "contact")
	if err != nil {
		return nil, err
	}
	made, err := firstSeen(ctx, s.db, KindNamed("contact"))
	if err != nil {
		return nil, err
	}
	var out []Record
	for _, r := range recs {
		since := r.Get("last_reviewed")
		if since == "" {
			if t, ok := made[r.ID]; ok {
				since = t.Format("2006-01-02")
			}
		}
		if since != "" && since <= limit {
			out = append(out, r)
		}
	}
	return out, nil
}
