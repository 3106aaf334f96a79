package data

import (
	"context"
	"testing"
)

// TestASnapshotDoesNotMove: a write after the snapshot is taken, by this
// store or another process's, is not seen through it; the store itself
// sees it.
func TestASnapshotDoesNotMove(t *testing.T) {
	ctx := context.Background()
	s := newTestStore(t)
	org := mustCreate(t, s, "organisation", map[string]string{"name": "Gemeente Hoorn", "type": "gemeente"})
	snap, err := s.Snapshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer snap.Close()
	if err := s.Update(ctx, "organisation", org, map[string]string{"name": "Gemeente Hoorn (nieuw)"}); err != nil {
		t.Fatal(err)
	}
	mustCreate(t, s, "contact", map[string]string{"name": "Later", "organisation_id": org})
	r, err := snap.Get(ctx, "organisation", org)
	if err != nil || r.Get("name") != "Gemeente Hoorn" {
		t.Errorf("the snapshot moved: %q %v", r.Get("name"), err)
	}
	if list, _ := snap.List(ctx, "contact"); len(list) != 0 {
		t.Errorf("the snapshot sees %d contacts made after it", len(list))
	}
	if r, _ := s.Get(ctx, "organisation", org); r.Get("name") != "Gemeente Hoorn (nieuw)" {
		t.Error("the store does not see its own write")
	}
	if _, err := snap.Create(ctx, "contact", map[string]string{"name": "X"}); err == nil {
		t.Error("a write through a snapshot was accepted")
	}
}
