package app

import (
	"sort"
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
)

// partyList is the parties part of the agreement form: each organisation
// that signs, with its signatory, and buttons to add and remove parties.
// Changes wait in the form until the agreement is saved.
type partyList struct {
	a       *agreementsScreen
	rows    []*partyRow
	loaded  map[string]string // party id -> signatory, as loaded
	box     *fyne.Container
	empty   fyne.CanvasObject
	add     *widget.Button
	content fyne.CanvasObject
	picker  *partyPicker // the last "add a party" dialog, for tests
}

// partyRow is one party in the form; id is "" for a party not yet saved.
type partyRow struct {
	id        string
	orgID     string
	signatory *kit.TextEntry
	remove    *widget.Button
}

func newPartyList(a *agreementsScreen) *partyList {
	p := &partyList{a: a, loaded: map[string]string{}, box: container.NewVBox()}
	p.empty = kit.NewQuietText(lang.X("agreements.parties.none", "Nog geen partijen.")).Unwrapped()
	p.add = widget.NewButtonWithIcon(lang.X("agreements.parties.add", "Partij toevoegen…"), theme.ContentAddIcon(), p.pick)
	a.Guard(p.add)
	p.content = container.NewVBox(p.box, container.NewHBox(p.add))
	return p
}

// set shows the parties of an agreement as stored, in Dutch order of the
// organisations' names.
func (p *partyList) set(parties []data.Record) {
	p.loaded = map[string]string{}
	p.rows = nil
	for _, r := range parties {
		p.loaded[r.ID] = r.Get(data.Party.Signatory)
		p.rows = append(p.rows, p.newRow(r.ID, r.Get(data.Party.OrganisationID), r.Get(data.Party.Signatory)))
	}
	p.sort()
	p.show()
}

func (p *partyList) newRow(id, orgID, signatory string) *partyRow {
	e := kit.NewTextEntry(p.a.shortcut)
	e.SetPlaceHolder(lang.X("agreements.parties.signatory.hint", "Ondertekenaar (naam en functie)"))
	e.SetText(signatory)
	e.OnChanged = func(string) { p.a.form.Changed() }
	p.a.Guard(e)
	return &partyRow{id: id, orgID: orgID, signatory: e}
}

func (p *partyList) sort() {
	sort.SliceStable(p.rows, func(i, j int) bool {
		return data.Fold(p.a.orgName[p.rows[i].orgID]) < data.Fold(p.a.orgName[p.rows[j].orgID])
	})
}

// show puts a line in the form for each party: the organisation, which
// opens it, the signatory, and a button that removes the party.
func (p *partyList) show() {
	objs := make([]fyne.CanvasObject, 0, len(p.rows)+1)
	if len(p.rows) == 0 {
		objs = append(objs, p.empty)
	}
	for _, r := range p.rows {
		row := r
		name := p.a.orgName[row.orgID]
		if name == "" {
			name = lang.X("agreements.parties.unknown", "(onbekende organisatie)")
		}
		open := kit.Link(name, p.a.Safe(func() { p.a.ShowRecord(data.KindOrganisation, row.orgID) }))
		row.remove = widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { p.remove(row) })
		row.remove.Importance = widget.LowImportance
		p.a.Guard(row.remove)
		// The organisation above its signatory, each the form's full
		// width: side by side, both were cut short ("Openbaar
		// Ministerie, arrondissementsparket Noord-Holland").
		objs = append(objs, container.NewBorder(nil, nil, nil, row.remove, container.NewVBox(open, row.signatory)))
	}
	p.box.Objects = objs
	p.box.Refresh()
	if p.a.form.body != nil {
		p.a.form.relayout()
	}
}

// remove takes a party out of the form; saving deletes it.
func (p *partyList) remove(row *partyRow) {
	for i, r := range p.rows {
		if r == row {
			p.rows = append(p.rows[:i], p.rows[i+1:]...)
			break
		}
	}
	p.show()
	p.a.form.Changed()
}

// addParty puts organisation orgID in the form as a new party.
func (p *partyList) addParty(orgID, signatory string) {
	p.rows = append(p.rows, p.newRow("", orgID, signatory))
	p.sort()
	p.show()
	p.a.form.Changed()
}

// has reports whether organisation orgID is a party in the form.
func (p *partyList) has(orgID string) bool {
	for _, r := range p.rows {
		if r.orgID == orgID {
			return true
		}
	}
	return false
}

