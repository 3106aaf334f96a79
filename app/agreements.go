package app

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ketenregie/app/kit"
	"ketenregie/app/say"
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
	*recordScreen

	fStatus      *choiceSelect
	fType        *choiceSelect
	fMunicipal   *choiceSelect
	fDue         *choiceSelect
	pdfButton    *widget.Button
	all          []data.Record     // every agreement, for "vervangt" and "vervangen door"
	orgs         []data.Record     // every organisation, in Dutch order
	orgName      map[string]string // organisation id -> name
	region       region
	agreementOpt []string // ids offered by "vervangt", for tests

	title      *kit.TextEntry
	typ        *choiceSelect
	status     *choiceSelect
	level      *choiceSelect
	owner      *choiceSelect
	signed     *kit.TextEntry
	start      *kit.TextEntry
	end        *kit.TextEntry
	evaluation *kit.TextEntry
	legalBasis *kit.TextEntry
	personal   *widget.Check
	reference  *kit.TextEntry
	replaces   *choiceSelect
	replacedBy *fyne.Container // links to the agreements that replace this one
	replacedL  *widget.Label
	munis      *municipalityChecks
	parties    *partyList
	notes      *kit.TextEntry

	content fyne.CanvasObject
}

func newAgreementsScreen(e *env) *agreementsScreen {
	a := &agreementsScreen{env: e}
	a.recordScreen = newRecordScreen(e, a, data.KindAgreement, lang.X("agreements.search", "Zoeken in titel, kenmerk en notities…"))
	a.spec = recordSpec{
		kind:    data.KindAgreement,
		load:    a.loadRecord,
		fields:  a.fields,
		list:    a.runFilter,
		choices: a.loadChoices,
		showAll: func() {
			a.search.SetText("")
			for _, s := range []*choiceSelect{a.fStatus, a.fType, a.fMunicipal, a.fDue} {
				s.choose("")
			}
		},
		first: func() fyne.Focusable { return a.title },
		write: func(t *data.Tx, id string) error { return a.parties.save(t, id) },
		take:  func(data.Record) { a.takeStored() },
		owner: func(kind, id string) (string, bool) {
			if kind != data.KindParty {
				return "", false
			}
			p, err := a.store.Get(a.ctx, data.KindParty, id)
			if err != nil {
				a.ShowError(err)
				return "", false
			}
			return p.Get(data.Party.AgreementID), true
		},
		deleteTitle: lang.X("agreements.delete.title", "Ketenafspraak verwijderen"),
		deleteQuestion: func(title string) string {
			return lang.X("agreements.delete.question", "Weet u zeker dat u de ketenafspraak {{.Title}} wilt verwijderen? De partijen worden mee verwijderd.",
				map[string]any{"Title": title})
		},
		inUseTitle: lang.X("agreements.delete.inuse.title", "Ketenafspraak is nog in gebruik"),
		inUseHint:  lang.X("agreements.delete.inuse.hint", "Een andere ketenafspraak zegt deze te vervangen (zie Vervangen door). Kies daar bij Vervangt eerst een andere ketenafspraak of (geen); daarna kunt u deze verwijderen."),
	}
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
	a.pdfButton = widget.NewButtonWithIcon(lang.X("agreements.pdf", "PDF-overzicht"), theme.DocumentPrintIcon(), a.makePDF)
	e.Guard(a.fStatus.Select, a.fType.Select, a.fMunicipal.Select, a.fDue.Select, a.pdfButton)

	a.buildForm()

	filters := container.NewGridWithColumns(2, a.fStatus.Select, a.fType.Select, a.fMunicipal.Select, a.fDue.Select)
	top := container.NewVBox(container.NewBorder(nil, nil, nil, a.pdfButton, a.search), filters, a.count)
	left := container.NewBorder(top, nil, nil, nil, a.view.list)
	split := container.NewHSplit(left, container.NewPadded(a.form.Panel))
	split.Offset = 0.4
	a.content = split
	a.begin()
	return a
}

// Content is the screen's widget tree.
func (a *agreementsScreen) Content() fyne.CanvasObject { return a.content }

