// Package app is Ketenregie's desktop GUI: the main window with its
// navigation, one file per screen, and the Dutch and English translations.
package app

import (
	"context"
	"errors"
	"fmt"
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ketenregie/app/exchange"
	"ketenregie/app/figures"
	"ketenregie/app/kit"
	"ketenregie/app/planedit"
	"ketenregie/app/say"
	"ketenregie/data"
	"ketenregie/data/demo"
)

// windowTitle is the program's name; it is not translated.
const windowTitle = "Ketenregie"

// defaultSize is the window size on first start, made smaller where the
// screen is (fitScreen). It is what 1920x1080 at 150 % offers, the most
// common laptop, and fits a 1366x768 screen; every screen is laid out to be
// usable from 1024x640 up to 1920x1080.
var defaultSize = fyne.NewSize(1280, 720)

// ScreenRoom, when set, is the largest window content that fits on the
// screen w is on (its work area less w's frame); ok is false when it
// cannot tell. Fyne 2.7 has no API for the screen: main sets it in its cgo
// build, which can ask the driver.
var ScreenRoom func(w fyne.Window) (room fyne.Size, ok bool)

// Version is the program's version, shown in Over Ketenregie and written
// into exchange files; main sets it from FyneApp.toml.
var Version = "onbekend"

// Run opens the database at dbPath, shows the main window and blocks until
// it closes. version is the program's version (FyneApp.toml's).
func Run(a fyne.App, dbPath, version string) error {
	Version = version
	// Before anything is said, even that the database cannot be opened.
	say.Load(a.Preferences().String(prefLanguage))
	ctx := context.Background()
	s, err := data.Open(ctx, dbPath, data.Options{})
	if err != nil {
		err = data.Explain(err, dbPath)
		showOpenError(a, dbPath, err)
		return err
	}
	defer s.Close()
	m := NewMainWindow(a, s)
	m.win.SetMaster()
	if dir := os.Getenv(EnvScreenshots); dir != "" {
		m.win.Resize(defaultSize)
		m.Show("overzicht")
		a.Lifecycle().SetOnStarted(func() { go m.takeScreenshots(dir) })
	} else {
		a.Lifecycle().SetOnStarted(m.env.Safe(m.started))
	}
	return m.runLoop(func() {
		m.win.Show()
		m.fitScreen()
		a.Run()
	})
}

// fitScreen makes the shown window no larger than the screen ScreenRoom
// tells, so a size remembered from a larger monitor, or the default on a
// small laptop, does not put Opslaan and the undo bar under the taskbar.
func (m *MainWindow) fitScreen() {
	if ScreenRoom == nil {
		return
	}
	room, ok := ScreenRoom(m.win)
	if size := m.win.Canvas().Size(); ok && (size.Width > room.Width || size.Height > room.Height) {
		m.win.Resize(size.Min(room))
	}
}

