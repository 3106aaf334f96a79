package planedit

import (
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
)

// planAgenda is the uitvoeringsagenda of a plan: its actions in order,
// each with theme, owner, partners, planning, status and indicator. A row
// is edited in a form; moving a row is one change of its position.
type planAgenda struct {
	ed      *planEditor
	actions []data.Record
	// The actions in a table; selected is the chosen one.
	*kit.RecordTable

	detail     *widget.RichText // the chosen action in full, under the table
	count      *widget.Label
	addButton  *widget.Button
	editButton *widget.Button
	upButton   *widget.Button
	downButton *widget.Button
	delButton  *widget.Button
	// historyButton shows the chosen action's changes.
	historyButton *widget.Button
	frame         *fyne.Container // the table with the tools above and the detail below
	content       fyne.CanvasObject
}

func newPlanAgenda(ed *planEditor) *planAgenda {
	a := &planAgenda{ed: ed}
	a.RecordTable = kit.NewRecordTable(ed, []kit.Column{
		{Title: "#", Min: 36, Weight: 0},
		{Title: lang.X("plans.action.col.title", "Actie"), Min: 190, Weight: 3},
		{Title: lang.X("plans.action.col.theme", "Thema"), Min: 130, Weight: 1},
		{Title: lang.X("plans.action.col.owner", "Eigenaar"), Min: 120, Weight: 1.5},
		{Title: lang.X("plans.action.col.partners", "Partners"), Min: 120, Weight: 1.5},
		{Title: lang.X("plans.action.col.planning", "Planning"), Min: 90, Weight: 0},
		{Title: lang.X("plans.action.col.status", "Status"), Min: 90, Weight: 0},
		{Title: lang.X("plans.action.col.indicator", "Indicator"), Min: 140, Weight: 2}}, lang.X("plans.agenda.empty", "De uitvoeringsagenda heeft nog geen acties. Kies Actie toevoegen om de eerste actie op te nemen."),
		a.edit)
	a.OnChoose = func() {
		a.moveButtons()
		a.showDetail()
	}
	a.count = widget.NewLabel("")
	a.addButton = widget.NewButtonWithIcon(lang.X("plans.action.add", "Actie toevoegen"), theme.ContentAddIcon(), a.add)
	a.addButton.Importance = widget.HighImportance
	a.editButton = widget.NewButtonWithIcon(lang.X("plans.action.edit", "Bewerken…"), theme.DocumentCreateIcon(), func() { a.edit(a.Selected) })
	a.upButton = widget.NewButtonWithIcon(lang.X("plans.action.up", "Omhoog"), theme.MoveUpIcon(), func() { a.move(-1) })
	a.downButton = widget.NewButtonWithIcon(lang.X("plans.action.down", "Omlaag"), theme.MoveDownIcon(), func() { a.move(1) })
	a.delButton = widget.NewButtonWithIcon(lang.X("plans.delete", "Verwijderen"), theme.DeleteIcon(), a.remove)
	a.delButton.Importance = widget.DangerImportance
	a.historyButton = widget.NewButtonWithIcon(lang.X("history.button", "Geschiedenis"), theme.HistoryIcon(), func() {
		if i := a.Index(a.Selected); i >= 0 {
			r := a.actions[i]
			ed.ShowHistory(data.KindAction, r.ID, r.Get(data.Action.Title), a.load)
		}
	})
	ed.Guard(a.addButton, a.editButton, a.upButton, a.downButton, a.delButton, a.historyButton)
	a.Buttons = []*widget.Button{a.editButton, a.delButton, a.historyButton}
	tools := container.NewBorder(nil, nil, a.count, container.NewHBox(a.addButton, a.editButton, a.historyButton, a.upButton, a.downButton, a.delButton))
	a.detail = widget.NewRichText()
	a.detail.Wrapping = fyne.TextWrapWord
	a.frame = container.NewBorder(tools, a.detail, nil, nil, a.TableWithNote(460))
	a.content = container.NewPadded(a.frame)
	return a
}

