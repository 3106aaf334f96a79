package app

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
)

// TestColleaguesChangeSurvivesASave: a contact form is open and edited
// when a colleague's new phone number arrives (here written to the store
// directly, as an imported file does). The form takes the new number,
// keeps the user's edit, says what happened, and saving writes the edit
// without putting the old number back. A field both changed keeps the
// user's value.
func TestColleaguesChangeSurvivesASave(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, false)
	id, err := s.Create(ctx, "contact", map[string]string{"name": "Anna de Wit", "phone": "06-11111111", "email": "anna@example.org"})
	if err != nil {
		t.Fatal(err)
	}
	m := newWindow(t, s)
	c := openContacts(t, m)
	m.OpenRecord("contact", id)
	if c.id != id {
		t.Fatalf("the form shows %q", c.id)
	}
	c.notes.SetText("Belt terug op dinsdag")
	c.email.SetText("a.dewit@example.org")

	if err := s.Update(ctx, "contact", id, map[string]string{"phone": "06-22222222", "email": "anna.wit@example.org"}); err != nil {
		t.Fatal(err)
	}
	m.refreshAll()
	if c.phone.Text != "06-22222222" || c.notes.Text != "Belt terug op dinsdag" || c.email.Text != "a.dewit@example.org" {
		t.Errorf("after the colleague's change the form shows phone %q, notes %q, e-mail %q", c.phone.Text, c.notes.Text, c.email.Text)
	}
	msg := c.message.Text
	for _, want := range []string{"intussen gewijzigd door test", "Overgenomen: telefoon 06-22222222", "Ook door u gewijzigd", "e-mail anna.wit@example.org"} {
		if !strings.Contains(msg, want) {
			t.Errorf("the form says %q, want %q", msg, want)
		}
	}
	if !c.dirty() {
		t.Fatal("the user's edits no longer count as unsaved")
	}
	test.Tap(c.saveButton)
	r, _ := s.Get(ctx, "contact", id)
	if r.Get("phone") != "06-22222222" || r.Get("notes") != "Belt terug op dinsdag" || r.Get("email") != "a.dewit@example.org" {
		t.Errorf("after saving: phone %q, notes %q, e-mail %q", r.Get("phone"), r.Get("notes"), r.Get("email"))
	}
}

// TestContactsDueFilter: Contacten shows only the contacts due for their
// yearly review when asked, as many as Overzicht counts.
func TestContactsDueFilter(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, false)
	old := s.Now().AddDate(-2, 0, 0).Format("2006-01-02")
	for _, c := range []map[string]string{
		{"name": "Lang Geleden", "last_reviewed": old},
		{"name": "Ook Lang Geleden", "last_reviewed": old},
		{"name": "Net Gecontroleerd", "last_reviewed": s.Now().Format("2006-01-02")},
	} {
		if _, err := s.Create(ctx, "contact", c); err != nil {
			t.Fatal(err)
		}
	}
	m := newWindow(t, s)
	c := openContacts(t, m)
	if len(c.ids) != 3 {
		t.Fatalf("%d contacts listed", len(c.ids))
	}
	c.showDue()
	if len(c.ids) != 2 || c.count.Text != "2 contactpersonen" || !c.dueFilter.Checked {
		t.Errorf("due only: %d listed, %q", len(c.ids), c.count.Text)
	}
	c.dueFilter.SetChecked(false)
	if len(c.ids) != 3 {
		t.Errorf("without the filter: %d listed", len(c.ids))
	}
}

// TestOverviewReviewOpensTheDueContacts: Overzicht lists every contact due
// for review (not only the first five) and its link opens Contacten on
// exactly those.
func TestOverviewReviewOpensTheDueContacts(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, false)
	old := s.Now().AddDate(-2, 0, 0).Format("2006-01-02")
	for i := range 7 {
		if _, err := s.Create(ctx, "contact", map[string]string{"name": "Persoon " + string(rune('A'+i)), "last_reviewed": old}); err != nil {
			t.Fatal(err)
		}
	}
	s.Create(ctx, "contact", map[string]string{"name": "Net Gecontroleerd", "last_reviewed": s.Now().Format("2006-01-02")})
	m := newWindow(t, s)
	m.Show("overzicht")
	o := m.screens["overzicht"].(*overviewScreen)
	if n := len(o.reviewRows.Objects); n != 7 || !strings.Contains(o.review.Text, "7 contactpersonen") {
		t.Errorf("the card lists %d rows under %q", n, o.review.Text)
	}
	test.Tap(findButton(t, o.Content(), "Naar Contacten"))
	c := m.contacts
	if m.current != "contacten" || c == nil || !c.dueFilter.Checked || len(c.ids) != 7 {
		t.Errorf("the link opens %q with the filter %v and %d contacts", m.current, c != nil && c.dueFilter.Checked, len(c.ids))
	}
}
