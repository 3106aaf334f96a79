package app

import (
	"fmt"

	"ketenregie/data"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"
)

// settingsScreen shows this computer's name and the database file, read-only.
type settingsScreen struct {
	*env
	device  *widget.Label
	path    *widget.Label
	schema  *widget.Label
	content fyne.CanvasObject
}

func newSettingsScreen(e *env) *settingsScreen {
	st := &settingsScreen{env: e, device: widget.NewLabel(""), path: widget.NewLabel(""), schema: widget.NewLabel("")}
	st.path.Wrapping = fyne.TextWrapBreak
	st.path.Selectable = true
	form := container.New(layout.NewFormLayout(),
		widget.NewLabelWithStyle(lang.X("settings.device", "Naam van deze computer"), fyne.TextAlignTrailing, fyne.TextStyle{Bold: true}), st.device,
		widget.NewLabelWithStyle(lang.X("settings.database", "Database"), fyne.TextAlignTrailing, fyne.TextStyle{Bold: true}), st.path,
		widget.NewLabelWithStyle(lang.X("settings.schema", "Databaseversie"), fyne.TextAlignTrailing, fyne.TextStyle{Bold: true}), st.schema,
	)
	note := widget.NewLabel(lang.X("settings.note",
		"Collega's zien later de naam van deze computer bij uw wijzigingen. Instellingen wijzigen komt in een latere versie; een andere database kiest u nu bij het starten met --db BESTAND of de omgevingsvariabele KETENREGIE_DB."))
	note.Wrapping = fyne.TextWrapWord
	st.content = page(lang.X("settings.title", "Instellingen"), nil, container.NewVBox(form, widget.NewSeparator(), note))
	st.Refresh()
	return st
}

func (st *settingsScreen) Content() fyne.CanvasObject { return st.content }

func (st *settingsScreen) Refresh() {
	name, err := st.store.DeviceName(st.ctx)
	if err != nil {
		name = err.Error()
	}
	st.device.SetText(name)
	st.path.SetText(st.store.Path())
	st.schema.SetText(fmt.Sprint(data.SchemaVersion()))
}
