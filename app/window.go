// Package app is Ketenregie's desktop GUI: the main window with its
// navigation, one file per screen, and the Dutch and English translations.
package app

import (
	"context"
	"errors"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ketenregie/data"
)

// windowTitle is the program's name; it is not translated.
const windowTitle = "Ketenregie"

// defaultSize is the window size on first start; every screen is laid out
// to be usable from here up to 1920x1080.
var defaultSize = fyne.NewSize(1280, 800)

// Run opens the database at dbPath, shows the main window and blocks until it closes.
func Run(a fyne.App, dbPath string) error {
	loadTranslations()
	ctx := context.Background()
	s, err := data.Open(ctx, dbPath, data.Options{})
	if err != nil {
		showOpenError(a, dbPath, err)
		return err
	}
	defer s.Close()
	m := NewMainWindow(a, s)
	m.win.SetMaster()
	a.Lifecycle().SetOnStarted(m.offerDemo)
	m.win.ShowAndRun()
	return nil
}

// showOpenError tells the coordinator in a small window why the database
// could not be opened, and returns when that window is closed.
func showOpenError(a fyne.App, dbPath string, err error) {
	msg := err.Error()
	if e, ok := data.AsError(err); ok {
		msg = e.Msg
	} else {
		msg = lang.X("open.failed", "De database {{.Path}} kan niet worden geopend: {{.Err}}",
			map[string]any{"Path": dbPath, "Err": err.Error()})
	}
	w := a.NewWindow(windowTitle)
	w.Resize(fyne.NewSize(640, 320))
	w.SetContent(widget.NewLabel(""))
	d := dialog.NewError(errors.New(msg), w)
	d.SetOnClosed(w.Close)
	d.Show()
	w.ShowAndRun()
}

// screen is one page of the main window. Refresh rereads the store.
type screen interface {
	Content() fyne.CanvasObject
	Refresh()
}

// navItem is one entry of the navigation on the left.
type navItem struct {
	id    string
	icon  fyne.Resource
	label string
}

// navItems are the screens of the program, in the order the navigation shows them.
func navItems() []navItem {
	return []navItem{
		{"overzicht", theme.HomeIcon(), lang.X("nav.overview", "Overzicht")},
		{"gemeenten", theme.GridIcon(), lang.X("nav.municipalities", "Gemeenten")},
		{"organisaties", theme.StorageIcon(), lang.X("nav.organisations", "Organisaties")},
		{"contacten", theme.AccountIcon(), lang.X("nav.contacts", "Contacten")},
		{"ketenafspraken", theme.DocumentIcon(), lang.X("nav.agreements", "Ketenafspraken")},
		{"beleidsplannen", theme.FileTextIcon(), lang.X("nav.plans", "Beleidsplannen")},
		{"uitwisselen", theme.MailSendIcon(), lang.X("nav.exchange", "Uitwisselen")},
		{"instellingen", theme.SettingsIcon(), lang.X("nav.settings", "Instellingen")},
	}
}

// MainWindow is Ketenregie's window: the navigation on the left and the
// current screen on the right. Screens are built when first shown and kept,
// so a half-edited form survives a look at another screen.
type MainWindow struct {
	app   fyne.App
	win   fyne.Window
	store *data.Store
	ctx   context.Context

	items   []navItem
	nav     *widget.List
	body    *fyne.Container
	screens map[string]screen
	current string

	contacts *contactsScreen

	// onDemoLoaded, when set, runs after the demo region has been loaded
	// (or failed to load) and the screens are refreshed; tests wait on it.
	onDemoLoaded func()
	demoDialog   *dialog.ConfirmDialog
}

