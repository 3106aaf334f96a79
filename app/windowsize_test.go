package app

import (
	"testing"

	"fyne.io/fyne/v2"
)

// TestWindowFitsTheScreen checks that the window, at its first-start size
// or at one remembered from a larger monitor, is made no larger than the
// room the screen has, and is left alone where the screen is unknown.
func TestWindowFitsTheScreen(t *testing.T) {
	for _, c := range []struct {
		name       string
		remembered fyne.Size
		room       fyne.Size
		known      bool
		want       fyne.Size
	}{
		{"first start, 1366x768 less taskbar and title bar", fyne.Size{}, fyne.NewSize(1366, 697), true, fyne.NewSize(1280, 697)},
		{"first start, 1920x1080 at 150 percent", fyne.Size{}, fyne.NewSize(1280, 642), true, fyne.NewSize(1280, 642)},
		{"first start, large screen", fyne.Size{}, fyne.NewSize(2560, 1400), true, defaultSize},
		{"remembered from a larger monitor", fyne.NewSize(1900, 1000), fyne.NewSize(1366, 697), true, fyne.NewSize(1366, 697)},
		{"screen unknown", fyne.NewSize(1900, 1000), fyne.Size{}, false, fyne.NewSize(1900, 1000)},
	} {
		t.Run(c.name, func(t *testing.T) {
			old := ScreenRoom
			t.Cleanup(func() { ScreenRoom = old })
			ScreenRoom = func(fyne.Window) (fyne.Size, bool) { return c.room, c.known }
			s := newStore(t, false)
			m := newWindow(t, s)
			if !c.remembered.IsZero() {
				m.win.Resize(c.remembered) // as NewMainWindow does with the remembered size
			}
			m.fitScreen()
			if got := m.win.Canvas().Size(); got != c.want {
				t.Errorf("window %v, want %v", got, c.want)
			}
		})
	}
}
