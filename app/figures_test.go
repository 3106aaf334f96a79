package app

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"ketenregie/app/figures"
	"ketenregie/app/kit/kittest"
	"ketenregie/data"
)

// TestFiguresInTheWindow: Cijfers is home to figures and own measures. A
// figure opened from elsewhere shows with its cell selected; a count
// typed there and not saved is asked about when the window closes, and
// Opslaan saves it.
func TestFiguresInTheWindow(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, true)
	a := test.NewTempApp(t)
	m := NewMainWindow(a, s)
	figs, err := s.List(ctx, data.KindFigure)
	if err != nil {
		t.Fatal(err)
	}
	var noted data.Record
	for _, f := range figs {
		if f.Get(data.Figure.Notes) != "" {
			noted = f
		}
	}
	if noted.ID == "" {
		t.Fatal("the demo region has no figure with notes")
	}
	for _, kind := range []string{data.KindFigure, data.KindMeasure} {
		if !m.env.Opens(kind) {
			t.Errorf("no screen opens a %s", kind)
		}
	}
	m.OpenRecord(data.KindFigure, noted.ID)
	if _, ok := m.screens["cijfers"].(*figures.Screen); !ok || m.current != "cijfers" {
		t.Fatalf("a figure opens %q", m.current)
	}
	cell := m.Window().Canvas().Focused()
	if cell == nil {
		t.Fatal("no cell selected")
	}
	cell.TypedRune('9')
	cell.TypedRune('1')

	m.closeRequested()
	if ketenregieWindow(a) == nil || !strings.Contains(kittest.DialogText(m.Window()), "gewijzigd maar niet opgeslagen") {
		t.Fatalf("the window closes without asking; dialog %q", kittest.DialogText(m.Window()))
	}
	test.Tap(kittest.DialogButton(t, m.Window(), "Opslaan"))
	if f, _ := s.Get(ctx, data.KindFigure, noted.ID); f.Get(data.Figure.Count) != "91" || f.Get(data.Figure.Notes) != noted.Get(data.Figure.Notes) {
		t.Errorf("Opslaan stored %v", f.Values)
	}
	if ketenregieWindow(a) != nil {
		t.Error("the window stays open after saving")
	}
}
