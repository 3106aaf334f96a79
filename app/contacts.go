package app

import (
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ketenregie/app/kit"
	"ketenregie/app/say"
	"ketenregie/data"
	"ketenregie/export/contacts"
)

// Contacts are read from the store a page at a time as the list shows them,
// so a database of 50,000 contacts opens as fast as one of fifty.
const (
	contactPage      = 100
	maxCachedContact = 5000
)

// contactsScreen is the Contacten screen: a search field and the matching
// contacts on the left, the form of the selected contact on the right.
type contactsScreen struct {
	*env
	*recordForm
	*recordScreen

	roleFilter *widget.Select         // "Alle rollen" or a role
	dueFilter  *widget.Check          // only the contacts due for their yearly review
	due        map[string]bool        // the contacts due, read when the filter needs them; nil: not read
	muniFilter *widget.Select         // "Alle gemeenten" or a municipality of the clusters
	rows       map[string]data.Record // contacts read so far, by id

	none          string // the "(geen)" option of the selects
	allRoles      string // the "no filter" options of the filters
	allMunis      string
	orgLabel      map[string]string // organisation id -> its label in the select
	orgID         map[string]string // label -> organisation id
	region        region            // the municipalities; those of the clusters are always offered
	muniFilterIDs map[string]string // label in the municipality filter -> id

	name     *kit.TextEntry
	org      *kit.FilterSelect // every organisation: found by typing part of its name
	orgOpen  *widget.Button    // shows the chosen organisation
	function *kit.TextEntry    // the job title, free text
	role     *widget.Select
	email    *kit.TextEntry
	phone    *kit.TextEntry
	munis    *municipalityChecks
	reviewed *kit.TextEntry
	notes    *kit.TextEntry

	eraseButton  *widget.Button // "Vergeet deze persoon" (AVG)
	personButton *widget.Button // "Gegevens van deze persoon" (AVG art. 15)
	notesWarn    *widget.Label  // shown when the notes look like case data

	content fyne.CanvasObject
}

