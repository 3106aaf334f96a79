// Ketenregie keeps, plans and shares a region's approach to human trafficking:
// municipalities, partners, contacts, ketenafspraken, self-assessments and
// beleidsplannen, offline, in Dutch.
package main

import (
	"os"

	fyneapp "fyne.io/fyne/v2/app"

	"ketenregie/app"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr, func(dbPath string) error {
		return app.Run(fyneapp.NewWithID("nl.ketenregie.app"), dbPath, version)
	}))
}
