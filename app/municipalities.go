package app

import (
	"fmt"
	"image/color"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ketenregie/app/kit"
	"ketenregie/data"
)

// municipalitiesScreen is the Gemeenten screen: on the left the coordinator's
// clusters and the municipalities, Noord-Holland's grouped by safety region
// and sub-region and the rest of the Netherlands under Overige gemeenten; on
// the right the chosen municipality (its contacts, agreements, plans,
// self-assessments and notes) or the chosen cluster's editor.
type municipalitiesScreen struct {
	*env

	search        *kit.TextEntry
	mine          *widget.Check
	count         *widget.Label
	clusterButton *widget.Button
	list          *widget.List
	rows          []listRow
	collapsed     map[string]bool // group keys folded shut
	syncing       bool            // the list selection is being set by code

	munis      []data.Record // every municipality, in Dutch order
	byID       map[string]data.Record
	clusters   []data.Record
	clustersOf map[string][]data.Record // municipality id -> the clusters holding it

	shownKind, shownID string // what the right side shows: "municipality", "cluster" or ""

	detail    *municipalityDetail
	clusterEd *clusterEditor
	empty     fyne.CanvasObject
	right     *fyne.Container
	content   fyne.CanvasObject
}

// rowKind tells the rows of the list apart.
type rowKind int

const (
	rowGroup rowKind = iota // a heading that folds: Mijn clusters, a region, a sub-region, Overige gemeenten
	rowCluster
	rowMunicipality
)

// listRow is one row of the list on the left.
type listRow struct {
	kind   rowKind
	depth  int    // indentation
	key    string // of a group: what collapsed remembers
	id     string // of a cluster or municipality
	title  string
	detail string
	faint  bool // a retired municipality
}

// Group keys.
const (
	groupClusters = "clusters"
	groupRest     = "rest"
)

func regionKey(region string) string         { return "region:" + region }
func subregionKey(region, sub string) string { return "sub:" + region + "/" + sub }

func newMunicipalitiesScreen(e *env) *municipalitiesScreen {
	m := &municipalitiesScreen{env: e, collapsed: map[string]bool{groupRest: true}}
	m.search = kit.NewTextEntry(m.shortcut)
	m.search.SetPlaceHolder(lang.X("municipalities.search", "Zoeken op naam of CBS-code…"))
	m.search.OnChanged = func(string) {
		m.showList()
		m.list.ScrollToTop()
	}
	m.mine = widget.NewCheck(lang.X("municipalities.mine", "Alleen mijn clusters"), func(bool) { m.showList() })
	m.count = widget.NewLabel("")
	m.clusterButton = widget.NewButtonWithIcon(lang.X("municipalities.cluster.new", "Nieuw cluster"), theme.ContentAddIcon(), m.startCluster)
	m.list = widget.NewList(func() int { return len(m.rows) }, newListRowTemplate, m.updateRow)
	m.list.OnSelected = m.selected
	e.Guard(m.search, m.mine, m.clusterButton, m.list)

	m.detail = newMunicipalityDetail(m)
	m.clusterEd = newClusterEditor(m)
	m.empty = container.NewVBox(kit.NewQuietText(lang.X("municipalities.choose",
		"Kies links een gemeente om haar contactpersonen, ketenafspraken, beleidsplannen en zelfevaluaties te zien, of een cluster om het samen te stellen.")))
	m.right = container.NewStack(m.empty)

	tools := container.NewVBox(m.search, container.NewBorder(nil, nil, m.mine, m.clusterButton), m.count)
	left := container.NewBorder(tools, nil, nil, nil, m.list)
	split := container.NewHSplit(left, container.NewPadded(m.right))
	split.Offset = 0.3
	m.content = split
	m.Refresh()
	return m
}

// Content is the screen's widget tree.
func (m *municipalitiesScreen) Content() fyne.CanvasObject { return m.content }

