package cli

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"ketenregie/data"
)

// helpWidth is the width help fits in: a terminal's 80 columns.
const helpWidth = 80

// usage is how the command is called: its name and its arguments.
func (c *command) usage() string { return strings.TrimSpace(c.name + " " + c.args) }

func printUsage(w io.Writer) {
	fmt.Fprint(w, `Ketenregie: de aanpak mensenhandel van een regio bijhouden, plannen en delen.

Gebruik:
  ketenregie [--db BESTAND]                 open het programma
  ketenregie [--db BESTAND] COMMANDO ...    voer een commando uit

Commando's:
`)
	// Summaries start in one column, after the usual length of a command,
	// and wrap within it. A longer command (pdf names all its options)
	// stands on lines of its own with its summary below, so one long
	// command does not push every summary to the right.
	const usual = 30
	width := 0
	for _, c := range commands {
		if n := utf8.RuneCountInString(c.usage()); n <= usual {
			width = max(width, n)
		}
	}
	column := strings.Repeat(" ", 2+width+2)
	for _, c := range commands {
		use := c.usage()
		if n := utf8.RuneCountInString(use); n <= usual {
			fmt.Fprint(w, wrap(words(c.summary), "  "+use+strings.Repeat(" ", width-n)+"  ", column))
		} else {
			fmt.Fprint(w, wrap(words(use), "  ", "      "))
			fmt.Fprint(w, wrap(words(c.summary), column, column))
		}
	}
	fmt.Fprintln(w)
	fmt.Fprint(w, wrap(words("KIND is een van: "+strings.Join(data.KindNames(), ", ")+"."), "", ""))
	fmt.Fprint(w, `Velden heten zoals 'dump' ze toont; datums als jjjj-mm-dd of dd-mm-jjjj;
een gemeente mag ook met haar CBS-code (GM0405). 'veld=' maakt een veld leeg.

`)
	// The path stays whole, spaces and all, so that it can be copied.
	fmt.Fprint(w, wrap(append(words("De database staat in"), data.DefaultPath()+","), "", ""))
	fmt.Fprint(w, wrap(words("tenzij --db of de omgevingsvariabele "+data.EnvDB+" een ander bestand noemt."), "", ""))
	fmt.Fprintln(w, "'ketenregie COMMANDO --help' vertelt meer over een commando.")
}

func printCommandUsage(w io.Writer, c *command) {
	fmt.Fprint(w, wrap(words("ketenregie [--db BESTAND] "+c.usage()), "Gebruik: ", "         "))
	fmt.Fprintln(w)
	fmt.Fprint(w, wrap(words(strings.ToUpper(c.summary[:1])+c.summary[1:]+"."), "", ""))
	if c.name == "add" || c.name == "set" || c.name == "list" || c.name == "show" {
		fmt.Fprintln(w, "\nSoorten en hun velden:")
		for _, k := range data.Kinds() {
			fmt.Fprint(w, wrap(k.FieldNames(), fmt.Sprintf("  %-13s ", k.Name), strings.Repeat(" ", 16)))
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

// words splits text at its spaces, but keeps an option in square brackets
// ([--status S], [--skip-invalid [--rejects BESTAND]]) in one piece, and an
// option with its value (-o BESTAND, --pick N).
func words(text string) []string {
	var out []string
	depth, start := 0, 0
	for i, r := range text {
		switch {
		case r == '[':
			depth++
		case r == ']' && depth > 0:
			depth--
		case r == ' ' && depth == 0:
			if i > start {
				out = append(out, text[start:i])
			}
			start = i + 1
		}
	}
	if start < len(text) {
		out = append(out, text[start:])
	}
	for i := len(out) - 2; i >= 0; i-- {
		if strings.HasPrefix(out[i], "-") && isPlaceholder(out[i+1]) {
			out[i] += " " + out[i+1]
			out = append(out[:i+1], out[i+2:]...)
		}
	}
	return out
}

// isPlaceholder reports whether word stands for a value: BESTAND, ID, N.
func isPlaceholder(word string) bool {
	return word != "" && strings.ToUpper(word) == word && strings.ToLower(word) != word
}

// wrap puts words on lines of at most helpWidth runes, each ending in a
// newline: the first line starts with first, the others with rest. A word
// too long for any line stands on a line of its own.
func wrap(words []string, first, rest string) string {
	var b strings.Builder
	line, n, empty := first, utf8.RuneCountInString(first), true
	for _, word := range words {
		wn := utf8.RuneCountInString(word)
		if !empty && n+1+wn > helpWidth {
			b.WriteString(line + "\n")
			line, n, empty = rest, utf8.RuneCountInString(rest), true
		}
		if !empty {
			line, n = line+" ", n+1
		}
		line, n, empty = line+word, n+wn, false
	}
	b.WriteString(line + "\n")
	return b.String()
}
