package app

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"ketenregie/data"
)

// benchWords make up the paragraphs of the long chapter.
var benchWords = strings.Fields(`medewerkers in de frontlinie herkennen signalen van mensenhandel en weten hoe zij
	die intern melden gemeente aandachtsfunctionaris zorgcoördinatie politie arbeidsuitbuiting slachtoffers opvang
	ketenpartners samenwerking bewustwording training meldroute regionale afspraken uitvoering monitoring evaluatie
	jongeren criminele uitbuiting huisvesting arbeidsmigranten toezicht handhaving vergunningen Bibob signaal`)

// paragraph is a paragraph of about n bytes, different for every seed, so
// that no two paragraphs share their measured text.
func paragraph(seed, n int) string {
	var sb strings.Builder
	x := uint32(seed*2654435761 + 1)
	for sb.Len() < n {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		if sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(benchWords[int(x%uint32(len(benchWords)))])
	}
	return sb.String() + "."
}

// longChapter writes a plan with one chapter of about 50 KB of text in
// paragraphs of about 500 bytes, all different, and returns the plan's id.
func longChapter(b *testing.B, s *data.Store) string {
	b.Helper()
	var plan string
	err := s.Write(context.Background(), func(t *data.Tx) error {
		var err error
		if plan, err = t.Create("plan", map[string]string{"title": "Beleidsplan met een lang hoofdstuk"}); err != nil {
			return err
		}
		sec, err := t.Create("section", map[string]string{"plan_id": plan, "title": "Huidige situatie"})
		if err != nil {
			return err
		}
		size := 0
		for i := 0; size < 50_000; i++ {
			para := paragraph(i, 500)
			if _, err := t.Create("block", map[string]string{"section_id": sec, "text": para}); err != nil {
				return err
			}
			size += len(para)
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	return plan
}

// openLongChapter shows the plan of longChapter in a 1280x800 window.
func openLongChapter(b *testing.B) *plansScreen {
	b.Helper()
	s := newStore(b, false)
	plan := longChapter(b, s)
	a := test.NewTempApp(b)
	m := NewMainWindow(a, s)
	b.Cleanup(m.Window().Close)
	m.Window().Resize(fyne.NewSize(1280, 800))
	m.Show("beleidsplannen")
	p := m.screens["beleidsplannen"].(*plansScreen)
	p.openPlan(plan)
	if p.ed == nil || len(p.ed.text.blocks) < 90 {
		b.Fatal("the long chapter did not open")
	}
	return p
}

// BenchmarkTypeInLongChapter types at the end of the last block of a 50 KB
// chapter and reports the time per keystroke. Budget: under 16 ms a
// keystroke (DESIGN.md).
func BenchmarkTypeInLongChapter(b *testing.B) {
	p := openLongChapter(b)
	last := p.ed.text.blocks[len(p.ed.text.blocks)-1]
	p.ed.text.activate(last, -1) // as a click on it: edit mode, the chapter scrolled to it
	keys := 0
	start := time.Now()
	for b.Loop() {
		for _, r := range " mensenhan" {
			last.entry.TypedRune(r)
			keys++
		}
	}
	b.ReportMetric(float64(time.Since(start).Nanoseconds())/float64(keys), "ns/keystroke")
	if text := last.text(); !strings.HasSuffix(text, " mensenhan") {
		b.Fatalf("typed text not in the block: %q", text[len(text)-20:])
	}
}

// BenchmarkOpenLongChapter opens a 50 KB chapter in the editor.
func BenchmarkOpenLongChapter(b *testing.B) {
	p := openLongChapter(b)
	id := p.ed.text.id
	for b.Loop() {
		p.ed.text.open(id)
	}
}

// BenchmarkPlanSearchKeystroke types in the search of a list of 200 plans
// and reports the time per keystroke. The list filters the plans it read at
// the last Refresh; TestPlanSearchFiltersWhatWasRead checks that typing
// reads no more.
func BenchmarkPlanSearchKeystroke(b *testing.B) {
	s := newStore(b, true)
	err := s.Write(context.Background(), func(t *data.Tx) error {
		for i := range 200 {
			title := fmt.Sprintf("Beleidsplan %d: %s", i, paragraph(i, 40))
			if _, err := t.Create("plan", map[string]string{"title": title, "status": "concept", "author": "B. de Vries"}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	p := openPlans(b, newWindow(b, s))
	keys := 0
	start := time.Now()
	for b.Loop() {
		p.search.SetText("") // as Escape does
		keys++
		for _, r := range "signaal" {
			p.search.TypedRune(r)
			keys++
		}
	}
	b.ReportMetric(float64(time.Since(start).Nanoseconds())/float64(keys), "ns/keystroke")
	if n := len(p.view.rows); n == 0 || n >= 200 {
		b.Fatalf("searching signaal shows %d of the 202 plans", n)
	}
}