func newContactsScreen(e *env) *contactsScreen {
	c := &contactsScreen{env: e, rows: map[string]data.Record{},
		none: lang.X("contacts.none", "(geen)")}

	c.recordScreen = newRecordScreen(e, c, data.KindContact, lang.X("contacts.search", "Zoeken op naam, organisatie, functie, e-mail, rol…"))
	c.spec = recordSpec{
		kind:    data.KindContact,
		load:    c.load,
		list:    c.runSearch,
		choices: c.loadChoices,
		showAll: func() {
			c.search.SetText("")
			c.roleFilter.SetSelected(c.allRoles)
			c.muniFilter.SetSelected(c.allMunis)
			c.dueFilter.SetChecked(false)
		},
		first:       func() fyne.Focusable { return c.name },
		deleteTitle: lang.X("contacts.delete.title", "Contactpersoon verwijderen"),
		deleteQuestion: func(name string) string {
			return lang.X("contacts.delete.question", "Weet u zeker dat u {{.Name}} wilt verwijderen?", map[string]any{"Name": name})
		},
		inUseTitle: lang.X("contacts.delete.inuse.title", "Contactpersoon is nog in gebruik"),
		inUseHint:  lang.X("contacts.delete.inuse.hint", "Haal eerst de verwijzingen naar deze contactpersoon weg; daarna kunt u haar of hem verwijderen."),
	}
	c.search.OnChanged = func(string) {
		c.runSearch()
		c.view.list.ScrollToTop()
	}
	c.allRoles = lang.X("contacts.filter.roles", "Alle rollen")
	c.allMunis = lang.X("contacts.filter.municipalities", "Alle gemeenten")
	c.roleFilter = widget.NewSelect(say.Choices(data.ContactRoles, c.allRoles), func(string) { c.runSearch(); c.view.list.ScrollToTop() })
	c.roleFilter.Selected = c.allRoles
	c.muniFilter = widget.NewSelect([]string{c.allMunis}, func(string) { c.runSearch(); c.view.list.ScrollToTop() })
	c.muniFilter.Selected = c.allMunis
	c.dueFilter = widget.NewCheck(lang.X("contacts.filter.due", "Alleen niet gecontroleerd (meer dan 12 maanden)"), func(bool) { c.due = nil; c.runSearch(); c.view.list.ScrollToTop() })

	f := c.newForm()
	c.recordForm = f
	f.Values = c.formValues
	f.Describe = c.fieldText
	f.newHeading = lang.X("contacts.heading.new", "Nieuwe contactpersoon")
	f.discardNew = lang.X("contacts.discard.question.new", "De nieuwe contactpersoon is nog niet opgeslagen. Wilt u deze gegevens weggooien?")
	c.name = f.entry(data.Contact.Name, false)
	c.function = f.entry(data.Contact.Function, false)
	c.function.SetPlaceHolder(lang.X("contacts.function.hint", "zoals de werkgever het schrijft, bijvoorbeeld Adviseur veiligheid"))
	c.email = f.entry(data.Contact.Email, false)
	c.email.SetPlaceHolder(lang.X("contacts.email.hint", "naam@organisatie.nl"))
	c.phone = f.entry(data.Contact.Phone, false)
	c.phone.SetPlaceHolder(lang.X("contacts.phone.hint", "bijvoorbeeld 06-12345678"))
	c.reviewed = f.entry(data.Contact.LastReviewed, false)
	c.reviewed.SetPlaceHolder(lang.X("contacts.date.hint", "dd-mm-jjjj"))
	c.notes = f.entry(data.Contact.Notes, true)
	c.notes.SetPlaceHolder(lang.X("contacts.notes.hint", "Alleen werkgegevens: geen gegevens over slachtoffers, verdachten of zaken."))
	c.notes.SetMinRowsVisible(4)
	c.notesWarn = kit.MessageLabel()
	c.notesWarn.Importance = widget.WarningImportance
	onNotes := c.notes.OnChanged
	c.notes.OnChanged = func(text string) {
		onNotes(text)
		c.checkNotes(text)
	}
	c.org = kit.NewFilterSelect(nil, func(string) {
		if c.orgOpen != nil {
			if c.orgID[c.org.Selected] == "" {
				c.orgOpen.Disable()
			} else {
				c.orgOpen.Enable()
			}
		}
		c.Changed()
	})
	c.role = widget.NewSelect(nil, func(string) { c.Changed() })
	c.orgOpen = widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() {
		if id := c.orgID[c.org.Selected]; id != "" {
			c.ShowRecord(data.KindOrganisation, id)
		}
	})
	c.role.SetOptions(say.Choices(data.ContactRoles, c.none))
	c.munis = newMunicipalityChecks(e.Safe(c.Changed))
	c.munis.relayout = f.relayout
	today := widget.NewButton(lang.X("contacts.today", "Vandaag"), func() {
		c.reviewed.SetText(c.store.Now().Format("02-01-2006"))
	})
	c.eraseButton = widget.NewButtonWithIcon(lang.X("contacts.erase", "Vergeet deze persoon"), theme.VisibilityOffIcon(), c.confirmErase)
	c.eraseButton.Importance = widget.LowImportance
	c.personButton = widget.NewButtonWithIcon(lang.X("contacts.person", "Gegevens van deze persoon…"), theme.DocumentIcon(), func() {
		if c.id != "" {
			c.exportPerson(c.id)
		}
	})
	c.personButton.Importance = widget.LowImportance

	form := f.fields(
		kit.FormLabel(lang.X("contacts.field.name", "Naam *")), c.name,
		kit.FormLabel(lang.X("contacts.field.organisation", "Organisatie")), container.NewBorder(nil, nil, nil, c.orgOpen, c.org),
		kit.FormLabel(lang.X("contacts.field.function", "Functie")), c.function,
		kit.FormLabel(lang.X("contacts.field.role", "Rol")), c.role,
		kit.FormLabel(lang.X("contacts.field.email", "E-mail")), c.email,
		kit.FormLabel(lang.X("contacts.field.phone", "Telefoon")), c.phone,
		kit.FormLabel(lang.X("contacts.field.municipalities", "Gemeenten")), c.munis.content,
		kit.FormLabel(lang.X("contacts.field.reviewed", "Laatst gecontroleerd")), container.NewBorder(nil, nil, nil, today, c.reviewed),
		kit.FormLabel(lang.X("contacts.field.notes", "Notities")), container.NewVBox(c.notes, c.notesWarn),
	)
	// The person's rights (AVG) on a line of their own, so the buttons fit
	// beside a form at 1280 wide, and one under the other on a small screen.
	f.tools = kit.Flowing(func() { f.Panel.Refresh() }, c.personButton, c.eraseButton)
	f.build(form)
	filters := container.NewGridWithColumns(2, c.roleFilter, c.muniFilter)
	importButton := widget.NewButtonWithIcon(lang.X("contacts.import", "Importeren…"), theme.DownloadIcon(), c.importContacts)
	exportButton := widget.NewButtonWithIcon(lang.X("contacts.export", "Exporteren…"), theme.UploadIcon(), c.exportContacts)
	calendarButton := widget.NewButtonWithIcon(lang.X("contacts.calendar", "Agenda…"), theme.HistoryIcon(), c.exportCalendar)
	var left *fyne.Container
	fileTools := kit.Flowing(func() { left.Refresh() }, importButton, exportButton, calendarButton)
	left = container.NewBorder(container.NewVBox(c.search, filters, c.dueFilter, c.count), fileTools, nil, nil, c.view.list)
	split := container.NewHSplit(left, container.NewPadded(f.Panel))
	split.Offset = 0.36
	c.content = split
	e.Guard(c.roleFilter, c.muniFilter, c.dueFilter, c.view.list, c.notes, c.org, c.role, c.orgOpen, today,
		c.eraseButton, c.personButton, importButton, exportButton, calendarButton)

	c.begin()
	return c
}

