package app

import (
	"fmt"

	"ketenregie/data"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// organisationsScreen lists the partner organisations with their type and
// how many contacts the database holds for each.
type organisationsScreen struct {
	*env
	search  *widget.Entry
	count   *widget.Label
	view    *tableView
	content fyne.CanvasObject
}

func newOrganisationsScreen(e *env) *organisationsScreen {
	o := &organisationsScreen{env: e}
	o.view = newTableView([]column{
		{lang.X("organisations.col.name", "Naam"), 200, 4},
		{lang.X("organisations.col.type", "Soort"), 150, 1.5},
		{lang.X("organisations.col.municipality", "Gemeente"), 110, 1},
		{lang.X("organisations.col.phone", "Telefoon"), 120, 0},
		{lang.X("organisations.col.email", "E-mail"), 160, 2},
		{lang.X("organisations.col.contacts", "Contacten"), 100, 0},
	})
	o.search = widget.NewEntry()
	o.search.SetPlaceHolder(lang.X("organisations.search", "Zoeken op naam, soort, e-mail…"))
	o.search.OnChanged = func(string) { o.Refresh() }
	o.count = widget.NewLabel("")
	o.content = page(lang.X("organisations.title", "Organisaties"), container.NewBorder(nil, nil, nil, o.count, o.search), o.view.Content())
	o.Refresh()
	return o
}

func (o *organisationsScreen) Content() fyne.CanvasObject { return o.content }

func (o *organisationsScreen) Refresh() {
	recs, err := o.store.Search(o.ctx, "organisation", o.search.Text, 0)
	if err != nil {
		fyne.LogError("search organisations", err)
	}
	contacts := map[string]int{}
	rows, err := o.store.DB().QueryContext(o.ctx, "SELECT organisation_id, count(*) FROM contact GROUP BY organisation_id")
	if err == nil {
		for rows.Next() {
			var id string
			var n int
			if rows.Scan(&id, &n) == nil {
				contacts[id] = n
			}
		}
		rows.Close()
	}
	munis := names(o.ctx, o.store, "municipality")
	out := make([][]cell, len(recs))
	for i, r := range recs {
		out[i] = []cell{plain(r.Get("name")), plain(data.ChoiceLabel(data.OrganisationTypes, r.Get("type"))),
			plain(munis[r.Get("municipality_id")]), plain(r.Get("phone")), plain(r.Get("email")),
			plain(fmt.Sprint(contacts[r.ID]))}
	}
	o.view.setRows(out)
	o.count.SetText(lang.X("organisations.count", "{{.Count}} organisaties", map[string]any{"Count": len(out)}))
}
