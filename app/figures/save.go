package figures

import (
	"errors"
	"maps"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"ketenregie/app/say"
	"ketenregie/data"
)

// cellAt names a cell of the grid.
type cellAt struct{ r, c int }

// cellError is why the store refused the figure of one cell.
type cellError struct {
	at  cellAt
	err error
}

func (e *cellError) Error() string { return e.err.Error() }
func (e *cellError) Unwrap() error { return e.err }

// changes are the cells edited and not saved, row by row.
func (s *Screen) changes() []cellAt {
	var out []cellAt
	if s.grid == nil {
		return nil
	}
	for r, cells := range s.grid.cells {
		for c, st := range cells {
			if st.changed() {
				out = append(out, cellAt{r, c})
			}
		}
	}
	return out
}

// invalid are the cells whose text is no count.
func (s *Screen) invalid() []cellAt {
	var out []cellAt
	for _, at := range s.changes() {
		if s.cell(at).problem != "" {
			out = append(out, at)
		}
	}
	return out
}

func (s *Screen) cell(at cellAt) *cellState { return s.grid.cells[at.r][at.c] }

// cellName names cell r, c in a message: "Hoorn, 3e kwartaal 2026".
func (s *Screen) cellName(r, c int) string {
	return s.grid.rows[r].name + ", " + periodText(s.grid.cols[c].period)
}

// save writes the edits, after asking about figures a cleared cell
// deletes. Cells that hold no count stop it, and say so.
func (s *Screen) save() {
	chs := s.changes()
	if len(chs) == 0 || !s.checkCounts() {
		return
	}
	var gone []string
	for _, at := range chs {
		if st := s.cell(at); st.deleting() {
			gone = append(gone, s.cellName(at.r, at.c)+" ("+st.old.count+")")
		}
	}
	if len(gone) == 0 {
		s.write()
		return
	}
	s.Ask(lang.X("figures.delete.title", "Cijfers verwijderen?"),
		say.Count(len(gone), "",
			lang.X("figures.delete.one", "U heeft een cel leeggemaakt. Bij opslaan wordt dit cijfer verwijderd, met zijn bron en toelichting: {{.Cells}}.", map[string]any{"Cells": gone[0]}),
			lang.X("figures.delete.many", "U heeft {{.Count}} cellen leeggemaakt. Bij opslaan worden deze cijfers verwijderd, met hun bron en toelichting: {{.Cells}}.",
				map[string]any{"Count": len(gone), "Cells": strings.Join(gone, "; ")})),
		lang.X("figures.delete.yes", "Verwijderen en opslaan"), lang.X("figures.delete.no", "Terug"),
		func() { s.write() }, nil)
}

// checkCounts reports whether every edited cell holds a count, or is
// empty; if not, it says which does not and selects it.
func (s *Screen) checkCounts() bool {
	bad := s.invalid()
	if len(bad) == 0 {
		return true
	}
	first := bad[0]
	msg := lang.X("figures.invalid.one", "Er is niets opgeslagen: de rode cel bevat geen aantal.")
	if len(bad) > 1 {
		msg = lang.X("figures.invalid.many", "Er is niets opgeslagen: {{.Count}} cellen (rood gemarkeerd) bevatten geen aantal.", map[string]any{"Count": len(bad)})
	}
	s.grid.focus(first.r, first.c)
	s.showMessage(msg, widget.DangerImportance)
	return false
}

