package say

import (
	"slices"
	"testing"
)

// TestDutchOnlyWords: the list the English test looks for holds the words
// a Dutch text has and its English one has not, and no names.
func TestDutchOnlyWords(t *testing.T) {
	for _, w := range []string{"gemeenten", "opslaan", "ketenafspraken", "beleidsplannen"} {
		if !dutchOnly()[w] {
			t.Errorf("%q is not among the Dutch-only words", w)
		}
	}
	for _, w := range []string{"ketenregie", "riec", "the", "contacts", "municipalities"} {
		if dutchOnly()[w] {
			t.Errorf("%q is among the Dutch-only words", w)
		}
	}
	if got := DutchWords("Opslaan: the Gemeenten of {{.Count}}"); !slices.Equal(got, []string{"opslaan", "gemeenten"}) {
		t.Errorf("dutchWords = %q", got)
	}
}
