package data

import (
	"context"
	"testing"
	"time"
)

// History says who changed what when, also after a record was deleted and
// forgotten: each value blanked, the times and devices kept, a colleague's
// change told apart from one's own.
func TestHistory(t *testing.T) {
	ctx := context.Background()
	a := newPeer(t, "Laptop Hoorn", time.Date(2025, 3, 1, 9, 30, 0, 0, time.Local))
	b := newPeer(t, "Laptop Zaandam", time.Date(2025, 3, 2, 10, 0, 0, 0, time.Local))
	id, err := a.Create(ctx, "contact", map[string]string{"name": "Joke de Vries", "phone": "0229-123456"})
	if err != nil {
		t.Fatal(err)
	}
	send(t, a, b)
	if err := b.Update(ctx, "contact", id, map[string]string{"phone": ""}); err != nil {
		t.Fatal(err)
	}
	send(t, b, a)
	name, _ := a.DeviceName(ctx)

	h, err := a.History(ctx, "contact", id)
	if err != nil {
		t.Fatal(err)
	}
	type entry struct {
		field, value, device string
		remote, erased       bool
	}
	var got []entry
	for _, c := range h {
		got = append(got, entry{c.Field, c.Value, c.Device, c.Remote, c.Erased})
		if c.Device == a.Device() && (c.DeviceName != name || c.Time.Day() != 1) {
			t.Errorf("own change %s: device %q at %v", c.Field, c.DeviceName, c.Time)
		}
		if c.Device == b.Device() && c.Time.Day() != 2 {
			t.Errorf("the colleague's change at %v", c.Time)
		}
	}
	want := []entry{
		{FieldExists, "true", a.Device(), false, false},
		{"name", "Joke de Vries", a.Device(), false, false},
		{"phone", "0229-123456", a.Device(), false, false},
		{"phone", "", b.Device(), true, false},
	}
	if len(got) != len(want) {
		t.Fatalf("history %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("change %d: %v, want %v", i, got[i], want[i])
		}
	}

	if err := a.Erase(ctx, "contact", id); err != nil {
		t.Fatal(err)
	}
	h, err = a.History(ctx, "contact", id)
	if err != nil {
		t.Fatal(err)
	}
	erased := false
	for _, c := range h {
		if c.Field == "name" && (c.Value != "" || !c.Erased) {
			t.Errorf("after forgetting, the name is %q (erased %v)", c.Value, c.Erased)
		}
		erased = erased || c.Field == FieldErased && c.Value == "true" && !c.Erased
	}
	if !erased {
		t.Errorf("the history does not say the contact was forgotten: %+v", h)
	}

	if h, err := a.History(ctx, "contact", "no-such-id"); err != nil || len(h) != 0 {
		t.Errorf("an unknown id: %v %v", h, err)
	}
	if _, err := a.History(ctx, "no-such-kind", id); err == nil {
		t.Error("an unknown kind gave no error")
	}
}
