package app

import (
	"errors"
	"fmt"
	"maps"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ketenregie/app/kit"
	"ketenregie/app/say"
	"ketenregie/data"
	"ketenregie/export/contacts"
)

// importPreview is the dialog that shows a contact file before it is
// imported: how it was read, a select per column to say what it holds, the
// first rows as they will be stored, the counts, what was repaired or kept
// in the notes, the columns left out, the roles read from job titles, and
// the rows that cannot be imported.
type importPreview struct {
	*env
	path    string // the file, for the list of rows left out beside it
	name    string
	file    *contacts.File
	idx     *contacts.Index
	plan    *contacts.Plan
	mapping contacts.Mapping
	choices contacts.Choices
	gen     int  // counts plans asked for, so a late result of an older mapping is dropped
	setting bool // the selects are being set from the mapping, not by the user

	muniNames map[string]string // municipality id -> name, read once

	selects  []*widget.Select
	counts   *widget.Label
	status   *widget.Label
	rows     *kit.TableView
	warnings *kit.TableView
	problems *kit.TableView
	unmapped *kit.TableView
	orgs     *kit.TableView
	roles    *fyne.Container
	notNeed  *widget.Label
	keepB    *widget.Button
	tabs     *container.AppTabs
	warnT    *container.TabItem
	problemT *container.TabItem
	unmapT   *container.TabItem
	roleT    *container.TabItem
	orgT     *container.TabItem
	importB  *widget.Button
	skipB    *widget.Button
	dialog   *dialog.CustomDialog
}

