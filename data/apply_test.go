package data

import (
	"context"
	"fmt"
	"math/rand"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// newPeer opens a store for one coordinator's laptop, with its own clock.
func newPeer(t testing.TB, name string, clock time.Time) *Store {
	t.Helper()
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), name+".db"), Options{DeviceName: name})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	s.Now = func() time.Time { clock = clock.Add(time.Second); return clock }
	return s
}

// send applies to `to` everything `from` has that `to` lacks.
func send(t testing.TB, from, to *Store) ApplyReport {
	t.Helper()
	ctx := context.Background()
	known, err := to.Known(ctx)
	if err != nil {
		t.Fatal(err)
	}
	changes, err := from.ChangesSince(ctx, known)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := to.Apply(ctx, changes)
	if err != nil {
		t.Fatalf("apply: %v", err)
	}
	mustCheck(t, to)
	return rep
}

var day = time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC)

func TestApplyBringsRecordsAcrossOnce(t *testing.T) {
	ctx := context.Background()
	a, b := newPeer(t, "a", day), newPeer(t, "b", day)
	org := mustCreate(t, a, "organisation", map[string]string{"name": "Gemeente Hoorn", "type": "gemeente"})
	c := mustCreate(t, a, "contact", map[string]string{"name": "Noëlle de Vries", "organisation_id": org, "phone": "06-12345678"})
	rep := send(t, a, b)
	if rep.Created != 2 || rep.New == 0 || rep.Changed != 0 || rep.Deleted != 0 {
		t.Errorf("report %+v, want 2 created", rep)
	}
	if r, err := b.Get(ctx, "contact", c); err != nil || r.Get("name") != "Noëlle de Vries" {
		t.Fatalf("contact on b: %v %v", r, err)
	}
	if dumpString(t, a) != dumpString(t, b) {
		t.Error("dumps differ after a full send")
	}
	// The same changes again, and b's own changes back to b: nothing happens.
	all, _ := a.ChangesSince(ctx, nil)
	before := changeCount(t, b)
	rep, err := b.Apply(ctx, all)
	if err != nil || rep.New != 0 || rep.Created+rep.Changed+rep.Deleted != 0 {
		t.Errorf("second import: %+v %v", rep, err)
	}
	own, _ := b.ChangesSince(ctx, nil)
	if rep, err := b.Apply(ctx, own); err != nil || rep.New != 0 {
		t.Errorf("own changes: %+v %v", rep, err)
	}
	if changeCount(t, b) != before {
		t.Error("re-importing changed the change log")
	}
}

func TestConcurrentEditsMerge(t *testing.T) {
	ctx := context.Background()
	a, b := newPeer(t, "a", day), newPeer(t, "b", day)
	c := mustCreate(t, a, "contact", map[string]string{"name": "Jan Bakker", "phone": "0229 123456"})
	send(t, a, b)

	// Different fields: both edits survive, no conflict.
	if err := a.Update(ctx, "contact", c, map[string]string{"email": "jan@hoorn.nl"}); err != nil {
		t.Fatal(err)
	}
	if err := b.Update(ctx, "contact", c, map[string]string{"notes": "Trekker meldroute"}); err != nil {
		t.Fatal(err)
	}
	send(t, a, b)
	send(t, b, a)
	for _, s := range []*Store{a, b} {
		r, _ := s.Get(ctx, "contact", c)
		if r.Get("email") != "jan@hoorn.nl" || r.Get("notes") != "Trekker meldroute" {
			t.Errorf("an edit of a different field was lost: %v", r.Values)
		}
		if cs, _ := s.Conflicts(ctx); len(cs) != 0 {
			t.Errorf("conflicts after edits of different fields: %+v", cs)
		}
	}

	// The same field: both values kept, the same provisional value on both.
	if err := a.Update(ctx, "contact", c, map[string]string{"phone": "06-11111111"}); err != nil {
		t.Fatal(err)
	}
	if err := b.Update(ctx, "contact", c, map[string]string{"phone": "06-22222222"}); err != nil {
		t.Fatal(err)
	}
	rep := send(t, b, a)
	if rep.ConflictsOpened != 1 || rep.Changed != 1 && rep.Changed != 0 {
		t.Errorf("report %+v, want one conflict opened", rep)
	}
	send(t, a, b)
	if da, db := dumpString(t, a), dumpString(t, b); da != db {
		t.Fatalf("dumps differ:\n%s\n%s", da, db)
	}
	cs, _ := a.Conflicts(ctx)
	if len(cs) != 1 || cs[0].Field != "phone" || len(cs[0].Values) != 2 {
		t.Fatalf("conflicts %+v, want phone with two values", cs)
	}
	ra, _ := a.Get(ctx, "contact", c)
	rb, _ := b.Get(ctx, "contact", c)
	if ra.Get("phone") != rb.Get("phone") {
		t.Errorf("provisional values differ: %q and %q", ra.Get("phone"), rb.Get("phone"))
	}
	// Editing the field again, having seen both, resolves it everywhere.
	if err := a.Update(ctx, "contact", c, map[string]string{"phone": "06-33333333"}); err != nil {
		t.Fatal(err)
	}
	rep = send(t, a, b)
	if rep.ConflictsClosed != 1 {
		t.Errorf("report %+v, want one conflict closed", rep)
	}
	if cs, _ := b.Conflicts(ctx); len(cs) != 0 {
		t.Errorf("conflict still open on b: %+v", cs)
	}
}

