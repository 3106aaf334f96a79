package app

import (
	"errors"
	"io"
	"path/filepath"
	"sort"
	"strings"

	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"ketenregie/app/say"
	"ketenregie/data"
	"ketenregie/export/contacts"
)

// exportContacts asks where to save every contact and writes them, by
// the name's extension: .csv for Excel (the list Ketenregie reads again),
// .vcf (vCard 4.0) for phones and most address books, or .zip with one
// vCard 3.0 per person for Outlook for Windows, which reads neither 4.0
// nor more than one person per file. What was saved, and what to save for
// Outlook, is said after saving.
func (e *env) exportContacts() {
	name := lang.X("contactimport.export.name", "Contactpersonen {{.Date}}.csv", map[string]any{"Date": e.store.Now().Format("2006-01-02")})
	var saved string // the extension written, for the report
	e.saveContactFile(lang.X("contactimport.export.title", "Contactpersonen opslaan"), name, []string{".csv", ".vcf", ".zip"}, true,
		func(path string) (string, func(*data.Store, io.Writer) error) {
			saved = strings.ToLower(filepath.Ext(path))
			switch saved {
			case ".vcf", ".vcard":
				return path, func(s *data.Store, w io.Writer) error { return contacts.WriteVCard(e.ctx, s, nil, w) }
			case ".zip":
				return path, func(s *data.Store, w io.Writer) error { return contacts.WriteVCardZip(e.ctx, s, nil, w) }
			case ".csv":
			default:
				path += ".csv"
				saved = ".csv"
			}
			return path, func(s *data.Store, w io.Writer) error { return contacts.WriteCSV(e.ctx, s, nil, w) }
		},
		func() string {
			switch saved {
			case ".vcf", ".vcard":
				return lang.X("contactexport.vcf.done", "Dit is vCard 4.0, voor telefoons, Thunderbird en Google Contacten. Outlook voor Windows leest alleen vCard 3.0, en maar één persoon per bestand: sla voor Outlook een .zip op.")
			case ".zip":
				return lang.X("contactexport.zip.done", "Eén vCard 3.0 per persoon, zoals Outlook voor Windows ze leest. Pak het zip-bestand uit en open een .vcf-bestand: Outlook toont de persoon, kies dan Opslaan en sluiten.")
			}
			return lang.X("contactexport.csv.done", "Een lijst voor Excel en LibreOffice Calc, die Ketenregie ook weer inleest. Voor Outlook: sla een .zip op, met een vCard per persoon.")
		})
}

// exportCalendar asks where to save the agenda (evaluation and end dates of
// agreements, the planning of the uitvoeringsagenda, planned activities) as
// an iCalendar file.
func (e *env) exportCalendar() {
	var rep contacts.CalendarReport
	name := lang.X("contactimport.calendar.name", "Ketenregie agenda {{.Date}}.ics", map[string]any{"Date": e.store.Now().Format("2006-01-02")})
	e.saveContactFile(lang.X("contactimport.calendar.title", "Agenda opslaan"), name, []string{".ics"}, false,
		func(path string) (string, func(*data.Store, io.Writer) error) {
			return withExt(path, ".ics"), func(s *data.Store, w io.Writer) error {
				var err error
				rep, err = contacts.WriteCalendar(e.ctx, s, w)
				return err
			}
		},
		func() string {
			msg := lang.X("contactimport.calendar.done", "Afspraken in de agenda: {{.N}}\nEvaluatie- en einddatums van ketenafspraken: {{.Agreements}}\nActies uit de uitvoeringsagenda: {{.Actions}}\nGeplande activiteiten: {{.Activities}}\n\nIn Outlook: Bestand, Openen en exporteren, Importeren/exporteren, iCalendar-bestand importeren.",
				map[string]any{"N": rep.Events, "Agreements": rep.Agreements, "Actions": rep.Actions, "Activities": rep.Activities})
			if len(rep.Skipped) > 0 {
				var list []string
				for _, s := range rep.Skipped {
					list = append(list, "• "+s.String())
				}
				sort.Strings(list)
				if len(list) > maxSkippedShown {
					more := lang.X("contactimport.calendar.more", "en nog {{.N}} andere", map[string]any{"N": len(list) - maxSkippedShown})
					list = append(list[:maxSkippedShown], more)
				}
				msg += "\n\n" + lang.X("contactimport.calendar.skipped", "Niet in de agenda, omdat de planning geen datum, kwartaal, maand of jaar is:") + "\n" + strings.Join(list, "\n")
			}
			return msg
		})
}

