package app

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"ketenregie/app/exchange"
	"ketenregie/app/figures"
	"ketenregie/app/planedit"
	"ketenregie/data"
)

// EnvScreenshots names the environment variable that makes the program
// photograph every screen into a folder and quit (make screenshots).
const EnvScreenshots = "KETENREGIE_SCREENSHOTS"

// EnvScreenshotsSize names the environment variable with the window size
// of the screenshots as WxH (1024x640), so make screenshots can show every
// screen as a small laptop and a large monitor have it. Without it they
// are taken at the size a first start opens with.
const EnvScreenshotsSize = "KETENREGIE_SCREENSHOTS_SIZE"

// screenshotSize reads a window size written as WxH, for example 1024x640.
func screenshotSize(s string) (fyne.Size, error) {
	w, h, ok := strings.Cut(s, "x")
	width, werr := strconv.Atoi(w)
	height, herr := strconv.Atoi(h)
	if !ok || werr != nil || herr != nil || width < 1 || height < 1 {
		return fyne.Size{}, fmt.Errorf("%s=%q: want a width and a height in pixels, such as 1024x640", EnvScreenshotsSize, s)
	}
	return fyne.NewSize(float32(width), float32(height)), nil
}

// shot is one screenshot: a name and how to get the window there.
type shot struct {
	name string
	show func(m *MainWindow)
}

func screenShots() []shot {
	// Each screen with a record of the demo region open, as a coordinator
	// would have it.
	first := func(m *MainWindow, kind string) string {
		if recs, err := m.store.List(m.ctx, kind); err == nil && len(recs) > 0 {
			return recs[0].ID
		}
		return ""
	}
	named := func(m *MainWindow, kind, name string) string {
		if recs, err := m.store.List(m.ctx, kind); err == nil {
			for _, r := range recs {
				if r.Get(data.KindNamed(kind).Title) == name {
					return r.ID
				}
			}
		}
		return first(m, kind)
	}
	open := func(kind string, id func(m *MainWindow) string) func(m *MainWindow) {
		return func(m *MainWindow) { m.OpenRecord(kind, id(m)) }
	}
	return []shot{
		{"01-overzicht", func(m *MainWindow) { m.Show("overzicht") }},
		{"02-gemeenten", open(data.KindMunicipality, func(*MainWindow) string { return data.MunicipalityID("GM0405") })},
		{"03-organisaties", open(data.KindOrganisation, func(m *MainWindow) string { return named(m, data.KindOrganisation, "Gemeente Hoorn") })},
		{"04-contacten", open(data.KindContact, func(m *MainWindow) string { return first(m, data.KindContact) })},
		{"05-ketenafspraken", open(data.KindAgreement, func(m *MainWindow) string { return first(m, data.KindAgreement) })},
		{"06-beleidsplannen", func(m *MainWindow) { m.Show("beleidsplannen") }},
		{"07-plan-editor", open(data.KindPlan, func(m *MainWindow) string { return first(m, data.KindPlan) })},
		{"08-uitwisselen", func(m *MainWindow) { m.Show("uitwisselen") }},
		{"09-instellingen", func(m *MainWindow) { m.Show("instellingen") }},
		{"10-overzicht-donker", func(m *MainWindow) {
			applyTheme(m.app, themeDark)
			m.themeChanged()
			m.Show("overzicht")
		}},
		{"11-plan-editor-donker", open(data.KindPlan, func(m *MainWindow) string { return first(m, data.KindPlan) })},
		{"12-contacten-licht", func(m *MainWindow) {
			applyTheme(m.app, themeLight)
			m.themeChanged()
			m.OpenRecord(data.KindContact, first(m, data.KindContact))
		}},
		{"13-plan-doelen", func(m *MainWindow) {
			applyTheme(m.app, themeSystem) // the rest as the first ones
			m.themeChanged()
			planTab(planedit.GoalsTab)(m)
		}},
		{"14-plan-uitvoeringsagenda", planTab(planedit.AgendaTab)},
		{"15-plan-versiebeheer", planTab(planedit.VersionsTab)},
		{"16-plan-gegevens", planTab(planedit.DetailsTab)},
		{"17-zelfevaluatie-invoeren", func(m *MainWindow) {
			m.OpenRecord(data.KindMunicipality, data.MunicipalityID("GM0405"))
			if ms, ok := m.screens["gemeenten"].(*municipalitiesScreen); ok && ms.detail != nil {
				ms.detail.newAssessment()
			}
		}},
		{"18-gemeente-contacten", municipalityTab(func(d *municipalityDetail) *container.TabItem { return d.contactsTab })},
		{"19-cluster", open(data.KindCluster, func(m *MainWindow) string { return first(m, data.KindCluster) })},
		{"20-uitwisselen-gedeelde-map", exchangeTab(exchange.TabFolder)},
		{"21-uitwisselen-collegas", exchangeTab(exchange.TabPeers)},
		{"22-uitwisselen-conflicten", exchangeTab(exchange.TabConflicts)},
		{"23-activiteiten", open(data.KindActivity, func(m *MainWindow) string { return first(m, data.KindActivity) })},
		{"24-gemeente-activiteiten", municipalityTab(func(d *municipalityDetail) *container.TabItem { return d.activitiesTab })},
		// Cijfers with a figure selected whose source and notes show, and
		// the widest grid: the twelve months and the year.
		{"25-cijfers", open(data.KindFigure, func(m *MainWindow) string {
			if recs, err := m.store.List(m.ctx, data.KindFigure); err == nil {
				for _, r := range recs {
					if r.Get(data.Figure.Notes) != "" {
						return r.ID
					}
				}
			}
			return first(m, data.KindFigure)
		})},
		{"26-cijfers-maanden", func(m *MainWindow) {
			m.Show("cijfers")
			if f, ok := m.screens["cijfers"].(*figures.Screen); ok {
				f.ShowPeriods(figures.Months, m.store.Now().Year())
			}
		}},
	}
}

