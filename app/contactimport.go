package app

import (
	"errors"
	"io"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"

	"ketenregie/app/kit"
	"ketenregie/app/say"
	"ketenregie/data"
	"ketenregie/export/contacts"
)

// Contacts in and out: importing a contact list (Excel CSV, Outlook,
// vCard) through a preview that shows, before anything changes, how the
// columns are read and what each row will do; exporting the contacts as
// CSV or vCard, the dates to chase as an iCalendar file, and everything
// stored about one person for an access request (AVG).

// contactFolderKey remembers the folder of the last contact file read or written.
const contactFolderKey = "contacts.folder"

// previewRows is how many rows the preview table shows; the counts cover all.
const previewRows = 500

// maxSkippedShown is how many actions left out of the calendar the report names.
const maxSkippedShown = 8

// asyncPlanRows: files with more rows are planned off the UI goroutine.
const asyncPlanRows = 2000

// importContacts asks for a contact file and shows the import preview.
func (e *env) importContacts() {
	d := dialog.NewFileOpen(kit.Safe2(e, func(r fyne.URIReadCloser, err error) {
		if err != nil {
			e.contactFileFailed(err)
			return
		}
		if r == nil {
			return // cancelled
		}
		defer r.Close()
		raw, err := io.ReadAll(io.LimitReader(r, contacts.MaxFileSize+1))
		if err != nil {
			e.contactFileFailed(err)
			return
		}
		path := r.URI().Path()
		kit.RememberFolder(contactFolderKey, path)
		e.previewImport(path, raw)
	}), e.win)
	d.SetTitleText(lang.X("contactimport.open.title", "Contactpersonen inlezen"))
	d.SetConfirmText(lang.X("contactimport.open.confirm", "Openen"))
	d.SetDismissText(lang.X("contactimport.cancel", "Annuleren"))
	d.SetFilter(storage.NewExtensionFileFilter([]string{".csv", ".txt", ".vcf", ".vcard"}))
	kit.ShowFileDialog(d, contactFolderKey)
}

// previewImport reads the file at path and shows what importing it would
// do.
func (e *env) previewImport(path string, raw []byte) {
	name := filepath.Base(path)
	var f *contacts.File
	var idx *contacts.Index
	var plan *contacts.Plan
	e.Busy(lang.X("contactimport.reading.title", "Bestand lezen"),
		lang.X("contactimport.reading.text", "{{.Name}} wordt gelezen…", map[string]any{"Name": name}),
		func() error {
			var err error
			if f, err = contacts.Read(raw); err != nil {
				return err
			}
			if idx, err = contacts.LoadIndex(e.ctx, e.store); err != nil {
				return err
			}
			plan = contacts.NewPlan(f, contacts.GuessMapping(f), idx)
			return nil
		},
		func(err error) {
			if err != nil {
				e.contactFileFailed(err)
				return
			}
			newImportPreview(e, path, f, idx, plan).show()
		})
}

// contactFileFailed says a contact file could not be read.
func (e *env) contactFileFailed(err error) {
	dialog.ShowError(errors.New(lang.X("contactimport.read.failed", "Het bestand kan niet worden ingelezen: {{.Reason}}", map[string]any{"Reason": say.ReadFailed(err)})), e.win)
}

// formatText says how the file was read: "CSV-bestand, Windows-1252,
// gescheiden door puntkomma's (Outlook-export)".
func formatText(f *contacts.File) string {
	if f.Format == contacts.FormatVCard {
		return lang.X("contactimport.format.vcard", "vCard-bestand, {{.Encoding}}", map[string]any{"Encoding": f.Encoding})
	}
	sep := string(f.Separator)
	switch f.Separator {
	case ';':
		sep = lang.X("contactimport.separator.semicolon", "puntkomma's")
	case ',':
		sep = lang.X("contactimport.separator.comma", "komma's")
	case '\t':
		sep = lang.X("contactimport.separator.tab", "tabs")
	}
	s := lang.X("contactimport.format.csv", "CSV-bestand, {{.Encoding}}, gescheiden door {{.Separator}}", map[string]any{"Encoding": f.Encoding, "Separator": sep})
	if f.Outlook {
		s += " " + lang.X("contactimport.format.outlook", "(Outlook-export)")
	}
	return s
}

// targetText is what a column select shows for a target.
func targetText(t contacts.Target) string {
	switch t {
	case contacts.Name:
		return lang.X("contactimport.target.name", "Naam")
	case contacts.FirstName:
		return lang.X("contactimport.target.first", "Voornaam")
	case contacts.MiddleName:
		return lang.X("contactimport.target.middle", "Tussenvoegsel")
	case contacts.LastName:
		return lang.X("contactimport.target.last", "Achternaam")
	case contacts.Organisation:
		return lang.X("contactimport.target.organisation", "Organisatie")
	case contacts.OrganisationType:
		return lang.X("contactimport.target.orgtype", "Soort organisatie")
	case contacts.Function:
		return lang.X("contactimport.target.function", "Functie")
	case contacts.Role:
		return lang.X("contactimport.target.role", "Rol")
	case contacts.Email:
		return lang.X("contactimport.target.email", "E-mail")
	case contacts.EmailOther:
		return lang.X("contactimport.target.emailother", "Ander e-mailadres")
	case contacts.Phone:
		return lang.X("contactimport.target.phone", "Telefoon (werk)")
	case contacts.Mobile:
		return lang.X("contactimport.target.mobile", "Mobiel")
	case contacts.PhoneOther:
		return lang.X("contactimport.target.phoneother", "Ander telefoonnummer")
	case contacts.Municipalities:
		return lang.X("contactimport.target.municipalities", "Gemeenten")
	case contacts.Notes:
		return lang.X("contactimport.target.notes", "Notities")
	case contacts.Keep:
		return lang.X("contactimport.target.keep", "In notities, met kolomnaam")
	case contacts.Reviewed:
		return lang.X("contactimport.target.reviewed", "Laatst gecontroleerd")
	case contacts.NotNeeded:
		return lang.X("contactimport.target.notneeded", "Niet nodig")
	}
	return lang.X("contactimport.target.ignore", "Niet inlezen")
}

