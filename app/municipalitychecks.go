package app

import (
	"slices"
	"sort"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"ketenregie/app/kit"
	"ketenregie/data"
)

// municipalityChecks chooses municipalities: a check box for each of the
// clusters' municipalities and for any other one chosen, and a select that
// adds another municipality of the region.
type municipalityChecks struct {
	region    region
	shown     []string // municipalities with a check box, in display order
	checks    map[string]*widget.Check
	box       *fyne.Container
	add       *kit.FilterSelect // another municipality, found by typing part of its name
	addIDs    map[string]string // option in add -> municipality id
	onChanged func()
	relayout  func() // the form around must make room for more check boxes
	content   fyne.CanvasObject
}

func newMunicipalityChecks(onChanged func()) *municipalityChecks {
	m := &municipalityChecks{checks: map[string]*widget.Check{}, onChanged: onChanged}
	var grid *kit.FlowGrid
	m.box, grid = kit.NewFlowGrid()
	grid.Reflow = func() {
		if m.relayout != nil {
			m.relayout()
		}
	}
	m.add = kit.NewFilterSelect(nil, m.added)
	m.add.PlaceHolder = lang.X("form.municipalities.add", "Andere gemeente toevoegen…")
	m.content = container.NewVBox(m.box, m.add)
	return m
}

// setRegion gives the municipalities to offer; the ticked ones stay ticked.
func (m *municipalityChecks) setRegion(r region) {
	m.region = r
	m.addIDs = map[string]string{}
	opts := make([]string, 0, len(r.more))
	for _, id := range r.more {
		name := r.name(id)
		m.addIDs[name] = id
		opts = append(opts, name)
	}
	m.add.Options = opts
	m.add.Refresh()
	m.set(m.chosen())
}

// set ticks ids, and only those.
func (m *municipalityChecks) set(ids []string) {
	ticked := map[string]bool{}
	for _, id := range ids {
		ticked[id] = true
	}
	m.show(append(slices.Clone(m.region.own), ids...), ticked)
}

// chosen are the ticked municipalities, sorted as the store keeps them.
func (m *municipalityChecks) chosen() []string {
	var ids []string
	for _, id := range m.shown {
		if m.checks[id].Checked {
			ids = append(ids, id)
		}
	}
	return data.SplitIDs(data.JoinIDs(ids))
}

// show puts a check box for each of ids in Dutch order, ticking those in ticked.
func (m *municipalityChecks) show(ids []string, ticked map[string]bool) {
	seen := map[string]bool{}
	var shown []string
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			shown = append(shown, id)
		}
	}
	sort.SliceStable(shown, func(i, j int) bool {
		return data.Fold(m.region.name(shown[i])) < data.Fold(m.region.name(shown[j]))
	})
	m.shown = shown
	m.checks = map[string]*widget.Check{}
	objs := make([]fyne.CanvasObject, len(shown))
	for i, id := range shown {
		ch := widget.NewCheck(m.region.name(id), func(bool) {
			if m.onChanged != nil {
				m.onChanged()
			}
		})
		ch.Checked = ticked[id]
		m.checks[id] = ch
		objs[i] = ch
	}
	m.box.Objects = objs
	m.box.Refresh()
	if m.relayout != nil {
		m.relayout()
	}
}

// added ticks the municipality picked from the "add" select.
func (m *municipalityChecks) added(name string) {
	id, ok := m.addIDs[name]
	if !ok {
		return
	}
	ticked := map[string]bool{id: true}
	for mid, ch := range m.checks {
		ticked[mid] = ticked[mid] || ch.Checked
	}
	m.show(append(m.shown, id), ticked)
	m.add.ClearSelected()
	if m.onChanged != nil {
		m.onChanged()
	}
}