func newImportPreview(e *env, path string, f *contacts.File, idx *contacts.Index, plan *contacts.Plan) *importPreview {
	p := &importPreview{env: e, path: path, name: filepath.Base(path), file: f, idx: idx, plan: plan,
		mapping: plan.Mapping.Clone(), choices: contacts.Choices{Roles: map[string]string{}}}

	info := widget.NewLabel(lang.X("contactimport.file", "{{.Name}}: {{.Format}}, regels: {{.Rows}}",
		map[string]any{"Name": p.name, "Format": formatText(f), "Rows": len(f.Rows)}))
	info.Truncation = fyne.TextTruncateEllipsis
	p.counts = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.counts.Wrapping = fyne.TextWrapWord
	p.status = widget.NewLabel("")
	p.status.Wrapping = fyne.TextWrapWord

	// A select per column, with an example value from the file.
	labels := make([]string, len(contacts.Targets))
	for i, t := range contacts.Targets {
		labels[i] = targetText(t)
	}
	form := container.NewVBox()
	for i, col := range f.Columns {
		i := i
		s := widget.NewSelect(labels, nil)
		s.SetSelectedIndex(targetIndex(p.mapping[i]))
		s.OnChanged = func(string) {
			if p.setting {
				return
			}
			p.mapping[i] = contacts.Targets[s.SelectedIndex()]
			p.replan()
		}
		p.selects = append(p.selects, s)
		title := col
		if title == "" {
			title = lang.X("contactimport.column.unnamed", "(kolom {{.N}})", map[string]any{"N": i + 1})
		}
		head := widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		head.Truncation = fyne.TextTruncateEllipsis
		example := widget.NewLabelWithStyle(exampleValue(f, i), fyne.TextAlignLeading, fyne.TextStyle{Italic: true})
		example.Truncation = fyne.TextTruncateEllipsis
		form.Add(container.NewBorder(nil, nil,
			container.New(&kit.MinWidth{Width: 150}, head), container.New(&kit.MinWidth{Width: 190}, s), example))
	}
	columnsTitle := kit.Subheading(lang.X("contactimport.columns", "Kolommen"))
	columnsHint := kit.Hint(lang.X("contactimport.columns.hint", "Kies per kolom wat erin staat."))
	left := container.NewBorder(container.NewVBox(columnsTitle, columnsHint), nil, nil, nil, container.NewVScroll(form))

	p.rows = kit.NewTableView([]kit.Column{
		{Title: lang.X("contactimport.col.line", "Regel"), Min: 48, Weight: 0},
		{Title: lang.X("contactimport.col.action", "Actie"), Min: 80, Weight: 0},
		{Title: lang.X("contactimport.col.name", "Naam"), Min: 120, Weight: 3},
		{Title: lang.X("contactimport.col.organisation", "Organisatie"), Min: 90, Weight: 2},
		{Title: lang.X("contactimport.col.function", "Functie"), Min: 80, Weight: 2},
		{Title: lang.X("contactimport.col.role", "Rol"), Min: 70, Weight: 1},
		{Title: lang.X("contactimport.col.email", "E-mail"), Min: 90, Weight: 2},
		{Title: lang.X("contactimport.col.phone", "Telefoon"), Min: 80, Weight: 1},
		{Title: lang.X("contactimport.col.municipalities", "Gemeenten"), Min: 70, Weight: 1},
		{Title: lang.X("contactimport.col.notes", "Notities"), Min: 70, Weight: 2},
		{Title: lang.X("contactimport.col.remark", "Opmerking"), Min: 90, Weight: 2}})
	p.warnings = kit.NewTableView([]kit.Column{
		{Title: lang.X("contactimport.col.line", "Regel"), Min: 60, Weight: 0},
		{Title: lang.X("contactimport.col.warning", "Wat er is gedaan"), Min: 300, Weight: 1}})
	p.problems = kit.NewTableView([]kit.Column{
		{Title: lang.X("contactimport.col.line", "Regel"), Min: 60, Weight: 0},
		{Title: lang.X("contactimport.col.problem", "Fout"), Min: 300, Weight: 1}})
	p.unmapped = kit.NewTableView([]kit.Column{
		{Title: lang.X("contactimport.col.column", "Kolom"), Min: 160, Weight: 1},
		{Title: lang.X("contactimport.col.count", "Regels met een waarde"), Min: 80, Weight: 0},
		{Title: lang.X("contactimport.col.example", "Bijvoorbeeld"), Min: 200, Weight: 2}})
	p.keepB = widget.NewButtonWithIcon(lang.X("contactimport.keep", "Bewaar deze kolommen in de notities"), theme.DocumentIcon(), p.keepUnmapped)
	p.notNeed = kit.Hint("")
	unmappedHint := kit.Hint(lang.X("contactimport.unmapped.hint", "Deze kolommen hebben geen veld in Ketenregie en worden niet ingelezen. Kies bij de kolom links wat erin staat, of bewaar ze met hun naam in de notities."))
	p.orgs = kit.NewTableView([]kit.Column{
		{Title: lang.X("contactimport.col.organisation", "Organisatie"), Min: 200, Weight: 2},
		{Title: lang.X("contactimport.col.type", "Soort"), Min: 140, Weight: 1},
		{Title: lang.X("contactimport.col.lines", "Regels"), Min: 100, Weight: 1}})
	p.roles = container.NewVBox()
	rolesHint := kit.Hint(lang.X("contactimport.roles.hint", "Een functie is wat de werkgever iemand noemt; de rol is wat iemand doet in de aanpak van mensenhandel. Een rol wordt alleen afgeleid als de functie die duidelijk noemt. Kies per functie de rol, of geen."))

	p.warnT = container.NewTabItem("", p.warnings.Content())
	p.problemT = container.NewTabItem("", p.problems.Content())
	p.unmapT = container.NewTabItem("", container.NewBorder(container.NewVBox(unmappedHint, container.NewHBox(p.keepB)), p.notNeed, nil, nil, p.unmapped.Content()))
	p.roleT = container.NewTabItem("", container.NewBorder(rolesHint, nil, nil, nil, container.NewVScroll(p.roles)))
	p.orgT = container.NewTabItem("", p.orgs.Content())
	p.tabs = container.NewAppTabs(
		container.NewTabItem(lang.X("contactimport.tab.rows", "Voorbeeld"), p.rows.Content()),
		p.problemT, p.warnT, p.unmapT, p.roleT, p.orgT)

	split := container.NewHSplit(left, p.tabs)
	split.Offset = 0.34
	cancel := widget.NewButton(lang.X("contactimport.cancel", "Annuleren"), func() { p.dialog.Hide() })
	p.importB = widget.NewButtonWithIcon(lang.X("contactimport.import", "Importeren"), theme.DownloadIcon(), p.apply)
	p.importB.Importance = widget.HighImportance
	p.skipB = widget.NewButtonWithIcon("", theme.DownloadIcon(), p.applySkipping)
	top := container.NewVBox(info, p.counts, p.status)
	bottom := container.NewHBox(layout.NewSpacer(), cancel, p.skipB, p.importB)
	body := container.NewBorder(top, bottom, nil, nil, split)
	e.GuardTree(body)
	p.dialog = dialog.NewCustomWithoutButtons(lang.X("contactimport.title", "Contactpersonen inlezen"), body, e.win)
	p.showPlan()
	if !plan.OK() {
		p.tabs.Select(p.problemT) // what is wrong first
	}
	return p
}

