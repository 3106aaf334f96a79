package figures

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"ketenregie/app/kit"
	"ketenregie/app/say"
	"ketenregie/data"
	figfile "ketenregie/export/figures"
	"ketenregie/export/sheet"
)

// folderKey remembers the folder of the last file of figures read.
const folderKey = "figures.folder"

// previewRows is how many rows of a file the preview lists; the counts
// cover all.
const previewRows = 500

// chooseFile asks for a file of figures (CSV or an Excel workbook), after
// asking about edits not saved, and shows what reading it would do.
func (s *Screen) chooseFile() {
	s.WhenDiscarded(func() {
		d := dialog.NewFileOpen(kit.Safe2(s.Shell, func(r fyne.URIReadCloser, err error) {
			if err != nil {
				s.fileFailed(err)
				return
			}
			if r == nil {
				return // cancelled
			}
			r.Close()
			path := r.URI().Path()
			kit.RememberFolder(folderKey, path)
			s.ReadFile(path)
		}), s.Window())
		d.SetTitleText(lang.X("figures.import.open", "Cijfers inlezen"))
		d.SetConfirmText(lang.X("figures.import.open.confirm", "Openen"))
		d.SetDismissText(lang.X("figures.cancel", "Annuleren"))
		d.SetFilter(storage.NewExtensionFileFilter([]string{".csv", ".txt", ".xlsx"}))
		kit.ShowFileDialog(d, folderKey)
	}, nil)
}

// ReadFile reads the file of figures at path away from the window, then
// shows what reading it in would do: nothing changes until the
// coordinator agrees.
func (s *Screen) ReadFile(path string) {
	var plan *figfile.Plan
	name := filepath.Base(path)
	ctx, st := s.Ctx(), s.Store()
	s.Busy(lang.X("figures.import.reading.title", "Bestand lezen"),
		lang.X("figures.import.reading", "{{.Name}} wordt gelezen…", map[string]any{"Name": name}),
		func() error {
			raw, err := readLimited(path)
			if err != nil {
				return err
			}
			plan, err = figfile.Read(ctx, st, raw)
			return err
		},
		func(err error) {
			if err != nil {
				s.fileFailed(err)
				return
			}
			s.showPlan(name, plan)
		})
}

// readLimited reads a file, up to a byte more than a table may be, so that
// sheet.Read refuses one too large.
func readLimited(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, sheet.MaxFileSize+1))
}

// fileFailed says a file of figures could not be read or written.
func (s *Screen) fileFailed(err error) {
	dialog.ShowError(errors.New(lang.X("figures.import.failed", "Het bestand kan niet worden ingelezen: {{.Reason}}", map[string]any{"Reason": say.ReadFailed(err)})), s.Window())
}

