package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ketenregie/app/kit"
	"ketenregie/app/say"
	"ketenregie/data"
)

// gridCell is one cell of an assessment grid: a short text, coloured by the
// level it shows (when it shows one), that reports taps and hovering. Its
// colours come from the theme each time it is refreshed, so a switch between
// light and dark recolours it.
type gridCell struct {
	widget.BaseWidget
	text    string
	level   string // "" for a header or a cell without a measurement
	filled  bool   // draw the level's background (false for headers)
	bold    bool
	faint   bool // placeholder colour: sub-headers, "–"
	fit     bool // shorten the text with an ellipsis when it is too wide
	caption bool // caption size with little padding: the item headers
	align   fyne.TextAlign
	onTap   func()
	onHover func(in bool)
	hovered bool
}

func newGridCell(text string) *gridCell {
	c := &gridCell{text: text, align: fyne.TextAlignCenter}
	c.ExtendBaseWidget(c)
	return c
}

// setLevel shows a level and its movement.
func (c *gridCell) setLevel(level string, move int) {
	text := levelText(level, move)
	if c.filled && c.level == level && c.text == text {
		return
	}
	c.level, c.filled, c.faint = level, true, level == ""
	c.text = text
	c.Refresh()
}

func (c *gridCell) Tapped(*fyne.PointEvent) {
	if c.onTap != nil {
		c.onTap()
	}
}

func (c *gridCell) MouseIn(*desktop.MouseEvent) {
	c.hovered = true
	c.Refresh()
	if c.onHover != nil {
		c.onHover(true)
	}
}

func (c *gridCell) MouseMoved(*desktop.MouseEvent) {}

func (c *gridCell) MouseOut() {
	c.hovered = false
	c.Refresh()
	if c.onHover != nil {
		c.onHover(false)
	}
}

// Cursor shows a hand over cells that open something.
func (c *gridCell) Cursor() desktop.Cursor {
	if c.onTap != nil {
		return desktop.PointerCursor
	}
	return desktop.DefaultCursor
}

func (c *gridCell) CreateRenderer() fyne.WidgetRenderer {
	r := &gridCellRenderer{c: c, bg: canvas.NewRectangle(color.Transparent), text: canvas.NewText("", nil)}
	r.bg.CornerRadius = 3
	r.Refresh()
	return r
}

func (c *gridCell) textSize() float32 {
	if c.caption {
		return theme.CaptionTextSize()
	}
	return smallText()
}

// padding is the room left and right of the text.
func (c *gridCell) padding() float32 {
	if c.caption {
		return 1
	}
	return theme.InnerPadding() / 2
}

// fill is the cell's background colour.
func (c *gridCell) fill() color.Color {
	if !c.filled {
		return color.Transparent
	}
	return levelFill(c.level)
}

type gridCellRenderer struct {
	c    *gridCell
	bg   *canvas.Rectangle
	text *canvas.Text
}

func (r *gridCellRenderer) Layout(size fyne.Size) {
	r.bg.Resize(size)
	r.bg.Move(fyne.NewPos(0, 0))
	pad := r.c.padding()
	r.text.Text = r.c.text
	if r.c.fit {
		r.text.Text = fitText(r.c.text, size.Width-2*pad, r.c.textSize(), r.text.TextStyle)
	}
	ts := r.text.MinSize()
	switch r.c.align {
	case fyne.TextAlignLeading:
		r.text.Move(fyne.NewPos(pad, (size.Height-ts.Height)/2))
	default:
		r.text.Move(fyne.NewPos((size.Width-ts.Width)/2, (size.Height-ts.Height)/2))
	}
	r.text.Resize(ts)
}

func (r *gridCellRenderer) MinSize() fyne.Size {
	ts := fyne.MeasureText(r.c.text, r.c.textSize(), fyne.TextStyle{Bold: r.c.bold})
	pad := r.c.padding()
	return fyne.NewSize(ts.Width+2*pad, ts.Height+theme.InnerPadding()/2)
}

