package export

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ketenregie/data"
)

// A version prints the same bytes every time: after the plan was edited,
// its version number moved on and the version's own description changed.
// The working copy's print has the annex of changes since that version.
func TestPlanVersionPrintsTheSame(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, true)
	plans, _ := s.List(ctx, data.KindPlan)
	plan := plans[0].ID
	v, err := s.Create(ctx, data.KindPlanversion, map[string]string{data.Planversion.PlanID: plan, data.Planversion.Version: "0.9",
		data.Planversion.Date: "2026-11-02", data.Planversion.Change: "Voor de ketenpartners"})
	if err != nil {
		t.Fatal(err)
	}
	print := func(opt PlanOptions) []byte {
		t.Helper()
		var b bytes.Buffer
		if err := WritePlan(ctx, s, plan, opt, &b); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	first := print(PlanOptions{Version: "0.9"})

	secs, _ := s.ListWhere(ctx, data.KindSection, data.Section.PlanID, plan)
	blocks, _ := s.ListWhere(ctx, data.KindBlock, data.Block.SectionID, secs[2].ID)
	if err := s.Update(ctx, data.KindBlock, blocks[0].ID, map[string]string{data.Block.Text: "Herschreven na het commentaar van de ketenpartners."}); err != nil {
		t.Fatal(err)
	}
	if err := s.Update(ctx, data.KindSection, secs[2].ID, map[string]string{data.Section.Title: "Nieuwe titel"}); err != nil {
		t.Fatal(err)
	}
	if err := s.Update(ctx, data.KindPlan, plan, map[string]string{data.Plan.Version: "1.0"}); err != nil {
		t.Fatal(err)
	}
	if err := s.Update(ctx, data.KindPlanversion, v, map[string]string{data.Planversion.Change: "Later anders omschreven"}); err != nil {
		t.Fatal(err)
	}
	if again := print(PlanOptions{Version: "0.9"}); !bytes.Equal(first, again) {
		t.Error("version 0.9 printed differently after later edits")
	}
	text := pdfText(t, first)
	if strings.Contains(text, "Herschreven na het commentaar") || !strings.Contains(text, "versie 0.9") || !strings.Contains(text, "Voor de ketenpartners") {
		t.Errorf("version 0.9 does not read as version 0.9")
	}

	p, err := loadPlanEdition(ctx, s, plan, PlanOptions{ChangesSince: "0.9"})
	if err != nil {
		t.Fatal(err)
	}
	last := p.annexes[len(p.annexes)-1]
	if last.title != "Wijzigingen ten opzichte van versie 0.9" || p.changes == nil || !p.changes.cmp.Changed() {
		t.Fatalf("annexes %v", p.annexes)
	}
	now := pdfText(t, print(PlanOptions{ChangesSince: "0.9"}))
	for _, want := range []string{"Wijzigingen ten opzichte van versie 0.9", "Nieuwe titel", "titel was", "Herschreven na het commentaar"} {
		if !strings.Contains(now, want) {
			t.Errorf("the print with changes lacks %q", want)
		}
	}
}

// pdfText is the text of every page of a PDF, white space squashed.
func pdfText(t *testing.T, b []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "plan.pdf")
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	return strings.Join(strings.Fields(pageText(t, path, 0)), " ")
}

// When only the plan's title changed since a version, the annex says so
// and draws no empty table.
func TestChangesOfTheTitleOnly(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, true)
	plan := planByTitle(t, s, "West-Friesland")
	if _, err := s.Create(ctx, data.KindPlanversion, map[string]string{data.Planversion.PlanID: plan.ID, data.Planversion.Version: "0.9",
		data.Planversion.Date: "2026-11-02"}); err != nil {
		t.Fatal(err)
	}
	if err := s.Update(ctx, data.KindPlan, plan.ID, map[string]string{data.Plan.Title: "Een andere titel"}); err != nil {
		t.Fatal(err)
	}
	path, _ := writePDF(t, func(w *bytes.Buffer) error { return WritePlan(ctx, s, plan.ID, PlanOptions{ChangesSince: "0.9"}, w) })
	text := squash(pageText(t, path, 0))
	if !strings.Contains(text, "De titel van het plan was “"+plan.Get(data.Plan.Title)+"”") {
		t.Error("the annex does not say the title changed")
	}
	if strings.Contains(text, "Nr. Hoofdstuk Wijziging") {
		t.Error("the annex draws a table of chapters without rows")
	}
}
