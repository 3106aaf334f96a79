package data

import (
	"context"
	"testing"
	"time"
)

// A contact is due for review twelve months after its last review, or,
// never reviewed, twelve months after it was made.
func TestReviewDue(t *testing.T) {
	ctx := context.Background()
	s := newTestStore(t)
	s.Now = func() time.Time { return time.Date(2025, 1, 10, 12, 0, 0, 0, time.Local) }
	old, _ := s.Create(ctx, "contact", map[string]string{"name": "Nooit Gecontroleerd"})
	reviewed, _ := s.Create(ctx, "contact", map[string]string{"name": "Vorige Maand", "last_reviewed": "2025-12-01"})
	stale, _ := s.Create(ctx, "contact", map[string]string{"name": "Lang Geleden", "last_reviewed": "2024-03-01"})
	s.Now = func() time.Time { return time.Date(2026, 1, 2, 12, 0, 0, 0, time.Local) }
	fresh, _ := s.Create(ctx, "contact", map[string]string{"name": "Net Nieuw"})
	gone, _ := s.Create(ctx, "contact", map[string]string{"name": "Al Weg", "last_reviewed": "2023-01-01"})
	if err := s.Delete(ctx, "contact", gone); err != nil {
		t.Fatal(err)
	}

	for _, c := range []struct {
		today time.Time
		want  []string
	}{
		{time.Date(2026, 1, 15, 0, 0, 0, 0, time.Local), []string{stale, old}},
		{time.Date(2026, 1, 9, 0, 0, 0, 0, time.Local), []string{stale}},       // a day short of a year since it was made
		{time.Date(2026, 1, 10, 0, 0, 0, 0, time.Local), []string{stale, old}}, // a year to the day
		{time.Date(2027, 1, 2, 0, 0, 0, 0, time.Local), []string{stale, old, reviewed, fresh}},
		{time.Date(2026, 12, 1, 0, 0, 0, 0, time.Local), []string{stale, old, reviewed}},
	} {
		due, err := s.ReviewDue(ctx, c.today)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, r := range due {
			got = append(got, r.ID)
		}
		if !sameSet(got, c.want) {
			t.Errorf("on %s: due %v, want %v", c.today.Format("2006-01-02"), got, c.want)
		}
	}

	seen, err := s.FirstSeen(ctx, "contact")
	if err != nil {
		t.Fatal(err)
	}
	if !seen[old].Equal(time.Date(2025, 1, 10, 12, 0, 0, 0, time.Local)) || seen[fresh].Year() != 2026 || seen[gone].IsZero() {
		t.Errorf("first seen: old %v, fresh %v, deleted %v", seen[old], seen[fresh], seen[gone])
	}
	if _, err := s.FirstSeen(ctx, "no-such-kind"); err == nil {
		t.Error("an unknown kind gave no error")
	}
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	in := map[string]bool{}
	for _, x := range a {
		in[x] = true
	}
	for _, x := range b {
		if !in[x] {
			return false
		}
	}
	return true
}