// write stores every edited cell in one transaction: all of them, or
// none when the store refuses one (whose cell is then selected and the
// reason shown). It reports whether the edits are saved.
func (s *Screen) write() bool {
	chs := s.changes()
	if len(chs) == 0 {
		return true
	}
	if !s.checkCounts() {
		return false
	}
	var deleted []string
	err := s.Store().Write(s.Ctx(), func(t *data.Tx) error {
		deleted = deleted[:0]
		for _, at := range chs {
			if s.cell(at).deleting() {
				deleted = append(deleted, s.cell(at).id)
			}
			if err := s.writeCell(t, at); err != nil {
				return &cellError{at, err}
			}
		}
		return nil
	})
	if err != nil {
		msg := say.Error(err)
		var ce *cellError
		if errors.As(err, &ce) {
			msg = s.cellName(ce.at.r, ce.at.c) + ": " + msg
			s.grid.focus(ce.at.r, ce.at.c)
		}
		s.showMessage(msg, widget.DangerImportance)
		return false
	}
	var what string
	if len(deleted) == 1 && len(chs) == 1 {
		what = lang.X("figures.deleted", "Het cijfer voor {{.Cell}}", map[string]any{"Cell": s.cellName(chs[0].r, chs[0].c)})
	}
	s.readStore()
	s.fillCells(false)
	s.showCell()
	s.showState()
	s.showMessage(say.Done(say.Count(len(chs), "", lang.X("figures.saved.one", "1 wijziging opgeslagen."),
		lang.X("figures.saved.many", "{{.Count}} wijzigingen opgeslagen.", map[string]any{"Count": len(chs)}))), widget.MediumImportance)
	s.RefreshOthers(s)
	if what != "" {
		s.Deleted(what, data.KindFigure, deleted[0])
	}
	return true
}

// writeCell writes the figure of one edited cell: creates, updates (only
// what changed, so a colleague's edit of another field stays) or deletes it.
func (s *Screen) writeCell(t *data.Tx, at cellAt) error {
	st := s.cell(at)
	switch {
	case st.deleting():
		return t.Delete(data.KindFigure, st.id)
	case st.old.count == "":
		vals := s.grid.rows[at.r].scope()
		maps.Copy(vals, s.measure.fields())
		vals[data.Figure.Period] = s.grid.cols[at.c].period
		vals[data.Figure.Count] = st.count()
		if st.cur.source != "" {
			vals[data.Figure.Source] = st.cur.source
		}
		if st.cur.notes != "" {
			vals[data.Figure.Notes] = st.cur.notes
		}
		_, err := t.Create(data.KindFigure, vals)
		return err
	}
	vals := map[string]string{}
	if n := st.count(); n != st.old.count {
		vals[data.Figure.Count] = n
	}
	if st.cur.source != st.old.source {
		vals[data.Figure.Source] = st.cur.source
	}
	if st.cur.notes != st.old.notes {
		vals[data.Figure.Notes] = st.cur.notes
	}
	return t.Update(data.KindFigure, st.id, vals)
}

// discard throws the edits away: every cell shows what is stored.
func (s *Screen) discard() {
	s.fillCells(false)
	s.hideMessage()
	s.showCell()
	s.showState()
}

// revert asks, then throws the edits away.
func (s *Screen) revert() {
	n := len(s.changes())
	if n == 0 {
		return
	}
	s.Ask(lang.X("figures.revert.title", "Wijzigingen weggooien?"),
		say.Count(n, "", lang.X("figures.revert.one", "De gewijzigde cel krijgt weer het opgeslagen cijfer."),
			lang.X("figures.revert.many", "De {{.Count}} gewijzigde cellen krijgen weer de opgeslagen cijfers.", map[string]any{"Count": n})),
		lang.X("figures.discard.yes", "Weggooien"), lang.X("figures.delete.no", "Terug"), s.discard, nil)
}

// showCell shows the selected cell under the grid: its name, its source
// and notes, and what to know about it.
func (s *Screen) showCell() {
	s.setting = true
	defer func() { s.setting = false }()
	r, c, ok := s.grid.selected()
	if !ok {
		s.cellTitle.SetText(lang.X("figures.cell.none", "Kies een cel om de bron en de toelichting van het cijfer te zien."))
		s.source.SetText("")
		s.notes.SetText("")
		s.source.Disable()
		s.notes.Disable()
		s.historyButton.Disable()
		if s.cellNote.Visible() {
			s.cellNote.Hide()
			s.relayout()
		}
		return
	}
	st := s.grid.cells[r][c]
	if st.id != "" {
		s.historyButton.Enable()
	} else {
		s.historyButton.Disable()
	}
	s.cellTitle.SetText(s.cellName(r, c))
	s.source.SetText(st.cur.source)
	s.notes.SetText(st.cur.notes)
	if st.empty() {
		s.source.Disable()
		s.notes.Disable()
	} else {
		s.source.Enable()
		s.notes.Enable()
	}
	s.showCellNote(r, c)
}

