package figures

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ketenregie/app/kit"
	"ketenregie/app/say"
	"ketenregie/data"
	"ketenregie/export/muni"
)

// allScope is the scope of every municipality (and cluster) that has
// figures, beside the clusters.
const allScope = ""

// Screen is Cijfers: one measure's figures in a grid, municipalities
// (and their cluster) down, periods across; the cell selected has its
// source and notes under the grid. Edits are written together by Opslaan.
type Screen struct {
	Shell

	// what the store holds, as last read
	measures []measure              // standard first, then the region's own
	clusters []data.Record          // by name
	munis    map[string]data.Record // by id
	index    *muni.Index            // municipalities by name or code
	figures  []data.Record          // every live figure

	// what the grid shows
	measure measure
	scope   string // a cluster's id, or allScope
	mode    Periods
	year    int
	extra   []string // municipalities added as rows to allScope
	grid    *grid

	measureSelect *widget.Select
	ownButton     *widget.Button
	scopeSelect   *widget.Select
	scopeIDs      []string // the cluster of each of scopeSelect's options
	addRow        *kit.FilterSelect
	addRowBox     *fyne.Container   // addRow at its width, under the grid of allScope
	addRowIDs     map[string]string // addRow's options -> municipality id
	modeSelect    *widget.Select
	prevYear      *widget.Button
	nextYear      *widget.Button
	yearLabel     *widget.Label
	importButton  *widget.Button
	gridBox       *fyne.Container
	body          *fyne.Container // the choosers, the grid and the panel
	panel         *fyne.Container // the cell selected, and the messages

	cellTitle *widget.Label
	cellNote  *widget.Label
	// historyButton shows the changes of the selected cell's figure.
	historyButton *widget.Button
	source        *kit.TextEntry
	notes         *kit.TextEntry
	status        *widget.Label
	message       *widget.Label
	saveButton    *widget.Button
	revertButton  *widget.Button
	content       fyne.CanvasObject

	setting bool // the choosers and entries are being set by code
}

// measure is a standard measure (code) or one of the region's own (id).
type measure struct {
	code, id string
	name     string // as the window names it
	desc     string
}

// fields name the measure in a figure.
func (m measure) fields() map[string]string {
	if m.id != "" {
		return map[string]string{data.Figure.MeasureID: m.id}
	}
	return map[string]string{data.Figure.Measure: m.code}
}

// of says whether figure f counts this measure.
func (m measure) of(f data.Record) bool {
	if m.id != "" {
		return f.Get(data.Figure.MeasureID) == m.id
	}
	return f.Get(data.Figure.Measure) == m.code
}

// New builds the Cijfers screen in the window sh: the first standard
// measure, the first cluster, the quarters of the year whose quarters are
// being counted now (defaultYear).
func New(sh Shell) *Screen {
	s := &Screen{Shell: sh, mode: Quarters, year: defaultYear(sh.Store().Now())}
	s.build()
	s.readStore()
	if len(s.clusters) > 0 {
		s.scope = s.clusters[0].ID
	}
	s.measure = s.measures[0]
	s.showChoosers()
	s.showGrid()
	return s
}

// Content is what the window shows.
func (s *Screen) Content() fyne.CanvasObject { return s.content }