func (p *importPreview) show() {
	size := p.win.Canvas().Size()
	p.dialog.Resize(fyne.NewSize(min(1400, size.Width-64), min(860, size.Height-64)))
	p.dialog.Show()
}

// planChoices are the choices for a new plan: a copy, so a plan made off
// the UI goroutine never reads a map the user is changing.
func (p *importPreview) planChoices() contacts.Choices {
	return contacts.Choices{Roles: maps.Clone(p.choices.Roles), SkipInvalid: p.choices.SkipInvalid}
}

// replan works out the plan for the changed mapping or choices: at once
// for a small file, off the UI goroutine for a large one.
func (p *importPreview) replan() {
	p.gen++
	gen, m, ch := p.gen, p.mapping.Clone(), p.planChoices()
	if len(p.file.Rows) <= asyncPlanRows {
		p.plan = contacts.NewPlanWith(p.file, m, p.idx, ch)
		p.showPlan()
		return
	}
	p.importB.Disable()
	p.skipB.Hide()
	p.status.Importance = widget.MediumImportance
	p.status.SetText(lang.X("contactimport.planning", "De regels worden opnieuw bekeken…"))
	go func() {
		plan := contacts.NewPlanWith(p.file, m, p.idx, ch)
		fyne.Do(func() {
			if gen == p.gen {
				p.plan = plan
				p.showPlan()
			}
		})
	}()
}

// keepUnmapped keeps every column without a field in the notes.
func (p *importPreview) keepUnmapped() {
	p.mapping = p.mapping.KeepUnmapped(p.file)
	p.setting = true
	for i, s := range p.selects {
		s.SetSelectedIndex(targetIndex(p.mapping[i]))
	}
	p.setting = false
	p.replan()
}

// rejectsPath is where the rows left out are saved: beside the file.
func (p *importPreview) rejectsPath() string { return contacts.RejectsName(p.path) }

// badRows counts the rows that cannot be imported; file is true when
// the file itself is wrong (then no row can be).
func badRows(pl *contacts.Plan) (n int, file bool) {
	lines := map[int]bool{}
	for _, pr := range pl.Problems {
		if pr.Line == 0 {
			file = true
		} else if !lines[pr.Line] {
			lines[pr.Line] = true
		}
	}
	for _, r := range pl.File.Problems {
		if r.Line > 0 {
			file = true // a row that could not be read at all
		}
	}
	return len(lines), file
}