func TestDeleteDoesNotRemoveAnEditItHadNotSeen(t *testing.T) {
	ctx := context.Background()
	a, b := newPeer(t, "a", day), newPeer(t, "b", day)
	c := mustCreate(t, a, "contact", map[string]string{"name": "Ayşe Demir"})
	send(t, a, b)
	if err := a.Delete(ctx, "contact", c); err != nil {
		t.Fatal(err)
	}
	if err := b.Update(ctx, "contact", c, map[string]string{"notes": "Nieuw telefoonnummer volgt"}); err != nil {
		t.Fatal(err)
	}
	send(t, a, b)
	send(t, b, a)
	for name, s := range map[string]*Store{"a": a, "b": b} {
		r, err := s.Get(ctx, "contact", c)
		if err != nil || r.Get("notes") != "Nieuw telefoonnummer volgt" {
			t.Errorf("%s: the edit made while it was deleted elsewhere is gone: %v %v", name, r.Values, err)
		}
	}
	if dumpString(t, a) != dumpString(t, b) {
		t.Error("dumps differ")
	}
	for name, s := range map[string]*Store{"a": a, "b": b} {
		cs, _ := s.Conflicts(ctx)
		if len(cs) != 1 || cs[0].Field != FieldExists || cs[0].RecordID != c || cs[0].Values[1] != "false" {
			t.Errorf("%s: the record is not flagged as deleted elsewhere: %+v", name, cs)
		}
	}
	// Behouden on a closes the flag everywhere, the record stays.
	cs, _ := a.Conflicts(ctx)
	if _, err := a.Resolve(ctx, cs[0].ID, "true"); err != nil {
		t.Fatal(err)
	}
	send(t, a, b)
	if cs, _ := b.Conflicts(ctx); len(cs) != 0 {
		t.Errorf("kept, but still flagged: %+v", cs)
	}
	if _, err := b.Get(ctx, "contact", c); err != nil {
		t.Errorf("kept, but gone: %v", err)
	}
	// Deleting it again, having seen the edit, deletes it everywhere.
	if err := b.Delete(ctx, "contact", c); err != nil {
		t.Fatal(err)
	}
	send(t, b, a)
	if _, err := a.Get(ctx, "contact", c); !IsNotFound(err) {
		t.Errorf("a knowing delete did not delete: %v", err)
	}
}

func TestApplyRefusesBrokenHistories(t *testing.T) {
	ctx := context.Background()
	a, b := newPeer(t, "a", day), newPeer(t, "b", day)
	mustCreate(t, a, "contact", map[string]string{"name": "Bas Wijnker", "email": "bas@example.org"})
	mustCreate(t, a, "contact", map[string]string{"name": "Sanne Jansen"})
	good, _ := a.ChangesSince(ctx, nil)
	empty := dumpString(t, b)

	tampered := append([]Change(nil), good...)
	tampered[2].Value = "ander@example.org"
	gap := append([]Change(nil), good[1:]...)
	orphan := append([]Change(nil), good...)
	orphan = orphan[:len(orphan)-1]
	last := good[len(good)-1]
	last.Parents = []ChangeID{{"elders", 7}}
	last.Hash = last.chainHash(good[len(good)-2].Hash, last.ValueDigest())
	orphan = append(orphan, last)
	for _, tc := range []struct {
		name    string
		changes []Change
		want    string
	}{
		{"a changed value", tampered, "hashketen"},
		{"a missing first change", gap, "ontbreken wijzigingen 1 tot 2"},
		{"a parent nobody has", orphan, "ontbreekt"},
	} {
		_, err := b.Apply(ctx, tc.changes)
		if e, ok := AsError(err); !ok || e.Code != CodeRefused || !strings.Contains(e.Msg, tc.want) {
			t.Errorf("%s: %v, want a refusal mentioning %q", tc.name, err, tc.want)
		}
		if dumpString(t, b) != empty {
			t.Errorf("%s: something was applied", tc.name)
		}
	}
}

