package figures

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"ketenregie/app/say"
	"ketenregie/data"
)

// pasted is a block of cells copied from a spreadsheet (Excel, LibreOffice,
// Google Sheets): rows of tab-separated cells.
type pasted [][]string

// readBlock splits the text a spreadsheet puts on the clipboard into
// rows and cells. The line end after the last row is left out.
func readBlock(text string) pasted {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	text = strings.TrimRight(text, "\n")
	if text == "" {
		return nil
	}
	var out pasted
	for _, line := range strings.Split(text, "\n") {
		cells := strings.Split(line, "\t")
		for i, c := range cells {
			cells[i] = strings.TrimSpace(strings.Trim(c, `"`))
		}
		out = append(out, cells)
	}
	return out
}

// isCount says whether text is a count or empty.
func isCount(text string) bool {
	_, problem := parseCount(text)
	return problem == ""
}

// paste fills cells from the block on the clipboard, from cell r, c on.
// A header row of periods puts each column under its period, and a first
// column of names each row in the row of its municipality or cluster;
// without them the block fills the grid from the cell selected, right
// and down. What lands outside the grid, or names nothing in it, is left
// out and said.
func (s *Screen) paste(r, c int, text string) {
	sh := s.grid
	block := readBlock(text)
	if len(block) == 0 {
		return
	}
	if len(block) == 1 && len(block[0]) == 1 {
		sh.edit(r, c, block[0][0])
		return
	}
	// a header: a first row of periods, or of words and no counts (a row
	// with a count and a word, "12  n.b.", is figures, the word a mistake
	// to show, not a header to drop)
	var cols []int // the grid's column of each column of the block; -1: none
	header := false
	if len(block) > 1 {
		matched, words, counts := 0, 0, 0
		for j, cell := range block[0] {
			switch {
			case cell == "":
			case s.columnOf(cell) >= 0:
				matched++
			case isCount(cell):
				counts++
			case j > 0:
				words++
			}
		}
		header = matched > 0 || words > 0 && counts == 0
	}
	rows := block
	if header {
		rows = block[1:]
	}
	// a first column of names: text that is no count
	names := false
	for _, cells := range rows {
		if cells[0] != "" && !isCount(cells[0]) {
			names = true
		}
	}
	first := 0
	if names {
		first = 1
	}
	var unknown []string
	if header {
		any := false
		for j, cell := range block[0] {
			col := -1
			if j >= first {
				col = s.columnOf(cell)
				if col < 0 && cell != "" {
					unknown = append(unknown, cell)
				}
			}
			any = any || col >= 0
			cols = append(cols, col)
		}
		if !any { // words over the counts that name no period: by place
			cols, unknown = nil, nil
		}
	}
	if cols == nil {
		for j := range block[0] {
			cols = append(cols, c+j-first)
		}
	}
	filled, outside := 0, 0
	for i, cells := range rows {
		rr := r + i
		if names {
			if rr = s.rowOf(cells[0]); rr < 0 {
				unknown = append(unknown, cells[0])
				continue
			}
		}
		for j := first; j < len(cells); j++ {
			cc := -1
			if j < len(cols) {
				cc = cols[j]
			}
			if j >= len(cols) && !header {
				cc = c + j - first
			}
			if rr < 0 || rr >= len(sh.rows) || cc < 0 || cc >= len(sh.cols) {
				if cells[j] != "" {
					outside++
				}
				continue
			}
			sh.cells[rr][cc].setCount(cells[j])
			filled++
		}
	}
	sh.refresh()
	s.showCell()
	s.showState()
	msg := say.Count(filled, lang.X("figures.paste.none", "Er is niets geplakt."), lang.X("figures.paste.one", "1 cel geplakt."),
		lang.X("figures.paste.many", "{{.Count}} cellen geplakt.", map[string]any{"Count": filled}))
	imp := widget.MediumImportance
	if len(unknown) > 0 {
		msg += " " + lang.X("figures.paste.unknown", "Niet in het raster: {{.Names}}.", map[string]any{"Names": strings.Join(unknown, ", ")})
		imp = widget.WarningImportance
	}
	if outside > 0 {
		msg += " " + say.Count(outside, "", lang.X("figures.paste.outside.one", "1 waarde viel buiten het raster."),
			lang.X("figures.paste.outside.many", "{{.Count}} waarden vielen buiten het raster.", map[string]any{"Count": outside}))
		imp = widget.WarningImportance
	}
	if len(s.invalid()) > 0 {
		msg += " " + lang.X("figures.paste.invalid", "Rood gemarkeerde cellen bevatten geen aantal.")
		imp = widget.WarningImportance
	}
	s.showMessage(msg, imp)
}

// columnOf is the grid's column of a period as a header names it: 2025-Q3,
// Q3 2025, 3e kwartaal 2025, jul-25; without a year (Q3, K3, juli) the
// year shown; or the header as the grid has it. -1 for none.
func (s *Screen) columnOf(head string) int {
	cols := s.grid.cols
	if head = strings.TrimSpace(head); head == "" {
		return -1
	}
	find := func(p string) int {
		for i, c := range cols {
			if c.period == p {
				return i
			}
		}
		return -1
	}
	if p, ok := data.ParsePeriod(head); ok {
		return find(p)
	}
	if s.mode != Years {
		if p, ok := data.ParsePeriod(head + " " + strconv.Itoa(s.year)); ok {
			return find(p)
		}
	}
	key := data.ChoiceKey(head)
	for i, c := range cols {
		if key == data.ChoiceKey(c.head) || key == data.ChoiceKey(periodText(c.period)) || key == data.ChoiceKey(data.FormatPeriod(c.period)) {
			return i
		}
		if c.total {
			switch key {
			case "jaar", "totaal", "year", "total":
				return i
			}
		}
	}
	return -1
}

// rowOf is the grid's row of a municipality (by name or CBS code) or a
// cluster (by name); -1 for none.
func (s *Screen) rowOf(name string) int {
	key := data.ChoiceKey(name)
	for i, r := range s.grid.rows {
		if data.ChoiceKey(r.name) == key {
			return i
		}
	}
	if id, ok := s.index.Find(name); ok {
		for i, r := range s.grid.rows {
			if r.muni == id {
				return i
			}
		}
	}
	return -1
}
