package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"

	"ketenregie/app/kit"
)

// SaveDialog asks where to save a file, suggesting name with one of exts,
// in the folder last used for folderKey, and hands the chosen path to
// chosen (or an error to failed). Fyne's dialog has already created, or
// emptied, the file at that path: chosen replaces it with the finished
// file, or removes it if writing fails (kit.RemoveIfEmpty).
func (e *env) SaveDialog(title, name string, exts []string, folderKey string, failed func(error), chosen func(path string)) {
	d := dialog.NewFileSave(kit.Safe2(e, func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			failed(err)
			return
		}
		if w == nil {
			return // cancelled
		}
		path := w.URI().Path()
		w.Close()
		chosen(path)
	}), e.win)
	d.SetTitleText(title)
	d.SetConfirmText(lang.X("file.save", "Opslaan"))
	d.SetDismissText(lang.X("file.cancel", "Annuleren"))
	d.SetFileName(name)
	d.SetFilter(storage.NewExtensionFileFilter(exts))
	kit.ShowFileDialog(d, folderKey)
}