func (r *gridCellRenderer) Refresh() {
	c := r.c
	r.bg.FillColor = c.fill()
	r.bg.StrokeWidth = 0
	if c.filled && (c.level == "" || c.hovered) {
		r.bg.StrokeWidth = 1
		r.bg.StrokeColor = theme.Color(theme.ColorNameInputBorder)
		if c.hovered && c.onTap != nil {
			r.bg.StrokeColor = theme.Color(theme.ColorNameForeground)
		}
	}
	r.text.TextSize = c.textSize()
	r.text.TextStyle = fyne.TextStyle{Bold: c.bold}
	r.text.Color = theme.Color(theme.ColorNameForeground)
	if c.faint {
		r.text.Color = theme.Color(theme.ColorNamePlaceHolder)
	}
	r.Layout(c.Size())
	r.bg.Refresh()
	r.text.Refresh()
}

func (r *gridCellRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.bg, r.text} }
func (r *gridCellRenderer) Destroy()                     {}

// fitText shortens text with an ellipsis until it is at most width wide.
func fitText(text string, width, size float32, style fyne.TextStyle) string {
	if fyne.MeasureText(text, size, style).Width <= width {
		return text
	}
	runes := []rune(text)
	lo, hi := 0, len(runes) // the longest prefix that fits is in [lo, hi)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if fyne.MeasureText(string(runes[:mid])+"…", size, style).Width <= width {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return string(runes[:lo]) + "…"
}

// matrixRow is one municipality in the assessment matrix.
type matrixRow struct {
	id, name string
	lead     bool // the cluster's centrumgemeente
	states   map[string]itemState
}

// assessmentMatrix shows the latest self-assessment of each municipality
// of a cluster (rows) per checklist item (columns, grouped by Basisniveau
// and the five Kader themes), with the movement since the measurement
// before. Hovering a cell tells its level, date and note in the line under
// the matrix; tapping a municipality or a cell calls onOpen.
type assessmentMatrix struct {
	onOpen func(municipalityID string)

	rows  []matrixRow
	names []*widget.Hyperlink
	cells [][]*gridCell // [row][item]
	grid  *fyne.Container
	info  *widget.Label
	hint  string

	content fyne.CanvasObject
}

func newAssessmentMatrix(onOpen func(string)) *assessmentMatrix {
	m := &assessmentMatrix{onOpen: onOpen}
	m.hint = lang.X("overview.matrix.hint", "Wijs een cel aan voor datum en toelichting; klik om de gemeente te openen.")
	m.info = widget.NewLabel(m.hint)
	m.info.Truncation = fyne.TextTruncateEllipsis
	m.grid = container.New(&matrixLayout{m: m})
	// The grid scrolls sideways inside its card where the window is too
	// narrow for all columns; the legend and notes below wrap.
	m.content = container.NewVBox(container.NewHScroll(m.grid), m.info, newMatrixLegend())
	return m
}

// matrixGroups are the column groups: the Basisniveau, then each theme.
func matrixGroups() []struct {
	code string
	span int
} {
	var out []struct {
		code string
		span int
	}
	for _, it := range data.Checklist {
		if n := len(out); n > 0 && out[n-1].code == it.Group {
			out[n-1].span++
			continue
		}
		out = append(out, struct {
			code string
			span int
		}{it.Group, 1})
	}
	return out
}

// setRows shows these municipalities. Cells that show the same as before
// are left alone, so showing the overview again costs little.
func (m *assessmentMatrix) setRows(rows []matrixRow) {
	m.rows = rows
	relayout := false
	if len(m.names) != len(rows) || len(m.grid.Objects) == 0 {
		m.build(len(rows))
		relayout = true
	}
	for i, r := range rows {
		id := r.id
		link := m.names[i]
		link.OnTapped = func() { m.open(id) }
		if link.Text != r.name || link.TextStyle.Bold != r.lead {
			link.Text = r.name
			link.TextStyle = fyne.TextStyle{Bold: r.lead}
			link.Refresh()
			relayout = true // the name column may change width
		}
		for j, it := range data.Checklist {
			st := r.states[it.Code]
			m.cells[i][j].setLevel(st.cur.Get(data.Assessment.Level), st.movement())
		}
	}
	if relayout {
		m.grid.Refresh()
	}
}

