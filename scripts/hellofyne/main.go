// Command hellofyne opens the smallest Fyne window: one label. It is the
// yardstick scripts/startup.sh measures Ketenregie's first window against,
// built with the same Fyne version and tags.
package main

import (
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/widget"
)

func main() {
	a := app.NewWithID("nl.ketenregie.hello")
	w := a.NewWindow("Hallo Fyne")
	w.SetContent(widget.NewLabel("Hallo"))
	w.ShowAndRun()
}
