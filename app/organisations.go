package app

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"

	"ketenregie/app/kit"
	"ketenregie/app/say"
	"ketenregie/data"
)

// organisationsScreen is the Organisaties screen: the partner organisations
// that match the search and type filter on the left; on the right the form
// of the selected one, with its contacts and the agreements it takes part in.
type organisationsScreen struct {
	*env
	*recordScreen

	fType  *choiceSelect
	region region

	name         *kit.TextEntry
	typ          *choiceSelect
	municipality *choiceSelect
	address      *kit.TextEntry
	phone        *kit.TextEntry
	email        *kit.TextEntry
	website      *kit.TextEntry
	notes        *kit.TextEntry
	related      *orgRelated

	content fyne.CanvasObject
}

func newOrganisationsScreen(e *env) *organisationsScreen {
	o := &organisationsScreen{env: e}
	o.recordScreen = newRecordScreen(e, o, data.KindOrganisation, lang.X("organisations.search", "Zoeken op naam, soort, e-mail…"))
	o.spec = recordSpec{
		kind:    data.KindOrganisation,
		load:    o.load,
		list:    o.runSearch,
		choices: o.loadChoices,
		showAll: func() {
			o.search.SetText("")
			o.fType.choose("")
		},
		first: func() fyne.Focusable { return o.name },
		take: func(rec data.Record) {
			o.form.TakeStored(o.env, rec, o.load)
			o.related.show(o.form.id)
		},
		deleteTitle: lang.X("organisations.delete.title", "Organisatie verwijderen"),
		deleteQuestion: func(name string) string {
			return lang.X("organisations.delete.question", "Weet u zeker dat u {{.Name}} wilt verwijderen?", map[string]any{"Name": name})
		},
		inUseTitle: lang.X("organisations.delete.inuse.title", "Organisatie is nog in gebruik"),
		inUseHint:  lang.X("organisations.delete.inuse.hint", "Koppel de contactpersonen hieronder aan een andere organisatie of verwijder ze, haal de organisatie weg als partij of trekker bij de ketenafspraken hieronder, en als organisator van activiteiten. Daarna kunt u de organisatie verwijderen."),
	}
	o.fType = newChoiceSelect(lang.X("organisations.filter.type.all", "Alle soorten"), o.runSearch)
	o.fType.setChoices(data.OrganisationTypes)
	o.fType.choose("")
	e.Guard(o.fType.Select)

	o.buildForm()

	top := container.NewVBox(o.search, container.NewBorder(nil, nil, nil, o.count, o.fType.Select))
	left := container.NewBorder(top, nil, nil, nil, o.view.list)
	split := container.NewHSplit(left, container.NewPadded(o.form.Panel))
	split.Offset = 0.4
	o.content = split
	o.begin()
	return o
}

// buildForm makes the organisation form and, under it, the contacts and
// agreements of the organisation.
func (o *organisationsScreen) buildForm() {
	f := o.newForm()
	f.Values = o.fields
	f.Describe = o.fieldText
	f.newHeading = lang.X("organisations.heading.new", "Nieuwe organisatie")
	f.discardNew = lang.X("organisations.discard.new", "De nieuwe organisatie is nog niet opgeslagen. Wilt u deze gegevens weggooien?")

	o.name = f.entry(data.Organisation.Name, false)
	o.typ = newChoiceSelect("", f.Changed)
	o.typ.setChoices(data.OrganisationTypes)
	o.typ.PlaceHolder = lang.X("organisations.type.hint", "Kies een soort")
	o.municipality = newChoiceSelect(lang.X("form.none", "(geen)"), f.Changed)
	o.address = f.entry(data.Organisation.Address, false)
	o.address.SetPlaceHolder(lang.X("organisations.address.hint", "straat en huisnummer, plaats"))
	o.phone = f.entry(data.Organisation.Phone, false)
	o.phone.SetPlaceHolder(lang.X("organisations.phone.hint", "bijvoorbeeld 0229 123456"))
	o.email = f.entry(data.Organisation.Email, false)
	o.email.SetPlaceHolder(lang.X("organisations.email.hint", "bijvoorbeeld info@organisatie.nl"))
	o.website = f.entry(data.Organisation.Website, false)
	o.website.SetPlaceHolder(lang.X("organisations.website.hint", "bijvoorbeeld www.organisatie.nl"))
	o.notes = f.entry(data.Organisation.Notes, true)
	o.notes.SetPlaceHolder(lang.X("organisations.notes.hint", "Geen gegevens over slachtoffers, verdachten of zaken."))
	o.notes.SetMinRowsVisible(3)
	o.related = newOrgRelated(o)

	form := f.fields(
		kit.FormLabel(lang.X("organisations.field.name", "Naam *")), o.name,
		kit.FormLabel(lang.X("organisations.field.type", "Soort *")), o.typ.Select,
		kit.FormLabel(lang.X("organisations.field.municipality", "Gemeente")), o.municipality.Select,
		kit.FormLabel(lang.X("organisations.field.address", "Adres")), o.address,
		kit.FormLabel(lang.X("organisations.field.phone", "Telefoon")), o.phone,
		kit.FormLabel(lang.X("organisations.field.email", "E-mail")), o.email,
		kit.FormLabel(lang.X("organisations.field.website", "Website")), o.website,
		kit.FormLabel(lang.X("organisations.field.notes", "Notities")), o.notes,
	)
	f.build(container.NewVBox(form, o.related.content))
}

