package app

import (
	"errors"
	"io"
	"path/filepath"

	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"ketenregie/app/say"
	"ketenregie/data"
	"ketenregie/export"
)

// workbookFolderKey remembers where the last workbook was saved.
const workbookFolderKey = "workbook.folder"

// saveWorkbook asks where to save the workbook for the regional meeting
// and the national monitor (export.WriteWorkbook) and writes it, from a
// snapshot of the store, away from the window.
func (e *env) saveWorkbook() {
	e.SaveDialog(lang.X("workbook.dialog.title", "Werkmap opslaan"), export.WorkbookFileName(e.store), []string{".xlsx"},
		workbookFolderKey, e.workbookFailed, e.writeWorkbook)
}

// writeWorkbook writes the workbook to path (.xlsx added when the name has
// none) and says where it is.
func (e *env) writeWorkbook(path string) {
	chosen := path
	path = withExt(path, ".xlsx")
	e.writeFile(chosen, path, fileJob{folderKey: workbookFolderKey, busyTitle: lang.X("workbook.busy.title", "Werkmap maken"),
		busyText: lang.X("workbook.busy.text", "{{.Name}} wordt gemaakt…", map[string]any{"Name": filepath.Base(path)}),
		write:    func(snap *data.Store, w io.Writer) error { return export.WriteWorkbook(e.ctx, snap, w) },
		failed:   e.workbookFailed,
		done: func(path string) {
			dialog.ShowInformation(lang.X("workbook.saved.title", "Werkmap opgeslagen"),
				lang.X("workbook.saved.text", "{{.Name}} is opgeslagen in {{.Folder}}. De werkmap heeft de tabbladen Zelfevaluatie, Activiteiten, Cijfers, Ketenafspraken en Uitvoeringsagenda, zonder namen van contactpersonen.",
					map[string]any{"Name": filepath.Base(path), "Folder": filepath.Dir(path)}), e.win)
		}})
}

// workbookFailed tells the user the workbook was not saved, and why.
func (e *env) workbookFailed(err error) {
	dialog.ShowError(errors.New(lang.X("workbook.failed", "De werkmap is niet opgeslagen. {{.Reason}}", map[string]any{"Reason": say.Error(err)})), e.win)
}
