// Package merge3 merges two edits of a text that started from a common
// base, the way a coordinator would by hand: the merged text is made of the
// versions' own pieces, byte for byte, and it merges only where the two
// sides changed different lines (or different sentences of a paragraph).
// Where both changed the same place it gives up, and the caller shows both.
//
// It knows nothing of the store or the screen: a conflict of a long text
// (data.Conflict) hands it three strings.
package merge3

import (
	"slices"
	"strings"
	"unicode"
)

// maxDiffCells bounds the work of comparing two texts: beyond it (two
// texts of 2,000 pieces each) Matches pairs only a common start and end.
const maxDiffCells = 4_000_000

// Text merges mine and theirs, two edits of base. ok reports a clean
// merge: each side's changes are in merged and none was lost. Otherwise
// merged is "" and the caller decides (Ketenregie proposes both versions
// one after the other).
//
// Text(b, m, b) is m and Text(b, b, t) is t, always clean; Text(b, x, x)
// is x, clean, for any texts short enough to compare (see maxDiffCells).
// Which side is mine does not matter: Text(b, t, m) is Text(b, m, t).
func Text(base, mine, theirs string) (merged string, ok bool) {
	switch {
	case mine == base:
		return theirs, true
	case theirs == base:
		return mine, true
	}
	for _, split := range []func(string) []string{lines, sentences} {
		if out, ok := pieces(split(base), split(mine), split(theirs)); ok {
			return strings.Join(out, ""), true
		}
	}
	return "", false
}

// lines splits a text after each newline; joined they are the text.
func lines(s string) []string {
	out := strings.SplitAfter(s, "\n")
	if out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	return out
}

// sentences splits a text after each sentence (., ! or ? followed by
// white space) and each line, keeping the white space with the sentence
// before it; joined they are the text.
func sentences(s string) []string {
	var out []string
	start := 0
	space := func(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
	for i := 0; i < len(s); i++ {
		c := s[i]
		end := c == '\n' || (c == '.' || c == '!' || c == '?') && i+1 < len(s) && space(s[i+1])
		if !end {
			continue
		}
		j := i + 1
		for j < len(s) && space(s[j]) {
			j++
		}
		out = append(out, s[start:j])
		start, i = j, j-1
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}

// Words splits a text into runs of white space and runs of other
// characters; joined they are the text. With Matches it marks the words
// of a version that differ from another.
func Words(s string) []string {
	var out []string
	start := 0
	prev := -1
	for i, r := range s {
		kind := 0
		if unicode.IsSpace(r) {
			kind = 1
		}
		if prev >= 0 && kind != prev {
			out = append(out, s[start:i])
			start = i
		}
		prev = kind
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}

// Matches pairs the pieces of a with those of b along a longest common
// subsequence: m[i] is the index in b of a[i]'s partner, or -1. ok is false
// when the texts are too long to compare (then only a common start and end
// are paired).
func Matches(a, b []string) (m []int, ok bool) {
	m = make([]int, len(a))
	for i := range m {
		m[i] = -1
	}
	pre := 0
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		m[pre] = pre
		pre++
	}
	suf := 0
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		m[len(a)-1-suf] = len(b) - 1 - suf
		suf++
	}
	a2, b2 := a[pre:len(a)-suf], b[pre:len(b)-suf]
	n, k := len(a2), len(b2)
	if n == 0 || k == 0 {
		return m, true
	}
	if n*k > maxDiffCells {
		return m, false
	}
	w := k + 1
	lcs := make([]int32, (n+1)*w) // lcs[i*w+j]: the longest common subsequence of a2[i:] and b2[j:]
	for i := n - 1; i >= 0; i-- {
		for j := k - 1; j >= 0; j-- {
			if a2[i] == b2[j] {
				lcs[i*w+j] = lcs[(i+1)*w+j+1] + 1
			} else {
				lcs[i*w+j] = max(lcs[(i+1)*w+j], lcs[i*w+j+1])
			}
		}
	}
	for i, j := 0, 0; i < n && j < k; {
		switch {
		case a2[i] == b2[j]:
			m[pre+i] = pre + j
			i++
			j++
		case lcs[(i+1)*w+j] >= lcs[i*w+j+1]:
			i++
		default:
			j++
		}
	}
	return m, true
}

// pieces merges two edits of base, piece by piece: between the pieces
// that neither side changed, it takes the side that changed something, or
// either when both made the same change; where both changed a stretch, it
// merges only pieces replaced one for one. ok is false when both sides
// changed the same piece differently, or added or removed pieces in a
// stretch the other side also changed.
func pieces(base, mine, theirs []string) (out []string, ok bool) {
	mm, ok1 := Matches(base, mine)
	tm, ok2 := Matches(base, theirs)
	if !ok1 || !ok2 {
		return nil, false
	}
	pb, pm, pt := 0, 0, 0
	take := func(ib, im, it int) bool {
		b, m, t := base[pb:ib], mine[pm:im], theirs[pt:it]
		switch {
		case slices.Equal(m, b):
			out = append(out, t...)
		case slices.Equal(t, b), slices.Equal(m, t):
			out = append(out, m...)
		case len(m) == len(b) && len(t) == len(b):
			// Both sides replaced pieces one for one, without adding or
			// removing any: merge piece by piece.
			for j := range b {
				switch {
				case m[j] == b[j]:
					out = append(out, t[j])
				case t[j] == b[j], m[j] == t[j]:
					out = append(out, m[j])
				default:
					return false
				}
			}
		default:
			return false
		}
		return true
	}
	for i := range base {
		if mm[i] < 0 || tm[i] < 0 {
			continue
		}
		if !take(i, mm[i], tm[i]) {
			return nil, false
		}
		out = append(out, base[i])
		pb, pm, pt = i+1, mm[i]+1, tm[i]+1
	}
	if !take(len(base), len(mine), len(theirs)) {
		return nil, false
	}
	return out, true
}
