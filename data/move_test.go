package data

import (
	"context"
	"strings"
	"testing"
)

// Move puts an action at a place among its plan's actions, with one change
// when there is room, and lays them out anew when two share a position (as
// two coordinators' inserts can make).
func TestMove(t *testing.T) {
	ctx := context.Background()
	s := newTestStore(t)
	plan, err := s.Create(ctx, "plan", map[string]string{"title": "Plan"})
	if err != nil {
		t.Fatal(err)
	}
	other, _ := s.Create(ctx, "plan", map[string]string{"title": "Ander plan"})
	ids := map[string]string{}
	err = s.Write(ctx, func(tx *Tx) error {
		for i, title := range []string{"A", "B", "C"} {
			sibs, err := tx.siblings(KindNamed("action"), Record{Values: map[string]string{"plan_id": plan}})
			if err != nil {
				return err
			}
			if ids[title], err = tx.InsertAt("action", sibs, i, map[string]string{"plan_id": plan, "title": title}); err != nil {
				return err
			}
		}
		_, err := tx.Create("action", map[string]string{"plan_id": other, "title": "elders", "position": "1"})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	order := func() string {
		recs, err := s.ListWhere(ctx, "action", "plan_id", plan)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, r := range recs {
			out = append(out, r.Get("title"))
		}
		return strings.Join(out, "")
	}
	if got := order(); got != "ABC" {
		t.Fatalf("inserted in order: %s", got)
	}
	move := func(title string, index int) error {
		return s.Write(ctx, func(tx *Tx) error { return tx.Move("action", ids[title], index) })
	}
	for _, step := range []struct {
		title string
		index int
		want  string
	}{{"C", 0, "CAB"}, {"C", 99, "ABC"}, {"A", 1, "BAC"}, {"A", 1, "BAC"}} {
		if err := move(step.title, step.index); err != nil {
			t.Fatal(err)
		}
		if got := order(); got != step.want {
			t.Errorf("move %s to %d: %s, want %s", step.title, step.index, got, step.want)
		}
	}
	// Two actions on one position: moving lays the plan's actions out anew.
	if err := s.Update(ctx, "action", ids["C"], map[string]string{"position": "V"}); err != nil {
		t.Fatal(err)
	}
	if err := s.Update(ctx, "action", ids["B"], map[string]string{"position": "V"}); err != nil {
		t.Fatal(err)
	}
	if err := move("A", 1); err != nil {
		t.Fatal(err)
	}
	if got := order(); len(got) != 3 || got[1] != 'A' {
		t.Errorf("after moving between equal positions: %s", got)
	}
	// The other plan's action is not among the siblings.
	if recs, _ := s.ListWhere(ctx, "action", "plan_id", other); len(recs) != 1 || recs[0].Get("position") != "1" {
		t.Errorf("another plan's action changed: %v", recs)
	}
	for _, bad := range []func() error{
		func() error { return move("A", -1) },
		func() error {
			return s.Write(ctx, func(tx *Tx) error { return tx.Move("plan", plan, 0) })
		},
	} {
		if err := bad(); err == nil {
			t.Error("a bad move passed")
		}
	}
}