func (s *Screen) build() {
	s.measureSelect = widget.NewSelect(nil, func(string) { s.chooseMeasure() })
	s.ownButton = widget.NewButtonWithIcon(lang.X("figures.own.button", "Eigen maten"), theme.MenuDropDownIcon(), s.showOwnMenu)
	s.ownButton.IconPlacement = widget.ButtonIconTrailingText
	s.importButton = widget.NewButtonWithIcon(lang.X("figures.import.button", "Cijfers inlezen…"), theme.FolderOpenIcon(), s.chooseFile)

	s.scopeSelect = widget.NewSelect(nil, func(string) { s.chooseScope() })
	s.addRow = kit.NewFilterSelect(nil, func(option string) { s.addMunicipality(option) })
	s.addRow.SetPlaceHolder(lang.X("figures.addrow", "Gemeente toevoegen…"))
	s.addRowBox = container.NewHBox(container.New(&kit.MinWidth{Width: 240}, s.addRow))
	s.modeSelect = widget.NewSelect(modeNames(), func(string) { s.choosePeriods(Periods(s.modeSelect.SelectedIndex()), s.year) })
	s.prevYear = widget.NewButtonWithIcon("", theme.NavigateBackIcon(), func() { s.choosePeriods(s.mode, s.year-1) })
	s.nextYear = widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() { s.choosePeriods(s.mode, s.year+1) })
	s.yearLabel = widget.NewLabelWithStyle("", fyne.TextAlignCenter, fyne.TextStyle{Bold: true})

	label := func(text string) fyne.CanvasObject { return widget.NewLabel(text) }
	measureRow := container.NewBorder(nil, nil, label(lang.X("figures.measure", "Maat")),
		container.NewHBox(s.ownButton, s.importButton), s.measureSelect)
	years := container.NewBorder(nil, nil, s.prevYear, s.nextYear, container.New(&kit.MinWidth{Width: 96}, s.yearLabel))
	scopeRow := container.NewHBox(label(lang.X("figures.scope", "Gemeenten")), container.New(&kit.MinWidth{Width: 220}, s.scopeSelect),
		layout.NewSpacer(),
		label(lang.X("figures.periods", "Periode")), container.New(&kit.MinWidth{Width: 130}, s.modeSelect), years)
	rule := kit.Hint(lang.X("figures.rule",
		"Alleen totalen: nooit gegevens over slachtoffers, verdachten of zaken. Een klein aantal (1 tot 4) voor één gemeente kan naar personen wijzen; zo'n cel heeft een stip."))
	tools := container.NewVBox(measureRow, scopeRow, rule)

	s.gridBox = container.NewStack()

	s.cellTitle = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	s.cellTitle.Truncation = fyne.TextTruncateEllipsis
	s.cellNote = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Italic: true})
	s.cellNote.Wrapping = fyne.TextWrapWord
	s.source = kit.NewTextEntry(s.Shortcut)
	s.source.SetPlaceHolder(lang.X("figures.source.placeholder", "Bijvoorbeeld: registratie meldroute gemeente"))
	s.source.OnChanged = func(text string) { s.detailsTyped() }
	s.notes = kit.NewTextEntry(s.Shortcut)
	s.notes.SetPlaceHolder(lang.X("figures.notes.placeholder", "Toelichting bij dit aantal, zonder namen of zaken"))
	s.notes.OnChanged = func(text string) { s.detailsTyped() }
	details := container.NewGridWithColumns(2,
		container.NewBorder(nil, nil, widget.NewLabel(lang.X("figures.source", "Bron")), nil, s.source),
		container.NewBorder(nil, nil, widget.NewLabel(lang.X("figures.notes", "Toelichting")), nil, s.notes))

	s.status = widget.NewLabel("")
	s.message = kit.MessageLabel()
	s.saveButton = widget.NewButtonWithIcon(lang.X("figures.save", "Opslaan"), theme.DocumentSaveIcon(), func() { s.save() })
	s.saveButton.Importance = widget.HighImportance
	s.revertButton = widget.NewButtonWithIcon(lang.X("figures.revert", "Wijzigingen weggooien"), theme.ContentUndoIcon(), s.revert)
	s.historyButton = widget.NewButtonWithIcon(lang.X("history.button", "Geschiedenis"), theme.HistoryIcon(), func() {
		if r, c, ok := s.grid.selected(); ok && s.grid.cells[r][c].id != "" {
			s.ShowHistory(data.KindFigure, s.grid.cells[r][c].id, s.cellName(r, c), s.Refresh)
		}
	})
	s.historyButton.Disable()
	head := container.NewBorder(nil, nil, nil, container.NewHBox(s.status, s.historyButton, s.revertButton, s.saveButton), s.cellTitle)
	s.panel = container.NewVBox(head, details, s.cellNote, s.message)

	s.body = container.New(&screenColumn{s}, tools, s.gridBox, s.panel)
	s.content = kit.Page(lang.X("figures.title", "Cijfers"), nil, s.body)
	s.GuardTree(s.content)
	s.Guard(s.addRow) // under the grid only later, out of GuardTree's reach
}

