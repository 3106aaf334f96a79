package data

import (
	"context"
	"testing"
	"time"
)

func TestPlansChangedCountsEverythingInThePlan(t *testing.T) {
	ctx := context.Background()
	s := newTestStore(t)
	now := time.Date(2026, 3, 2, 10, 0, 0, 0, time.Local)
	s.Now = func() time.Time { return now }

	plan := mustCreate(t, s, "plan", map[string]string{"title": "Beleidsplan Hoorn"})
	other := mustCreate(t, s, "plan", map[string]string{"title": "Beleidsplan Haarlem"})
	sec := mustCreate(t, s, "section", map[string]string{"plan_id": plan, "title": "Inleiding"})
	block := mustCreate(t, s, "block", map[string]string{"section_id": sec, "text": "Eerste alinea."})

	got, err := s.PlansChanged(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || !got[plan].Equal(now) || !got[other].Equal(now) {
		t.Fatalf("PlansChanged = %v, want both plans at %v", got, now)
	}

	// Editing a block of one plan moves that plan's time, not the other's.
	later := now.Add(3 * time.Hour)
	s.Now = func() time.Time { return later }
	if err := s.Update(ctx, "block", block, map[string]string{"text": "Gewijzigde alinea."}); err != nil {
		t.Fatal(err)
	}
	mustCreate(t, s, "action", map[string]string{"plan_id": other, "title": "Training"})
	evenLater := later.Add(time.Hour)
	s.Now = func() time.Time { return evenLater }
	mustCreate(t, s, "planversion", map[string]string{"plan_id": plan, "version": "0.2"})
	got, err = s.PlansChanged(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !got[plan].Equal(evenLater) || !got[other].Equal(later) {
		t.Errorf("after edits: plan %v (want %v), other %v (want %v)", got[plan], evenLater, got[other], later)
	}

	// A deleted plan is not listed.
	if err := s.Delete(ctx, "plan", other); err != nil {
		t.Fatal(err)
	}
	got, _ = s.PlansChanged(ctx)
	if _, ok := got[other]; ok || len(got) != 1 {
		t.Errorf("deleted plan still listed: %v", got)
	}
}