// showPlan puts the plan on screen.
func (p *importPreview) showPlan() {
	pl := p.plan
	parts := []string{
		lang.X("contactimport.count.new", "{{.N}} nieuw", map[string]any{"N": pl.Creates}),
		lang.X("contactimport.count.update", "{{.N}} bijwerken", map[string]any{"N": pl.Updates}),
		lang.X("contactimport.count.same", "{{.N}} ongewijzigd", map[string]any{"N": pl.Unchanged}),
		lang.X("contactimport.count.skip", "{{.N}} overslaan", map[string]any{"N": pl.Skipped}),
	}
	if n := len(pl.NewOrganisations); n > 0 {
		parts = append(parts, lang.X("contactimport.count.orgs", "nieuwe organisaties: {{.N}}", map[string]any{"N": n}))
	}
	if pl.OrgUpdates > 0 {
		parts = append(parts, lang.X("contactimport.count.orgupdates", "organisaties bijwerken: {{.N}}", map[string]any{"N": pl.OrgUpdates}))
	}
	if pl.Duplicates > 0 {
		parts = append(parts, lang.X("contactimport.count.duplicates", "{{.N}} mogelijk dubbel", map[string]any{"N": pl.Duplicates}))
	}
	if pl.Warned > 0 {
		parts = append(parts, lang.X("contactimport.count.warned", "{{.N}} met een waarschuwing", map[string]any{"N": pl.Warned}))
	}
	if pl.Guessed > 0 {
		parts = append(parts, lang.X("contactimport.count.guessed", "rol afgeleid uit de functie: {{.N}}", map[string]any{"N": pl.Guessed}))
	}
	p.counts.SetText(strings.Join(parts, " · "))

	bad, fileBad := badRows(pl)
	good := pl.Creates + pl.Updates + pl.OrgUpdates + len(pl.NewOrganisations)
	p.skipB.Hide()
	switch {
	case !pl.OK() && !fileBad && good > 0:
		p.status.Importance = widget.DangerImportance
		p.status.SetText(lang.X("contactimport.status.skippable",
			"Regels die niet kunnen worden ingelezen: {{.N}} (zie Fouten). Verbeter het bestand en lees het opnieuw in, of lees alleen de goede regels in: de andere komen met de reden in {{.File}}, om te verbeteren en later in te lezen.",
			map[string]any{"N": bad, "File": filepath.Base(p.rejectsPath())}))
		p.skipB.SetText(lang.X("contactimport.skip", "Goede regels inlezen ({{.Good}}), andere overslaan ({{.Bad}})", map[string]any{"Good": len(pl.Rows) - bad - pl.Skipped, "Bad": bad}))
		p.skipB.Show()
	case !pl.OK():
		p.status.Importance = widget.DangerImportance
		p.status.SetText(lang.X("contactimport.status.problems",
			"Fouten: {{.N}}. Zolang het bestand fouten bevat, wordt niets ingelezen. Kies bij een kolom wat erin staat, of verbeter het bestand en lees het opnieuw in.",
			map[string]any{"N": len(pl.Problems)}))
	case len(pl.Rows) == 0:
		p.status.Importance = widget.MediumImportance
		p.status.SetText(lang.X("contactimport.status.empty", "Het bestand bevat geen contactpersonen."))
	case good == 0:
		p.status.Importance = widget.MediumImportance
		p.status.SetText(lang.X("contactimport.status.nothing", "Er is niets in te lezen: alle contactpersonen staan er al in."))
	case pl.Warned > 0:
		p.status.Importance = widget.WarningImportance
		p.status.SetText(lang.X("contactimport.status.warned", "Alle regels kunnen worden ingelezen. Regels waarin een waarde is hersteld of in de notities bewaard: {{.N}} (zie Waarschuwingen). Er verandert niets tot u op Importeren klikt.", map[string]any{"N": pl.Warned}))
	default:
		p.status.Importance = widget.SuccessImportance
		p.status.SetText(lang.X("contactimport.status.ready", "Alle regels zijn in orde. Er verandert niets tot u op Importeren klikt."))
	}

	p.showRows()
	var warns [][]kit.Cell
	for _, r := range pl.Rows {
		for _, w := range r.Warnings {
			warns = append(warns, []kit.Cell{kit.Plain(fmt.Sprint(r.Line)), {Text: say.Capitalise(say.Message(w)), Importance: widget.WarningImportance}})
		}
	}
	p.warnings.SetRows(warns)
	p.warnT.Text = lang.X("contactimport.tab.warnings", "Waarschuwingen ({{.N}})", map[string]any{"N": len(warns)})

	var probs [][]kit.Cell
	for _, pr := range pl.Problems {
		line := ""
		if pr.Line > 0 {
			line = fmt.Sprint(pr.Line)
		}
		probs = append(probs, []kit.Cell{{Text: line}, {Text: say.Capitalise(say.Problem(pr)), Importance: widget.DangerImportance}})
	}
	p.problems.SetRows(probs)
	p.problemT.Text = lang.X("contactimport.tab.problems", "Fouten ({{.N}})", map[string]any{"N": len(pl.Problems)})

	var unmapped [][]kit.Cell
	for _, c := range pl.Unmapped {
		unmapped = append(unmapped, []kit.Cell{kit.Plain(c.Name), kit.Plain(fmt.Sprint(c.Rows)), {Text: c.Example, Importance: widget.LowImportance}})
	}
	p.unmapped.SetRows(unmapped)
	p.unmapT.Text = lang.X("contactimport.tab.unmapped", "Niet ingelezen kolommen ({{.N}})", map[string]any{"N": len(pl.Unmapped)})
	if len(pl.Unmapped) == 0 {
		p.keepB.Disable()
	} else {
		p.keepB.Enable()
	}
	var names []string
	for _, c := range pl.NotNeeded {
		names = append(names, c.Name)
	}
	p.notNeed.SetText("")
	if len(names) > 0 {
		p.notNeed.SetText(lang.X("contactimport.notneeded", "Ook niet ingelezen, want niet nodig voor Ketenregie: {{.Columns}}", map[string]any{"Columns": strings.Join(names, ", ")}))
	}

	p.showRoles()
	var orgs [][]kit.Cell
	for _, o := range pl.NewOrganisations {
		var ls []string
		for _, l := range o.Lines {
			ls = append(ls, fmt.Sprint(l))
		}
		orgs = append(orgs, []kit.Cell{{Text: o.Name}, {Text: say.Choice(data.OrganisationTypes, o.Type)}, {Text: strings.Join(ls, ", ")}})
	}
	p.orgs.SetRows(orgs)
	p.orgT.Text = lang.X("contactimport.tab.organisations", "Nieuwe organisaties ({{.N}})", map[string]any{"N": len(pl.NewOrganisations)})
	p.tabs.Refresh()

	if pl.OK() && good > 0 {
		p.importB.Enable()
	} else {
		p.importB.Disable()
	}
}

