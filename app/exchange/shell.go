// Package exchange is the Uitwisselen screen: files for colleagues (export
// and import with a preview of who sent them), a shared sync folder, the
// known colleagues' devices, and the conflicts that concurrent edits left,
// each resolved by picking a version or merging the texts.
package exchange

import "ketenregie/app/kit"

// Shell is what the screen needs from the window around it, besides what
// every screen does (kit.Shell).
type Shell interface {
	kit.Shell

	// Busy runs work away from the window behind a progress dialog and
	// then done with its result.
	Busy(title, text string, work func() error, done func(error))

	// Opens reports whether a record of kind can be shown; ShowRecord
	// shows it on its own screen.
	Opens(kind string) bool
	ShowRecord(kind, id string)
}