func TestApplyRefusesACopiedDatabaseThatKeptWorking(t *testing.T) {
	ctx := context.Background()
	a := newPeer(t, "a", day)
	mustCreate(t, a, "contact", map[string]string{"name": "Bram Willems"})
	copyPath := filepath.Join(t.TempDir(), "kopie.db")
	if _, err := a.db.ExecContext(ctx, "VACUUM INTO ?", copyPath); err != nil {
		t.Fatal(err)
	}
	c, err := Open(ctx, copyPath, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	mustCreate(t, a, "contact", map[string]string{"name": "Op het origineel"})
	mustCreate(t, c, "contact", map[string]string{"name": "Op de kopie"})
	theirs, _ := c.ChangesSince(ctx, nil)
	before := dumpString(t, a)
	_, err = a.Apply(ctx, theirs)
	if e, ok := AsError(err); !ok || e.Code != CodeRefused {
		t.Fatalf("diverged copy: %v, want a refusal", err)
	}
	if dumpString(t, a) != before {
		t.Error("something of the diverged copy was applied")
	}
}

// TestConvergence has three coordinators edit the same records at random
// and exchange files in random order, relayed and repeated. Once everyone
// has everything, every database prints the same dump.
func TestConvergence(t *testing.T) {
	seeds := int64(8)
	if testing.Short() { // the race detector run (make test) takes a sample
		seeds = 2
	}
	for seed := int64(1); seed <= seeds; seed++ {
		t.Run(fmt.Sprint(seed), func(t *testing.T) { convergence(t, seed) })
	}
}

func convergence(t *testing.T, seed int64) {
	ctx := context.Background()
	rng := rand.New(rand.NewSource(seed))
	peers := []*Store{newPeer(t, "a", day), newPeer(t, "b", day.Add(-90*24*time.Hour)), newPeer(t, "c", day.Add(365*24*time.Hour))}
	var ids []string
	for i := 0; i < 3; i++ {
		ids = append(ids, mustCreate(t, peers[0], "contact", map[string]string{"name": fmt.Sprintf("Contact %d", i)}))
	}
	plan := mustCreate(t, peers[0], "plan", map[string]string{"title": "Beleidsplan"})
	for _, title := range []string{"Inleiding", "Kader", "Aanpak", "Monitoring"} {
		mustCreate(t, peers[0], "section", map[string]string{"plan_id": plan, "title": title})
	}
	for _, p := range peers[1:] {
		send(t, peers[0], p)
	}
	fields := []string{"name", "email", "notes", "role"}
	values := map[string][]string{
		"name":  {"Jan", "Piet", "Noëlle"},
		"email": {"a@example.org", "b@example.org", ""},
		"notes": {"eerste", "tweede", "derde"},
		"role":  {"aandachtsfunctionaris", "zorgcoordinator", ""},
	}
	for step := 0; step < 80; step++ {
		p := peers[rng.Intn(len(peers))]
		id := ids[rng.Intn(len(ids))]
		switch n := rng.Intn(10); {
		case n < 6:
			f := fields[rng.Intn(len(fields))]
			err := p.Update(ctx, "contact", id, map[string]string{f: values[f][rng.Intn(3)]})
			if err != nil && !IsNotFound(err) {
				t.Fatal(err)
			}
		case n < 7:
			if err := p.Delete(ctx, "contact", id); err != nil && !IsNotFound(err) {
				t.Fatal(err)
			}
		case n < 8:
			p.Write(ctx, func(tx *Tx) error { return tx.Restore("contact", id) })
		case n < 9 && rng.Intn(2) == 0:
			// Move a chapter: one change of its position.
			secs, _ := p.ListWhere(ctx, "section", "plan_id", plan)
			if len(secs) >= 2 {
				i, j := rng.Intn(len(secs)), rng.Intn(len(secs)-1)
				pos := Between(secs[j].Get("position"), secs[j+1].Get("position"))
				if i != j && i != j+1 {
					p.Update(ctx, "section", secs[i].ID, map[string]string{"position": pos})
				}
			}
		case n < 9:
			// Resolve an open conflict with one of its values.
			if cs, _ := p.Conflicts(ctx); len(cs) > 0 {
				c := cs[rng.Intn(len(cs))]
				p.Resolve(ctx, c.ID, c.Values[rng.Intn(len(c.Values))])
			}
		default:
			from, to := peers[rng.Intn(3)], peers[rng.Intn(3)]
			if from != to {
				send(t, from, to)
			}
		}
	}
	// Everyone gets everything, in a random order of pairs, twice round.
	for round := 0; round < 2; round++ {
		for _, i := range rng.Perm(9) {
			from, to := peers[i/3], peers[i%3]
			if from != to {
				send(t, from, to)
			}
		}
	}
	want := dumpString(t, peers[0])
	wantKnown, _ := peers[0].Known(ctx)
	for i, p := range peers[1:] {
		if got := dumpString(t, p); got != want {
			t.Fatalf("peer %d differs from peer 0 after a full exchange:\n%s\n---\n%s", i+1, got, want)
		}
		// Every change anyone made is in every log: no saved value was
		// dropped; it is current, an open conflict, or replaced by a
		// change that had seen it.
		if got, _ := p.Known(ctx); fmt.Sprint(got) != fmt.Sprint(wantKnown) {
			t.Errorf("peer %d holds %v, peer 0 %v", i+1, got, wantKnown)
		}
	}
}

func TestResolveClosesTheConflictEverywhere(t *testing.T) {
	ctx := context.Background()
	a, b := newPeer(t, "a", day), newPeer(t, "b", day)
	c := mustCreate(t, a, "contact", map[string]string{"name": "Jan"})
	send(t, a, b)
	a.Update(ctx, "contact", c, map[string]string{"phone": "06-11111111"})
	b.Update(ctx, "contact", c, map[string]string{"phone": "06-22222222"})
	send(t, a, b)
	send(t, b, a)
	cs, _ := a.Conflicts(ctx)
	if len(cs) != 1 || cs[0].ID != ConflictID(c, "phone") {
		t.Fatalf("conflicts %+v", cs)
	}
	if csb, _ := b.Conflicts(ctx); len(csb) != 1 || csb[0].ID != cs[0].ID || csb[0].Values[1] != cs[0].Values[1] {
		t.Fatalf("the conflict differs between devices: %+v %+v", cs, csb)
	}
	// Keeping the provisional value is a resolution too.
	if _, err := a.Resolve(ctx, cs[0].ID, cs[0].Values[0]); err != nil {
		t.Fatal(err)
	}
	if _, err := a.Resolve(ctx, cs[0].ID, "x"); !IsNotFound(err) {
		t.Errorf("resolving a closed conflict: %v", err)
	}
	send(t, a, b)
	if csb, _ := b.Conflicts(ctx); len(csb) != 0 {
		t.Errorf("the resolution did not close the conflict on b: %+v", csb)
	}
	if dumpString(t, a) != dumpString(t, b) {
		t.Error("dumps differ")
	}
}

func TestConflictBaseIsWhatBothStartedFrom(t *testing.T) {
	ctx := context.Background()
	a, b := newPeer(t, "a", day), newPeer(t, "b", day)
	plan := mustCreate(t, a, "plan", map[string]string{"title": "Beleidsplan"})
	sec := mustCreate(t, a, "section", map[string]string{"plan_id": plan, "title": "Inleiding"})
	blk := mustCreate(t, a, "block", map[string]string{"section_id": sec, "text": "Versie één."})
	a.Update(ctx, "block", blk, map[string]string{"text": "Versie twee."})
	send(t, a, b)
	a.Update(ctx, "block", blk, map[string]string{"text": "Versie twee, door Anne."})
	b.Update(ctx, "block", blk, map[string]string{"text": "Versie twee, door Bas."})
	send(t, a, b)
	cs, _ := b.Conflicts(ctx)
	if len(cs) != 1 {
		t.Fatalf("conflicts %+v", cs)
	}
	base, ok, err := b.ConflictBase(ctx, cs[0])
	if err != nil || !ok || base != "Versie twee." {
		t.Errorf("base %q %v %v, want the version both edited", base, ok, err)
	}
	// Both versions are kept byte for byte.
	got := strings.Join(cs[0].Values, "|")
	if !strings.Contains(got, "Versie twee, door Anne.") || !strings.Contains(got, "Versie twee, door Bas.") {
		t.Errorf("values %q", got)
	}
}

func TestTwoDifferentResolutionsAreANewConflict(t *testing.T) {
	ctx := context.Background()
	a, b := newPeer(t, "a", day), newPeer(t, "b", day)
	c := mustCreate(t, a, "contact", map[string]string{"name": "Jan"})
	send(t, a, b)
	a.Update(ctx, "contact", c, map[string]string{"phone": "06-11111111"})
	b.Update(ctx, "contact", c, map[string]string{"phone": "06-22222222"})
	send(t, a, b)
	send(t, b, a)
	cs, _ := a.Conflicts(ctx)
	if len(cs) != 1 {
		t.Fatalf("conflicts %+v", cs)
	}
	// Each resolves it, differently, before hearing of the other's choice.
	if _, err := a.Resolve(ctx, cs[0].ID, "06-11111111"); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Resolve(ctx, cs[0].ID, "06-33333333"); err != nil {
		t.Fatal(err)
	}
	send(t, a, b)
	send(t, b, a)
	for name, s := range map[string]*Store{"a": a, "b": b} {
		cs, _ := s.Conflicts(ctx)
		if len(cs) != 1 || len(cs[0].Values) != 2 || !strings.Contains(strings.Join(cs[0].Values, " "), "06-33333333") {
			t.Errorf("%s: two different resolutions are not a new conflict: %+v", name, cs)
		}
	}
	if dumpString(t, a) != dumpString(t, b) {
		t.Error("dumps differ")
	}
}

func TestALaptopOfflineForMonthsBringsNothingBack(t *testing.T) {
	ctx := context.Background()
	a, c := newPeer(t, "a", day), newPeer(t, "c", day.Add(-200*24*time.Hour)) // c's clock is also far behind
	gone := mustCreate(t, a, "contact", map[string]string{"name": "Vertrokken collega", "phone": "06-11111111"})
	kept := mustCreate(t, a, "contact", map[string]string{"name": "Blijft", "phone": "06-11111111"})
	send(t, a, c)
	// Months of work at a; c stays in a drawer.
	a.Delete(ctx, "contact", gone)
	a.Update(ctx, "contact", kept, map[string]string{"phone": "06-99999999"})
	// c comes back and sends its old file first, then catches up.
	send(t, c, a)
	if _, err := a.Get(ctx, "contact", gone); !IsNotFound(err) {
		t.Errorf("an old file brought a deleted contact back: %v", err)
	}
	if r, _ := a.Get(ctx, "contact", kept); r.Get("phone") != "06-99999999" {
		t.Errorf("an old file brought an old value back: %q", r.Get("phone"))
	}
	send(t, a, c)
	if dumpString(t, a) != dumpString(t, c) {
		t.Error("dumps differ after catching up")
	}
}

// TestUnknownFieldsAreKeptAndPassedOn: a newer Ketenregie may write fields
// this one does not know; they are stored and travel on unchanged.
func TestUnknownFieldsAreKeptAndPassedOn(t *testing.T) {
	ctx := context.Background()
	a, b, c := newPeer(t, "a", day), newPeer(t, "b", day), newPeer(t, "c", day)
	id := mustCreate(t, a, "contact", map[string]string{"name": "Jan"})
	if err := a.Write(ctx, func(tx *Tx) error {
		return tx.appendChange("contact", id, "pronouns", "hij/hem", nil)
	}); err != nil {
		t.Fatal(err)
	}
	send(t, a, b)
	send(t, b, c)
	var v string
	if err := c.db.QueryRow("SELECT value FROM change WHERE entity_id = ? AND field = 'pronouns'", id).Scan(&v); err != nil || v != "hij/hem" {
		t.Errorf("the unknown field did not travel through b to c: %q %v", v, err)
	}
	if r, err := c.Get(ctx, "contact", id); err != nil || r.Get("name") != "Jan" {
		t.Errorf("the record with an unknown field: %v %v", r.Values, err)
	}
}