// state describes the parties in the form, to see unsaved changes.
func (p *partyList) state() string {
	var b strings.Builder
	for _, r := range p.rows {
		b.WriteString(r.id + "\x1f" + r.orgID + "\x1f" + r.signatory.Text + "\x1e")
	}
	return b.String()
}

// save writes the party changes of agreement id inside t: removed parties
// are deleted, new ones created, changed signatories updated. Nothing else
// is written, so a colleague's change of a party the user left alone,
// read in while the form was open, stays; a party the user removed and a
// colleague deleted meanwhile is simply gone.
func (p *partyList) save(t *data.Tx, id string) error {
	kept := map[string]bool{}
	for _, r := range p.rows {
		kept[r.id] = true
	}
	for pid := range p.loaded {
		if !kept[pid] {
			if err := t.Delete(data.KindParty, pid); err != nil && !data.IsNotFound(err) {
				return err
			}
		}
	}
	for _, r := range p.rows {
		switch {
		case r.id == "":
			if _, err := t.Create(data.KindParty, map[string]string{data.Party.AgreementID: id, data.Party.OrganisationID: r.orgID, data.Party.Signatory: r.signatory.Text}); err != nil {
				return err
			}
		case r.signatory.Text != p.loaded[r.id]:
			if err := t.Update(data.KindParty, r.id, map[string]string{data.Party.Signatory: r.signatory.Text}); err != nil {
				return err
			}
		}
	}
	return nil
}

// partyPicker is the dialog that adds a party: a search over the
// organisations not yet party, and the name of who signs for it.
type partyPicker struct {
	p         *partyList
	search    *widget.Entry
	list      *widget.List
	found     []data.Record
	chosen    string
	signatory *widget.Entry
	ok        *widget.Button
	dialog    dialog.Dialog
}

// pick opens the dialog that adds a party.
func (p *partyList) pick() {
	k := &partyPicker{p: p}
	p.picker = k
	k.search = widget.NewEntry()
	k.search.SetPlaceHolder(lang.X("agreements.parties.search", "Zoek een organisatie op naam of soort…"))
	k.search.OnChanged = func(string) { k.find() }
	k.list = widget.NewList(func() int { return len(k.found) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			r := k.found[i]
			o.(*widget.Label).SetText(r.Get(data.Organisation.Name) + " · " + say.Choice(data.OrganisationTypes, r.Get(data.Organisation.Type)))
		})
	k.list.OnSelected = func(i widget.ListItemID) {
		k.chosen = k.found[i].ID
		k.ok.Enable()
	}
	k.list.OnUnselected = func(widget.ListItemID) {
		k.chosen = ""
		k.ok.Disable()
	}
	k.signatory = widget.NewEntry()
	k.signatory.SetPlaceHolder(lang.X("agreements.parties.signatory.example", "naam en functie, bijvoorbeeld J. de Vries, burgemeester"))
	cancel := widget.NewButton(lang.X("form.cancel", "Annuleren"), func() { k.dialog.Hide() })
	k.ok = widget.NewButtonWithIcon(lang.X("agreements.parties.add.ok", "Toevoegen"), theme.ConfirmIcon(), k.add)
	k.ok.Importance = widget.HighImportance
	k.ok.Disable()
	p.a.Guard(k.search, k.list, cancel, k.ok)
	bottom := container.NewVBox(
		container.New(layout.NewFormLayout(), kit.FormLabel(lang.X("agreements.parties.signatory", "Ondertekenaar")), k.signatory),
		container.NewHBox(layout.NewSpacer(), cancel, k.ok))
	body := container.NewBorder(k.search, bottom, nil, nil, k.list)
	k.dialog = dialog.NewCustomWithoutButtons(lang.X("agreements.parties.add.title", "Partij toevoegen"), body, p.a.win)
	k.dialog.Resize(fyne.NewSize(560, 480))
	k.find()
	k.dialog.Show()
	p.a.win.Canvas().Focus(k.search)
}

// find lists the organisations that match the search and are not yet party.
func (k *partyPicker) find() {
	recs, err := k.p.a.store.Search(k.p.a.ctx, data.KindOrganisation, k.search.Text, 0)
	if err != nil {
		fyne.LogError("search organisations", err)
	}
	k.found = k.found[:0]
	for _, r := range recs {
		if !k.p.has(r.ID) {
			k.found = append(k.found, r)
		}
	}
	k.list.UnselectAll()
	k.list.Refresh()
	k.chosen = ""
	k.ok.Disable()
}

func (k *partyPicker) add() {
	if k.chosen == "" {
		return
	}
	k.p.addParty(k.chosen, k.signatory.Text)
	k.dialog.Hide()
}