// build makes the header and n rows of cells.
func (m *assessmentMatrix) build(n int) {
	var objs []fyne.CanvasObject
	corner := newGridCell(lang.X("overview.matrix.municipality", "Gemeente"))
	corner.bold, corner.align = true, fyne.TextAlignLeading
	objs = append(objs, corner)
	for _, g := range matrixGroups() {
		h := newGridCell(say.Group(g.code))
		h.bold = true
		objs = append(objs, h)
	}
	for _, it := range data.Checklist {
		h := newGridCell(say.ItemShort(it.Code))
		h.faint, h.caption, h.fit = true, true, true
		code := it.Code
		h.onHover = func(in bool) { m.hover(in, say.Item(code)) }
		objs = append(objs, h)
	}
	m.names = make([]*widget.Hyperlink, n)
	m.cells = make([][]*gridCell, n)
	for i := range n {
		link := widget.NewHyperlink("", nil)
		link.Truncation = fyne.TextTruncateEllipsis
		m.names[i] = link
		objs = append(objs, link)
		m.cells[i] = make([]*gridCell, len(data.Checklist))
		for j := range data.Checklist {
			c := newGridCell("")
			row, col := i, j
			c.onTap = func() { m.open(m.rows[row].id) }
			c.onHover = func(in bool) { m.hover(in, m.cellInfo(row, col)) }
			m.cells[i][j] = c
			objs = append(objs, c)
		}
	}
	m.grid.Objects = objs
}

func (m *assessmentMatrix) open(id string) {
	if m.onOpen != nil {
		m.onOpen(id)
	}
}

func (m *assessmentMatrix) hover(in bool, text string) {
	if !in {
		text = m.hint
	}
	m.info.SetText(text)
}

// cellInfo describes one cell: level, date, the level before and the note.
func (m *assessmentMatrix) cellInfo(row, col int) string {
	r := m.rows[row]
	it := data.Checklist[col]
	st := r.states[it.Code]
	args := map[string]any{"Municipality": r.name, "Item": say.Item(it.Code)}
	if st.cur.ID == "" {
		return lang.X("overview.matrix.none", "{{.Municipality}} · {{.Item}}: nog niet gemeten.", args)
	}
	args["Level"] = say.Level(st.cur.Get(data.Assessment.Level))
	args["Date"] = data.FormatDate(st.cur.Get(data.Assessment.Date))
	text := lang.X("overview.matrix.level", "{{.Municipality}} · {{.Item}}: {{.Level}} op {{.Date}}", args)
	if st.prev.ID != "" {
		text += lang.X("overview.matrix.before", " (daarvoor {{.Level}} op {{.Date}})",
			map[string]any{"Level": say.Level(st.prev.Get(data.Assessment.Level)), "Date": data.FormatDate(st.prev.Get(data.Assessment.Date))})
	}
	if note := st.cur.Get(data.Assessment.Note); note != "" {
		text += " · " + note
	}
	return text
}

// cell is the cell of a municipality and item, for tests.
func (m *assessmentMatrix) cell(municipalityID, item string) *gridCell {
	for i, r := range m.rows {
		if r.id != municipalityID {
			continue
		}
		for j, it := range data.Checklist {
			if it.Code == item {
				return m.cells[i][j]
			}
		}
	}
	return nil
}

// matrixLayout places the matrix: the municipality column, then the item
// columns of equal width with a wider gap between groups; two header rows
// (group, item) above the municipalities.
type matrixLayout struct{ m *assessmentMatrix }

const (
	matrixGap      = 2  // between cells
	matrixGroupGap = 8  // between column groups
	matrixMinCell  = 52 // narrowest item column, unless a level with its arrow needs more
	matrixMaxCell  = 96 // widest item column: beyond this the matrix stays left
)

// minCell is the narrowest an item column may be: the widest level with
// its arrow ("Volledig ▲") fits, in this language and at this text size.
func (l *matrixLayout) minCell() float32 {
	w := float32(matrixMinCell)
	for _, c := range data.AssessmentLevels {
		text := levelText(c.Code, 1)
		w = max(w, fyne.MeasureText(text, smallText(), fyne.TextStyle{}).Width+theme.InnerPadding()+2)
	}
	return w
}

func (l *matrixLayout) nameWidth() float32 {
	w := fyne.MeasureText(lang.X("overview.matrix.municipality", "Gemeente"), smallText(), fyne.TextStyle{Bold: true}).Width
	for _, r := range l.m.rows {
		w = max(w, fyne.MeasureText(r.name, theme.TextSize(), fyne.TextStyle{Bold: r.lead}).Width)
	}
	return min(w+2*theme.InnerPadding()+theme.Padding(), 200) // a little spare: drivers measure text slightly differently
}