// showCellNote says under the grid what to know about cell r, c: a count
// that cannot be saved, a cell being emptied, a small count, or notes
// that seem to name a person.
func (s *Screen) showCellNote(r, c int) {
	st := s.grid.cells[r][c]
	note, imp := "", widget.MediumImportance
	switch {
	case st.problem != "":
		note, imp = st.problem+". "+lang.X("figures.cell.problem", "Typ een heel getal, 0 of meer, of maak de cel leeg; zo kan er niet worden opgeslagen."), widget.DangerImportance
	case st.deleting():
		note = lang.X("figures.cell.deleting", "Deze cel is leeggemaakt: bij opslaan wordt het cijfer {{.Count}} verwijderd, met zijn bron en toelichting.", map[string]any{"Count": st.old.count})
	case st.empty():
		note = lang.X("figures.cell.empty", "Typ eerst een aantal: een bron en een toelichting horen bij een aantal.")
	case data.MentionsPerson(st.cur.notes) != "" || data.MentionsPerson(st.cur.source) != "":
		who := data.MentionsPerson(st.cur.notes)
		if who == "" {
			who = data.MentionsPerson(st.cur.source)
		}
		note, imp = lang.X("figures.cell.person", "Let op: “{{.Who}}” lijkt een persoon te noemen. Een cijfer is een aantal: noem geen slachtoffers, verdachten of cliënten.", map[string]any{"Who": who}), widget.WarningImportance
	case st.small() && s.grid.rows[r].cluster == "":
		note = lang.X("figures.cell.small", "Een klein aantal voor één gemeente kan naar personen wijzen. Noem het in een rapport liever als ‘minder dan 5’, of tel het op bij het cluster.")
	}
	if note == s.cellNote.Text && imp == s.cellNote.Importance && s.cellNote.Hidden == (note == "") {
		return
	}
	s.cellNote.Importance = imp
	s.cellNote.SetText(note)
	s.cellNote.Hidden = note == ""
	s.relayout() // a wrapped line's height goes with its text
}

// relayout gives a line under the grid that came or went its room.
func (s *Screen) relayout() {
	for _, c := range []*fyne.Container{s.panel, s.body} {
		if c != nil {
			c.Refresh()
		}
	}
}

// cellEdited follows a count typed or pasted into cell r, c.
func (s *Screen) cellEdited(r, c int) {
	s.hideMessage()
	if sr, sc, ok := s.grid.selected(); ok && sr == r && sc == c {
		s.showCell()
	}
	s.showState()
}

// detailsTyped takes the source and notes typed for the selected cell.
func (s *Screen) detailsTyped() {
	r, c, ok := s.grid.selected()
	if s.setting || !ok {
		return
	}
	st := s.grid.cells[r][c]
	st.cur.source, st.cur.notes = s.source.Text, s.notes.Text
	s.grid.views[r][c].Refresh()
	s.hideMessage()
	s.showCellNote(r, c)
	s.showState()
}

// showState offers Opslaan and Wijzigingen weggooien when there are edits,
// and says how many.
func (s *Screen) showState() {
	n := len(s.changes())
	if n == 0 {
		s.saveButton.Disable()
		s.revertButton.Disable()
		s.status.SetText("")
		return
	}
	s.saveButton.Enable()
	s.revertButton.Enable()
	s.status.SetText(say.Count(n, "", lang.X("figures.status.one", "1 cel gewijzigd, nog niet opgeslagen"),
		lang.X("figures.status.many", "{{.Count}} cellen gewijzigd, nog niet opgeslagen", map[string]any{"Count": n})))
}

// showMessage says under the grid what went wrong or was done.
func (s *Screen) showMessage(text string, imp widget.Importance) {
	s.message.Importance = imp
	s.message.SetText(text)
	s.message.Show()
	s.relayout()
}

func (s *Screen) hideMessage() {
	if s.message.Visible() {
		s.message.Hide()
		s.relayout()
	}
}