// screenColumn lays out the screen under its heading: the choosers, the grid
// as high as its rows (or as the room left, where it scrolls) and right
// under it the panel of the cell selected. On a wide window they keep to
// the grid's width, so the grid and its panel read as one sheet.
type screenColumn struct{ s *Screen }

func (l *screenColumn) width(objs []fyne.CanvasObject, size fyne.Size) float32 {
	w := max(objs[0].MinSize().Width, objs[2].MinSize().Width, minColumnWidth)
	if g := l.s.grid; g != nil && len(g.rows) > 0 {
		g.geo.fit(size.Width)
		w = max(w, g.geo.width()+theme.ScrollBarSize())
	}
	return min(w, size.Width)
}

// minColumnWidth is the least width screenColumn keeps to on a wide window.
const minColumnWidth = 880

func (l *screenColumn) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	tools, grid, panel := objs[0], objs[1], objs[2]
	w, pad := l.width(objs, size), theme.Padding()
	th, ph := tools.MinSize().Height, panel.MinSize().Height
	gh := size.Height - th - ph - 2*pad
	if g := l.s.grid; g != nil && len(g.rows) > 0 {
		natural := g.naturalHeight()
		if l.s.scope == allScope {
			natural += l.s.addRowBox.MinSize().Height + theme.Padding()
		}
		gh = min(gh, natural)
	}
	gh = max(gh, grid.MinSize().Height)
	tools.Move(fyne.NewPos(0, 0))
	tools.Resize(fyne.NewSize(w, th))
	grid.Move(fyne.NewPos(0, th+pad))
	grid.Resize(fyne.NewSize(w, gh))
	panel.Move(fyne.NewPos(0, th+pad+gh+pad))
	panel.Resize(fyne.NewSize(w, ph))
}

func (l *screenColumn) MinSize(objs []fyne.CanvasObject) fyne.Size {
	t, g, p := objs[0].MinSize(), objs[1].MinSize(), objs[2].MinSize()
	return fyne.NewSize(max(t.Width, g.Width, p.Width), t.Height+g.Height+p.Height+2*theme.Padding())
}

// readStore reads the measures, clusters, municipalities and figures.
func (s *Screen) readStore() {
	ctx, st := s.Ctx(), s.Store()
	s.measures = s.measures[:0]
	for _, c := range data.Measures {
		s.measures = append(s.measures, measure{code: c.Code, name: say.Choice(data.Measures, c.Code)})
	}
	own, err := st.List(ctx, data.KindMeasure)
	if err != nil {
		s.ShowError(err)
	}
	sortByName(own, data.Measure.Name)
	for _, m := range own {
		s.measures = append(s.measures, measure{id: m.ID, name: m.Get(data.Measure.Name), desc: m.Get(data.Measure.Description)})
	}
	if s.clusters, err = st.List(ctx, data.KindCluster); err != nil {
		s.ShowError(err)
	}
	sortByName(s.clusters, data.Cluster.Name)
	ms, err := st.List(ctx, data.KindMunicipality)
	if err != nil {
		s.ShowError(err)
	}
	s.munis = make(map[string]data.Record, len(ms))
	for _, m := range ms {
		s.munis[m.ID] = m
	}
	s.index = muni.New(ms)
	if s.figures, err = st.List(ctx, data.KindFigure); err != nil {
		s.ShowError(err)
	}
	// A measure deleted meanwhile (on another screen, by a colleague's file).
	if s.measure.id != "" && !slices.ContainsFunc(s.measures, func(m measure) bool { return m.id == s.measure.id }) {
		s.measure = s.measures[0]
	}
	if s.scope != allScope && !slices.ContainsFunc(s.clusters, func(c data.Record) bool { return c.ID == s.scope }) {
		s.scope = allScope
	}
}

// sortByName sorts records by field, as a coordinator reads names.
func sortByName(recs []data.Record, field string) {
	slices.SortStableFunc(recs, func(a, b data.Record) int {
		return strings.Compare(data.Fold(a.Get(field)), data.Fold(b.Get(field)))
	})
}

