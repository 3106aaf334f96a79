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
// away from the window: a PDF, the workbook, the audit trail, a contact
// list or calendar.
type fileJob struct {
	folderKey string // where the folder it was saved in is remembered, for the next time
	private   bool   // readable by the owner alone (it names people)
	busyTitle string
	busyText  string
	write     func(snap *data.Store, w io.Writer) error
	failed    func(error)
	done      func(path string) // after it was written and its folder remembered, on the window's goroutine
}

// withExt is path with ext added when its name has another extension or none.
func withExt(path, ext string) string {
	if !strings.EqualFold(filepath.Ext(path), ext) {
		return path + ext
	}
	return path
}

// writeFile writes job's document to path, all or nothing, from one
// snapshot of the store (so a file made while a sync writes never mixes
// before and after), and runs done or failed. chosen is the name the save
// dialog gave, which may lack path's extension: the empty file the dialog
// made under it goes when nothing was written to it (an error, a panic),
// or when path is another name.
func (e *env) writeFile(chosen, path string, job fileJob) {
	save := atomicfile.Write
	if job.private {
		save = atomicfile.WritePrivate
	}
	e.Busy(job.busyTitle, job.busyText,
		func() (err error) {
			written := false
			defer func() {
				if !written || err != nil || chosen != path {
					kit.RemoveIfEmpty(chosen)
				}
			}()
			snap, err := e.store.Snapshot(e.ctx)
			if err == nil {
				err = save(path, func(w io.Writer) error { return job.write(snap, w) })
				snap.Close()
			}
			written = true
			return err
		},
		func(err error) {
			if err != nil {
				job.failed(err)
				return
			}
			kit.RememberFolder(job.folderKey, path)
			job.done(path)
		})
}
