package app

import (
	"ketenregie/data"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// agreementsScreen lists the ketenafspraken with their status and dates,
// marking evaluations that are overdue or due soon.
type agreementsScreen struct {
	*env
	count   *widget.Label
	view    *tableView
	content fyne.CanvasObject
}

func newAgreementsScreen(e *env) *agreementsScreen {
	a := &agreementsScreen{env: e}
	a.view = newTableView([]column{
		{lang.X("agreements.col.title", "Titel"), 220, 6},
		{lang.X("agreements.col.type", "Soort"), 120, 1},
		{lang.X("agreements.col.status", "Status"), 130, 0.5},
		{lang.X("agreements.col.level", "Niveau"), 90, 0},
		{lang.X("agreements.col.evaluation", "Evaluatiedatum"), 170, 0},
		{lang.X("agreements.col.end", "Einddatum"), 100, 0},
		{lang.X("agreements.col.owner", "Trekker"), 130, 2},
	})
	a.count = widget.NewLabel("")
	a.content = page(lang.X("agreements.title", "Ketenafspraken"), a.count, a.view.Content())
	a.Refresh()
	return a
}

func (a *agreementsScreen) Content() fyne.CanvasObject { return a.content }

func (a *agreementsScreen) Refresh() {
	recs, err := a.store.List(a.ctx, "agreement")
	if err != nil {
		fyne.LogError("list agreements", err)
	}
	orgs := names(a.ctx, a.store, "organisation")
	now, soon := today(a.store)
	late := 0
	rows := make([][]cell, len(recs))
	for i, r := range recs {
		status := r.Get("status")
		eval := dueCell(r.Get("evaluation_date"), status, now, soon)
		if eval.importance == widget.DangerImportance {
			late++
		}
		rows[i] = []cell{plain(r.Get("title")), plain(data.ChoiceLabel(data.AgreementTypes, r.Get("type"))),
			plain(data.ChoiceLabel(data.AgreementStatuses, status)), plain(data.ChoiceLabel(data.AgreementLevels, r.Get("level"))),
			eval, dueCell(r.Get("end_date"), status, now, soon), plain(orgs[r.Get("owner_id")])}
	}
	a.view.setRows(rows)
	a.count.SetText(lang.X("agreements.count", "{{.Count}} ketenafspraken, waarvan {{.Late}} met een evaluatie die te laat is.",
		map[string]any{"Count": len(rows), "Late": late}))
}
