package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"
)

// Merging: changes made on other devices arrive as a list (from an
// exchange file) and are applied here. The result depends only on which
// changes a database holds, never on the order they arrive in: a field's
// value is decided by its heads (changes no other change replaces), and
// several heads are a conflict shown the same way everywhere.

// Known returns, per device, the highest sequence number of its changes
// this database holds. Changes are only ever accepted without gaps, so
// this says exactly which changes are here.
func (s *Store) Known(ctx context.Context) (map[string]int64, error) {
	return seqsByOrigin(s.db.QueryContext(ctx, knownQuery))
}

// knownQuery is the last sequence number of every origin in the log.
const knownQuery = "SELECT origin, max(seq) FROM change GROUP BY origin"

// seqsByOrigin reads the rows of a query of (origin, sequence number) into
// a map.
func seqsByOrigin(rows *sql.Rows, err error) (map[string]int64, error) {
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]int64{}
	for rows.Next() {
		var o string
		var n int64
		if err := rows.Scan(&o, &n); err != nil {
			return nil, err
		}
		out[o] = n
	}
	return out, rows.Err()
}

// ChangesSince returns the changes this database holds that a database
// knowing known (see Known) lacks, by origin and sequence number. A nil
// known returns everything. Reference data (origin "reference") is built
// into every copy of the program and never travels.
func (s *Store) ChangesSince(ctx context.Context, known map[string]int64) ([]Change, error) {
	var out []Change
	err := s.EachChangeSince(ctx, known, func(c *Change) error {
		cp := *c
		cp.Parents = append([]ChangeID(nil), c.Parents...)
		out = append(out, cp)
		return nil
	})
	return out, err
}

// EachChangeSince is ChangesSince one change at a time, so an export
// never holds the whole log in memory. fn must not keep c: it is reused.
func (s *Store) EachChangeSince(ctx context.Context, known map[string]int64, fn func(c *Change) error) error {
	rows, err := s.db.QueryContext(ctx, `SELECT origin, seq, entity, entity_id, field, value, parents, hlc, nonce, hash
		FROM change WHERE origin <> ? ORDER BY origin, seq`, ReferenceOrigin)
	if err != nil {
		return err
	}
	defer rows.Close()
	var c Change
	var parents string
	for rows.Next() {
		if err := rows.Scan(&c.Origin, &c.Seq, &c.Entity, &c.EntityID, &c.Field, &c.Value, &parents, &c.HLC, &c.Nonce, &c.Hash); err != nil {
			return err
		}
		if c.Seq <= known[c.Origin] {
			continue
		}
		if c.Parents, err = appendParents(c.Parents[:0], parents); err != nil {
			return err
		}
		if err := fn(&c); err != nil {
			return err
		}
	}
	return rows.Err()
}

// ApplyReport says what an import did.
type ApplyReport struct {
	Received        int // changes in the file
	New             int // of which this database did not have yet
	Created         int // records that appeared
	Changed         int // records whose values changed
	Deleted         int // records that disappeared
	ConflictsOpened int // fields that got more than one value
	ConflictsClosed int // fields whose conflict was resolved
	Kept            int // records the file deleted that records here still use: kept, as deleted elsewhere
}

// refusal is the error for changes that cannot be merged; nothing is
// applied. As with Said, reason names the sentence and template is its
// Dutch text, filled from args: the window says it in its own language.
func refusal(reason string, args map[string]string, template string) error {
	return Said(CodeRefused, reason, nil, args, template)
}

