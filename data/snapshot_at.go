package data

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
)

// A frozen plan version stands for a point in the change log: for every
// device, the last of its changes the database held when the version was
// made. Changes of one device arrive in order (their hash chain), so every
// copy that holds the version's own record holds what the point names, and
// the records as they were at the point are the same on every copy: a
// version prints as it did, whatever was edited or exchanged since.

// Point is a point in the change log: per device (origin), the sequence
// number of its last change at that point.
type Point map[string]int64

// String is the point as a planversion record keeps it: "origin:seq", one
// per device, sorted, separated by spaces.
func (p Point) String() string {
	parts := make([]string, 0, len(p))
	for origin, seq := range p {
		parts = append(parts, ChangeID{origin, seq}.String())
	}
	sort.Strings(parts)
	return strings.Join(parts, " ")
}

// Holds reports whether the change id is at or before the point.
func (p Point) Holds(id ChangeID) bool { return id.Seq <= p[id.Origin] }

// ParsePoint reads a point as String writes it.
func ParsePoint(s string) (Point, error) {
	p := Point{}
	for _, f := range strings.Fields(s) {
		id, err := ParseChangeID(f)
		if err != nil {
			return nil, fmt.Errorf("stand %q: %w", s, err)
		}
		p[id.Origin] = id.Seq
	}
	return p, nil
}

// point is where the log stands now, in this transaction.
func (t *Tx) point() (Point, error) {
	return seqsByOrigin(t.query(knownQuery))
}

// Snapshot is the records of a database as they were at a point in its
// change log: read-only, and the same on every copy that holds the point.
type Snapshot struct {
	s     *Store
	point Point
	kinds map[string][]Record // materialised per kind, when first asked
	byID  map[string]Record   // the records of the kinds materialised, by id
	now   time.Time
}

// At returns the database as it was at point p. It fails when this copy
// lacks changes the point names (a version made on a colleague's computer
// whose changes have not all arrived here).
func (s *Store) At(ctx context.Context, p Point) (*Snapshot, error) {
	have, err := s.Known(ctx)
	if err != nil {
		return nil, err
	}
	for origin, seq := range p {
		if have[origin] < seq {
			return nil, Said(CodeNotFound, "point_missing", nil, map[string]string{"Device": origin},
				"deze versie is gemaakt met wijzigingen die hier nog niet zijn binnengekomen (van apparaat {{.Device}}); lees eerst de bestanden van die collega in")
		}
	}
	sn := &Snapshot{s: s, point: p, kinds: map[string][]Record{}, byID: map[string]Record{}}
	// The snapshot's time is that of its latest change: a document printed
	// from it is dated the same every time.
	var hlc int64
	for origin, seq := range p {
		var h int64
		if err := s.db.QueryRowContext(ctx, "SELECT hlc FROM change WHERE origin = ? AND seq = ?", origin, seq).Scan(&h); err == nil && h > hlc {
			hlc = h
		}
	}
	sn.now = HLCTime(hlc)
	return sn, nil
}

// Now is the time of the snapshot's latest change.
func (sn *Snapshot) Now() time.Time { return sn.now }

// List returns the live records of kind at the point, by id.
func (sn *Snapshot) List(ctx context.Context, kind string) ([]Record, error) {
	if recs, ok := sn.kinds[kind]; ok {
		return recs, nil
	}
	k, err := kindOrError(kind)
	if err != nil {
		return nil, err
	}
	rows, err := sn.s.db.QueryContext(ctx, `SELECT entity_id, field, value, hlc, origin, seq, parents FROM change
		WHERE entity = ? ORDER BY entity_id, field, origin, seq`, k.Name)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	byRecord := map[string][]headValue{}
	forgotten := map[string]bool{}
	var order []string
	for rows.Next() {
		var id string
		var h headValue
		if err := rows.Scan(&id, &h.field, &h.value, &h.hlc, &h.origin, &h.seq, &h.parents); err != nil {
			return nil, err
		}
		if h.field == FieldErased {
			forgotten[id] = true // forgotten since (AVG): in no version either
		}
		if !sn.point.Holds(ChangeID{h.origin, h.seq}) {
			continue
		}
		if _, ok := byRecord[id]; !ok {
			order = append(order, id)
		}
		byRecord[id] = append(byRecord[id], h)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	var out []Record
	for _, id := range order {
		vals := resolve(headsAt(byRecord[id]))
		if !alive(vals) || forgotten[id] {
			continue
		}
		r := Record{Kind: k.Name, ID: id, Values: map[string]string{}}
		for _, f := range k.Fields {
			v, ok := vals[f.Name]
			if !ok {
				v = emptyValue(f)
			}
			r.Values[f.Name] = v
		}
		out = append(out, r)
	}
	// The order Store.List gives: by position for ordered kinds, else in
	// Dutch order of the title; then by id.
	key := func(r Record) string { return sortKey(r.Get(k.Title)) }
	if _, ok := k.Field("position"); ok {
		key = func(r Record) string { return r.Get("position") }
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := key(out[i]), key(out[j])
		if a != b {
			return a < b
		}
		return out[i].ID < out[j].ID
	})
	sn.kinds[kind] = out
	for _, r := range out {
		sn.byID[r.ID] = r
	}
	return out, nil
}

