package app

import (
	"errors"
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
)

// maxHistory is how many measurements the history grid shows side by side,
// the newest first; older ones open from their date buttons.
const maxHistory = 5

// assessmentPanel is the Zelfevaluatie tab of a municipality: the history
// of its measurements (checklist items by date, coloured by level), and an
// editor for a new measurement or for correcting an earlier one. A
// measurement is the assessment records of one date, one per item; saving
// writes them all in one transaction.
type assessmentPanel struct {
	d *municipalityDetail
	kit.FormState
	muni data.Record
	recs []data.Record
	meas []measurement

	newButton   *widget.Button
	dateButtons *fyne.Container
	note        *widget.Label
	grid        *fyne.Container
	info        *kit.QuietText
	infoHint    string
	history     fyne.CanvasObject

	editing      bool
	editDate     string // the measurement being corrected; "" for a new one
	heading      *widget.Label
	date         *kit.TextEntry
	dateMarked   bool // the date field is marked as wrong
	hint         *kit.QuietText
	rows         []*assessmentRow
	rowBoxes     []fyne.CanvasObject // the rows as laid out, to scroll to one
	scroll       *container.Scroll
	deleteButton *widget.Button
	editor       fyne.CanvasObject

	content *fyne.Container
}

// assessmentRow is one checklist item in the editor.
type assessmentRow struct {
	item  string
	rec   data.Record // the item's record in the measurement being corrected
	prev  *kit.QuietText
	level *widget.RadioGroup
	note  *kit.TextEntry
	del   *widget.Button
}

func newAssessmentPanel(d *municipalityDetail) *assessmentPanel {
	p := &assessmentPanel{d: d}
	p.Values = p.fields
	d.m.KeepDrafts(data.KindAssessment, &p.FormState, func() string { return say.Join(" ", data.KindAssessment, d.rec.Get(data.Municipality.Name)) })
	p.CanSave = func() bool { return p.editDate == "" || p.dirty() }
	short := d.m.shortcut

	p.newButton = widget.NewButtonWithIcon(lang.X("assessment.new", "Nieuwe meting"), theme.ContentAddIcon(), func() {
		p.whenDiscarded(p.startNew)
	})
	p.newButton.Importance = widget.HighImportance
	p.dateButtons = container.NewHBox()
	p.note = kit.MessageLabel()
	p.grid = container.New(&historyLayout{})
	p.infoHint = lang.X("assessment.history.hint", "Wijs een cel aan voor de toelichting; klik op een datum of cel om die meting te wijzigen.")
	p.info = kit.NewQuietText(p.infoHint)
	top := container.NewVBox(container.NewBorder(nil, nil, p.newButton, nil, container.NewHScroll(p.dateButtons)), p.note)
	p.history = container.NewBorder(top, nil, nil, nil, container.NewVScroll(container.NewVBox(p.grid, p.info)))

	p.heading = kit.Subheading("")
	p.date = kit.NewTextEntry(short)
	p.date.SetPlaceHolder(lang.X("assessment.date.hint", "dd-mm-jjjj"))
	p.date.AlwaysShowValidationError = true
	p.date.OnChanged = func(string) {
		if p.dateMarked && !p.Loading {
			p.date.SetValidationError(nil)
			p.dateMarked = false
		}
		p.Changed()
	}
	todayButton := widget.NewButton(lang.X("assessment.today", "Vandaag"), func() {
		p.date.SetText(p.d.m.store.Now().Format("02-01-2006"))
	})
	dateLabel := widget.NewLabel(lang.X("assessment.date", "Datum van de meting *"))
	dateBox := container.New(layout.NewGridWrapLayout(fyne.NewSize(150, p.date.MinSize().Height)), p.date)
	p.hint = kit.NewQuietText("")

	options := make([]string, len(data.AssessmentLevels))
	for i, l := range data.AssessmentLevels {
		options[i] = say.Level(l.Code)
	}
	for _, it := range data.Checklist {
		r := &assessmentRow{item: it.Code}
		title := kit.Subheading(say.Item(it.Code))
		r.prev = kit.NewQuietText("").Unwrapped()
		r.level = widget.NewRadioGroup(options, func(string) { p.Changed() })
		r.level.Horizontal = true
		r.note = kit.NewTextEntry(short)
		r.note.SetPlaceHolder(lang.X("assessment.note.hint", "Toelichting"))
		r.note.OnChanged = func(string) { p.Changed() }
		r.del = widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { p.deleteRow(r) })
		r.del.Importance = widget.LowImportance
		d.m.Guard(r.level, r.note, r.del)
		p.rows = append(p.rows, r)
		p.rowBoxes = append(p.rowBoxes, container.NewVBox(
			container.NewBorder(nil, nil, nil, r.prev, title),
			container.NewBorder(nil, nil, r.level, r.del, r.note),
			widget.NewSeparator()))
	}
	p.Message = kit.MessageLabel()
	p.SaveButton = widget.NewButtonWithIcon(lang.X("assessment.save", "Opslaan"), theme.DocumentSaveIcon(), p.save)
	p.SaveButton.Importance = widget.HighImportance
	cancel := widget.NewButtonWithIcon(lang.X("assessment.cancel", "Annuleren"), theme.CancelIcon(), func() { p.whenDiscarded(p.close) })
	p.deleteButton = widget.NewButtonWithIcon(lang.X("assessment.delete", "Meting verwijderen"), theme.DeleteIcon(), p.confirmDelete)
	p.deleteButton.Importance = widget.DangerImportance
	d.m.Guard(p.newButton, p.date, todayButton, p.SaveButton, cancel, p.deleteButton)
	head := container.NewVBox(p.heading, container.NewHBox(dateLabel, dateBox, todayButton), p.hint)
	buttons := container.NewHBox(cancel, layout.NewSpacer(), p.deleteButton, p.SaveButton)
	p.scroll = container.NewVScroll(container.NewVBox(p.rowBoxes...))
	p.editor = container.NewBorder(head, container.NewVBox(p.Message, buttons), nil, nil, p.scroll)
	p.Panel = p.editor

	p.content = container.NewStack(p.history)
	return p
}

