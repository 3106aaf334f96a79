package kit

import (
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
)

// FileDialogSize is the size of the file dialogs: wide enough for the long
// names of plans and exchange files.
var FileDialogSize = fyne.NewSize(900, 600)

// ShowFileDialog shows d in the folder last remembered under folderKey
// (RememberFolder), so every kind of file opens where the user left it.
func ShowFileDialog(d *dialog.FileDialog, folderKey string) {
	if dir := fyne.CurrentApp().Preferences().String(folderKey); dir != "" {
		if l, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
			d.SetLocation(l)
		}
	}
	d.Resize(FileDialogSize)
	d.Show()
}

// RememberFolder keeps the folder of path for the next dialog of folderKey.
func RememberFolder(folderKey, path string) {
	fyne.CurrentApp().Preferences().SetString(folderKey, filepath.Dir(path))
}

// RemoveIfEmpty removes the empty file the save dialog left.
func RemoveIfEmpty(path string) {
	if fi, err := os.Stat(path); err == nil && fi.Mode().IsRegular() && fi.Size() == 0 {
		os.Remove(path)
	}
}