// load reads the plan's actions and shows them, keeping the selection.
func (a *planAgenda) load() {
	recs, err := a.ed.Store().ListWhere(a.ed.Ctx(), data.KindAction, data.Action.PlanID, a.ed.id)
	if err != nil {
		fyne.LogError("list actions", err)
	}
	a.actions = recs
	ids := make([]string, len(recs))
	rows := make([][]kit.Cell, len(recs))
	for i, r := range recs {
		status := kit.Plain(say.Choice(data.ActionStatuses, r.Get(data.Action.Status)))
		switch r.Get(data.Action.Status) {
		case data.ActionStatusGereed:
			status.Importance = widget.SuccessImportance
		case data.ActionStatusVertraagd:
			status.Importance = widget.DangerImportance
		case data.ActionStatusVervallen:
			status.Importance = widget.LowImportance
		}
		themeLabel := ""
		if c := r.Get(data.Action.Theme); c != "" {
			themeLabel = say.Choice(data.Themes, c)
		}
		ids[i] = r.ID
		rows[i] = []kit.Cell{kit.Plain(strconv.Itoa(i + 1)), kit.Plain(r.Get(data.Action.Title)), kit.Plain(themeLabel), kit.Plain(r.Get(data.Action.Owner)),
			kit.Plain(r.Get(data.Action.Partners)), kit.Plain(r.Get(data.Action.Planning)), status, kit.Plain(r.Get(data.Action.Indicator))}
	}
	a.SetRows(ids, rows)
	a.count.SetText(say.Count(len(recs),
		lang.X("plans.agenda.count.zero", "Geen acties"),
		lang.X("plans.agenda.count.one", "1 actie"),
		lang.X("plans.agenda.count", "{{.Count}} acties", map[string]any{"Count": len(recs)})))
	a.moveButtons()
	a.showDetail()
}

// showDetail shows the chosen action in full under the table, where the
// table's columns cut its texts short.
func (a *planAgenda) showDetail() {
	i := a.Index(a.Selected)
	if i < 0 {
		a.detail.Segments = []widget.RichTextSegment{&widget.TextSegment{
			Text:  lang.X("plans.agenda.hint", "Kies een actie om haar hier volledig te zien; dubbelklik om haar te bewerken."),
			Style: widget.RichTextStyle{ColorName: theme.ColorNamePlaceHolder, Inline: true}}}
		a.detail.Refresh()
		return
	}
	r := a.actions[i]
	segs := []widget.RichTextSegment{&widget.TextSegment{Text: r.Get(data.Action.Title),
		Style: widget.RichTextStyle{TextStyle: fyne.TextStyle{Bold: true}, ColorName: theme.ColorNameForeground, SizeName: theme.SizeNameText}}}
	line := func(label, value string) {
		if value == "" {
			return
		}
		segs = append(segs,
			&widget.TextSegment{Text: label + ": ", Style: widget.RichTextStyle{ColorName: theme.ColorNamePlaceHolder, Inline: true}},
			&widget.TextSegment{Text: value, Style: widget.RichTextStyleParagraph})
	}
	if c := r.Get(data.Action.Theme); c != "" {
		line(lang.X("plans.action.field.theme", "Thema"), say.Choice(data.Themes, c))
	}
	line(lang.X("plans.action.field.owner", "Eigenaar"), r.Get(data.Action.Owner))
	line(lang.X("plans.action.field.partners", "Partners"), r.Get(data.Action.Partners))
	line(lang.X("plans.action.field.indicator", "Indicator"), r.Get(data.Action.Indicator))
	a.detail.Segments = segs
	a.detail.Refresh()
	// The detail's height depends on how its text wraps at its width: lay
	// the tab out again now that it knows.
	a.frame.Refresh()
}

// moveButtons enables Omhoog and Omlaag where the chosen action can move.
func (a *planAgenda) moveButtons() {
	i := a.Index(a.Selected)
	set := func(b *widget.Button, ok bool) {
		if ok {
			b.Enable()
		} else {
			b.Disable()
		}
	}
	set(a.upButton, i > 0)
	set(a.downButton, i >= 0 && i < len(a.actions)-1)
}

// selectAction marks action id.
func (a *planAgenda) selectAction(id string) {
	a.Selected = id
	a.load()
}

// add asks for a new action, placed after the selected one or at the end.
func (a *planAgenda) add() {
	at := len(a.actions)
	if i := a.Index(a.Selected); i >= 0 {
		at = i + 1
	}
	a.form(data.Record{Values: map[string]string{data.Action.Status: data.ActionStatusGepland}}, func(vals map[string]string) error {
		var id string
		err := a.ed.Store().Write(a.ed.Ctx(), func(t *data.Tx) error {
			vals[data.Action.PlanID] = a.ed.id
			var err error
			id, err = t.InsertAt(data.KindAction, a.actions, at, vals)
			return err
		})
		if err == nil {
			a.Selected = id
		}
		return err
	})
}

// edit opens the form of action id.
func (a *planAgenda) edit(id string) {
	i := a.Index(id)
	if i < 0 {
		return
	}
	a.form(a.actions[i], func(vals map[string]string) error {
		return a.ed.Store().Update(a.ed.Ctx(), data.KindAction, id, vals)
	})
}