// problemsText is a row's problems in the window's language, in one line.
func problemsText(problems []contacts.Problem) string {
	texts := make([]string, len(problems))
	for i, p := range problems {
		texts[i] = say.Problem(p)
	}
	return strings.Join(texts, "; ")
}

// showRows fills the Voorbeeld tab: the first rows as they will be stored.
func (p *importPreview) showRows() {
	var rows [][]kit.Cell
	for _, r := range p.plan.Rows {
		if len(rows) == previewRows {
			break
		}
		action, remark := actionText(r.Action), say.Message(r.Note)
		importance := widget.MediumImportance
		switch {
		case len(r.Problems) > 0:
			action, remark, importance = lang.X("contactimport.action.error", "fout"), problemsText(r.Problems), widget.DangerImportance
		case r.Kind == data.KindOrganisation:
			remark = lang.X("contactimport.companycard", "kaart van de organisatie zelf")
			if r.Action == contacts.Update {
				remark += "; " + lang.X("contactimport.changes", "wijzigt: {{.Fields}}", map[string]any{"Fields": fieldLabels(r.Changes)})
			}
		case r.Duplicate.Msg != "":
			remark, importance = lang.X("contactimport.duplicate", "Mogelijk dubbel: {{.Why}}", map[string]any{"Why": say.Message(r.Duplicate)}), widget.WarningImportance
		case r.Action == contacts.Update:
			remark = lang.X("contactimport.changes", "wijzigt: {{.Fields}}", map[string]any{"Fields": fieldLabels(r.Changes)})
		case r.Action == contacts.Skip || r.Action == contacts.Unchanged:
			importance = widget.LowImportance
		}
		if len(r.Warnings) > 0 && len(r.Problems) == 0 {
			warnings := make([]string, len(r.Warnings))
			for i, w := range r.Warnings {
				warnings[i] = say.Message(w)
			}
			remark = strings.TrimPrefix(remark+"; "+strings.Join(warnings, "; "), "; ")
			if importance == widget.MediumImportance {
				importance = widget.WarningImportance
			}
		}
		role := ""
		if code := r.Values[data.Contact.Role]; code != "" {
			role = say.Choice(data.ContactRoles, code)
			if r.RoleGuessed {
				role += " " + lang.X("contactimport.role.guessed", "(afgeleid)")
			}
		}
		rows = append(rows, []kit.Cell{
			kit.Plain(fmt.Sprint(r.Line)),
			{Text: action, Importance: importance},
			kit.Plain(r.Values[data.Contact.Name]),
			kit.Plain(r.Organisation),
			kit.Plain(r.Values[data.Contact.Function]),
			kit.Plain(role),
			kit.Plain(r.Values[data.Contact.Email]),
			kit.Plain(r.Values[data.Contact.Phone]),
			kit.Plain(p.municipalityNames(r.Values[data.Contact.MunicipalityIDs])),
			kit.Plain(strings.Join(strings.Fields(r.Values[data.Contact.Notes]), " ")),
			{Text: remark, Importance: importance},
		})
	}
	p.rows.SetRows(rows)
}

