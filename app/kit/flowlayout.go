// Package kit holds the widgets and layouts the screens of app are built
// from. They know Fyne and nothing of the app: no store, no window, no
// translations, so every screen can use them and a test can build them alone.
package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// The layouts here let a screen fit a small laptop (the app's smallWindow) and use
// the room of a large screen: what stands side by side when there is room
// goes one under the other when there is not.
//
// How much height such a layout needs depends on the width it is given,
// which Fyne's MinSize cannot say. So each remembers the height of its
// last layout and reports that (as Fyne's own RowWrapLayout does), and
// when a new width changed it, it calls reflow: the scroll around must
// size its content again. Before its first layout it reports the height of
// its widest arrangement.

// Reflower is a layout whose height follows its width.
type Reflower struct {
	Reflow func()  // called when the height changed with the width; may be nil
	height float32 // the height of the last layout; 0 before the first
	width  float32 // the width of the last layout
	queued bool    // a reflow is on its way
}

// laidOut records the height a layout at width gave, and asks for a reflow
// when it changed.
func (r *Reflower) laidOut(width, height float32) {
	changed := r.height != 0 && height != r.height
	r.width, r.height = width, height
	if changed && r.Reflow != nil && !r.queued {
		r.queued = true
		// After this layout pass, not inside it: the scroll lays out its
		// content again, which calls this layout with the same width.
		fyne.Do(func() {
			r.queued = false
			r.Reflow()
		})
	}
}

// FlowGrid lays its objects out in equal columns, as many as fit, each as
// wide as the widest object needs: three columns of municipalities on a
// wide form, one on a narrow one.
type FlowGrid struct {
	Reflower
}

// NewFlowGrid makes a FlowGrid of objs and returns its layout too, to set Reflow.
func NewFlowGrid(objs ...fyne.CanvasObject) (*fyne.Container, *FlowGrid) {
	l := &FlowGrid{}
	return container.New(l, objs...), l
}

// Flowing is a FlowGrid of objs that calls reflow when its height changed.
func Flowing(reflow func(), objs ...fyne.CanvasObject) *fyne.Container {
	c, l := NewFlowGrid(objs...)
	l.Reflow = reflow
	return c
}

func (g *FlowGrid) cell(objs []fyne.CanvasObject) (fyne.Size, int) {
	var cell fyne.Size
	n := 0
	for _, o := range objs {
		if o.Visible() {
			cell = cell.Max(o.MinSize())
			n++
		}
	}
	return cell, n
}

// columns is how many columns of cell fit in width; at least one.
func (g *FlowGrid) columns(cell fyne.Size, width float32) int {
	pad := theme.Padding()
	if cell.Width <= 0 {
		return 1
	}
	return max(1, int((width+pad)/(cell.Width+pad)))
}

func (g *FlowGrid) heightFor(cell fyne.Size, n, cols int) float32 {
	if n == 0 {
		return 0
	}
	rows := (n + cols - 1) / cols
	return float32(rows)*cell.Height + float32(rows-1)*theme.Padding()
}

func (g *FlowGrid) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	cell, n := g.cell(objs)
	cols := min(g.columns(cell, size.Width), max(n, 1))
	pad := theme.Padding()
	w := (size.Width - float32(cols-1)*pad) / float32(cols)
	i := 0
	for _, o := range objs {
		if !o.Visible() {
			continue
		}
		row, col := i/cols, i%cols
		o.Move(fyne.NewPos(float32(col)*(w+pad), float32(row)*(cell.Height+pad)))
		o.Resize(fyne.NewSize(w, cell.Height))
		i++
	}
	g.laidOut(size.Width, g.heightFor(cell, n, cols))
}

func (g *FlowGrid) MinSize(objs []fyne.CanvasObject) fyne.Size {
	cell, n := g.cell(objs)
	cols := 3 // before the first layout: as on a wide form
	if g.width > 0 {
		cols = g.columns(cell, g.width)
	}
	return fyne.NewSize(cell.Width, g.heightFor(cell, n, min(cols, max(n, 1))))
}

// FormWrap is Fyne's form layout (labels in a column, right-aligned, the
// fields beside them) that puts each label above its field when the
// fields would get less than fieldRoom beside the labels.
type FormWrap struct {
	Reflower
}

// fieldRoom is the least width a field gets beside its label; below it the
// labels go above the fields.
const fieldRoom = 300

// NewFormWrap makes a form of label, field pairs.
func NewFormWrap(objs ...fyne.CanvasObject) (*fyne.Container, *FormWrap) {
	l := &FormWrap{}
	return container.New(l, objs...), l
}

