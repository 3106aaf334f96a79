package app

import (
	"fmt"
	"net/url"
	"path/filepath"

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

// restorableKinds are the kinds the Verwijderd list offers to bring back;
// their children (parties, chapters, blocks, actions) come back with them.
var restorableKinds = []string{"contact", "organisation", "agreement", "activity", "plan", "cluster", "assessment"}

// settingsScreen is Instellingen: this computer's name, language and theme,
// where the database lives with its backups, and deleted records.
type settingsScreen struct {
	*env

	device     *kit.TextEntry
	person     *kit.TextEntry
	deviceSave *widget.Button
	deviceMsg  *widget.Label
	loaded     data.Identity // the names as last read or saved
	language   *widget.RadioGroup
	langNote   *widget.Label   // the chosen language waits for the next start,
	langNow    *widget.Button  // unless switched to now
	langChange *fyne.Container // the two, shown after a change
	themeGroup *widget.RadioGroup
	path       *widget.Label
	schema     *widget.Label
	backups    *widget.Label
	backupList *fyne.Container
	check      *checkView
	deleted    *fyne.Container

	langCodes  map[string]string // radio label -> preference value
	themeCodes map[string]string
	content    fyne.CanvasObject
}

func newSettingsScreen(e *env) *settingsScreen {
	st := &settingsScreen{env: e, path: widget.NewLabel(""), schema: widget.NewLabel(""),
		backups: widget.NewLabel(""), backupList: container.NewVBox(), deviceMsg: widget.NewLabel(""), deleted: container.NewVBox()}
	prefs := fyne.CurrentApp().Preferences()

	st.device = kit.NewTextEntry(st.Shortcut)
	st.device.OnChanged = func(string) { st.deviceChanged() }
	st.person = kit.NewTextEntry(st.Shortcut)
	st.person.SetPlaceHolder(lang.X("settings.person.hint", "uw voor- en achternaam"))
	st.person.OnChanged = func(string) { st.deviceChanged() }
	st.deviceMsg.Wrapping = fyne.TextWrapWord
	st.deviceMsg.Hide()
	st.deviceSave = widget.NewButtonWithIcon(lang.X("settings.device.save", "Namen opslaan"), theme.DocumentSaveIcon(), st.saveDevice)
	st.deviceSave.Disable()

	system, nl, en := lang.X("settings.language.system", "Taal van het systeem"), "Nederlands", "English"
	st.langCodes = map[string]string{system: "", nl: "nl", en: "en"}
	st.langNote = kit.Hint(lang.X("settings.language.restart", "De nieuwe taal geldt vanaf de volgende keer dat u Ketenregie start."))
	st.langNow = widget.NewButtonWithIcon(lang.X("settings.language.now", "Nu overschakelen"), theme.ViewRefreshIcon(), func() {
		if st.main != nil {
			st.main.switchLanguage()
		}
	})
	st.langChange = container.NewBorder(nil, nil, nil, st.langNow, st.langNote)
	st.langChange.Hide()
	st.language = widget.NewRadioGroup([]string{system, nl, en}, func(choice string) {
		code := st.langCodes[choice]
		if prefs.String(prefLanguage) == code {
			return
		}
		prefs.SetString(prefLanguage, code)
		// The screens were built in the language loaded; another one
		// needs them built again, now or at the next start.
		if say.LanguageFor(code) == say.Loaded() {
			st.langChange.Hide()
		} else {
			st.langNow.Hidden = st.main == nil
			st.langChange.Show()
		}
	})
	st.language.Required = true
	st.language.Selected = labelFor(st.langCodes, prefs.String(prefLanguage), system)

	sysTheme, light, dark := lang.X("settings.theme.system", "Zoals het systeem"), lang.X("settings.theme.light", "Licht"), lang.X("settings.theme.dark", "Donker")
	st.themeCodes = map[string]string{sysTheme: themeSystem, light: themeLight, dark: themeDark}
	st.themeGroup = widget.NewRadioGroup([]string{sysTheme, light, dark}, func(choice string) {
		code := st.themeCodes[choice]
		prefs.SetString(prefTheme, code)
		applyTheme(fyne.CurrentApp(), code)
		if st.main != nil {
			st.main.themeChanged()
		}
	})
	st.themeGroup.Required = true
	st.themeGroup.Selected = labelFor(st.themeCodes, prefs.String(prefTheme), sysTheme)

	st.path.Wrapping = fyne.TextWrapBreak
	st.path.Selectable = true
	openFolder := widget.NewButtonWithIcon(lang.X("settings.database.open", "Map openen"), theme.FolderOpenIcon(), st.openFolder)
	st.backups.Wrapping = fyne.TextWrapWord

	label := kit.LabelColumn{Width: 200}.Label
	checkLabel := label(lang.X("settings.check", "Controle"))
	st.check = newCheckView(e, checkLabel)
	program := container.New(layout.NewFormLayout(),
		label(lang.X("settings.person", "Uw naam")), st.person,
		label(lang.X("settings.device", "Naam van deze computer")),
		container.NewVBox(container.NewBorder(nil, nil, nil, st.deviceSave, st.device), st.deviceMsg),
		layout.NewSpacer(), kit.Hint(lang.X("settings.device.hint", "Collega's zien beide namen bij uw wijzigingen wanneer u gegevens uitwisselt.")),
		label(lang.X("settings.language", "Taal")), container.NewVBox(st.language, st.langChange),
		label(lang.X("settings.theme", "Weergave")), st.themeGroup,
	)
	storage := container.New(layout.NewFormLayout(),
		label(lang.X("settings.database", "Database")), container.NewBorder(nil, nil, nil, openFolder, st.path),
		label(lang.X("settings.schema", "Databaseversie")), st.schema,
		checkLabel, st.check.content,
		label(lang.X("settings.backups", "Reservekopieën")), container.NewVBox(st.backups, st.backupList),
		layout.NewSpacer(), kit.Hint(lang.X("settings.database.hint",
			"Een andere database kiest u bij het starten met --db BESTAND of de omgevingsvariabele KETENREGIE_DB. Maak een reservekopie door Ketenregie te sluiten en het databasebestand te kopiëren.")),
	)
	about := widget.NewButtonWithIcon(lang.X("settings.about", "Over Ketenregie"), theme.InfoIcon(), st.showAbout)
	body := container.NewVBox(
		container.NewBorder(nil, nil, nil, about, kit.SectionHeading(lang.X("settings.program", "Programma"))), program, widget.NewSeparator(),
		kit.SectionHeading(lang.X("settings.storage", "Gegevens op deze computer")), storage, widget.NewSeparator(),
		container.NewBorder(nil, nil, nil, auditButton(e), kit.SectionHeading(lang.X("settings.audit", "Logboek"))),
		kit.Hint(lang.X("settings.audit.hint", "Elke wijziging staat in het logboek, met wie hem maakte en wanneer (BIO). Exporteer het als lijst voor Excel, over een periode die u kiest.")),
		widget.NewSeparator(),
		kit.SectionHeading(lang.X("settings.deleted", "Verwijderd")),
		kit.Hint(lang.X("settings.deleted.hint", "Wat u verwijdert, kunt u hier terugzetten, met alles wat erbij hoorde (partijen, hoofdstukken, acties).")),
		st.deleted, widget.NewSeparator(),
		kit.SectionHeading(privacyTitle()), privacyText(),
	)
	st.content = kit.Page(lang.X("settings.title", "Instellingen"), nil, kit.VScroll(body))
	e.GuardTree(st.content)
	st.Refresh()
	return st
}

// showAbout shows the program's name, version and purpose.
func (st *settingsScreen) showAbout() {
	title := widget.NewLabelWithStyle(windowTitle, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameHeadingText
	text := widget.NewLabel(lang.X("settings.about.text",
		"Versie {{.Version}}\n\nHet werkprogramma van de regionale coördinator aanpak mensenhandel: gemeenten, ketenpartners, contactpersonen, ketenafspraken, zelfevaluaties en beleidsplannen, op deze computer en zonder server gedeeld met collega's.",
		map[string]any{"Version": Version}))
	text.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(lang.X("settings.about", "Over Ketenregie"), lang.X("settings.about.close", "Sluiten"),
		container.NewVBox(title, text), st.win)
	d.Resize(fyne.NewSize(520, 260))
	d.Show()
}

// privacyText is the privacy statement, wrapped to the screen.
func privacyText() fyne.CanvasObject {
	l := widget.NewLabel(privacyStatement())
	l.Wrapping = fyne.TextWrapWord
	return l
}

// labelFor is the label whose code is code, or fallback.
func labelFor(codes map[string]string, code, fallback string) string {
	for l, c := range codes {
		if c == code {
			return l
		}
	}
	return fallback
}

func (st *settingsScreen) Content() fyne.CanvasObject { return st.content }

func (st *settingsScreen) Refresh() {
	if !st.Dirty() {
		id, err := st.store.Identity(st.ctx)
		if err != nil {
			st.showDeviceMessage(say.Error(err), widget.DangerImportance)
		}
		st.loaded = id
		st.device.SetText(id.Device)
		st.person.SetText(id.Person)
		st.deviceSave.Disable()
	}
	st.path.SetText(st.store.Path())
	st.schema.SetText(fmt.Sprint(data.SchemaVersion()))
	st.check.show()
	st.showBackups()
	st.showDeleted()
}

func (st *settingsScreen) showBackups() {
	st.backupList.RemoveAll()
	list, err := data.Backups(st.store.Path())
	switch {
	case err != nil:
		st.backups.SetText(say.Error(err))
	case len(list) == 0:
		st.backups.SetText(lang.X("settings.backups.none", "Nog geen. Ketenregie maakt een reservekopie vóór elke database-upgrade en elke import, en bewaart de laatste tien."))
	default:
		st.backups.SetText(lang.X("settings.backups.count", "{{.Count}} in {{.Dir}}", map[string]any{"Count": len(list), "Dir": data.BackupDir(st.store.Path())}))
		for _, b := range list {
			b := b
			text := lang.X("settings.backups.item", "{{.Date}} om {{.Time}}: {{.Reason}} ({{.Size}} kB)",
				map[string]any{"Date": b.Time.Format("02-01-2006"), "Time": b.Time.Format("15:04"), "Reason": b.Comment, "Size": (b.Size + 1023) / 1024})
			restore := widget.NewButtonWithIcon(lang.X("settings.backups.restore", "Terugzetten"), theme.HistoryIcon(), func() { st.askRestore(b) })
			st.backupList.Add(container.NewBorder(nil, nil, nil, restore, widget.NewLabel(text)))
		}
	}
}

// askRestore confirms, then replaces the database with a backup.
func (st *settingsScreen) askRestore(b data.BackupFile) {
	when := b.Time.Format("02-01-2006 15:04")
	st.Ask(lang.X("settings.backups.restore.title", "Reservekopie terugzetten"),
		lang.X("settings.backups.restore.question", "De database wordt teruggezet naar de toestand van {{.When}}. Wat u daarna heeft ingevoerd, verdwijnt uit deze database; wat u al met collega's had uitgewisseld, komt terug bij de volgende uitwisseling. Ketenregie maakt eerst een reservekopie van de huidige toestand. Doorgaan?", map[string]any{"When": when}),
		lang.X("settings.backups.restore.yes", "Terugzetten"), lang.X("settings.backups.restore.no", "Annuleren"), func() {
			st.Busy(lang.X("settings.backups.restore.title", "Reservekopie terugzetten"), lang.X("settings.backups.restore.busy", "De reservekopie wordt teruggezet…"),
				func() error { return st.store.RestoreBackup(st.ctx, b.Path) },
				func(err error) {
					if err != nil {
						st.ShowError(err)
					}
					if st.main != nil {
						st.main.refreshAll()
						if err == nil {
							// Whatever the check found was about the database
							// that was replaced: look again.
							st.main.checkDatabase()
						}
					} else {
						st.Refresh()
					}
				})
		}, nil)
}

func (st *settingsScreen) showDeleted() {
	st.deleted.RemoveAll()
	list, err := st.store.Deleted(st.ctx, restorableKinds...)
	if err != nil {
		st.deleted.Add(widget.NewLabel(say.Error(err)))
		return
	}
	if len(list) == 0 {
		st.deleted.Add(widget.NewLabel(lang.X("settings.deleted.none", "Er is niets verwijderd.")))
		return
	}
	const shown = 50
	for i, d := range list {
		if i == shown {
			st.deleted.Add(widget.NewLabel(lang.X("settings.deleted.more", "en nog {{.Count}} eerder verwijderde records", map[string]any{"Count": len(list) - shown})))
			break
		}
		d := d
		title := d.Title
		if d.Kind == "assessment" {
			title = say.Choice(data.ChecklistChoices(), d.Title)
		}
		text := lang.X("settings.deleted.item", "{{.Kind}} {{.Title}}, verwijderd op {{.Date}}",
			map[string]any{"Kind": say.Capitalise(say.Kind(d.Kind)), "Title": title, "Date": d.Deleted.Format("02-01-2006 15:04")})
		l := widget.NewLabel(text)
		l.Truncation = fyne.TextTruncateEllipsis
		restore := widget.NewButtonWithIcon(lang.X("settings.deleted.restore", "Terugzetten"), theme.ContentUndoIcon(), func() {
			st.restore(d)
		})
		st.deleted.Add(container.NewBorder(nil, nil, nil, restore, l))
	}
}

// restore brings a deleted record back and shows it where it belongs.
func (st *settingsScreen) restore(d data.DeletedRecord) {
	if err := st.store.Write(st.ctx, func(t *data.Tx) error { return t.Restore(d.Kind, d.ID) }); err != nil {
		st.ShowError(err)
		return
	}
	st.showDeleted()
	st.ShowRecord(d.Kind, d.ID)
}

func (st *settingsScreen) openFolder() {
	u := &url.URL{Scheme: "file", Path: filepath.ToSlash(filepath.Dir(st.store.Path()))}
	if err := fyne.CurrentApp().OpenURL(u); err != nil {
		st.ShowError(err)
	}
}

func (st *settingsScreen) deviceChanged() {
	if st.Dirty() {
		st.deviceSave.Enable()
	} else {
		st.deviceSave.Disable()
	}
	st.deviceMsg.Hide()
}

func (st *settingsScreen) saveDevice() {
	if err := st.store.SetIdentity(st.ctx, data.Identity{Device: st.device.Text, Person: st.person.Text}); err != nil {
		st.showDeviceMessage(identityError(err), widget.DangerImportance)
		return
	}
	st.loaded, _ = st.store.Identity(st.ctx)
	st.device.SetText(st.loaded.Device)
	st.person.SetText(st.loaded.Person)
	st.deviceSave.Disable()
	st.showDeviceMessage(lang.X("settings.device.saved", "De namen zijn opgeslagen."), widget.SuccessImportance)
}

func (st *settingsScreen) showDeviceMessage(msg string, imp widget.Importance) {
	st.deviceMsg.Importance = imp
	st.deviceMsg.SetText(msg)
	st.deviceMsg.Show()
}

// Dirty reports a changed but unsaved device or person name.
func (st *settingsScreen) Dirty() bool {
	return st.device != nil && (st.device.Text != st.loaded.Device || st.person.Text != st.loaded.Person)
}

// undoNames puts the names back as last read or saved.
func (st *settingsScreen) undoNames() {
	st.device.SetText(st.loaded.Device)
	st.person.SetText(st.loaded.Person)
}

// identityError is what the window says when SetIdentity refuses the names.
func identityError(err error) string {
	if e, ok := data.AsError(err); ok && e.Code == data.CodeInvalid {
		if e.Reason == "required" {
			return lang.X("settings.device.empty", "Naam van deze computer: vul een naam in")
		}
		return lang.X("settings.names.invalid", "Een naam heeft ten hoogste 200 tekens en geen regeleinden.")
	}
	return say.Error(err)
}

// WhenDiscarded asks before an unsaved device name is thrown away.
func (st *settingsScreen) WhenDiscarded(then, cancel func()) {
	if !st.Dirty() {
		then()
		return
	}
	st.Ask(lang.X("settings.discard.title", "Naam niet opgeslagen"),
		lang.X("settings.discard.question", "U heeft uw naam of die van deze computer gewijzigd maar niet opgeslagen. Wilt u de wijziging weggooien?"),
		lang.X("settings.discard.yes", "Weggooien"), lang.X("settings.discard.no", "Terug"), func() {
			st.undoNames()
			then()
		}, cancel)
}

// Shortcut: Ctrl+S saves the device name, Escape gives up the edit.
func (st *settingsScreen) Shortcut(key fyne.KeyName) bool {
	switch key {
	case fyne.KeyS:
		if st.Dirty() {
			st.saveDevice()
			return true
		}
	case fyne.KeyEscape:
		if st.Dirty() {
			st.undoNames()
			return true
		}
	}
	return false
}
