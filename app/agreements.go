package app

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ketenregie/data"
)

// dueChoices are the "evaluatie binnen" filter's periods, in days.
var dueChoices = []int{30, 60, 90, 180}

// agreementsScreen is the Ketenafspraken screen: the agreements that pass
// the filters on the left, with their status and evaluation date marked
// when overdue or due soon; the form of the selected agreement, with its
// parties and municipalities, on the right.
type agreementsScreen struct {
	*env

	search       *textEntry
	fStatus      *choiceSelect
	fType        *choiceSelect
	fMunicipal   *choiceSelect
	fDue         *choiceSelect
	count        *widget.Label
	view         *recordList
	pdfButton    *widget.Button
	all          []data.Record     // every agreement, for "vervangt" and "vervangen door"
	orgs         []data.Record     // every organisation, in Dutch order
	orgName      map[string]string // organisation id -> name
	region       region
	agreementOpt []string // ids offered by "vervangt", for tests

	form       *recordForm
	title      *textEntry
	typ        *choiceSelect
	status     *choiceSelect
	level      *choiceSelect
	owner      *choiceSelect
	signed     *textEntry
	start      *textEntry
	end        *textEntry
	evaluation *textEntry
	legalBasis *textEntry
	personal   *widget.Check
	reference  *textEntry
	replaces   *choiceSelect
	replacedBy *fyne.Container // links to the agreements that replace this one
	replacedL  *widget.Label
	munis      *municipalityChecks
	parties    *partyList
	notes      *textEntry

	content fyne.CanvasObject
}

func newAgreementsScreen(e *env) *agreementsScreen {
	a := &agreementsScreen{env: e}

	a.search = newTextEntry(a.shortcut)
	a.search.SetPlaceHolder(lang.X("agreements.search", "Zoeken in titel, kenmerk en notities…"))
	a.search.OnChanged = func(string) { a.runFilter() }
	a.fStatus = newChoiceSelect(lang.X("agreements.filter.status.all", "Alle statussen"), a.runFilter)
	a.fStatus.setChoices(data.AgreementStatuses)
	a.fType = newChoiceSelect(lang.X("agreements.filter.type.all", "Alle soorten"), a.runFilter)
	a.fType.setChoices(data.AgreementTypes)
	a.fMunicipal = newChoiceSelect(lang.X("agreements.filter.municipality.all", "Alle gemeenten"), a.runFilter)
	a.fDue = newChoiceSelect(lang.X("agreements.filter.due.all", "Alle evaluatiedata"), a.runFilter)
	var dueIDs, dueLabels []string
	for _, d := range dueChoices {
		dueIDs = append(dueIDs, strconv.Itoa(d))
		dueLabels = append(dueLabels, lang.X("agreements.filter.due", "Evaluatie binnen {{.Days}} dagen", map[string]any{"Days": d}))
	}
	a.fDue.setOptions(dueIDs, dueLabels)
	for _, s := range []*choiceSelect{a.fStatus, a.fType, a.fMunicipal, a.fDue} {
		s.choose("")
	}
	a.count = widget.NewLabel("")
	a.count.Truncation = fyne.TextTruncateEllipsis
	a.view = newRecordList(a.env, a.selected)
	a.pdfButton = widget.NewButtonWithIcon(lang.X("agreements.pdf", "PDF-overzicht"), theme.DocumentPrintIcon(), a.makePDF)
	e.guard(a.search, a.fStatus.Select, a.fType.Select, a.fMunicipal.Select, a.fDue.Select, a.pdfButton)

	a.buildForm()

	filters := container.NewGridWithColumns(2, a.fStatus.Select, a.fType.Select, a.fMunicipal.Select, a.fDue.Select)
	top := container.NewVBox(container.NewBorder(nil, nil, nil, a.pdfButton, a.search), filters, a.count)
	left := container.NewBorder(top, nil, nil, nil, a.view.list)
	split := container.NewHSplit(left, container.NewPadded(a.form.panel))
	split.Offset = 0.4
	a.content = split

	a.loadChoices()
	a.runFilter()
	a.load(data.Record{}, nil)
	return a
}

// Content is the screen's widget tree.
func (a *agreementsScreen) Content() fyne.CanvasObject { return a.content }

// Refresh rereads the choices and the list; an edit in progress stays in
// the form and takes in a colleague's change of what the user left alone,
// otherwise the form shows the agreement as stored now.
func (a *agreementsScreen) Refresh() {
	a.loadChoices()
	a.runFilter()
	if a.form.dirty() {
		if a.form.id != "" {
			a.takeStored()
		}
		return
	}
	a.reopen()
}

