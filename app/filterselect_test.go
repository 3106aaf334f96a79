package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// TestTypeToFindAMunicipality: of the region's municipalities, typing part of a
// name (any case, no accents) lists those holding it, names starting with
// it first; Enter takes the first, and Escape puts back what was chosen.
func TestTypeToFindAMunicipality(t *testing.T) {
	m := newWindow(t, newStore(t, false))
	c := openContacts(t, m)
	add := c.munis.add
	if len(add.Options) < 40 {
		t.Fatalf("%d municipalities offered", len(add.Options))
	}
	test.Type(add, "zaan")
	if len(add.Matches()) == 0 || add.Matches()[0] != "Zaanstad" || !add.Listing() {
		t.Fatalf("typing zaan lists %q", add.Matches())
	}
	test.Type(add, "s")
	if len(add.Matches()) != 1 {
		t.Errorf("zaans lists %q", add.Matches())
	}
	add.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	zaanstad := ""
	for id, ch := range c.munis.checks {
		if ch.Text == "Zaanstad" {
			zaanstad = id
		}
	}
	if zaanstad == "" || !c.munis.checks[zaanstad].Checked || add.Text != "" || add.Listing() {
		t.Errorf("after Enter: ticked %v, field %q", zaanstad != "", add.Text)
	}
	if !c.Edited() {
		t.Error("adding a municipality does not count as an edit")
	}

	// An organisation: a typed name that is no option is put back.
	org := c.org
	org.SetSelected(c.none)
	test.Type(org, "nergens")
	org.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if org.Text != c.none || org.Selected != c.none {
		t.Errorf("after Escape the organisation reads %q (%q)", org.Text, org.Selected)
	}
	test.Type(org, "súdw") // no organisation holds it
	if len(org.Matches()) != 0 {
		t.Errorf("súdw lists %q", org.Matches())
	}
}
