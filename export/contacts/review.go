package contacts

import (
	"context"
	"time"

	"ketenregie/data"
)

// ReviewAfter is how long a contact may go without a review: contact
// details of professionals are checked at least once a year (AVG: kept
// correct, and no longer than needed).
const ReviewAfter = 12 // months

// ReviewDue returns the contacts not reviewed for twelve months on today:
// their last_reviewed date lies twelve months or more back, or, never
// reviewed, they were created that long ago. They are in Dutch order.
func ReviewDue(ctx context.Context, s *data.Store, today time.Time) ([]data.Record, error) {
	limit := today.AddDate(0, -ReviewAfter, 0).Format("2006-01-02")
	recs, err := s.List(ctx, "contact")
	if err != nil {
		return nil, err
	}
	created := map[string]string{}
	rows, err := s.DB().QueryContext(ctx, `SELECT entity_id, min(hlc) FROM change
		WHERE entity = 'contact' AND field = ? GROUP BY entity_id`, data.FieldExists)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		var hlc int64
		if err := rows.Scan(&id, &hlc); err != nil {
			return nil, err
		}
		created[id] = data.HLCTime(hlc).Format("2006-01-02")
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	var out []data.Record
	for _, r := range recs {
		since := r.Get("last_reviewed")
		if since == "" {
			since = created[r.ID]
		}
		if since != "" && since <= limit {
			out = append(out, r)
		}
	}
	return out, nil
}
