package app

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// smallWindow is the smallest window every screen is to be usable in: a
// 1366x768 laptop, or 1920x1080 at 150 %, less the taskbar and the title
// bar.
var smallWindow = fyne.NewSize(1024, 640)

// TestScreenMinSizes logs, for every screen as make screenshots shows it,
// the room the screen asks for (its MinSize), the window that makes, and
// what scrolls sideways in a smallWindow. It asserts nothing yet: the
// screens are being made to fit, and then this becomes the check that they
// stay so. Run with -v to read it.
func TestScreenMinSizes(t *testing.T) {
	s := newStore(t, true)
	m := newWindow(t, s)
	// What the window adds around a screen: the navigation, its separator
	// and the window's padding.
	pad := 2 * theme.Padding()
	for _, shot := range screenShots() {
		shot.show(m)
		sc := m.screens[m.current]
		screen := sc.Content().MinSize()
		win := m.Window().Content().MinSize().AddWidthHeight(pad, pad)
		// A window too small for its content grows to fit it.
		m.Window().Resize(smallWindow.Max(win))
		var fits []string
		if win.Width > smallWindow.Width {
			fits = append(fits, fmt.Sprintf("%.0f px too wide", win.Width-smallWindow.Width))
		}
		if win.Height > smallWindow.Height {
			fits = append(fits, fmt.Sprintf("%.0f px too high", win.Height-smallWindow.Height))
		}
		for _, scroll := range sidewaysScrolls(sc.Content()) {
			if w, seen := scroll.Content.MinSize().Width, scroll.Size().Width; w > seen+0.5 {
				fits = append(fits, fmt.Sprintf("scrolls sideways: %.0f px wide, %.0f seen", w, seen))
			}
		}
		verdict := "fits"
		if len(fits) > 0 {
			verdict = strings.Join(fits, "; ")
		}
		t.Logf("%-22s screen %4.0fx%-4.0f window %4.0fx%-4.0f at %.0fx%.0f: %s",
			shot.name, screen.Width, screen.Height, win.Width, win.Height, smallWindow.Width, smallWindow.Height, verdict)
	}
}

// sidewaysScrolls are the scrolls shown in o, as laid out, that may scroll
// sideways, leaving out those inside entries: an entry scrolls a long text
// in itself, which is not the screen's doing.
func sidewaysScrolls(o fyne.CanvasObject) []*container.Scroll {
	if !o.Visible() {
		return nil
	}
	if _, entry := o.(interface{ SetPlaceHolder(string) }); entry {
		return nil
	}
	var found []*container.Scroll
	if s, ok := o.(*container.Scroll); ok && s.Direction != container.ScrollVerticalOnly && s.Direction != container.ScrollNone {
		found = append(found, s)
	}
	var children []fyne.CanvasObject
	switch c := o.(type) {
	case *fyne.Container:
		children = c.Objects
	case fyne.Widget:
		children = test.WidgetRenderer(c).Objects()
	}
	for _, child := range children {
		found = append(found, sidewaysScrolls(child)...)
	}
	return found
}
