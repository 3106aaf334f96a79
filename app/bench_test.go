package app

import (
	"context"
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"ketenregie/data"
)

// fillContacts creates orgs organisations and n contacts in one transaction.
func fillContacts(b *testing.B, s *data.Store, orgs, n int) {
	b.Helper()
	first := []string{"Jan", "Noëlle", "Ayşe", "Mohamed", "Sanne", "José", "Pieter", "Chaïma"}
	last := []string{"de Vries", "Öztürk", "Bakker", "El Amrani", "Jansen", "van Dijk", "Visser", "Smit"}
	err := s.Write(context.Background(), func(t *data.Tx) error {
		ids := make([]string, orgs)
		for i := range ids {
			id, err := t.Create("organisation", map[string]string{"name": fmt.Sprintf("Zorgcoördinatie team %03d", i), "type": "zorgcoordinatie"})
			if err != nil {
				return err
			}
			ids[i] = id
		}
		for i := range n {
			if _, err := t.Create("contact", map[string]string{
				"name":            fmt.Sprintf("%s %s %d", first[i%len(first)], last[(i/7)%len(last)], i),
				"organisation_id": ids[i%orgs],
				"email":           fmt.Sprintf("persoon%d@example.org", i),
				"role":            data.ContactRoles[i%len(data.ContactRoles)].Code,
			}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
}

// BenchmarkOpenContacts builds the Contacten screen on 50,000 contacts and
// puts it in a window, so the visible rows are read and drawn. Budget:
// under 300 ms (issue 3).
func BenchmarkOpenContacts(b *testing.B) {
	s := newStore(b, false)
	fillContacts(b, s, 500, 50000)
	a := test.NewTempApp(b)
	w := a.NewWindow("bench")
	w.Resize(fyne.NewSize(1280, 800))
	defer w.Close()
	e := &env{ctx: context.Background(), store: s, win: w}
	for b.Loop() {
		c := newContactsScreen(e)
		w.SetContent(c.Content())
		if c.view.list.Length() != 50000 {
			b.Fatalf("%d contacts listed", c.view.list.Length())
		}
	}
}
