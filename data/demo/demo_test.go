package demo

import (
	"context"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"ketenregie/data"
)

// newTestStore opens a fresh database whose clock starts at a fixed time and
// advances a second per write, as data's own tests do.
func newTestStore(t testing.TB) *data.Store {
	t.Helper()
	s, err := data.Open(context.Background(), filepath.Join(t.TempDir(), "test.db"), data.Options{DeviceName: "test"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	now := time.Date(2026, 3, 2, 10, 0, 0, 0, time.Local)
	s.Now = func() time.Time { now = now.Add(time.Second); return now }
	return s
}

func TestDemoRegion(t *testing.T) {
	ctx := context.Background()
	s := newTestStore(t)
	sum, err := Load(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	for kind, min := range map[string]int{"cluster": 2, "organisation": 40, "contact": 80, "agreement": 15,
		"plan": 2, "action": 20, "assessment": 11 * 2 * len(data.Checklist),
		"measure": 1, "figure": 11 * 2} {
		if sum[kind] < min {
			t.Errorf("%d %s, want at least %d", sum[kind], kind, min)
		}
	}
	// Every role of DOMAIN.md is covered; every address is invented.
	contacts, _ := s.List(ctx, "contact")
	roles := map[string]bool{}
	for _, c := range contacts {
		roles[c.Get("role")] = true
		if e := c.Get("email"); e != "" && !strings.HasSuffix(e, "@example.org") {
			t.Errorf("%s has a real-looking address %s", c.Get("name"), e)
		}
	}
	for _, r := range data.ContactRoles {
		if !roles[r.Code] {
			t.Errorf("no demo contact with role %s", r.Code)
		}
	}
	// Some evaluations overdue, some due within 60 days.
	agreements, _ := s.List(ctx, "agreement")
	today := s.Now().Format("2006-01-02")
	soon := s.Now().AddDate(0, 0, 60).Format("2006-01-02")
	overdue, due := 0, 0
	for _, a := range agreements {
		d := a.Get("evaluation_date")
		switch {
		case d == "":
		case d < today:
			overdue++
		case d <= soon:
			due++
		}
	}
	if overdue < 2 || due < 2 {
		t.Errorf("%d overdue and %d due soon, want a few of each", overdue, due)
	}
	// Plans carry the full chapter structure.
	plans, _ := s.List(ctx, "plan")
	for _, p := range plans {
		secs, _ := s.ListWhere(ctx, "section", "plan_id", p.ID)
		titles := map[string]bool{}
		for _, sec := range secs {
			titles[sec.Get("title")] = true
		}
		for _, want := range []string{"Inleiding", "Wat is mensenhandel", "Huidige situatie", "Financiën"} {
			if !titles[want] {
				t.Errorf("plan %q lacks chapter %q", p.Get("title"), want)
			}
		}
		if p.Get("goals") == "" || p.Get("results") == "" {
			t.Errorf("plan %q lacks doelen or beoogde resultaten", p.Get("title"))
		}
	}
	// Never case data: no BSN-like numbers or birth dates in any text.
	var dump strings.Builder
	s.Dump(ctx, &dump)
	if m := regexp.MustCompile(`\b\d{9}\b|geboren|geb\. `).FindString(dump.String()); m != "" {
		t.Errorf("demo text contains %q, which looks like case data", m)
	}
	problems, err := s.Check(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range problems {
		t.Error(p)
	}
	// A second load is refused and changes nothing.
	var before, after strings.Builder
	s.Dump(ctx, &before)
	if _, err := Load(ctx, s); err == nil {
		t.Error("loading the demo twice was allowed")
	}
	s.Dump(ctx, &after)
	if after.String() != before.String() {
		t.Error("the refused demo load changed the database")
	}
}
