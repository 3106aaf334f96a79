// Package textdiff compares two versions of a text word by word: which
// words a later version added and which it removed, for the comparison of
// plan versions ("Wijzigingen ten opzichte van versie 0.3"). The spans of
// a comparison join into both texts: the Same and Removed spans into the
// old one, the Same and Added spans into the new one, byte for byte.
//
// Words are runs of letters and other characters between white space; the
// white space between them is compared as well, so a changed line break
// shows. The comparison itself is Myers' algorithm as
// github.com/sergi/go-diff implements it (linear memory, bisecting long
// texts), on the words mapped to single characters.
package textdiff

import (
	"strings"

	"github.com/sergi/go-diff/diffmatchpatch"

	"ketenregie/data/merge3"
)

// Op says what a span is.
type Op int

const (
	Same    Op = iota // in both versions
	Added             // only in the new version
	Removed           // only in the old version
)

// Span is a run of text with one Op.
type Span struct {
	Op   Op
	Text string
}

// Words compares old and new word by word.
func Words(old, new string) []Span {
	if old == new {
		if old == "" {
			return nil
		}
		return []Span{{Same, old}}
	}
	a, b := merge3.Words(old), merge3.Words(new)
	index := map[string]rune{}
	var words []string
	encode := func(ws []string) []rune {
		out := make([]rune, len(ws))
		for i, w := range ws {
			r, ok := index[w]
			if !ok {
				r = runeFor(len(words))
				index[w] = r
				words = append(words, w)
			}
			out[i] = r
		}
		return out
	}
	ra, rb := encode(a), encode(b)
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0 // exact: a comparison is never cut short
	// Semantic clean-up joins changes that only share a space or a short
	// word into one, so a rewritten sentence reads as removed and added
	// whole instead of word by word.
	diffs := dmp.DiffCleanupSemantic(dmp.DiffMainRunes(ra, rb, false))
	var out []Span
	for _, d := range diffs {
		var text strings.Builder
		for _, r := range d.Text {
			text.WriteString(words[wordIndex(r)])
		}
		op := Same
		switch d.Type {
		case diffmatchpatch.DiffInsert:
			op = Added
		case diffmatchpatch.DiffDelete:
			op = Removed
		}
		if n := len(out); n > 0 && out[n-1].Op == op {
			out[n-1].Text += text.String()
			continue
		}
		out = append(out, Span{op, text.String()})
	}
	return out
}

// The i-th distinct word is the character runeFor(i): the planes above
// the Basic Multilingual Plane and below the surrogates' reach hold over a
// million, far more than the words of any plan.
const firstRune = 0x10000

func runeFor(i int) rune   { return rune(firstRune + i) }
func wordIndex(r rune) int { return int(r - firstRune) }
