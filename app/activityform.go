package app

import (
	"cmp"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"

	"ketenregie/app/kit"
	"ketenregie/app/say"
	"ketenregie/data"
)

// buildForm makes the activity form: what, when, for whom and where, who
// organises it, how many took part, the action of a plan it carries out,
// and notes under DOMAIN.md's rule that participants are counted, never
// named.
func (a *activitiesScreen) buildForm() {
	f := a.newForm()
	f.Values = a.fields
	f.Describe = a.fieldText
	f.newHeading = lang.X("activities.heading.new", "Nieuwe activiteit")
	f.discardNew = lang.X("activities.discard.new", "De nieuwe activiteit is nog niet opgeslagen. Wilt u deze gegevens weggooien?")
	none := lang.X("form.none", "(geen)")

	a.title = f.entry(data.Activity.Title, false)
	a.title.SetPlaceHolder(lang.X("activities.title.hint", "bijvoorbeeld Training signalen herkennen voor baliemedewerkers"))
	a.typ = newChoiceSelect("", f.Changed)
	a.typ.setChoices(data.ActivityTypes)
	a.typ.PlaceHolder = lang.X("activities.type.hint", "Kies een soort")
	a.status = newChoiceSelect("", f.Changed)
	a.status.setChoices(data.ActivityStatuses)
	var date, endDate fyne.CanvasObject
	a.date, date = f.dateEntry(data.Activity.Date)
	a.endDate, endDate = f.dateEntry(data.Activity.EndDate)
	a.endDate.SetPlaceHolder(lang.X("activities.end.hint", "alleen bij meer dagen: dd-mm-jjjj"))
	a.targets = newChoiceChecks(data.TargetGroups, a.Safe(f.Changed))
	a.munis = newMunicipalityChecks(a.Safe(f.Changed))
	a.organiser = newRecordPicker(a.env, none, f.Changed, func(id string) { a.ShowRecord(data.KindOrganisation, id) })
	a.organiser.PlaceHolder = lang.X("activities.organiser.hint", "Typ een deel van de naam")
	a.contact = newRecordPicker(a.env, none, f.Changed, func(id string) { a.ShowRecord(data.KindContact, id) })
	a.contact.PlaceHolder = lang.X("activities.contact.hint", "Typ een deel van de naam")
	a.planned = f.entry(data.Activity.ParticipantsPlanned, false)
	a.planned.SetPlaceHolder(lang.X("activities.count.hint", "aantal"))
	a.participants = f.entry(data.Activity.Participants, false)
	a.participants.SetPlaceHolder(lang.X("activities.count.hint", "aantal"))
	a.action = newRecordPicker(a.env, none, a.actionChosen, func(id string) { a.ShowRecord(data.KindAction, id) })
	a.action.PlaceHolder = lang.X("activities.action.hint", "Typ een deel van het plan of de actie")
	a.theme = newChoiceSelect(none, f.Changed)
	a.theme.setChoices(data.Themes)
	a.notes = f.entry(data.Activity.Notes, true)
	a.notes.SetPlaceHolder(lang.X("activities.notes.hint", "Bijvoorbeeld programma, locatie of evaluatie."))
	a.notes.SetMinRowsVisible(4)
	rule := kit.Hint(lang.X("activities.notes.rule", "Deelnemers worden geteld, nooit bij naam genoemd. Geen gegevens over slachtoffers, verdachten of zaken: die horen in de systemen van het Zorg- en Veiligheidshuis, het RIEC of de politie."))
	a.Guard(a.organiser.FilterSelect, a.contact.FilterSelect, a.action.FilterSelect)

	form := f.fields(
		kit.FormLabel(lang.X("activities.field.title", "Titel *")), a.title,
		kit.FormLabel(lang.X("activities.field.type", "Soort *")), a.typ.Select,
		kit.FormLabel(lang.X("activities.field.status", "Status *")), a.status.Select,
		kit.FormLabel(lang.X("activities.field.date", "Datum *")), date,
		kit.FormLabel(lang.X("activities.field.end", "Einddatum")), endDate,
		kit.FormLabel(lang.X("activities.field.targets", "Doelgroepen")), a.targets.content,
		kit.FormLabel(lang.X("activities.field.municipalities", "Gemeenten")), a.munis.content,
		kit.FormLabel(lang.X("activities.field.organiser", "Organisator")), a.organiser.content,
		kit.FormLabel(lang.X("activities.field.contact", "Trainer of contactpersoon")), a.contact.content,
		kit.FormLabel(lang.X("activities.field.planned", "Deelnemers gepland")), a.planned,
		kit.FormLabel(lang.X("activities.field.participants", "Deelnemers werkelijk")), a.participants,
		kit.FormLabel(lang.X("activities.field.action", "Actie uit beleidsplan")), a.action.content,
		kit.FormLabel(lang.X("activities.field.theme", "Thema")), a.theme.Select,
		kit.FormLabel(lang.X("activities.field.notes", "Notities")), container.NewVBox(a.notes, rule),
	)
	f.build(form)
	a.munis.relayout = f.relayout
	a.targets.relayout = f.relayout
}

