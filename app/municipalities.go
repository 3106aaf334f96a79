package app

import (
	"slices"
	"sort"
	"strings"

	"ketenregie/data"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"
)

// municipalitiesScreen lists the municipalities, Noord-Holland's first,
// grouped by safety region and sub-region.
type municipalitiesScreen struct {
	*env
	filter  *widget.Select
	search  *widget.Entry
	count   *widget.Label
	view    *tableView
	all     []data.Record
	content fyne.CanvasObject

	nh, everything string // the two fixed filter options
}

func newMunicipalitiesScreen(e *env) *municipalitiesScreen {
	m := &municipalitiesScreen{env: e,
		nh:         lang.X("municipalities.filter.nh", "Noord-Holland"),
		everything: lang.X("municipalities.filter.all", "Heel Nederland")}
	m.view = newTableView([]column{
		{lang.X("municipalities.col.name", "Gemeente"), 150, 2},
		{lang.X("municipalities.col.code", "CBS-code"), 90, 0},
		{lang.X("municipalities.col.region", "Veiligheidsregio"), 170, 1},
		{lang.X("municipalities.col.subregion", "Subregio"), 170, 1},
		{lang.X("municipalities.col.cluster", "Cluster"), 140, 1},
		{lang.X("municipalities.col.note", "Opmerking"), 150, 1.5},
	})
	m.filter = widget.NewSelect(nil, func(string) { m.show() })
	m.search = widget.NewEntry()
	m.search.SetPlaceHolder(lang.X("municipalities.search", "Zoeken op naam of CBS-code…"))
	m.search.OnChanged = func(string) { m.show() }
	m.count = widget.NewLabel("")
	filter := container.New(layout.NewGridWrapLayout(fyne.NewSize(240, m.filter.MinSize().Height)), m.filter)
	tools := container.NewBorder(nil, nil, filter, m.count, m.search)
	m.content = page(lang.X("municipalities.title", "Gemeenten"), tools, m.view.Content())
	m.Refresh()
	return m
}

func (m *municipalitiesScreen) Content() fyne.CanvasObject { return m.content }

func (m *municipalitiesScreen) Refresh() {
	all, err := m.store.List(m.ctx, "municipality")
	if err != nil {
		fyne.LogError("list municipalities", err)
	}
	// Noord-Holland first, by safety region, sub-region and name; then the rest by name.
	sort.SliceStable(all, func(i, j int) bool {
		a, b := all[i], all[j]
		if (a.Get("safety_region") == "") != (b.Get("safety_region") == "") {
			return a.Get("safety_region") != ""
		}
		if a.Get("safety_region") != b.Get("safety_region") {
			return a.Get("safety_region") < b.Get("safety_region")
		}
		return a.Get("subregion") < b.Get("subregion")
	})
	m.all = all
	regions := []string{m.nh}
	seen := map[string]bool{}
	for _, r := range all {
		if reg := r.Get("safety_region"); reg != "" && !seen[reg] {
			seen[reg] = true
			regions = append(regions, reg)
		}
	}
	regions = append(regions, m.everything)
	selected := m.filter.Selected
	m.filter.SetOptions(regions)
	if !slices.Contains(regions, selected) {
		selected = m.nh
	}
	m.filter.SetSelected(selected) // calls show
}

func (m *municipalitiesScreen) show() {
	filter := m.filter.Selected
	words := strings.Fields(data.Fold(m.search.Text))
	clusterOf := map[string][]string{}
	clusters, _ := m.store.List(m.ctx, "cluster")
	for _, c := range clusters {
		for _, id := range c.List("municipality_ids") {
			clusterOf[id] = append(clusterOf[id], c.Get("name"))
		}
	}
	byID := map[string]string{}
	for _, r := range m.all {
		byID[r.ID] = r.Get("name")
	}
	var rows [][]cell
next:
	for _, r := range m.all {
		region := r.Get("safety_region")
		switch filter {
		case m.everything:
		case m.nh:
			if region == "" || r.Get("retired") == "true" {
				continue
			}
		default:
			if region != filter || r.Get("retired") == "true" {
				continue
			}
		}
		text := data.Fold(r.Get("name") + " " + r.Get("cbs_code"))
		for _, w := range words {
			if !strings.Contains(text, w) {
				continue next
			}
		}
		note := plain("")
		if r.Get("retired") == "true" {
			note = cell{lang.X("municipalities.retired", "opgeheven, opgegaan in {{.Name}}",
				map[string]any{"Name": byID[r.Get("successor_id")]}), widget.LowImportance}
		}
		rows = append(rows, []cell{plain(r.Get("name")), plain(r.Get("cbs_code")), plain(region),
			plain(r.Get("subregion")), plain(strings.Join(clusterOf[r.ID], ", ")), note})
	}
	m.view.setRows(rows)
	m.count.SetText(lang.X("municipalities.count", "{{.Count}} gemeenten", map[string]any{"Count": len(rows)}))
}
