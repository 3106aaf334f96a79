package app

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"ketenregie/app/kit"
	"ketenregie/app/say"
	"ketenregie/data"
)

// periodUpcoming is the period filter's choice of the activities that are
// still to come or running today.
const periodUpcoming = "upcoming"

// activitiesScreen is the Activiteiten screen: the trainings, awareness
// work and meetings through which the approach is carried out, filtered on
// the left, newest first; the form of the chosen one on the right.
type activitiesScreen struct {
	*env
	*recordScreen

	fType      *choiceSelect
	fTarget    *choiceSelect
	fMunicipal *choiceSelect
	fPeriod    *choiceSelect
	fStatus    *choiceSelect

	region      region
	orgName     map[string]string // organisation id -> name
	contactOf   map[string]string // contact id -> label in the form
	actionOf    map[string]string // action id -> "plan — action"
	actionTheme map[string]string // action id -> its theme code

	title        *kit.TextEntry
	typ          *choiceSelect
	status       *choiceSelect
	date         *kit.TextEntry
	endDate      *kit.TextEntry
	targets      *choiceChecks
	munis        *municipalityChecks
	organiser    *recordPicker
	contact      *recordPicker
	planned      *kit.TextEntry
	participants *kit.TextEntry
	action       *recordPicker
	theme        *choiceSelect
	notes        *kit.TextEntry

	content fyne.CanvasObject
}

func newActivitiesScreen(e *env) *activitiesScreen {
	a := &activitiesScreen{env: e}
	a.recordScreen = newRecordScreen(e, a, data.KindActivity, lang.X("activities.search", "Zoeken in titel, organisator, gemeente en notities…"))
	a.spec = recordSpec{
		kind:    data.KindActivity,
		load:    a.load,
		list:    a.runFilter,
		choices: a.loadChoices,
		showAll: func() {
			a.search.SetText("")
			for _, s := range a.filters() {
				s.choose("")
			}
		},
		first:       func() fyne.Focusable { return a.title },
		deleteTitle: lang.X("activities.delete.title", "Activiteit verwijderen"),
		deleteQuestion: func(title string) string {
			return lang.X("activities.delete.question", "Weet u zeker dat u de activiteit {{.Title}} wilt verwijderen?", map[string]any{"Title": title})
		},
		inUseTitle: lang.X("activities.delete.inuse.title", "Activiteit is nog in gebruik"),
		inUseHint:  lang.X("activities.delete.inuse.hint", "Haal eerst weg wat naar deze activiteit verwijst; daarna kunt u haar verwijderen."),
	}
	a.fType = newChoiceSelect(lang.X("activities.filter.type.all", "Alle soorten"), a.runFilter)
	a.fType.setChoices(data.ActivityTypes)
	a.fTarget = newChoiceSelect(lang.X("activities.filter.target.all", "Alle doelgroepen"), a.runFilter)
	a.fTarget.setChoices(data.TargetGroups)
	a.fMunicipal = newChoiceSelect(lang.X("activities.filter.municipality.all", "Alle gemeenten"), a.runFilter)
	a.fPeriod = newChoiceSelect(lang.X("activities.filter.period.all", "Alle jaren"), a.runFilter)
	a.fStatus = newChoiceSelect(lang.X("activities.filter.status.all", "Alle statussen"), a.runFilter)
	a.fStatus.setChoices(data.ActivityStatuses)
	for _, s := range a.filters() {
		s.choose("")
		e.Guard(s.Select)
	}

	a.buildForm()

	filters := container.NewGridWithColumns(2, a.fType.Select, a.fTarget.Select, a.fMunicipal.Select, a.fPeriod.Select, a.fStatus.Select)
	top := container.NewVBox(a.search, filters, a.count)
	left := container.NewBorder(top, nil, nil, nil, a.view.list)
	split := container.NewHSplit(left, container.NewPadded(a.form.Panel))
	split.Offset = 0.4
	a.content = split
	a.begin()
	return a
}

// Content is the screen's widget tree.
func (a *activitiesScreen) Content() fyne.CanvasObject { return a.content }

// filters are the selects over the list.
func (a *activitiesScreen) filters() []*choiceSelect {
	return []*choiceSelect{a.fType, a.fTarget, a.fMunicipal, a.fPeriod, a.fStatus}
}

// activityFilter is what the list shows. Zero fields do not filter.
type activityFilter struct {
	Type, TargetGroup, MunicipalityID, Status string
	// Period is a year ("2026": the activities on a day of it),
	// periodUpcoming (those not over before today) or "".
	Period string
	Query  string // words in the title, organiser, notes, type or municipalities
}