func targetIndex(t contacts.Target) int {
	for i, x := range contacts.Targets {
		if x == t {
			return i
		}
	}
	return 0
}

func actionText(a contacts.Action) string {
	switch a {
	case contacts.Create:
		return lang.X("contactimport.action.create", "nieuw")
	case contacts.Update:
		return lang.X("contactimport.action.update", "bijwerken")
	case contacts.Unchanged:
		return lang.X("contactimport.action.same", "ongewijzigd")
	}
	return lang.X("contactimport.action.skip", "overslaan")
}

// fieldLabels names the changed fields of a contact, in form order.
func fieldLabels(changes map[string]string) string {
	k := data.KindNamed("contact")
	var out []string
	for _, f := range k.Fields {
		if _, ok := changes[f.Name]; ok {
			out = append(out, say.Field(k.Name, f.Name))
		}
	}
	return strings.Join(out, ", ")
}

// exampleValue is the first value in a column, to recognise what it holds.
func exampleValue(f *contacts.File, col int) string {
	for _, r := range f.Rows {
		if v := strings.TrimSpace(r.Cell(col)); v != "" {
			return strings.Join(strings.Fields(v), " ")
		}
	}
	return ""
}

// notesWarning is the warning to show under a contact's notes when they
// look like case data (a BSN, a date of birth), or "" when they do not.
func (e *env) notesWarning(notes string) string {
	c := data.CheckCaseData(notes, e.store.Now())
	var found []string
	if c.BSN != "" {
		found = append(found, lang.X("contactimport.casedata.bsn", "een nummer dat een BSN kan zijn ({{.Value}})", map[string]any{"Value": c.BSN}))
	}
	if c.Birth != "" {
		found = append(found, lang.X("contactimport.casedata.birth", "een geboortedatum ({{.Value}})", map[string]any{"Value": c.Birth}))
	}
	if len(found) == 0 {
		return ""
	}
	return lang.X("contactimport.casedata.warning",
		"Let op: deze notities lijken gegevens over een persoon of zaak te bevatten: {{.Found}}. Gegevens over slachtoffers, verdachten of zaken horen niet in Ketenregie, maar in het systeem van het Zorg- en Veiligheidshuis, het RIEC of de politie. Bewaar hier alleen werkgegevens van professionals.",
		map[string]any{"Found": strings.Join(found, lang.X("contactimport.casedata.and", " en "))})
}

// privacyTitle and privacyStatement are the privacy statement that
// Instellingen shows: what Ketenregie stores, why, what does not belong in
// it, how long, and the rights of the people it names.
func privacyTitle() string { return lang.X("privacy.title", "Privacyverklaring") }

func privacyStatement() string {
	return lang.X("privacy.statement", "Wat wordt vastgelegd\nKetenregie bevat werkcontactgegevens van professionals (naam, organisatie, rol, e-mailadres en telefoonnummer op het werk, de gemeenten waarvoor iemand werkt), ketenafspraken, beleidsplannen en zelfevaluaties van gemeenten. De gegevens staan in een database op deze computer en worden alleen gedeeld met collega-coördinatoren die uw uitwisselbestanden inlezen.\n\nWaarom\nDe gemeente verwerkt deze gegevens voor haar publieke taak: de aanpak van mensenhandel (AVG artikel 6 lid 1 sub e).\n\nWat er niet in hoort\nGegevens over slachtoffers, verdachten of zaken horen niet in Ketenregie. Die staan in de systemen van het Zorg- en Veiligheidshuis, het RIEC, de zorgcoördinatie en de politie, die daarvoor een wettelijke grondslag en waarborgen hebben. Beleidsplannen bevatten alleen geanonimiseerde, opgetelde cijfers.\n\nHoe lang\nControleer elke contactpersoon ten minste eens per twaalf maanden: is het nog juist en nog nodig? Het Overzicht toont wie langer dan twaalf maanden niet is gecontroleerd. Wat niet meer nodig is, verwijdert u.\n\nRechten van de betrokkene\nIedereen die in Ketenregie staat, mag weten welke gegevens over hem of haar zijn vastgelegd (Contacten, Gegevens van deze persoon), mag ze laten verbeteren, en mag vragen ze te wissen (Contacten, Vergeet deze persoon: de gegevens verdwijnen ook uit de geschiedenis en bij collega's die uw bestanden inlezen). Reservekopieën van vóór het wissen (Instellingen, de laatste tien) bevatten de gegevens nog tot ze door nieuwere kopieën worden vervangen.")
}
