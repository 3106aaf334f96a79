package figures

import (
	"image/color"
	"strconv"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// The room around a cell's text.
const (
	cellPad  float32 = 6 // left and right
	cellPadV float32 = 5 // above and below
)

// dotSize is the size of the dot before a small count.
const dotSize float32 = 4

// maxCellRunes is the longest text a cell takes.
const maxCellRunes = 24

// cellView is one cell of the grid, as a spreadsheet has it: selected, a
// key typed replaces its count (F2 or a double click adds to it instead),
// Backspace and Delete clear it, Escape puts back what it held; Tab,
// Enter and the arrows move to the next cell, with Shift backwards.
type cellView struct {
	widget.BaseWidget
	sh      *grid
	r, c    int
	focused bool
	editing bool   // typed into since selected: keys add to the text
	before  string // the count when selected, for Escape
}

var (
	_ fyne.Focusable      = (*cellView)(nil)
	_ fyne.Tabbable       = (*cellView)(nil)
	_ fyne.Shortcutable   = (*cellView)(nil)
	_ fyne.DoubleTappable = (*cellView)(nil)
	_ desktop.Keyable     = (*cellView)(nil)
	_ desktop.Mouseable   = (*cellView)(nil)
)

func newCellView(sh *grid, r, c int) *cellView {
	v := &cellView{sh: sh, r: r, c: c}
	v.ExtendBaseWidget(v)
	return v
}

func (v *cellView) state() *cellState { return v.sh.cells[v.r][v.c] }

// FocusGained selects the cell: the next key typed replaces its count.
func (v *cellView) FocusGained() {
	v.focused, v.editing = true, false
	v.before = v.state().cur.count
	v.sh.selectCell(v)
	v.Refresh()
}

// FocusLost ends typing in the cell; a count typed with thousands
// separators is shown as stored.
func (v *cellView) FocusLost() {
	v.focused, v.editing = false, false
	st := v.state()
	if n := st.count(); n != "" && n != st.cur.count {
		v.sh.edit(v.r, v.c, n)
	}
	v.Refresh()
}

// AcceptsTab keeps Tab and Shift+Tab in the grid: they move between cells.
func (v *cellView) AcceptsTab() bool { return true }

func (v *cellView) TypedRune(r rune) {
	if unicode.IsControl(r) {
		return
	}
	text := v.state().cur.count
	if !v.editing {
		text, v.editing = "", true
	}
	if utf8.RuneCountInString(text) >= maxCellRunes {
		return
	}
	v.sh.edit(v.r, v.c, text+string(r))
}

func (v *cellView) TypedKey(k *fyne.KeyEvent) {
	sh := v.sh
	back := sh.shiftDown()
	switch k.Name {
	case fyne.KeyTab:
		if back {
			sh.move(v.r, v.c, 0, -1, true)
		} else {
			sh.move(v.r, v.c, 0, 1, true)
		}
	case fyne.KeyReturn, fyne.KeyEnter:
		if back {
			sh.move(v.r, v.c, -1, 0, true)
		} else {
			sh.move(v.r, v.c, 1, 0, true)
		}
	case fyne.KeyUp:
		sh.move(v.r, v.c, -1, 0, false)
	case fyne.KeyDown:
		sh.move(v.r, v.c, 1, 0, false)
	case fyne.KeyLeft:
		sh.move(v.r, v.c, 0, -1, false)
	case fyne.KeyRight:
		sh.move(v.r, v.c, 0, 1, false)
	case fyne.KeyHome:
		sh.focus(v.r, 0)
	case fyne.KeyEnd:
		sh.focus(v.r, len(sh.cols)-1)
	case fyne.KeyBackspace:
		text := []rune(v.state().cur.count)
		if !v.editing || len(text) == 0 {
			text = nil
		} else {
			text = text[:len(text)-1]
		}
		v.editing = true
		sh.edit(v.r, v.c, string(text))
	case fyne.KeyDelete:
		v.editing = false
		sh.edit(v.r, v.c, "")
	case fyne.KeyF2:
		v.editing = true
		v.Refresh()
	case fyne.KeyEscape:
		if v.state().cur.count != v.before {
			v.editing = false
			sh.edit(v.r, v.c, v.before)
			return
		}
		if sh.onShortcut != nil {
			sh.onShortcut(fyne.KeyEscape)
		}
	}
}

// KeyDown and KeyUp follow Shift for a driver that cannot say whether it
// is held (shiftDown).
func (v *cellView) KeyDown(k *fyne.KeyEvent) {
	if k.Name == desktop.KeyShiftLeft || k.Name == desktop.KeyShiftRight {
		v.sh.shift = true
	}
}

func (v *cellView) KeyUp(k *fyne.KeyEvent) {
	if k.Name == desktop.KeyShiftLeft || k.Name == desktop.KeyShiftRight {
		v.sh.shift = false
	}
}

// TypedShortcut pastes a block copied from a spreadsheet from this cell
// on, copies and cuts the count, and passes the window's own shortcuts
// (Ctrl+S saves) to the screen.
func (v *cellView) TypedShortcut(s fyne.Shortcut) {
	clip := func(c fyne.Clipboard) fyne.Clipboard {
		if c == nil {
			c = fyne.CurrentApp().Clipboard()
		}
		return c
	}
	switch s := s.(type) {
	case *fyne.ShortcutPaste:
		if v.sh.onPaste != nil {
			v.editing = false
			v.sh.onPaste(v.r, v.c, clip(s.Clipboard).Content())
		}
	case *fyne.ShortcutCopy:
		clip(s.Clipboard).SetContent(v.state().cur.count)
	case *fyne.ShortcutCut:
		clip(s.Clipboard).SetContent(v.state().cur.count)
		v.sh.edit(v.r, v.c, "")
	case *desktop.CustomShortcut:
		if s.Modifier == fyne.KeyModifierShortcutDefault && v.sh.onShortcut != nil {
			v.sh.onShortcut(s.KeyName)
		}
	}
}

// MouseDown selects the cell at once: a tap comes only after the time a
// double click takes, and a key typed right after the click belongs here.
func (v *cellView) MouseDown(*desktop.MouseEvent) { v.Tapped(nil) }

func (v *cellView) MouseUp(*desktop.MouseEvent) {}

// Tapped selects the cell.
func (v *cellView) Tapped(*fyne.PointEvent) {
	if !v.focused {
		v.sh.win.Canvas().Focus(v)
	}
}

// DoubleTapped selects the cell to add to its count instead of replacing it.
func (v *cellView) DoubleTapped(*fyne.PointEvent) {
	v.Tapped(nil)
	v.editing = true
	v.Refresh()
}

func (v *cellView) CreateRenderer() fyne.WidgetRenderer {
	r := &cellRenderer{v: v,
		bg:     canvas.NewRectangle(color.Transparent),
		tint:   canvas.NewRectangle(color.Transparent),
		border: canvas.NewRectangle(color.Transparent),
		text:   canvas.NewText("", color.Black),
		caret:  canvas.NewRectangle(color.Black),
		strike: canvas.NewRectangle(color.Black),
		dot:    canvas.NewCircle(color.Black),
	}
	r.text.Alignment = fyne.TextAlignTrailing
	r.objects = []fyne.CanvasObject{r.bg, r.tint, r.text, r.strike, r.caret, r.dot, r.border}
	r.Refresh()
	return r
}

// cellRenderer draws a cell: its background, a tint for a change not
// saved (red for a count that is none), the count right-aligned as in a
// spreadsheet, or in grey the sum an empty cell suggests or the count a
// cleared cell had (struck out), a quiet dot for a small count, and a
// frame round the selected cell.
type cellRenderer struct {
	v                               *cellView
	bg, tint, border, caret, strike *canvas.Rectangle
	text                            *canvas.Text
	dot                             *canvas.Circle
	objects                         []fyne.CanvasObject
}

func (r *cellRenderer) Destroy()                     {}
func (r *cellRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *cellRenderer) MinSize() fyne.Size {
	size := theme.TextSize()
	return fyne.NewSize(fyne.MeasureText("0000", size, fyne.TextStyle{}).Width+2*cellPad,
		fyne.MeasureText("0", size, fyne.TextStyle{}).Height+2*cellPadV)
}

func (r *cellRenderer) Layout(size fyne.Size) {
	for _, o := range []fyne.CanvasObject{r.bg, r.tint, r.border} {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
	th := r.text.MinSize()
	y := (size.Height - th.Height) / 2
	r.text.Move(fyne.NewPos(cellPad, y))
	r.text.Resize(fyne.NewSize(size.Width-2*cellPad, th.Height))
	r.caret.Move(fyne.NewPos(size.Width-cellPad+1, y+2))
	r.caret.Resize(fyne.NewSize(1.5, th.Height-4))
	r.strike.Move(fyne.NewPos(size.Width-cellPad-th.Width-1, size.Height/2))
	r.strike.Resize(fyne.NewSize(th.Width+2, 1))
	r.dot.Move(fyne.NewPos(size.Width-cellPad-th.Width-dotSize-4, (size.Height-dotSize)/2))
	r.dot.Resize(fyne.NewSize(dotSize, dotSize))
}

func (r *cellRenderer) Refresh() {
	v := r.v
	st := v.state()
	c := func(name fyne.ThemeColorName) color.Color {
		return v.Theme().Color(name, fyne.CurrentApp().Settings().ThemeVariant())
	}
	r.bg.FillColor = c(theme.ColorNameInputBackground)
	r.tint.FillColor = color.Transparent
	switch {
	case st.problem != "":
		r.tint.FillColor = withAlpha(c(theme.ColorNameError), 0x40)
	case st.changed():
		r.tint.FillColor = withAlpha(c(theme.ColorNamePrimary), 0x30)
	}
	r.text.TextSize = theme.TextSize()
	r.text.Color = c(theme.ColorNameForeground)
	r.strike.Hide()
	switch {
	case !st.empty():
		r.text.Text = st.cur.count
		if st.problem != "" {
			r.text.Color = c(theme.ColorNameError)
		}
	case st.deleting():
		r.text.Text = st.old.count
		r.text.Color = c(theme.ColorNamePlaceHolder)
		r.strike.FillColor = c(theme.ColorNamePlaceHolder)
		r.strike.Show()
	default:
		r.text.Text = ""
		if n, ok := v.sh.sum(v.r, v.c); ok {
			r.text.Text = "Σ " + strconv.Itoa(n)
			r.text.Color = c(theme.ColorNamePlaceHolder)
		}
	}
	r.caret.FillColor = c(theme.ColorNamePrimary)
	r.caret.Hidden = !(v.focused && v.editing)
	r.dot.FillColor = c(theme.ColorNamePlaceHolder)
	r.dot.Hidden = !(st.small() && v.sh.rows[v.r].cluster == "")
	r.border.StrokeWidth = 2
	switch {
	case v.focused:
		r.border.StrokeColor = c(theme.ColorNamePrimary)
	case v.sh.sel == v:
		r.border.StrokeColor = withAlpha(c(theme.ColorNamePrimary), 0x90)
	default:
		r.border.StrokeColor = color.Transparent
		r.border.StrokeWidth = 0
	}
	r.Layout(v.Size())
	canvas.Refresh(v)
}

// withAlpha is c with alpha a.
func withAlpha(c color.Color, a uint8) color.Color {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	n.A = a
	return n
}

// labelCell is a header of the grid, or the name of a row: a text on a
// background in theme colours, which follow a change of theme.
type labelCell struct {
	widget.BaseWidget
	text  string
	bold  bool
	align fyne.TextAlign
	bg    fyne.ThemeColorName
}

func newLabelCell(text string, bold bool, align fyne.TextAlign, bg fyne.ThemeColorName) *labelCell {
	l := &labelCell{text: text, bold: bold, align: align, bg: bg}
	l.ExtendBaseWidget(l)
	return l
}

func (l *labelCell) CreateRenderer() fyne.WidgetRenderer {
	r := &labelRenderer{l: l, bg: canvas.NewRectangle(color.Transparent), text: canvas.NewText(l.text, color.Black)}
	r.text.Alignment = l.align
	r.text.TextStyle = fyne.TextStyle{Bold: l.bold}
	r.Refresh()
	return r
}

type labelRenderer struct {
	l    *labelCell
	bg   *canvas.Rectangle
	text *canvas.Text
}

func (r *labelRenderer) Destroy()                     {}
func (r *labelRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.bg, r.text} }

func (r *labelRenderer) MinSize() fyne.Size {
	return r.text.MinSize().AddWidthHeight(2*cellPad, 2*cellPadV)
}

func (r *labelRenderer) Layout(size fyne.Size) {
	r.bg.Resize(size)
	th := r.text.MinSize()
	r.text.Move(fyne.NewPos(cellPad, (size.Height-th.Height)/2))
	r.text.Resize(fyne.NewSize(size.Width-2*cellPad, th.Height))
}

func (r *labelRenderer) Refresh() {
	variant := fyne.CurrentApp().Settings().ThemeVariant()
	th := r.l.Theme()
	r.bg.FillColor = th.Color(r.l.bg, variant)
	r.text.Color = th.Color(theme.ColorNameForeground, variant)
	r.text.TextSize = theme.TextSize()
	r.text.Text = r.l.text
	r.bg.Refresh()
	r.text.Refresh()
}