// refused is refusal for the callers that still give a format and its
// values (incoming.go): each of their sentences is named here, with the
// same Dutch text, and any other is said as it is, without a reason.
func refused(format string, args ...any) error {
	arg := func(i int) string {
		if i < len(args) {
			return fmt.Sprint(args[i])
		}
		return ""
	}
	switch format {
	case "wijziging %s heeft geen geldige klokwaarde":
		return refusal("change_clock", map[string]string{"Change": arg(0)},
			"wijziging {{.Change}} heeft geen geldige klokwaarde")
	case "het bestand noemt record %s zowel %s als %s":
		return refusal("record_two_kinds", map[string]string{"ID": arg(0), "Entity": arg(1), "Other": arg(2)},
			"het bestand noemt record {{.ID}} zowel {{.Entity}} als {{.Other}}")
	case "record %s is in deze database een %s; het bestand maakt er een %s van":
		return refusal("record_kind_changed", map[string]string{"ID": arg(0), "Held": arg(1), "Entity": arg(2)},
			"record {{.ID}} is in deze database een {{.Held}}; het bestand maakt er een {{.Entity}} van")
	case "wijziging %s (%s, veld %s) wordt niet aanvaard: %s":
		return refusal("change_not_accepted", map[string]string{"Change": arg(0), "Entity": arg(1), "Field": arg(2), "What": arg(3)},
			"wijziging {{.Change}} ({{.Entity}}, veld {{.Field}}) wordt niet aanvaard: {{.What}}")
	}
	return &Error{Code: CodeRefused, Msg: fmt.Sprintf(format, args...)}
}

// Apply merges changes made elsewhere, all in one transaction: on any
// problem nothing is applied. Changes already here are skipped, so
// importing the same file twice changes nothing. It refuses changes that
// would break a device's history: a gap in a device's numbering, a broken
// hash chain, a change that differs from the one held under the same
// number (two diverging histories under one device id, as when a database
// was copied to another laptop and both kept working), a change naming a
// parent that is neither here nor in the list, and changes claiming to be
// this device's own that it never made.
func (s *Store) Apply(ctx context.Context, changes []Change) (ApplyReport, error) {
	return s.apply(ctx, changes, nil, nil)
}

// apply is Apply with first, when set, run in the same transaction first,
// and authors, when set, asked to accept the changes found fresh.
func (s *Store) apply(ctx context.Context, changes []Change, first func(*Tx) error, authors func(*Tx, []*Change) error) (ApplyReport, error) {
	rep := ApplyReport{Received: len(changes)}
	err := s.Write(ctx, func(t *Tx) error {
		if first != nil {
			if err := first(t); err != nil {
				return err
			}
		}
		fresh, err := t.freshChanges(changes)
		if err != nil {
			return err
		}
		rep.New = len(fresh)
		if len(fresh) == 0 {
			return nil
		}
		if authors != nil {
			if err := authors(t, fresh); err != nil {
				return err
			}
		}
		ordered, err := t.parentsFirst(fresh)
		if err != nil {
			return err
		}
		if err := t.checkIncoming(ordered); err != nil {
			return err
		}
		touched := map[string]string{} // record id -> kind
		var order []string
		before := map[string]recordState{}
		for _, c := range ordered {
			if _, ok := touched[c.EntityID]; !ok {
				touched[c.EntityID] = c.Entity
				order = append(order, c.EntityID)
				if before[c.EntityID], err = t.recordState(c.EntityID); err != nil {
					return err
				}
			}
		}
		var maxHLC int64
		for _, c := range ordered {
			if err := t.insertChange(c); err != nil {
				return err
			}
			maxHLC = max(maxHLC, c.HLC)
		}
		if err := t.loadClock(); err != nil {
			return err
		}
		// Local writes after the import come after it, unless it is dated
		// far ahead of this machine's clock (see maxClockAhead).
		t.hlc = max(t.hlc, min(maxHLC, t.clockCeiling()))
		var deleted []string
		for _, id := range order {
			if gone, err := t.erased(id); err != nil {
				return err
			} else if gone {
				if err := t.purge(id); err != nil {
					return err
				}
			}
			after, err := t.refreshState(KindNamed(touched[id]), id)
			if err != nil {
				return err
			}
			b := before[id]
			switch {
			case !b.alive && after.alive:
				rep.Created++
			case b.alive && !after.alive:
				rep.Deleted++
				deleted = append(deleted, id)
			case b.alive && after.alive && b.values != after.values:
				rep.Changed++
			}
			rep.ConflictsOpened += max(0, after.conflicts-b.conflicts)
			rep.ConflictsClosed += max(0, b.conflicts-after.conflicts)
		}
		// Only now that every record is as the file leaves it: which of
		// the records it deleted do live records still point at.
		for _, id := range deleted {
			kept, err := t.keepIfUsed(KindNamed(touched[id]), id)
			if err != nil {
				return err
			}
			if kept {
				rep.Deleted--
				rep.Kept++
			}
		}
		return nil
	})
	if err != nil {
		return ApplyReport{Received: len(changes)}, err
	}
	return rep, nil
}

