package main

import (
	"fyne.io/fyne/v2"
	"github.com/go-gl/glfw/v3.3/glfw"
)

// screenRoom is the largest window content that fits on the monitor w is
// on: the monitor's work area (the screen less the taskbar, dock or panel)
// less w's title bar and borders, in Fyne's units. Fyne 2.7 has no API for
// the screen, so it asks GLFW, which Fyne's desktop driver draws with, for
// the window whose OpenGL context Fyne makes current. It runs on the main
// thread once w is shown; ok is false when the driver is not GLFW's or
// GLFW cannot tell.
func screenRoom(w fyne.Window) (room fyne.Size, ok bool) {
	gl, isGL := w.(interface{ RunWithContext(func()) })
	scale := w.Canvas().Scale()
	if !isGL || scale <= 0 {
		return fyne.Size{}, false
	}
	defer func() {
		if recover() != nil { // go-gl panics on GLFW errors it does not expect
			room, ok = fyne.Size{}, false
		}
	}()
	gl.RunWithContext(func() {
		win := glfw.GetCurrentContext()
		if win == nil {
			return
		}
		mon := monitorOf(win)
		if mon == nil {
			return
		}
		_, _, width, height := mon.GetWorkarea()
		left, top, right, bottom := win.GetFrameSize()
		width, height = width-left-right, height-top-bottom
		if width <= 0 || height <= 0 {
			return
		}
		// Fyne rounds a size up to whole pixels; round the room down.
		room = fyne.NewSize(float32(int(float32(width)/scale)), float32(int(float32(height)/scale)))
		ok = true
	})
	return room, ok
}

// monitorOf is the monitor whose work area holds the middle of win, or
// else the primary monitor (nil when there is none).
func monitorOf(win *glfw.Window) *glfw.Monitor {
	x, y := win.GetPos()
	w, h := win.GetSize()
	cx, cy := x+w/2, y+h/2
	for _, mon := range glfw.GetMonitors() {
		mx, my, mw, mh := mon.GetWorkarea()
		if cx >= mx && cx < mx+mw && cy >= my && cy < my+mh {
			return mon
		}
	}
	return glfw.GetPrimaryMonitor()
}
