package textdiff

import (
	"math/rand"
	"strings"
	"testing"
	"time"
)

// join is the old and the new text the spans make.
func join(spans []Span) (old, new string) {
	var a, b strings.Builder
	for _, s := range spans {
		if s.Op != Added {
			a.WriteString(s.Text)
		}
		if s.Op != Removed {
			b.WriteString(s.Text)
		}
	}
	return a.String(), b.String()
}

func TestWords(t *testing.T) {
	spans := Words("De gemeente stelt een aandachtsfunctionaris aan.", "De gemeente stelt per 1 januari een aandachtsfunctionaris mensenhandel aan.")
	var added, removed []string
	for _, s := range spans {
		switch s.Op {
		case Added:
			added = append(added, strings.TrimSpace(s.Text))
		case Removed:
			removed = append(removed, s.Text)
		}
	}
	if strings.Join(added, "|") != "per 1 januari|mensenhandel" || len(removed) != 0 {
		t.Errorf("added %q, removed %q", added, removed)
	}
	spans = Words("Overleg elke maand.", "Overleg elke week.")
	if len(spans) != 3 || spans[1].Op != Removed || spans[1].Text != "maand." || spans[2].Text != "week." {
		t.Errorf("%+v", spans)
	}
	if got := Words("", ""); got != nil {
		t.Errorf("two empty texts: %+v", got)
	}
	if got := Words("", "nieuw"); len(got) != 1 || got[0].Op != Added {
		t.Errorf("from nothing: %+v", got)
	}
}

// FuzzWords: the spans always make both texts again, the same text is all
// Same, and no two spans in a row share an Op.
func FuzzWords(f *testing.F) {
	f.Add("De gemeente stelt een aandachtsfunctionaris aan.", "De gemeente stelt per 1 januari een aandachtsfunctionaris aan.")
	f.Add("a\nb\n\nc", "a\n\nb c")
	f.Add("", "x")
	f.Add("één  twee\tdrie", "twee één")
	f.Fuzz(func(t *testing.T, a, b string) {
		spans := Words(a, b)
		if ga, gb := join(spans); ga != a || gb != b {
			t.Fatalf("Words(%q, %q) joins into %q and %q", a, b, ga, gb)
		}
		for i := 1; i < len(spans); i++ {
			if spans[i].Op == spans[i-1].Op || spans[i].Text == "" {
				t.Fatalf("spans %d and %d: %+v", i-1, i, spans)
			}
		}
		for _, s := range Words(a, a) {
			if s.Op != Same {
				t.Fatalf("Words(a, a) has %+v", s)
			}
		}
	})
}

// chapter is a long chapter of a plan (about size bytes) and a later
// version of it with edits scattered through it.
func chapter(size, edits int) (string, string) {
	rng := rand.New(rand.NewSource(1))
	vocabulary := strings.Fields("de het een gemeente aandachtsfunctionaris signalen meldroute zorgcoördinatie " +
		"mensenhandel uitbuiting training ketenpartners politie RIEC convenant wijkteam balie toezicht " +
		"beleid jaar regio afspraken slachtoffers opvang signaleren melden is wordt met voor in op en van")
	var words []string
	n := 0
	for n < size {
		w := vocabulary[rng.Intn(len(vocabulary))]
		words = append(words, w)
		n += len(w) + 1
	}
	old := strings.Join(words, " ")
	for i := 0; i < edits; i++ {
		j := rng.Intn(len(words))
		switch i % 3 {
		case 0:
			words[j] = "gewijzigd"
		case 1:
			words = append(words[:j], words[j+1:]...)
		default:
			words = append(words[:j], append([]string{"nieuw", "woord"}, words[j:]...)...)
		}
	}
	return old, strings.Join(words, " ")
}

// BenchmarkWords50KB is the budget of issue 18: the word diff of a 50 KB
// chapter with 60 scattered edits, under 100 ms.
func BenchmarkWords50KB(b *testing.B) {
	old, new := chapter(50_000, 60)
	b.ReportAllocs()
	for b.Loop() {
		Words(old, new)
	}
}

// TestLongChapterIsExact: a 50 KB chapter with many edits is compared in
// full, not cut short, and its spans make both texts again.
func TestLongChapterIsExact(t *testing.T) {
	old, new := chapter(50_000, 300)
	start := time.Now()
	spans := Words(old, new)
	if a, b := join(spans); a != old || b != new {
		t.Fatal("the spans of a long chapter do not make both texts")
	}
	t.Logf("50 KB, 300 edits: %d spans in %v", len(spans), time.Since(start))
}
