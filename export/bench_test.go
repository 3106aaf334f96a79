package export

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"strings"
	"testing"

	"ketenregie/data"
)

// bigPlan writes a plan of about 40 pages for Hoorn: seven chapters of
// three paragraphs each, a 100-row uitvoeringsagenda and 300 contacts.
func bigPlan(b *testing.B, s *data.Store) string {
	b.Helper()
	sentence := []string{
		"Signalen van mensenhandel worden binnen vijf werkdagen gewogen door de aandachtsfunctionaris.",
		"De gemeente werkt daarbij samen met de politie, het Zorg- en Veiligheidshuis en het RIEC.",
		"Medewerkers aan de balie, toezichthouders en de sociale teams krijgen een **signaleringstraining**.",
		"Bij arbeidsuitbuiting is de Nederlandse Arbeidsinspectie een vaste partner, ook bij *integrale controles*.",
		"De regio bekostigt de aanpak met € 0,40 per inwoner per jaar, naast de eigen budgetten.",
	}
	para := func(i int) string {
		var parts []string
		for k := range 6 {
			parts = append(parts, sentence[(i+k)%len(sentence)])
		}
		return strings.Join(parts, " ")
	}
	var id string
	err := s.Write(context.Background(), func(tx *data.Tx) error {
		create := func(kind string, v map[string]string) string {
			rid, err := tx.Create(kind, v)
			if err != nil {
				panic(fmt.Sprintf("%s: %v", kind, err))
			}
			return rid
		}
		id = create("plan", map[string]string{"title": "Beleidsplan aanpak mensenhandel Hoorn 2025–2028", "municipality_id": "GM0405",
			"status": "concept", "version": "0.9", "author": "Noëlle de Vries", "goals": "Een vastgesteld beleid.\nGetrainde medewerkers."})
		create("planversion", map[string]string{"plan_id": id, "version": "0.9", "date": "2025-06-30", "author": "Noëlle de Vries"})
		n := 0
		for c := range 7 {
			ch := create("section", map[string]string{"plan_id": id, "title": fmt.Sprintf("Hoofdstuk over thema %d", c+1)})
			create("block", map[string]string{"section_id": ch, "text": para(n)})
			for p := range 3 {
				sec := create("section", map[string]string{"plan_id": id, "parent_id": ch, "title": fmt.Sprintf("Paragraaf %d", p+1)})
				create("block", map[string]string{"section_id": sec, "style": "heading", "text": "Wat wij doen"})
				for range 3 {
					n++
					create("block", map[string]string{"section_id": sec, "text": para(n)})
				}
				create("block", map[string]string{"section_id": sec, "style": "bullets", "text": "training\nmeldroute\nzorgcoördinatie"})
			}
		}
		for i := range 100 {
			create("action", map[string]string{"plan_id": id, "title": fmt.Sprintf("Actie %d: %s", i+1, sentence[i%5][:40]),
				"theme": data.Themes[i%5].Code, "owner": "Gemeente Hoorn (aandachtsfunctionaris)",
				"partners": "Politie, Zorg- en Veiligheidshuis West-Friesland, HVO-Querido", "planning": "Q2 2026",
				"indicator": "Ten minste 4 integrale controles per jaar, met terugkoppeling in het ketenoverleg"})
		}
		org := create("organisation", map[string]string{"name": "Gemeente Hoorn", "type": "gemeente", "municipality_id": "GM0405"})
		for i := range 300 {
			create("contact", map[string]string{"name": fmt.Sprintf("Medewerker %03d", i), "organisation_id": org,
				"role": data.ContactRoles[i%len(data.ContactRoles)].Code, "email": fmt.Sprintf("medewerker%03d@hoorn.example.org", i),
				"phone": "0229 252200"})
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	return id
}

// BenchmarkPlan40Pages holds the budget of DESIGN.md: a 40-page plan
// under 300 ms, and (ours) under 50 MB allocated.
//
//	CGO_ENABLED=0 go test -tags migrated_fynedo ./export/ -run '^$' -bench Plan40 -benchtime 10x
func BenchmarkPlan40Pages(b *testing.B) {
	s := newStore(b, false)
	id := bigPlan(b, s)
	ctx := context.Background()
	var buf bytes.Buffer
	if err := WritePlan(ctx, s, id, PlanOptions{}, &buf); err != nil {
		b.Fatal(err)
	}
	pages := bytes.Count(buf.Bytes(), []byte("/Type /Page\n"))
	if pages < 40 {
		b.Fatalf("the plan has %d pages, want at least 40", pages)
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := WritePlan(ctx, s, id, PlanOptions{}, io.Discard); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(pages), "pages")
	b.ReportMetric(float64(buf.Len()), "pdf-bytes")
}
