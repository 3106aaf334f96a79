package app

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ketenregie/data"
	"ketenregie/export/contacts"
)

// Contacts in and out: importing a contact list (Excel CSV, Outlook,
// vCard) through a preview that shows, before anything changes, how the
// columns are read and what each row will do; exporting the contacts as
// CSV or vCard, the dates to chase as an iCalendar file, and everything
// stored about one person for an access request (AVG).

// contactFolderKey remembers the folder of the last contact file read or written.
const contactFolderKey = "contacts.folder"

// previewRows is how many rows the preview table shows; the counts cover all.
const previewRows = 500

// maxSkippedShown is how many actions left out of the calendar the report names.
const maxSkippedShown = 8

// contactsDone is called when a contact file has been read, imported or
// written and the result is on screen; tests replace it to wait for that
// without touching widgets while the work finishes.
var contactsDone = func() {}

// asyncPlanRows: files with more rows are planned off the UI goroutine.
const asyncPlanRows = 2000

// importContacts asks for a contact file and shows the import preview.
func (e *env) importContacts() {
	d := dialog.NewFileOpen(safe2(e, func(r fyne.URIReadCloser, err error) {
		if err != nil {
			e.contactFileFailed(err)
			return
		}
		if r == nil {
			return // cancelled
		}
		defer r.Close()
		raw, err := io.ReadAll(io.LimitReader(r, contacts.MaxFileSize+1))
		if err != nil {
			e.contactFileFailed(err)
			return
		}
		path := r.URI().Path()
		rememberFolder(contactFolderKey, path)
		e.previewImport(filepath.Base(path), raw)
	}), e.win)
	d.SetTitleText(lang.X("contactimport.open.title", "Contactpersonen inlezen"))
	d.SetConfirmText(lang.X("contactimport.open.confirm", "Openen"))
	d.SetDismissText(lang.X("contactimport.cancel", "Annuleren"))
	d.SetFilter(storage.NewExtensionFileFilter([]string{".csv", ".txt", ".vcf", ".vcard"}))
	showFileDialog(d, contactFolderKey)
}

// previewImport reads the file and shows what importing it would do.
func (e *env) previewImport(name string, raw []byte) {
	var f *contacts.File
	var idx *contacts.Index
	var plan *contacts.Plan
	e.busy(lang.X("contactimport.reading.title", "Bestand lezen"),
		lang.X("contactimport.reading.text", "{{.Name}} wordt gelezen…", map[string]any{"Name": name}),
		func() error {
			var err error
			if f, err = contacts.Read(raw); err != nil {
				return err
			}
			if idx, err = contacts.LoadIndex(e.ctx, e.store); err != nil {
				return err
			}
			plan = contacts.NewPlan(f, contacts.GuessMapping(f), idx)
			return nil
		},
		func(err error) {
			defer contactsDone()
			if err != nil {
				e.contactFileFailed(err)
				return
			}
			newImportPreview(e, name, f, idx, plan).show()
		})
}

// contactFileFailed says a contact file could not be read.
func (e *env) contactFileFailed(err error) {
	msg := err.Error()
	if _, ok := data.AsError(err); ok {
		msg = errorText(err)
	}
	dialog.ShowError(errors.New(lang.X("contactimport.read.failed", "Het bestand kan niet worden ingelezen: {{.Reason}}", map[string]any{"Reason": msg})), e.win)
}

// importPreview is the dialog that shows a contact file before it is
// imported: how it was read, a select per column to say what it holds, the
// first rows and what each will do, the counts, and the rows that are wrong.
type importPreview struct {
	*env
	name    string
	file    *contacts.File
	idx     *contacts.Index
	plan    *contacts.Plan
	mapping contacts.Mapping
	gen     int // counts plans asked for, so a late result of an older mapping is dropped

	selects  []*widget.Select
	counts   *widget.Label
	status   *widget.Label
	rows     *tableView
	problems *tableView
	orgs     *tableView
	tabs     *container.AppTabs
	problemT *container.TabItem
	orgT     *container.TabItem
	importB  *widget.Button
	dialog   *dialog.CustomDialog
}

