package cli

import (
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"ketenregie/data"
	"ketenregie/export"
	"ketenregie/export/atomicfile"
)

const pdfHelp = `  -o BESTAND               het PDF-bestand (- voor standaarduitvoer)
  --public                 (plan) zonder de contactenlijst, voor een openbare
                           versie
  --version V              (plan) het plan zoals het was bij versie V, uit het
                           logboek: elke keer dezelfde PDF
  --changes-since V        (plan) met een bijlage van de wijzigingen sinds
                           versie V
  --cluster ID             (report) alleen dit cluster; zonder: alle clusters
  --from D, --to D         (report) de periode van de activiteiten en cijfers
                           (dd-mm-jjjj of jjjj-mm-dd); zonder: de twaalf
                           maanden tot en met vandaag
  --status S, --type T     (agreements) alleen afspraken met deze status of
                           soort (code of naam)
  --municipality GEMEENTE  (agreements) alleen afspraken voor deze gemeente
                           (CBS-code of naam)
  --due-within DAGEN       (agreements) alleen afspraken met een evaluatie- of
                           einddatum binnen DAGEN
  --search TEKST           (agreements) alleen afspraken met TEKST in titel,
                           kenmerk of notities
`

// pdfFlags are the options each document takes besides -o.
var pdfFlags = map[string][]string{
	"plan":       {"public", "version", "changes-since"},
	"report":     {"cluster", "from", "to"},
	"agreements": {"status", "type", "municipality", "due-within", "search"},
}

func cmdPDF(c *call) error {
	if len(c.args) == 0 {
		return usageError{"pdf heeft een soort document nodig: plan, report of agreements"}
	}
	doc := c.args[0]
	allowed, ok := pdfFlags[doc]
	if !ok {
		return usageError{fmt.Sprintf("onbekend document %q (kies uit: plan, report, agreements)", doc)}
	}
	for name := range c.flags {
		if name != "o" && !contains(allowed, name) {
			return usageError{fmt.Sprintf("pdf %s kent de optie --%s niet", doc, name)}
		}
	}
	out, ok := c.flags["o"]
	if !ok || out == "" {
		return usageError{"pdf heeft -o BESTAND nodig (of -o - voor standaarduitvoer)"}
	}

	var write func(io.Writer) error
	note := "" // what to know about the document once it is written
	switch doc {
	case "plan":
		if len(c.args) != 2 {
			return usageError{"pdf plan heeft het id van een beleidsplan nodig ('ketenregie list plan' toont ze)"}
		}
		id := c.args[1]
		if _, err := c.store.Get(c.ctx, data.KindPlan, id); err != nil {
			return err
		}
		opt := export.PlanOptions{Public: c.flag("public"), Version: c.flags["version"], ChangesSince: c.flags["changes-since"]}
		for _, v := range []string{opt.Version, opt.ChangesSince} {
			if v == "" {
				continue
			}
			if _, _, err := c.store.PlanVersionAt(c.ctx, id, v); err != nil {
				return err // before a file is made: no such version, or its text is not here
			}
		}
		if opt.Version == "" {
			ed, err := export.PlanEdition(c.ctx, c.store, id)
			if err != nil {
				return err
			}
			if ed.Working {
				note = workingCopyNote(id, ed)
			}
		}
		write = func(w io.Writer) error { return export.WritePlan(c.ctx, c.store, id, opt, w) }
	case "report":
		if len(c.args) != 1 {
			return usageError{"pdf report neemt geen argumenten; kies een cluster met --cluster ID"}
		}
		cluster := c.flags["cluster"]
		if cluster != "" {
			if _, err := c.store.Get(c.ctx, data.KindCluster, cluster); err != nil {
				return err
			}
		}
		opt, err := reportOptions(c)
		if err != nil {
			return err
		}
		write = func(w io.Writer) error { return export.WriteReport(c.ctx, c.store, cluster, w, opt) }
	case "agreements":
		if len(c.args) != 1 {
			return usageError{"pdf agreements neemt geen argumenten, alleen opties"}
		}
		f, err := agreementFilter(c)
		if err != nil {
			return err
		}
		write = func(w io.Writer) error { return export.WriteAgreements(c.ctx, c.store, f, w) }
	}
	p := &export.Printout{}
	printTo := func(w io.Writer) error { p.Writer = w; return write(p) }
	var err error
	if out == "-" {
		err = printTo(c.stdout)
	} else {
		err = atomicfile.Write(out, printTo)
	}
	if err == nil && note != "" {
		fmt.Fprintln(c.stderr, "ketenregie: "+note)
	}
	if err == nil && p.Count() > 0 {
		fmt.Fprintln(c.stderr, "ketenregie: "+replacedText(p))
	}
	return err
}