// Content is the screen's widget tree.
func (c *contactsScreen) Content() fyne.CanvasObject { return c.content }

// cells are a contact's row in the list: the name, and below it the
// organisation and job title, the role when there is no job title, or the
// e-mail address when none of them is known.
func (c *contactsScreen) cells(i int) []kit.Cell {
	r, ok := c.row(i)
	if !ok {
		return nil
	}
	row := []kit.Cell{kit.Plain(r.Get(data.Contact.Name))}
	if id := r.Get(data.Contact.OrganisationID); id != "" {
		row = append(row, kit.Plain(c.orgLabelOr(id, "")))
	}
	if f := r.Get(data.Contact.Function); f != "" {
		row = append(row, kit.Plain(f))
	} else if role := r.Get(data.Contact.Role); role != "" {
		row = append(row, kit.Plain(say.Choice(data.ContactRoles, role)))
	}
	if len(row) == 1 {
		row = append(row, kit.Plain(r.Get(data.Contact.Email)))
	}
	return row
}

// row returns the i-th contact of the list, reading its page when needed.
func (c *contactsScreen) row(i int) (data.Record, bool) {
	ids := c.view.ids
	if i < 0 || i >= len(ids) {
		return data.Record{}, false
	}
	id := ids[i]
	if r, ok := c.rows[id]; ok {
		return r, true
	}
	if len(c.rows) > maxCachedContact {
		c.rows = map[string]data.Record{} // a bounded cache, not a change of the contacts
	}
	start := i - i%contactPage
	end := min(start+contactPage, len(ids))
	recs, err := c.store.GetMany(c.ctx, data.KindContact, ids[start:end])
	if err != nil {
		fyne.LogError("read contacts", err)
		return data.Record{}, false
	}
	for _, r := range recs {
		c.rows[r.ID] = r
	}
	r, ok := c.rows[id]
	return r, ok
}

