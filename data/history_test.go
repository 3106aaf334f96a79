package data

import (
	"context"
	"fmt"
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

// A record's history tells what each change replaced, who made it, and
// which changes were a conflict and which settled it.
func TestHistoryOldValuesAndConflicts(t *testing.T) {
	ctx := context.Background()
	a := newPeer(t, "Laptop Hoorn", time.Date(2025, 3, 1, 9, 30, 0, 0, time.Local))
	b := newPeer(t, "Laptop Zaandam", time.Date(2025, 3, 1, 10, 0, 0, 0, time.Local))
	if err := a.SetIdentity(ctx, Identity{Device: "Laptop Hoorn", Person: "Anne de Wit"}); err != nil {
		t.Fatal(err)
	}
	id, err := a.Create(ctx, "contact", map[string]string{"name": "Joke de Vries", "phone": "0229-123456"})
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Update(ctx, "contact", id, map[string]string{"phone": "0229-654321"}); err != nil {
		t.Fatal(err)
	}
	send(t, a, b)
	// Both change the e-mail address before they exchange: a conflict.
	if err := a.Update(ctx, "contact", id, map[string]string{"email": "joke@hoorn.example.org"}); err != nil {
		t.Fatal(err)
	}
	if err := b.Update(ctx, "contact", id, map[string]string{"email": "j.devries@example.org"}); err != nil {
		t.Fatal(err)
	}
	send(t, a, b)
	send(t, b, a)
	cs, _ := a.Conflicts(ctx)
	if len(cs) != 1 {
		t.Fatalf("conflicts %+v", cs)
	}
	if _, err := a.Resolve(ctx, cs[0].ID, "joke@hoorn.example.org"); err != nil {
		t.Fatal(err)
	}
	h, err := a.History(ctx, "contact", id)
	if err != nil {
		t.Fatal(err)
	}
	var phones, emails []FieldChange
	for _, c := range h {
		switch c.Field {
		case "phone":
			phones = append(phones, c)
		case "email":
			emails = append(emails, c)
		}
	}
	if len(phones) != 2 || len(phones[0].Old) != 0 || len(phones[1].Old) != 1 || phones[1].Old[0] != "0229-123456" || phones[1].Concurrent {
		t.Errorf("phone history %+v", phones)
	}
	if phones[1].Person != "Anne de Wit" || phones[1].DeviceName != "Laptop Hoorn" || phones[1].Remote {
		t.Errorf("who changed the phone: %+v", phones[1])
	}
	if len(emails) != 3 || !emails[0].Concurrent || !emails[1].Concurrent || emails[2].Concurrent || !emails[2].Resolves || len(emails[2].Old) != 2 {
		t.Errorf("email history %+v", emails)
	}
	remote := 0
	for _, e := range emails[:2] {
		if e.Remote {
			remote++
		}
	}
	if remote != 1 {
		t.Errorf("%d of the two concurrent changes came from the other device, want 1", remote)
	}
	// The audit trail says the same of who changed what alongside whom.
	audit, err := a.Audit(ctx, "", "")
	if err != nil {
		t.Fatal(err)
	}
	var flags []bool
	for _, e := range audit {
		if e.RecordID == id && e.Field == "email" {
			flags = append(flags, e.Concurrent)
		}
	}
	if fmt.Sprint(flags) != "[true true false]" {
		t.Errorf("the audit trail marks the e-mail changes as concurrent: %v, want [true true false]", flags)
	}
}
