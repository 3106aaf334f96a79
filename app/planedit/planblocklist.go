package planedit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// blockList lays out the blocks of a chapter one under the other. Unlike
// a VBox, refreshing it lays the rows out again without refreshing every
// block, so a block that grows while typed in does not redraw the chapter.
type blockList struct {
	widget.BaseWidget
	t    *chapterText
	objs []fyne.CanvasObject
}

func newBlockList(t *chapterText) *blockList {
	l := &blockList{t: t}
	l.ExtendBaseWidget(l)
	return l
}

// setRows shows the chapter's blocks anew.
func (l *blockList) setRows(blocks []*blockEditor) {
	l.objs = make([]fyne.CanvasObject, len(blocks))
	for i, b := range blocks {
		l.objs[i] = b.row
	}
	l.relayout()
	l.t.updateTools()
}

// relayout lays the rows out again and tells the scroll the new height.
func (l *blockList) relayout() { l.t.scroll.Refresh() }

// place gives every block its place at width and returns the height of all.
// A row is as tall as its text or its menu button, whichever is taller (its
// Border layout's height); the button's height is measured once a layout,
// not once a row.
func (l *blockList) place(width float32) float32 {
	var y, menu float32
	for i, b := range l.t.blocks {
		if i == 0 {
			menu = b.menu.MinSize().Height
		}
		b.y = y
		if width > 0 && b.row.Size().Width != width {
			b.row.Resize(fyne.NewSize(width, max(b.view.MinSize().Height, menu)))
		}
		b.h = max(b.view.MinSize().Height, menu)
		y += b.h
	}
	return y
}

func (l *blockList) CreateRenderer() fyne.WidgetRenderer { return &blockListRenderer{l: l} }

type blockListRenderer struct{ l *blockList }

func (r *blockListRenderer) Destroy() {}

func (r *blockListRenderer) Objects() []fyne.CanvasObject { return r.l.objs }

func (r *blockListRenderer) MinSize() fyne.Size {
	return fyne.NewSize(100, r.l.place(min(r.l.t.scroll.Size().Width, planTextWidth)))
}

func (r *blockListRenderer) Layout(size fyne.Size) {
	r.l.place(size.Width)
	for _, b := range r.l.t.blocks {
		b.row.Move(fyne.NewPos(0, b.y))
		b.row.Resize(fyne.NewSize(size.Width, b.h))
	}
}

func (r *blockListRenderer) Refresh() {
	r.Layout(r.l.Size())
	canvas.Refresh(r.l)
}

// headingScale is how much larger a sub-heading's text is.
const headingScale = 1.2

// The bold and italic icons (after Material Design's format_bold and
// format_italic, Apache 2.0), drawn in the theme's text colour.
var (
	boldIcon   = theme.NewThemedResource(fyne.NewStaticResource("bold.svg", []byte(`<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"><path fill="#000000" d="M15.6 10.79c.97-.67 1.65-1.77 1.65-2.79 0-2.26-1.75-4-4-4H7v14h7.04c2.09 0 3.71-1.7 3.71-3.79 0-1.52-.86-2.82-2.15-3.42zM10 6.5h3c.83 0 1.5.67 1.5 1.5s-.67 1.5-1.5 1.5h-3v-3zm3.5 9H10v-3h3.5c.83 0 1.5.67 1.5 1.5s-.67 1.5-1.5 1.5z"/></svg>`)))
	italicIcon = theme.NewThemedResource(fyne.NewStaticResource("italic.svg", []byte(`<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"><path fill="#000000" d="M10 4v3h2.21l-3.42 8H6v3h8v-3h-2.21l3.42-8H18V4z"/></svg>`)))
)
