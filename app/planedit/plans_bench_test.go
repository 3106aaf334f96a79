package planedit

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"

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
// With oneBlock the paragraphs are lines of a single block.
func longChapter(b *testing.B, s *data.Store, oneBlock bool) string {
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
		var paras []string
		for size := 0; size < 50_000; {
			paras = append(paras, paragraph(len(paras), 500))
			size += len(paras[len(paras)-1])
		}
		if oneBlock {
			paras = []string{strings.Join(paras, "\n")}
		}
		for _, para := range paras {
			if _, err := t.Create("block", map[string]string{"section_id": sec, "text": para}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	return plan
}

// openLongChapter shows the plan of longChapter in a 1280x800 window.
func openLongChapter(b *testing.B, oneBlock bool) *Screen {
	b.Helper()
	s := newStore(b, false)
	plan := longChapter(b, s, oneBlock)
	p, sh := newScreen(b, s)
	sh.Win.Resize(fyne.NewSize(1280, 800))
	p.openPlan(plan)
	if p.ed == nil || len(p.ed.text.blocks) < 90 && !oneBlock {
		b.Fatal("the long chapter did not open")
	}
	return p
}

// BenchmarkTypeInLongChapter types at the end of the last block of a 50 KB
// chapter, and takes it back with Backspace so that the block stays the size
// of a paragraph however many times the loop runs, and reports the time per
// keystroke. Budget: under 16 ms a keystroke (DESIGN.md).
func BenchmarkTypeInLongChapter(b *testing.B) {
	p := openLongChapter(b, false)
	last := p.ed.text.blocks[len(p.ed.text.blocks)-1]
	p.ed.text.activate(last, -1) // as a click on it: edit mode, the chapter scrolled to it
	typeAndTakeBack(b, last)
}

// BenchmarkTypeInLongBlock is BenchmarkTypeInLongChapter with the whole
// 50 KB in one block, as when a coordinator pastes a document in: the block
// typed in is laid out again at every keystroke. Same budget.
func BenchmarkTypeInLongBlock(b *testing.B) {
	p := openLongChapter(b, true)
	blk := p.ed.text.blocks[0]
	if n := len(blk.view.doc.runes); len(p.ed.text.blocks) != 1 || n < 50_000 {
		b.Fatalf("%d blocks, the first holds %d characters", len(p.ed.text.blocks), n)
	}
	p.ed.text.activate(blk, -1)
	typeAndTakeBack(b, blk)
}

func typeAndTakeBack(b *testing.B, blk *blockEditor) {
	b.Helper()
	v := blk.view
	keys := 0
	start := time.Now()
	for b.Loop() {
		for _, r := range " mensenhan" {
			v.TypedRune(r)
			keys++
		}
		if !strings.HasSuffix(string(v.doc.runes), " mensenhan") {
			b.Fatalf("typed text not in the block: %q", string(v.doc.runes[len(v.doc.runes)-20:]))
		}
		for range 10 {
			v.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
			keys++
		}
	}
	b.ReportMetric(float64(time.Since(start).Nanoseconds())/float64(keys), "ns/keystroke")
}

// BenchmarkOpenLongChapter opens a 50 KB chapter in the editor.
func BenchmarkOpenLongChapter(b *testing.B) {
	p := openLongChapter(b, false)
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
	p, _ := newScreen(b, s)
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
	if n := len(p.table.View.Rows()); n == 0 || n >= 200 {
		b.Fatalf("searching signaal shows %d of the 202 plans", n)
	}
}
