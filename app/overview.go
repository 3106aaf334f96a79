package app

import (
	"fmt"
	"sort"

	"ketenregie/data"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// overviewScreen shows what the database holds and which agreements need
// attention: evaluations and end dates that have passed or fall within
// dueWithin days.
type overviewScreen struct {
	*env
	cards   *fyne.Container
	due     *tableView
	dueNote *widget.Label
	content fyne.CanvasObject
}

func newOverviewScreen(e *env) *overviewScreen {
	o := &overviewScreen{env: e, cards: container.NewGridWithColumns(3)}
	o.due = newTableView([]column{
		{lang.X("overview.col.agreement", "Ketenafspraak"), 200, 5},
		{lang.X("overview.col.what", "Wat"), 90, 0},
		{lang.X("overview.col.date", "Datum"), 170, 0},
		{lang.X("overview.col.status", "Status"), 120, 0.5},
		{lang.X("overview.col.owner", "Trekker"), 150, 2},
	})
	o.dueNote = widget.NewLabel("")
	dueTitle := widget.NewLabelWithStyle(lang.X("overview.due", "Evaluaties en einddata: te laat of binnen 60 dagen"),
		fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	body := container.NewBorder(container.NewVBox(o.cards, widget.NewSeparator(), dueTitle, o.dueNote), nil, nil, nil, o.due.Content())
	o.content = page(lang.X("overview.title", "Overzicht"), nil, body)
	o.Refresh()
	return o
}

func (o *overviewScreen) Content() fyne.CanvasObject { return o.content }

func (o *overviewScreen) Refresh() {
	ctx, s := o.ctx, o.store
	yearAgo := s.Now().AddDate(-1, 0, 0).Format("2006-01-02")
	regionMunis := map[string]bool{}
	clusters, _ := s.List(ctx, "cluster")
	for _, c := range clusters {
		for _, id := range c.List("municipality_ids") {
			regionMunis[id] = true
		}
	}
	card := func(n int, label string) fyne.CanvasObject {
		return widget.NewCard(fmt.Sprint(n), label, nil)
	}
	o.cards.Objects = []fyne.CanvasObject{
		card(len(regionMunis), lang.X("overview.count.municipalities", "gemeenten in de clusters")),
		card(count(ctx, s, "organisation", ""), lang.X("overview.count.organisations", "organisaties")),
		card(count(ctx, s, "contact", ""), lang.X("overview.count.contacts", "contactpersonen")),
		card(count(ctx, s, "contact", "last_reviewed = '' OR last_reviewed < ?", yearAgo),
			lang.X("overview.count.review", "contactpersonen toe aan controle")),
		card(count(ctx, s, "agreement", "status = 'actief'"), lang.X("overview.count.agreements", "actieve ketenafspraken")),
		card(count(ctx, s, "plan", ""), lang.X("overview.count.plans", "beleidsplannen")),
	}
	o.cards.Refresh()

	agreements, err := s.List(ctx, "agreement")
	if err != nil {
		fyne.LogError("list agreements", err)
	}
	orgs := names(ctx, s, "organisation")
	now, soon := today(s)
	type due struct {
		date string
		row  []cell
	}
	var list []due
	for _, a := range agreements {
		status := a.Get("status")
		if data.AgreementEnded(status) {
			continue
		}
		for _, d := range []struct{ field, what string }{
			{"evaluation_date", lang.X("overview.what.evaluation", "Evaluatie")},
			{"end_date", lang.X("overview.what.end", "Einddatum")},
		} {
			date := a.Get(d.field)
			if date == "" || date > soon {
				continue
			}
			list = append(list, due{date, []cell{plain(a.Get("title")), plain(d.what), dueCell(date, status, now, soon),
				plain(data.ChoiceLabel(data.AgreementStatuses, status)), plain(orgs[a.Get("owner_id")])}})
		}
	}
	sort.SliceStable(list, func(i, j int) bool { return list[i].date < list[j].date })
	rows := make([][]cell, len(list))
	late := 0
	for i, d := range list {
		rows[i] = d.row
		if d.date < now {
			late++
		}
	}
	o.due.setRows(rows)
	switch {
	case len(rows) == 0:
		o.dueNote.SetText(lang.X("overview.due.none", "Er is de komende 60 dagen niets te evalueren of te verlengen."))
	default:
		o.dueNote.SetText(lang.X("overview.due.count", "{{.Late}} te laat, {{.Soon}} binnen 60 dagen.",
			map[string]any{"Late": late, "Soon": len(rows) - late}))
	}
}