func newImportPreview(e *env, name string, f *contacts.File, idx *contacts.Index, plan *contacts.Plan) *importPreview {
	p := &importPreview{env: e, name: name, file: f, idx: idx, plan: plan, mapping: plan.Mapping.Clone()}

	info := widget.NewLabel(lang.X("contactimport.file", "{{.Name}}: {{.Format}}, {{.Rows}} regels",
		map[string]any{"Name": name, "Format": formatText(f), "Rows": len(f.Rows)}))
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
			container.New(&minWidth{width: 150}, head), container.New(&minWidth{width: 190}, s), example))
	}
	columnsTitle := subheading(lang.X("contactimport.columns", "Kolommen"))
	columnsHint := hint(lang.X("contactimport.columns.hint", "Kies per kolom wat erin staat."))
	left := container.NewBorder(container.NewVBox(columnsTitle, columnsHint), nil, nil, nil, container.NewVScroll(form))

	p.rows = newTableView([]column{
		{lang.X("contactimport.col.line", "Regel"), 56, 0},
		{lang.X("contactimport.col.action", "Actie"), 96, 0},
		{lang.X("contactimport.col.name", "Naam"), 140, 3},
		{lang.X("contactimport.col.organisation", "Organisatie"), 100, 2},
		{lang.X("contactimport.col.email", "E-mail"), 100, 2},
		{lang.X("contactimport.col.remark", "Opmerking"), 100, 2},
	})
	p.problems = newTableView([]column{
		{lang.X("contactimport.col.line", "Regel"), 60, 0},
		{lang.X("contactimport.col.problem", "Fout"), 300, 1},
	})
	p.orgs = newTableView([]column{
		{lang.X("contactimport.col.organisation", "Organisatie"), 200, 2},
		{lang.X("contactimport.col.type", "Soort"), 140, 1},
		{lang.X("contactimport.col.lines", "Regels"), 100, 1},
	})
	p.problemT = container.NewTabItem("", p.problems.Content())
	p.orgT = container.NewTabItem("", p.orgs.Content())
	p.tabs = container.NewAppTabs(
		container.NewTabItem(lang.X("contactimport.tab.rows", "Voorbeeld"), p.rows.Content()),
		p.problemT, p.orgT)

	split := container.NewHSplit(left, p.tabs)
	split.Offset = 0.4
	cancel := widget.NewButton(lang.X("contactimport.cancel", "Annuleren"), func() { p.dialog.Hide() })
	p.importB = widget.NewButtonWithIcon(lang.X("contactimport.import", "Importeren"), theme.DownloadIcon(), p.apply)
	p.importB.Importance = widget.HighImportance
	top := container.NewVBox(info, p.counts, p.status)
	bottom := container.NewHBox(layout.NewSpacer(), cancel, p.importB)
	body := container.NewBorder(top, bottom, nil, nil, split)
	e.guardTree(body)
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

// replan works out the plan for the changed mapping: at once for a small
// file, off the UI goroutine for a large one.
func (p *importPreview) replan() {
	p.gen++
	gen, m := p.gen, p.mapping.Clone()
	if len(p.file.Rows) <= asyncPlanRows {
		p.plan = contacts.NewPlan(p.file, m, p.idx)
		p.showPlan()
		return
	}
	p.importB.Disable()
	p.status.Importance = widget.MediumImportance
	p.status.SetText(lang.X("contactimport.planning", "De regels worden opnieuw bekeken…"))
	go func() {
		plan := contacts.NewPlan(p.file, m, p.idx)
		fyne.Do(func() {
			if gen == p.gen {
				p.plan = plan
				p.showPlan()
			}
		})
	}()
}