// recordState is what the report compares before and after an import.
type recordState struct {
	alive     bool
	values    string // the resolved values, as one comparable string
	conflicts int    // fields with more than one head
}

func (t *Tx) recordState(id string) (recordState, error) {
	heads, err := t.headValues(id)
	if err != nil {
		return recordState{}, err
	}
	return stateOf(heads), nil
}

// stateOf is what a record's heads make of it.
func stateOf(heads []headValue) recordState {
	if len(heads) == 0 {
		return recordState{}
	}
	var st recordState
	perField := map[string]int{}
	for _, h := range heads {
		perField[h.field]++
	}
	for _, n := range perField {
		if n > 1 {
			st.conflicts++
		}
	}
	vals := resolve(heads)
	st.alive = alive(vals)
	st.values = string(MarshalCanonical(vals))
	return st
}

// freshChanges checks the incoming changes against this database and
// returns those it does not hold yet, refusing the lot on any problem.
func (t *Tx) freshChanges(changes []Change) ([]*Change, error) {
	byOrigin := map[string][]*Change{}
	for i := range changes {
		c := &changes[i]
		if c.Origin == "" || c.Seq <= 0 || c.EntityID == "" || c.Entity == "" || c.Field == "" {
			return nil, refusal("change_incomplete", map[string]string{"Change": c.ID().String()}, "wijziging {{.Change}} is onvolledig")
		}
		if c.Origin == ReferenceOrigin {
			return nil, refusal("change_as_reference", map[string]string{"Change": c.ID().String()},
				"wijziging {{.Change}} doet zich voor als referentiegegevens")
		}
		byOrigin[c.Origin] = append(byOrigin[c.Origin], c)
	}
	origins := make([]string, 0, len(byOrigin))
	for o := range byOrigin {
		origins = append(origins, o)
	}
	sort.Strings(origins)
	var fresh []*Change
	for _, origin := range origins {
		list := byOrigin[origin]
		sort.Slice(list, func(i, j int) bool { return list[i].Seq < list[j].Seq })
		var have int64
		var prevHash string
		var held map[int64]string // hashes of the changes of origin already here, read once
		err := t.queryRow("SELECT seq, hash FROM change WHERE origin = ? ORDER BY seq DESC LIMIT 1", origin).Scan(&have, &prevHash)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return nil, err
		}
		for i, c := range list {
			if i > 0 && c.Seq == list[i-1].Seq {
				if c.Hash != list[i-1].Hash {
					return nil, refusal("change_twice", map[string]string{"Change": c.ID().String()},
						"het bestand bevat twee verschillende wijzigingen {{.Change}}")
				}
				continue
			}
			if c.Seq <= have {
				if held == nil {
					if held, err = t.hashes(origin, list[0].Seq, have); err != nil {
						return nil, err
					}
				}
				if held[c.Seq] != c.Hash {
					return nil, t.divergence(c.Origin)
				}
				continue
			}
			if c.Origin == t.store.device {
				return nil, t.divergence(c.Origin)
			}
			if c.Seq != have+1 {
				return nil, refusal("changes_missing", map[string]string{"Device": c.Origin, "From": fmt.Sprint(have + 1), "To": fmt.Sprint(c.Seq)},
					"van apparaat {{.Device}} ontbreken wijzigingen {{.From}} tot {{.To}}; importeer eerst een volledig bestand")
			}
			if h := c.chainHash(prevHash, c.ValueDigest()); h != c.Hash {
				return nil, refusal("change_altered", map[string]string{"Change": c.ID().String()},
					"wijziging {{.Change}} is veranderd of beschadigd (de hashketen klopt niet)")
			}
			have, prevHash = c.Seq, c.Hash
			fresh = append(fresh, c)
		}
	}
	return fresh, nil
}

