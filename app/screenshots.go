package app

import (
	"fmt"
	"os"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
)

// EnvScreenshots names the environment variable that makes the program
// photograph every screen into a folder and quit (make screenshots).
const EnvScreenshots = "KETENREGIE_SCREENSHOTS"

// shot is one screenshot: a name and how to get the window there.
type shot struct {
	name string
	show func(m *MainWindow)
}

func screenShots() []shot {
	var shots []shot
	for i, it := range navItems() {
		id := it.id
		shots = append(shots, shot{fmt.Sprintf("%02d-%s", i+1, id), func(m *MainWindow) { m.Show(id) }})
	}
	shots = append(shots,
		shot{"10-plan-editor", func(m *MainWindow) {
			if plans, err := m.store.List(m.ctx, "plan"); err == nil && len(plans) > 0 {
				m.OpenRecord("plan", plans[0].ID)
			}
		}},
		shot{"11-overzicht-donker", func(m *MainWindow) {
			applyTheme(m.app, themeDark)
			m.Show("overzicht")
		}},
		shot{"12-contacten-donker", func(m *MainWindow) { m.Show("contacten") }},
	)
	return shots
}

// takeScreenshots shows each screen in turn and asks the script that
// started the program (scripts/screenshots.sh) to photograph the screen:
// it prints "shot NAME" on stdout and waits for dir/NAME.png. (Fyne's own
// Canvas.Capture gives a black image under Xvfb's software OpenGL.) Then
// it closes the window. It runs off the UI goroutine.
func (m *MainWindow) takeScreenshots(dir string) {
	time.Sleep(time.Second) // the first frame
	for _, s := range screenShots() {
		fyne.DoAndWait(func() { s.show(m) })
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