// exportPerson asks where to save everything stored about one contact
// (AVG article 15), as a web page or, named .txt, as plain text.
func (e *env) exportPerson(id string) {
	rec, err := e.store.Get(e.ctx, data.KindContact, id)
	if err != nil {
		e.ShowError(err)
		return
	}
	name := lang.X("contactimport.person.name", "Gegevens {{.Name}} {{.Date}}.html", map[string]any{"Name": safeFileName(rec.Get(data.Contact.Name)), "Date": e.store.Now().Format("2006-01-02")})
	e.saveContactFile(lang.X("contactimport.person.title", "Gegevens van deze persoon opslaan"), name, []string{".html", ".txt"}, true,
		func(path string) (string, func(*data.Store, io.Writer) error) {
			ext := strings.ToLower(filepath.Ext(path))
			if ext != ".html" && ext != ".htm" && ext != ".txt" {
				path += ".html"
				ext = ".html"
			}
			return path, func(s *data.Store, w io.Writer) error { return contacts.WritePerson(e.ctx, s, id, ext != ".txt", w) }
		}, nil)
}

// safeFileName keeps a name usable as part of a file name on every system.
func safeFileName(s string) string {
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune(`<>:"/\|?*`, r) || r < ' ' {
			return '_'
		}
		return r
	}, strings.TrimSpace(s))
}

// saveContactFile shows a save dialog suggesting name in the folder used
// last; choose turns the chosen path into the path to write (with its
// extension) and the writer of the content, which writeFile runs on one
// snapshot of the store; private files (personal data, not a calendar)
// are the owner's alone. Afterwards the user reads where the file is, and
// what report adds.
func (e *env) saveContactFile(title, name string, exts []string, private bool, choose func(path string) (string, func(*data.Store, io.Writer) error), report func() string) {
	e.SaveDialog(title, name, exts, contactFolderKey, e.contactSaveFailed, func(chosen string) {
		path, write := choose(chosen)
		e.writeContactFile(chosen, path, private, write, report)
	})
}

// writeContactFile writes path (privately when private), and says where
// the file is and what report adds.
func (e *env) writeContactFile(chosen, path string, private bool, write func(*data.Store, io.Writer) error, report func() string) {
	name := filepath.Base(path)
	e.writeFile(chosen, path, fileJob{folderKey: contactFolderKey, private: private, busyTitle: lang.X("contactimport.saving.title", "Opslaan"),
		busyText: lang.X("contactimport.saving.text", "{{.Name}} wordt opgeslagen…", map[string]any{"Name": name}),
		write:    write,
		failed:   e.contactSaveFailed,
		done: func(path string) {
			msg := lang.X("contactimport.saved.text", "{{.Name}} is opgeslagen in {{.Folder}}.", map[string]any{"Name": name, "Folder": filepath.Dir(path)})
			if report != nil {
				msg += "\n\n" + report()
			}
			dialog.NewInformation(lang.X("contactimport.saved.title", "Opgeslagen"), msg, e.win).Show()
		}})
}

// contactSaveFailed says the file was not saved, and why.
func (e *env) contactSaveFailed(err error) {
	dialog.ShowError(errors.New(lang.X("contactimport.save.failed", "Het bestand is niet opgeslagen. {{.Reason}}", map[string]any{"Reason": say.Error(err)})), e.win)
}
