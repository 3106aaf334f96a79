package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ketenregie/app/kit"
	"ketenregie/data"
)

// askIdentity asks, until the coordinator has confirmed them once, for
// their name and this computer's, prefilled with what the database holds
// (the computer's host name at first), and says that colleagues will see
// both. Later keeps the names as they are and asks again at the next
// start. then runs when the question is answered or not needed.
func (m *MainWindow) askIdentity(then func()) {
	id, err := m.store.Identity(m.ctx)
	if err != nil || id.Confirmed {
		if err != nil {
			fyne.LogError("identity", err)
		}
		then()
		return
	}
	person := kit.NewTextEntry(nil)
	person.SetPlaceHolder(lang.X("settings.person.hint", "uw voor- en achternaam"))
	person.SetText(id.Person)
	device := kit.NewTextEntry(nil)
	device.SetText(id.Device)
	msg := kit.MessageLabel()
	intro := widget.NewLabel(lang.X("identity.intro",
		"Collega's met wie u gegevens uitwisselt, zien bij elke wijziging van u deze twee namen. Kies een naam voor deze computer die zij herkennen, bijvoorbeeld \"Laptop regio West-Friesland\". U kunt beide later wijzigen onder Instellingen."))
	intro.Wrapping = fyne.TextWrapWord
	var d *dialog.CustomDialog
	save := widget.NewButtonWithIcon(lang.X("identity.save", "Opslaan"), theme.ConfirmIcon(), m.env.Safe(func() {
		if err := m.store.SetIdentity(m.ctx, data.Identity{Device: device.Text, Person: person.Text}); err != nil {
			msg.Importance = widget.DangerImportance
			msg.SetText(identityError(err))
			msg.Show()
			return
		}
		d.Hide()
		m.refreshAll()
		then()
	}))
	save.Importance = widget.HighImportance
	later := widget.NewButton(lang.X("identity.later", "Later"), m.env.Safe(func() {
		d.Hide()
		then()
	}))
	form := kit.FormLayout(
		kit.FormLabel(lang.X("settings.person", "Uw naam")), person,
		kit.FormLabel(lang.X("settings.device", "Naam van deze computer")), device,
	)
	body := container.NewVBox(intro, form, msg, container.NewHBox(layout.NewSpacer(), later, save))
	d = dialog.NewCustomWithoutButtons(lang.X("identity.title", "Welkom bij Ketenregie"), body, m.win)
	d.Resize(fyne.NewSize(560, 0))
	d.Show()
	m.win.Canvas().Focus(person)
}
