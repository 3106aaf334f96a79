package app

import (
	"sort"

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
)

// orgRelated is what the Organisaties screen shows under the form: the
// contacts at the organisation and the agreements it is party to or leads,
// each opening its own screen, and a button to add a contact here.
type orgRelated struct {
	o              *organisationsScreen
	contactsHead   *widget.Label
	contacts       *fyne.Container
	newContact     *widget.Button
	agreementsHead *widget.Label
	agreements     *fyne.Container
	content        *fyne.Container

	contactIDs   []string // what the lists show, for tests
	agreementIDs []string
	dialog       *contactDialog // the last "new contact" dialog, for tests
}

// contactDialog is the small form that adds a contact at an organisation.
type contactDialog struct {
	name, email, phone *kit.TextEntry
	role               *choiceSelect
	message            *widget.Label
	save               *widget.Button
	dialog             dialog.Dialog
}

func newOrgRelated(o *organisationsScreen) *orgRelated {
	r := &orgRelated{o: o, contacts: container.NewVBox(), agreements: container.NewVBox()}
	r.contactsHead = kit.Subheading("")
	r.agreementsHead = kit.Subheading("")
	r.newContact = widget.NewButtonWithIcon(lang.X("organisations.contact.new", "Nieuwe contactpersoon bij deze organisatie…"),
		theme.ContentAddIcon(), r.addContact)
	o.Guard(r.newContact)
	r.content = container.NewVBox(widget.NewSeparator(),
		r.contactsHead, r.contacts, container.NewHBox(r.newContact),
		widget.NewSeparator(),
		r.agreementsHead, r.agreements)
	return r
}

// show lists the contacts and agreements of organisation id; a new
// organisation has none, and the part is hidden.
func (r *orgRelated) show(id string) {
	if id == "" {
		r.contactIDs, r.agreementIDs = nil, nil
		r.content.Hide()
		return
	}
	r.content.Show()
	o := r.o
	contacts, err := o.store.ListWhere(o.ctx, data.KindContact, data.Contact.OrganisationID, id)
	if err != nil {
		fyne.LogError("list contacts", err)
	}
	r.contactIDs = nil
	var rows []fyne.CanvasObject
	for _, c := range contacts {
		cid := c.ID
		r.contactIDs = append(r.contactIDs, cid)
		detail := say.Join(" · ", say.Choice(data.ContactRoles, c.Get(data.Contact.Role)), c.Get(data.Contact.Email))
		rows = append(rows, relatedRow(c.Get(data.Contact.Name), detail, o.Safe(func() { o.ShowRecord(data.KindContact, cid) })))
	}
	if len(rows) == 0 {
		rows = append(rows, kit.NewQuietText(lang.X("organisations.contacts.none", "Geen contactpersonen bij deze organisatie.")))
	}
	r.contacts.Objects = rows
	r.contacts.Refresh()
	r.contactsHead.SetText(lang.X("organisations.contacts", "Contactpersonen ({{.Count}})", map[string]any{"Count": len(contacts)}))

	r.showAgreements(id)
}

// showAgreements lists the agreements organisation id leads or signs, in
// Dutch order of their titles.
func (r *orgRelated) showAgreements(id string) {
	o := r.o
	owned, err := o.store.ListWhere(o.ctx, data.KindAgreement, data.Agreement.OwnerID, id)
	if err != nil {
		fyne.LogError("list agreements", err)
	}
	parties, err := o.store.ListWhere(o.ctx, data.KindParty, data.Party.OrganisationID, id)
	if err != nil {
		fyne.LogError("list parties", err)
	}
	leads, signs := map[string]bool{}, map[string]bool{}
	var ids []string
	for _, a := range owned {
		leads[a.ID] = true
		ids = append(ids, a.ID)
	}
	for _, p := range parties {
		aid := p.Get(data.Party.AgreementID)
		if !leads[aid] && !signs[aid] {
			ids = append(ids, aid)
		}
		signs[aid] = true
	}
	recs, err := o.store.GetMany(o.ctx, data.KindAgreement, ids)
	if err != nil {
		fyne.LogError("read agreements", err)
	}
	sort.SliceStable(recs, func(i, j int) bool {
		return data.Fold(recs[i].Get(data.Agreement.Title)) < data.Fold(recs[j].Get(data.Agreement.Title))
	})
	r.agreementIDs = nil
	var rows []fyne.CanvasObject
	for _, a := range recs {
		aid := a.ID
		r.agreementIDs = append(r.agreementIDs, aid)
		role := ""
		switch {
		case leads[aid] && signs[aid]:
			role = lang.X("organisations.agreement.both", "trekker en partij")
		case leads[aid]:
			role = lang.X("organisations.agreement.owner", "trekker")
		default:
			role = lang.X("organisations.agreement.party", "partij")
		}
		detail := role + " · " + say.Choice(data.AgreementStatuses, a.Get(data.Agreement.Status))
		rows = append(rows, relatedRow(a.Get(data.Agreement.Title), detail, o.Safe(func() { o.ShowRecord(data.KindAgreement, aid) })))
	}
	if len(rows) == 0 {
		rows = append(rows, kit.NewQuietText(lang.X("organisations.agreements.none", "Deze organisatie is geen partij of trekker bij een ketenafspraak.")))
	}
	r.agreements.Objects = rows
	r.agreements.Refresh()
	r.agreementsHead.SetText(lang.X("organisations.agreements", "Ketenafspraken ({{.Count}})", map[string]any{"Count": len(recs)}))
}

