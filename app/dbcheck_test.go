package app

import (
	"context"
	"database/sql"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"ketenregie/app/kit/kittest"
	"ketenregie/data"
)

// startChecked starts the window as Run does and waits for the database
// check it runs in the background.
func startChecked(t *testing.T, m *MainWindow) {
	t.Helper()
	drain(checkDone)
	m.started()
	select {
	case <-checkDone:
	case <-time.After(30 * time.Second):
		t.Fatal("the database check at start-up did not finish")
	}
}

// drain empties a channel of signals that earlier tests left.
func drain(c chan struct{}) {
	for {
		select {
		case <-c:
		default:
			return
		}
	}
}

// busyThen runs start, which starts work behind busy's progress dialog,
// and waits for that work.
func busyThen(t *testing.T, m *MainWindow, start func()) {
	t.Helper()
	drain(m.env.done)
	start()
	select {
	case <-m.env.done:
	case <-time.After(30 * time.Second):
		t.Fatal("the work behind the progress dialog did not finish")
	}
}

// tamper changes the database behind the store's back.
func tamper(t *testing.T, s *data.Store, query string, args ...any) {
	t.Helper()
	db, err := sql.Open("sqlite", s.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(query, args...); err != nil {
		t.Fatal(err)
	}
}

// When the tables drifted from the change log, the window says so under
// every screen, and Instellingen repairs it after asking.
func TestStartUpCheckRepairsDriftFromSettings(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, false)
	id, err := s.Create(ctx, "contact", map[string]string{"name": "Jan Bakker"})
	if err != nil {
		t.Fatal(err)
	}
	tamper(t, s, "UPDATE contact SET name = 'Jan Bakkker' WHERE id = ?", id)
	m := newWindow(t, s)
	startChecked(t, m)

	if !m.notice.content.Visible() || m.notice.content.Size().Height == 0 || !strings.Contains(m.notice.label.Text, "wijzigingslogboek") {
		t.Fatalf("no notice under the screens: shown %v, size %v, %q", m.notice.content.Visible(), m.notice.content.Size(), m.notice.label.Text)
	}
	test.Tap(m.notice.button)
	if m.current != "instellingen" || !m.notice.content.Visible() {
		t.Fatalf("the notice's button opened %q, not Instellingen, and the notice shown is %v: it should stay until the repair", m.current, m.notice.content.Visible())
	}
	st := m.screens["instellingen"].(*settingsScreen)
	v := st.check
	if !v.content.Visible() || !strings.Contains(v.status.Text, "wijken af van het wijzigingslogboek") ||
		!v.list.Visible() || !strings.Contains(v.list.Text, `"Jan Bakkker", volgens het logboek "Jan Bakker"`) {
		t.Fatalf("Instellingen does not say what is wrong: %q\n%q", v.status.Text, v.list.Text)
	}
	if !v.repair.Visible() {
		t.Fatal("no Herstellen button for drift")
	}
	test.Tap(v.repair)
	if q := kittest.DialogText(m.Window()); !strings.Contains(q, "Eerst komt er een reservekopie") {
		t.Errorf("the question does not say a backup is made first: %q", q)
	}
	busyThen(t, m, func() { test.Tap(kittest.DialogButton(t, m.Window(), "Herstellen")) })

	if problems, err := s.Check(ctx); err != nil || len(problems) > 0 {
		t.Errorf("after Herstellen the check finds %v, %v", problems, err)
	}
	if c, _ := s.Get(ctx, "contact", id); c.Get("name") != "Jan Bakker" {
		t.Errorf("the contact is called %q after the repair", c.Get("name"))
	}
	backups, err := data.Backups(s.Path())
	if err != nil || len(backups) != 1 {
		t.Fatalf("backups after the repair: %v, %v; want one", backups, err)
	}
	if !v.outcome.Visible() || !strings.Contains(v.outcome.Text, "Hersteld") || !strings.Contains(v.outcome.Text, backups[0].Path) ||
		!v.fixed.Visible() || !strings.Contains(v.fixed.Text, "Jan Bakkker") {
		t.Errorf("Instellingen does not say what was fixed and where the backup is: %q\n%q", v.outcome.Text, v.fixed.Text)
	}
	if !strings.Contains(v.status.Text, "in orde") || v.repair.Visible() || v.list.Visible() {
		t.Errorf("after the repair: %q, button shown %v, list shown %v", v.status.Text, v.repair.Visible(), v.list.Visible())
	}
	if m.notice.content.Visible() {
		t.Errorf("the notice stays after the repair: %q", m.notice.label.Text)
	}
	if !strings.Contains(st.backups.Text, "1 in") {
		t.Errorf("the backup list does not show the new backup: %q", st.backups.Text)
	}
}

// A damaged log is no drift: no button, but the advice to restore a
// backup; a sound database says so with the time of the check.
func TestStartUpCheckWithoutRepair(t *testing.T) {
	const editLog = "UPDATE change SET value = 'Jan Bakkker' WHERE entity_id = ? AND field = 'name'"
	cases := []struct {
		name   string
		backup bool
		tamper string // run on the change of the contact's name
		notice bool
		status string
	}{
		{"sound", false, "", false, "gecontroleerd bij het starten, op"},
		{"edited log", true, editLog, true, "zet hieronder bij Reservekopieën een reservekopie"},
		{"edited log without backups", false, editLog, true, "er is nog geen reservekopie om terug te zetten"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ctx := context.Background()
			s := newStore(t, false)
			id, err := s.Create(ctx, "contact", map[string]string{"name": "Jan Bakker"})
			if err != nil {
				t.Fatal(err)
			}
			if c.backup {
				if _, err := s.Backup(ctx, "handmatig", 10); err != nil {
					t.Fatal(err)
				}
			}
			if c.tamper != "" {
				tamper(t, s, c.tamper, id)
			}
			m := newWindow(t, s)
			startChecked(t, m)
			if m.notice.content.Visible() != c.notice {
				t.Errorf("notice shown %v, want %v: %q", m.notice.content.Visible(), c.notice, m.notice.label.Text)
			}
			v := openSettings(t, m).check
			if !v.content.Visible() || !strings.Contains(v.status.Text, c.status) {
				t.Errorf("Instellingen says %q, want %q", v.status.Text, c.status)
			}
			if v.repair.Visible() {
				t.Error("Herstellen offered where it cannot repair anything")
			}
			if c.notice && !strings.Contains(v.list.Text, "hash klopt niet") {
				t.Errorf("the damage is not listed: %q", v.list.Text)
			}
		})
	}
}

// Instellingen lists a few problems and says how many more there are.
func TestProblemLinesAreCapped(t *testing.T) {
	var ps []data.Problem
	for i := 0; i < maxProblemLines+5; i++ {
		ps = append(ps, data.Problem{Where: "cluster x", What: "ontbreekt", Drift: true})
	}
	ps = append(ps, data.Problem{Where: "sqlite", What: "kapot"})
	lines := strings.Split(problemLines(ps), "\n")
	if len(lines) != maxProblemLines+1 || lines[len(lines)-1] != "en nog 6 meer" {
		t.Errorf("%d lines, the last %q; want %d and \"en nog 6 meer\"", len(lines), lines[len(lines)-1], maxProblemLines+1)
	}
	if !strings.Contains(lines[0], "sqlite: kapot") {
		t.Errorf("the damage that cannot be repaired is not listed first: %q", lines[0])
	}
}
