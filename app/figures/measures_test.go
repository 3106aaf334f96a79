package figures

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"ketenregie/app/kit/kittest"
	"ketenregie/data"
)

// menuItem finds an item of the Eigen maten menu.
func menuItem(t *testing.T, s *Screen, label string) *fyne.MenuItem {
	t.Helper()
	for _, it := range s.ownMenu().Items {
		if it.Label == label {
			return it
		}
	}
	t.Fatalf("no menu item %q", label)
	return nil
}

// An own measure is added, counted, renamed, and deleted once no figure
// counts it any more; the store refuses the delete before.
func TestOwnMeasureLifecycle(t *testing.T) {
	st := westFriesland(t, may2026)
	s, sh := figuresOn(t, st)
	if !menuItem(t, s, "Deze maat wijzigen…").Disabled || !menuItem(t, s, "Deze maat verwijderen…").Disabled {
		t.Error("a standard measure can be changed or deleted")
	}
	menuItem(t, s, "Nieuwe eigen maat…").Action()
	entries := dialogEntries(t, sh.Win)
	if err := entries[0].Validate(); err == nil {
		t.Error("a measure without a name can be added")
	}
	test.Type(entries[0], "Signalen via de interne meldroute")
	if err := entries[0].Validate(); err == nil {
		t.Errorf("an own measure can take a standard measure's name (%q)", entries[0].Text)
	}
	entries[0].SetText("Integrale controles")
	test.Type(entries[1], "Controles met de politie")
	test.Tap(kittest.DialogButton(t, sh.Win, "Toevoegen"))
	if s.measureSelect.Selected != "Integrale controles" || s.measure.id == "" {
		t.Fatalf("after adding, the grid shows %q", s.measureSelect.Selected)
	}
	focus(t, s, "Hoorn", "2026-Q1")
	typeKeys(t, s, "4")
	s.save()
	if got := stored(t, st)["Hoorn 2026-Q1 Integrale controles"]; got != "4" {
		t.Fatalf("the own measure's figure: %q", got)
	}

	menuItem(t, s, "Deze maat wijzigen…").Action()
	entries = dialogEntries(t, sh.Win)
	if entries[1].Text != "Controles met de politie" {
		t.Errorf("the description to change is %q", entries[1].Text)
	}
	entries[0].SetText("Integrale controles horeca")
	test.Tap(kittest.DialogButton(t, sh.Win, "Opslaan"))
	if s.measureSelect.Selected != "Integrale controles horeca" || stored(t, st)["Hoorn 2026-Q1 Integrale controles horeca"] != "4" {
		t.Errorf("after renaming: %q, %v", s.measureSelect.Selected, stored(t, st))
	}

	menuItem(t, s, "Deze maat verwijderen…").Action()
	test.Tap(kittest.DialogButton(t, sh.Win, "Verwijderen"))
	errs := sh.TakeErrors()
	if e, ok := data.AsError(errorAt(errs, 0)); len(errs) != 1 || !ok || e.Code != data.CodeInUse {
		t.Fatalf("deleting a measure with figures: %v", errs)
	}
	test.Tap(kittest.DialogButton(t, sh.Win, "OK"))
	if s.measure.id == "" {
		t.Fatal("a refused delete left the measure")
	}

	focus(t, s, "Hoorn", "2026-Q1")
	typeKeys(t, s, key(fyne.KeyDelete))
	s.save()
	test.Tap(kittest.DialogButton(t, sh.Win, "Verwijderen en opslaan"))
	menuItem(t, s, "Deze maat verwijderen…").Action()
	if text := kittest.DialogText(sh.Win); !strings.Contains(text, "Integrale controles horeca") {
		t.Errorf("the question: %q", text)
	}
	test.Tap(kittest.DialogButton(t, sh.Win, "Verwijderen"))
	if s.measure.id != "" || strings.Contains(strings.Join(s.measureSelect.Options, "|"), "Integrale") {
		t.Errorf("after deleting, the grid shows %q of %v", s.measureSelect.Selected, s.measureSelect.Options)
	}
	if d := sh.LastDeleted(); d.Kind != data.KindMeasure || d.What != "De eigen maat Integrale controles horeca" {
		t.Errorf("undo offered for %+v", d)
	}
}

func errorAt(errs []error, i int) error {
	if i < len(errs) {
		return errs[i]
	}
	return nil
}
