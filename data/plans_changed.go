package data

import (
	"context"
	"database/sql"
	"fmt"
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

// PlanVersionState is when a plan last changed and when its last version
// was made, so a print can tell a version from a working copy.
type PlanVersionState struct {
	// Version is the number of the version made last, "" when the plan
	// has none in its versiebeheer, and VersionID the id of its row.
	Version, VersionID string
	// Made is when that version's row was written, Changed when the plan,
	// a chapter (also a deleted one), a text block or an action last
	// changed. Both are the wall-clock part of a change clock, to the
	// millisecond.
	Made, Changed time.Time
}

// Working reports whether the plan is a working copy: it has no version,
// or something in it changed after the last version was made. What the
// transaction that made the version wrote besides it (the plan's new
// number, its adoption) carries the same millisecond and so belongs to
// that version.
func (v PlanVersionState) Working() bool {
	return v.Version == "" || v.Changed.After(v.Made)
}

// PlanVersionState reads when plan planID last changed and which version
// it had last. The version log and the plan's own number do not count as
// changes: they say which version the text is, they do not change it (and
// so 'set plan ID version=0.5' after 'add planversion' leaves version 0.5
// as made). A chapter,
// block or action that was deleted still counts, so it is found through
// the change log (its exists head and the plan or chapter it was written
// under) rather than the record tables, which no longer hold it.
func (s *Store) PlanVersionState(ctx context.Context, planID string) (PlanVersionState, error) {
	if _, err := s.Get(ctx, "plan", planID); err != nil {
		return PlanVersionState{}, err
	}
	var changed int64
	var version, versionID sql.NullString
	var made sql.NullInt64
	err := s.db.QueryRowContext(ctx, `WITH
		sec (id) AS (
			SELECT h.entity_id FROM head h
			JOIN change c ON c.entity_id = h.entity_id AND c.field = 'plan_id'
			WHERE h.entity = 'section' AND h.field = ?2 AND c.value = ?1),
		part (id) AS (
			SELECT ?1
			UNION SELECT id FROM sec
			UNION SELECT h.entity_id FROM head h
				JOIN change c ON c.entity_id = h.entity_id AND c.field = 'section_id'
				WHERE h.entity = 'block' AND h.field = ?2 AND c.value IN (SELECT id FROM sec)
			UNION SELECT h.entity_id FROM head h
				JOIN change c ON c.entity_id = h.entity_id AND c.field = 'plan_id'
				WHERE h.entity = 'action' AND h.field = ?2 AND c.value = ?1),
		last (id, version, made) AS (
			SELECT v.id, v.version, min(c.hlc) FROM planversion v JOIN change c ON c.entity_id = v.id
			WHERE v.plan_id = ?1 GROUP BY v.id ORDER BY 3 DESC LIMIT 1)
		SELECT (SELECT max(c.hlc) FROM part p JOIN change c ON c.entity_id = p.id
				WHERE NOT (c.entity = 'plan' AND c.field = 'version')),
			(SELECT id FROM last), (SELECT version FROM last), (SELECT made FROM last)`,
		planID, FieldExists).Scan(&changed, &versionID, &version, &made)
	if err != nil {
		return PlanVersionState{}, fmt.Errorf("version state of plan %s: %w", planID, err)
	}
	st := PlanVersionState{Changed: HLCTime(changed)}
	if made.Valid {
		st.Version, st.VersionID, st.Made = version.String, versionID.String, HLCTime(made.Int64)
	}
	return st, nil
}