// open shows a municipality's history, closing any editor.
func (p *assessmentPanel) open(muni data.Record) {
	p.muni = muni
	p.read()
	p.setNote("", widget.MediumImportance)
	p.close()
}

// refresh rereads the assessments; an editor with unsaved edits stays,
// an untouched one is reloaded.
func (p *assessmentPanel) refresh(muni data.Record) {
	p.muni = muni
	dirty := p.dirty()
	p.read()
	p.showHistory()
	switch {
	case !p.editing || dirty:
	case p.editDate == "":
		p.startNew()
	default:
		p.edit(p.editDate)
	}
}

// read loads the municipality's assessments.
func (p *assessmentPanel) read() {
	m := p.d.m
	recs, err := m.store.ListWhere(m.ctx, data.KindAssessment, data.Assessment.MunicipalityID, p.muni.ID)
	if err != nil {
		fyne.LogError("list assessments", err)
	}
	p.recs = recs
	p.meas = measurements(recs)
}

func (p *assessmentPanel) setNote(text string, importance widget.Importance) {
	p.note.Importance = importance
	p.note.SetText(text)
	switch {
	case text == "" && p.note.Visible():
		p.note.Hide()
		p.history.Refresh() // take back the note's room
	case text != "" && !p.note.Visible():
		p.note.Show()
		p.history.Refresh() // make room for the note
	}
}

