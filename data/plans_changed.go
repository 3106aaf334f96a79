package data

import (
	"context"
	"time"
)

// PlansChanged returns, for every live plan, when it or anything in it (its
// chapters, their text blocks, its actions and its version log) last
// changed, for the "laatst gewijzigd" column of the plan list. The time is
// the wall-clock part of the newest change's clock, so edits that arrived
// from another coordinator count from when they were made.
func (s *Store) PlansChanged(ctx context.Context) (map[string]time.Time, error) {
	rows, err := s.db.QueryContext(ctx, `WITH part (plan_id, id) AS (
			SELECT id, id FROM plan
			UNION ALL SELECT plan_id, id FROM section
			UNION ALL SELECT s.plan_id, b.id FROM block b JOIN section s ON s.id = b.section_id
			UNION ALL SELECT plan_id, id FROM action
			UNION ALL SELECT plan_id, id FROM planversion)
		SELECT p.plan_id, max(c.hlc) FROM part p JOIN change c ON c.entity_id = p.id
		GROUP BY p.plan_id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]time.Time{}
	for rows.Next() {
		var id string
		var hlc int64
		if err := rows.Scan(&id, &hlc); err != nil {
			return nil, err
		}
		out[id] = HLCTime(hlc)
	}
	return out, rows.Err()
}
