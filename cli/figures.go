package cli

import (
	"fmt"
	"path/filepath"
	"text/tabwriter"

	"ketenregie/data"
	"ketenregie/export/figures"
	"ketenregie/export/sheet"
)

// figuresHelp follows the contacts' help of import: figures are the other
// kind of file it reads.
const figuresHelp = `
Cijfers (import figures BESTAND): een CSV-bestand of Excel-werkmap (.xlsx, het
eerste zichtbare werkblad) met de kolommen gemeente, periode, maat en aantal, en
eventueel bron en toelichting. Gemeente: CBS-naam of -code, of de naam van een
cluster. Periode: 2025, 2025-Q3 of 2025-07. Maat: een standaardmaat (naam of
code) of een eigen maat. Alleen aantallen: een toelichting met een BSN of
geboortedatum wordt geweigerd. Een cijfer dat er al is wordt bijgewerkt. Eén
foute regel: er wordt niets ingelezen, en elke foute regel staat in de melding.
`

// cmdImportFigures reads a file of figures (import figures FILE).
func cmdImportFigures(c *call, path string) error {
	for _, f := range []string{"skip-invalid", "rejects", "keep-unmapped"} {
		if _, ok := c.flags[f]; ok {
			return usageError{"--" + f + " hoort bij contactpersonen, niet bij cijfers"}
		}
	}
	raw, err := readLimited(path)
	if err != nil {
		return err
	}
	p, err := figures.Read(c.ctx, c.store, raw)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	fmt.Fprintf(c.stdout, "Bestand: %s (%s)\n", filepath.Base(path), describeTable(p.File))
	if c.fresh {
		fmt.Fprintln(c.stdout, "De database bestaat nog niet: vergeleken met een nieuwe, lege database.")
	}
	if !p.OK() {
		return &sheet.RefusedError{Problems: p.Problems}
	}
	printFigures(c, p)
	if c.flag("dry-run") {
		figuresSummary(c, p, "Zou worden ingelezen")
		fmt.Fprintln(c.stdout, "Proefrun: er is niets gewijzigd.")
		return nil
	}
	if err := p.Write(c.ctx, c.store); err != nil {
		return err
	}
	figuresSummary(c, p, "Ingelezen") // only once it is so
	return nil
}

// printFigures lists what the import does, row by row, with its warnings.
func printFigures(c *call, p *figures.Plan) {
	tw := tabwriter.NewWriter(c.stdout, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "regel\tgemeente of cluster\tperiode\tmaat\taantal\t")
	for _, r := range p.Rows {
		what := ""
		switch r.Action {
		case figures.Create:
			what = "nieuw"
		case figures.Update:
			what = "was " + r.Old
		case figures.Same:
			what = "ongewijzigd"
		case figures.Empty:
			what = "leeg: overgeslagen"
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\n", r.Line, data.Printable(r.Scope, false), data.FormatPeriod(r.Period),
			data.Printable(r.Measure, false), r.Count, what)
	}
	tw.Flush()
	for _, r := range p.Rows {
		for _, w := range r.Warnings {
			fmt.Fprintf(c.stdout, "Let op, regel %d: %s\n", r.Line, w.Msg)
		}
	}
}

// figuresSummary counts what the import did, or would do.
func figuresSummary(c *call, p *figures.Plan, what string) {
	n, u, s := p.Count(figures.Create), p.Count(figures.Update), p.Count(figures.Same)
	fmt.Fprintf(c.stdout, "%s: %d %s nieuw, %d bijgewerkt, %d ongewijzigd.\n", what, n, plural(n, "cijfer", "cijfers"), u, s)
}

// describeTable says how a file was read: "Excel-werkmap, werkblad Cijfers"
// or "CSV, Windows-1252, gescheiden door puntkomma's".
func describeTable(t *sheet.Table) string {
	if t.Format == sheet.FormatXLSX {
		return fmt.Sprintf("Excel-werkmap, werkblad %s", data.Printable(t.Sheet, false))
	}
	sep := map[rune]string{';': "puntkomma's", ',': "komma's", '\t': "tabs"}[t.Separator]
	return fmt.Sprintf("CSV, %s, gescheiden door %s", t.Encoding, sep)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
