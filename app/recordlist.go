package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ketenregie/app/kit"
)

// recordList is the list half of a list-and-form screen: a row of two
// lines per record, like the Contacten screen's, the first cell in bold and
// the others after it on the second line, each in the colour of its
// importance (an overdue date in red). Titles of agreements and names of
// organisations are long; this way they get the full width.
type recordList struct {
	ids   []string // the record of each row
	rows  [][]kit.Cell
	cells func(i int) []kit.Cell // the cells of row i, read as the row is shown (setLazy); nil: rows
	list  *widget.List

	onSelected func(id string) // the user picked a row
	syncing    bool            // the selection is being set by code
	selected   string
}

// detailCells is how many cells a row shows on its second line, at most.
const detailCells = 4

func newRecordList(e *env, onSelected func(id string)) *recordList {
	l := &recordList{onSelected: onSelected}
	l.list = widget.NewList(func() int { return len(l.ids) }, newRecordRow, l.updateRow)
	l.list.OnSelected = kit.Safe1(e, func(i widget.ListItemID) {
		if l.syncing || i < 0 || i >= len(l.ids) {
			return
		}
		if l.onSelected != nil {
			l.onSelected(l.ids[i])
		}
	})
	return l
}

// newRecordRow is the template of a row: a bold line, and under it up to
// detailCells texts separated by dots.
func newRecordRow() fyne.CanvasObject {
	segs := []widget.RichTextSegment{&widget.TextSegment{Text: "Titel", Style: widget.RichTextStyle{
		ColorName: theme.ColorNameForeground, SizeName: theme.SizeNameText, TextStyle: fyne.TextStyle{Bold: true}}}}
	for i := 0; i < 2*detailCells-1; i++ {
		segs = append(segs, &widget.TextSegment{Text: "", Style: widget.RichTextStyle{
			ColorName: theme.ColorNamePlaceHolder, SizeName: theme.SizeNameText, Inline: true}})
	}
	rt := widget.NewRichText(segs...)
	rt.Truncation = fyne.TextTruncateEllipsis
	return rt
}

func (l *recordList) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	rt := o.(*widget.RichText)
	var row []kit.Cell
	switch {
	case i < 0 || i >= len(l.ids):
	case l.cells != nil:
		row = l.cells(i)
	case i < len(l.rows):
		row = l.rows[i]
	}
	for j := range rt.Segments {
		rt.Segments[j].(*widget.TextSegment).Text = ""
	}
	if len(row) > 0 {
		rt.Segments[0].(*widget.TextSegment).Text = row[0].Text
	}
	// The second line: cells that have text, with " · " between them.
	seg := 1
	for _, c := range row[min(1, len(row)):] {
		if c.Text == "" || seg >= len(rt.Segments) {
			continue
		}
		if seg > 1 {
			rt.Segments[seg].(*widget.TextSegment).Text = " · "
			rt.Segments[seg].(*widget.TextSegment).Style.ColorName = theme.ColorNamePlaceHolder
			seg++
		}
		t := rt.Segments[seg].(*widget.TextSegment)
		t.Text = c.Text
		t.Style.ColorName = importanceColor(c.Importance)
		seg++
	}
	if seg == 1 { // keep the row two lines high
		rt.Segments[1].(*widget.TextSegment).Text = " "
	}
	rt.Refresh()
}

// importanceColor is the text colour of a cell's importance on a second line.
func importanceColor(i widget.Importance) fyne.ThemeColorName {
	switch i {
	case widget.DangerImportance:
		return theme.ColorNameError
	case widget.WarningImportance:
		return theme.ColorNameWarning
	case widget.SuccessImportance:
		return theme.ColorNameSuccess
	case widget.HighImportance:
		return theme.ColorNamePrimary
	}
	return theme.ColorNamePlaceHolder
}

// setRows shows rows, one per id, and keeps the selected record selected
// when it is still among them.
func (l *recordList) setRows(ids []string, rows [][]kit.Cell) {
	l.ids, l.rows, l.cells = ids, rows, nil
	l.list.Refresh()
	l.selectID(l.selected)
}

// setLazy shows a row for each id, asking cells for a row's cells only as
// it comes into view: a list of 50,000 contacts reads only the rows shown.
func (l *recordList) setLazy(ids []string, cells func(i int) []kit.Cell) {
	l.ids, l.rows, l.cells = ids, nil, cells
	l.list.Refresh()
	l.selectID(l.selected)
}

// selectID marks record id (none when "") without calling onSelected.
func (l *recordList) selectID(id string) {
	l.syncing = true
	defer func() { l.syncing = false }()
	l.selected = id
	if i := l.index(id); id != "" && i >= 0 {
		l.list.Select(i)
		l.list.ScrollTo(i)
		return
	}
	l.list.UnselectAll()
}

// index is the row of record id, or -1.
func (l *recordList) index(id string) int {
	for i, x := range l.ids {
		if x == id {
			return i
		}
	}
	return -1
}

// text returns the text of every row, its cells joined by " | ", for tests.
func (l *recordList) text() []string {
	return kit.RowsText(l.rows)
}