// takeStored takes a colleague's change of the agreement being edited
// into the form, as formState.takeStored does for its fields. The parties
// are records of their own, saved with the agreement as the changes made
// to them in the form: the stored parties replace those in the form when
// the user left the parties alone; otherwise the user's stay, and saving
// writes only the user's changes of parties, so a colleague's change of
// another party stays too.
func (a *agreementsScreen) takeStored() {
	id := a.form.id
	rec, err := a.store.Get(a.ctx, "agreement", id)
	if err != nil {
		return // deleted elsewhere: the form keeps what was typed
	}
	parties, err := a.store.ListWhere(a.ctx, "party", "agreement_id", id)
	if err != nil {
		fyne.LogError("list parties", err)
		return
	}
	_, ownParties := a.form.changedFields(a.state())[partiesKey]
	rows, loaded := a.parties.rows, a.parties.loaded
	if a.form.takeStored(a.env, withParties(rec, parties), func(r data.Record) { a.load(r, parties) }) && ownParties {
		a.parties.rows, a.parties.loaded = rows, loaded
		a.parties.show()
		a.form.changed()
	}
}

// reopen reloads the agreement in the form from the store, or empties the
// form when it is gone.
func (a *agreementsScreen) reopen() {
	if a.form.id == "" {
		a.load(data.Record{}, nil)
		return
	}
	if err := a.open(a.form.id); err != nil {
		a.load(data.Record{}, nil)
	}
}

// filter is what the list shows: the filters and the search field. The
// printed overview prints the same.
func (a *agreementsScreen) filter() data.AgreementFilter {
	days, _ := strconv.Atoi(a.fDue.chosen())
	return data.AgreementFilter{
		Status:         a.fStatus.chosen(),
		Type:           a.fType.chosen(),
		MunicipalityID: a.fMunicipal.chosen(),
		DueWithinDays:  days,
		Query:          a.search.Text,
	}
}

// runFilter shows the agreements that pass the filter.
func (a *agreementsScreen) runFilter() {
	if a.view == nil {
		return // still being built
	}
	recs, err := a.store.Agreements(a.ctx, a.filter())
	if err != nil {
		fyne.LogError("list agreements", err)
	}
	now, soon := today(a.store)
	late := 0
	ids := make([]string, len(recs))
	rows := make([][]cell, len(recs))
	for i, r := range recs {
		status := r.Get("status")
		eval := dueCell(r.Get("evaluation_date"), status, now, soon)
		if eval.importance == widget.DangerImportance {
			late++
		}
		if eval.text != "" {
			eval.text = lang.X("agreements.row.evaluation", "evaluatie {{.Date}}", map[string]any{"Date": eval.text})
		}
		end := dueCell(r.Get("end_date"), status, now, soon)
		if end.importance == widget.MediumImportance {
			end.text = "" // an end date far off is in the form, not in the list
		} else {
			end.text = lang.X("agreements.row.end", "einde {{.Date}}", map[string]any{"Date": end.text})
		}
		ids[i] = r.ID
		rows[i] = []cell{plain(r.Get("title")), plain(choiceLabel(data.AgreementStatuses, status)), eval, end}
	}
	a.view.setRows(ids, rows)

	text := ""
	switch {
	case len(recs) == 0:
		text = lang.X("agreements.count.none", "Geen ketenafspraken gevonden")
	case a.filter() != data.AgreementFilter{}:
		text = lang.X("agreements.count.filtered", "{{.Count}} van de {{.Total}} ketenafspraken",
			map[string]any{"Count": len(recs), "Total": len(a.all)})
	case len(recs) == 1:
		text = lang.X("agreements.count.one", "1 ketenafspraak")
	default:
		text = lang.X("agreements.count", "{{.Count}} ketenafspraken", map[string]any{"Count": len(recs)})
	}
	if late > 0 {
		text += " · " + lang.X("agreements.count.late", "{{.Late}} met evaluatie te laat", map[string]any{"Late": late})
	}
	a.count.SetText(text)
}

// loadChoices reads what the filters and the form offer: municipalities,
// organisations and the other agreements.
func (a *agreementsScreen) loadChoices() {
	a.region = loadRegion(a.env)
	ids := append(append([]string{}, a.region.own...), a.region.more...)
	a.fMunicipal.setOptions(ids, a.region.names(ids))
	a.munis.setRegion(a.region)

	var err error
	if a.orgs, err = a.store.List(a.ctx, "organisation"); err != nil {
		fyne.LogError("list organisations", err)
	}
	a.orgName = map[string]string{}
	count := map[string]int{}
	for _, o := range a.orgs {
		a.orgName[o.ID] = o.Get("name")
		count[o.Get("name")]++
	}
	orgIDs, orgLabels := make([]string, len(a.orgs)), make([]string, len(a.orgs))
	for i, o := range a.orgs {
		orgIDs[i], orgLabels[i] = o.ID, o.Get("name")
		if count[o.Get("name")] > 1 { // two organisations of the same name: tell them apart
			orgLabels[i] += " (" + choiceLabel(data.OrganisationTypes, o.Get("type")) + ")"
		}
	}
	a.owner.setOptions(orgIDs, orgLabels)

	if a.all, err = a.store.List(a.ctx, "agreement"); err != nil {
		fyne.LogError("list agreements", err)
	}
	a.fillReplaces()
}

