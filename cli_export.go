package main

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"ketenregie/export"
	"ketenregie/export/contacts"
)

func init() {
	commands = append(commands,
		&command{
			name:     "export",
			snapshot: true,
			args:     "contacts|calendar|person [ID] -o BESTAND",
			summary:  "sla contactpersonen op als CSV of vCard, de agenda als iCalendar, of alles over één persoon (AVG)",
			flags:    []string{"o="},
			flagHelp: `  -o BESTAND  het bestand (- voor standaarduitvoer)

contacts  .csv: voor Excel (UTF-8, puntkomma's); .vcf: vCard 4.0 (Outlook, telefoon)
calendar  evaluatie- en einddatums van ketenafspraken en de planning van de
          uitvoeringsagenda, als hele-dagafspraken voor Outlook
person    alles wat over één contactpersoon is vastgelegd, voor een inzageverzoek
          (artikel 15 AVG); .html voor een webpagina, anders platte tekst
`,
			run: cmdExport,
		})
}

func cmdExport(c *call) error {
	if len(c.args) == 0 {
		return usageError{"export heeft een soort nodig: contacts, calendar of person"}
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
	save := export.WritePrivateFile
	switch c.args[0] {
	case "contacts":
		if len(c.args) != 1 {
			return usageError{"export contacts neemt geen argumenten, alleen -o BESTAND"}
		}
		switch {
		case ext == ".vcf" || ext == ".vcard":
			write = func(w io.Writer) error { return contacts.WriteVCard(c.ctx, c.store, nil, w) }
		case ext == ".csv" || out == "-":
			write = func(w io.Writer) error { return contacts.WriteCSV(c.ctx, c.store, nil, w) }
		default:
			return usageError{"export contacts: noem het bestand .csv (voor Excel) of .vcf (vCard)"}
		}
	case "calendar":
		if len(c.args) != 1 {
			return usageError{"export calendar neemt geen argumenten, alleen -o BESTAND"}
		}
		if ext != ".ics" && out != "-" {
			return usageError{"export calendar: noem het bestand .ics"}
		}
		save = export.WriteFileAtomic
		var rep contacts.CalendarReport
		write = func(w io.Writer) error {
			var err error
			rep, err = contacts.WriteCalendar(c.ctx, c.store, w)
			return err
		}
		after = func() {
			fmt.Fprintf(report, "Agenda: %d afspraken (%d van ketenafspraken, %d uit de uitvoeringsagenda).\n", rep.Events, rep.Agreements, rep.Actions)
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
	default:
		return usageError{fmt.Sprintf("onbekende soort %q (kies uit: contacts, calendar, person)", c.args[0])}
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
