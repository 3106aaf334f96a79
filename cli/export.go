package cli

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"ketenregie/data"
	"ketenregie/export"
	"ketenregie/export/atomicfile"
	"ketenregie/export/contacts"
)

const exportHelp = `  -o BESTAND      het bestand (- voor standaarduitvoer)
  --format SOORT  bij contacts en .csv: ketenregie (standaard) of outlook
  --vcard 3       bij contacts en .vcf: vCard 3.0 in plaats van 4.0

contacts  .csv: voor Excel (UTF-8, puntkomma's), met alles om weer in te lezen
          .csv met --format outlook: de kolommen van Outlook, om in Outlook
            in te lezen (Windows-1252, komma's)
          .vcf: vCard 4.0 (telefoon, Thunderbird, Google); met --vcard 3:
            vCard 3.0
          .zip: één vCard 3.0 per persoon; Outlook voor Windows leest maar één
            persoon per vCard-bestand en geen vCard 4.0
calendar  evaluatie- en einddatums van ketenafspraken, de planning van de
          uitvoeringsagenda en geplande activiteiten, als hele-dagafspraken
          voor Outlook
person    alles wat over één contactpersoon is vastgelegd, voor een
          inzageverzoek (artikel 15 AVG); .html voor een webpagina, anders
          platte tekst
workbook  Excel-werkmap (.xlsx) voor het regio-overleg en de landelijke
          monitor: zelfevaluatie, activiteiten, cijfers, ketenafspraken en
          uitvoeringsagenda, zonder namen van contactpersonen
audit     het logboek (.csv voor Excel): elke wijziging met tijd, apparaat,
          collega, record, veld, oude en nieuwe waarde; gewiste waarden (AVG)
          niet. --from DATUM en --to DATUM (dd-mm-jjjj) kiezen de periode
`

func cmdExport(c *call) error {
	if len(c.args) == 0 {
		return usageError{"export heeft een soort nodig: contacts, calendar, person, workbook of audit"}
	}
	out, ok := c.flags["o"]
	if !ok || out == "" {
		return usageError{"export heeft -o BESTAND nodig (of -o - voor standaarduitvoer)"}
	}
	ext := strings.ToLower(filepath.Ext(out))
	report := c.stdout
	if out == "-" {
		report = c.stderr
	}
	var write func(io.Writer) error
	var after func()
	// Contacts and a person's data are personal data, for the owner's
	// eyes; a calendar is made to be shared.
	save := atomicfile.WritePrivate
	if c.args[0] != "contacts" {
		for _, f := range []string{"format", "vcard"} {
			if _, ok := c.flags[f]; ok {
				return usageError{fmt.Sprintf("--%s geldt alleen voor export contacts", f)}
			}
		}
	}
	if c.args[0] != "audit" {
		for _, f := range []string{"from", "to"} {
			if _, ok := c.flags[f]; ok {
				return usageError{fmt.Sprintf("--%s geldt alleen voor export audit", f)}
			}
		}
	}
	switch c.args[0] {
	case "contacts":
		if len(c.args) != 1 {
			return usageError{"export contacts neemt geen argumenten, alleen -o BESTAND"}
		}
		var err error
		write, after, err = contactsWriter(c, ext, out == "-", report)
		if err != nil {
			return err
		}
	case "calendar":
		if len(c.args) != 1 {
			return usageError{"export calendar neemt geen argumenten, alleen -o BESTAND"}
		}
		if ext != ".ics" && out != "-" {
			return usageError{"export calendar: noem het bestand .ics"}
		}
		save = atomicfile.Write
		var rep contacts.CalendarReport
		write = func(w io.Writer) error {
			var err error
			rep, err = contacts.WriteCalendar(c.ctx, c.store, w)
			return err
		}
		after = func() {
			fmt.Fprintf(report, "Agenda: %d afspraken (%d van ketenafspraken, %d uit de uitvoeringsagenda, %d geplande activiteiten).\n",
				rep.Events, rep.Agreements, rep.Actions, rep.Activities)
			if len(rep.Skipped) > 0 {
				fmt.Fprintf(report, "Niet in de agenda, want de planning is geen datum, kwartaal, maand of jaar (%d):\n", len(rep.Skipped))
				for _, s := range rep.Skipped {
					fmt.Fprintf(report, "  %s\n", s)
				}
			}
		}
	case "person":
		if len(c.args) != 2 {
			return usageError{"export person heeft het id van een contactpersoon nodig ('ketenregie list contact' toont ze)"}
		}
		// Collected before a file is made, so an unknown id makes none.
		p, err := contacts.CollectPerson(c.ctx, c.store, c.args[1])
		if err != nil {
			return err
		}
		write = p.WriteText
		if ext == ".html" || ext == ".htm" {
			write = p.WriteHTML
		}
	case "audit":
		if len(c.args) != 1 {
			return usageError{"export audit neemt geen argumenten, alleen --from, --to en -o BESTAND"}
		}
		if ext != ".csv" && out != "-" {
			return usageError{"export audit: noem het bestand .csv"}
		}
		from, err := dateFlag(c, "from")
		if err != nil {
			return err
		}
		to, err := dateFlag(c, "to")
		if err != nil {
			return err
		}
		if from != "" && to != "" && to < from {
			return usageError{"export audit: --to ligt voor --from"}
		}
		write = func(w io.Writer) error { return export.WriteAudit(c.ctx, c.store, from, to, w) }
	case "workbook":
		if len(c.args) != 1 {
			return usageError{"export workbook neemt geen argumenten, alleen -o BESTAND"}
		}
		if ext != ".xlsx" && out != "-" {
			return usageError{"export workbook: noem het bestand .xlsx"}
		}
		write = func(w io.Writer) error { return export.WriteWorkbook(c.ctx, c.store, w) }
		after = func() { fmt.Fprintf(report, "Werkmap opgeslagen: %s\n", out) }
	default:
		return usageError{fmt.Sprintf("onbekende soort %q (kies uit: contacts, calendar, person, workbook, audit)", c.args[0])}
	}
	var err error
	if out == "-" {
		err = write(c.stdout)
	} else {
		err = save(out, write)
	}
	if err == nil && after != nil {
		after()
	}
	return err
}