// actionChosen follows the choice of a plan's action: an activity without
// a theme takes the action's.
func (a *activitiesScreen) actionChosen() {
	if !a.form.Loading && a.theme.chosen() == "" {
		if th := a.actionTheme[a.action.chosen()]; th != "" {
			a.theme.choose(th)
		}
	}
	a.form.Changed()
}

// load fills the form with rec; an empty Record is a new activity,
// planned.
func (a *activitiesScreen) load(rec data.Record) {
	f := a.form
	f.beginLoad(rec)
	a.title.SetText(rec.Get(data.Activity.Title))
	a.typ.choose(rec.Get(data.Activity.Type))
	status := rec.Get(data.Activity.Status)
	if rec.ID == "" {
		status = data.ActivityStatusGepland
	}
	a.status.choose(status)
	a.date.SetText(data.FormatDate(rec.Get(data.Activity.Date)))
	a.endDate.SetText(data.FormatDate(rec.Get(data.Activity.EndDate)))
	a.targets.set(rec.List(data.Activity.TargetGroups))
	a.munis.set(rec.List(data.Activity.MunicipalityIDs))
	a.organiser.choose(rec.Get(data.Activity.OrganiserID))
	a.contact.choose(rec.Get(data.Activity.ContactID))
	a.planned.SetText(rec.Get(data.Activity.ParticipantsPlanned))
	a.participants.SetText(rec.Get(data.Activity.Participants))
	a.action.choose(rec.Get(data.Activity.ActionID))
	a.theme.choose(rec.Get(data.Activity.Theme))
	a.notes.SetText(rec.Get(data.Activity.Notes))
	f.endLoad(rec.Get(data.Activity.Title))
	f.relayout()
	a.view.selectID(rec.ID)
}

// fields are the form's values as the store's fields of an activity.
func (a *activitiesScreen) fields() map[string]string {
	return map[string]string{
		data.Activity.Title:               a.title.Text,
		data.Activity.Type:                a.typ.chosen(),
		data.Activity.Status:              a.status.chosen(),
		data.Activity.Date:                a.date.Text,
		data.Activity.EndDate:             a.endDate.Text,
		data.Activity.TargetGroups:        a.targets.value(),
		data.Activity.MunicipalityIDs:     data.JoinIDs(a.munis.chosen()),
		data.Activity.OrganiserID:         a.organiser.chosen(),
		data.Activity.ContactID:           a.contact.chosen(),
		data.Activity.ParticipantsPlanned: a.planned.Text,
		data.Activity.Participants:        a.participants.Text,
		data.Activity.ActionID:            a.action.chosen(),
		data.Activity.Theme:               a.theme.chosen(),
		data.Activity.Notes:               a.notes.Text,
	}
}

// fieldText is how a message names a field of an activity and shows its
// value in the form.
func (a *activitiesScreen) fieldText(field, v string) string {
	if v != "" {
		switch field {
		case data.Activity.Type:
			v = say.Choice(data.ActivityTypes, v)
		case data.Activity.Status:
			v = say.Choice(data.ActivityStatuses, v)
		case data.Activity.Theme:
			v = say.Choice(data.Themes, v)
		case data.Activity.TargetGroups:
			v = choiceLabels(data.TargetGroups, data.SplitIDs(v))
		case data.Activity.OrganiserID:
			v = cmp.Or(a.orgName[v], v)
		case data.Activity.ContactID:
			v = cmp.Or(a.contactOf[v], v)
		case data.Activity.ActionID:
			v = cmp.Or(a.actionOf[v], v)
		}
	}
	return kit.DescribeField(data.KindActivity, field, v)
}
