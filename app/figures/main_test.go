package figures

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"ketenregie/app/kit/kittest"
	"ketenregie/data"
)

func TestMain(m *testing.M) { kittest.Main(m) }

// westFriesland is a store with the cluster West-Friesland (Hoorn,
// Koggenland, Medemblik) whose clock starts at day and ticks a second
// at each reading, so each transaction has a time of its own.
func westFriesland(t *testing.T, day time.Time) *data.Store {
	t.Helper()
	s := kittest.NewStore(t, false)
	now := day
	s.Now = func() time.Time { now = now.Add(time.Second); return now }
	if _, err := s.Create(context.Background(), data.KindCluster, map[string]string{data.Cluster.Name: "West-Friesland",
		data.Cluster.MunicipalityIDs: "GM0405,GM1598,GM0420"}); err != nil {
		t.Fatal(err)
	}
	return s
}

// may2026 is a day in the second quarter of 2026: the grid opens on 2026.
var may2026 = time.Date(2026, 5, 12, 10, 0, 0, 0, time.Local)

// figuresOn builds Cijfers on store s in a test window.
func figuresOn(t *testing.T, s *data.Store) (*Screen, *kittest.Shell) {
	t.Helper()
	sh := kittest.NewShell(t, s)
	scr := New(sh)
	sh.Show(scr, scr.Content())
	sh.Done = make(chan struct{}, 4)
	return scr, sh
}

// cell finds the row of name and the column of period in the grid.
func cell(t *testing.T, s *Screen, name, period string) (int, int) {
	t.Helper()
	for r, rw := range s.grid.rows {
		if rw.name != name {
			continue
		}
		for c, col := range s.grid.cols {
			if col.period == period {
				return r, c
			}
		}
	}
	t.Fatalf("no cell %s %s in the grid (rows %v)", name, period, s.grid.rows)
	return 0, 0
}

// focus gives a cell the keyboard, as a click does.
func focus(t *testing.T, s *Screen, name, period string) *cellView {
	t.Helper()
	r, c := cell(t, s, name, period)
	v := s.grid.views[r][c]
	test.Tap(v)
	if s.Window().Canvas().Focused() != v {
		t.Fatalf("a click on %s %s did not select it", name, period)
	}
	return v
}

// Keys a test types: text, or one of these.
type (
	key   fyne.KeyName
	shift fyne.KeyName // the key with Shift held
)

// typeKeys types into whatever has the keyboard, as a coordinator does.
func typeKeys(t *testing.T, s *Screen, keys ...any) {
	t.Helper()
	for _, k := range keys {
		f := s.Window().Canvas().Focused()
		if f == nil {
			t.Fatalf("nothing has the keyboard to type %v", k)
		}
		switch k := k.(type) {
		case string:
			for _, r := range k {
				f.TypedRune(r)
			}
		case key:
			f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyName(k)})
		case shift:
			kb := f.(interface {
				KeyDown(*fyne.KeyEvent)
				KeyUp(*fyne.KeyEvent)
			})
			kb.KeyDown(&fyne.KeyEvent{Name: "LeftShift"})
			f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyName(k)})
			// Shift is let go on the cell that has the keyboard now
			s.Window().Canvas().Focused().(interface{ KeyUp(*fyne.KeyEvent) }).KeyUp(&fyne.KeyEvent{Name: "LeftShift"})
		}
	}
}

// at says which cell has the keyboard: "Hoorn 2026-Q2".
func at(s *Screen) string {
	v, ok := s.Window().Canvas().Focused().(*cellView)
	if !ok {
		return "no cell"
	}
	return s.grid.rows[v.r].name + " " + s.grid.cols[v.c].period
}

// shown is what cell name, period shows: its count as typed.
func shown(t *testing.T, s *Screen, name, period string) string {
	t.Helper()
	r, c := cell(t, s, name, period)
	return s.grid.cells[r][c].cur.count
}

// stored is every live figure of s as "scope period measure" -> count.
func stored(t *testing.T, s *data.Store) map[string]string {
	t.Helper()
	ctx := context.Background()
	fs, err := s.List(ctx, data.KindFigure)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, f := range fs {
		scope := f.Get(data.Figure.MunicipalityID)
		if scope != "" {
			m, _ := s.Get(ctx, data.KindMunicipality, scope)
			scope = m.Get(data.Municipality.Name)
		} else {
			c, _ := s.Get(ctx, data.KindCluster, f.Get(data.Figure.ClusterID))
			scope = c.Get(data.Cluster.Name)
		}
		measure := f.Get(data.Figure.Measure)
		if measure == "" {
			m, _ := s.Get(ctx, data.KindMeasure, f.Get(data.Figure.MeasureID))
			measure = m.Get(data.Measure.Name)
		}
		out[scope+" "+f.Get(data.Figure.Period)+" "+measure] = f.Get(data.Figure.Count)
	}
	return out
}

// addFigure stores a figure of the standard measure signalen-meldroute.
func addFigure(t *testing.T, s *data.Store, cbs, period, count string, extra ...string) string {
	t.Helper()
	vals := map[string]string{data.Figure.MunicipalityID: cbs, data.Figure.Period: period,
		data.Figure.Measure: data.MeasureSignalenMeldroute, data.Figure.Count: count}
	for i := 0; i+1 < len(extra); i += 2 {
		vals[extra[i]] = extra[i+1]
	}
	id, err := s.Create(context.Background(), data.KindFigure, vals)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// waitBusy waits until the work Busy started has shown its result.
func waitBusy(t *testing.T, sh *kittest.Shell) {
	t.Helper()
	select {
	case <-sh.Done:
	case <-time.After(30 * time.Second):
		t.Fatal("the work did not finish")
	}
}

// dialogEntries are the entries of the dialog on top of the window.
func dialogEntries(t *testing.T, w fyne.Window) []*widget.Entry {
	t.Helper()
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog on screen")
	}
	var out []*widget.Entry
	for _, o := range test.LaidOutObjects(top) {
		if e, ok := o.(*widget.Entry); ok {
			out = append(out, e)
		}
	}
	return out
}

// noDialog fails when a dialog is on screen.
func noDialog(t *testing.T, w fyne.Window) {
	t.Helper()
	if top := w.Canvas().Overlays().Top(); top != nil {
		t.Fatalf("a dialog is open: %q", kittest.DialogText(w))
	}
}

// messageOf is the message under the grid, "" when none shows.
func messageOf(s *Screen) string {
	if !s.message.Visible() {
		return ""
	}
	return strings.TrimSpace(s.message.Text)
}