// Refresh rereads municipalities and clusters and what the right side
// shows; an edit in progress stays.
func (m *municipalitiesScreen) Refresh() {
	m.load()
	m.showList()
	switch m.shownKind {
	case data.KindMunicipality:
		if r, ok := m.byID[m.shownID]; ok {
			m.detail.refresh(r)
		}
	case data.KindCluster:
		// A colleague's change is taken into the editor, even one with
		// edits of its own; a cluster deleted elsewhere stays while edited.
		if r, ok := m.cluster(m.shownID); ok {
			m.clusterEd.refresh(r)
		} else if !m.clusterEd.Edited() {
			m.show("", "")
		}
	}
}

// load reads the municipalities and clusters.
func (m *municipalitiesScreen) load() {
	munis, err := m.store.List(m.ctx, data.KindMunicipality)
	if err != nil {
		fyne.LogError("list municipalities", err)
	}
	m.munis = munis
	m.byID = make(map[string]data.Record, len(munis))
	for _, r := range munis {
		m.byID[r.ID] = r
	}
	m.clusters, err = m.store.List(m.ctx, data.KindCluster)
	if err != nil {
		fyne.LogError("list clusters", err)
	}
	m.clustersOf = map[string][]data.Record{}
	for _, c := range m.clusters {
		for _, id := range c.List(data.Cluster.MunicipalityIDs) {
			m.clustersOf[id] = append(m.clustersOf[id], c)
		}
	}
}

// cluster is cluster id as load read it.
func (m *municipalitiesScreen) cluster(id string) (data.Record, bool) {
	for _, c := range m.clusters {
		if c.ID == id {
			return c, true
		}
	}
	return data.Record{}, false
}

// name is a municipality's name, or its id when unknown.
func (m *municipalitiesScreen) name(id string) string {
	if r, ok := m.byID[id]; ok {
		return r.Get(data.Municipality.Name)
	}
	return id
}

// retiredNote says what became of a retired municipality, or "".
func (m *municipalitiesScreen) retiredNote(r data.Record) string {
	if r.Get(data.Municipality.Retired) != "true" {
		return ""
	}
	if s := r.Get(data.Municipality.SuccessorID); s != "" {
		return lang.X("municipalities.retired", "opgeheven, opgegaan in {{.Name}}", map[string]any{"Name": m.name(s)})
	}
	return lang.X("municipalities.retired.plain", "opgeheven")
}