// fillReplaces offers every other agreement as the one this one replaces.
func (a *agreementsScreen) fillReplaces() {
	var ids, labels []string
	for _, r := range a.all {
		if r.ID != a.form.id {
			ids = append(ids, r.ID)
			labels = append(labels, r.Get("title"))
		}
	}
	a.agreementOpt = ids
	a.replaces.setOptions(ids, labels)
}

// selected is the user choosing an agreement in the list.
func (a *agreementsScreen) selected(id string) {
	if id == a.form.id {
		return
	}
	a.form.whenDiscarded(func() {
		if err := a.open(id); err != nil {
			a.showError(err)
		}
	}, func() { a.view.selectID(a.form.id) })
}

// open loads agreement id with its parties into the form.
func (a *agreementsScreen) open(id string) error {
	rec, err := a.store.Get(a.ctx, "agreement", id)
	if err != nil {
		return err
	}
	parties, err := a.store.ListWhere(a.ctx, "party", "agreement_id", id)
	if err != nil {
		return err
	}
	a.load(rec, parties)
	return nil
}

// newAgreement empties the form for a new agreement.
func (a *agreementsScreen) newAgreement() {
	a.form.whenDiscarded(func() {
		a.load(data.Record{}, nil)
		a.win.Canvas().Focus(a.title)
	}, nil)
}

// shortcut handles Ctrl+F (search), Ctrl+N (new) and Ctrl+S (save), Cmd
// on macOS, and Escape (give up the edits in the form, after asking).
func (a *agreementsScreen) shortcut(key fyne.KeyName) bool {
	switch key {
	case fyne.KeyF:
		a.win.Canvas().Focus(a.search)
	case fyne.KeyN:
		a.newAgreement()
	case fyne.KeyS:
		a.save()
	case fyne.KeyEscape:
		if !a.form.dirty() {
			return false
		}
		a.form.whenDiscarded(a.reopen, nil)
	default:
		return false
	}
	return true
}

// confirmDelete asks whether to delete the agreement in the form.
func (a *agreementsScreen) confirmDelete() {
	if a.form.id == "" {
		return
	}
	id, title := a.form.id, a.form.title
	if err := deleteRefused(a.env, "agreement", id); err != nil {
		a.refuseDelete(err)
		return
	}
	msg := lang.X("agreements.delete.question", "Weet u zeker dat u de ketenafspraak {{.Title}} wilt verwijderen? De partijen worden mee verwijderd.",
		map[string]any{"Title": title})
	a.ask(lang.X("agreements.delete.title", "Ketenafspraak verwijderen"), msg,
		lang.X("form.delete", "Verwijderen"), lang.X("form.cancel", "Annuleren"),
		func() { a.delete(id, title) }, nil)
}

// refuseDelete says why the store will not delete the agreement, and what
// to do about it.
func (a *agreementsScreen) refuseDelete(err error) {
	a.form.refuseDelete(lang.X("agreements.delete.inuse.title", "Ketenafspraak is nog in gebruik"),
		lang.X("agreements.delete.inuse.hint", "Een andere ketenafspraak zegt deze te vervangen (zie Vervangen door). Kies daar bij Vervangt eerst een andere ketenafspraak of (geen); daarna kunt u deze verwijderen."),
		err)
}

func (a *agreementsScreen) delete(id, title string) {
	if err := a.store.Delete(a.ctx, "agreement", id); err != nil {
		a.refuseDelete(err)
		return
	}
	a.load(data.Record{}, nil)
	a.loadChoices()
	a.runFilter()
	a.refreshOthers(a)
	a.deleted(title, "agreement", id)
}

// Dirty reports unsaved edits in the form.
func (a *agreementsScreen) Dirty() bool { return a.form.dirty() }

// WhenDiscarded runs then once the form's edits are saved or given up.
func (a *agreementsScreen) WhenDiscarded(then, cancel func()) { a.form.whenDiscarded(then, cancel) }

// Shortcut handles the window's shortcut keys for this screen.
func (a *agreementsScreen) Shortcut(key fyne.KeyName) bool { return a.shortcut(key) }

// OpenRecord shows an agreement, or the agreement a party belongs to.
func (a *agreementsScreen) OpenRecord(kind, id string) {
	switch kind {
	case "agreement":
	case "party":
		p, err := a.store.Get(a.ctx, "party", id)
		if err != nil {
			a.showError(err)
			return
		}
		id = p.Get("agreement_id")
	default:
		return
	}
	if id == a.form.id {
		return
	}
	a.form.whenDiscarded(func() {
		if err := a.open(id); err != nil {
			a.showError(err)
		}
	}, nil)
}
