package app

import (
	"maps"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"ketenregie/app/kit"
	"ketenregie/app/say"
	"ketenregie/data"
)

// buildForm makes the agreement form: the record's fields, the
// municipalities in scope and the parties.
func (a *agreementsScreen) buildForm() {
	f := a.newForm()
	f.Values = a.state
	f.Describe = a.fieldText
	f.newHeading = lang.X("agreements.heading.new", "Nieuwe ketenafspraak")
	f.discardNew = lang.X("agreements.discard.new", "De nieuwe ketenafspraak is nog niet opgeslagen. Wilt u deze gegevens weggooien?")
	none := lang.X("form.none", "(geen)")

	a.title = f.entry(data.Agreement.Title, false)
	a.typ = newChoiceSelect("", f.Changed)
	a.typ.setChoices(data.AgreementTypes)
	a.typ.PlaceHolder = lang.X("agreements.type.hint", "Kies een soort")
	a.status = newChoiceSelect("", f.Changed)
	a.status.setChoices(data.AgreementStatuses)
	a.level = newChoiceSelect(none, f.Changed)
	a.level.setChoices(data.AgreementLevels)
	a.owner = newChoiceSelect(none, f.Changed)
	var signed, start, end, evaluation fyne.CanvasObject
	a.signed, signed = f.dateEntry(data.Agreement.SignedDate)
	a.start, start = f.dateEntry(data.Agreement.StartDate)
	a.end, end = f.dateEntry(data.Agreement.EndDate)
	a.evaluation, evaluation = f.dateEntry(data.Agreement.EvaluationDate)
	a.legalBasis = f.entry(data.Agreement.LegalBasis, false)
	a.legalBasis.SetPlaceHolder(lang.X("agreements.legal.hint", "bijvoorbeeld WGS, art. 6 lid 1 sub e AVG"))
	a.personal = widget.NewCheck(lang.X("agreements.personal", "Er worden persoonsgegevens gedeeld"), func(bool) { f.Changed() })
	a.Guard(a.personal)
	a.reference = f.entry(data.Agreement.Reference, false)
	a.reference.SetPlaceHolder(lang.X("agreements.reference.hint", "kenmerk, zaaknummer of bestand"))
	a.replaces = newChoiceSelect(none, f.Changed)
	a.replacedBy = container.NewVBox()
	a.replacedL = kit.FormLabel(lang.X("agreements.field.replacedby", "Vervangen door"))
	a.munis = newMunicipalityChecks(a.Safe(f.Changed))
	a.parties = newPartyList(a)
	a.notes = f.entry(data.Agreement.Notes, true)
	a.notes.SetPlaceHolder(lang.X("agreements.notes.hint", "Geen gegevens over slachtoffers, verdachten of zaken."))
	a.notes.SetMinRowsVisible(4)

	openOrg := func(id string) { a.ShowRecord(data.KindOrganisation, id) }
	form := f.fields(
		kit.FormLabel(lang.X("agreements.field.title", "Titel *")), a.title,
		kit.FormLabel(lang.X("agreements.field.type", "Soort *")), a.typ.Select,
		kit.FormLabel(lang.X("agreements.field.status", "Status *")), a.status.Select,
		kit.FormLabel(lang.X("agreements.field.level", "Niveau")), a.level.Select,
		kit.FormLabel(lang.X("agreements.field.owner", "Trekker")), withOpenButton(a.owner, kit.Safe1(a.env, openOrg)),
		kit.FormLabel(lang.X("agreements.field.signed", "Datum ondertekening")), signed,
		kit.FormLabel(lang.X("agreements.field.start", "In werking per")), start,
		kit.FormLabel(lang.X("agreements.field.end", "Einddatum")), end,
		kit.FormLabel(lang.X("agreements.field.evaluation", "Evaluatiedatum")), evaluation,
		kit.FormLabel(lang.X("agreements.field.legal", "Grondslag gegevensdeling")), a.legalBasis,
		kit.FormLabel(lang.X("agreements.field.personal", "Persoonsgegevens")), a.personal,
		kit.FormLabel(lang.X("agreements.field.reference", "Kenmerk")), a.reference,
		kit.FormLabel(lang.X("agreements.field.replaces", "Vervangt")), withOpenButton(a.replaces, kit.Safe1(a.env, a.openAgreement)),
		a.replacedL, a.replacedBy,
		kit.FormLabel(lang.X("agreements.field.municipalities", "Gemeenten")), a.munis.content,
		kit.FormLabel(lang.X("agreements.field.parties", "Partijen")), a.parties.content,
		kit.FormLabel(lang.X("agreements.field.notes", "Notities")), a.notes,
	)
	f.build(form)
	a.munis.relayout = f.relayout
}

// openAgreement moves the form to another agreement, asking first about
// unsaved edits.
func (a *agreementsScreen) openAgreement(id string) { a.OpenRecord(data.KindAgreement, id) }