// showList builds the rows of the list from the search and the filter.
func (m *municipalitiesScreen) showList() {
	words := strings.Fields(data.Fold(m.search.Text))
	searching := len(words) > 0
	matches := func(text string) bool {
		text = data.Fold(text)
		for _, w := range words {
			if !strings.Contains(text, w) {
				return false
			}
		}
		return true
	}
	open := func(key string) bool { return searching || !m.collapsed[key] }
	var rows []listRow

	var clusterRows []listRow
	for _, c := range m.clusters {
		if !matches(c.Get(data.Cluster.Name)) {
			continue
		}
		clusterRows = append(clusterRows, listRow{kind: rowCluster, depth: 1, id: c.ID, title: c.Get(data.Cluster.Name),
			detail: municipalityCount(len(c.List(data.Cluster.MunicipalityIDs)))})
	}
	if len(clusterRows) > 0 || !searching {
		rows = append(rows, listRow{kind: rowGroup, key: groupClusters, title: lang.X("municipalities.clusters", "Mijn clusters"),
			detail: fmt.Sprint(len(clusterRows))})
		if open(groupClusters) {
			rows = append(rows, clusterRows...)
		}
	}

	// Noord-Holland by safety region and sub-region, then the rest.
	var nh, rest []data.Record
	for _, r := range m.munis {
		if m.mine.Checked && len(m.clustersOf[r.ID]) == 0 {
			continue
		}
		if !matches(r.Get(data.Municipality.Name) + " " + r.Get(data.Municipality.CbsCode)) {
			continue
		}
		if r.Get(data.Municipality.SafetyRegion) != "" {
			nh = append(nh, r)
		} else {
			rest = append(rest, r)
		}
	}
	sort.SliceStable(nh, func(i, j int) bool {
		a, b := nh[i], nh[j]
		if a.Get(data.Municipality.SafetyRegion) != b.Get(data.Municipality.SafetyRegion) {
			return a.Get(data.Municipality.SafetyRegion) < b.Get(data.Municipality.SafetyRegion)
		}
		return a.Get(data.Municipality.Subregion) < b.Get(data.Municipality.Subregion)
	})
	muniRow := func(r data.Record, depth int) listRow {
		row := listRow{kind: rowMunicipality, depth: depth, id: r.ID, title: r.Get(data.Municipality.Name), detail: r.Get(data.Municipality.CbsCode)}
		if note := m.retiredNote(r); note != "" {
			row.title += " – " + note
			row.detail, row.faint = "", true
		}
		return row
	}
	for i := 0; i < len(nh); {
		region := nh[i].Get(data.Municipality.SafetyRegion)
		j := i
		for j < len(nh) && nh[j].Get(data.Municipality.SafetyRegion) == region {
			j++
		}
		rows = append(rows, listRow{kind: rowGroup, key: regionKey(region), title: region, detail: fmt.Sprint(j - i)})
		if open(regionKey(region)) {
			for k := i; k < j; {
				sub := nh[k].Get(data.Municipality.Subregion)
				l := k
				for l < j && nh[l].Get(data.Municipality.Subregion) == sub {
					l++
				}
				depth := 1
				if sub != "" && sub != region {
					key := subregionKey(region, sub)
					rows = append(rows, listRow{kind: rowGroup, depth: 1, key: key, title: sub, detail: fmt.Sprint(l - k)})
					depth = 2
					if !open(key) {
						k = l
						continue
					}
				}
				for _, r := range nh[k:l] {
					rows = append(rows, muniRow(r, depth))
				}
				k = l
			}
		}
		i = j
	}
	if len(rest) > 0 {
		rows = append(rows, listRow{kind: rowGroup, key: groupRest, title: lang.X("municipalities.rest", "Overige gemeenten"),
			detail: fmt.Sprint(len(rest))})
		if open(groupRest) {
			for _, r := range rest {
				rows = append(rows, muniRow(r, 1))
			}
		}
	}
	m.rows = rows
	n := len(nh) + len(rest)
	switch {
	case n == 0 && searching:
		m.count.SetText(lang.X("municipalities.count.none", "Geen gemeenten gevonden"))
	case n == 1:
		m.count.SetText(lang.X("municipalities.count.one", "1 gemeente"))
	default:
		m.count.SetText(lang.X("municipalities.count", "{{.Count}} gemeenten", map[string]any{"Count": n}))
	}
	m.list.Refresh()
	m.selectInList()
}

func municipalityCount(n int) string {
	if n == 1 {
		return lang.X("municipalities.count.one", "1 gemeente")
	}
	return lang.X("municipalities.count", "{{.Count}} gemeenten", map[string]any{"Count": n})
}

// newListRowTemplate is a row of the list: an indent, a fold icon for
// groups, the name, and on the right the CBS code or a count.
func newListRowTemplate() fyne.CanvasObject {
	indent := canvas.NewRectangle(color.Transparent)
	icon := widget.NewIcon(theme.MenuDropDownIcon())
	title := widget.NewRichText(&widget.TextSegment{Text: "",
		Style: widget.RichTextStyle{ColorName: theme.ColorNameForeground, SizeName: theme.SizeNameText, Inline: true}})
	title.Truncation = fyne.TextTruncateEllipsis
	detail := kit.NewQuietText("")
	detail.Wrapping = fyne.TextWrapOff
	return container.NewBorder(nil, nil, container.NewHBox(indent, icon), detail, title)
}