// showChoosers sets the choosers to what the grid shows, without them
// reporting a choice.
func (s *Screen) showChoosers() {
	s.setting = true
	defer func() { s.setting = false }()
	names := make([]string, len(s.measures))
	at := 0
	for i, m := range s.measures {
		names[i] = m.name
		for slices.Contains(names[:i], names[i]) { // two own measures of one name
			names[i] += " "
		}
		if m == s.measure {
			at = i
		}
	}
	s.measureSelect.SetOptions(names)
	s.measureSelect.SetSelectedIndex(at)

	s.scopeIDs = s.scopeIDs[:0]
	var scopes []string
	for _, c := range s.clusters {
		scopes = append(scopes, c.Get(data.Cluster.Name))
		s.scopeIDs = append(s.scopeIDs, c.ID)
	}
	scopes = append(scopes, lang.X("figures.scope.all", "Alle gemeenten met cijfers"))
	s.scopeIDs = append(s.scopeIDs, allScope)
	s.scopeSelect.SetOptions(scopes)
	s.scopeSelect.SetSelectedIndex(slices.Index(s.scopeIDs, s.scope))
	if s.scope == allScope {
		s.addRowIDs = map[string]string{}
		var options []string
		for _, m := range s.munis {
			if m.Get(data.Municipality.Retired) == "true" {
				continue
			}
			name := m.Get(data.Municipality.Name)
			s.addRowIDs[name] = m.ID
			options = append(options, name)
		}
		data.SortFolded(options)
		s.addRow.SetOptions(options)
		s.addRow.ClearSelected()
	}
	s.modeSelect.SetSelectedIndex(int(s.mode))
	if s.mode == Years {
		s.yearLabel.SetText(fmt.Sprintf("%d–%d", s.year-yearSpan+1, s.year))
	} else {
		s.yearLabel.SetText(strconv.Itoa(s.year))
	}
	s.ownButton.Refresh()
}

// rows are the grid's rows for the scope chosen: the cluster's
// municipalities and the cluster; or every municipality and cluster that
// has figures, and the municipalities added.
func (s *Screen) rows() []row {
	var munis []row
	var clusters []row
	addMuni := func(id string) {
		if slices.ContainsFunc(munis, func(r row) bool { return r.muni == id }) {
			return
		}
		name := id
		if m, ok := s.munis[id]; ok {
			name = m.Get(data.Municipality.Name)
		}
		munis = append(munis, row{muni: id, name: name})
	}
	if s.scope != allScope {
		for _, c := range s.clusters {
			if c.ID == s.scope {
				for _, id := range c.List(data.Cluster.MunicipalityIDs) {
					addMuni(id)
				}
				clusters = append(clusters, row{cluster: c.ID, name: c.Get(data.Cluster.Name)})
			}
		}
	} else {
		withFigures := map[string]bool{}
		for _, f := range s.figures {
			if id := f.Get(data.Figure.MunicipalityID); id != "" {
				addMuni(id)
			} else {
				withFigures[f.Get(data.Figure.ClusterID)] = true
			}
		}
		for _, id := range s.extra {
			addMuni(id)
		}
		for _, c := range s.clusters {
			if withFigures[c.ID] {
				clusters = append(clusters, row{cluster: c.ID, name: c.Get(data.Cluster.Name)})
			}
		}
	}
	slices.SortStableFunc(munis, func(a, b row) int { return strings.Compare(data.Fold(a.name), data.Fold(b.name)) })
	return append(munis, clusters...)
}

