package export

import (
	"context"
	"slices"
	"testing"
)

// TestPlanContentWithoutPDF reads what the plan will print, its cover rows,
// annexes and table of contents, from the content the layout draws,
// without making a PDF.
func TestPlanContentWithoutPDF(t *testing.T) {
	s := newStore(t, false)
	id := smallPlan(t, s)
	p, err := loadPlanEdition(context.Background(), s, id, PlanOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var cover []string
	for _, r := range p.coverRows() {
		if r.Value != "" {
			cover = append(cover, r.Label+": "+r.Value)
		}
	}
	want := []string{"Periode: 2025–2028", "Versie: 0.3", "Datum: 30-06-2025", "Status: Concept", "Auteur: Noëlle de Vries"}
	if !slices.Equal(cover, want) {
		t.Errorf("cover rows\n%q\nwant\n%q", cover, want)
	}

	var annexes []string
	for _, a := range p.annexes {
		annexes = append(annexes, a.letter+" "+a.title)
	}
	want = []string{"A Uitvoeringsagenda", "B Contactenlijst", "C Meldroute", "D Overzicht ketenafspraken", "E Begrippenlijst"}
	if !slices.Equal(annexes, want) {
		t.Errorf("annexes\n%q\nwant\n%q", annexes, want)
	}
	if a := p.annexes[1]; a.marking != "Niet openbaar" {
		t.Errorf("the contact list is marked %q", a.marking)
	}

	var toc []string
	for _, e := range p.toc {
		if e.level == 1 && e.num == "Bijlage C" {
			toc = append(toc, e.title)
		}
	}
	if !slices.Equal(toc, []string{"Meldroute"}) {
		t.Errorf("the table of contents lists Bijlage C as %q", toc)
	}
}