// planTab shows the first plan in the editor, at tab.
func planTab(tab planedit.Tab) func(*MainWindow) {
	return func(m *MainWindow) {
		recs, err := m.store.List(m.ctx, data.KindPlan)
		if err != nil || len(recs) == 0 {
			return
		}
		m.OpenRecord(data.KindPlan, recs[0].ID)
		if p, ok := m.screens["beleidsplannen"].(*planedit.Screen); ok {
			p.ShowTab(tab)
		}
	}
}

// municipalityTab shows Hoorn at the tab pick chooses.
func municipalityTab(pick func(*municipalityDetail) *container.TabItem) func(*MainWindow) {
	return func(m *MainWindow) {
		m.OpenRecord(data.KindMunicipality, data.MunicipalityID("GM0405"))
		if ms, ok := m.screens["gemeenten"].(*municipalitiesScreen); ok && ms.detail != nil {
			ms.detail.tabs.Select(pick(ms.detail))
		}
	}
}

// exchangeTab shows Uitwisselen at tab.
func exchangeTab(tab exchange.Tab) func(*MainWindow) {
	return func(m *MainWindow) {
		m.Show("uitwisselen")
		if x, ok := m.screens["uitwisselen"].(*exchange.Screen); ok {
			x.ShowTab(tab)
		}
	}
}

// takeScreenshots shows each screen in turn and asks the script that
// started the program (scripts/screenshots.sh) to photograph the screen:
// it prints "shot NAME" on stdout and waits for dir/NAME.png. (Fyne's own
// Canvas.Capture gives a black image under Xvfb's software OpenGL.) Then
// it closes the window. The window has the size KETENREGIE_SCREENSHOTS_SIZE
// names (when that cannot be read, it says why on stderr and takes none),
// set again for every screen: a screen wider than that widens the window,
// and the next screen is to be seen as it is on its own.
// It runs off the UI goroutine.
func (m *MainWindow) takeScreenshots(dir string) {
	size := defaultSize
	if s := os.Getenv(EnvScreenshotsSize); s != "" {
		var err error
		if size, err = screenshotSize(s); err != nil {
			fmt.Fprintln(os.Stderr, "screenshots:", err)
			fyne.Do(m.win.Close)
			return
		}
	}
	fyne.DoAndWait(func() { m.win.Resize(size) })
	time.Sleep(time.Second) // the first frame
	for _, s := range screenShots() {
		fyne.DoAndWait(func() {
			s.show(m)
			m.win.Resize(size)
		})
		time.Sleep(700 * time.Millisecond) // let lists fill and the frame draw
		file := filepath.Join(dir, s.name+".png")
		fmt.Printf("shot %s\n", file)
		for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
			if _, err := os.Stat(file); err == nil {
				break
			}
		}
	}
	fyne.Do(func() {
		applyTheme(m.app, m.app.Preferences().String(prefTheme))
		m.win.Close()
	})
}
