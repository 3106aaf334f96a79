package data

import (
	"context"
	"math"
	"strings"
	"testing"
	"time"
)

// forge takes x's change log and rewrites its last change with edit,
// sealing it again as the attacker can (the chain hash is no secret).
func forge(t *testing.T, x *Store, edit func(c *Change)) []Change {
	t.Helper()
	all, err := x.ChangesSince(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	last := &all[len(all)-1]
	edit(last)
	prev := ""
	if len(all) > 1 && all[len(all)-2].Origin == last.Origin {
		prev = all[len(all)-2].Hash
	}
	last.Hash = last.chainHash(prev, last.ValueDigest())
	return all
}

// TestAChangeFromAFileIsCheckedLikeALocalWrite crafts changes a local add
// or set would refuse, each as the last change of a colleague's history,
// and checks that the import refuses them all, says why, and changes
// nothing.
func TestAChangeFromAFileIsCheckedLikeALocalWrite(t *testing.T) {
	ctx := context.Background()
	x, b := newPeer(t, "x", day), newPeer(t, "b", day)
	org := mustCreate(t, x, "organisation", map[string]string{"name": "Veilig Thuis", "type": "veilig-thuis"})
	contact := mustCreate(t, x, "contact", map[string]string{"name": "Bas Wijnker", "organisation_id": org})
	send(t, x, b)
	mustCreate(t, x, "contact", map[string]string{"name": "Sanne Jansen", "email": "sanne@example.org"})
	set := func(field, value string) func(*Change) {
		return func(c *Change) { c.Field, c.Value = field, value }
	}
	for _, tc := range []struct {
		name string
		edit func(*Change)
		want string
	}{
		{"a name too long", set("name", strings.Repeat("n", maxText+1)), "te lang"},
		{"not an e-mail address", set("email", "geen-email"), "geen geldig e-mailadres"},
		{"a date that does not exist", set("last_reviewed", "2026-02-31"), "geen geldige datum"},
		{"a role that is not a code", set("role", "Grote Baas"), "geen geldige keuze"},
		{"a reference to nothing", set("organisation_id", "01a23a91-0000-7000-8000-000000000000"), "die niet bestaat"},
		{"a reference to another kind", set("organisation_id", contact), "die niet bestaat"},
		{"escape codes", set("name", "Bas\x1b]0;gehackt\x07"), "ongeldig teken"},
		{"a reversed name", set("name", "Bas \u202eexe.gpj"), "ongeldig teken"},
		{"unknown field, control characters", set("linkedin", "\x1b[2J"), "ongeldige tekens"},
		{"a delete that is not one", set(FieldExists, "misschien"), "geen geldige waarde"},
		{"an existing contact made an organisation", func(c *Change) { c.Entity, c.EntityID = "organisation", contact }, "is in deze database een contact"},
		{"no clock", func(c *Change) { c.HLC = -5 }, "klokwaarde"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := dumpString(t, b)
			_, err := b.Apply(ctx, forge(t, x, tc.edit))
			if e, ok := AsError(err); !ok || e.Code != CodeRefused || !strings.Contains(e.Msg, tc.want) {
				t.Errorf("%v, want a refusal mentioning %q", err, tc.want)
			}
			if dumpString(t, b) != before {
				t.Error("refused, but the database changed")
			}
			mustCheck(t, b)
		})
	}
}

// TestWhatANewerVersionWritesIsKept: kinds, fields and choice codes this
// version does not know are applied, kept in the log and passed on.
func TestWhatANewerVersionWritesIsKept(t *testing.T) {
	ctx := context.Background()
	x, b := newPeer(t, "x", day), newPeer(t, "b", day)
	mustCreate(t, x, "contact", map[string]string{"name": "Bas Wijnker", "role": "aandachtsfunctionaris"})
	for _, tc := range []struct {
		name string
		edit func(*Change)
	}{
		{"a new role", func(c *Change) { c.Field, c.Value = "role", "ketenregisseur-jeugd" }},
		{"a new field", func(c *Change) { c.Field, c.Value = "linkedin", "https://example.org/bas\nmet een tweede regel" }},
		{"a new kind", func(c *Change) {
			c.Entity, c.EntityID, c.Field, c.Value = "activity", "01a23a91-0000-7000-8000-00000000000a", "title", "Training baliemedewerkers"
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			changes := forge(t, x, tc.edit)
			if _, err := b.Apply(ctx, changes[len(changes)-1:]); err == nil {
				t.Fatal("a change without its history was applied")
			}
			b2, c := newPeer(t, "b2", day), newPeer(t, "c", day)
			if _, err := b2.Apply(ctx, changes); err != nil {
				t.Fatalf("refused: %v", err)
			}
			send(t, b2, c) // and passed on
			last := changes[len(changes)-1]
			var v string
			if err := c.db.QueryRow("SELECT value FROM change WHERE origin = ? AND seq = ?", last.Origin, last.Seq).Scan(&v); err != nil || v != last.Value {
				t.Errorf("not passed on: %q %v", v, err)
			}
		})
	}
}

