package app

import (
	"io"
	"path/filepath"
	"strings"

	"ketenregie/app/kit"
	"ketenregie/data"
	"ketenregie/export/atomicfile"
)

// fileJob is a document the window writes from a snapshot of the store,
// away from the window: the workbook, the audit trail.
type fileJob struct {
	ext       string // the extension the file gets when its name has none
	private   bool   // readable by the owner alone (it names people)
	busyTitle string
	busyText  func(name string) string
	write     func(snap *data.Store, w io.Writer) error
	failed    func(error)
	done      func(path string) // after it was written, on the window's goroutine
}

// writeFile writes job's document to path, all or nothing, and runs done
// or failed. The empty file a save dialog made goes when nothing was
// written to it, or when the name got its extension.
func (e *env) writeFile(path string, job fileJob) {
	chosen := path
	if !strings.EqualFold(filepath.Ext(path), job.ext) {
		path += job.ext
	}
	save := atomicfile.Write
	if job.private {
		save = atomicfile.WritePrivate
	}
	e.Busy(job.busyTitle, job.busyText(filepath.Base(path)),
		func() (err error) {
			defer func() {
				if err != nil || chosen != path {
					kit.RemoveIfEmpty(chosen)
				}
			}()
			snap, err := e.store.Snapshot(e.ctx)
			if err != nil {
				return err
			}
			defer snap.Close()
			return save(path, func(w io.Writer) error { return job.write(snap, w) })
		},
		func(err error) {
			if err != nil {
				job.failed(err)
				return
			}
			job.done(path)
		})
}