// NewMainWindow builds the main window on store s and opens the overview.
// It does not show the window.
func NewMainWindow(a fyne.App, s *data.Store) *MainWindow {
	loadTranslations()
	m := &MainWindow{
		app:     a,
		win:     a.NewWindow(windowTitle),
		store:   s,
		ctx:     context.Background(),
		items:   navItems(),
		screens: map[string]screen{},
		body:    container.NewStack(),
	}
	longest := ""
	for _, it := range m.items {
		if len(it.label) > len(longest) {
			longest = it.label
		}
	}
	m.nav = widget.NewList(
		func() int { return len(m.items) },
		func() fyne.CanvasObject {
			return container.NewHBox(widget.NewIcon(theme.HomeIcon()), widget.NewLabel(longest))
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			row := o.(*fyne.Container)
			row.Objects[0].(*widget.Icon).SetResource(m.items[i].icon)
			row.Objects[1].(*widget.Label).SetText(m.items[i].label)
		},
	)
	m.nav.OnSelected = func(i widget.ListItemID) { m.open(m.items[i].id) }

	heading := widget.NewLabelWithStyle(windowTitle, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	heading.SizeName = theme.SizeNameSubHeadingText
	left := container.NewBorder(heading, nil, nil, nil, m.nav)
	m.win.SetContent(container.NewBorder(nil, nil, container.NewHBox(left, widget.NewSeparator()), nil, m.body))
	m.win.Resize(defaultSize)
	m.win.SetCloseIntercept(m.closeRequested)
	m.addShortcuts()
	m.Show("overzicht")
	return m
}

// Window is the Fyne window, for tests and screenshots.
func (m *MainWindow) Window() fyne.Window { return m.win }

// Show opens the screen with this id ("overzicht", "gemeenten",
// "organisaties", "contacten", "ketenafspraken", "beleidsplannen",
// "uitwisselen" or "instellingen") and selects it in the navigation.
func (m *MainWindow) Show(screen string) {
	for i, it := range m.items {
		if it.id == screen {
			m.nav.Select(i) // calls open unless it is already selected
			m.open(screen)
			return
		}
	}
	fyne.LogError("show screen", fmt.Errorf("no screen %q", screen))
}

// open puts a screen on the right, building it the first time.
func (m *MainWindow) open(id string) {
	if id == m.current && len(m.body.Objects) > 0 {
		return
	}
	sc, ok := m.screens[id]
	if !ok {
		sc = m.newScreen(id)
		m.screens[id] = sc
	} else {
		sc.Refresh()
	}
	m.current = id
	m.body.Objects = []fyne.CanvasObject{sc.Content()}
	m.body.Refresh()
}

func (m *MainWindow) newScreen(id string) screen {
	switch id {
	case "overzicht":
		return newOverviewScreen(m.ctx, m.store)
	case "gemeenten":
		return newMunicipalitiesScreen(m.ctx, m.store)
	case "organisaties":
		return newOrganisationsScreen(m.ctx, m.store)
	case "contacten":
		m.contacts = newContactsScreen(m.ctx, m.store, m.win)
		return m.contacts
	case "ketenafspraken":
		return newAgreementsScreen(m.ctx, m.store)
	case "beleidsplannen":
		return newPlansScreen(m.ctx, m.store)
	case "uitwisselen":
		return newExchangeScreen()
	case "instellingen":
		return newSettingsScreen(m.ctx, m.store)
	}
	panic("no screen " + id)
}

// addShortcuts binds Ctrl+F, Ctrl+N and Ctrl+S (Cmd on macOS) for when no
// text field has the keyboard; the contacts screen's own fields pass them on
// the same way.
func (m *MainWindow) addShortcuts() {
	for _, key := range []fyne.KeyName{fyne.KeyF, fyne.KeyN, fyne.KeyS} {
		sc := &desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierShortcutDefault}
		m.win.Canvas().AddShortcut(sc, func(s fyne.Shortcut) {
			if m.current == "contacten" && m.contacts != nil {
				m.contacts.shortcut(s.(*desktop.CustomShortcut))
			}
		})
	}
}

// closeRequested closes the window, after asking when a contact has unsaved changes.
func (m *MainWindow) closeRequested() {
	if m.contacts == nil || !m.contacts.dirty() {
		m.win.Close()
		return
	}
	m.Show("contacten")
	m.contacts.whenDiscarded(m.win.Close, nil)
}

// refreshAll rereads the store on every screen built so far.
func (m *MainWindow) refreshAll() {
	for _, sc := range m.screens {
		sc.Refresh()
	}
}

// offerDemo asks, on an empty database, whether to load the demo region.
func (m *MainWindow) offerDemo() {
	used, err := m.store.HasUserData(m.ctx)
	if err != nil {
		dialog.ShowError(err, m.win)
		return
	}
	if used {
		return
	}
	d := dialog.NewConfirm(lang.X("demo.title", "Lege database"),
		lang.X("demo.offer", "Deze database is nog leeg. Wilt u de demoregio West-Friesland en Zuid-Kennemerland laden om het programma te verkennen?"),
		func(ok bool) {
			if ok {
				m.loadDemo()
			}
		}, m.win)
	d.SetConfirmText(lang.X("demo.load", "Demoregio laden"))
	d.SetDismissText(lang.X("demo.skip", "Leeg beginnen"))
	m.demoDialog = d
	d.Show()
}

// loadDemo loads the demo region off the UI goroutine behind a progress
// indicator, then refreshes the screens.
func (m *MainWindow) loadDemo() {
	bar := widget.NewProgressBarInfinite()
	wait := dialog.NewCustomWithoutButtons(lang.X("demo.loading.title", "Demoregio laden"),
		container.NewVBox(widget.NewLabel(lang.X("demo.loading", "De demoregio wordt geladen. Een ogenblik geduld…")), bar), m.win)
	wait.Show()
	go func() {
		_, err := m.store.LoadDemo(m.ctx)
		fyne.Do(func() {
			bar.Stop()
			wait.Hide()
			if err != nil {
				msg := err.Error()
				if e, ok := data.AsError(err); ok {
					msg = e.Msg
				}
				dialog.ShowError(errors.New(msg), m.win)
			}
			m.refreshAll()
			if m.onDemoLoaded != nil {
				m.onDemoLoaded()
			}
		})
	}()
}
