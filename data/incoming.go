package data

import (
	"database/sql"
	"errors"
	"time"
	"unicode/utf8"
)

// A change from an exchange file is a write like any other: it gets the
// checks a local add or set gets, so a colleague's file (or one crafted to
// look like it) cannot put into this database what this program would
// refuse to write. What this version does not know (kinds, fields, choice
// codes of a newer one) is kept and passed on, under the checks that hold
// for any text.

// maxClockAhead is how far an import may move this database's clock
// ahead of this machine's. A change is stamped with a clock that is above
// every change it has seen, so a colleague's laptop whose clock runs a
// year ahead would drag every later change here along, and a change
// stamped with the largest clock there is would leave no room above it.
// Such changes are accepted (the laptop's clock is a mistake, not theirs,
// and refusing would shut out everything that laptop made until the year
// had passed), but this clock follows them at most a day ahead of this
// machine's. Clocks only order concurrent edits of one field, and those
// are shown as a conflict whichever is shown first, so a change dated
// ahead wins no more than that provisional place.
const maxClockAhead = 24 * time.Hour

// clockCeiling is the highest clock an import lets this database adopt.
func (t *Tx) clockCeiling() int64 {
	return t.now.Add(maxClockAhead).UnixMilli() << 16
}

// checkIncoming checks the fresh changes of an import, in the order they
// will be applied, before any is written.
func (t *Tx) checkIncoming(fresh []*Change) error {
	kinds := map[string]string{} // record id -> its kind, as the file names it
	for _, c := range fresh {
		if c.HLC <= 0 {
			return refused("wijziging %s heeft geen geldige klokwaarde", c.ID())
		}
		if k, ok := kinds[c.EntityID]; ok && k != c.Entity {
			return refused("het bestand noemt record %s zowel %s als %s", c.EntityID, k, c.Entity)
		}
		kinds[c.EntityID] = c.Entity
	}
	// The kind of a record is fixed when it is made.
	for id, kind := range kinds {
		held, ok, err := t.kindOf(id)
		if err != nil {
			return err
		}
		if ok && held != kind {
			return refused("record %s is in deze database een %s; het bestand maakt er een %s van", id, held, kind)
		}
	}
	known := func(id, kind string) (bool, error) {
		if k, ok := kinds[id]; ok {
			return k == kind, nil
		}
		held, ok, err := t.kindOf(id)
		if err == nil {
			kinds[id] = held // asked once
		}
		return ok && held == kind, err
	}
	for _, c := range fresh {
		if err := checkIncomingValue(c, known); err != nil {
			return err
		}
	}
	return nil
}

// kindOf is the kind of the record id in this database's log.
func (t *Tx) kindOf(id string) (string, bool, error) {
	var kind string
	err := t.queryRow("SELECT entity FROM change WHERE entity_id = ? LIMIT 1", id).Scan(&kind)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	return kind, err == nil, err
}

// checkIncomingValue checks one change's value as a local write would,
// and that the records it refers to exist (here or in the same file).
func checkIncomingValue(c *Change, known func(id, kind string) (bool, error)) error {
	bad := func(what string) error {
		return refused("wijziging %s (%s, veld %s) wordt niet aanvaard: %s", c.ID(), c.Entity, c.Field, what)
	}
	if _, erased := isErasedNonce(c.Nonce); erased || c.Value == "" {
		return nil // a value forgotten for the AVG, or none
	}
	switch c.Field {
	case FieldExists:
		if c.Value != "true" && c.Value != "false" {
			return bad("geen geldige waarde")
		}
		return nil
	case FieldErased:
		if c.Value != "true" {
			return bad("geen geldige waarde")
		}
		return nil
	}
	k := KindNamed(c.Entity)
	var f Field
	ok := k != nil
	if ok {
		f, ok = k.Field(c.Field)
	}
	if !ok {
		// A kind or field of a newer version: kept, as any long text.
		if !utf8.ValidString(c.Value) || len(c.Value) > maxLongText || hasControl(c.Value, true) {
			return bad("de waarde is te lang of bevat ongeldige tekens")
		}
		return nil
	}
	v, verr := canonical(k, f, c.Value)
	if verr != nil {
		if verr.Reason == "choice" && isChoiceCode(c.Value) {
			return nil // a choice a newer version offers
		}
		return bad(verr.Msg)
	}
	if f.Type != Ref && f.Type != RefList {
		return nil
	}
	ids := []string{v}
	if f.Type == RefList {
		ids = SplitIDs(v)
	}
	for _, id := range ids {
		ok, err := known(id, f.Target)
		if err != nil {
			return err
		}
		if !ok {
			return bad("het verwijst naar een " + KindNamed(f.Target).Label + " die niet bestaat (" + id + ")")
		}
	}
	return nil
}

// isChoiceCode says whether s looks like a choice code: what a newer
// version may add to a list (lower case, digits and hyphens).
func isChoiceCode(s string) bool {
	if len(s) == 0 || len(s) > 64 {
		return false
	}
	for _, r := range s {
		if (r < 'a' || r > 'z') && (r < '0' || r > '9') && r != '-' {
			return false
		}
	}
	return true
}

// keepIfUsed keeps a record that an import deleted while live records here
// still point at it, as a local delete would have been refused (the
// colleague deleted it before these records came to use it, or without
// knowing of them). It is kept the way a delete that missed a concurrent
// edit keeps a record: this device writes one field again, with the value
// it has, as a change the delete has not seen. The record then lives on,
// flagged as deleted elsewhere, here and on every device that gets this
// change, until someone keeps or deletes it knowingly.
func (t *Tx) keepIfUsed(k *Kind, id string) (bool, error) {
	if k == nil {
		return false, nil // a kind of a newer version: nothing here points at it
	}
	err := t.checkUnused(k, id)
	if e, ok := AsError(err); !ok || e.Code != CodeInUse {
		return false, err
	}
	heads, err := t.headValues(id)
	if err != nil {
		return false, err
	}
	perField := map[string][]headValue{}
	for _, h := range heads {
		if h.field == FieldErased && h.value == "true" {
			return false, nil // forgotten for the AVG: gone, whatever points at it
		}
		perField[h.field] = append(perField[h.field], h)
	}
	// A field with one value, so writing it again decides no conflict;
	// the title first, as every live record has one.
	fields := append([]string{k.Title}, k.FieldNames()...)
	for _, f := range fields {
		hs := perField[f]
		if len(hs) != 1 {
			continue
		}
		if err := t.appendChange(k.Name, id, f, hs[0].value, []ChangeID{{hs[0].origin, hs[0].seq}}); err != nil {
			return false, err
		}
		return true, t.refresh(k, id)
	}
	return false, nil
}