// showGrid builds the grid for what the choosers say and fills it from
// the store.
func (s *Screen) showGrid() {
	sh := newGrid(s.Window(), s.rows(), columnsOf(s.mode, s.year))
	// A grid shown before may still have the keyboard: it tells nothing.
	// A panic in what the keys do is reported like one in any action.
	sh.onSelect = func(int, int) {
		defer s.RecoverAction()
		if s.grid == sh {
			s.showCell()
		}
	}
	sh.onEdit = func(r, c int) {
		defer s.RecoverAction()
		if s.grid == sh {
			s.cellEdited(r, c)
		}
	}
	sh.onPaste = func(r, c int, text string) {
		defer s.RecoverAction()
		if s.grid == sh {
			s.paste(r, c, text)
		}
	}
	sh.onShortcut = kit.SafeKey(s.Shell, s.Shortcut)
	sh.clusterSums = s.scope != allScope
	if _, ok := s.Window().Canvas().Focused().(*cellView); ok {
		s.Window().Canvas().Unfocus()
	}
	s.grid = sh
	s.fillCells(false)
	switch {
	case len(sh.rows) == 0 && s.scope == allScope:
		s.gridBox.Objects = []fyne.CanvasObject{container.NewVBox(kit.Hint(lang.X("figures.empty.all",
			"Er zijn nog geen cijfers. Kies een cluster, of voeg hieronder een gemeente toe.")), s.addRowBox)}
	case s.scope == allScope:
		// a row for another municipality is added under the rows
		s.gridBox.Objects = []fyne.CanvasObject{container.NewBorder(nil, s.addRowBox, nil, nil, sh.content)}
	case len(sh.rows) == 0:
		s.gridBox.Objects = []fyne.CanvasObject{container.NewVBox(kit.Hint(lang.X("figures.empty.cluster",
			"Dit cluster heeft geen gemeenten. Kies ze onder Gemeenten.")))}
	default:
		s.gridBox.Objects = []fyne.CanvasObject{sh.content}
	}
	s.hideMessage()
	s.showCell()
	s.showState()
	s.relayout() // the grid's rows give its height
}

// fillCells puts the stored figures in the grid's cells. With keep, a
// cell edited and not saved keeps its edit (Refresh after another screen
// wrote); else every cell shows what is stored.
func (s *Screen) fillCells(keep bool) {
	sh := s.grid
	stored := map[string]data.Record{}
	for _, f := range s.figures {
		if s.measure.of(f) {
			stored[f.Get(data.Figure.MunicipalityID)+"|"+f.Get(data.Figure.ClusterID)+"|"+f.Get(data.Figure.Period)] = f
		}
	}
	for r, rw := range sh.rows {
		for c, col := range sh.cols {
			st := sh.cells[r][c]
			id, v := "", cellValue{}
			if f, ok := stored[rw.muni+"|"+rw.cluster+"|"+col.period]; ok {
				id = f.ID
				v = cellValue{f.Get(data.Figure.Count), f.Get(data.Figure.Source), f.Get(data.Figure.Notes)}
			}
			if keep && st.changed() {
				st.id, st.old = id, v
				continue
			}
			st.load(id, v)
		}
	}
	sh.refresh()
}

// Refresh reads the store again: another screen or a colleague's file
// may have changed figures or measures. Edits not saved stay.
func (s *Screen) Refresh() {
	s.readStore()
	if s.Dirty() {
		s.showChoosers()
		s.fillCells(true)
		s.showCell()
		s.showState()
		return
	}
	s.showChoosers()
	s.showGrid()
}

// Dirty says whether the grid holds edits not saved.
func (s *Screen) Dirty() bool { return len(s.changes()) > 0 }

// WhenDiscarded runs then at once when nothing is unsaved, else after the
// coordinator saved the figures or threw them away; going back to them
// runs cancel (which may be nil).
func (s *Screen) WhenDiscarded(then, cancel func()) {
	n := len(s.changes())
	if n == 0 {
		then()
		return
	}
	s.AskSave(lang.X("figures.discard.title", "Cijfers niet opgeslagen"),
		say.Count(n, "", lang.X("figures.discard.one", "U heeft een cijfer gewijzigd maar niet opgeslagen. Wilt u het opslaan of weggooien?"),
			lang.X("figures.discard.many", "U heeft {{.Count}} cijfers gewijzigd maar niet opgeslagen. Wilt u ze opslaan of weggooien?", map[string]any{"Count": n})),
		lang.X("figures.save", "Opslaan"), lang.X("figures.discard.yes", "Weggooien"), lang.X("figures.discard.no", "Terug naar de cijfers"),
		func() bool { return s.write() }, s.discard, then, cancel)
}

// Shortcut handles the window's shortcut keys: Ctrl+S saves.
func (s *Screen) Shortcut(key fyne.KeyName) bool {
	if key == fyne.KeyS {
		s.save()
		return true
	}
	return false
}