// runSearch shows the contacts matching the search field.
func (c *contactsScreen) runSearch() {
	ids, err := c.store.SearchIDs(c.ctx, data.KindContact, c.search.Text)
	if err != nil {
		fyne.LogError("search contacts", err)
		ids = nil
	}
	ids = c.filtered(ids)
	filtering := strings.TrimSpace(c.search.Text) != "" || c.roleFilter.Selected != c.allRoles || c.muniFilter.Selected != c.allMunis || c.dueFilter.Checked
	switch {
	case len(ids) == 0 && filtering:
		c.count.SetText(lang.X("contacts.count.none", "Geen contactpersonen gevonden"))
	case len(ids) == 1:
		c.count.SetText(lang.X("contacts.count.one", "1 contactpersoon"))
	default:
		c.count.SetText(lang.X("contacts.count", "{{.Count}} contactpersonen", map[string]any{"Count": len(ids)}))
	}
	c.view.setLazy(ids, c.cells)
}

// filtered keeps the ids that pass the role and municipality filters, in
// their order.
func (c *contactsScreen) filtered(ids []string) []string {
	var keep []map[string]bool
	if code := say.Code(data.ContactRoles, c.roleFilter.Selected); code != "" {
		set, err := c.store.IDsWhere(c.ctx, data.KindContact, data.Contact.Role, code)
		if err != nil {
			fyne.LogError("filter contacts by role", err)
		}
		keep = append(keep, set)
	}
	if id := c.muniFilterIDs[c.muniFilter.Selected]; id != "" {
		set, err := c.store.IDsWhere(c.ctx, data.KindContact, data.Contact.MunicipalityIDs, id)
		if err != nil {
			fyne.LogError("filter contacts by municipality", err)
		}
		keep = append(keep, set)
	}
	if c.dueFilter.Checked {
		// Read once, not at every keystroke in the search: it reads every
		// contact and the change log.
		if c.due == nil {
			due, err := contacts.ReviewDue(c.ctx, c.store, c.store.Now())
			if err != nil {
				fyne.LogError("filter contacts due for review", err)
			}
			c.due = map[string]bool{}
			for _, r := range due {
				c.due[r.ID] = true
			}
		}
		keep = append(keep, c.due)
	}
	if len(keep) == 0 {
		return ids
	}
	out := ids[:0:0]
next:
	for _, id := range ids {
		for _, set := range keep {
			if !set[id] {
				continue next
			}
		}
		out = append(out, id)
	}
	return out
}

// loadChoices reads the organisations and municipalities the form offers,
// and forgets what it read of the contacts, which may have changed.
func (c *contactsScreen) loadChoices() {
	c.forget()
	orgs, err := c.store.List(c.ctx, data.KindOrganisation)
	if err != nil {
		fyne.LogError("list organisations", err)
	}
	ids, labels, _ := orgOptions(orgs)
	c.orgLabel, c.orgID = map[string]string{}, map[string]string{}
	options := []string{c.none}
	for i, id := range ids {
		label := labels[i]
		for _, taken := c.orgID[label]; taken; _, taken = c.orgID[label] {
			label += " ·"
		}
		c.orgLabel[id], c.orgID[label] = label, id
		options = append(options, label)
	}
	c.org.SetOptions(options)

	c.region = loadRegion(c.env)
	c.munis.setRegion(c.region)

	c.muniFilterIDs = map[string]string{}
	filter := []string{c.allMunis}
	for _, id := range c.region.own {
		name := c.region.munis[id].Get(data.Municipality.Name)
		filter = append(filter, name)
		c.muniFilterIDs[name] = id
	}
	sort.Strings(filter[1:])
	c.muniFilter.SetOptions(filter)
	if _, ok := c.muniFilterIDs[c.muniFilter.Selected]; !ok {
		c.muniFilter.Selected = c.allMunis
		c.muniFilter.Refresh()
	}
}

// orgLabelOr is how the form names organisation id, or unknown.
func (c *contactsScreen) orgLabelOr(id, unknown string) string {
	if l, ok := c.orgLabel[id]; ok {
		return l
	}
	return unknown
}