func (l *matrixLayout) rowHeight() float32 {
	return fyne.MeasureText("Hg", theme.TextSize(), fyne.TextStyle{}).Height + theme.InnerPadding()
}

func (l *matrixLayout) headerHeight() float32 {
	return fyne.MeasureText("Hg", smallText(), fyne.TextStyle{Bold: true}).Height + theme.InnerPadding()/2
}

// columns gives the x position of every item column and its width.
func (l *matrixLayout) columns(width float32) (xs []float32, cell float32) {
	groups := matrixGroups()
	items := float32(len(data.Checklist))
	fixed := l.nameWidth() + items*matrixGap + float32(len(groups)-1)*matrixGroupGap
	least := l.minCell()
	cell = min(max((width-fixed)/items, least), max(matrixMaxCell, least))
	x := l.nameWidth() + matrixGap
	for gi, g := range groups {
		if gi > 0 {
			x += matrixGroupGap
		}
		for range g.span {
			xs = append(xs, x)
			x += cell + matrixGap
		}
	}
	return xs, cell
}

func (l *matrixLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	if len(objs) == 0 {
		return
	}
	groups := matrixGroups()
	items := len(data.Checklist)
	xs, cw := l.columns(size.Width)
	hh, rh := l.headerHeight(), l.rowHeight()
	nameW := l.nameWidth()
	place := func(o fyne.CanvasObject, x, y, w, h float32) {
		o.Move(fyne.NewPos(x, y))
		o.Resize(fyne.NewSize(w, h))
	}
	i := 0
	place(objs[i], 0, 0, nameW, 2*hh+matrixGap)
	i++
	col := 0
	for _, g := range groups {
		end := xs[col+g.span-1] + cw
		place(objs[i], xs[col], 0, end-xs[col], hh)
		col += g.span
		i++
	}
	for j := range items {
		place(objs[i], xs[j], hh+matrixGap, cw, hh)
		i++
	}
	y := 2*hh + 2*matrixGap
	for i < len(objs) {
		place(objs[i], 0, y, nameW, rh)
		i++
		for j := 0; j < items && i < len(objs); j++ {
			place(objs[i], xs[j], y, cw, rh)
			i++
		}
		y += rh + matrixGap
	}
}

func (l *matrixLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	groups := matrixGroups()
	items := float32(len(data.Checklist))
	w := l.nameWidth() + items*(l.minCell()+matrixGap) + float32(len(groups)-1)*matrixGroupGap
	rows := float32(len(l.m.rows))
	h := 2*l.headerHeight() + 2*matrixGap + rows*(l.rowHeight()+matrixGap)
	return fyne.NewSize(w, h)
}

// newMatrixLegend explains the colours, the arrows and the column headers.
func newMatrixLegend() fyne.CanvasObject {
	swatch := func(level string) fyne.CanvasObject {
		c := newGridCell("")
		c.setLevel(level, 0)
		if level == "" {
			c.text = lang.X("overview.legend.none", "– nog niet gemeten")
		}
		return c
	}
	moves := widget.NewLabel(lang.X("overview.legend.moves", "▲ beter, ▼ slechter dan de meting daarvoor · vet: centrumgemeente"))
	moves.Wrapping = fyne.TextWrapWord
	// The explanation of the arrows beside the swatches, or under them
	// where the window is narrow.
	swatches := container.NewBorder(nil, nil,
		container.NewHBox(swatch(data.LevelNiet), swatch(data.LevelDeels), swatch(data.LevelVolledig), swatch(data.LevelNvt), swatch("")), nil, moves)
	items := kit.NewQuietText(lang.X("overview.legend.items", "Basisniveau (2015): actieve signalering, aandachtsfunctionaris als aanspreekpunt, beleid en regelgeving (APV, vergunningen, Bibob), zorgcoördinatie. Kader Aanpak Mensenhandel (VNG, 2021), elk thema op basis- en verdiepingsniveau: 1 beleidsmatige basis, 2 signalerend vermogen, 3 bewustwording, 4 samenwerking in keten en regio, 5 opvang van en hulpverlening aan slachtoffers."))
	// At the text size, not the caption's: its letters drew about 9 px
	// high, too small to read on a laptop.
	return container.NewVBox(swatches, items)
}
