package data

import (
	"context"
	"testing"
)

func TestValidPhone(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"06-12345678", true},
		{"0612345678", true},
		{"0229 123456", true},
		{"0229-123456", true},
		{"(023) 511 51 15", true},
		{"020-1234567", true},
		{"088 - 123 45 67", true},
		{"+31 6 12345678", true},
		{"+31 (0)20 1234567", true},
		{"+31612345678", true},
		{"0031 6 12345678", true},
		{"0800-1234", true},
		{"0900-1234567", true},
		{"+32 2 123 45 67", true},
		{"06-1234567", false},    // a digit short
		{"06-123456789", false},  // a digit too many
		{"12345678", false},      // no area code
		{"+31 6 1234567", false}, // short
		{"06-12345678 (werk)", false},
		{"telefoon", false},
		{"+0 123456789", false},
	} {
		if got := ValidPhone(c.in); got != c.want {
			t.Errorf("ValidPhone(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestValidEmail(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"j.devries@hoorn.nl", true},
		{"info.riec-nh@example.org", true},
		{"a+b@sub.example.org", true},
		{"noëlle@example.org", false},
		{"jan@localhost", false},
		{"jan de vries@example.org", false},
		{"Jan <jan@example.org>", false},
		{"jan@@example.org", false},
		{"@example.org", false},
		{"jan@", false},
	} {
		if got := ValidEmail(c.in); got != c.want {
			t.Errorf("ValidEmail(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestParseDate(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"2026-03-01", "2026-03-01"},
		{"01-03-2026", "2026-03-01"},
		{"1-3-2026", "2026-03-01"},
		{"01/03/2026", "2026-03-01"},
		{"29-02-2028", "2028-02-29"},
		{"29-02-2026", ""},
		{"2026-13-01", ""},
		{"maart 2026", ""},
		{"01-03-26", ""},
	} {
		got, ok := ParseDate(c.in)
		if (c.want == "") == ok || got != c.want {
			t.Errorf("ParseDate(%q) = %q, %v; want %q", c.in, got, ok, c.want)
		}
	}
	if FormatDate("2026-03-01") != "01-03-2026" {
		t.Error("FormatDate")
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Öztürk": "ozturk", "Zorgcoördinatie": "zorgcoordinatie", "Ayşe": "ayse", "José": "jose", "HOORN": "hoorn",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestRefListHoldsEveryMunicipality: a contact may work for every
// municipality of a region, or of the country; its list of ids is not held
// to the length of a line of text.
func TestRefListHoldsEveryMunicipality(t *testing.T) {
	ctx := context.Background()
	s := newTestStore(t)
	munis, err := s.List(ctx, "municipality")
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, m := range munis {
		if m.Get("retired") != "true" {
			ids = append(ids, m.ID)
		}
	}
	if len(ids) < 342 {
		t.Fatalf("%d municipalities", len(ids))
	}
	id, err := s.Create(ctx, "contact", map[string]string{"name": "Landelijk contact", "municipality_ids": JoinIDs(ids)})
	if err != nil {
		t.Fatal(err)
	}
	if c, _ := s.Get(ctx, "contact", id); len(c.List("municipality_ids")) != len(ids) {
		t.Errorf("%d municipalities stored, want %d", len(c.List("municipality_ids")), len(ids))
	}
}