// showPlan puts the plan's counts, rows, problems and new organisations on
// screen.
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
	if pl.Duplicates > 0 {
		parts = append(parts, lang.X("contactimport.count.duplicates", "{{.N}} mogelijk dubbel", map[string]any{"N": pl.Duplicates}))
	}
	p.counts.SetText(strings.Join(parts, " · "))

	lines := map[int]bool{}
	for _, pr := range pl.Problems {
		if pr.Line > 0 {
			lines[pr.Line] = true
		}
	}
	switch {
	case !pl.OK():
		p.status.Importance = widget.DangerImportance
		p.status.SetText(lang.X("contactimport.status.problems",
			"Fouten: {{.N}}. Zolang het bestand fouten bevat, wordt niets ingelezen. Kies bij een kolom wat erin staat, of verbeter het bestand en lees het opnieuw in.",
			map[string]any{"N": len(pl.Problems)}))
	case len(pl.Rows) == 0:
		p.status.Importance = widget.MediumImportance
		p.status.SetText(lang.X("contactimport.status.empty", "Het bestand bevat geen contactpersonen."))
	case pl.Creates+pl.Updates == 0:
		p.status.Importance = widget.MediumImportance
		p.status.SetText(lang.X("contactimport.status.nothing", "Er is niets in te lezen: alle contactpersonen staan er al in."))
	default:
		p.status.Importance = widget.SuccessImportance
		p.status.SetText(lang.X("contactimport.status.ready", "Alle regels zijn in orde. Er verandert niets tot u op Importeren klikt."))
	}

	var rows [][]cell
	problemsOf := map[int][]string{}
	for _, pr := range pl.Problems {
		problemsOf[pr.Line] = append(problemsOf[pr.Line], pr.Msg)
	}
	for _, r := range pl.Rows {
		if len(rows) == previewRows {
			break
		}
		action, remark := actionText(r.Action), r.Note
		importance := widget.MediumImportance
		switch {
		case len(r.Problems) > 0:
			action, remark, importance = lang.X("contactimport.action.error", "fout"), strings.Join(r.Problems, "; "), widget.DangerImportance
		case r.Duplicate != "":
			remark, importance = lang.X("contactimport.duplicate", "Mogelijk dubbel: {{.Why}}", map[string]any{"Why": r.Duplicate}), widget.WarningImportance
		case r.Action == contacts.Update:
			remark = lang.X("contactimport.changes", "wijzigt: {{.Fields}}", map[string]any{"Fields": fieldLabels(r.Changes)})
		case r.Action == contacts.Skip || r.Action == contacts.Unchanged:
			importance = widget.LowImportance
		}
		rows = append(rows, []cell{
			{text: fmt.Sprint(r.Line)},
			{text: action, importance: importance},
			{text: r.Values["name"]},
			{text: r.Organisation},
			{text: r.Values["email"]},
			{text: remark, importance: importance},
		})
	}
	p.rows.setRows(rows)

	var probs [][]cell
	for _, pr := range pl.Problems {
		line := ""
		if pr.Line > 0 {
			line = fmt.Sprint(pr.Line)
		}
		probs = append(probs, []cell{{text: line}, {text: capitalise(pr.Msg), importance: widget.DangerImportance}})
	}
	p.problems.setRows(probs)
	p.problemT.Text = lang.X("contactimport.tab.problems", "Fouten ({{.N}})", map[string]any{"N": len(pl.Problems)})

	var orgs [][]cell
	for _, o := range pl.NewOrganisations {
		var ls []string
		for _, l := range o.Lines {
			ls = append(ls, fmt.Sprint(l))
		}
		orgs = append(orgs, []cell{{text: o.Name}, {text: data.ChoiceLabel(data.OrganisationTypes, o.Type)}, {text: strings.Join(ls, ", ")}})
	}
	p.orgs.setRows(orgs)
	p.orgT.Text = lang.X("contactimport.tab.organisations", "Nieuwe organisaties ({{.N}})", map[string]any{"N": len(pl.NewOrganisations)})
	p.tabs.Refresh()

	if pl.OK() && pl.Creates+pl.Updates > 0 {
		p.importB.Enable()
	} else {
		p.importB.Disable()
	}
}

