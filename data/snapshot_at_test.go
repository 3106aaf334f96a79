package data

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"
)

// planText is a plan's chapters and blocks as read from r, one line each.
func planText(t *testing.T, ctx context.Context, r interface {
	ListWhere(context.Context, string, string, ...string) ([]Record, error)
	Get(context.Context, string, string) (Record, error)
}, planID string) string {
	t.Helper()
	plan, err := r.Get(ctx, KindPlan, planID)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s v%s\n", plan.Get(Plan.Title), plan.Get(Plan.Version))
	secs, _ := r.ListWhere(ctx, KindSection, Section.PlanID, planID)
	for _, s := range secs {
		fmt.Fprintf(&b, "# %s\n", s.Get(Section.Title))
		blocks, _ := r.ListWhere(ctx, KindBlock, Block.SectionID, s.ID)
		for _, bl := range blocks {
			fmt.Fprintf(&b, "  %s\n", bl.Get(Block.Text))
		}
	}
	return b.String()
}

// A version stands for the plan as it was when it was made: after edits,
// deletions, a colleague's changes and an exchange, the plan at the
// version's point reads the same, here and on the colleague's copy.
func TestSnapshotAtAVersion(t *testing.T) {
	ctx := context.Background()
	start := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	anne, bram := newPeer(t, "anne", start), newPeer(t, "bram", start.Add(time.Hour))
	plan := mustCreate(t, anne, KindPlan, map[string]string{Plan.Title: "Beleidsplan", Plan.Version: "0.3"})
	intro := mustCreate(t, anne, KindSection, map[string]string{Section.PlanID: plan, Section.Title: "Inleiding"})
	block := mustCreate(t, anne, KindBlock, map[string]string{Block.SectionID: intro, Block.Text: "De regio pakt mensenhandel aan."})
	gone := mustCreate(t, anne, KindSection, map[string]string{Section.PlanID: plan, Section.Title: "Financiën"})
	mustCreate(t, anne, KindBlock, map[string]string{Block.SectionID: gone, Block.Text: "Budget volgt."})
	contact := mustCreate(t, anne, KindContact, map[string]string{Contact.Name: "Joke de Vries"})
	then := planText(t, ctx, anne, plan)

	v := mustCreate(t, anne, KindPlanversion, map[string]string{Planversion.PlanID: plan, Planversion.Version: "0.3"})
	rec, _ := anne.Get(ctx, KindPlanversion, v)
	point, err := ParsePoint(rec.Get(Planversion.Point))
	if err != nil || len(point) == 0 {
		t.Fatalf("the version's point %q: %v", rec.Get(Planversion.Point), err)
	}

	// Later: the text changes, a chapter goes, one comes, the version
	// number moves on, a colleague edits too, and the contact is forgotten.
	if err := anne.Update(ctx, KindBlock, block, map[string]string{Block.Text: "De regio pakt mensenhandel samen aan."}); err != nil {
		t.Fatal(err)
	}
	if err := anne.Delete(ctx, KindSection, gone); err != nil {
		t.Fatal(err)
	}
	mustCreate(t, anne, KindSection, map[string]string{Section.PlanID: plan, Section.Title: "Nieuw hoofdstuk"})
	if err := anne.Update(ctx, KindPlan, plan, map[string]string{Plan.Version: "0.4"}); err != nil {
		t.Fatal(err)
	}
	send(t, anne, bram)
	if err := bram.Update(ctx, KindSection, intro, map[string]string{Section.Title: "Aanleiding"}); err != nil {
		t.Fatal(err)
	}
	send(t, bram, anne)
	if err := anne.Write(ctx, func(t *Tx) error { return t.Erase(KindContact, contact) }); err != nil {
		t.Fatal(err)
	}
	if now := planText(t, ctx, anne, plan); now == then {
		t.Fatal("the plan did not change")
	}

	for _, s := range []*Store{anne, bram} {
		sn, err := s.At(ctx, point)
		if err != nil {
			t.Fatal(err)
		}
		if got := planText(t, ctx, sn, plan); got != then {
			t.Errorf("%s at the version:\n%s\nwant\n%s", s.Device(), got, then)
		}
		if _, err := sn.Get(ctx, KindContact, contact); s == anne && !IsNotFound(err) {
			t.Errorf("a forgotten contact is in the old version: %v", err)
		}
		if sn.Now().IsZero() || sn.Now().After(s.Now()) {
			t.Errorf("the snapshot's time %v", sn.Now())
		}
	}

	// A copy that lacks changes the point names says so.
	carla := newPeer(t, "carla", start)
	if _, err := carla.At(ctx, point); err == nil {
		t.Error("a copy without anne's changes made a snapshot of her version")
	} else if e, ok := AsError(err); !ok || e.Reason != "point_missing" {
		t.Errorf("missing changes: %v", err)
	}
}

// A version's point is where the log stood when it was made: one given
// when it is made is not taken, and it cannot be changed afterwards.
func TestVersionPointIsFixed(t *testing.T) {
	ctx := context.Background()
	s := newPeer(t, "anne", time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC))
	plan := mustCreate(t, s, KindPlan, map[string]string{Plan.Title: "Beleidsplan"})
	v := mustCreate(t, s, KindPlanversion, map[string]string{Planversion.PlanID: plan, Planversion.Version: "0.1", Planversion.Point: "elders:99"})
	rec, _ := s.Get(ctx, KindPlanversion, v)
	if p := rec.Get(Planversion.Point); strings.Contains(p, "elders") {
		t.Errorf("the version took the point it was given: %q", p)
	}
	err := s.Update(ctx, KindPlanversion, v, map[string]string{Planversion.Point: "elders:99"})
	if e, ok := AsError(err); !ok || e.Reason != "frozen" {
		t.Errorf("changing the point: %v", err)
	}
	if err := s.Update(ctx, KindPlanversion, v, map[string]string{Planversion.Change: "Omschrijving"}); err != nil {
		t.Errorf("changing the description: %v", err)
	}
}
