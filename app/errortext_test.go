package app

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"syscall"
	"testing"

	"ketenregie/data"
	"ketenregie/export"
)

// sqliteCode stands in for SQLite's error, which says its result code.
type sqliteCode int

func (c sqliteCode) Error() string { return fmt.Sprintf("sqlite error (%d)", int(c)) }
func (c sqliteCode) Code() int     { return int(c) }

// TestErrorsSaidInTheWindowsLanguage: every error the disk, the file
// system or SQLite gives (data.Explain, and a file that cannot be written)
// has its text among the window's translations, and in Dutch that text is
// word for word what the command line says, with and without a backup to
// restore. Only the raw error stays out of it.
func TestErrorsSaidInTheWindowsLanguage(t *testing.T) {
	loadTranslations("")
	ctx := context.Background()
	s := newStore(t, false)
	path := s.Path()
	raw := []error{sqliteCode(11), sqliteCode(26), sqliteCode(5), sqliteCode(13), fmt.Errorf("write: %w", syscall.ENOSPC),
		sqliteCode(8), fmt.Errorf("open: %w", syscall.EACCES), sqliteCode(10 | 3<<8)}
	check := func(err error) {
		t.Helper()
		e, ok := data.AsError(err)
		if !ok || e.Reason == "" {
			t.Fatalf("%v: not said by data.Said", err)
		}
		if got := saidText(e); got != e.Msg {
			t.Errorf("%s:\n window  %q\n command %q", e.Reason, got, e.Msg)
		}
		if got, want := errorText(err), capitalise(e.Msg); got != want {
			t.Errorf("errorText = %q, want %q", got, want)
		}
	}
	for _, err := range raw {
		check(data.Explain(err, path))
	}
	if _, err := s.Backup(ctx, "test", 10); err != nil {
		t.Fatal(err)
	}
	for _, err := range raw {
		check(data.Explain(err, path))
	}
	for _, err := range []error{syscall.ENOSPC, syscall.EACCES} {
		werr := export.WriteFileAtomic(t.TempDir()+"/x.pdf", func(w io.Writer) error { return err })
		check(werr)
	}
	if text := errorText(errors.New("iets")); text != "Er ging iets mis: iets" {
		t.Errorf("an unknown error: %q", text)
	}
}

// TestRefusedValuesSaidInTheWindowsLanguage: every value the store refuses
// for a field is said in the window's language, starting with the field's
// label: in Dutch word for word what the command line says (but the
// choices, by label instead of code), in English without a word of it.
func TestRefusedValuesSaidInTheWindowsLanguage(t *testing.T) {
	t.Cleanup(func() { loadTranslations("") })
	ctx := context.Background()
	s := newStore(t, false)
	create := func(kind string, values map[string]string) string {
		t.Helper()
		id, err := s.Create(ctx, kind, values)
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	plan := create("plan", map[string]string{"title": "Plan"})
	other := create("plan", map[string]string{"title": "Ander plan"})
	chapter := create("section", map[string]string{"plan_id": plan, "title": "Een"})
	under := create("section", map[string]string{"plan_id": plan, "parent_id": chapter, "title": "Twee"})
	elsewhere := create("section", map[string]string{"plan_id": other, "title": "Elders"})
	cluster := create("cluster", map[string]string{"name": "Cluster"})

	type write struct {
		reason     string
		kind, id   string // id "" creates a record
		values     map[string]string
		englishHas string
	}
	writes := []write{
		{"required", "contact", "", map[string]string{"name": " "}, "Name: fill in"},
		{"length", "contact", "", map[string]string{"name": "Jan", "function": strings.Repeat("a", 201)}, "Job title: is too long (201 characters, at most 200)"},
		{"utf8", "contact", "", map[string]string{"name": "Jan\xff"}, "UTF-8"},
		{"encoding", "contact", "", map[string]string{"name": "Jan\x01"}, "not allowed"},
		{"newline", "organisation", "", map[string]string{"name": "A\nB", "type": "politie"}, "line break"},
		{"date", "contact", "", map[string]string{"name": "Jan", "last_reviewed": "31-02-2024"}, `Last reviewed: "31-02-2024" is not a valid date`},
		{"choice", "contact", "", map[string]string{"name": "Jan", "role": "qqq"}, `"qqq" is not one of the choices`},
		{"bool", "agreement", "", map[string]string{"title": "A", "type": "overig", "personal_data": "qqq"}, "is not yes or no"},
		{"int", "plan", "", map[string]string{"title": "P", "period_start": "qqq"}, "Period from: \"qqq\" is not a whole number"},
		{"email", "contact", "", map[string]string{"name": "Jan", "email": "jan@"}, "not a valid e-mail address"},
		{"phone", "contact", "", map[string]string{"name": "Jan", "phone": "123"}, "not a valid phone number"},
		{"url", "organisation", "", map[string]string{"name": "A", "type": "politie", "website": "ftp://a.nl"}, "not a valid web address"},
		{"position", "section", "", map[string]string{"plan_id": plan, "title": "X", "position": "!"}, "not a valid position"},
		{"ref", "contact", "", map[string]string{"name": "Jan", "municipality_ids": "GM9999"}, "no municipality with CBS code GM9999"},
		{"ref", "contact", "", map[string]string{"name": "Jan", "organisation_id": "zzz"}, "Organisation: there is no organisation with id zzz"},
		{"self", "section", chapter, map[string]string{"parent_id": chapter}, "this chapter cannot refer to itself"},
		{"cycle", "section", chapter, map[string]string{"parent_id": under}, "circular reference"},
		{"plan", "section", under, map[string]string{"parent_id": elsewhere}, "another policy plan"},
		{"period", "plan", "", map[string]string{"title": "P", "period_start": "2026", "period_end": "2025"}, "the period ends before it begins"},
		{"period", "agreement", "", map[string]string{"title": "A", "type": "overig", "start_date": "2025-01-01", "end_date": "2024-01-01"}, "the end date is before"},
		{"scope", "plan", "", map[string]string{"title": "P", "municipality_id": "GM0405", "cluster_id": cluster}, "not both"},
	}
	for _, w := range writes {
		var err error
		if w.id == "" {
			_, err = s.Create(ctx, w.kind, w.values)
		} else {
			err = s.Update(ctx, w.kind, w.id, w.values)
		}
		e, ok := data.AsError(err)
		if !ok || e.Reason != w.reason {
			t.Errorf("%s %v: got %v, want a refusal for %s", w.kind, w.values, err, w.reason)
			continue
		}
		loadTranslations("nl")
		want := capitalise(e.Msg)
		if w.reason == "choice" { // the window names the choices by their labels, not their codes
			want = "Rol: \"qqq\" is geen geldige keuze (kies uit: " + strings.Join(choiceLabels(data.ContactRoles), ", ") + ")"
		}
		if got := errorText(err); got != want {
			t.Errorf("%s in Dutch:\n window  %q\n command %q", w.reason, got, want)
		}
		loadTranslations("en")
		english := errorText(err)
		if !strings.Contains(english, w.englishHas) {
			t.Errorf("%s in English: %q, want it to hold %q", w.reason, english, w.englishHas)
		}
		if dutch := dutchWords(english); len(dutch) > 0 {
			t.Errorf("%s in English: %q has Dutch %q", w.reason, english, dutch)
		}
	}
}
