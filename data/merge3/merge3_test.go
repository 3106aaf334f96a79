package merge3

import (
	"strings"
	"testing"
)

func TestText(t *testing.T) {
	for _, c := range []struct {
		name                     string
		base, mine, theirs, want string
		ok                       bool
	}{
		{"lines", "a\nb\nc", "A\nb\nc", "a\nb\nC", "A\nb\nC", true},
		{"sentences of one paragraph", "Een. Twee. Drie.", "Eén. Twee. Drie.", "Een. Twee. Drie!", "Eén. Twee. Drie!", true},
		{"same change", "x", "y", "y", "y", true},
		{"one side unchanged", "x", "x", "z", "z", true},
		{"other side unchanged", "x", "z", "x", "z", true},
		{"same sentence", "Een twee.", "Een drie.", "Een vier.", "", false},
		{"adjacent lines", "a\nb", "A\nb", "a\nB", "A\nB", true},
		{"adjacent line and an added one", "a\nb", "A\nb", "a\nB\nc", "", false},
		{"adjacent sentences", "Een. Twee. Drie.", "Eén. Twee. Drie.", "Een. Twee! Drie.", "Eén. Twee! Drie.", true},
		{"white space kept", "  a\t\n\nb", "  a\t\n\nB", "  A\t\n\nb", "  A\t\n\nB", true},
		{"insertions at one place", "a\nc", "a\nb1\nc", "a\nb2\nc", "", false},
		{"insertions at two places", "a\nb\nc\n", "a\nx\nb\nc\n", "a\nb\nc\ny\n", "a\nx\nb\nc\ny\n", true},
		{"one deletes a line, the other changes another", "a\nb\nc\nd\n", "a\nc\nd\n", "a\nb\nc\nD\n", "a\nc\nD\n", true},
		{"one deletes a line, the other changes the next", "a\nb\nc\n", "a\nc\n", "a\nb\nC\n", "", false},
		{"one deletes the line the other changes", "a\nb\nc\n", "a\nc\n", "a\nB\nc\n", "", false},
		{"empty base", "", "mijn", "hun", "", false},
	} {
		got, ok := Text(c.base, c.mine, c.theirs)
		if got != c.want || ok != c.ok {
			t.Errorf("%s: got %q (ok %v), want %q (%v)", c.name, got, ok, c.want, c.ok)
		}
	}
}

// Every split gives pieces that join to the text, byte for byte: a merge
// made of them loses no white space.
func TestSplitsJoinToTheText(t *testing.T) {
	for _, s := range []string{"", "a", "a\n", "\n\n", "Een. Twee!\n  Drie? vier", "x.y. z", "  \t spaties \n", "\xff. \xfe"} {
		for name, split := range map[string]func(string) []string{"lines": lines, "sentences": sentences, "Words": Words} {
			if got := strings.Join(split(s), ""); got != s {
				t.Errorf("%s(%q) joins to %q", name, s, got)
			}
		}
	}
}

func TestMatches(t *testing.T) {
	m, ok := Matches(Words("de oude tekst"), Words("de nieuwe tekst"))
	if !ok || m[0] != 0 || m[2] != -1 || m[4] != 4 {
		t.Errorf("Matches: %v %v, want the changed word alone unpaired", m, ok)
	}
	// Texts too long to compare pair only their common start and end, and
	// then nothing can be merged.
	long := func(word string) []string {
		out := []string{"begin"}
		for i := 0; i < 2100; i++ {
			out = append(out, word)
		}
		return append(out, "eind")
	}
	m, ok = Matches(long("a"), long("b"))
	if ok || m[0] != 0 || m[1] != -1 || m[len(m)-1] != 2101 {
		t.Errorf("too long: ok %v, start %d, end %d", ok, m[0], m[len(m)-1])
	}
	b, x := strings.Repeat("a\n", 2100), strings.Repeat("b\n", 2100)
	if _, ok := Text(b, x, x+"c"); ok {
		t.Error("texts too long to compare were merged")
	}
	if got, ok := Text(b, x, b); !ok || got != x {
		t.Error("a long text changed on one side only is not that side")
	}
}