// showHistory fills the date buttons and the grid of the newest
// measurements.
func (p *assessmentPanel) showHistory() {
	retired := p.muni.Get(data.Municipality.Retired) == "true"
	if retired {
		p.newButton.Disable()
	} else {
		p.newButton.Enable()
	}
	var buttons []fyne.CanvasObject
	for _, ms := range p.meas {
		date := ms.date
		b := widget.NewButton(data.FormatDate(date), func() { p.whenDiscarded(func() { p.edit(date) }) })
		b.Importance = widget.LowImportance
		p.d.m.Guard(b)
		buttons = append(buttons, b)
	}
	p.dateButtons.Objects = buttons
	p.dateButtons.Refresh()

	shown := p.meas[:min(len(p.meas), maxHistory)]
	l := p.grid.Layout.(*historyLayout)
	l.cols = len(shown)
	var objs []fyne.CanvasObject
	corner := newGridCell(lang.X("assessment.history.item", "Onderdeel"))
	corner.bold, corner.align = true, fyne.TextAlignLeading
	objs = append(objs, corner)
	for _, ms := range shown {
		date := ms.date
		h := newGridCell(data.FormatDate(date))
		h.bold = true
		h.onTap = func() { p.whenDiscarded(func() { p.edit(date) }) }
		objs = append(objs, h)
	}
	for _, it := range data.Checklist {
		label := newGridCell(say.Item(it.Code))
		label.align = fyne.TextAlignLeading
		label.fit = true
		full := say.Item(it.Code)
		label.onHover = func(in bool) { p.hover(in, full) }
		objs = append(objs, label)
		for j, ms := range shown {
			c := newGridCell("")
			r, ok := ms.byItem[it.Code]
			level, move := "", 0
			if ok {
				level = r.Get(data.Assessment.Level)
				if j+1 < len(p.meas) {
					if before, ok := p.meas[j+1].byItem[it.Code]; ok {
						move = itemState{cur: r, prev: before}.movement()
					}
				}
			}
			c.setLevel(level, move)
			date, item := ms.date, it.Code
			c.onTap = func() { p.whenDiscarded(func() { p.edit(date) }) }
			c.onHover = func(in bool) { p.hover(in, p.cellInfo(item, r, ok, date)) }
			objs = append(objs, c)
		}
	}
	p.grid.Objects = objs
	p.grid.Refresh()
	switch {
	case len(p.meas) == 0 && retired:
		p.info.SetText(lang.X("assessment.history.retired", "Deze gemeente is opgeheven en heeft geen metingen."))
	case len(p.meas) == 0:
		p.info.SetText(lang.X("assessment.history.none", "Er is nog geen meting van deze gemeente. Kies Nieuwe meting (Ctrl+N) om de eerste, de 0-meting, vast te leggen."))
	default:
		p.info.SetText(p.infoHint)
	}
	if len(p.meas) == 0 {
		p.grid.Hide()
	} else {
		p.grid.Show()
	}
}

func (p *assessmentPanel) hover(in bool, text string) {
	if !in || len(p.meas) == 0 {
		text = p.infoHint
	}
	p.info.SetText(text)
}

// cellInfo describes one cell of the history.
func (p *assessmentPanel) cellInfo(item string, r data.Record, ok bool, date string) string {
	args := map[string]any{"Item": say.Item(item), "Date": data.FormatDate(date)}
	if !ok {
		return lang.X("assessment.history.missing", "{{.Item}}: niet gemeten op {{.Date}}.", args)
	}
	args["Level"] = say.Level(r.Get(data.Assessment.Level))
	text := lang.X("assessment.history.cell", "{{.Item}} op {{.Date}}: {{.Level}}", args)
	if note := r.Get(data.Assessment.Note); note != "" {
		text += " · " + note
	}
	return text
}

// startNew opens the editor for a new measurement dated today, each item
// prefilled with the level of its latest assessment.
func (p *assessmentPanel) startNew() {
	if p.muni.Get(data.Municipality.Retired) == "true" {
		return
	}
	states := itemStates(p.recs)
	p.Loading = true
	p.editing, p.editDate = true, ""
	p.heading.SetText(lang.X("assessment.heading.new", "Nieuwe meting van {{.Name}}", map[string]any{"Name": p.muni.Get(data.Municipality.Name)}))
	p.date.SetText(p.d.m.store.Now().Format("02-01-2006"))
	if len(p.recs) > 0 {
		p.hint.SetText(lang.X("assessment.hint.prefilled", "Elk onderdeel staat op het niveau van de vorige meting. Pas aan wat veranderd is en licht dat toe."))
	} else {
		p.hint.SetText(lang.X("assessment.hint.first", "Dit is de eerste meting (0-meting) van deze gemeente: kies per onderdeel een niveau."))
	}
	for _, r := range p.rows {
		st := states[r.item]
		r.rec = data.Record{}
		r.level.SetSelected(say.Level(st.cur.Get(data.Assessment.Level)))
		r.note.SetText("")
		p.setPrev(r, st.cur)
		r.del.Hide()
	}
	p.deleteButton.Hide()
	p.openEditor()
}