// TestAClockFromTheFarFutureDoesNotStopTheClock: a change stamped with the
// largest clock value is accepted (a laptop's wrong clock is no reason to
// shut out its work), but the clock here moves at most a day ahead of
// this machine's, and the next local change neither overflows nor is
// dated after it.
func TestAClockFromTheFarFutureDoesNotStopTheClock(t *testing.T) {
	ctx := context.Background()
	x, b := newPeer(t, "x", day), newPeer(t, "b", day)
	id := mustCreate(t, x, "contact", map[string]string{"name": "Bas Wijnker"})
	if _, err := b.Apply(ctx, forge(t, x, func(c *Change) { c.HLC = math.MaxInt64 })); err != nil {
		t.Fatal(err)
	}
	if err := b.Update(ctx, "contact", id, map[string]string{"name": "Bas Wijnker-de Vries"}); err != nil {
		t.Fatal(err)
	}
	var hlc int64
	if err := b.db.QueryRow("SELECT hlc FROM change WHERE origin = ? ORDER BY seq DESC LIMIT 1", b.Device()).Scan(&hlc); err != nil {
		t.Fatal(err)
	}
	if hlc <= 0 || HLCTime(hlc).After(day.Add(maxClockAhead+time.Hour)) {
		t.Errorf("the next local change is dated %v (clock %d)", HLCTime(hlc), hlc)
	}
	if got := nextHLC(math.MaxInt64, day); got != math.MaxInt64 {
		t.Errorf("nextHLC at the maximum gives %d", got)
	}
	mustCheck(t, b)
}

// TestADeleteOfARecordStillInUseKeepsIt: a colleague deletes an
// organisation that a contact here has come to use meanwhile. A local
// delete would be refused; from a file, the organisation is kept, flagged
// as deleted elsewhere, and the colleague gets it back the same way.
func TestADeleteOfARecordStillInUseKeepsIt(t *testing.T) {
	ctx := context.Background()
	x, b := newPeer(t, "x", day), newPeer(t, "b", day)
	org := mustCreate(t, x, "organisation", map[string]string{"name": "Veilig Thuis", "type": "veilig-thuis"})
	unused := mustCreate(t, x, "organisation", map[string]string{"name": "Opgeheven stichting", "type": "overig"})
	send(t, x, b)
	contact := mustCreate(t, b, "contact", map[string]string{"name": "Bas Wijnker", "organisation_id": org})
	if err := x.Delete(ctx, "organisation", org); err != nil {
		t.Fatal(err)
	}
	if err := x.Delete(ctx, "organisation", unused); err != nil {
		t.Fatal(err)
	}
	rep := send(t, x, b)
	if rep.Kept != 1 || rep.Deleted != 1 {
		t.Errorf("report %+v, want one kept and one deleted", rep)
	}
	r, err := b.Get(ctx, "organisation", org)
	if err != nil || r.Get("name") != "Veilig Thuis" {
		t.Fatalf("the organisation the contact uses is gone: %v", err)
	}
	if _, err := b.Get(ctx, "organisation", unused); !IsNotFound(err) {
		t.Errorf("the unused organisation was kept too: %v", err)
	}
	if c, err := b.Get(ctx, "contact", contact); err != nil || c.Get("organisation_id") != org {
		t.Errorf("the contact lost its organisation: %v", err)
	}
	send(t, b, x)
	if _, err := x.Get(ctx, "organisation", org); err != nil {
		t.Errorf("the colleague does not get the organisation back: %v", err)
	}
	if dumpString(t, x) != dumpString(t, b) {
		t.Error("dumps differ")
	}
}