// FormLayout is NewFormWrap for a form whose scroll needs no reflow (its
// height does not matter to what is around it, or it is laid out once).
func FormLayout(objs ...fyne.CanvasObject) *fyne.Container {
	c, _ := NewFormWrap(objs...)
	return c
}

type formRow struct {
	label, field fyne.CanvasObject
}

func (f *FormWrap) rows(objs []fyne.CanvasObject) (rows []formRow, labelW, fieldW float32) {
	for i := 0; i+1 < len(objs); i += 2 {
		l, fld := objs[i], objs[i+1]
		if !l.Visible() && !fld.Visible() {
			continue
		}
		rows = append(rows, formRow{l, fld})
		labelW = max(labelW, l.MinSize().Width)
		fieldW = max(fieldW, fld.MinSize().Width)
	}
	return rows, labelW, fieldW
}

// beside says whether the labels stand beside their fields at width.
func (f *FormWrap) beside(labelW, fieldW, width float32) bool {
	return width-labelW-theme.Padding() >= max(fieldW, fieldRoom)
}

func (f *FormWrap) height(rows []formRow, beside bool) float32 {
	pad := theme.Padding()
	var h float32
	for i, r := range rows {
		if i > 0 {
			h += pad
		}
		if beside {
			h += max(r.label.MinSize().Height, r.field.MinSize().Height)
		} else {
			h += r.label.MinSize().Height + r.field.MinSize().Height
		}
	}
	return h
}

func (f *FormWrap) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	rows, labelW, fieldW := f.rows(objs)
	beside := f.beside(labelW, fieldW, size.Width)
	pad := theme.Padding()
	var y float32
	for _, r := range rows {
		lh, fh := r.label.MinSize().Height, r.field.MinSize().Height
		if beside {
			h := max(lh, fh)
			r.label.Move(fyne.NewPos(0, y))
			r.label.Resize(fyne.NewSize(labelW, lh))
			r.field.Move(fyne.NewPos(labelW+pad, y))
			r.field.Resize(fyne.NewSize(size.Width-labelW-pad, h))
			y += h + pad
			continue
		}
		r.label.Move(fyne.NewPos(0, y))
		r.label.Resize(fyne.NewSize(size.Width, lh))
		setAlign(r.label, fyne.TextAlignLeading)
		r.field.Move(fyne.NewPos(0, y+lh))
		r.field.Resize(fyne.NewSize(size.Width, fh))
		y += lh + fh + pad
	}
	if beside {
		for _, r := range rows {
			setAlign(r.label, fyne.TextAlignTrailing)
		}
	}
	f.laidOut(size.Width, f.height(rows, beside))
}

func (f *FormWrap) MinSize(objs []fyne.CanvasObject) fyne.Size {
	rows, labelW, fieldW := f.rows(objs)
	beside := f.width == 0 || f.beside(labelW, fieldW, f.width)
	return fyne.NewSize(max(labelW, fieldW), f.height(rows, beside))
}

// setAlign aligns a form label (or the label in a LabelColumn's box) to
// the field's edge: right beside it, left above it.
func setAlign(o fyne.CanvasObject, a fyne.TextAlign) {
	switch l := o.(type) {
	case *widget.Label:
		if l.Alignment != a {
			l.Alignment = a
			l.Refresh()
		}
	case *fyne.Container:
		if len(l.Objects) == 1 {
			setAlign(l.Objects[0], a)
		}
	}
}

// SideBySide lays out two objects next to each other, the first taking
// Ratio of the width, each as tall as it needs; one above the other when
// the width is less than both need.
type SideBySide struct {
	Reflower
	Ratio float32
}

func (s *SideBySide) fits(objs []fyne.CanvasObject, width float32) bool {
	return width >= objs[0].MinSize().Width+theme.Padding()+objs[1].MinSize().Width
}

func (s *SideBySide) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	if len(objs) != 2 {
		return
	}
	a, b := objs[0], objs[1]
	pad := theme.Padding()
	if !s.fits(objs, size.Width) {
		a.Move(fyne.NewPos(0, 0))
		a.Resize(fyne.NewSize(size.Width, a.MinSize().Height))
		b.Move(fyne.NewPos(0, a.MinSize().Height+pad))
		b.Resize(fyne.NewSize(size.Width, b.MinSize().Height))
		s.laidOut(size.Width, a.MinSize().Height+pad+b.MinSize().Height)
		return
	}
	wa := (size.Width - pad) * s.Ratio
	// Neither side gets less than it needs while the other can spare it.
	if minA := a.MinSize().Width; wa < minA {
		wa = min(minA, size.Width-pad-b.MinSize().Width)
	} else if minB := b.MinSize().Width; size.Width-pad-wa < minB {
		wa = max(size.Width-pad-minB, a.MinSize().Width)
	}
	a.Move(fyne.NewPos(0, 0))
	a.Resize(fyne.NewSize(wa, a.MinSize().Height))
	b.Move(fyne.NewPos(wa+pad, 0))
	b.Resize(fyne.NewSize(size.Width-wa-pad, b.MinSize().Height))
	s.laidOut(size.Width, max(a.MinSize().Height, b.MinSize().Height))
}

