package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"
)

// AuditEntry is one change of the audit trail (BIO: who changed what,
// when): a FieldChange and the record it changed, named by its title.
type AuditEntry struct {
	FieldChange
	Kind     string // "" for a kind of a newer version
	Entity   string // the kind as the change names it
	RecordID string
	Title    string // the record's title now, or its last before it was deleted; "" when forgotten
}

// Audit returns every change made from the start of day from to the end
// of day to (YYYY-MM-DD, local time; "" leaves that end open), in the
// order they were made, reference data left out. Erased values are masked
// (Erased, OldErased), never shown.
func (s *Store) Audit(ctx context.Context, from, to string) ([]AuditEntry, error) {
	lo, hi := int64(0), int64(1)<<62
	if from != "" {
		d, err := time.ParseInLocation("2006-01-02", from, time.Local)
		if err != nil {
			return nil, fmt.Errorf("audit: %q is geen datum", from)
		}
		lo = d.UnixMilli() << 16
	}
	if to != "" {
		d, err := time.ParseInLocation("2006-01-02", to, time.Local)
		if err != nil {
			return nil, fmt.Errorf("audit: %q is geen datum", to)
		}
		hi = d.AddDate(0, 0, 1).UnixMilli() << 16
	}
	// A change made alongside another (a conflict) has a sibling: another
	// change of the field that replaced the same value.
	rows, err := s.db.QueryContext(ctx, `SELECT c.hlc, c.origin, c.seq, coalesce(d.name, ''), coalesce(d.person, ''),
		c.entity, c.entity_id, c.field, c.value, c.nonce, c.parents,
		EXISTS (SELECT 1 FROM change o WHERE o.entity_id = c.entity_id AND o.field = c.field AND o.parents = c.parents
			AND NOT (o.origin = c.origin AND o.seq = c.seq))
		FROM change c LEFT JOIN device d ON d.id = c.origin
		WHERE c.hlc >= ? AND c.hlc < ? AND c.origin <> ? ORDER BY c.hlc, c.origin, c.seq`, lo, hi, ReferenceOrigin)
	if err != nil {
		return nil, fmt.Errorf("audit: %w", err)
	}
	defer rows.Close()
	var out []AuditEntry
	parents := map[ChangeID][]ChangeID{}
	for rows.Next() {
		var e AuditEntry
		var hlc int64
		var nonce, ps string
		if err := rows.Scan(&hlc, &e.Device, &e.ID.Seq, &e.DeviceName, &e.Person, &e.Entity, &e.RecordID, &e.Field, &e.Value, &nonce, &ps, &e.Concurrent); err != nil {
			return nil, fmt.Errorf("audit: %w", err)
		}
		e.ID.Origin = e.Device
		e.Time = HLCTime(hlc)
		e.Erased = strings.HasPrefix(nonce, erasedPrefix)
		if e.Erased {
			e.Value = ""
		}
		e.Remote = e.Device != s.device
		if KindNamed(e.Entity) != nil {
			e.Kind = e.Entity
		}
		if parents[e.ID], err = parseParents(ps); err != nil {
			return nil, fmt.Errorf("audit: %w", err)
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("audit: %w", err)
	}
	rows.Close()
	if err := s.auditOld(ctx, out, parents); err != nil {
		return nil, err
	}
	return out, s.auditTitles(ctx, out)
}

// auditOld fills in the values each change replaced, erased ones masked.
// A parent made in the period is read from the entries; only one made
// before it is looked up.
func (s *Store) auditOld(ctx context.Context, out []AuditEntry, parents map[ChangeID][]ChangeID) error {
	inPeriod := make(map[ChangeID]*AuditEntry, len(out))
	for i := range out {
		inPeriod[out[i].ID] = &out[i]
	}
	for i := range out {
		e := &out[i]
		for _, p := range parents[e.ID] {
			var value string
			var erased bool
			if old, ok := inPeriod[p]; ok {
				value, erased = old.Value, old.Erased
			} else {
				var nonce string
				err := s.db.QueryRowContext(ctx, "SELECT value, nonce FROM change WHERE origin = ? AND seq = ?", p.Origin, p.Seq).Scan(&value, &nonce)
				if err != nil {
					return fmt.Errorf("audit: %s: %w", p, err)
				}
				if erased = strings.HasPrefix(nonce, erasedPrefix); erased {
					value = ""
				}
			}
			e.Old, e.OldErased = append(e.Old, value), append(e.OldErased, erased)
		}
		e.Resolves = len(e.Old) > 1
	}
	return nil
}

// auditTitles names every record the entries changed: by its title now,
// or the last title the log holds of a deleted one; a forgotten record's
// is masked.
func (s *Store) auditTitles(ctx context.Context, out []AuditEntry) error {
	titles := map[string]string{}
	ids := map[string]string{}
	for _, e := range out {
		ids[e.RecordID] = e.Kind
	}
	keys := make([]string, 0, len(ids))
	for id := range ids {
		keys = append(keys, id)
	}
	sort.Strings(keys)
	for _, id := range keys {
		k := KindNamed(ids[id])
		if k == nil {
			continue
		}
		var value, nonce string
		err := s.db.QueryRowContext(ctx, `SELECT value, nonce FROM change WHERE entity_id = ? AND field = ?
			ORDER BY hlc DESC, origin DESC LIMIT 1`, id, k.Title).Scan(&value, &nonce)
		switch {
		case errors.Is(err, sql.ErrNoRows): // a record without a title
		case err != nil:
			return fmt.Errorf("audit: %w", err)
		case !strings.HasPrefix(nonce, erasedPrefix):
			titles[id] = value
		}
	}
	for i := range out {
		out[i].Title = titles[out[i].RecordID]
	}
	return nil
}