// apply imports the file with the chosen mapping, off the UI goroutine,
// then reports what was done.
func (p *importPreview) apply() {
	if !p.plan.OK() {
		return
	}
	var done *contacts.Plan
	f, m := p.file, p.mapping.Clone()
	p.dialog.Hide()
	p.busy(lang.X("contactimport.busy.title", "Contactpersonen inlezen"),
		lang.X("contactimport.busy.text", "{{.Name}} wordt ingelezen…", map[string]any{"Name": p.name}),
		func() error {
			var err error
			done, err = contacts.Apply(p.ctx, p.store, f, m)
			return err
		},
		func(err error) {
			defer contactsDone()
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
				dialog.ShowError(errors.New(lang.X("contactimport.failed", "Er is niets ingelezen. {{.Reason}}", map[string]any{"Reason": capitalise(err.Error())})), p.win)
				return
			}
			p.refreshOthers(nil)
			msg := lang.X("contactimport.done.text",
				"{{.Name}} is ingelezen.\n\nNieuwe contactpersonen: {{.New}}\nBijgewerkt: {{.Updated}}\nOngewijzigd: {{.Same}}\nOvergeslagen: {{.Skipped}}\nNieuwe organisaties: {{.Orgs}}",
				map[string]any{"Name": p.name, "New": done.Creates, "Updated": done.Updates, "Same": done.Unchanged, "Skipped": done.Skipped, "Orgs": len(done.NewOrganisations)})
			if done.Duplicates > 0 {
				msg += "\n\n" + lang.X("contactimport.done.duplicates", "Mogelijk dubbel: {{.N}}. Deze nieuwe contactpersonen hebben dezelfde naam en organisatie als iemand die er al was. Kijk ze na in Contacten.", map[string]any{"N": done.Duplicates})
			}
			d := dialog.NewInformation(lang.X("contactimport.done.title", "Contactpersonen ingelezen"), msg, p.win)
			d.Show()
		})
}

// formatText says how the file was read: "CSV-bestand, Windows-1252,
// gescheiden door puntkomma's (Outlook-export)".
func formatText(f *contacts.File) string {
	if f.Format == contacts.FormatVCard {
		return lang.X("contactimport.format.vcard", "vCard-bestand, {{.Encoding}}", map[string]any{"Encoding": f.Encoding})
	}
	sep := string(f.Separator)
	switch f.Separator {
	case ';':
		sep = lang.X("contactimport.separator.semicolon", "puntkomma's")
	case ',':
		sep = lang.X("contactimport.separator.comma", "komma's")
	case '\t':
		sep = lang.X("contactimport.separator.tab", "tabs")
	}
	s := lang.X("contactimport.format.csv", "CSV-bestand, {{.Encoding}}, gescheiden door {{.Separator}}", map[string]any{"Encoding": f.Encoding, "Separator": sep})
	if f.Outlook {
		s += " " + lang.X("contactimport.format.outlook", "(Outlook-export)")
	}
	return s
}

// targetText is what a column select shows for a target.
func targetText(t contacts.Target) string {
	switch t {
	case contacts.Name:
		return lang.X("contactimport.target.name", "Naam")
	case contacts.FirstName:
		return lang.X("contactimport.target.first", "Voornaam")
	case contacts.MiddleName:
		return lang.X("contactimport.target.middle", "Tussenvoegsel")
	case contacts.LastName:
		return lang.X("contactimport.target.last", "Achternaam")
	case contacts.Organisation:
		return lang.X("contactimport.target.organisation", "Organisatie")
	case contacts.OrganisationType:
		return lang.X("contactimport.target.orgtype", "Soort organisatie")
	case contacts.Role:
		return lang.X("contactimport.target.role", "Rol")
	case contacts.Email:
		return lang.X("contactimport.target.email", "E-mail")
	case contacts.Phone:
		return lang.X("contactimport.target.phone", "Telefoon (werk)")
	case contacts.Mobile:
		return lang.X("contactimport.target.mobile", "Mobiel")
	case contacts.Municipalities:
		return lang.X("contactimport.target.municipalities", "Gemeenten")
	case contacts.Notes:
		return lang.X("contactimport.target.notes", "Notities")
	case contacts.Reviewed:
		return lang.X("contactimport.target.reviewed", "Laatst gecontroleerd")
	}
	return lang.X("contactimport.target.ignore", "Niet inlezen")
}

func targetIndex(t contacts.Target) int {
	for i, x := range contacts.Targets {
		if x == t {
			return i
		}
	}
	return 0
}