// load fills the form with rec; an empty Record is a new contact.
func (c *contactsScreen) load(rec data.Record) {
	c.beginLoad(rec)
	c.name.SetText(rec.Get(data.Contact.Name))
	c.org.SetSelected(c.orgLabelOr(rec.Get(data.Contact.OrganisationID), c.none))
	role := c.none
	if code := rec.Get(data.Contact.Role); code != "" {
		role = say.Choice(data.ContactRoles, code)
	}
	c.role.SetSelected(role)
	c.function.SetText(rec.Get(data.Contact.Function))
	c.email.SetText(rec.Get(data.Contact.Email))
	c.phone.SetText(rec.Get(data.Contact.Phone))
	c.munis.set(rec.List(data.Contact.MunicipalityIDs))
	c.reviewed.SetText(data.FormatDate(rec.Get(data.Contact.LastReviewed)))
	c.notes.SetText(rec.Get(data.Contact.Notes))
	c.checkNotes(c.notes.Text)
	if c.id == "" {
		c.eraseButton.Disable()
		c.personButton.Disable()
	} else {
		c.eraseButton.Enable()
		c.personButton.Enable()
	}
	c.endLoad(rec.Get(data.Contact.Name))
	c.view.selectID(rec.ID)
}

// forget drops what the screen read of the contacts, after they changed.
func (c *contactsScreen) forget() {
	c.rows = map[string]data.Record{}
	c.due = nil
}

// showDue shows only the contacts due for their yearly review, as
// Overzicht's link asks.
func (c *contactsScreen) showDue() {
	c.search.SetText("")
	c.roleFilter.SetSelected(c.allRoles)
	c.muniFilter.SetSelected(c.allMunis)
	c.dueFilter.SetChecked(true)
}

// fieldText is how a message names a field of a contact and shows its
// value in the form.
func (c *contactsScreen) fieldText(field, v string) string {
	if v != "" {
		switch field {
		case data.Contact.OrganisationID:
			v = c.orgLabelOr(v, v)
		case data.Contact.Role:
			v = say.Choice(data.ContactRoles, v)
		}
	}
	return kit.DescribeField(data.KindContact, field, v)
}

// formValues are the form's fields as the store's field map.
func (c *contactsScreen) formValues() map[string]string {
	return map[string]string{
		data.Contact.Name:            c.name.Text,
		data.Contact.OrganisationID:  c.orgID[c.org.Selected],
		data.Contact.Function:        c.function.Text,
		data.Contact.Role:            say.Code(data.ContactRoles, c.role.Selected),
		data.Contact.Email:           c.email.Text,
		data.Contact.Phone:           c.phone.Text,
		data.Contact.MunicipalityIDs: data.JoinIDs(c.munis.chosen()),
		data.Contact.Notes:           c.notes.Text,
		data.Contact.LastReviewed:    c.reviewed.Text,
	}
}

// checkNotes warns, under the notes, when they look like case data (a
// BSN, a date of birth), which does not belong in Ketenregie.
func (c *contactsScreen) checkNotes(text string) {
	if w := c.notesWarning(text); w != "" {
		c.notesWarn.SetText(w)
		c.notesWarn.Show()
	} else if c.notesWarn.Visible() {
		c.notesWarn.Hide()
	}
}

// confirmErase asks whether to forget the person in the form for good (AVG).
func (c *contactsScreen) confirmErase() {
	if c.id == "" {
		return
	}
	id, name := c.id, c.Loaded[data.Contact.Name]
	c.Ask(lang.X("contacts.erase.title", "Persoon vergeten (AVG)"),
		lang.X("contacts.erase.question", "Alle gegevens van {{.Name}} worden gewist, ook uit de geschiedenis van de database, en bij collega's zodra zij uw bestanden inlezen. Dit kan niet ongedaan worden gemaakt. Gebruik dit bij een verzoek om verwijdering; voor gewoon opruimen kiest u Verwijderen.", map[string]any{"Name": name}),
		lang.X("contacts.erase.yes", "Vergeten"), lang.X("contacts.cancel", "Annuleren"),
		func() {
			if err := c.store.Erase(c.ctx, data.KindContact, id); err != nil {
				c.recordForm.showError(err)
				return
			}
			c.load(data.Record{})
			c.loadChoices()
			c.runSearch()
			c.RefreshOthers(c)
			c.ShowMessage(lang.X("contacts.erased", "De gegevens van {{.Name}} zijn gewist.", map[string]any{"Name": name}), widget.SuccessImportance)
		}, nil)
}
