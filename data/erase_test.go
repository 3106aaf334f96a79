package data

import (
	"context"
	"strings"
	"testing"
)

// traces counts the change-log values that still hold text.
func traces(t *testing.T, s *Store, text string) int {
	t.Helper()
	var n int
	if err := s.db.QueryRow("SELECT count(*) FROM change WHERE instr(value, ?) > 0", text).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestEraseForgetsAPersonEverywhere(t *testing.T) {
	ctx := context.Background()
	a, b, c := newPeer(t, "a", day), newPeer(t, "b", day), newPeer(t, "c", day)
	id := mustCreate(t, a, "contact", map[string]string{"name": "Chaïma El Amrani", "email": "chaima@example.org", "phone": "06-12345678"})
	a.Update(ctx, "contact", id, map[string]string{"notes": "Bereikbaar op dinsdag"})
	old, _ := a.ChangesSince(ctx, nil) // a file made before the erasure
	send(t, a, b)

	if err := b.Erase(ctx, "contact", id); err != nil {
		t.Fatal(err)
	}
	mustCheck(t, b)
	for _, s := range []string{"Chaïma", "chaima@example.org", "06-12345678", "dinsdag"} {
		if n := traces(t, b, s); n != 0 {
			t.Errorf("%q still in b's change log %d times", s, n)
		}
	}
	if strings.Contains(dumpString(t, b), "Chaïma") {
		t.Error("dump still shows the person")
	}
	// The erasure travels: a forgets too, and an old file brings nothing back.
	send(t, b, a)
	if n := traces(t, a, "Chaïma"); n != 0 {
		t.Errorf("a still holds the name %d times after importing the erasure", n)
	}
	if _, err := a.Apply(ctx, old); err != nil {
		t.Fatal(err)
	}
	if n := traces(t, a, "Chaïma"); n != 0 || strings.Contains(dumpString(t, a), "Chaïma") {
		t.Error("an old file brought the person back")
	}
	// c gets the old file first, then the erasure relayed by a.
	if _, err := c.Apply(ctx, old); err != nil {
		t.Fatal(err)
	}
	send(t, a, c)
	if n := traces(t, c, "Chaïma"); n != 0 {
		t.Errorf("c still holds the name %d times", n)
	}
	if dumpString(t, a) != dumpString(t, b) || dumpString(t, b) != dumpString(t, c) {
		t.Error("dumps differ after the erasure reached everyone")
	}
	// Not in Verwijderd, cannot be restored, cannot be erased twice into trouble.
	if del, _ := a.Deleted(ctx, "contact"); len(del) != 0 {
		t.Errorf("an erased person is listed as deleted: %+v", del)
	}
	if err := a.Write(ctx, func(tx *Tx) error { return tx.Restore("contact", id) }); err == nil {
		t.Error("an erased person was restored")
	}
	if err := a.Erase(ctx, "contact", id); err != nil {
		t.Errorf("erasing again: %v", err)
	}
	if err := a.Erase(ctx, "organisation", "x"); err == nil {
		t.Error("an organisation was erased")
	}
	mustCheck(t, a)
	mustCheck(t, c)
}