func actionText(a contacts.Action) string {
	switch a {
	case contacts.Create:
		return lang.X("contactimport.action.create", "nieuw")
	case contacts.Update:
		return lang.X("contactimport.action.update", "bijwerken")
	case contacts.Unchanged:
		return lang.X("contactimport.action.same", "ongewijzigd")
	}
	return lang.X("contactimport.action.skip", "overslaan")
}

// fieldLabels names the changed fields of a contact, in form order.
func fieldLabels(changes map[string]string) string {
	k := data.KindNamed("contact")
	var out []string
	for _, f := range k.Fields {
		if _, ok := changes[f.Name]; ok {
			out = append(out, f.Label)
		}
	}
	return strings.Join(out, ", ")
}

// exampleValue is the first value in a column, to recognise what it holds.
func exampleValue(f *contacts.File, col int) string {
	for _, r := range f.Rows {
		if v := strings.TrimSpace(r.Cell(col)); v != "" {
			return strings.Join(strings.Fields(v), " ")
		}
	}
	return ""
}

// notesWarning is the warning to show under a contact's notes when they
// look like case data (a BSN, a date of birth), or "" when they do not.
func (e *env) notesWarning(notes string) string {
	c := contacts.CheckCaseData(notes, e.store.Now())
	var found []string
	if c.BSN != "" {
		found = append(found, lang.X("contactimport.casedata.bsn", "een nummer dat een BSN kan zijn ({{.Value}})", map[string]any{"Value": c.BSN}))
	}
	if c.Birth != "" {
		found = append(found, lang.X("contactimport.casedata.birth", "een geboortedatum ({{.Value}})", map[string]any{"Value": c.Birth}))
	}
	if len(found) == 0 {
		return ""
	}
	return lang.X("contactimport.casedata.warning",
		"Let op: deze notities lijken gegevens over een persoon of zaak te bevatten: {{.Found}}. Gegevens over slachtoffers, verdachten of zaken horen niet in Ketenregie, maar in het systeem van het Zorg- en Veiligheidshuis, het RIEC of de politie. Bewaar hier alleen werkgegevens van professionals.",
		map[string]any{"Found": strings.Join(found, lang.X("contactimport.casedata.and", " en "))})
}

// privacyTitle and privacyStatement are the privacy statement that
// Instellingen shows: what Ketenregie stores, why, what does not belong in
// it, how long, and the rights of the people it names.
func privacyTitle() string { return lang.X("privacy.title", "Privacyverklaring") }

func privacyStatement() string {
	return lang.X("privacy.statement", "Wat wordt vastgelegd\nKetenregie bevat werkcontactgegevens van professionals (naam, organisatie, rol, e-mailadres en telefoonnummer op het werk, de gemeenten waarvoor iemand werkt), ketenafspraken, beleidsplannen en zelfevaluaties van gemeenten. De gegevens staan in een database op deze computer en worden alleen gedeeld met collega-coördinatoren die uw uitwisselbestanden inlezen.\n\nWaarom\nDe gemeente verwerkt deze gegevens voor haar publieke taak: de aanpak van mensenhandel (AVG artikel 6 lid 1 sub e).\n\nWat er niet in hoort\nGegevens over slachtoffers, verdachten of zaken horen niet in Ketenregie. Die staan in de systemen van het Zorg- en Veiligheidshuis, het RIEC, de zorgcoördinatie en de politie, die daarvoor een wettelijke grondslag en waarborgen hebben. Beleidsplannen bevatten alleen geanonimiseerde, opgetelde cijfers.\n\nHoe lang\nControleer elke contactpersoon ten minste eens per twaalf maanden: is het nog juist en nog nodig? Het Overzicht toont wie langer dan twaalf maanden niet is gecontroleerd. Wat niet meer nodig is, verwijdert u.\n\nRechten van de betrokkene\nIedereen die in Ketenregie staat, mag weten welke gegevens over hem of haar zijn vastgelegd (Contacten, Gegevens van deze persoon), mag ze laten verbeteren, en mag vragen ze te wissen (Contacten, Vergeet deze persoon: de gegevens verdwijnen ook uit de geschiedenis en bij collega's die uw bestanden inlezen). Reservekopieën van vóór het wissen (Instellingen, de laatste tien) bevatten de gegevens nog tot ze door nieuwere kopieën worden vervangen.")
}