// form shows the fields of an action; store writes them.
func (a *planAgenda) form(r data.Record, store func(map[string]string) error) {
	fields := &dialogFields{}
	title := fields.entry()
	title.SetText(r.Get(data.Action.Title))
	title.SetPlaceHolder(lang.X("plans.action.title.hint", "Wat gaat er gebeuren?"))
	none := lang.X("plans.none", "(geen)")
	themeSel := widget.NewSelect(say.Choices(data.Themes, none), nil)
	themeSel.SetSelected(none)
	if c := r.Get(data.Action.Theme); c != "" {
		themeSel.SetSelected(say.Choice(data.Themes, c))
	}
	owner := fields.entry()
	owner.SetText(r.Get(data.Action.Owner))
	owner.SetPlaceHolder(lang.X("plans.action.owner.hint", "Organisatie en functie, bijvoorbeeld Gemeente Hoorn (aandachtsfunctionaris)"))
	partners := fields.entry()
	partners.SetText(r.Get(data.Action.Partners))
	planning := fields.entry()
	planning.SetText(r.Get(data.Action.Planning))
	planning.SetPlaceHolder(lang.X("plans.action.planning.hint", "bijvoorbeeld Q2 2026 of 2026-2027"))
	statusSel := widget.NewSelect(say.Choices(data.ActionStatuses), nil)
	statusSel.SetSelected(say.Choice(data.ActionStatuses, r.Get(data.Action.Status)))
	indicator := fields.multiLine(2)
	indicator.SetText(r.Get(data.Action.Indicator))
	indicator.SetPlaceHolder(lang.X("plans.action.indicator.hint", "Waaraan ziet u dat de actie is gelukt?"))
	form := container.New(layout.NewFormLayout(),
		kit.FormLabel(lang.X("plans.action.field.title", "Actie *")), title,
		kit.FormLabel(lang.X("plans.action.field.theme", "Thema")), themeSel,
		kit.FormLabel(lang.X("plans.action.field.owner", "Eigenaar")), owner,
		kit.FormLabel(lang.X("plans.action.field.partners", "Partners")), partners,
		kit.FormLabel(lang.X("plans.action.field.planning", "Planning")), planning,
		kit.FormLabel(lang.X("plans.action.field.status", "Status")), statusSel,
		kit.FormLabel(lang.X("plans.action.field.indicator", "Indicator")), indicator,
	)
	heading, confirm := lang.X("plans.action.edit.title", "Actie bewerken"), lang.X("plans.save", "Opslaan")
	if r.ID == "" {
		heading, confirm = lang.X("plans.action.add.title", "Actie toevoegen"), lang.X("plans.action.add.confirm", "Toevoegen")
	}
	fields.f = showForm(a.ed, heading, confirm, form, 680, func() error {
		// The indicator is one line in the table and the PDF.
		ind := strings.Join(strings.Fields(indicator.Text), " ")
		vals := map[string]string{data.Action.Title: title.Text, data.Action.Theme: say.Code(data.Themes, themeSel.Selected), data.Action.Owner: owner.Text, data.Action.Partners: partners.Text,
			data.Action.Planning: planning.Text, data.Action.Status: say.Code(data.ActionStatuses, statusSel.Selected), data.Action.Indicator: ind}
		if err := store(vals); err != nil {
			return err
		}
		a.load()
		a.ed.p.loadList()
		return nil
	}, nil)
	a.ed.Window().Canvas().Focus(title)
}

// move moves the selected action one row up (-1) or down (1).
func (a *planAgenda) move(delta int) {
	id := a.Selected
	rest, i := without(a.actions, id)
	to := i + delta
	if i < 0 || to < 0 || to > len(rest) {
		return
	}
	if err := a.ed.Store().Write(a.ed.Ctx(), func(t *data.Tx) error { return t.Place(data.KindAction, id, rest, to, nil) }); err != nil {
		a.ed.showMessage(planErrorText(err), widget.DangerImportance)
		return
	}
	a.load()
}

// remove deletes the selected action; the undo bar offers it back.
func (a *planAgenda) remove() {
	i := a.Index(a.Selected)
	if i < 0 {
		return
	}
	r := a.actions[i]
	a.ed.deleteRow(a.RecordTable, data.KindAction, r.ID,
		lang.X("plans.action.deleted", "Actie \"{{.Title}}\"", map[string]any{"Title": r.Get(data.Action.Title)}),
		func() { a.load(); a.ed.p.loadList() })
}
