// Ketenregie keeps, plans and shares a region's approach to human trafficking:
// municipalities, partners, contacts, ketenafspraken, self-assessments and
// beleidsplannen, offline, in Dutch.
package main

import (
	"os"
	"runtime/debug"

	fyneapp "fyne.io/fyne/v2/app"

	"ketenregie/app"
	"ketenregie/cli"
	"ketenregie/cli/clocale"
	"ketenregie/export/bundle"
)

func main() {
	// Fyne has read the locale by now, quietly (see clocale); the rest of
	// the program, and what it opens, sees it as it was set.
	clocale.Restore()
	// An import holds a whole exchange file while it applies it; a soft
	// limit on the heap keeps the garbage of reading it from doubling
	// that. GOMEMLIMIT, when set, has the last word.
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(bundle.MemoryLimit)
	}
	app.ScreenRoom = screenRoom
	// The Fyne app is made only when no command is given: a command
	// never starts the GUI's drivers.
	os.Exit(cli.Run(os.Args[1:], os.Stdout, os.Stderr, version, func(dbPath string) error {
		return app.Run(fyneapp.NewWithID("nl.ketenregie.app"), dbPath, version)
	}))
}