// Content is the screen's widget tree.
func (o *organisationsScreen) Content() fyne.CanvasObject { return o.content }

// loadChoices reads the municipalities the form offers.
func (o *organisationsScreen) loadChoices() {
	o.region = loadRegion(o.env)
	o.offerMunicipalities("")
}

// offerMunicipalities offers the clusters' municipalities first, then the
// rest of the region, and also extra (an organisation's municipality
// elsewhere in the country).
func (o *organisationsScreen) offerMunicipalities(extra string) {
	ids := append(append([]string{}, o.region.own...), o.region.more...)
	if cur := o.municipality.chosen(); cur != "" && !slices.Contains(ids, cur) {
		ids = append(ids, cur)
	}
	if extra != "" && !slices.Contains(ids, extra) {
		ids = append(ids, extra)
	}
	o.municipality.setOptions(ids, o.region.names(ids))
}

// runSearch shows the organisations that match the search and type filter.
func (o *organisationsScreen) runSearch() {
	if o.view == nil {
		return // still being built
	}
	recs, err := o.store.Search(o.ctx, data.KindOrganisation, o.search.Text, 0)
	if err != nil {
		fyne.LogError("search organisations", err)
	}
	typ := o.fType.chosen()
	var ids []string
	var rows [][]kit.Cell
	for _, r := range recs {
		if typ != "" && r.Get(data.Organisation.Type) != typ {
			continue
		}
		ids = append(ids, r.ID)
		rows = append(rows, []kit.Cell{kit.Plain(r.Get(data.Organisation.Name)), kit.Plain(say.Choice(data.OrganisationTypes, r.Get(data.Organisation.Type))),
			kit.Plain(o.region.munis[r.Get(data.Organisation.MunicipalityID)].Get(data.Municipality.Name))})
	}
	o.view.setRows(ids, rows)
	switch {
	case len(ids) == 0:
		o.count.SetText(lang.X("organisations.count.none", "Geen organisaties gevonden"))
	case len(ids) == 1:
		o.count.SetText(lang.X("organisations.count.one", "1 organisatie"))
	default:
		o.count.SetText(lang.X("organisations.count", "{{.Count}} organisaties", map[string]any{"Count": len(ids)}))
	}
}

// load fills the form with rec; an empty Record is a new organisation.
func (o *organisationsScreen) load(rec data.Record) {
	f := o.form
	f.beginLoad(rec)
	o.name.SetText(rec.Get(data.Organisation.Name))
	o.typ.choose(rec.Get(data.Organisation.Type))
	o.offerMunicipalities(rec.Get(data.Organisation.MunicipalityID))
	o.municipality.choose(rec.Get(data.Organisation.MunicipalityID))
	o.address.SetText(rec.Get(data.Organisation.Address))
	o.phone.SetText(rec.Get(data.Organisation.Phone))
	o.email.SetText(rec.Get(data.Organisation.Email))
	o.website.SetText(rec.Get(data.Organisation.Website))
	o.notes.SetText(rec.Get(data.Organisation.Notes))
	f.endLoad(rec.Get(data.Organisation.Name))
	o.related.show(rec.ID)
	f.relayout()
	o.view.selectID(rec.ID)
}

// fields are the form's values as the store's fields of an organisation.
func (o *organisationsScreen) fields() map[string]string {
	return map[string]string{
		data.Organisation.Name:           o.name.Text,
		data.Organisation.Type:           o.typ.chosen(),
		data.Organisation.MunicipalityID: o.municipality.chosen(),
		data.Organisation.Address:        o.address.Text,
		data.Organisation.Phone:          o.phone.Text,
		data.Organisation.Email:          o.email.Text,
		data.Organisation.Website:        o.website.Text,
		data.Organisation.Notes:          o.notes.Text,
	}
}

// fieldText is how a message names a field of an organisation and shows
// its value in the form.
func (o *organisationsScreen) fieldText(field, v string) string {
	if v != "" {
		switch field {
		case data.Organisation.Type:
			v = say.Choice(data.OrganisationTypes, v)
		case data.Organisation.MunicipalityID:
			v = o.region.name(v)
		}
	}
	return kit.DescribeField(data.KindOrganisation, field, v)
}