// filter is the filter the selects and the search field make.
func (a *activitiesScreen) filter() activityFilter {
	return activityFilter{
		Type:           a.fType.chosen(),
		TargetGroup:    a.fTarget.chosen(),
		MunicipalityID: a.fMunicipal.chosen(),
		Status:         a.fStatus.chosen(),
		Period:         a.fPeriod.chosen(),
		Query:          a.search.Text,
	}
}

// activityEnd is the last day of an activity: its end date, or its date.
func activityEnd(r data.Record) string {
	return cmp.Or(r.Get(data.Activity.EndDate), r.Get(data.Activity.Date))
}

// match reports whether activity r passes the filter on the day today
// (yyyy-mm-dd); text is what the search looks in.
func (f activityFilter) match(r data.Record, today string, text func(data.Record) string) bool {
	switch {
	case f.Type != "" && r.Get(data.Activity.Type) != f.Type,
		f.Status != "" && r.Get(data.Activity.Status) != f.Status,
		f.TargetGroup != "" && !slices.Contains(r.List(data.Activity.TargetGroups), f.TargetGroup),
		f.MunicipalityID != "" && !slices.Contains(r.List(data.Activity.MunicipalityIDs), f.MunicipalityID):
		return false
	}
	switch f.Period {
	case "":
	case periodUpcoming:
		if activityEnd(r) < today {
			return false
		}
	default: // a year: the activity runs on a day of it
		if r.Get(data.Activity.Date) > f.Period+"-12-31" || activityEnd(r) < f.Period+"-01-01" {
			return false
		}
	}
	if words := strings.Fields(data.Fold(f.Query)); len(words) > 0 {
		t := data.Fold(text(r))
		for _, w := range words {
			if !strings.Contains(t, w) {
				return false
			}
		}
	}
	return true
}

// searchText is what the search looks in: the title, the type, the
// organiser, the municipalities and the notes.
func (a *activitiesScreen) searchText(r data.Record) string {
	parts := []string{r.Get(data.Activity.Title), say.Choice(data.ActivityTypes, r.Get(data.Activity.Type)),
		a.orgName[r.Get(data.Activity.OrganiserID)], r.Get(data.Activity.Notes)}
	parts = append(parts, a.region.names(r.List(data.Activity.MunicipalityIDs))...)
	return strings.Join(parts, "\n")
}

// runFilter shows the activities that pass the filter, the latest first.
func (a *activitiesScreen) runFilter() {
	if a.view == nil {
		return // still being built
	}
	all, err := a.store.List(a.ctx, data.KindActivity)
	if err != nil {
		fyne.LogError("list activities", err)
	}
	now, _ := today(a.store)
	f := a.filter()
	var recs []data.Record
	for _, r := range all {
		if f.match(r, now, a.searchText) {
			recs = append(recs, r)
		}
	}
	slices.SortStableFunc(recs, func(x, y data.Record) int { // List gave them in Dutch order of their titles
		return cmp.Compare(y.Get(data.Activity.Date), x.Get(data.Activity.Date))
	})
	ids := make([]string, len(recs))
	rows := make([][]kit.Cell, len(recs))
	reached := 0
	for i, r := range recs {
		ids[i] = r.ID
		rows[i] = []kit.Cell{kit.Plain(r.Get(data.Activity.Title)), kit.Plain(activityDates(r)),
			kit.Plain(say.Choice(data.ActivityTypes, r.Get(data.Activity.Type))), activityStatusCell(r, now), participantsCell(r)}
		if r.Get(data.Activity.Status) == data.ActivityStatusUitgevoerd {
			n, _ := strconv.Atoi(r.Get(data.Activity.Participants))
			reached += n
		}
	}
	a.view.setRows(ids, rows)

	var text string
	switch {
	case len(recs) == 0:
		text = lang.X("activities.count.none", "Geen activiteiten gevonden")
	case f != activityFilter{}:
		text = lang.X("activities.count.filtered", "{{.Count}} van de {{.Total}} activiteiten", map[string]any{"Count": len(recs), "Total": len(all)})
	case len(recs) == 1:
		text = lang.X("activities.count.one", "1 activiteit")
	default:
		text = lang.X("activities.count", "{{.Count}} activiteiten", map[string]any{"Count": len(recs)})
	}
	if reached > 0 {
		text += " · " + lang.X("activities.count.reached", "{{.Count}} deelnemers bereikt", map[string]any{"Count": reached})
	}
	a.count.SetText(text)
}

// activityDates is an activity's date, or its first and last day.
func activityDates(r data.Record) string {
	from, to := data.FormatDate(r.Get(data.Activity.Date)), data.FormatDate(r.Get(data.Activity.EndDate))
	if to == "" || to == from {
		return from
	}
	return lang.X("activities.dates", "{{.From}} t/m {{.To}}", map[string]any{"From": from, "To": to})
}

