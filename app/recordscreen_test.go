package app

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"ketenregie/data"
)

// Every list-and-form screen is one recordScreen and behaves the same:
// the window finds its unsaved edits, shortcut keys and records; a record
// saved while the search hides it is shown and chosen in the list; saving
// tells the other screens; Ctrl+N starts an empty form in its first field.
func TestRecordScreensBehaveAlike(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		screen string
		fill   func(m *MainWindow) *recordScreen
		title  string
	}{
		{"contacten", func(m *MainWindow) *recordScreen {
			c := openContacts(t, m)
			c.name.SetText("Zeger Zoetemelk")
			return c.recordScreen
		}, "Zeger Zoetemelk"},
		{"organisaties", func(m *MainWindow) *recordScreen {
			o := openOrganisations(t, m)
			o.name.SetText("Zorgboerderij Zoetemelk")
			o.typ.choose("opvang")
			return o.recordScreen
		}, "Zorgboerderij Zoetemelk"},
		{"ketenafspraken", func(m *MainWindow) *recordScreen {
			a := openAgreements(t, m)
			a.title.SetText("Convenant Zoetemelk")
			a.typ.choose("modelconvenant")
			return a.recordScreen
		}, "Convenant Zoetemelk"},
		{"activiteiten", func(m *MainWindow) *recordScreen {
			a := openActivities(t, m)
			a.title.SetText("Training Zoetemelk")
			a.typ.choose("training")
			a.date.SetText("01-10-2026")
			return a.recordScreen
		}, "Training Zoetemelk"},
	} {
		t.Run(tc.screen, func(t *testing.T) {
			s := newStore(t, true)
			m := newWindow(t, s)
			m.Show(tc.screen)
			sc := m.screens[tc.screen]
			if _, ok := sc.(editor); !ok {
				t.Error("the window cannot ask the screen about unsaved edits")
			}
			if _, ok := sc.(shortcutHandler); !ok {
				t.Error("the window cannot pass the screen its shortcut keys")
			}
			if _, ok := sc.(recordOpener); !ok {
				t.Error("the window cannot open a record on the screen")
			}
			refreshed := 0
			m.screens["zz-probe"] = probeScreen{refreshed: &refreshed}
			defer delete(m.screens, "zz-probe")

			r := tc.fill(m) // changes fields of the empty form: a new record
			r.search.SetText("xyzzy-niets")
			if r.view.list.Length() != 0 {
				t.Fatalf("the search still shows %d rows", r.view.list.Length())
			}
			r.shortcut(fyne.KeyS)
			if r.form.id == "" {
				t.Fatalf("not saved: %q", r.form.Message.Text)
			}
			if i := r.view.index(r.form.id); i < 0 || r.view.selected != r.form.id {
				t.Errorf("the saved record is not shown and chosen in the list (row %d, chosen %q)", i, r.view.selected)
			}
			if !strings.Contains(r.form.Message.Text, tc.title+" is opgeslagen") {
				t.Errorf("the form says %q", r.form.Message.Text)
			}
			if refreshed == 0 {
				t.Error("saving did not tell the other screens")
			}
			rec, err := s.Get(ctx, r.spec.kind, r.form.id)
			if err != nil || rec.Get(data.KindNamed(r.spec.kind).Title) != tc.title {
				t.Errorf("stored %v %v", rec.Values, err)
			}
			r.shortcut(fyne.KeyN)
			if r.form.id != "" || r.win.Canvas().Focused() != r.spec.first() {
				t.Errorf("Ctrl+N: form shows %q, focus on %T", r.form.id, r.win.Canvas().Focused())
			}
			test.Tap(r.form.SaveButton) // an empty form saves nothing
		})
	}
}

// probeScreen counts how often the window asked it to read the store again.
type probeScreen struct{ refreshed *int }

func (p probeScreen) Content() fyne.CanvasObject { return nil }
func (p probeScreen) Refresh()                   { *p.refreshed++ }
