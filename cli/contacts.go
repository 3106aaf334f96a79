package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"ketenregie/data"
	"ketenregie/export/contacts"
)

const importHelp = `  --dry-run          toon wat er zou gebeuren, zonder iets te wijzigen (ook als
                     de database nog niet bestaat)
  --skip-invalid     lees de goede regels in en sla de regels over die geen
                     contactpersoon kunnen worden; die komen met de reden in een
                     CSV-bestand
  --rejects BESTAND  waar die overgeslagen regels komen (standaard naast het
                     bestand: NAAM-niet-ingelezen.csv)
  --keep-unmapped    bewaar de kolommen die geen veld hebben in de notities,
                     met hun naam

De soort bestand (CSV of vCard) wordt herkend aan de inhoud, de kolommen aan hun
naam. Contactpersonen worden herkend aan hun e-mailadres (zonder e-mailadres:
aan naam en organisatie) en bijgewerkt; ontbrekende organisaties worden
aangemaakt. Een regel met een organisatie maar zonder naam (een kaart van de
organisatie zelf) maakt of werkt de organisatie bij. Wat niet kan worden
opgeslagen zoals het er staat, wordt hersteld of in de notities bewaard, met een
waarschuwing per regel. Alleen een regel zonder naam en zonder e-mailadres kan
niet worden ingelezen: dan wordt niets ingelezen (of, met --skip-invalid, alleen
die regel niet) en staat elke foute regel met zijn regelnummer in de melding.
` + figuresHelp

func cmdImport(c *call) error {
	if len(c.args) == 2 && c.args[0] == "figures" {
		return cmdImportFigures(c, c.args[1])
	}
	if len(c.args) == 2 && c.args[0] == "contacts" {
		c.args = c.args[1:]
	}
	if len(c.args) == 1 && (c.args[0] == "figures" || c.args[0] == "contacts") {
		if _, err := os.Stat(c.args[0]); err != nil { // the kind, not a file of that name
			return usageError{"import " + c.args[0] + " heeft een bestand nodig: import " + c.args[0] + " BESTAND"}
		}
	}
	if len(c.args) != 1 {
		return usageError{"import heeft één bestand nodig (of: import figures BESTAND)"}
	}
	if _, ok := c.flags["rejects"]; ok && !c.flag("skip-invalid") {
		return usageError{"--rejects hoort bij --skip-invalid"}
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
	if c.flag("keep-unmapped") {
		m = m.KeepUnmapped(f)
	}
	fmt.Fprintf(c.stdout, "Bestand: %s (%s)\n", filepath.Base(path), describeFile(f))
	if c.fresh {
		fmt.Fprintln(c.stdout, "De database bestaat nog niet: vergeleken met een nieuwe, lege database.")
	}
	printMapping(c.stdout, f, m)

	idx, err := contacts.LoadIndex(c.ctx, c.store)
	if err != nil {
		return err
	}
	p := contacts.NewPlanWith(f, m, idx, contacts.Choices{SkipInvalid: c.flag("skip-invalid")})
	printUnused(c.stdout, p)
	if !p.OK() {
		err := error(&contacts.RefusedError{Problems: p.Problems})
		if len(f.Rows) > 0 && len(f.Problems) == 0 {
			err = fmt.Errorf("%w\nMet --skip-invalid worden de andere regels wel ingelezen en komen deze in een apart bestand.", err)
		}
		return err
	}
	rejects := ""
	if p.Rejected > 0 {
		rejects = c.flags["rejects"]
		if rejects == "" {
			rejects = contacts.RejectsName(path)
		}
	}
	if c.flag("dry-run") {
		printPlan(c.stdout, p, "zou", rejects)
		fmt.Fprintln(c.stdout, "Proefrun: er is niets gewijzigd.")
		return nil
	}
	if err := p.WriteSkipping(c.ctx, c.store, rejects); err != nil {
		return err
	}
	printPlan(c.stdout, p, "", rejects)
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
	for i, col := range f.Columns {
		if m[i] == contacts.Ignore || m[i] == contacts.NotNeeded {
			continue
		}
		fmt.Fprintf(w, "  %s -> %s\n", col, contacts.TargetLabel(m[i]))
	}
}

// printUnused names the columns with values that are not imported, one a
// line with how many rows have a value and the first of them, so that
// nothing is left out without a word.
func printUnused(w io.Writer, p *contacts.Plan) {
	if len(p.Unmapped) > 0 {
		fmt.Fprintf(w, "Niet ingelezen, want zonder veld (%s; --keep-unmapped bewaart ze in de notities):\n", count(len(p.Unmapped), "kolom", "kolommen"))
		for _, c := range p.Unmapped {
			fmt.Fprintf(w, "  %s: %s, bijvoorbeeld %q\n", c.Name, rows(c.Rows), c.Example)
		}
	}
	if len(p.NotNeeded) > 0 {
		var names []string
		for _, c := range p.NotNeeded {
			names = append(names, c.Name)
		}
		fmt.Fprintf(w, "Niet ingelezen, want niet nodig voor Ketenregie: %s\n", strings.Join(names, ", "))
	}
}

// printPlan reports a plan: the counts, what is new, the roles guessed,
// the warnings and the rows left out; would is "zou" for a dry run.
func printPlan(w io.Writer, p *contacts.Plan, would, rejects string) {
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
	if p.OrgUpdates > 0 {
		fmt.Fprintf(w, "Organisaties bijgewerkt met de gegevens van hun eigen kaart: %d\n", p.OrgUpdates)
	}
	if p.Duplicates > 0 {
		fmt.Fprintf(w, "Mogelijk dubbel (%d):\n", p.Duplicates)
		for _, r := range p.Rows {
			if r.Action == contacts.Create && r.Duplicate.Msg != "" {
				fmt.Fprintf(w, "  regel %d: %s: %s\n", r.Line, r.Values["name"], r.Duplicate.Msg)
			}
		}
	}
	if p.Guessed > 0 {
		fmt.Fprintf(w, "Rol afgeleid uit de functie (%s; pas aan met 'set contact ID role=...'):\n", count(p.Guessed, "contactpersoon", "contactpersonen"))
		for _, g := range p.Roles {
			if g.Guessed {
				fmt.Fprintf(w, "  %s -> %s (%d)\n", g.Function, data.ChoiceLabel(data.ContactRoles, g.Role), g.Rows)
			}
		}
	}
	if p.Warned > 0 {
		fmt.Fprintf(w, "Waarschuwingen (%s):\n", rows(p.Warned))
		for _, r := range p.Rows {
			if r.Rejected {
				continue
			}
			for _, warning := range r.Warnings {
				fmt.Fprintf(w, "  regel %d: %s\n", r.Line, warning.Msg)
			}
		}
	}
	if p.Rejected > 0 {
		fmt.Fprintf(w, "Niet ingelezen (%s), %s opgeslagen in %s:\n", rows(p.Rejected), map[bool]string{true: "zouden worden", false: "met de reden"}[would != ""], rejects)
		for _, r := range p.Rows {
			if r.Rejected {
				fmt.Fprintf(w, "  regel %d: %s\n", r.Line, r.Note.Msg)
			}
		}
	}
}

// rows says "1 regel" or "n regels".
func rows(n int) string { return count(n, "regel", "regels") }

// count says n with the singular or the plural.
func count(n int, one, more string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, more)
}