// activityStatusCell is an activity's status, in orange when it is still
// planned though its last day has passed: it was held or cancelled, and
// the coordinator is to say which.
func activityStatusCell(r data.Record, today string) kit.Cell {
	status := r.Get(data.Activity.Status)
	c := kit.Plain(say.Choice(data.ActivityStatuses, status))
	switch {
	case status == data.ActivityStatusGepland && activityEnd(r) < today:
		c.Text = lang.X("activities.status.past", "{{.Status}} (datum voorbij)", map[string]any{"Status": c.Text})
		c.Importance = widget.WarningImportance
	case status == data.ActivityStatusUitgevoerd:
		c.Importance = widget.SuccessImportance
	}
	return c
}

// participantsCell is how many took part, or how many were expected while
// the activity has not been held.
func participantsCell(r data.Record) kit.Cell {
	if n := r.Get(data.Activity.Participants); n != "" {
		if n == "1" {
			return kit.Plain(lang.X("activities.participants.one", "1 deelnemer"))
		}
		return kit.Plain(lang.X("activities.participants", "{{.Count}} deelnemers", map[string]any{"Count": n}))
	}
	if n := r.Get(data.Activity.ParticipantsPlanned); n != "" && r.Get(data.Activity.Status) == data.ActivityStatusGepland {
		return kit.Plain(lang.X("activities.participants.planned", "{{.Count}} gepland", map[string]any{"Count": n}))
	}
	return kit.Plain("")
}

// activityYears are the years the period filter offers: every year an
// activity runs in and this one, the latest first.
func activityYears(all []data.Record, thisYear int) []string {
	seen := map[int]bool{thisYear: true}
	year := func(date string) int {
		y, _ := strconv.Atoi(date[:min(4, len(date))])
		return y
	}
	for _, r := range all {
		from, to := year(r.Get(data.Activity.Date)), year(activityEnd(r))
		for y := from; y > 0 && y <= to && y-from < 10; y++ { // a series of ten years at most
			seen[y] = true
		}
	}
	years := make([]string, 0, len(seen))
	for y := range seen {
		years = append(years, strconv.Itoa(y))
	}
	slices.Sort(years)
	slices.Reverse(years)
	return years
}

// loadChoices reads what the filters and the form offer: municipalities,
// organisations, contacts, the actions of the plans and the years.
func (a *activitiesScreen) loadChoices() {
	a.region = loadRegion(a.env)
	ids := append(append([]string{}, a.region.own...), a.region.more...)
	a.fMunicipal.setOptions(ids, a.region.names(ids))
	a.munis.setRegion(a.region)

	all, err := a.store.List(a.ctx, data.KindActivity)
	if err != nil {
		fyne.LogError("list activities", err)
	}
	years := activityYears(all, a.store.Now().Year())
	a.fPeriod.setOptions(append([]string{periodUpcoming}, years...),
		append([]string{lang.X("activities.filter.period.upcoming", "Vanaf vandaag")}, years...))

	orgs, err := a.store.List(a.ctx, data.KindOrganisation)
	if err != nil {
		fyne.LogError("list organisations", err)
	}
	var orgIDs, orgLabels []string
	orgIDs, orgLabels, a.orgName = orgOptions(orgs)
	a.organiser.setOptions(orgIDs, orgLabels)

	contacts, err := a.store.List(a.ctx, data.KindContact)
	if err != nil {
		fyne.LogError("list contacts", err)
	}
	a.contactOf = map[string]string{}
	conIDs, conLabels := make([]string, len(contacts)), make([]string, len(contacts))
	for i, c := range contacts {
		conIDs[i], conLabels[i] = c.ID, c.Get(data.Contact.Name)
		if org := a.orgName[c.Get(data.Contact.OrganisationID)]; org != "" {
			conLabels[i] += " (" + org + ")"
		}
		a.contactOf[c.ID] = conLabels[i]
	}
	a.contact.setOptions(conIDs, conLabels)

	plans, err := a.store.List(a.ctx, data.KindPlan)
	if err != nil {
		fyne.LogError("list plans", err)
	}
	a.actionOf, a.actionTheme = map[string]string{}, map[string]string{}
	var actIDs, actLabels []string
	for _, p := range plans {
		actions, err := a.store.ListWhere(a.ctx, data.KindAction, data.Action.PlanID, p.ID)
		if err != nil {
			fyne.LogError("list actions", err)
		}
		for _, act := range actions {
			label := lang.X("activities.action.label", "{{.Plan}} — {{.Action}}",
				map[string]any{"Plan": p.Get(data.Plan.Title), "Action": act.Get(data.Action.Title)})
			actIDs, actLabels = append(actIDs, act.ID), append(actLabels, label)
			a.actionOf[act.ID], a.actionTheme[act.ID] = label, act.Get(data.Action.Theme)
		}
	}
	a.action.setOptions(actIDs, actLabels)
}
