package app

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"ketenregie/app/kit"
	"ketenregie/app/kit/kittest"
	"ketenregie/data"
)

// A contact's history shows the old and the new phone number; putting
// the old one back is a new change, and the form shows it.
func TestHistoryShowsAndRestores(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, false)
	id, err := s.Create(ctx, data.KindContact, map[string]string{data.Contact.Name: "Joke de Vries", data.Contact.Phone: "0229-123456"})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Update(ctx, data.KindContact, id, map[string]string{data.Contact.Phone: "0229-654321"}); err != nil {
		t.Fatal(err)
	}
	m := newWindow(t, s)
	c := openContacts(t, m)
	m.OpenRecord(data.KindContact, id)
	if c.form.id != id {
		t.Fatalf("the form shows %q", c.form.id)
	}
	test.Tap(c.form.historyButton)
	w := m.Window()
	if top := w.Canvas().Overlays().Top(); top == nil || !strings.Contains(kittest.DialogText(w), "Geschiedenis van Joke de Vries") {
		t.Fatalf("no history dialog: %q", kittest.DialogText(w))
	}
	h, _ := s.History(ctx, data.KindContact, id)
	// the latest first: row 0 is the phone number's change
	if h[len(h)-1].Field != data.Contact.Phone {
		t.Fatalf("the last change is %s", h[len(h)-1].Field)
	}
	v, err := m.env.newHistoryView(data.KindContact, id, func() { c.Refresh() })
	if err != nil {
		t.Fatal(err)
	}
	if text := strings.Join(kit.RowsText(v.table.Rows()), "\n"); !strings.Contains(text, "0229-123456 → 0229-654321") || !strings.Contains(text, "Telefoon") {
		t.Errorf("the history does not show the change of the phone number:\n%s", text)
	}
	if !v.restore.Disabled() {
		t.Error("restore is offered before a row is chosen")
	}
	v.table.Choose(0) // the latest change: the phone number's
	if v.restore.Disabled() {
		t.Fatal("restore is not offered for the phone number's change")
	}
	test.Tap(v.restore)
	test.Tap(kittest.DialogButton(t, w, "Terugzetten"))
	got, _ := s.Get(ctx, data.KindContact, id)
	if got.Get(data.Contact.Phone) != "0229-123456" {
		t.Errorf("after restoring, the phone number is %q", got.Get(data.Contact.Phone))
	}
	if c.form.entries[data.Contact.Phone].Text != "0229-123456" {
		t.Errorf("the form shows %q", c.form.entries[data.Contact.Phone].Text)
	}
	after, _ := s.History(ctx, data.KindContact, id)
	if len(after) != len(h)+1 {
		t.Errorf("restoring rewrote the history: %d changes, were %d", len(after), len(h))
	}
}
