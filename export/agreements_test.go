package export

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"

	"ketenregie/data"
)

// TestAgreementsFilter prints the overview with several filters and checks
// that it holds exactly the agreements the screen's filter keeps.
func TestAgreementsFilter(t *testing.T) {
	s := newStore(t, true)
	ctx := context.Background()
	all, err := s.List(ctx, "agreement")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		f    data.AgreementFilter
		desc string
	}{
		{data.AgreementFilter{}, "Alle ketenafspraken"},
		{data.AgreementFilter{Status: "actief", MunicipalityID: data.MunicipalityID("GM0405")}, "Selectie: status actief; gemeente Hoorn"},
		{data.AgreementFilter{DueWithinDays: 60}, "evaluatie of einde verstreken of binnen 60 dagen"},
		{data.AgreementFilter{Type: "riec-convenant", Query: "RIEC"}, "soort RIEC-convenant; zoekterm “RIEC”"},
	} {
		t.Run(c.desc, func(t *testing.T) {
			want, err := s.Agreements(ctx, c.f)
			if err != nil {
				t.Fatal(err)
			}
			if len(want) == 0 || len(want) == len(all) && c.f != (data.AgreementFilter{}) {
				t.Fatalf("the filter keeps %d of %d agreements; the test proves nothing", len(want), len(all))
			}
			path, _ := writePDF(t, func(w *bytes.Buffer) error { return WriteAgreements(ctx, s, c.f, w) })
			checkWellFormed(t, path)
			n := pages(t, path)
			text := pageTexts(t, path)
			doc := squash(strings.Join(text, " "))
			kept := map[string]bool{}
			for _, a := range want {
				kept[a.ID] = true
				if !strings.Contains(doc, a.Get("title")) {
					t.Errorf("the overview lacks %q", a.Get("title"))
				}
			}
			for _, a := range all {
				if !kept[a.ID] && strings.Contains(doc, a.Get("title")) {
					t.Errorf("the overview shows %q, which the filter leaves out", a.Get("title"))
				}
			}
			if !strings.Contains(doc, c.desc) || !strings.Contains(doc, fmt.Sprintf("%s: %s", c.desc, plural(len(want), "ketenafspraak", "ketenafspraken"))) {
				t.Errorf("the overview does not say what it selected (%q) and how many", c.desc)
			}
			if !strings.Contains(text[n], fmt.Sprintf("pagina %d van %d", n, n)) {
				t.Errorf("the last page lacks 'pagina %d van %d'", n, n)
			}
			info := runTool(t, "pdfinfo", path)
			if !strings.Contains(info, "841.89 x 595.28") {
				t.Error("the overview is not landscape")
			}
		})
	}
}

func TestAgreementsParties(t *testing.T) {
	s := newStore(t, false)
	smallPlan(t, s)
	ctx := context.Background()
	path, _ := writePDF(t, func(w *bytes.Buffer) error { return WriteAgreements(ctx, s, data.AgreementFilter{Status: "actief"}, w) })
	doc := squash(pageText(t, path, 0))
	for _, want := range []string{"Gemeente Hoorn (burgemeester)", "Politie eenheid Noord-Holland (districtschef)", "HRN-2025/17",
		"Modelconvenant ketensamenwerking mensenhandel", "01-02-2025", "15-11-2026", "Hoorn"} {
		if !strings.Contains(doc, want) {
			t.Errorf("the overview lacks %q", want)
		}
	}
	if strings.Contains(doc, "Oud convenant") {
		t.Error("the overview of active agreements shows an expired one")
	}
}

func TestAgreementsNone(t *testing.T) {
	s := newStore(t, true)
	ctx := context.Background()
	path, _ := writePDF(t, func(w *bytes.Buffer) error {
		return WriteAgreements(ctx, s, data.AgreementFilter{Query: "geen-afspraak-heet-zo"}, w)
	})
	if doc := squash(pageText(t, path, 0)); !strings.Contains(doc, "Geen ketenafspraken gevonden met deze selectie.") {
		t.Errorf("an empty overview does not say so:\n%s", doc)
	}
	if got := AgreementsFileName(s); got != "Overzicht ketenafspraken 01-10-2026.pdf" {
		t.Errorf("AgreementsFileName = %q", got)
	}
}
