package data

import (
	"context"
	"strings"
	"testing"
)

// The coordinator's name and the device's are asked once and then kept;
// bad names change nothing.
func TestIdentity(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, t.TempDir()+"/k.db", Options{DeviceName: "vm"})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	id, err := s.Identity(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if id != (Identity{Device: "vm"}) {
		t.Fatalf("a new database: %+v", id)
	}
	for _, bad := range []Identity{
		{Device: "  ", Person: "Renée"},
		{Device: "laptop", Person: "Renée\nHoekstra"},
		{Device: strings.Repeat("x", 201)},
	} {
		if err := s.SetIdentity(ctx, bad); err == nil {
			t.Errorf("SetIdentity(%+v) passed", bad)
		}
	}
	if id, _ := s.Identity(ctx); id != (Identity{Device: "vm"}) {
		t.Fatalf("after refused names: %+v", id)
	}
	if err := s.SetIdentity(ctx, Identity{Device: " Laptop Hoorn ", Person: " Renée Hoekstra "}); err != nil {
		t.Fatal(err)
	}
	want := Identity{Device: "Laptop Hoorn", Person: "Renée Hoekstra", Confirmed: true}
	if id, _ := s.Identity(ctx); id != want {
		t.Errorf("after SetIdentity: %+v, want %+v", id, want)
	}
	if name, _ := s.DeviceName(ctx); name != "Laptop Hoorn" {
		t.Errorf("DeviceName %q", name)
	}
	if got := ColleagueName("Laptop Hoorn", "Renée Hoekstra"); got != "Renée Hoekstra (Laptop Hoorn)" {
		t.Errorf("ColleagueName: %q", got)
	}
	if got := ColleagueName("Laptop Hoorn", ""); got != "Laptop Hoorn" {
		t.Errorf("ColleagueName without a person: %q", got)
	}
	if got := clip(strings.Repeat("é", 150)); len(got) > maxIdentityName || !strings.HasPrefix(strings.Repeat("é", 150), got) {
		t.Errorf("clip cut a character: %d bytes", len(got))
	}
}