// relatedRow is a link that opens a record, with a detail in quiet text at the
// right.
func relatedRow(text, detail string, open func()) fyne.CanvasObject {
	return container.NewBorder(nil, nil, nil, kit.NewQuietText(detail).Unwrapped(), kit.Link(text, open))
}

// addContact asks for the name, role, e-mail and phone of a new contact at
// the organisation in the form, and stores it. The dialog stays open with
// the store's message when something is refused.
func (r *orgRelated) addContact() {
	o := r.o
	orgID := o.form.id
	if orgID == "" {
		return
	}
	c := &contactDialog{name: kit.NewTextEntry(nil), email: kit.NewTextEntry(nil), phone: kit.NewTextEntry(nil)}
	r.dialog = c
	c.role = newChoiceSelect(lang.X("form.none", "(geen)"), nil)
	c.role.setChoices(data.ContactRoles)
	c.role.choose("")
	c.email.SetPlaceHolder(lang.X("organisations.contact.email.hint", "naam@organisatie.nl"))
	c.phone.SetPlaceHolder(lang.X("organisations.contact.phone.hint", "bijvoorbeeld 06-12345678"))
	c.message = kit.MessageLabel()
	c.message.Importance = widget.DangerImportance

	cancel := widget.NewButton(lang.X("form.cancel", "Annuleren"), func() { c.dialog.Hide() })
	c.save = widget.NewButtonWithIcon(lang.X("form.save", "Opslaan"), theme.DocumentSaveIcon(), func() {
		_, err := o.store.Create(o.ctx, data.KindContact, map[string]string{data.Contact.Name: c.name.Text, data.Contact.OrganisationID: orgID,
			data.Contact.Role: c.role.chosen(), data.Contact.Email: c.email.Text, data.Contact.Phone: c.phone.Text})
		if err != nil {
			c.message.SetText(say.Error(err))
			c.message.Show()
			return
		}
		c.dialog.Hide()
		r.show(orgID)
		o.form.relayout()
		o.RefreshOthers(o)
		o.form.ShowMessage(lang.X("form.saved", "{{.Name}} is opgeslagen.", map[string]any{"Name": c.name.Text}), widget.SuccessImportance)
	})
	c.save.Importance = widget.HighImportance
	o.Guard(cancel, c.save)
	form := container.New(layout.NewFormLayout(),
		kit.FormLabel(lang.X("organisations.contact.name", "Naam *")), c.name,
		kit.FormLabel(lang.X("organisations.contact.role", "Rol")), c.role.Select,
		kit.FormLabel(lang.X("organisations.contact.email", "E-mail")), c.email,
		kit.FormLabel(lang.X("organisations.contact.phone", "Telefoon")), c.phone,
	)
	title := lang.X("organisations.contact.title", "Nieuwe contactpersoon bij {{.Name}}", map[string]any{"Name": o.form.title})
	c.dialog = dialog.NewCustomWithoutButtons(title, container.NewVBox(form, c.message, container.NewHBox(layout.NewSpacer(), cancel, c.save)), o.win)
	c.dialog.Resize(fyne.NewSize(520, 0))
	c.dialog.Show()
	o.win.Canvas().Focus(c.name)
}