// showPlan shows what reading the file would do, row by row, and reads it
// in when the coordinator agrees. A file with problems is only shown: one
// wrong row and nothing is read, as on the command line.
func (s *Screen) showPlan(name string, p *figfile.Plan) {
	created, updated, same, empty := p.Count(figfile.Create), p.Count(figfile.Update), p.Count(figfile.Same), p.Count(figfile.Empty)
	about := widget.NewLabel(lang.X("figures.import.file", "{{.Name}}: {{.Format}}", map[string]any{"Name": name, "Format": formatText(p.File)}))
	about.Wrapping = fyne.TextWrapWord
	counts := lang.X("figures.import.counts", "{{.New}} nieuw, {{.Changed}} gewijzigd, {{.Same}} ongewijzigd.",
		map[string]any{"New": created, "Changed": updated, "Same": same})
	if empty > 0 {
		counts += " " + lang.X("figures.import.empty", "{{.Count}} regels zonder aantal worden overgeslagen.", map[string]any{"Count": empty})
	}
	summary := widget.NewLabelWithStyle(counts, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	summary.Wrapping = fyne.TextWrapWord

	var list fyne.CanvasObject
	top := container.NewVBox(about, summary)
	if !p.OK() {
		bad := widget.NewLabel(say.Count(len(p.Problems), "", lang.X("figures.import.problem.one", "1 probleem: er wordt niets ingelezen. Verbeter het bestand en lees het opnieuw in."),
			lang.X("figures.import.problem.many", "{{.Count}} problemen: er wordt niets ingelezen. Verbeter het bestand en lees het opnieuw in.", map[string]any{"Count": len(p.Problems)})))
		bad.Importance = widget.DangerImportance
		bad.Wrapping = fyne.TextWrapWord
		top.Add(bad)
		// the problems in full, wrapped: each says what to put right
		lines := container.NewVBox()
		for _, pr := range p.Problems {
			text := say.Problem(pr)
			if pr.Line > 0 {
				text = lang.X("figures.import.line", "Regel {{.Line}}: {{.Problem}}", map[string]any{"Line": pr.Line, "Problem": text})
			}
			l := widget.NewLabel(text)
			l.Wrapping = fyne.TextWrapWord
			lines.Add(l)
		}
		list = container.NewVScroll(lines)
	} else {
		// what a row holds that it should not, said before it is read in
		for _, r := range p.Rows {
			for _, w := range r.Warnings {
				l := widget.NewLabel(lang.X("figures.import.warning", "Let op, regel {{.Line}}: {{.Warning}}", map[string]any{"Line": r.Line, "Warning": say.Message(w)}))
				l.Importance = widget.WarningImportance
				l.Wrapping = fyne.TextWrapWord
				top.Add(l)
			}
		}
		table := kit.NewTableView([]kit.Column{
			{Title: lang.X("figures.import.col.line", "Regel"), Min: 56},
			{Title: lang.X("figures.import.col.scope", "Gemeente of cluster"), Min: 130, Weight: 1},
			{Title: lang.X("figures.import.col.period", "Periode"), Min: 140},
			{Title: lang.X("figures.import.col.measure", "Maat"), Min: 150, Weight: 2},
			{Title: lang.X("figures.import.col.count", "Aantal"), Min: 64},
			{Title: lang.X("figures.import.col.action", "Wat er gebeurt"), Min: 110},
		})
		var rows [][]kit.Cell
		for i, r := range p.Rows {
			if i == previewRows {
				break
			}
			rows = append(rows, []kit.Cell{kit.Plain(strconv.Itoa(r.Line)), kit.Plain(r.Scope), kit.Plain(periodText(r.Period)),
				kit.Plain(measureText(r)), kit.Plain(r.Count), actionCell(r)})
		}
		table.SetRows(rows)
		list = table.Content()
	}
	content := container.NewBorder(top, nil, nil, nil, container.New(&kit.MinWidth{Width: 720}, list))
	title := lang.X("figures.import.title", "Cijfers inlezen")
	var d dialog.Dialog
	if !p.OK() || created+updated == 0 {
		if p.OK() {
			top.Add(widget.NewLabel(lang.X("figures.import.nothing", "Alle cijfers in dit bestand staan er al zo in; er is niets in te lezen.")))
		}
		d = dialog.NewCustom(title, lang.X("figures.import.close", "Sluiten"), content, s.Window())
	} else {
		c := dialog.NewCustomConfirm(title, lang.X("figures.import.confirm", "Inlezen"), lang.X("figures.cancel", "Annuleren"), content,
			kit.Safe1(s.Shell, func(ok bool) {
				if ok {
					s.writePlan(name, p)
				}
			}), s.Window())
		c.SetConfirmImportance(widget.HighImportance)
		d = c
	}
	d.Resize(fyne.NewSize(820, 520))
	d.Show()
}

// writePlan reads the file's figures in, in one transaction, and shows
// the grid again.
func (s *Screen) writePlan(name string, p *figfile.Plan) {
	ctx, st := s.Ctx(), s.Store()
	n := p.Count(figfile.Create) + p.Count(figfile.Update)
	s.Busy(lang.X("figures.import.writing.title", "Cijfers inlezen"),
		lang.X("figures.import.writing", "De cijfers uit {{.Name}} worden opgeslagen…", map[string]any{"Name": name}),
		func() error { return p.Write(ctx, st) },
		func(err error) {
			if err != nil {
				s.fileFailed(err)
				return
			}
			s.readStore()
			s.showChoosers()
			s.showGrid()
			s.showMessage(say.Done(say.Count(n, "", lang.X("figures.import.done.one", "1 cijfer ingelezen uit {{.Name}}.", map[string]any{"Name": name}),
				lang.X("figures.import.done.many", "{{.Count}} cijfers ingelezen uit {{.Name}}.", map[string]any{"Count": n, "Name": name}))), widget.MediumImportance)
			s.RefreshOthers(s)
		})
}

// measureText is a row's measure in the window's language.
func measureText(r figfile.Row) string {
	if code := r.Values[data.Figure.Measure]; code != "" {
		return say.Choice(data.Measures, code)
	}
	return r.Measure
}

// actionCell says what reading a row in does.
func actionCell(r figfile.Row) kit.Cell {
	switch r.Action {
	case figfile.Create:
		return kit.Cell{Text: lang.X("figures.import.action.new", "nieuw"), Importance: widget.HighImportance}
	case figfile.Update:
		return kit.Cell{Text: lang.X("figures.import.action.update", "was {{.Old}}", map[string]any{"Old": r.Old}), Importance: widget.WarningImportance}
	case figfile.Same:
		return kit.Plain(lang.X("figures.import.action.same", "ongewijzigd"))
	}
	return kit.Plain(lang.X("figures.import.action.empty", "leeg: overgeslagen"))
}

// formatText says how a file was read: "Excel-werkmap, werkblad Cijfers"
// or "CSV, Windows-1252, gescheiden door puntkomma's".
func formatText(t *sheet.Table) string {
	if t == nil {
		return ""
	}
	if t.Format == sheet.FormatXLSX {
		return lang.X("figures.import.format.xlsx", "Excel-werkmap, werkblad {{.Sheet}}", map[string]any{"Sheet": t.Sheet})
	}
	sep := fmt.Sprintf("%q", t.Separator)
	switch t.Separator {
	case ';':
		sep = lang.X("figures.import.separator.semicolon", "puntkomma's")
	case ',':
		sep = lang.X("figures.import.separator.comma", "komma's")
	case '\t':
		sep = lang.X("figures.import.separator.tab", "tabs")
	}
	return lang.X("figures.import.format.csv", "CSV, {{.Encoding}}, gescheiden door {{.Separator}}", map[string]any{"Encoding": t.Encoding, "Separator": sep})
}
