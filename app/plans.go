package app

import (
	"ketenregie/data"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// plansScreen lists the beleidsplannen with their status and version.
type plansScreen struct {
	*env
	count   *widget.Label
	view    *tableView
	content fyne.CanvasObject
}

func newPlansScreen(e *env) *plansScreen {
	p := &plansScreen{env: e}
	p.view = newTableView([]column{
		{lang.X("plans.col.title", "Titel"), 200, 5},
		{lang.X("plans.col.scope", "Gemeente of cluster"), 140, 2},
		{lang.X("plans.col.period", "Periode"), 100, 0},
		{lang.X("plans.col.status", "Status"), 150, 0},
		{lang.X("plans.col.version", "Versie"), 70, 0},
		{lang.X("plans.col.adopted", "Vastgesteld op"), 130, 0},
		{lang.X("plans.col.author", "Auteur"), 120, 1.5},
	})
	p.count = widget.NewLabel("")
	p.content = page(lang.X("plans.title", "Beleidsplannen"), p.count, p.view.Content())
	p.Refresh()
	return p
}

func (p *plansScreen) Content() fyne.CanvasObject { return p.content }

func (p *plansScreen) Refresh() {
	recs, err := p.store.List(p.ctx, "plan")
	if err != nil {
		fyne.LogError("list plans", err)
	}
	munis := names(p.ctx, p.store, "municipality")
	clusters := names(p.ctx, p.store, "cluster")
	rows := make([][]cell, len(recs))
	for i, r := range recs {
		scope := munis[r.Get("municipality_id")]
		if scope == "" {
			scope = clusters[r.Get("cluster_id")]
		}
		period := r.Get("period_start")
		if e := r.Get("period_end"); e != "" {
			period += "–" + e
		}
		rows[i] = []cell{plain(r.Get("title")), plain(scope), plain(period),
			plain(data.ChoiceLabel(data.PlanStatuses, r.Get("status"))), plain(r.Get("version")),
			plain(data.FormatDate(r.Get("adopted_date"))), plain(r.Get("author"))}
	}
	p.view.setRows(rows)
	p.count.SetText(lang.X("plans.count", "{{.Count}} beleidsplannen", map[string]any{"Count": len(rows)}))
}