// contactsWriter chooses the contact export by the file's extension and
// the --format and --vcard flags, and refuses a combination that does not
// go together before any file is made. after tells how Outlook reads the
// files made for it.
func contactsWriter(c *call, ext string, stdout bool, report io.Writer) (write func(io.Writer) error, after func(), err error) {
	format, formatSet := c.flags["format"]
	switch strings.ToLower(format) {
	case "", "ketenregie":
		format = "ketenregie"
	case "outlook":
		format = "outlook"
	default:
		return nil, nil, usageError{fmt.Sprintf("export contacts: onbekend formaat %q voor --format (kies ketenregie of outlook)", format)}
	}
	version, versionSet := c.flags["vcard"]
	switch version {
	case "", "4", "4.0":
		version = "4"
	case "3", "3.0":
		version = "3"
	default:
		return nil, nil, usageError{fmt.Sprintf("export contacts: onbekende vCard-versie %q voor --vcard (kies 3 of 4)", version)}
	}
	isCSV := ext == ".csv" || (stdout && ext == "")
	switch {
	case formatSet && !isCSV:
		return nil, nil, usageError{"export contacts: --format geldt voor een CSV-bestand; noem het bestand .csv"}
	case versionSet && ext == ".zip" && version != "3":
		return nil, nil, usageError{"export contacts: een .zip bevat altijd vCard 3.0, de versie die Outlook leest"}
	case versionSet && ext != ".vcf" && ext != ".vcard" && ext != ".zip":
		return nil, nil, usageError{"export contacts: --vcard geldt voor een vCard-bestand; noem het bestand .vcf"}
	}
	switch {
	case ext == ".zip":
		write = func(w io.Writer) error { return contacts.WriteVCardZip(c.ctx, c.store, nil, w) }
		after = func() {
			fmt.Fprintln(report, "Eén vCard 3.0 per persoon. In Outlook voor Windows: pak het zip-bestand uit, open een .vcf-bestand en kies Opslaan en sluiten. "+
				"Alle personen tegelijk in Outlook: export contacts -o BESTAND.csv --format outlook.")
		}
	case ext == ".vcf" || ext == ".vcard":
		write = func(w io.Writer) error { return contacts.WriteVCard(c.ctx, c.store, nil, w) }
		if version == "3" {
			write = func(w io.Writer) error { return contacts.WriteVCard3(c.ctx, c.store, nil, w) }
		}
	case isCSV && format == "outlook":
		write = func(w io.Writer) error { return contacts.WriteOutlookCSV(c.ctx, c.store, nil, w) }
		after = func() {
			fmt.Fprintln(report, "In Outlook: Bestand > Openen en exporteren > Importeren/exporteren > Importeren uit een ander programma of bestand > Door komma's gescheiden waarden.")
		}
	case isCSV:
		write = func(w io.Writer) error { return contacts.WriteCSV(c.ctx, c.store, nil, w) }
	default:
		return nil, nil, usageError{"export contacts: noem het bestand .csv (voor Excel of, met --format outlook, voor Outlook), .vcf (vCard) of .zip (een vCard per persoon, voor Outlook)"}
	}
	return write, after, nil
}

// dateFlag reads the date of --name (dd-mm-jjjj or jjjj-mm-dd), "" when
// not given.
func dateFlag(c *call, name string) (string, error) {
	v, ok := c.flags[name]
	if !ok {
		return "", nil
	}
	d, ok := data.ParseDate(v)
	if !ok {
		return "", usageError{fmt.Sprintf("--%s %q is geen datum (schrijf dd-mm-jjjj of jjjj-mm-dd)", name, v)}
	}
	return d, nil
}