// takeStored takes a colleague's change of the agreement being edited
// into the form, as formState.takeStored does for its fields. The parties
// are records of their own, saved with the agreement as the changes made
// to them in the form: the stored parties replace those in the form when
// the user left the parties alone; otherwise the user's stay, and saving
// writes only the user's changes of parties, so a colleague's change of
// another party stays too.
func (a *agreementsScreen) takeStored() {
	id := a.form.id
	rec, err := a.store.Get(a.ctx, data.KindAgreement, id)
	if err != nil {
		return // deleted elsewhere: the form keeps what was typed
	}
	parties, err := a.store.ListWhere(a.ctx, data.KindParty, data.Party.AgreementID, id)
	if err != nil {
		fyne.LogError("list parties", err)
		return
	}
	_, ownParties := a.form.ChangedFields(a.state())[partiesKey]
	rows, loaded := a.parties.rows, a.parties.loaded
	if a.form.TakeStored(a.env, withParties(rec, parties), func(r data.Record) { a.load(r, parties) }) && ownParties {
		a.parties.rows, a.parties.loaded = rows, loaded
		a.parties.show()
		a.form.Changed()
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
	rows := make([][]kit.Cell, len(recs))
	for i, r := range recs {
		status := r.Get(data.Agreement.Status)
		eval := dueCell(r.Get(data.Agreement.EvaluationDate), status, now, soon)
		if eval.Importance == widget.DangerImportance {
			late++
		}
		if eval.Text != "" {
			eval.Text = lang.X("agreements.row.evaluation", "evaluatie {{.Date}}", map[string]any{"Date": eval.Text})
		}
		end := dueCell(r.Get(data.Agreement.EndDate), status, now, soon)
		if end.Importance == widget.MediumImportance {
			end.Text = "" // an end date far off is in the form, not in the list
		} else {
			end.Text = lang.X("agreements.row.end", "einde {{.Date}}", map[string]any{"Date": end.Text})
		}
		ids[i] = r.ID
		rows[i] = []kit.Cell{kit.Plain(r.Get(data.Agreement.Title)), kit.Plain(say.Choice(data.AgreementStatuses, status)), eval, end}
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
	if a.orgs, err = a.store.List(a.ctx, data.KindOrganisation); err != nil {
		fyne.LogError("list organisations", err)
	}
	var orgIDs, orgLabels []string
	orgIDs, orgLabels, a.orgName = orgOptions(a.orgs)
	a.owner.setOptions(orgIDs, orgLabels)

	if a.all, err = a.store.List(a.ctx, data.KindAgreement); err != nil {
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
			labels = append(labels, r.Get(data.Agreement.Title))
		}
	}
	a.agreementOpt = ids
	a.replaces.setOptions(ids, labels)
}

// loadRecord fills the form with agreement rec and its parties as
// stored; an empty Record is a new agreement.
func (a *agreementsScreen) loadRecord(rec data.Record) {
	var parties []data.Record
	if rec.ID != "" {
		var err error
		if parties, err = a.store.ListWhere(a.ctx, data.KindParty, data.Party.AgreementID, rec.ID); err != nil {
			a.ShowError(err)
		}
	}
	a.load(rec, parties)
}

// orgOptions are organisations as a choice offers them: their ids, their
// labels (the name, with the type after it when two share a name), and
// each one's name by id.
func orgOptions(orgs []data.Record) (ids, labels []string, name map[string]string) {
	count := map[string]int{}
	name = make(map[string]string, len(orgs))
	for _, o := range orgs {
		name[o.ID] = o.Get(data.Organisation.Name)
		count[o.Get(data.Organisation.Name)]++
	}
	ids, labels = make([]string, len(orgs)), make([]string, len(orgs))
	for i, o := range orgs {
		ids[i], labels[i] = o.ID, o.Get(data.Organisation.Name)
		if count[labels[i]] > 1 { // two organisations of the same name: tell them apart
			labels[i] += " (" + say.Choice(data.OrganisationTypes, o.Get(data.Organisation.Type)) + ")"
		}
	}
	return ids, labels, name
}