// showOpenError tells the coordinator in a small window why the database
// could not be opened, and returns when that window is closed.
func showOpenError(a fyne.App, dbPath string, err error) {
	var msg string
	if _, ok := data.AsError(err); ok {
		msg = say.Error(err)
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

// A screen may also implement these.
type (
	// recordOpener shows one record of a kind the screen is home to.
	recordOpener interface {
		OpenRecord(kind, id string)
	}
	// editor holds edits that may not be saved yet.
	editor interface {
		// Dirty reports unsaved edits.
		Dirty() bool
		// WhenDiscarded runs then at once when nothing is unsaved, and
		// otherwise only after the user agreed to throw the edits away;
		// else it runs cancel (which may be nil).
		WhenDiscarded(then, cancel func())
	}
	// shortcutHandler handles Ctrl+F, Ctrl+N, Ctrl+S (Cmd on macOS) and
	// Escape, reporting whether it did something with the key.
	shortcutHandler interface {
		Shortcut(key fyne.KeyName) bool
	}
)

// screenOf names the screen that is home to each kind of record.
var screenOf = map[string]string{
	"municipality": "gemeenten", "cluster": "gemeenten", "assessment": "gemeenten",
	"organisation": "organisaties",
	"contact":      "contacten",
	"activity":     "activiteiten",
	"agreement":    "ketenafspraken", "party": "ketenafspraken",
	"plan": "beleidsplannen", "section": "beleidsplannen", "block": "beleidsplannen",
	"action": "beleidsplannen", "planversion": "beleidsplannen",
	"figure": "cijfers", "measure": "cijfers",
	"conflict": "uitwisselen", // id: a data.ConflictID
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
		{"activiteiten", theme.CalendarIcon(), lang.X("nav.activities", "Activiteiten")},
		{"cijfers", figures.Icon(), lang.X("nav.figures", "Cijfers")},
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
	env   *env

	items   []navItem
	nav     *widget.List
	body    *fyne.Container
	screens map[string]screen
	current string
	undo    *noticeBar
	// check is what the database check at start-up found, and notice
	// says so under the screens when it found something wrong.
	check  dbCheck
	notice *noticeBar

	contacts *contactsScreen

	// panicShown is set while the message about a panicked action is on
	// screen, so a panic that repeats does not stack messages.
	panicShown bool
	// forms are the forms whose unsaved edits runLoop writes out when a
	// panic ends the window, by the kind of record they edit.
	forms map[string]draftSource

	// onDemoLoaded, when set, runs after the demo region has been loaded
	// (or failed to load) and the screens are refreshed; tests wait on it.
	onDemoLoaded func()
	demoDialog   *dialog.ConfirmDialog
}

// Preference keys: what the program remembers between sessions.
const (
	prefWidth    = "window.width"
	prefHeight   = "window.height"
	prefScreen   = "window.screen"
	prefLanguage = "language" // "", "nl" or "en"
	prefTheme    = "theme"    // "", "light" or "dark"
)

// NewMainWindow builds the main window on store s and opens the screen the
// coordinator last used (the overview the first time). It does not show the
// window.
func NewMainWindow(a fyne.App, s *data.Store) *MainWindow {
	prefs := a.Preferences()
	say.Load(prefs.String(prefLanguage))
	applyTheme(a, prefs.String(prefTheme))
	m := &MainWindow{
		app:   a,
		win:   a.NewWindow(windowTitle),
		store: s,
		ctx:   context.Background(),
	}
	m.env = &env{ctx: m.ctx, store: s, win: m.win, main: m, done: make(chan struct{}, 64)}
	m.build()
	size := defaultSize
	if w, h := prefs.Float(prefWidth), prefs.Float(prefHeight); w >= 800 && h >= 500 {
		size = fyne.NewSize(float32(w), float32(h))
	}
	m.win.Resize(size)
	m.win.SetCloseIntercept(m.env.Safe(m.closeRequested))
	// A bar's timer must not reach into a window that is gone.
	m.win.SetOnClosed(func() {
		m.undo.stop()
		m.notice.stop()
	})
	m.addShortcuts()
	start := prefs.StringWithFallback(prefScreen, "overzicht")
	if !m.hasScreen(start) {
		start = "overzicht"
	}
	m.Show(start)
	return m
}

// build makes the navigation, the bars under the screens and the place for
// them, in the window's language, and puts them in the window, without a
// screen yet.
func (m *MainWindow) build() {
	m.items = navItems()
	m.screens = map[string]screen{}
	m.contacts = nil
	m.forms = nil
	m.current = ""
	m.body = container.NewStack()
	m.undo = newUndoBar(m.env)
	m.notice = newNoticeBar(m.env, lang.X("check.notice.open", "Naar Instellingen"), theme.SettingsIcon(), 0)
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
	m.nav.OnSelected = kit.Safe1(m.env, func(i widget.ListItemID) { m.open(m.items[i].id) })

	heading := widget.NewLabelWithStyle(windowTitle, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	heading.SizeName = theme.SizeNameSubHeadingText
	left := container.NewBorder(heading, nil, nil, nil, m.nav)
	right := container.NewBorder(nil, container.NewVBox(m.notice.content, m.undo.content), nil, nil, m.body)
	m.notice.around, m.undo.around = right, right
	m.win.SetContent(container.NewBorder(nil, nil, container.NewHBox(left, widget.NewSeparator()), nil, right))
}

// Window is the Fyne window, for tests and screenshots.
func (m *MainWindow) Window() fyne.Window { return m.win }

func (m *MainWindow) hasScreen(id string) bool {
	for _, it := range m.items {
		if it.id == id {
			return true
		}
	}
	return false
}

// Show opens the screen with this id ("overzicht", "gemeenten",
// "organisaties", "contacten", "ketenafspraken", "activiteiten", "cijfers",
// "beleidsplannen", "uitwisselen" or "instellingen") and selects it in the navigation.
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

// Screen is the screen with this id, built if need be, for tests.
func (m *MainWindow) screen(id string) screen {
	sc, ok := m.screens[id]
	if !ok {
		sc = m.newScreen(id)
		m.screens[id] = sc
	}
	return sc
}

// open puts a screen on the right, building it the first time.
func (m *MainWindow) open(id string) {
	if id == m.current && len(m.body.Objects) > 0 {
		return
	}
	_, built := m.screens[id]
	sc := m.screen(id)
	if built {
		sc.Refresh()
	}
	m.current = id
	m.app.Preferences().SetString(prefScreen, id)
	m.body.Objects = []fyne.CanvasObject{sc.Content()}
	m.body.Refresh()
}

// OpenRecord shows the screen that is home to a kind of record and, when
// that screen can, the record itself.
func (m *MainWindow) OpenRecord(kind, id string) {
	target, ok := screenOf[kind]
	if !ok {
		return
	}
	m.Show(target)
	if o, ok := m.screens[target].(recordOpener); ok && id != "" {
		o.OpenRecord(kind, id)
	}
}

func (m *MainWindow) newScreen(id string) screen {
	switch id {
	case "overzicht":
		return newOverviewScreen(m.env)
	case "gemeenten":
		return newMunicipalitiesScreen(m.env)
	case "organisaties":
		return newOrganisationsScreen(m.env)
	case "contacten":
		m.contacts = newContactsScreen(m.env)
		return m.contacts
	case "ketenafspraken":
		return newAgreementsScreen(m.env)
	case "activiteiten":
		return newActivitiesScreen(m.env)
	case "cijfers":
		return figures.New(m.env)
	case "beleidsplannen":
		return planedit.New(m.env)
	case "uitwisselen":
		return exchange.New(m.env, Version)
	case "instellingen":
		return newSettingsScreen(m.env)
	}
	panic("no screen " + id)
}

// addShortcuts binds Ctrl+F, Ctrl+N and Ctrl+S (Cmd on macOS), and Escape,
// for when no text field has the keyboard; the screens' own fields pass
// them on the same way (see kit.TextEntry).
func (m *MainWindow) addShortcuts() {
	for _, key := range []fyne.KeyName{fyne.KeyF, fyne.KeyN, fyne.KeyS} {
		sc := &desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierShortcutDefault}
		m.win.Canvas().AddShortcut(sc, kit.Safe1(m.env, func(s fyne.Shortcut) {
			m.shortcut(s.(*desktop.CustomShortcut).KeyName)
		}))
	}
	m.win.Canvas().SetOnTypedKey(kit.Safe1(m.env, func(ev *fyne.KeyEvent) {
		if ev.Name == fyne.KeyEscape {
			m.shortcut(fyne.KeyEscape)
		}
	}))
}

// shortcut passes a shortcut key to the current screen.
func (m *MainWindow) shortcut(key fyne.KeyName) bool {
	if h, ok := m.screens[m.current].(shortcutHandler); ok {
		return h.Shortcut(key)
	}
	return false
}

// closeRequested remembers the window size and closes the window, after
// asking about every screen with unsaved changes.
func (m *MainWindow) closeRequested() { m.closeFrom(0) }

// closeFrom asks about unsaved changes on the screens from the i-th on.
func (m *MainWindow) closeFrom(i int) {
	for ; i < len(m.items); i++ {
		id := m.items[i].id
		if ed, ok := m.screens[id].(editor); ok && ed.Dirty() {
			next := i + 1
			m.Show(id)
			ed.WhenDiscarded(func() { m.closeFrom(next) }, nil)
			return
		}
	}
	size := m.win.Canvas().Size()
	prefs := m.app.Preferences()
	prefs.SetFloat(prefWidth, float64(size.Width))
	prefs.SetFloat(prefHeight, float64(size.Height))
	m.win.Close()
}

// themeChanged drops the screens that are built but not shown, unless they
// hold unsaved edits, so they are built again in the new theme: Fyne
// redraws only what is on screen when the theme changes, and a hidden
// screen would come back with icons in the old theme's colours.
func (m *MainWindow) themeChanged() {
	for id, sc := range m.screens {
		if id == m.current {
			continue
		}
		if ed, ok := sc.(editor); ok && ed.Dirty() {
			continue
		}
		delete(m.screens, id)
		if id == "contacten" {
			m.contacts = nil
		}
	}
}

// switchLanguage says everything in the language now chosen in
// Instellingen: it loads that language's texts and builds the navigation
// and every screen again, so no text of the old language stays behind.
// Screens with unsaved edits are asked about first, as on closing; when
// the coordinator keeps the edits, the new language waits for the next
// start. Instellingen is shown again in the new language.
func (m *MainWindow) switchLanguage() { m.switchLanguageFrom(0) }

// switchLanguageFrom asks about unsaved edits on the screens from the
// i-th on, then switches.
func (m *MainWindow) switchLanguageFrom(i int) {
	for ; i < len(m.items); i++ {
		id := m.items[i].id
		if ed, ok := m.screens[id].(editor); ok && ed.Dirty() {
			next := i + 1
			m.Show(id)
			ed.WhenDiscarded(func() { m.switchLanguageFrom(next) }, nil)
			return
		}
	}
	shown := m.current
	say.Load(m.app.Preferences().String(prefLanguage))
	m.undo.stop()
	m.notice.stop()
	m.build()
	m.showCheck()
	m.Show(shown)
}

// refreshAll rereads the store on every screen built so far.
func (m *MainWindow) refreshAll() {
	for _, sc := range m.screens {
		sc.Refresh()
	}
}

// started runs once the window is on screen: the database check in the
// background, the question of who works here (until answered once), and
// the offer of the demo region on an empty database.
func (m *MainWindow) started() {
	m.checkDatabase()
	m.askIdentity(m.offerDemo)
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
		kit.Safe1(m.env, func(ok bool) {
			if ok {
				m.loadDemo()
			}
		}), m.win)
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
	m.env.goSafe(func() {
		_, err := demo.Load(m.ctx, m.store)
		m.env.Do(func() {
			bar.Stop()
			wait.Hide()
			if err != nil {
				dialog.ShowError(errors.New(say.Error(err)), m.win)
			}
			m.refreshAll()
			if m.onDemoLoaded != nil {
				m.onDemoLoaded()
			}
		})
	}, func() {
		bar.Stop()
		wait.Hide()
	})
}
