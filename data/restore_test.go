package data

import (
	"context"
	"testing"
	"time"
)

func TestRestoreBringsBackWhatWasDeletedTogether(t *testing.T) {
	ctx := context.Background()
	s := newTestStore(t)
	clock := time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)
	s.Now = func() time.Time { clock = clock.Add(time.Second); return clock }
	f := newFixture(t, s)
	sub := mustCreate(t, s, "section", map[string]string{"plan_id": f.plan, "parent_id": f.section, "title": "Aanleiding"})
	kept := mustCreate(t, s, "block", map[string]string{"section_id": sub, "text": "Blijft"})
	gone := mustCreate(t, s, "block", map[string]string{"section_id": sub, "text": "Eerder verwijderd"})
	action := mustCreate(t, s, "action", map[string]string{"plan_id": f.plan, "title": "Actie"})
	if err := s.Delete(ctx, "block", gone); err != nil {
		t.Fatal(err)
	}
	if err := s.Delete(ctx, "plan", f.plan); err != nil {
		t.Fatal(err)
	}

	del, err := s.Deleted(ctx, "plan", "contact")
	if err != nil || len(del) != 1 || del[0].ID != f.plan || del[0].Title != "Beleidsplan Hoorn" || del[0].Kind != "plan" {
		t.Fatalf("Deleted = %+v, %v", del, err)
	}
	if err := s.Write(ctx, func(tx *Tx) error { return tx.Restore("plan", f.plan) }); err != nil {
		t.Fatal(err)
	}
	for kind, id := range map[string]string{"plan": f.plan, "section": sub, "block": kept, "action": action} {
		if _, err := s.Get(ctx, kind, id); err != nil {
			t.Errorf("%s not restored: %v", kind, err)
		}
	}
	if _, err := s.Get(ctx, "section", f.section); err != nil {
		t.Errorf("top section not restored: %v", err)
	}
	if _, err := s.Get(ctx, "block", gone); !IsNotFound(err) {
		t.Errorf("a block deleted on its own before came back: %v", err)
	}
	if del, _ := s.Deleted(ctx, "plan"); len(del) != 0 {
		t.Errorf("still listed as deleted: %+v", del)
	}
	// Restoring a live record changes nothing; an unknown id is refused.
	n := changeCount(t, s)
	if err := s.Write(ctx, func(tx *Tx) error { return tx.Restore("plan", f.plan) }); err != nil {
		t.Fatal(err)
	}
	if got := changeCount(t, s); got != n {
		t.Errorf("restoring a live record appended %d changes", got-n)
	}
	if err := s.Write(ctx, func(tx *Tx) error { return tx.Restore("plan", "nope") }); !IsNotFound(err) {
		t.Errorf("restore of unknown id: %v", err)
	}
	mustCheck(t, s)
}

func TestIDsWhere(t *testing.T) {
	ctx := context.Background()
	s := newTestStore(t)
	hoorn, enkhuizen := MunicipalityID("GM0405"), MunicipalityID("GM0388")
	a := mustCreate(t, s, "contact", map[string]string{"name": "A", "role": "aandachtsfunctionaris", "municipality_ids": hoorn + " " + enkhuizen})
	b := mustCreate(t, s, "contact", map[string]string{"name": "B", "municipality_ids": enkhuizen})
	mustCreate(t, s, "contact", map[string]string{"name": "C"})
	for _, tc := range []struct {
		field, value string
		want         []string
	}{
		{"role", "aandachtsfunctionaris", []string{a}},
		{"municipality_ids", hoorn, []string{a}},
		{"municipality_ids", enkhuizen, []string{a, b}},
		{"municipality_ids", "GM04", nil},
	} {
		got, err := s.IDsWhere(ctx, "contact", tc.field, tc.value)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(tc.want) {
			t.Errorf("%s=%s: %v, want %v", tc.field, tc.value, got, tc.want)
		}
		for _, id := range tc.want {
			if !got[id] {
				t.Errorf("%s=%s lacks %s", tc.field, tc.value, id)
			}
		}
	}
}
