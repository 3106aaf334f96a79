package app

import (
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
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