func (m *municipalitiesScreen) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	if i < 0 || i >= len(m.rows) {
		return
	}
	r := m.rows[i]
	c := o.(*fyne.Container)
	title, detail := c.Objects[0].(*widget.RichText), c.Objects[2].(*kit.QuietText)
	left := c.Objects[1].(*fyne.Container)
	indent, icon := left.Objects[0].(*canvas.Rectangle), left.Objects[1].(*widget.Icon)
	indent.SetMinSize(fyne.NewSize(float32(r.depth)*theme.Padding()*4, 1))
	switch r.kind {
	case rowGroup:
		if m.collapsed[r.key] && strings.TrimSpace(m.search.Text) == "" {
			icon.SetResource(theme.MenuExpandIcon())
		} else {
			icon.SetResource(theme.MenuDropDownIcon())
		}
		icon.Show()
	case rowCluster:
		icon.SetResource(theme.GridIcon())
		icon.Show()
	default:
		icon.Hide()
	}
	seg := title.Segments[0].(*widget.TextSegment)
	seg.Text = r.title
	seg.Style.TextStyle = fyne.TextStyle{Bold: r.kind == rowGroup}
	seg.Style.ColorName = theme.ColorNameForeground
	if r.faint {
		seg.Style.ColorName = theme.ColorNamePlaceHolder
	}
	title.Refresh()
	detail.SetText(r.detail)
	left.Refresh()
	c.Refresh()
}

// selected is the user picking a row: a group folds open or shut, a
// cluster or municipality is shown on the right.
func (m *municipalitiesScreen) selected(i widget.ListItemID) {
	if m.syncing || i < 0 || i >= len(m.rows) {
		return
	}
	r := m.rows[i]
	switch r.kind {
	case rowGroup:
		if strings.TrimSpace(m.search.Text) == "" {
			m.collapsed[r.key] = !m.collapsed[r.key]
		}
		m.showList()
	case rowCluster:
		if r.id != m.shownID {
			m.whenDiscarded(func() { m.show(data.KindCluster, r.id) }, m.selectInList)
		}
	case rowMunicipality:
		if r.id != m.shownID {
			m.whenDiscarded(func() { m.show(data.KindMunicipality, r.id) }, m.selectInList)
		}
	}
}

// selectInList marks the shown cluster or municipality in the list.
func (m *municipalitiesScreen) selectInList() {
	m.syncing = true
	defer func() { m.syncing = false }()
	for i, r := range m.rows {
		if r.kind != rowGroup && r.id == m.shownID && m.shownID != "" {
			m.list.Select(i)
			m.list.ScrollTo(i)
			return
		}
	}
	m.list.UnselectAll()
}

// show puts a municipality or cluster on the right ("" kind: nothing).
func (m *municipalitiesScreen) show(kind, id string) {
	m.shownKind, m.shownID = kind, id
	switch kind {
	case data.KindMunicipality:
		r, ok := m.byID[id]
		if !ok {
			m.show("", "")
			return
		}
		m.detail.open(r)
		m.right.Objects = []fyne.CanvasObject{m.detail.content}
	case data.KindCluster:
		r, ok := m.cluster(id)
		if !ok {
			m.show("", "")
			return
		}
		m.clusterEd.load(r)
		m.right.Objects = []fyne.CanvasObject{m.clusterEd.content}
	case "newcluster":
		m.shownKind, m.shownID = data.KindCluster, ""
		m.clusterEd.load(data.Record{})
		m.right.Objects = []fyne.CanvasObject{m.clusterEd.content}
	default:
		m.shownKind, m.shownID = "", ""
		m.right.Objects = []fyne.CanvasObject{m.empty}
	}
	m.right.Refresh()
	m.selectInList()
}

// reveal makes sure a municipality or cluster has a row in the list: the
// search is cleared when it hides the row, and its groups are unfolded.
func (m *municipalitiesScreen) reveal(kind, id string) {
	if kind == data.KindCluster {
		m.collapsed[groupClusters] = false
	} else if r, ok := m.byID[id]; ok {
		if region := r.Get(data.Municipality.SafetyRegion); region != "" {
			m.collapsed[regionKey(region)] = false
			m.collapsed[subregionKey(region, r.Get(data.Municipality.Subregion))] = false
		} else {
			m.collapsed[groupRest] = false
		}
		if m.mine.Checked && len(m.clustersOf[id]) == 0 {
			m.mine.SetChecked(false)
		}
	}
	m.showList()
	for _, r := range m.rows {
		if r.kind != rowGroup && r.id == id {
			return
		}
	}
	m.search.SetText("")
}