// edit opens the measurement of date for correction.
func (p *assessmentPanel) edit(date string) {
	var ms measurement
	found := false
	for _, x := range p.meas {
		if x.date == date {
			ms, found = x, true
		}
	}
	if !found {
		p.close()
		return
	}
	p.Loading = true
	p.editing, p.editDate = true, date
	p.heading.SetText(lang.X("assessment.heading.edit", "Meting van {{.Date}} van {{.Name}}",
		map[string]any{"Date": data.FormatDate(date), "Name": p.muni.Get(data.Municipality.Name)}))
	p.date.SetText(data.FormatDate(date))
	p.hint.SetText(lang.X("assessment.hint.edit", "U corrigeert een eerdere meting. Een onderdeel zonder niveau wordt bij het opslaan uit deze meting verwijderd."))
	for _, r := range p.rows {
		r.rec = ms.byItem[r.item]
		r.level.SetSelected(say.Level(r.rec.Get(data.Assessment.Level)))
		r.note.SetText(r.rec.Get(data.Assessment.Note))
		p.setPrev(r, p.before(r.item, date))
		if r.rec.ID != "" {
			r.del.Show()
		} else {
			r.del.Hide()
		}
	}
	p.deleteButton.Show()
	p.openEditor()
}

// before is the newest assessment of item dated before date.
func (p *assessmentPanel) before(item, date string) data.Record {
	for _, ms := range p.meas {
		if ms.date < date {
			if r, ok := ms.byItem[item]; ok {
				return r
			}
		}
	}
	return data.Record{}
}

func (p *assessmentPanel) setPrev(r *assessmentRow, prev data.Record) {
	if prev.ID == "" {
		r.prev.SetText("")
		return
	}
	r.prev.SetText(lang.X("assessment.previous", "vorige: {{.Level}} ({{.Date}})",
		map[string]any{"Level": say.Level(prev.Get(data.Assessment.Level)), "Date": data.FormatDate(prev.Get(data.Assessment.Date))}))
}

// openEditor shows the editor after its fields are filled.
func (p *assessmentPanel) openEditor() {
	p.EndLoad()
	p.clearMessage()
	p.setNote("", widget.MediumImportance)
	p.content.Objects = []fyne.CanvasObject{p.editor}
	p.content.Refresh()
	p.scroll.ScrollToTop()
	p.Changed()
}

// close goes back to the history.
func (p *assessmentPanel) close() {
	p.editing, p.editDate, p.Loaded = false, "", nil
	p.clearMessage()
	p.showHistory()
	p.content.Objects = []fyne.CanvasObject{p.history}
	p.content.Refresh()
}

// fields are the editor's fields, to tell whether they changed.
func (p *assessmentPanel) fields() map[string]string {
	v := map[string]string{data.Assessment.Date: p.date.Text}
	for _, r := range p.rows {
		v["level:"+r.item] = levelCode(r.level.Selected)
		v["note:"+r.item] = r.note.Text
	}
	return v
}

// levelCode is the code of a level as the editor shows it.
func levelCode(label string) string {
	for _, l := range data.AssessmentLevels {
		if say.Level(l.Code) == label {
			return l.Code
		}
	}
	return ""
}

// dirty reports unsaved edits in the editor. A correction can be saved
// once something changed; a new measurement can always be saved (canSave),
// prefilled as it is.
func (p *assessmentPanel) dirty() bool {
	return p.editing && p.FormState.Edited()
}

// unsaved is the question before throwing the edits away.
func (p *assessmentPanel) unsaved() string {
	if p.editDate == "" {
		return lang.X("assessment.discard.new", "De nieuwe meting van {{.Name}} is nog niet opgeslagen. Wilt u deze gegevens weggooien?",
			map[string]any{"Name": p.muni.Get(data.Municipality.Name)})
	}
	return lang.X("assessment.discard.edit", "U heeft de meting van {{.Date}} van {{.Name}} gewijzigd maar niet opgeslagen. Wilt u deze wijzigingen weggooien?",
		map[string]any{"Date": data.FormatDate(p.editDate), "Name": p.muni.Get(data.Municipality.Name)})
}

// revert gives up the edits and goes back to the history.
func (p *assessmentPanel) revert() {
	if p.editing {
		p.close()
	}
}