// workingCopyNote tells who prints a plan changed since its last version
// (or without one) that the PDF says so, and how to print a version: the
// command line gives no other sign, and a file sent round as "the plan"
// should be a version its readers can refer to.
func workingCopyNote(planID string, ed export.Edition) string {
	why := "van het plan is nog geen versie vastgelegd"
	if ed.Version != "" {
		why = "het plan is gewijzigd na versie " + ed.Version
	}
	return fmt.Sprintf("let op: %s; daarom staat “%s” op het voorblad en onderaan elke pagina. "+
		"Leg eerst een nieuwe versie vast als u het plan rondstuurt (in het tabblad Versiebeheer, of met "+
		"'ketenregie add planversion plan_id=%s version=NUMMER change=TEKST' en 'ketenregie set plan %s version=NUMMER').",
		why, ed, planID, planID)
}

// replacedText tells which characters the PDF could not print (scripts
// and symbols no embedded font has, control characters) and where to look.
func replacedText(p *export.Printout) string {
	what := fmt.Sprintf("%d tekens konden niet worden afgedrukt en staan als □ in de PDF", p.Count())
	if p.Count() == 1 {
		what = "1 teken kon niet worden afgedrukt en staat als □ in de PDF"
	}
	pages := "pagina " + p.PageList()
	if len(p.Pages()) > 1 {
		pages = "pagina's " + p.PageList()
	}
	return fmt.Sprintf("let op: %s (%s), in: “%s”", what, pages, strings.Join(p.Examples(3), "”, “"))
}

// reportOptions reads the period of pdf report: --from and --to, each a
// date as dd-mm-jjjj or jjjj-mm-dd. Without --to the period ends today,
// without --from it starts twelve months before its end.
func reportOptions(c *call) (export.ReportOptions, error) {
	var opt export.ReportOptions
	var err error
	if opt.From, err = dateFlag(c, "from"); err != nil {
		return opt, err
	}
	if opt.To, err = dateFlag(c, "to"); err != nil {
		return opt, err
	}
	to := opt.To
	if to == "" {
		to = c.store.Now().Format("2006-01-02")
	}
	if opt.From != "" && opt.From > to {
		return opt, usageError{fmt.Sprintf("--from %s ligt na het einde van de periode, %s", data.FormatDate(opt.From), data.FormatDate(to))}
	}
	return opt, nil
}

// agreementFilter reads the filter options of pdf agreements, as the
// Ketenafspraken screen filters.
func agreementFilter(c *call) (data.AgreementFilter, error) {
	var f data.AgreementFilter
	var err error
	if v, ok := c.flags["status"]; ok {
		if f.Status, err = choiceFlag("status", data.AgreementStatuses, v); err != nil {
			return f, err
		}
	}
	if v, ok := c.flags["type"]; ok {
		if f.Type, err = choiceFlag("type", data.AgreementTypes, v); err != nil {
			return f, err
		}
	}
	if v, ok := c.flags["municipality"]; ok {
		if f.MunicipalityID, err = municipalityFlag(c, v); err != nil {
			return f, err
		}
	}
	if v, ok := c.flags["due-within"]; ok {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			return f, usageError{fmt.Sprintf("--due-within %q is geen aantal dagen (een geheel getal vanaf 1)", v)}
		}
		f.DueWithinDays = n
	}
	f.Query = c.flags["search"]
	return f, nil
}

// choiceFlag finds the code for what was typed: the code or the Dutch
// label, ignoring case, accents, spaces and hyphens.
func choiceFlag(name string, choices []data.Choice, typed string) (string, error) {
	if code, ok := data.MatchChoice(choices, typed); ok {
		return code, nil
	}
	var codes []string
	for _, ch := range choices {
		codes = append(codes, ch.Code)
	}
	return "", usageError{fmt.Sprintf("--%s %q bestaat niet (kies uit: %s)", name, typed, strings.Join(codes, ", "))}
}

var cbsCode = regexp.MustCompile(`(?i)^gm\d{4}$`)

// municipalityFlag finds a municipality by CBS code (GM0405), id or name.
func municipalityFlag(c *call, v string) (string, error) {
	id := v
	if cbsCode.MatchString(v) {
		id = data.MunicipalityID(strings.ToUpper(v))
	}
	if _, err := c.store.Get(c.ctx, data.KindMunicipality, id); err == nil {
		return id, nil
	}
	all, err := c.store.List(c.ctx, data.KindMunicipality)
	if err != nil {
		return "", err
	}
	for _, m := range all {
		if data.Fold(m.Get(data.Municipality.Name)) == data.Fold(v) && m.Get(data.Municipality.Retired) != "true" {
			return m.ID, nil
		}
	}
	return "", usageError{fmt.Sprintf("--municipality %q: geen gemeente met die CBS-code, naam of dat id", v)}
}
