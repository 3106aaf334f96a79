package plandiff

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"ketenregie/data"
	"ketenregie/data/textdiff"
)

// The working copy against version 0.3: a chapter renamed, one moved, one
// added, one removed, a block's words changed, a block added.
func TestCompare(t *testing.T) {
	ctx := context.Background()
	s, err := data.Open(ctx, filepath.Join(t.TempDir(), "t.db"), data.Options{DeviceName: "test"})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	add := func(kind string, v map[string]string) string {
		t.Helper()
		id, err := s.Create(ctx, kind, v)
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	plan := add(data.KindPlan, map[string]string{data.Plan.Title: "Beleidsplan"})
	intro := add(data.KindSection, map[string]string{data.Section.PlanID: plan, data.Section.Title: "Inleiding"})
	kader := add(data.KindSection, map[string]string{data.Section.PlanID: plan, data.Section.Title: "Kader"})
	money := add(data.KindSection, map[string]string{data.Section.PlanID: plan, data.Section.Title: "Financiën"})
	block := add(data.KindBlock, map[string]string{data.Block.SectionID: intro, data.Block.Text: "De regio pakt mensenhandel aan."})
	add(data.KindBlock, map[string]string{data.Block.SectionID: money, data.Block.Text: "Budget volgt."})
	v := add(data.KindPlanversion, map[string]string{data.Planversion.PlanID: plan, data.Planversion.Version: "0.3"})
	rec, _ := s.Get(ctx, data.KindPlanversion, v)
	point, _ := data.ParsePoint(rec.Get(data.Planversion.Point))

	if err := s.Update(ctx, data.KindSection, kader, map[string]string{data.Section.Title: "Wettelijk kader"}); err != nil {
		t.Fatal(err)
	}
	if err := s.Write(ctx, func(tx *data.Tx) error { return tx.Move(data.KindSection, kader, 0) }); err != nil {
		t.Fatal(err)
	}
	if err := s.Update(ctx, data.KindBlock, block, map[string]string{data.Block.Text: "De regio pakt mensenhandel samen aan."}); err != nil {
		t.Fatal(err)
	}
	add(data.KindBlock, map[string]string{data.Block.SectionID: intro, data.Block.Text: "Nieuwe alinea."})
	if err := s.Delete(ctx, data.KindSection, money); err != nil {
		t.Fatal(err)
	}
	add(data.KindSection, map[string]string{data.Section.PlanID: plan, data.Section.Title: "Monitoring"})

	sn, err := s.At(ctx, point)
	if err != nil {
		t.Fatal(err)
	}
	c, err := Compare(ctx, sn, s, plan)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, ch := range c.Chapters {
		line := ch.OldNumber + ">" + ch.NewNumber + " " + ch.OldTitle + ">" + ch.NewTitle
		switch {
		case ch.Status == Added:
			line += " added"
		case ch.Status == Removed:
			line += " removed"
		}
		if ch.Moved {
			line += " moved"
		}
		if ch.Renamed {
			line += " renamed"
		}
		got = append(got, line)
	}
	// A removed chapter stands after the chapter it followed in the old
	// outline.
	want := []string{"2>1 Kader>Wettelijk kader moved renamed", "3> Financiën> removed", "1>2 Inleiding>Inleiding moved", ">3 >Monitoring added"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("chapters:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	introCh := c.Chapters[2]
	if len(introCh.Blocks) != 2 || introCh.Blocks[0].Status != Changed || introCh.Blocks[1].Status != Added {
		t.Fatalf("Inleiding's blocks: %+v", introCh.Blocks)
	}
	var added string
	for _, sp := range introCh.Blocks[0].Spans {
		if sp.Op == textdiff.Added {
			added += sp.Text
		}
	}
	if strings.TrimSpace(added) != "samen" {
		t.Errorf("added words %q", added)
	}
	if !c.Changed() {
		t.Error("the comparison says nothing changed")
	}
	// A state compared with itself has no changes.
	if same, err := Compare(ctx, s, s, plan); err != nil || same.Changed() {
		t.Errorf("the working copy against itself: %+v, %v", same, err)
	}
}

// Chapters are numbered as the editor and the print number them: front
// matter has no number, annexes are lettered.
func TestNumbers(t *testing.T) {
	children := map[string][]string{"": {"vw", "a", "b", "bijl"}, "a": {"a1", "a2"}, "bijl": {"b1"}}
	titles := map[string]string{"vw": "Voorwoord", "a": "Inleiding", "b": "Aanpak", "bijl": "Bijlage Meldroute"}
	got := Numbers(children, func(id string) string { return titles[id] })
	want := map[string]string{"vw": "", "a": "1", "a1": "1.1", "a2": "1.2", "b": "2", "bijl": "A", "b1": "A.1"}
	for id, n := range want {
		if got[id] != n {
			t.Errorf("%s is numbered %q, want %q", id, got[id], n)
		}
	}
}
