package data

import (
	"context"
	"math/rand"
	"sort"
	"testing"
)

func TestBetween(t *testing.T) {
	for _, c := range [][2]string{{"", ""}, {"", "1"}, {"1", ""}, {"V", "W"}, {"V", "V1"}, {"z", ""}, {"", "01"}, {"zz", ""}, {"A", "A01"}} {
		got := Between(c[0], c[1])
		if !ValidPosition(got) || (c[0] != "" && got <= c[0]) || (c[1] != "" && got >= c[1]) {
			t.Errorf("Between(%q, %q) = %q", c[0], c[1], got)
		}
	}
}

// TestPositionsStayOrdered inserts at random places many times and checks the
// keys stay distinct, ordered and valid, and that appending keeps keys short.
func TestPositionsStayOrdered(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	keys := []string{}
	for i := 0; i < 2000; i++ {
		at := r.Intn(len(keys) + 1)
		a, b := "", ""
		if at > 0 {
			a = keys[at-1]
		}
		if at < len(keys) {
			b = keys[at]
		}
		k := Between(a, b)
		if !ValidPosition(k) {
			t.Fatalf("invalid key %q between %q and %q", k, a, b)
		}
		keys = append(keys[:at], append([]string{k}, keys[at:]...)...)
	}
	if !sort.StringsAreSorted(keys) {
		t.Fatal("keys out of order")
	}
	for i := 1; i < len(keys); i++ {
		if keys[i] == keys[i-1] {
			t.Fatalf("duplicate key %q", keys[i])
		}
	}
	last := ""
	for i := 0; i < 500; i++ {
		last = Between(last, "")
	}
	if len(last) > 10 {
		t.Errorf("500 appends made a key of %d characters", len(last))
	}
	spread := Spread(300)
	if !sort.StringsAreSorted(spread) || len(spread[0]) != 2 {
		t.Errorf("Spread: %v", spread[:3])
	}
	for _, k := range spread {
		if !ValidPosition(k) {
			t.Errorf("Spread made invalid key %q", k)
		}
	}
}

func TestMovingIsOneChange(t *testing.T) {
	s := newTestStore(t)
	f := newFixture(t, s)
	var ids []string
	for _, title := range []string{"Een", "Twee", "Drie"} {
		ids = append(ids, mustCreate(t, s, "action", map[string]string{"plan_id": f.plan, "title": title}))
	}
	recs, _ := s.ListWhere(context.Background(), "action", "plan_id", f.plan)
	n := changeCount(t, s)
	// Move "Drie" between "Een" and "Twee".
	pos := Between(recs[0].Get("position"), recs[1].Get("position"))
	if err := s.Update(context.Background(), "action", ids[2], map[string]string{"position": pos}); err != nil {
		t.Fatal(err)
	}
	if got := changeCount(t, s) - n; got != 1 {
		t.Errorf("moving an action appended %d changes, want 1", got)
	}
	recs, _ = s.ListWhere(context.Background(), "action", "plan_id", f.plan)
	var order []string
	for _, r := range recs {
		order = append(order, r.Get("title"))
	}
	if order[0] != "Een" || order[1] != "Drie" || order[2] != "Twee" {
		t.Errorf("order after move: %v", order)
	}
}