// chooseMeasure shows the measure chosen, after asking about edits not
// saved.
func (s *Screen) chooseMeasure() {
	i := s.measureSelect.SelectedIndex()
	if s.setting || i < 0 || i >= len(s.measures) || s.measures[i] == s.measure {
		return
	}
	s.change(func() { s.measure = s.measures[i] })
}

// chooseScope shows the cluster (or all) chosen.
func (s *Screen) chooseScope() {
	i := s.scopeSelect.SelectedIndex()
	if s.setting || i < 0 || i >= len(s.scopeIDs) || s.scopeIDs[i] == s.scope {
		return
	}
	s.change(func() { s.scope, s.extra = s.scopeIDs[i], nil })
}

// choosePeriods shows the periods of mode for year.
func (s *Screen) choosePeriods(mode Periods, year int) {
	if s.setting || (mode == s.mode && year == s.year) {
		return
	}
	s.change(func() { s.mode, s.year = mode, year })
}

// ShowPeriods shows the grid's columns as periods, for year (the last of
// a span of years), after asking about edits not saved.
func (s *Screen) ShowPeriods(p Periods, year int) { s.choosePeriods(p, year) }

// change shows another part of the figures, after asking about edits not
// saved; going back to them puts the choosers back.
func (s *Screen) change(set func()) {
	s.WhenDiscarded(func() {
		set()
		s.showChoosers()
		s.showGrid()
	}, s.showChoosers)
}

// addMunicipality adds a row for a municipality without figures yet to
// the grid of all municipalities.
func (s *Screen) addMunicipality(option string) {
	id, ok := s.addRowIDs[option]
	if s.setting || !ok {
		return
	}
	s.setting = true
	s.addRow.ClearSelected()
	s.setting = false
	s.WhenDiscarded(func() {
		if !slices.Contains(s.extra, id) {
			s.extra = append(s.extra, id)
		}
		s.showChoosers()
		s.showGrid()
		for r, rw := range s.grid.rows {
			if rw.muni == id && len(s.grid.cols) > 0 {
				s.grid.focus(r, 0)
			}
		}
	}, nil)
}

// OpenRecord shows an own measure, or a figure's cell selected.
func (s *Screen) OpenRecord(kind, id string) {
	s.WhenDiscarded(func() { s.open(kind, id) }, nil)
}

func (s *Screen) open(kind, id string) {
	s.readStore()
	switch kind {
	case data.KindMeasure:
		for _, m := range s.measures {
			if m.id == id {
				s.measure = m
			}
		}
	case data.KindFigure:
		f, err := s.Store().Get(s.Ctx(), data.KindFigure, id)
		if err != nil {
			s.ShowError(err)
			return
		}
		s.showFigure(f)
		return
	}
	s.showChoosers()
	s.showGrid()
}

// showFigure shows the grid that has figure f and selects its cell.
func (s *Screen) showFigure(f data.Record) {
	for _, m := range s.measures {
		if m.of(f) {
			s.measure = m
		}
	}
	muniID, cluster := f.Get(data.Figure.MunicipalityID), f.Get(data.Figure.ClusterID)
	switch {
	case cluster != "":
		s.scope = cluster
	case !s.inScope(muniID, s.scope):
		s.scope = allScope
		for _, c := range s.clusters {
			if s.inScope(muniID, c.ID) {
				s.scope = c.ID
				break
			}
		}
	}
	period := f.Get(data.Figure.Period)
	if mode, year, ok := modeOf(period); ok && !slices.ContainsFunc(columnsOf(s.mode, s.year), func(c column) bool { return c.period == period }) {
		s.mode, s.year = mode, year
	}
	s.showChoosers()
	s.showGrid()
	for r, rw := range s.grid.rows {
		for c, col := range s.grid.cols {
			if rw.muni == muniID && rw.cluster == cluster && col.period == period {
				s.grid.focus(r, c)
			}
		}
	}
}

// inScope says whether municipality id is a row of scope.
func (s *Screen) inScope(id, scope string) bool {
	for _, c := range s.clusters {
		if c.ID == scope {
			return slices.Contains(c.List(data.Cluster.MunicipalityIDs), id)
		}
	}
	return false
}
