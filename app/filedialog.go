package app

import (
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"ketenregie/app/kit"
)

// fileDialogSize is the size of the file dialogs: wide enough for the long
// names of plans and exchange files.
var fileDialogSize = fyne.NewSize(900, 600)

// showFileDialog shows d in the folder last remembered under folderKey
// (rememberFolder), so every kind of file opens where the user left it.
func showFileDialog(d *dialog.FileDialog, folderKey string) {
	if dir := fyne.CurrentApp().Preferences().String(folderKey); dir != "" {
		if l, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
			d.SetLocation(l)
		}
	}
	d.Resize(fileDialogSize)
	d.Show()
}

// rememberFolder keeps the folder of path for the next dialog of folderKey.
func rememberFolder(folderKey, path string) {
	fyne.CurrentApp().Preferences().SetString(folderKey, filepath.Dir(path))
}

// SaveDialog asks where to save a file, suggesting name with one of exts,
// in the folder last used for folderKey, and hands the chosen path to
// chosen (or an error to failed). Fyne's dialog has already created, or
// emptied, the file at that path: chosen replaces it with the finished
// file, or removes it if writing fails (removeIfEmpty).
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
	showFileDialog(d, folderKey)
}
