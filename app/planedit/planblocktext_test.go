package planedit

import (
	"slices"
	"strings"
	"testing"

	"ketenregie/data"
)

func sameStyled(a, b styledText) bool {
	return slices.Equal(a.runes, b.runes) && slices.Equal(a.marks, b.marks)
}

// styledSeeds are stored texts as people and the old editor wrote them.
var styledSeeds = []string{
	"", "Gewone tekst.", "Een **vette** en een *cursieve* zin.", "***beide***", "**vet *en cursief* vet**",
	"*cursief **en vet** cursief*", "2 * 3 = 6", "\\*geen cursief\\*", "a\\\\b", "**niet gesloten", "*a***b**",
	"regel één **vet\nregel twee** niet", "• punt\n- punt\n* punt", "****", "**€ 0,40 per inwoner**", "*a*\\*",
}

// TestStyledMarkupRoundTrip checks that what the editor stores reads back
// as what it showed, and that the PDF (which parses line by line) and the
// lists and search (which parse the whole text) show the same characters.
func TestStyledMarkupRoundTrip(t *testing.T) {
	for _, src := range styledSeeds {
		checkRoundTrip(t, src)
	}
	// Every combination of emphasis next to each other, with asterisks and
	// backslashes typed as text.
	marks := []emphasis{0, emBold, emItalic, emBold | emItalic}
	for _, a := range marks {
		for _, b := range marks {
			for _, c := range marks {
				s := concatStyled(plainStyled("x*", a), plainStyled("\\y", b), plainStyled("z ", c))
				if got := parseStyled(s.markup()); !sameStyled(got, s) {
					t.Errorf("%v %v %v: %q reads back as %v, want %v", a, b, c, s.markup(), got.marks, s.marks)
				}
			}
		}
	}
}

func checkRoundTrip(t *testing.T, src string) {
	t.Helper()
	s := parseStyled(src)
	m := s.markup()
	back := parseStyled(m)
	if !sameStyled(s, back) {
		t.Fatalf("%q: stored as %q, which reads back as %q %v, want %q %v", src, m, back.String(), back.marks, s.String(), s.marks)
	}
	if m2 := back.markup(); m2 != m {
		t.Fatalf("%q: stored as %q, then as %q", src, m, m2)
	}
	if got := data.PlainText(m); got != s.String() {
		t.Fatalf("%q: stored as %q, whose plain text is %q, want %q", src, m, got, s.String())
	}
	for i, line := range strings.Split(m, "\n") {
		if got, want := data.PlainText(line), strings.Split(s.String(), "\n")[i]; got != want {
			t.Fatalf("%q: line %d prints %q, the editor shows %q", src, i, got, want)
		}
	}
}

func FuzzStyledMarkup(f *testing.F) {
	for _, s := range styledSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		if strings.ContainsRune(src, '\r') {
			t.Skip() // a carriage return is taken out on paste; ParseInline keeps it
		}
		checkRoundTrip(t, src)
	})
}

func TestStyledEdits(t *testing.T) {
	s := parseStyled("Een **vette** zin")
	if s.String() != "Een vette zin" || !s.has(4, 9, emBold) || s.has(3, 9, emBold) {
		t.Fatalf("parsed %q %v", s.String(), s.marks)
	}
	s.replace(4, 9, plainStyled("sterke", emItalic))
	if got := s.markup(); got != "Een *sterke* zin" {
		t.Errorf("replaced: %q", got)
	}
	s.set(0, 3, emBold, true)
	if got := s.markup(); got != "**Een** *sterke* zin" {
		t.Errorf("bold: %q", got)
	}
	if got := parseStyled("  een\n\n twee  drie ").oneLine().String(); got != "een twee drie" {
		t.Errorf("one line: %q", got)
	}
	w := plainStyled("Hallo, wereld-wijd!\nNu", 0)
	for _, c := range []struct {
		name      string
		got, want int
	}{
		{"left from the end of a word", w.wordLeft(5), 0},
		{"left from after the comma", w.wordLeft(7), 0},
		{"right from the start", w.wordRight(0), 7},
		{"right over the hyphenated word", w.wordRight(7), 19},
		{"right over the line break", w.wordRight(19), 20},
	} {
		if c.got != c.want {
			t.Errorf("%s: %d, want %d", c.name, c.got, c.want)
		}
	}
	if a, b := w.wordAt(9); a != 7 || b != 18 {
		t.Errorf("word at 9: %d-%d", a, b)
	}
}
