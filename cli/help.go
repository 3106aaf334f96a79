package cli

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"ketenregie/data"
)

func printUsage(w io.Writer) {
	fmt.Fprint(w, `Ketenregie: de aanpak mensenhandel van een regio bijhouden, plannen en delen.

Gebruik:
  ketenregie [--db BESTAND]                 open het programma
  ketenregie [--db BESTAND] COMMANDO ...    voer een commando uit

Commando's:
`)
	// Summaries line up after the usual length of a command; a longer one
	// (pdf names all its options) puts its summary on the next line, so
	// one long command does not push every summary off the screen.
	const usual = 44
	width := 0
	for _, c := range commands {
		if n := utf8.RuneCountInString(c.name + " " + c.args); n <= usual {
			width = max(width, n)
		}
	}
	for _, c := range commands {
		use := c.name + " " + c.args
		if n := utf8.RuneCountInString(use); n <= usual {
			fmt.Fprintf(w, "  %s%s  %s\n", use, strings.Repeat(" ", width-n), c.summary)
		} else {
			fmt.Fprintf(w, "  %s\n  %s  %s\n", use, strings.Repeat(" ", width), c.summary)
		}
	}
	fmt.Fprintf(w, `
KIND is een van: %s.
Velden heten zoals 'dump' ze toont; datums als jjjj-mm-dd of dd-mm-jjjj;
een gemeente mag ook met haar CBS-code (GM0405). 'veld=' maakt een veld leeg.

De database staat in %s,
tenzij --db of de omgevingsvariabele %s een ander bestand noemt.
'ketenregie COMMANDO --help' vertelt meer over een commando.
`, strings.Join(data.KindNames(), ", "), data.DefaultPath(), data.EnvDB)
}

func printCommandUsage(w io.Writer, c *command) {
	fmt.Fprintf(w, "Gebruik: ketenregie [--db BESTAND] %s %s\n\n%s.\n", c.name, c.args, strings.ToUpper(c.summary[:1])+c.summary[1:])
	if c.name == "add" || c.name == "set" || c.name == "list" || c.name == "show" {
		fmt.Fprintln(w, "\nSoorten en hun velden:")
		for _, k := range data.Kinds() {
			fmt.Fprintf(w, "  %-13s %s\n", k.Name, strings.Join(k.FieldNames(), " "))
		}
	}
	if len(c.flags) > 0 {
		fmt.Fprintln(w, "\nOpties:")
		for _, f := range c.flags {
			switch f {
			case "json":
				fmt.Fprintln(w, "  --json          als JSON, zoals dump")
			case "search=":
				if c.name == "list" {
					fmt.Fprintln(w, "  --search TEKST  alleen contactpersonen of organisaties die TEKST bevatten")
				}
			}
		}
		fmt.Fprint(w, c.flagHelp)
	}
}