// startCluster opens an empty cluster editor.
func (m *municipalitiesScreen) startCluster() {
	m.whenDiscarded(func() {
		m.show("newcluster", "")
		m.win.Canvas().Focus(m.clusterEd.name)
	}, nil)
}

// newCluster opens an empty cluster editor (from Overzicht).
func (m *municipalitiesScreen) newCluster() { m.startCluster() }

// dirty reports unsaved edits on the right.
func (m *municipalitiesScreen) dirty() bool {
	switch m.shownKind {
	case data.KindMunicipality:
		return m.detail.dirty()
	case data.KindCluster:
		return m.clusterEd.Edited()
	}
	return false
}

// whenDiscarded runs then at once when nothing is unsaved, and otherwise
// only after the user agreed to throw the edits away; else runs cancel.
func (m *municipalitiesScreen) whenDiscarded(then, cancel func()) {
	if !m.dirty() {
		then()
		return
	}
	var msg string
	var revert func()
	if m.shownKind == data.KindCluster {
		msg, revert = m.clusterEd.unsaved(), m.clusterEd.revert
	} else {
		msg, revert = m.detail.unsaved(), m.detail.revert
	}
	m.Ask(lang.X("municipalities.discard.title", "Wijzigingen niet opgeslagen"), msg,
		lang.X("municipalities.discard.yes", "Weggooien"), lang.X("municipalities.discard.no", "Terug naar het formulier"),
		func() {
			revert()
			then()
		}, cancel)
}

// shortcut handles Ctrl+F (search), Ctrl+N (a new assessment of the shown
// municipality, or a new cluster), Ctrl+S (save) and Escape (give up the
// edits, after asking).
func (m *municipalitiesScreen) shortcut(key fyne.KeyName) bool {
	switch key {
	case fyne.KeyF:
		m.win.Canvas().Focus(m.search)
	case fyne.KeyN:
		if m.shownKind == data.KindMunicipality {
			m.detail.newAssessment()
		} else {
			m.startCluster()
		}
	case fyne.KeyS:
		switch m.shownKind {
		case data.KindMunicipality:
			m.detail.save()
		case data.KindCluster:
			m.clusterEd.save()
		default:
			return false
		}
	case fyne.KeyEscape:
		switch {
		case m.shownKind == data.KindMunicipality:
			return m.detail.cancel()
		case m.dirty():
			m.whenDiscarded(func() {}, nil)
		default:
			return false
		}
	default:
		return false
	}
	return true
}

// Dirty reports unsaved edits.
func (m *municipalitiesScreen) Dirty() bool { return m.dirty() }

// WhenDiscarded runs then once the edits are saved or given up.
func (m *municipalitiesScreen) WhenDiscarded(then, cancel func()) { m.whenDiscarded(then, cancel) }

// Shortcut handles the window's shortcut keys for this screen.
func (m *municipalitiesScreen) Shortcut(key fyne.KeyName) bool { return m.shortcut(key) }

// OpenRecord shows a municipality, a cluster, or the measurement an
// assessment belongs to.
func (m *municipalitiesScreen) OpenRecord(kind, id string) {
	if id == "" {
		return
	}
	m.whenDiscarded(func() {
		switch kind {
		case data.KindMunicipality, data.KindCluster:
			m.load()
			m.reveal(kind, id)
			m.show(kind, id)
		case data.KindAssessment:
			r, err := m.store.Get(m.ctx, data.KindAssessment, id)
			if err != nil {
				m.ShowError(err)
				return
			}
			muni := r.Get(data.Assessment.MunicipalityID)
			m.load()
			m.reveal(data.KindMunicipality, muni)
			m.show(data.KindMunicipality, muni)
			m.detail.openMeasurement(r.Get(data.Assessment.Date))
		}
	}, nil)
}

// afterWrite rereads the list and tells the other screens, after a save or
// a delete on this screen.
func (m *municipalitiesScreen) afterWrite() {
	m.load()
	m.showList()
	m.RefreshOthers(m)
}
