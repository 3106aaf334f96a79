// Package planedit is the Beleidsplannen screen: the list of policy plans
// and the plan editor, with its chapters' text, goals, uitvoeringsagenda,
// version log and details. It reaches the window it is shown in only
// through Shell.
package planedit

import (
	"slices"
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

// Screen is the Beleidsplannen screen: the list of plans with their
// scope, period, status and version, and the plan editor in its place when
// a plan is opened.
type Screen struct {
	Shell

	search *kit.TextEntry
	filter *widget.Select
	count  *widget.Label
	all    []planRow     // every plan, as the last loadList read them
	shown  []data.Record // the plans in the table, in its order
	// The plans in a table; its Selected is the chosen one.
	table *kit.RecordTable

	newButton    *widget.Button
	openButton   *widget.Button
	copyButton   *widget.Button
	deleteButton *widget.Button
	list         fyne.CanvasObject

	ed      *planEditor // the open plan, or nil when the list is shown
	body    *fyne.Container
	content fyne.CanvasObject
}

// New builds the Beleidsplannen screen in the window sh stands for,
// showing the list of plans.
func New(sh Shell) *Screen {
	p := &Screen{Shell: sh}
	p.search = kit.NewTextEntry(p.shortcut)
	p.search.SetPlaceHolder(lang.X("plans.search", "Zoeken op titel, gemeente, cluster of auteur…"))
	p.search.OnChanged = func(string) { p.showList() }
	all := lang.X("plans.filter.all", "Alle statussen")
	p.filter = widget.NewSelect(say.Choices(data.PlanStatuses, all), func(string) { p.showList() })
	p.filter.Selected = all
	p.count = widget.NewLabel("")

	p.table = kit.NewRecordTable(sh, []kit.Column{
		{Title: lang.X("plans.col.title", "Titel"), Min: 220, Weight: 5},
		{Title: lang.X("plans.col.scope", "Gemeente of cluster"), Min: 150, Weight: 2},
		{Title: lang.X("plans.col.period", "Periode"), Min: 100, Weight: 0},
		{Title: lang.X("plans.col.status", "Status"), Min: 150, Weight: 0},
		{Title: lang.X("plans.col.version", "Versie"), Min: 70, Weight: 0},
		{Title: lang.X("plans.col.changed", "Laatst gewijzigd"), Min: 150, Weight: 0}}, "", p.openPlan)

	p.newButton = widget.NewButtonWithIcon(lang.X("plans.new", "Nieuw plan"), theme.ContentAddIcon(), p.newPlan)
	p.newButton.Importance = widget.HighImportance
	p.openButton = widget.NewButtonWithIcon(lang.X("plans.open", "Openen"), theme.DocumentIcon(), func() { p.openPlan(p.table.Selected) })
	p.copyButton = widget.NewButtonWithIcon(lang.X("plans.copy", "Kopie voor een andere gemeente…"), theme.ContentCopyIcon(), func() { p.copyDialog(p.table.Selected) })
	p.deleteButton = widget.NewButtonWithIcon(lang.X("plans.delete", "Verwijderen"), theme.DeleteIcon(), func() { p.confirmDelete(p.table.Selected) })
	p.deleteButton.Importance = widget.DangerImportance
	p.table.Buttons = []*widget.Button{p.openButton, p.copyButton, p.deleteButton}
	sh.Guard(p.search, p.filter, p.newButton, p.openButton, p.copyButton, p.deleteButton)

	searchRow := container.NewBorder(nil, nil, nil, container.NewHBox(kit.WithMinWidth(p.filter, p.filter.Options...), p.newButton), p.search)
	actionRow := container.NewBorder(nil, nil, nil, container.NewHBox(p.openButton, p.copyButton, p.deleteButton), p.count)
	p.list = kit.Page(lang.X("plans.title", "Beleidsplannen"), container.NewVBox(searchRow, actionRow), p.table.TableWithNote(520))
	p.body = container.NewStack(p.list)
	p.content = p.body
	p.loadList()
	return p
}

// Content is the screen's widget tree: the list, or the open plan.
func (p *Screen) Content() fyne.CanvasObject { return p.content }

// Tab names a tab of the plan editor, for ShowTab.
type Tab int

// The tabs of the plan editor.
const (
	TextTab     Tab = iota // Tekst: the chapters and their text
	GoalsTab               // Doelen en resultaten
	AgendaTab              // Uitvoeringsagenda
	VersionsTab            // Versiebeheer
	DetailsTab             // Gegevens
)

// ShowTab shows tab of the open plan; with no plan open it does nothing.
func (p *Screen) ShowTab(tab Tab) {
	if p.ed == nil {
		return
	}
	if it := p.ed.tab(tab); it != nil {
		p.ed.tabs.Select(it)
	}
}

// Rows are the rows of the list of plans as it shows them: title,
// municipality or cluster, period, status, version and last change.
func (p *Screen) Rows() [][]kit.Cell { return p.table.View.Rows() }

// Refresh rereads the list and the open plan; edits in progress stay.
func (p *Screen) Refresh() {
	p.loadList()
	if p.ed == nil {
		return
	}
	if _, err := p.Store().Get(p.Ctx(), data.KindPlan, p.ed.id); err != nil {
		p.closeEditor() // deleted elsewhere, or by an undo
		return
	}
	p.ed.refresh()
}

// planRow is a plan as the list shows it, read once by loadList: its
// cells, its status and the folded text a search looks in.
type planRow struct {
	rec    data.Record
	status string
	hay    string
	cells  []kit.Cell
}

// loadList rereads the plans and shows those that match the search and
// the status filter.
func (p *Screen) loadList() {
	recs, err := p.Store().List(p.Ctx(), data.KindPlan)
	if err != nil {
		fyne.LogError("list plans", err)
	}
	changed, err := p.Store().PlansChanged(p.Ctx())
	if err != nil {
		fyne.LogError("plans changed", err)
	}
	munis := names(p.Ctx(), p.Store(), data.KindMunicipality)
	clusters := names(p.Ctx(), p.Store(), data.KindCluster)
	p.all = p.all[:0]
	for _, r := range recs {
		scopeName := munis[r.Get(data.Plan.MunicipalityID)]
		if scopeName == "" {
			scopeName = clusters[r.Get(data.Plan.ClusterID)]
		}
		statusCell := kit.Plain(say.Choice(data.PlanStatuses, r.Get(data.Plan.Status)))
		if r.Get(data.Plan.Status) == data.PlanStatusVastgesteld {
			statusCell.Importance = widget.SuccessImportance
		}
		when := ""
		if t, ok := changed[r.ID]; ok {
			when = t.Format("02-01-2006 15:04")
		}
		p.all = append(p.all, planRow{
			rec:    r,
			status: r.Get(data.Plan.Status),
			hay:    data.Fold(strings.Join([]string{r.Get(data.Plan.Title), scopeName, r.Get(data.Plan.Author)}, " ")),
			cells: []kit.Cell{kit.Plain(r.Get(data.Plan.Title)), kit.Plain(scopeName), kit.Plain(periodText(r)), statusCell,
				kit.Plain(r.Get(data.Plan.Version)), kit.Plain(when)},
		})
	}
	p.showList()
}

// showList shows the plans loadList read that match the search and the
// status filter. It runs on every keystroke in the search, so it does not
// read the store.
func (p *Screen) showList() {
	status := say.Code(data.PlanStatuses, p.filter.Selected)
	query := strings.Fields(data.Fold(p.search.Text))
	p.shown = p.shown[:0]
	var ids []string
	var rows [][]kit.Cell
	for _, r := range p.all {
		if status != "" && r.status != status {
			continue
		}
		if !slices.ContainsFunc(query, func(w string) bool { return !strings.Contains(r.hay, w) }) {
			ids = append(ids, r.rec.ID)
			rows = append(rows, r.cells)
			p.shown = append(p.shown, r.rec)
		}
	}
	p.table.SetRows(ids, rows)
	// No rows: no plans at all, or none that match.
	none := lang.X("plans.count.none", "Geen beleidsplannen gevonden")
	note := lang.X("plans.empty.filter", "Geen beleidsplannen gevonden. Pas de zoekterm of het statusfilter aan.")
	if len(p.all) == 0 {
		none = lang.X("plans.count.zero", "Nog geen beleidsplannen")
		note = lang.X("plans.empty", "Er zijn nog geen beleidsplannen. Kies Nieuw plan om een plan te beginnen met de standaardindeling van hoofdstukken.")
	}
	p.table.Empty.SetText(note)
	p.count.SetText(say.Count(len(rows), none,
		lang.X("plans.count.one", "1 beleidsplan"),
		lang.X("plans.count", "{{.Count}} beleidsplannen", map[string]any{"Count": len(rows)})))
}

// openPlan shows plan id in the editor, after the open plan's edits are
// saved or given up.
func (p *Screen) openPlan(id string) {
	if id == "" {
		return
	}
	if p.ed != nil && p.ed.id == id {
		return
	}
	p.whenDiscarded(func() {
		if _, err := p.Store().Get(p.Ctx(), data.KindPlan, id); err != nil {
			p.ShowError(err)
			return
		}
		if p.ed != nil {
			p.ed.close()
		}
		p.table.Selected = id
		p.ed = newPlanEditor(p, id)
		p.body.Objects = []fyne.CanvasObject{p.ed.content}
		p.body.Refresh()
		p.ed.opened()
	}, nil)
}

// closeEditor goes back to the list, without asking: the caller has.
func (p *Screen) closeEditor() {
	if p.ed == nil {
		return
	}
	p.ed.close()
	p.ed = nil
	p.body.Objects = []fyne.CanvasObject{p.list}
	p.body.Refresh()
	p.loadList()
}

// backToList leaves the open plan, saving its text and asking about
// unsaved details.
func (p *Screen) backToList() {
	p.whenDiscarded(p.closeEditor, nil)
}

// whenDiscarded runs then once the open plan's edits are saved or given up.
func (p *Screen) whenDiscarded(then, cancel func()) {
	if p.ed == nil {
		then()
		return
	}
	p.ed.whenDiscarded(then, cancel)
}

// newPlan asks for the title, scope, period and author of a new plan, and
// writes it with the standard chapters in one transaction.
func (p *Screen) newPlan() {
	p.whenDiscarded(p.newPlanDialog, nil)
}

func (p *Screen) newPlanDialog() {
	sc := loadScopes(p.Ctx(), p.Store())
	fields := &dialogFields{}
	title := fields.entry()
	scopeSel := widget.NewSelect(sc.labels, nil)
	scopeSel.PlaceHolder = lang.X("plans.scope.choose", "Kies een gemeente of cluster")
	year := p.Store().Now().Year()
	start, end := fields.entry(), fields.entry()
	start.SetText(strconv.Itoa(year))
	end.SetText(strconv.Itoa(year + 3))
	author := fields.entry()
	if who, err := p.Store().Identity(p.Ctx()); err == nil {
		author.SetText(who.Person) // the coordinator named at the first start
	}
	author.SetText(fyne.CurrentApp().Preferences().String(prefPlanAuthor))
	author.SetPlaceHolder(lang.X("plans.author.hint", "Naam van de opsteller"))

	// The title follows the scope and period until the user types one.
	suggested := ""
	suggest := func() {
		if title.Text != suggested {
			return
		}
		name := sc.byLabel[scopeSel.Selected].name
		suggested = suggestTitle(name, start.Text, end.Text)
		title.SetText(suggested)
	}
	scopeSel.OnChanged = func(string) { suggest() }
	start.OnChanged = func(string) { suggest() }
	end.OnChanged = func(string) { suggest() }
	suggest()

	note := kit.NewQuietText(lang.X("plans.new.note", "Het plan krijgt de standaardindeling: voorwoord, samenvatting, negen hoofdstukken met de vijf thema's van het Kader Aanpak Mensenhandel en twee bijlagen, elk met een korte aanwijzing die u vervangt door uw eigen tekst."))
	period := container.NewBorder(nil, nil, nil, nil,
		container.NewGridWithColumns(2, start, container.NewBorder(nil, nil, widget.NewLabel(lang.X("plans.period.to", "t/m")), nil, end)))
	form := container.NewVBox(container.New(layout.NewFormLayout(),
		kit.FormLabel(lang.X("plans.field.scope", "Gemeente of cluster *")), scopeSel,
		kit.FormLabel(lang.X("plans.field.period", "Periode")), period,
		kit.FormLabel(lang.X("plans.field.title", "Titel *")), title,
		kit.FormLabel(lang.X("plans.field.author", "Auteur")), author,
	), note)
	fields.f = showForm(p, lang.X("plans.new.title", "Nieuw beleidsplan"), lang.X("plans.new.confirm", "Plan maken"), form, 640,
		func() error {
			s, ok := sc.byLabel[scopeSel.Selected]
			if !ok {
				return errorf(lang.X("plans.error.scope", "Kies voor welke gemeente of welk cluster het plan is."))
			}
			from, err := parseYear(start.Text)
			if err != nil {
				return err
			}
			to, err := parseYear(end.Text)
			if err != nil {
				return err
			}
			vals := scopeValues(s)
			vals[data.Plan.Title], vals[data.Plan.PeriodStart], vals[data.Plan.PeriodEnd], vals[data.Plan.Author] = title.Text, from, to, author.Text
			var id string
			err = p.Store().Write(p.Ctx(), func(t *data.Tx) error {
				var err error
				id, err = createFromTemplate(t, vals)
				return err
			})
			if err != nil {
				return err
			}
			fyne.CurrentApp().Preferences().SetString(prefPlanAuthor, strings.TrimSpace(author.Text))
			p.RefreshOthers(p)
			p.loadList()
			p.openPlan(id)
			return nil
		}, nil)
	p.Window().Canvas().Focus(scopeSel)
}

// prefPlanAuthor remembers the author last typed for a new plan.
const prefPlanAuthor = "plans.author"

// copyDialog asks for which municipality or cluster to copy plan id, and
// writes the copy in one transaction.
func (p *Screen) copyDialog(id string) {
	if id == "" {
		return
	}
	p.whenDiscarded(func() {
		src, err := p.Store().Get(p.Ctx(), data.KindPlan, id)
		if err != nil {
			p.ShowError(err)
			return
		}
		sc := loadScopes(p.Ctx(), p.Store(), src.Get(data.Plan.MunicipalityID), src.Get(data.Plan.ClusterID))
		_, oldLabel := sc.scopeOf(src)
		oldName := sc.byLabel[oldLabel].name
		fields := &dialogFields{}
		title := fields.entry()
		var options []string
		for _, l := range sc.labels {
			if l != oldLabel {
				options = append(options, l)
			}
		}
		scopeSel := widget.NewSelect(options, nil)
		scopeSel.PlaceHolder = lang.X("plans.scope.choose", "Kies een gemeente of cluster")
		suggested := ""
		scopeSel.OnChanged = func(label string) {
			if title.Text != suggested && title.Text != "" {
				return
			}
			name := sc.byLabel[label].name
			t := src.Get(data.Plan.Title)
			if oldName != "" && strings.Contains(t, oldName) {
				t = strings.ReplaceAll(t, oldName, name)
			} else {
				t = suggestTitle(name, src.Get(data.Plan.PeriodStart), src.Get(data.Plan.PeriodEnd))
			}
			suggested = t
			title.SetText(t)
		}
		intro := widget.NewLabel(lang.X("plans.copy.intro", "U maakt een kopie van {{.Title}} met alle hoofdstukken, tekst en acties. Het versiebeheer gaat niet mee; de kopie begint als concept, versie 0.1.",
			map[string]any{"Title": src.Get(data.Plan.Title)}))
		intro.Wrapping = fyne.TextWrapWord
		form := container.NewVBox(intro, container.New(layout.NewFormLayout(),
			kit.FormLabel(lang.X("plans.copy.for", "Voor *")), scopeSel,
			kit.FormLabel(lang.X("plans.field.title", "Titel *")), title,
		))
		fields.f = showForm(p, lang.X("plans.copy.title", "Kopie voor een andere gemeente"), lang.X("plans.copy.confirm", "Kopie maken"), form, 640,
			func() error {
				s, ok := sc.byLabel[scopeSel.Selected]
				if !ok {
					return errorf(lang.X("plans.error.scope.copy", "Kies voor welke gemeente of welk cluster de kopie is."))
				}
				vals := scopeValues(s)
				vals[data.Plan.Title] = title.Text
				newID, err := copyPlan(p.Ctx(), p.Store(), id, vals)
				if err != nil {
					return err
				}
				p.RefreshOthers(p)
				if p.ed != nil {
					p.closeEditor()
				}
				p.loadList()
				p.openPlan(newID)
				return nil
			}, nil)
	}, nil)
}

// confirmDelete asks whether to delete plan id with everything in it.
func (p *Screen) confirmDelete(id string) {
	rec, err := p.Store().Get(p.Ctx(), data.KindPlan, id)
	if err != nil {
		return
	}
	title := rec.Get(data.Plan.Title)
	p.Ask(lang.X("plans.delete.title", "Beleidsplan verwijderen"),
		lang.X("plans.delete.question", "Weet u zeker dat u {{.Title}} wilt verwijderen, met alle hoofdstukken, acties en versies?", map[string]any{"Title": title}),
		lang.X("plans.delete", "Verwijderen"), lang.X("plans.cancel", "Annuleren"),
		func() {
			if p.ed != nil && p.ed.id == id {
				p.ed.discard()
			}
			if err := p.Store().Delete(p.Ctx(), data.KindPlan, id); err != nil {
				p.ShowError(err)
				return
			}
			if p.ed != nil && p.ed.id == id {
				p.closeEditor()
			}
			p.table.Selected = ""
			p.loadList()
			p.RefreshOthers(p)
			p.Deleted(title, data.KindPlan, id)
		}, nil)
}

// Dirty reports unsaved edits in the open plan.
func (p *Screen) Dirty() bool { return p.ed != nil && p.ed.dirty() }

// WhenDiscarded runs then once the open plan's edits are saved or given up.
func (p *Screen) WhenDiscarded(then, cancel func()) { p.whenDiscarded(then, cancel) }

// Shortcut handles the window's shortcut keys for this screen.
func (p *Screen) Shortcut(key fyne.KeyName) bool { return p.shortcut(key) }

// shortcut: Ctrl+F searches the list, Ctrl+N makes a new plan (in the
// editor: a new block, action or version, as fits the tab), Ctrl+S saves,
// Escape gives up edits after asking.
func (p *Screen) shortcut(key fyne.KeyName) bool {
	if p.ed != nil {
		return p.ed.shortcut(key)
	}
	switch key {
	case fyne.KeyF:
		p.Window().Canvas().Focus(p.search)
	case fyne.KeyN:
		p.newPlan()
	case fyne.KeyEscape:
		if p.search.Text == "" {
			return false
		}
		p.search.SetText("")
	default:
		return false
	}
	return true
}

// OpenRecord opens the plan a record belongs to, at that record: a
// chapter, a text block, an action or a version.
func (p *Screen) OpenRecord(kind, id string) {
	planID := ""
	switch kind {
	case data.KindPlan:
		planID = id
	case data.KindSection, data.KindAction, data.KindPlanversion:
		field := map[string]string{data.KindSection: data.Section.PlanID, data.KindAction: data.Action.PlanID,
			data.KindPlanversion: data.Planversion.PlanID}[kind]
		if r, err := p.Store().Get(p.Ctx(), kind, id); err == nil {
			planID = r.Get(field)
		}
	case data.KindBlock:
		if r, err := p.Store().Get(p.Ctx(), data.KindBlock, id); err == nil {
			if s, err := p.Store().Get(p.Ctx(), data.KindSection, r.Get(data.Block.SectionID)); err == nil {
				planID = s.Get(data.Section.PlanID)
			}
		}
	}
	if planID == "" {
		return
	}
	show := func() {
		if p.ed != nil && p.ed.id == planID {
			p.ed.show(kind, id)
		}
	}
	if p.ed != nil && p.ed.id == planID {
		show()
		return
	}
	p.whenDiscarded(func() {
		p.openPlan(planID)
		show()
	}, nil)
}