// headsAt are the changes of one record that no other of its changes
// replaced: its heads at the point.
func headsAt(changes []headValue) []headValue {
	replaced := map[string]bool{}
	for _, c := range changes {
		for _, p := range strings.Fields(c.parents) {
			replaced[p] = true
		}
	}
	var heads []headValue
	for _, c := range changes {
		if !replaced[c.origin+":"+strconv.FormatInt(c.seq, 10)] {
			heads = append(heads, c)
		}
	}
	return heads
}

// Get returns the record kind id as it was at the point.
func (sn *Snapshot) Get(ctx context.Context, kind, id string) (Record, error) {
	if _, err := sn.List(ctx, kind); err != nil {
		return Record{}, err
	}
	if r, ok := sn.byID[id]; ok && r.Kind == kind {
		return r, nil
	}
	k, _ := kindOrError(kind)
	return Record{}, Said(CodeNotFound, "not_found", nil, map[string]string{"Kind": k.Label, "ID": id}, "geen {{.Kind}} met id {{.ID}}").about(k.Name)
}

// ListWhere returns the records of kind at the point whose field equals
// value, as Store.ListWhere does (every record when field is empty).
func (sn *Snapshot) ListWhere(ctx context.Context, kind, field string, value ...string) ([]Record, error) {
	recs, err := sn.List(ctx, kind)
	if err != nil || field == "" {
		return recs, err
	}
	k, _ := kindOrError(kind)
	if _, ok := k.Field(field); !ok {
		return nil, fmt.Errorf("list %s: no field %s", kind, field)
	}
	want := strings.Join(value, "")
	var out []Record
	for _, r := range recs {
		if r.Get(field) == want {
			out = append(out, r)
		}
	}
	return out, nil
}

// GetMany returns the records of kind with these ids at the point, in the
// order of ids, leaving out those that were not there.
func (sn *Snapshot) GetMany(ctx context.Context, kind string, ids []string) ([]Record, error) {
	var out []Record
	for _, id := range ids {
		if r, err := sn.Get(ctx, kind, id); err == nil {
			out = append(out, r)
		} else if !IsNotFound(err) {
			return nil, err
		}
	}
	return out, nil
}

// PlanVersionNamed returns the version of plan planID called version
// ("0.3"): the one made last, when the name was used twice.
func (s *Store) PlanVersionNamed(ctx context.Context, planID, version string) (Record, error) {
	vs, err := s.ListWhere(ctx, KindPlanversion, Planversion.PlanID, planID)
	if err != nil {
		return Record{}, err
	}
	var found Record
	var made int64
	for _, v := range vs {
		if strings.TrimSpace(v.Get(Planversion.Version)) != strings.TrimSpace(version) {
			continue
		}
		var hlc int64
		if err := s.db.QueryRowContext(ctx, "SELECT min(hlc) FROM change WHERE entity_id = ?", v.ID).Scan(&hlc); err != nil {
			return Record{}, err
		}
		if found.ID == "" || hlc > made {
			found, made = v, hlc
		}
	}
	if found.ID == "" {
		return Record{}, Said(CodeNotFound, "no_version", nil, map[string]string{"Version": version},
			"dit plan heeft geen versie {{.Version}}")
	}
	return found, nil
}

// VersionAt is the database as it was when plan version v was made. A
// version made before versions recorded their point cannot be read back
// (reason "no_point"); one made with changes this copy lacks neither
// (At).
func (s *Store) VersionAt(ctx context.Context, v Record) (*Snapshot, error) {
	p, err := ParsePoint(v.Get(Planversion.Point))
	if err != nil || len(p) == 0 {
		return nil, Said(CodeNotFound, "no_point", nil, map[string]string{"Version": v.Get(Planversion.Version)},
			"versie {{.Version}} is gemaakt voordat Ketenregie de tekst van een versie vastlegde; die tekst is niet meer te tonen")
	}
	return s.At(ctx, p)
}

// PlanVersionAt is the version of plan planID called version, and the
// database as it was when it was made (PlanVersionNamed, VersionAt).
func (s *Store) PlanVersionAt(ctx context.Context, planID, version string) (Record, *Snapshot, error) {
	v, err := s.PlanVersionNamed(ctx, planID, version)
	if err != nil {
		return Record{}, nil, err
	}
	sn, err := s.VersionAt(ctx, v)
	return v, sn, err
}

// PlanVersionAsMade returns the version record id with the values it was
// made with, before any later edit of its row: what a print of that
// version says about itself, the same every time.
func (s *Store) PlanVersionAsMade(ctx context.Context, id string) (Record, error) {
	k := KindNamed(KindPlanversion)
	rows, err := s.db.QueryContext(ctx, `SELECT field, value FROM change WHERE entity_id = ? AND entity = ? AND parents = ''
		ORDER BY hlc, origin, seq`, id, k.Name)
	if err != nil {
		return Record{}, err
	}
	defer rows.Close()
	r := Record{Kind: k.Name, ID: id, Values: map[string]string{}}
	for _, f := range k.Fields {
		r.Values[f.Name] = emptyValue(f)
	}
	seen := map[string]bool{}
	for rows.Next() {
		var field, value string
		if err := rows.Scan(&field, &value); err != nil {
			return Record{}, err
		}
		if _, ok := k.Field(field); ok && !seen[field] {
			r.Values[field], seen[field] = value, true
		}
	}
	if err := rows.Err(); err != nil {
		return Record{}, err
	}
	if len(seen) == 0 {
		return Record{}, Said(CodeNotFound, "not_found", nil, map[string]string{"Kind": k.Label, "ID": id}, "geen {{.Kind}} met id {{.ID}}").about(k.Name)
	}
	return r, nil
}
