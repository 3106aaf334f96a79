package app

import (
	"errors"
	"io"
	"net/url"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"

	"ketenregie/app/kit"
	"ketenregie/app/say"
	"ketenregie/data"
	"ketenregie/export"
)

// Saving printed documents: a save dialog with a sensible name in the folder
// used last, the writing off the UI goroutine behind a progress dialog, an
// atomic write (a temporary file renamed into place), and afterwards the
// offer to open the PDF.

// pdfFolderKey is the preference that remembers where PDFs were saved last.
const pdfFolderKey = "pdf.folder"

// openURL opens a URL with the computer's own program; tests replace it.
var openURL = defaultOpenURL

func defaultOpenURL(u *url.URL) error { return fyne.CurrentApp().OpenURL(u) }

// SavePlanPDF asks where to save the beleidsplan as PDF and writes it;
// public leaves out the contact list (bijlage B). The name proposed says
// what the print is, a version or a working copy after one, as its pages do.
func (e *env) SavePlanPDF(plan data.Record, public bool) {
	ed, err := export.PlanEdition(e.ctx, e.store, plan.ID)
	if err != nil {
		e.pdfFailed(err)
		return
	}
	name := export.PlanFileName(plan, ed)
	if public {
		name = strings.TrimSuffix(name, ".pdf") + " " + lang.X("pdf.public", "(openbaar)") + ".pdf"
	}
	e.savePDF(name, func(s *data.Store, w io.Writer) error {
		return export.WritePlan(e.ctx, s, plan.ID, export.PlanOptions{Public: public}, w)
	})
}

// saveReportPDF asks where to save the voortgangsrapportage of a cluster
// (of every cluster when clusterID is "") and writes it.
func (e *env) saveReportPDF(clusterID string) {
	e.savePDF(export.ReportFileName(e.ctx, e.store, clusterID), func(s *data.Store, w io.Writer) error {
		return export.WriteReport(e.ctx, s, clusterID, w)
	})
}

// saveAgreementsPDF asks where to save the overview of the agreements that
// pass f (the screen's filter) and writes it.
func (e *env) saveAgreementsPDF(f data.AgreementFilter) {
	e.savePDF(export.AgreementsFileName(e.store), func(s *data.Store, w io.Writer) error {
		return export.WriteAgreements(e.ctx, s, f, w)
	})
}

// savePDF shows a save dialog suggesting suggestedName and, once the user
// has chosen, writes the document with write, which reads the database
// through the store it is given: one snapshot, so a document made while a
// sync or another window writes never mixes before and after.
func (e *env) savePDF(suggestedName string, write func(*data.Store, io.Writer) error) {
	e.SaveDialog(lang.X("pdf.dialog.title", "PDF opslaan"), suggestedName, []string{".pdf"}, pdfFolderKey, e.pdfFailed,
		func(path string) { e.writePDF(path, write) })
}

// writePDF writes the document to path (with .pdf added when the user
// typed a name without it) off the UI goroutine, then offers to open it.
func (e *env) writePDF(path string, write func(*data.Store, io.Writer) error) {
	chosen := path
	path = withExt(path, ".pdf")
	p := &export.Printout{}
	e.writeFile(chosen, path, fileJob{folderKey: pdfFolderKey, busyTitle: lang.X("pdf.busy.title", "PDF maken"),
		busyText: lang.X("pdf.busy.text", "{{.Name}} wordt gemaakt…", map[string]any{"Name": filepath.Base(path)}),
		write:    func(snap *data.Store, w io.Writer) error { p.Writer = w; return write(snap, p) },
		failed:   e.pdfFailed,
		done:     func(path string) { e.offerToOpen(path, p) }})
}

// offerToOpen says where the PDF is, which characters it could not print
// and where they are, and offers to open it in the computer's PDF reader.
func (e *env) offerToOpen(path string, p *export.Printout) {
	msg := lang.X("pdf.saved.text", "{{.Name}} is opgeslagen in {{.Folder}}.\n\nWilt u het bestand nu openen?",
		map[string]any{"Name": filepath.Base(path), "Folder": filepath.Dir(path)})
	if n := p.Count(); n > 0 {
		where := map[string]any{"Count": n, "Pages": p.PageList(), "Examples": "“" + strings.Join(p.Examples(3), "”\n“") + "”"}
		replaced := lang.X("pdf.replaced", "Let op: {{.Count}} tekens konden niet worden afgedrukt en staan als □ in de PDF, op pagina {{.Pages}}:\n{{.Examples}}", where)
		if n == 1 {
			replaced = lang.X("pdf.replaced.one", "Let op: 1 teken kon niet worden afgedrukt en staat als □ in de PDF, op pagina {{.Pages}}:\n{{.Examples}}", where)
		}
		msg = replaced + "\n\n" + msg
	}
	d := dialog.NewConfirm(lang.X("pdf.saved.title", "PDF opgeslagen"), msg, kit.Safe1(e, func(open bool) {
		if !open {
			return
		}
		u, err := url.Parse(storage.NewFileURI(path).String())
		if err == nil {
			err = openURL(u)
		}
		if err != nil {
			dialog.ShowError(errors.New(lang.X("pdf.open.failed", "De PDF kan niet worden geopend: {{.Err}}", map[string]any{"Err": err.Error()})), e.win)
		}
	}), e.win)
	d.SetConfirmText(lang.X("pdf.open", "Openen"))
	d.SetDismissText(lang.X("pdf.close", "Sluiten"))
	d.Show()
}

// pdfFailed tells the user the PDF was not saved, and why.
func (e *env) pdfFailed(err error) {
	dialog.ShowError(errors.New(lang.X("pdf.failed", "De PDF is niet opgeslagen. {{.Reason}}", map[string]any{"Reason": say.Error(err)})), e.win)
}