// municipalityNames names the municipalities of a row. The names are read
// once a preview: it lists up to 500 rows again at every change of a
// column's choice.
func (p *importPreview) municipalityNames(ids string) string {
	if ids == "" {
		return ""
	}
	if p.muniNames == nil {
		p.muniNames = map[string]string{}
		recs, err := p.store.List(p.ctx, data.KindMunicipality)
		if err != nil {
			fyne.LogError("read municipalities", err)
		}
		for _, r := range recs {
			p.muniNames[r.ID] = r.Get(data.Municipality.Name)
		}
	}
	var names []string
	for _, id := range strings.Split(ids, ",") {
		if n, ok := p.muniNames[id]; ok {
			names = append(names, n)
		}
	}
	return strings.Join(names, ", ")
}

// maxRoleTitles is how many job titles the Rollen tab lists, the most
// frequent first.
const maxRoleTitles = 200

// showRoles fills the Rollen tab: per job title the role its contacts get,
// to change.
func (p *importPreview) showRoles() {
	p.roles.RemoveAll()
	none := lang.X("contactimport.role.none", "(geen rol)")
	options := say.Choices(data.ContactRoles, none)
	for i, g := range p.plan.Roles {
		if i == maxRoleTitles {
			p.roles.Add(kit.Hint(lang.X("contactimport.roles.more", "en nog {{.N}} andere functies", map[string]any{"N": len(p.plan.Roles) - maxRoleTitles})))
			break
		}
		g := g
		sel := widget.NewSelect(options, nil)
		if g.Role == "" {
			sel.SetSelected(none)
		} else {
			sel.SetSelected(say.Choice(data.ContactRoles, g.Role))
		}
		sel.OnChanged = kit.Safe1(p.env, func(label string) {
			p.choices.Roles[contacts.RoleKey(g.Function)] = say.Code(data.ContactRoles, label)
			p.replan()
		})
		how := lang.X("contactimport.role.rows", "regels: {{.N}}", map[string]any{"N": g.Rows})
		if g.Guessed {
			how += ", " + lang.X("contactimport.role.guessedfrom", "rol afgeleid")
		}
		title := widget.NewLabelWithStyle(g.Function, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		title.Truncation = fyne.TextTruncateEllipsis
		p.roles.Add(container.NewBorder(nil, nil, nil, container.NewHBox(widget.NewLabel(how), container.New(&kit.MinWidth{Width: 260}, sel)), title))
	}
	p.roleT.Text = lang.X("contactimport.tab.roles", "Functies en rollen ({{.N}})", map[string]any{"N": len(p.plan.Roles)})
}

// apply imports the file with the chosen mapping and choices.
func (p *importPreview) apply() {
	if !p.plan.OK() {
		return
	}
	p.run(p.planChoices())
}

// applySkipping imports the rows that can be imported and saves the
// others, with the reason, beside the file.
func (p *importPreview) applySkipping() {
	ch := p.planChoices()
	ch.SkipInvalid = true
	p.run(ch)
}

// run imports the file off the UI goroutine, then reports what was done.
// Rows left out are saved first: without that list nothing is imported.
func (p *importPreview) run(ch contacts.Choices) {
	var done *contacts.Plan
	var rejects string
	f, m := p.file, p.mapping.Clone()
	p.dialog.Hide()
	p.Busy(lang.X("contactimport.busy.title", "Contactpersonen inlezen"),
		lang.X("contactimport.busy.text", "{{.Name}} wordt ingelezen…", map[string]any{"Name": p.name}),
		func() error {
			idx, err := contacts.LoadIndex(p.ctx, p.store)
			if err != nil {
				return err
			}
			done = contacts.NewPlanWith(f, m, idx, ch)
			if !done.OK() {
				return &contacts.RefusedError{Problems: done.Problems}
			}
			rejects = p.rejectsPath()
			err = done.WriteSkipping(p.ctx, p.store, rejects)
			if re, ok := errors.AsType[*contacts.RejectsError](err); ok {
				return fmt.Errorf("%s: %w", lang.X("contactimport.rejects.failed", "de regels die niet kunnen worden ingelezen, konden niet worden bewaard"), re.Err)
			}
			return err
		},
		func(err error) {
			if err != nil {
				var refused *contacts.RefusedError
				if errors.As(err, &refused) && done != nil {
					// The store changed since the preview: show why now.
					p.plan = done
					p.showPlan()
					p.dialog.Show()
					return
				}
				// The message names the row the store refused.
				dialog.ShowError(errors.New(lang.X("contactimport.failed", "Er is niets ingelezen. {{.Reason}}", map[string]any{"Reason": say.Error(err)})), p.win)
				return
			}
			p.RefreshOthers(nil)
			msg := lang.X("contactimport.done.text",
				"{{.Name}} is ingelezen.\n\nNieuwe contactpersonen: {{.New}}\nBijgewerkt: {{.Updated}}\nOngewijzigd: {{.Same}}\nOvergeslagen: {{.Skipped}}\nNieuwe organisaties: {{.Orgs}}",
				map[string]any{"Name": p.name, "New": done.Creates, "Updated": done.Updates, "Same": done.Unchanged, "Skipped": done.Skipped, "Orgs": len(done.NewOrganisations)})
			if done.Warned > 0 {
				msg += "\n\n" + lang.X("contactimport.done.warned", "Regels waarin een waarde is hersteld of in de notities bewaard: {{.N}}.", map[string]any{"N": done.Warned})
			}
			if done.Duplicates > 0 {
				msg += "\n\n" + lang.X("contactimport.done.duplicates", "Mogelijk dubbel: {{.N}}. Deze nieuwe contactpersonen hebben dezelfde naam en organisatie als iemand die er al was. Kijk ze na in Contacten.", map[string]any{"N": done.Duplicates})
			}
			if done.Rejected > 0 {
				msg += "\n\n" + lang.X("contactimport.done.rejected", "Regels niet ingelezen: {{.N}}. Ze staan met de reden in {{.File}}: verbeter ze daar en lees dat bestand in.", map[string]any{"N": done.Rejected, "File": rejects})
			}
			d := dialog.NewInformation(lang.X("contactimport.done.title", "Contactpersonen ingelezen"), msg, p.win)
			d.Show()
		})
}
