package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"ketenregie/export/contacts"
)

func init() {
	commands = append(commands,
		&command{
			name:    "import",
			args:    "BESTAND [--dry-run]",
			summary: "lees contactpersonen in uit een CSV-bestand (Excel, Outlook) of vCard-bestand",
			flags:   []string{"dry-run"},
			flagHelp: `  --dry-run  toon wat er zou gebeuren, zonder iets te wijzigen

De soort bestand (CSV of vCard) wordt herkend aan de inhoud. Contactpersonen worden
herkend aan hun e-mailadres (zonder e-mailadres: aan naam en organisatie) en bijgewerkt;
ontbrekende organisaties worden aangemaakt. Heeft één regel een fout, dan wordt niets
ingelezen en staat elke foute regel met zijn regelnummer in de melding.
`,
			write: true,
			run:   cmdImport,
		})
}

func cmdImport(c *call) error {
	if len(c.args) != 1 {
		return usageError{"import heeft één bestand nodig"}
	}
	path := c.args[0]
	raw, err := readLimited(path)
	if err != nil {
		return err
	}
	f, err := contacts.Read(raw)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	m := contacts.GuessMapping(f)
	fmt.Fprintf(c.stdout, "Bestand: %s (%s)\n", filepath.Base(path), describeFile(f))
	printMapping(c.stdout, f, m)

	idx, err := contacts.LoadIndex(c.ctx, c.store)
	if err != nil {
		return err
	}
	p := contacts.NewPlan(f, m, idx)
	if !p.OK() {
		return &contacts.RefusedError{Problems: p.Problems}
	}
	if c.flag("dry-run") {
		printPlan(c.stdout, p, "zou")
		fmt.Fprintln(c.stdout, "Proefrun: er is niets gewijzigd.")
		return nil
	}
	if err := p.Write(c.ctx, c.store); err != nil {
		return err
	}
	printPlan(c.stdout, p, "")
	return nil
}

// readLimited reads a file a user hands over, refusing one too large to
// be a contact list.
func readLimited(path string) ([]byte, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("%s bestaat niet of is niet te lezen", path)
	}
	if fi.IsDir() {
		return nil, fmt.Errorf("%s is een map, geen bestand", path)
	}
	if fi.Size() > contacts.MaxFileSize {
		return nil, fmt.Errorf("%s is te groot (%d MB, hoogstens %d MB)", path, fi.Size()>>20, contacts.MaxFileSize>>20)
	}
	return os.ReadFile(path)
}

// describeFile says what kind of file was found: "CSV, Windows-1252,
// gescheiden door puntkomma's, Outlook-export".
func describeFile(f *contacts.File) string {
	if f.Format == contacts.FormatVCard {
		return "vCard, " + f.Encoding
	}
	sep := map[rune]string{';': "puntkomma's", ',': "komma's", '\t': "tabs"}[f.Separator]
	if sep == "" {
		sep = fmt.Sprintf("%q", f.Separator)
	}
	d := "CSV, " + f.Encoding + ", gescheiden door " + sep
	if f.Outlook {
		d += ", Outlook-export"
	}
	return d
}

func printMapping(w io.Writer, f *contacts.File, m contacts.Mapping) {
	fmt.Fprintln(w, "Kolommen:")
	var ignored []string
	for i, col := range f.Columns {
		if m[i] == contacts.Ignore {
			if col != "" {
				ignored = append(ignored, col)
			}
			continue
		}
		fmt.Fprintf(w, "  %s -> %s\n", col, contacts.TargetLabel(m[i]))
	}
	if len(ignored) > 0 {
		fmt.Fprintf(w, "  niet ingelezen: %s\n", strings.Join(ignored, ", "))
	}
}

// printPlan reports the counts of a plan; would is "zou" for a dry run.
func printPlan(w io.Writer, p *contacts.Plan, would string) {
	verb := "Ingelezen"
	if would != "" {
		verb = "Zou inlezen"
	}
	fmt.Fprintf(w, "%s: %d nieuw, %d bijgewerkt, %d ongewijzigd, %d overgeslagen.\n", verb, p.Creates, p.Updates, p.Unchanged, p.Skipped)
	if n := len(p.NewOrganisations); n > 0 {
		var names []string
		for _, o := range p.NewOrganisations {
			names = append(names, o.Name)
		}
		fmt.Fprintf(w, "Nieuwe organisaties (%d): %s\n", n, strings.Join(names, ", "))
	}
	if p.Duplicates > 0 {
		fmt.Fprintf(w, "Mogelijk dubbel (%d):\n", p.Duplicates)
		for _, r := range p.Rows {
			if r.Action == contacts.Create && r.Duplicate != "" {
				fmt.Fprintf(w, "  regel %d: %s: %s\n", r.Line, r.Values["name"], r.Duplicate)
			}
		}
	}
}