// hashes reads the hashes of an origin's changes from seq from to to.
func (t *Tx) hashes(origin string, from, to int64) (map[int64]string, error) {
	rows, err := t.query("SELECT seq, hash FROM change WHERE origin = ? AND seq BETWEEN ? AND ?", origin, from, to)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := make(map[int64]string, max(0, to-from+1))
	for rows.Next() {
		var n int64
		var h string
		if err := rows.Scan(&n, &h); err != nil {
			return nil, err
		}
		out[n] = h
	}
	return out, rows.Err()
}

// divergence is the refusal for two histories under one device id.
func (t *Tx) divergence(origin string) error {
	if origin == t.store.device {
		return refusal("own_unknown_changes", nil, "het bestand bevat wijzigingen die zeggen van deze computer te komen, maar die deze database niet kent. "+
			"Waarschijnlijk is deze database een oude kopie of een teruggezette reservekopie. Importeer het bestand in de database waar deze computer mee werkt, of vraag advies.")
	}
	return refusal("diverged", map[string]string{"Device": origin},
		"apparaat {{.Device}} heeft twee verschillende geschiedenissen (de database is waarschijnlijk naar een andere computer gekopieerd en daar verder gebruikt). "+
			"Het bestand is niet geïmporteerd; laat de collega op die computer Ketenregie bijwerken zodat de kopie een eigen identiteit krijgt.")
}

// parentsFirst orders fresh changes so that every change comes after the
// changes it names as parents, and checks that every parent is known and
// belongs to the same field of the same record (a delete, a change of
// "exists", names the heads of every field of its record: what it saw).
func (t *Tx) parentsFirst(fresh []*Change) ([]*Change, error) {
	inBatch := make(map[ChangeID]*Change, len(fresh))
	for _, c := range fresh {
		inBatch[c.ID()] = c
	}
	waiting := map[ChangeID][]*Change{} // parent -> changes waiting for it
	pending := map[*Change]int{}
	var ready []*Change
	for _, c := range fresh {
		n := 0
		for _, p := range c.Parents {
			if p == c.ID() {
				return nil, refusal("change_own_parent", map[string]string{"Change": c.ID().String()},
					"wijziging {{.Change}} noemt zichzelf als voorganger")
			}
			if _, ok := inBatch[p]; ok {
				waiting[p] = append(waiting[p], c)
				n++
				continue
			}
			var entityID, field string
			err := t.queryRow("SELECT entity_id, field FROM change WHERE origin = ? AND seq = ?", p.Origin, p.Seq).Scan(&entityID, &field)
			if errors.Is(err, sql.ErrNoRows) {
				return nil, refusal("parent_missing", map[string]string{"Change": c.ID().String(), "Parent": p.String()},
					"wijziging {{.Change}} bouwt voort op {{.Parent}}, die in het bestand en in deze database ontbreekt")
			}
			if err != nil {
				return nil, err
			}
			if entityID != c.EntityID || (field != c.Field && c.Field != FieldExists) {
				return nil, refusal("parent_other_field", map[string]string{"Change": c.ID().String()},
					"wijziging {{.Change}} noemt een voorganger van een ander veld")
			}
		}
		pending[c] = n
		if n == 0 {
			ready = append(ready, c)
		}
	}
	for _, c := range fresh {
		for _, p := range c.Parents {
			if pc, ok := inBatch[p]; ok && (pc.EntityID != c.EntityID || (pc.Field != c.Field && c.Field != FieldExists)) {
				return nil, refusal("parent_other_field", map[string]string{"Change": c.ID().String()},
					"wijziging {{.Change}} noemt een voorganger van een ander veld")
			}
		}
	}
	out := make([]*Change, 0, len(fresh))
	for len(ready) > 0 {
		c := ready[0]
		ready = ready[1:]
		out = append(out, c)
		for _, w := range waiting[c.ID()] {
			if pending[w]--; pending[w] == 0 {
				ready = append(ready, w)
			}
		}
	}
	if len(out) != len(fresh) {
		return nil, refusal("parents_cycle", nil, "de wijzigingen in het bestand verwijzen in een kring naar elkaar")
	}
	return out, nil
}
