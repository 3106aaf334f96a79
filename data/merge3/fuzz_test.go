package merge3

import (
	"strings"
	"testing"
)

// FuzzMerge3 holds the promises of Text for any three texts: it never
// panics, a side that changed nothing takes the other side's text, equal
// edits are that edit, and which side is mine does not matter. The same
// holds for the merge of pieces itself, below Text's shortcuts.
func FuzzMerge3(f *testing.F) {
	for _, s := range [][3]string{
		{"a\nb\nc", "A\nb\nc", "a\nb\nC"},
		{"Een. Twee. Drie.", "Eén. Twee. Drie.", "Een. Twee! Drie."},
		{"a\nb", "A\nb", "a\nB\nc"},
		{"a\nc", "a\nb1\nc", "a\nb2\nc"},
		{"  a\t\n\nb", "  a\t\n\nB", "  A\t\n\nb"},
		{"", "mijn", "hun"},
		{"x.y. z", "x.y! z", "\r\n\xff"},
	} {
		f.Add(s[0], s[1], s[2])
	}
	f.Fuzz(func(t *testing.T, b, m, th string) {
		merged, ok := Text(b, m, th)
		if !ok && merged != "" {
			t.Errorf("Text(%q, %q, %q) failed but returned %q", b, m, th, merged)
		}
		if got, ok2 := Text(b, th, m); got != merged || ok2 != ok {
			t.Errorf("Text(%q, %q, %q) = %q %v, with the sides swapped %q %v", b, m, th, merged, ok, got, ok2)
		}
		if got, ok := Text(b, m, b); got != m || !ok {
			t.Errorf("Text(%q, %q, base) = %q %v, want mine", b, m, got, ok)
		}
		if got, ok := Text(b, b, th); got != th || !ok {
			t.Errorf("Text(%q, base, %q) = %q %v, want theirs", b, th, got, ok)
		}
		if got, ok := Text(b, b, b); got != b || !ok {
			t.Errorf("Text(%q, %q, %q) = %q %v", b, b, b, got, ok)
		}
		if got, ok := Text(b, m, m); got != m || !ok {
			t.Errorf("Text(%q, %q, %q) = %q %v, want the common edit", b, m, m, got, ok)
		}
		for name, split := range map[string]func(string) []string{"lines": lines, "sentences": sentences} {
			bp, mp, tp := split(b), split(m), split(th)
			if strings.Join(bp, "") != b || strings.Join(mp, "") != m {
				t.Fatalf("%s do not join to the text", name)
			}
			if out, ok := pieces(bp, mp, bp); !ok || strings.Join(out, "") != m {
				t.Errorf("%s: pieces(%q, %q, base) = %q %v, want mine", name, b, m, out, ok)
			}
			if out, ok := pieces(bp, bp, tp); !ok || strings.Join(out, "") != th {
				t.Errorf("%s: pieces(%q, base, %q) = %q %v, want theirs", name, b, th, out, ok)
			}
		}
		if strings.Join(Words(m), "") != m {
			t.Errorf("Words(%q) does not join to the text", m)
		}
	})
}