// whenDiscarded runs then at once when the editor holds nothing unsaved,
// and otherwise after the user agreed to throw the edits away.
func (p *assessmentPanel) whenDiscarded(then func()) {
	if !p.dirty() {
		then()
		return
	}
	p.d.m.Ask(lang.X("municipalities.discard.title", "Wijzigingen niet opgeslagen"), p.unsaved(),
		lang.X("municipalities.discard.yes", "Weggooien"), lang.X("municipalities.discard.no", "Terug naar het formulier"),
		func() {
			p.revert()
			then()
		}, nil)
}

// fail shows why the measurement was not saved, marking the date field
// when that is at fault.
func (p *assessmentPanel) fail(msg string, dateAtFault bool) {
	p.ShowMessage(msg, widget.DangerImportance)
	if dateAtFault {
		p.date.SetValidationError(errors.New(msg))
		p.dateMarked = true
	}
}

// clearMessage takes the message and the date's error mark away.
func (p *assessmentPanel) clearMessage() {
	p.FormState.ClearMessage()
	p.date.SetValidationError(nil)
	p.dateMarked = false
}

// save checks the editor and writes the measurement: one record per item,
// all in one transaction. On an error nothing is saved and the editor
// says what to correct.
func (p *assessmentPanel) save() {
	if !p.editing || (p.editDate != "" && !p.dirty()) {
		return
	}
	p.clearMessage()
	m := p.d.m
	text := strings.TrimSpace(p.date.Text)
	if text == "" {
		p.fail(lang.X("assessment.error.nodate", "Vul de datum van de meting in (dd-mm-jjjj)."), true)
		return
	}
	date, ok := data.ParseDate(text)
	if !ok {
		p.fail(lang.X("assessment.error.date", "{{.Date}} is geen geldige datum; schrijf de datum als dd-mm-jjjj.", map[string]any{"Date": text}), true)
		return
	}
	if date > m.store.Now().Format("2006-01-02") {
		p.fail(lang.X("assessment.error.future", "De datum van een meting kan niet in de toekomst liggen."), true)
		return
	}
	for _, ms := range p.meas {
		if ms.date == date && date != p.editDate {
			p.fail(lang.X("assessment.error.exists", "Er is al een meting van {{.Date}}. Kies een andere datum, of open die meting om haar te wijzigen.",
				map[string]any{"Date": data.FormatDate(date)}), true)
			return
		}
	}
	if p.editDate == "" {
		var missing []string
		first := -1
		for i, r := range p.rows {
			if levelCode(r.level.Selected) == "" {
				missing = append(missing, say.Item(r.item))
				if first < 0 {
					first = i
				}
			}
		}
		switch {
		case len(missing) > 3:
			p.fail(lang.X("assessment.error.levels", "Kies voor elk onderdeel een niveau; {{.Count}} onderdelen hebben nog geen niveau.",
				map[string]any{"Count": len(missing)}), false)
		case len(missing) > 0:
			p.fail(lang.X("assessment.error.level", "Kies voor elk onderdeel een niveau. Nog open: {{.Items}}.",
				map[string]any{"Items": strings.Join(missing, "; ")}), false)
		}
		if first >= 0 {
			p.scroll.Offset = fyne.NewPos(0, p.rowBoxes[first].Position().Y)
			p.scroll.Refresh()
			return
		}
	}
	err := m.store.Write(m.ctx, func(t *data.Tx) error {
		for _, r := range p.rows {
			level := levelCode(r.level.Selected)
			switch {
			case r.rec.ID == "" && level == "":
			case r.rec.ID == "":
				if _, err := t.Create(data.KindAssessment, map[string]string{data.Assessment.MunicipalityID: p.muni.ID, data.Assessment.Date: date,
					data.Assessment.Item: r.item, data.Assessment.Level: level, data.Assessment.Note: r.note.Text}); err != nil {
					return err
				}
			case level == "":
				if err := t.Delete(data.KindAssessment, r.rec.ID); err != nil {
					return err
				}
			default:
				if err := t.Update(data.KindAssessment, r.rec.ID, map[string]string{data.Assessment.Date: date, data.Assessment.Level: level, data.Assessment.Note: r.note.Text}); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		e, _ := data.AsError(err)
		p.fail(say.Error(err), e != nil && e.Field == data.Assessment.Date)
		return
	}
	p.read()
	p.close()
	p.setNote(say.Done(lang.X("assessment.saved", "De meting van {{.Date}} is opgeslagen.", map[string]any{"Date": data.FormatDate(date)})),
		widget.MediumImportance)
	m.RefreshOthers(m)
}

// deleteRow deletes one item of the measurement being corrected, with an
// undo.
func (p *assessmentPanel) deleteRow(r *assessmentRow) {
	id, item, date := r.rec.ID, r.item, p.editDate
	if id == "" {
		return
	}
	p.whenDiscarded(func() {
		m := p.d.m
		if err := m.store.Delete(m.ctx, data.KindAssessment, id); err != nil {
			m.ShowError(err)
			return
		}
		p.read()
		p.showHistory()
		p.edit(date)
		m.RefreshOthers(m)
		m.Deleted(lang.X("assessment.deleted.item", "{{.Item}} in de meting van {{.Date}}",
			map[string]any{"Item": say.Item(item), "Date": data.FormatDate(date)}), data.KindAssessment, id)
	})
}

// confirmDelete asks whether to delete the whole measurement.
func (p *assessmentPanel) confirmDelete() {
	date := p.editDate
	if date == "" {
		return
	}
	var ids []string
	for _, ms := range p.meas {
		if ms.date == date {
			for _, r := range p.recs {
				if r.Get(data.Assessment.Date) == date {
					ids = append(ids, r.ID)
				}
			}
		}
	}
	m := p.d.m
	args := map[string]any{"Date": data.FormatDate(date), "Name": p.muni.Get(data.Municipality.Name), "Count": len(ids)}
	m.Ask(lang.X("assessment.delete.title", "Meting verwijderen"),
		lang.X("assessment.delete.question", "Weet u zeker dat u de meting van {{.Date}} van {{.Name}} wilt verwijderen, met alle {{.Count}} onderdelen?", args),
		lang.X("assessment.delete", "Meting verwijderen"), lang.X("assessment.cancel", "Annuleren"),
		func() { p.deleteMeasurement(date, ids) }, nil)
}

// deleteMeasurement deletes the records of a measurement in one
// transaction, and offers to undo that.
func (p *assessmentPanel) deleteMeasurement(date string, ids []string) {
	m := p.d.m
	err := m.store.Write(m.ctx, func(t *data.Tx) error {
		for _, id := range ids {
			if err := t.Delete(data.KindAssessment, id); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		p.fail(say.Error(err), false)
		return
	}
	p.read()
	p.close()
	m.RefreshOthers(m)
	if m.main == nil || len(ids) == 0 {
		return
	}
	env := m.env
	m.main.undo.show(lang.X("assessment.deleted", "De meting van {{.Date}} is verwijderd.", map[string]any{"Date": data.FormatDate(date)}), func() {
		err := env.store.Write(env.ctx, func(t *data.Tx) error {
			for _, id := range ids {
				if err := t.Restore(data.KindAssessment, id); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			env.ShowError(err)
			return
		}
		env.main.refreshAll()
		env.ShowRecord(data.KindAssessment, ids[0])
	})
}

// historyLayout places the history grid: the item column, then one column
// per measurement (at most maxHistory), under a row of dates.
type historyLayout struct{ cols int }

func (l *historyLayout) widths(width float32) (first, col float32) {
	if l.cols == 0 {
		return width, 0
	}
	first = min(max(width*0.45, 200), 420)
	col = min((width-first)/float32(l.cols)-matrixGap, 110)
	return first, max(col, matrixMinCell)
}

func (l *historyLayout) rowHeight() float32 {
	return fyne.MeasureText("Hg", theme.TextSize(), fyne.TextStyle{}).Height + theme.InnerPadding()
}

func (l *historyLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	first, col := l.widths(size.Width)
	rh := l.rowHeight()
	per := l.cols + 1
	for i, o := range objs {
		r, c := i/per, i%per
		y := float32(r) * (rh + matrixGap)
		if c == 0 {
			o.Move(fyne.NewPos(0, y))
			o.Resize(fyne.NewSize(first, rh))
			continue
		}
		o.Move(fyne.NewPos(first+matrixGap+float32(c-1)*(col+matrixGap), y))
		o.Resize(fyne.NewSize(col, rh))
	}
}

func (l *historyLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	per := l.cols + 1
	rows := (len(objs) + per - 1) / per
	return fyne.NewSize(200+float32(l.cols)*(matrixMinCell+matrixGap), float32(rows)*(l.rowHeight()+matrixGap))
}
