package export

import (
	"strings"
	"testing"
)

func TestTermsIn(t *testing.T) {
	got := termsIn("Het OM en het RIEC overleggen om de week met het college van B&W over MDA++-casuïstiek; " +
		"de KMarechaussee niet. Wet Bibob. VNGs")
	var abbr []string
	for _, tm := range got {
		abbr = append(abbr, tm.abbr)
	}
	if want := "B&W Bibob MDA++ OM RIEC"; strings.Join(abbr, " ") != want {
		t.Errorf("termsIn found %q, want %q", strings.Join(abbr, " "), want)
	}
}
