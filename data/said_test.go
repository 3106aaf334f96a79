package data

import (
	"fmt"
	"testing"
)

// TestRefusedNamesIncomingSentences: the refusals incoming.go still makes
// with a format say what they said before, word for word, and carry a
// reason and their values by name, for the window to say them.
func TestRefusedNamesIncomingSentences(t *testing.T) {
	for _, c := range []struct {
		format, reason string
		args           []any
	}{
		{"wijziging %s heeft geen geldige klokwaarde", "change_clock", []any{ChangeID{"a", 3}}},
		{"het bestand noemt record %s zowel %s als %s", "record_two_kinds", []any{"r1", "contact", "agreement"}},
		{"record %s is in deze database een %s; het bestand maakt er een %s van", "record_kind_changed", []any{"r1", "contact", "agreement"}},
		{"wijziging %s (%s, veld %s) wordt niet aanvaard: %s", "change_not_accepted", []any{ChangeID{"a", 3}, "contact", "email", "geen geldige waarde"}},
		{"iets anders %d", "", []any{7}},
	} {
		e, ok := AsError(refused(c.format, c.args...))
		if !ok || e.Code != CodeRefused || e.Reason != c.reason {
			t.Errorf("%q: got %#v, want a refusal with reason %q", c.format, e, c.reason)
			continue
		}
		if want := fmt.Sprintf(c.format, c.args...); e.Msg != want {
			t.Errorf("%q:\n got  %q\n want %q", c.reason, e.Msg, want)
		}
	}
}

// TestFillOnce: a value is put in as it is, even when it looks like a
// name to fill (a device name from a colleague's file), and a name without
// a value is left standing.
func TestFillOnce(t *testing.T) {
	got := Fill("{{.Name}} ({{.Device}}) {{.Missing}} {{.", map[string]string{"Name": "{{.Device}}", "Device": "d1"})
	if want := "{{.Device}} (d1) {{.Missing}} {{."; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