func (s *SideBySide) MinSize(objs []fyne.CanvasObject) fyne.Size {
	if len(objs) != 2 {
		return fyne.NewSize(0, 0)
	}
	a, b := objs[0].MinSize(), objs[1].MinSize()
	if s.width > 0 && !s.fits(objs, s.width) {
		return fyne.NewSize(max(a.Width, b.Width), a.Height+theme.Padding()+b.Height)
	}
	return fyne.NewSize(max(a.Width, b.Width), max(a.Height, b.Height))
}

// BesideOrBelow lays out a row of tools at their width and, in the rest of
// the line, a note such as "Alles is opgeslagen"; on a line of its own
// under the tools when the rest of the line is narrower than the note's
// text (Want), so that it is never cut to "All…".
type BesideOrBelow struct {
	Reflower
	Want func() float32 // the width the note needs to show whole
}

func (b *BesideOrBelow) fits(objs []fyne.CanvasObject, width float32) bool {
	return width-objs[0].MinSize().Width-theme.Padding() >= b.Want()
}

func (b *BesideOrBelow) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	if len(objs) != 2 {
		return
	}
	tools, note := objs[0], objs[1]
	tw, th, nh := tools.MinSize().Width, tools.MinSize().Height, note.MinSize().Height
	tools.Move(fyne.NewPos(0, 0))
	if b.fits(objs, size.Width) {
		h := max(th, nh)
		tools.Resize(fyne.NewSize(tw, h))
		note.Move(fyne.NewPos(tw+theme.Padding(), 0))
		note.Resize(fyne.NewSize(size.Width-tw-theme.Padding(), h))
		b.laidOut(size.Width, h)
		return
	}
	tools.Resize(fyne.NewSize(tw, th))
	note.Move(fyne.NewPos(0, th))
	note.Resize(fyne.NewSize(size.Width, nh))
	b.laidOut(size.Width, th+nh)
}

func (b *BesideOrBelow) MinSize(objs []fyne.CanvasObject) fyne.Size {
	if len(objs) != 2 {
		return fyne.NewSize(0, 0)
	}
	t, n := objs[0].MinSize(), objs[1].MinSize()
	if b.width > 0 && !b.fits(objs, b.width) {
		return fyne.NewSize(max(t.Width, n.Width), t.Height+n.Height)
	}
	return fyne.NewSize(t.Width+theme.Padding()+n.Width, max(t.Height, n.Height))
}

// AtMost lays out one object no wider than width, at the left or in the
// middle: a form stays readable on a wide screen instead of stretching its
// fields, and its Opslaan near them; a plan's text keeps lines a reader's
// eye can follow, as on a page.
type AtMost struct {
	Width  float32
	Center bool
}

func (a *AtMost) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		w := min(size.Width, max(a.Width, o.MinSize().Width))
		x := float32(0)
		if a.Center {
			x = (size.Width - w) / 2
		}
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(w, size.Height))
	}
}

func (a *AtMost) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		s = s.Max(o.MinSize())
	}
	return s
}

// MinWidth lays out its objects over its whole size, at least Width wide.
type MinWidth struct{ Width float32 }

func (m *MinWidth) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

func (m *MinWidth) MinSize(objs []fyne.CanvasObject) fyne.Size {
	s := fyne.NewSize(m.Width, 0)
	for _, o := range objs {
		s = s.Max(o.MinSize())
	}
	return s
}

// WithMinWidth gives o at least the width to show the longest of texts,
// for a select whose choices would otherwise be cut off.
func WithMinWidth(o fyne.CanvasObject, texts ...string) fyne.CanvasObject {
	w := float32(0)
	for _, t := range texts {
		w = max(w, fyne.MeasureText(t, theme.TextSize(), fyne.TextStyle{}).Width)
	}
	return container.New(&MinWidth{Width: w + theme.InnerPadding()*4 + theme.IconInlineSize()}, o)
}

// VScroll scrolls o vertically with room at the right, so the scroll bar
// does not cover the fields and buttons along that edge.
func VScroll(o fyne.CanvasObject) *container.Scroll {
	return container.NewVScroll(container.New(layout.NewCustomPaddedLayout(0, 0, 0, 2*theme.Padding()), o))
}
