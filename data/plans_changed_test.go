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

// TestPlanVersionState: a plan is a working copy until a version is made,
// and again after any later edit of its text, chapters or agenda, a
// deleted chapter included; what the version's own transaction writes,
// and editing the version log, are not edits of the plan.
func TestPlanVersionState(t *testing.T) {
	ctx := context.Background()
	s := newTestStore(t)
	plan := mustCreate(t, s, "plan", map[string]string{"title": "Beleidsplan Hoorn"})
	other := mustCreate(t, s, "plan", map[string]string{"title": "Beleidsplan Haarlem"})
	sec := mustCreate(t, s, "section", map[string]string{"plan_id": plan, "title": "Inleiding"})
	block := mustCreate(t, s, "block", map[string]string{"section_id": sec, "text": "Eerste alinea."})
	extra := mustCreate(t, s, "section", map[string]string{"plan_id": plan, "title": "Financiën"})
	mustCreate(t, s, "block", map[string]string{"section_id": extra, "text": "Kosten."})

	state := func(want bool, wantVersion, what string) PlanVersionState {
		t.Helper()
		st, err := s.PlanVersionState(ctx, plan)
		if err != nil {
			t.Fatal(err)
		}
		if st.Working() != want || st.Version != wantVersion {
			t.Fatalf("%s: working %v after version %q (made %v, changed %v); want %v after %q",
				what, st.Working(), st.Version, st.Made, st.Changed, want, wantVersion)
		}
		return st
	}
	state(true, "", "a plan without a version")

	// Made as the Versiebeheer tab makes it: the row, then the plan's number.
	var version string
	makeVersion := func(number string) {
		t.Helper()
		err := s.Write(ctx, func(tx *Tx) error {
			var err error
			if version, err = tx.Create("planversion", map[string]string{"plan_id": plan, "version": number, "date": tx.Today()}); err != nil {
				return err
			}
			return tx.Update("plan", plan, map[string]string{"version": number})
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	makeVersion("0.4")
	state(false, "0.4", "just after making a version")

	// Another plan's edits, the version log's own rows and the plan's
	// number (as the command line sets it after adding a version) are not
	// edits of this plan.
	mustCreate(t, s, "action", map[string]string{"plan_id": other, "title": "Training"})
	if err := s.Update(ctx, "planversion", version, map[string]string{"change": "Reacties verwerkt"}); err != nil {
		t.Fatal(err)
	}
	if err := s.Update(ctx, "plan", plan, map[string]string{"version": "0.5"}); err != nil {
		t.Fatal(err)
	}
	state(false, "0.4", "after editing the version log, the plan's number and another plan")
	if err := s.Update(ctx, "plan", plan, map[string]string{"goals": "Hoorn heeft een vastgesteld beleid."}); err != nil {
		t.Fatal(err)
	}
	state(true, "0.4", "after editing the plan's goals")
	makeVersion("0.5")

	if err := s.Update(ctx, "block", block, map[string]string{"text": "Gewijzigde alinea."}); err != nil {
		t.Fatal(err)
	}
	edited := s.Now().Add(-time.Second) // the clock of newTestStore ticks a second per call
	st := state(true, "0.5", "after editing a text block")
	if !st.Changed.Equal(edited) {
		t.Errorf("last change %v, want the block's edit at %v", st.Changed, edited)
	}

	makeVersion("0.6")
	state(false, "0.6", "after the next version")
	if err := s.Delete(ctx, "section", extra); err != nil {
		t.Fatal(err)
	}
	state(true, "0.6", "after deleting a chapter with its text")

	makeVersion("0.7")
	mustCreate(t, s, "action", map[string]string{"plan_id": plan, "title": "Signaleringstraining"})
	state(true, "0.7", "after adding an action")

	// Adopting writes the plan first and then the version row, in one transaction.
	err := s.Write(ctx, func(tx *Tx) error {
		if err := tx.Update("plan", plan, map[string]string{"status": "vastgesteld", "version": "1.0", "adopted_date": tx.Today()}); err != nil {
			return err
		}
		_, err := tx.Create("planversion", map[string]string{"plan_id": plan, "version": "1.0", "date": tx.Today()})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	state(false, "1.0", "just after adoption")

	if err := s.Delete(ctx, "plan", other); err != nil {
		t.Fatal(err)
	}
	if _, err := s.PlanVersionState(ctx, other); !IsNotFound(err) {
		t.Errorf("a deleted plan: %v, want not found", err)
	}
}
