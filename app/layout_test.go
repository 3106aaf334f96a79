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

// largestScreenMin is the most room any screen may ask for (its MinSize):
// what a window of smallWindow leaves beside the navigation, rounded down.
var largestScreenMin = fyne.NewSize(1000, 600)

// TestScreensFitASmallLaptop builds every screen that make screenshots
// shows in a window of smallWindow, and fails when a screen asks for more
// room than largestScreenMin, when the window with it does not fit
// smallWindow, or when anything on it scrolls sideways but the
// self-assessment matrix, which is meant to scroll inside its card. Run
// with -v to read what each asks for.
func TestScreensFitASmallLaptop(t *testing.T) {
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
		var wrong []string
		if screen.Width > largestScreenMin.Width || screen.Height > largestScreenMin.Height {
			wrong = append(wrong, fmt.Sprintf("the screen asks for more than %.0fx%.0f", largestScreenMin.Width, largestScreenMin.Height))
		}
		if win.Width > smallWindow.Width {
			wrong = append(wrong, fmt.Sprintf("%.0f px too wide", win.Width-smallWindow.Width))
		}
		if win.Height > smallWindow.Height {
			wrong = append(wrong, fmt.Sprintf("%.0f px too high", win.Height-smallWindow.Height))
		}
		for _, scroll := range sidewaysScrolls(sc.Content()) {
			if isMatrix(scroll.Content) {
				continue
			}
			if w, seen := scroll.Content.MinSize().Width, scroll.Size().Width; w > seen+0.5 {
				wrong = append(wrong, fmt.Sprintf("scrolls sideways: %.0f px wide, %.0f seen", w, seen))
			}
		}
		t.Logf("%-28s screen %4.0fx%-4.0f window %4.0fx%-4.0f", shot.name, screen.Width, screen.Height, win.Width, win.Height)
		if len(wrong) > 0 {
			t.Errorf("%s at %.0fx%.0f: %s", shot.name, smallWindow.Width, smallWindow.Height, strings.Join(wrong, "; "))
		}
	}
}

// isMatrix says whether o is the self-assessment matrix's grid.
func isMatrix(o fyne.CanvasObject) bool {
	c, ok := o.(*fyne.Container)
	if !ok {
		return false
	}
	_, ok = c.Layout.(*matrixLayout)
	return ok
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
