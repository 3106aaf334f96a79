package app

import (
	"errors"
	"io"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ketenregie/app/kit"
	"ketenregie/app/say"
	"ketenregie/data"
	"ketenregie/export"
)

// auditFolderKey remembers where the last audit trail was saved.
const auditFolderKey = "audit.folder"

// exportAudit asks for a period and a file, and writes the audit trail of
// that period (export.WriteAudit): every change, who made it, old and new
// value, erased values masked. The file names colleagues and holds
// contact details, so it is the owner's alone.
func (e *env) exportAudit() {
	from, to := kit.NewTextEntry(nil), kit.NewTextEntry(nil)
	from.SetPlaceHolder(lang.X("audit.from.hint", "dd-mm-jjjj (leeg: vanaf het begin)"))
	to.SetPlaceHolder(lang.X("audit.to.hint", "dd-mm-jjjj (leeg: tot vandaag)"))
	msg := kit.MessageLabel()
	fields, _ := kit.NewFormWrap(kit.FormLabel(lang.X("audit.from", "Vanaf")), from, kit.FormLabel(lang.X("audit.to", "Tot en met")), to)
	form := container.NewVBox(
		kit.Hint(lang.X("audit.hint", "Het logboek noemt elke wijziging in de periode: wanneer, door wie, welk record en veld, de oude en de nieuwe waarde. Gewiste waarden (AVG) staan er niet in.")),
		fields,
		msg)
	var d *dialog.ConfirmDialog
	d = dialog.NewCustomConfirm(lang.X("audit.title", "Logboek exporteren"), lang.X("audit.next", "Opslaan als…"),
		lang.X("audit.cancel", "Annuleren"), form, kit.Safe1(e, func(ok bool) {
			if !ok {
				return
			}
			f, okF := auditDate(from.Text)
			t, okT := auditDate(to.Text)
			switch {
			case !okF || !okT:
				msg.SetText(lang.X("audit.date.bad", "Vul een datum in als dd-mm-jjjj, of laat het veld leeg."))
			case f != "" && t != "" && t < f:
				msg.SetText(lang.X("audit.date.order", "De einddatum ligt voor de begindatum."))
			default:
				e.SaveDialog(lang.X("audit.dialog.title", "Logboek opslaan"), export.AuditFileName(f, t), []string{".csv"},
					auditFolderKey, e.auditFailed, func(path string) { e.writeAudit(path, f, t) })
				return
			}
			msg.Show()
			d.Show() // again, with the message
		}), e.win)
	d.Resize(fyne.NewSize(520, d.MinSize().Height))
	d.Show()
}

// auditDate reads a date field: "" for an empty one.
func auditDate(s string) (string, bool) {
	if strings.TrimSpace(s) == "" {
		return "", true
	}
	return data.ParseDate(s)
}

// writeAudit writes the audit trail of from..to to path (.csv added when
// the name has none), readable by the owner alone.
func (e *env) writeAudit(path, from, to string) {
	chosen := path
	path = withExt(path, ".csv")
	e.writeFile(chosen, path, fileJob{folderKey: auditFolderKey, private: true, busyTitle: lang.X("audit.busy.title", "Logboek maken"),
		busyText: lang.X("audit.busy.text", "{{.Name}} wordt gemaakt…", map[string]any{"Name": filepath.Base(path)}),
		write:    func(snap *data.Store, w io.Writer) error { return export.WriteAudit(e.ctx, snap, from, to, w) },
		failed:   e.auditFailed,
		done: func(path string) {
			dialog.ShowInformation(lang.X("audit.saved.title", "Logboek opgeslagen"),
				lang.X("audit.saved.text", "{{.Name}} is opgeslagen in {{.Folder}}. Het bestand opent in Excel; het noemt collega's en gegevens van contactpersonen, dus deel het alleen met wie het mag zien.",
					map[string]any{"Name": filepath.Base(path), "Folder": filepath.Dir(path)}), e.win)
		}})
}

// auditFailed tells the user the audit trail was not saved, and why.
func (e *env) auditFailed(err error) {
	dialog.ShowError(errors.New(lang.X("audit.failed", "Het logboek is niet opgeslagen. {{.Reason}}", map[string]any{"Reason": say.Error(err)})), e.win)
}

// auditButton is Instellingen' button that exports the audit trail.
func auditButton(e *env) *widget.Button {
	return widget.NewButtonWithIcon(lang.X("audit.button", "Logboek exporteren…"), theme.DocumentSaveIcon(), e.exportAudit)
}