// load fills the form with rec and its parties; an empty Record is a new
// agreement.
func (a *agreementsScreen) load(rec data.Record, parties []data.Record) {
	f := a.form
	f.beginLoad(withParties(rec, parties))
	a.fillReplaces()
	a.title.SetText(rec.Get(data.Agreement.Title))
	a.typ.choose(rec.Get(data.Agreement.Type))
	status := rec.Get(data.Agreement.Status)
	if rec.ID == "" {
		status = data.AgreementStatusConcept
	}
	a.status.choose(status)
	a.level.choose(rec.Get(data.Agreement.Level))
	a.owner.choose(rec.Get(data.Agreement.OwnerID))
	a.signed.SetText(data.FormatDate(rec.Get(data.Agreement.SignedDate)))
	a.start.SetText(data.FormatDate(rec.Get(data.Agreement.StartDate)))
	a.end.SetText(data.FormatDate(rec.Get(data.Agreement.EndDate)))
	a.evaluation.SetText(data.FormatDate(rec.Get(data.Agreement.EvaluationDate)))
	a.legalBasis.SetText(rec.Get(data.Agreement.LegalBasis))
	a.personal.SetChecked(rec.Get(data.Agreement.PersonalData) == "true")
	a.reference.SetText(rec.Get(data.Agreement.Reference))
	a.replaces.choose(rec.Get(data.Agreement.ReplacesID))
	a.munis.set(rec.List(data.Agreement.MunicipalityIDs))
	a.parties.set(parties)
	a.notes.SetText(rec.Get(data.Agreement.Notes))
	a.showReplacedBy(rec.ID)
	f.endLoad(rec.Get(data.Agreement.Title))
	f.relayout()
	a.view.selectID(rec.ID)
}

// showReplacedBy links to the agreements that say they replace agreement id.
func (a *agreementsScreen) showReplacedBy(id string) {
	var links []fyne.CanvasObject
	if id != "" {
		for _, r := range a.all {
			if r.Get(data.Agreement.ReplacesID) == id {
				other := r.ID
				links = append(links, kit.Link(r.Get(data.Agreement.Title), a.Safe(func() { a.openAgreement(other) })))
			}
		}
	}
	a.replacedBy.Objects = links
	if len(links) == 0 {
		a.replacedBy.Hide()
		a.replacedL.Hide()
	} else {
		a.replacedBy.Show()
		a.replacedL.Show()
	}
	a.replacedBy.Refresh()
}

// fields are the form's values as the store's fields of an agreement.
func (a *agreementsScreen) fields() map[string]string {
	personal := "false"
	if a.personal.Checked {
		personal = "true"
	}
	return map[string]string{
		data.Agreement.Title:           a.title.Text,
		data.Agreement.Type:            a.typ.chosen(),
		data.Agreement.Status:          a.status.chosen(),
		data.Agreement.Level:           a.level.chosen(),
		data.Agreement.OwnerID:         a.owner.chosen(),
		data.Agreement.SignedDate:      a.signed.Text,
		data.Agreement.StartDate:       a.start.Text,
		data.Agreement.EndDate:         a.end.Text,
		data.Agreement.EvaluationDate:  a.evaluation.Text,
		data.Agreement.LegalBasis:      a.legalBasis.Text,
		data.Agreement.PersonalData:    personal,
		data.Agreement.Reference:       a.reference.Text,
		data.Agreement.ReplacesID:      a.replaces.chosen(),
		data.Agreement.MunicipalityIDs: data.JoinIDs(a.munis.chosen()),
		data.Agreement.Notes:           a.notes.Text,
	}
}

// partiesKey holds the parties among an agreement's fields in the form's
// state: no field of the store has this name.
const partiesKey = "\x00parties"

// state is everything the user can change: the fields and the parties.
func (a *agreementsScreen) state() map[string]string {
	s := a.fields()
	s[partiesKey] = a.parties.state()
	return s
}

// withParties is agreement rec with its stored parties under partiesKey,
// to tell whether the agreement or one of its parties changed since the
// form read them.
func withParties(rec data.Record, parties []data.Record) data.Record {
	var b strings.Builder
	for _, p := range slices.SortedFunc(slices.Values(parties), func(x, y data.Record) int { return strings.Compare(x.ID, y.ID) }) {
		b.WriteString(p.ID + "\x1f" + p.Get(data.Party.OrganisationID) + "\x1f" + p.Get(data.Party.Signatory) + "\x1e")
	}
	vals := maps.Clone(rec.Values)
	if vals == nil {
		vals = map[string]string{}
	}
	vals[partiesKey] = b.String()
	return data.Record{Kind: rec.Kind, ID: rec.ID, Values: vals}
}

// fieldText is how a message names a field of an agreement and shows its
// value in the form.
func (a *agreementsScreen) fieldText(field, v string) string {
	if field == partiesKey {
		return lang.X("agreements.changed.parties", "partijen")
	}
	if v != "" {
		switch field {
		case data.Agreement.Type:
			v = say.Choice(data.AgreementTypes, v)
		case data.Agreement.Status:
			v = say.Choice(data.AgreementStatuses, v)
		case data.Agreement.Level:
			v = say.Choice(data.AgreementLevels, v)
		case data.Agreement.OwnerID:
			if name, ok := a.orgName[v]; ok {
				v = name
			}
		case data.Agreement.ReplacesID:
			for _, r := range a.all {
				if r.ID == v {
					v = r.Get(data.Agreement.Title)
				}
			}
		case data.Agreement.PersonalData:
			if v == "true" {
				v = lang.X("agreements.value.yes", "ja")
			} else {
				v = lang.X("agreements.value.no", "nee")
			}
		}
	}
	return kit.DescribeField(data.KindAgreement, field, v)
}
