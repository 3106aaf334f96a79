package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"ketenregie/data"
)

// command is one command-line action. run gets the positional arguments
// and the flags that were set.
type command struct {
	name, args, summary string
	flags               []string // long flags this command takes; "name=" takes a value
	flagHelp            string   // lines explaining the flags, for --help
	write               bool     // may create the database
	noDB                bool     // needs no database at all
	snapshot            bool     // reads much, writes nothing: runs on one moment of the database (Store.Snapshot)
	dryRunFree          bool     // --dry-run works without a database, against a new one made aside
	run                 func(c *call) error
}

// call is one invocation: its store, arguments, flags and output.
type call struct {
	ctx    context.Context
	dbPath string // the database chosen, also for commands that do not open it
	store  *data.Store
	args   []string
	flags  map[string]string
	stdout io.Writer
	stderr io.Writer
	fresh  bool // a trial run against a new database, the chosen one not being there

	version string // the program's version, for version and the exchange files' sender
}

func (c *call) flag(name string) bool { _, ok := c.flags[name]; return ok }

// commands is every command, in the order help lists them: the one list
// that help, "help COMMANDO" and the dispatcher read, so a command cannot
// go missing from one of them alone.
var commands = []*command{
	{name: "demo", summary: "vul een lege database met de demoregio (West-Friesland en Zuid-Kennemerland)", write: true, run: cmdDemo},
	{name: "add", args: "KIND veld=waarde...", summary: "maak een record en druk het id af", write: true, run: cmdAdd},
	{name: "set", args: "KIND ID veld=waarde...", summary: "wijzig velden van een record", write: true, run: cmdSet},
	{name: "delete", args: "KIND ID [--erase]", summary: "verwijder een record (met de records die erbij horen)", write: true, run: cmdDelete,
		flags: []string{"erase"}, flagHelp: deleteHelp},
	{name: "list", args: "KIND [veld=waarde...]", summary: "toon de records van een soort", flags: []string{"json", "search="}, run: cmdList},
	{name: "show", args: "KIND ID", summary: "toon één record", flags: []string{"json"}, run: cmdShow},
	{name: "dump", summary: "alle gedeelde gegevens als canonieke JSON", run: cmdDump},
	{name: "check", args: "[--repair]", summary: "controleer de database en het wijzigingslogboek", run: cmdCheck,
		flags: []string{"repair"}, flagHelp: checkHelp},
	{name: "backup", args: "list | restore BESTAND",
		summary: "toon de reservekopieën, of zet er een terug (ook als de database beschadigd is)",
		noDB:    true, run: cmdBackup, flagHelp: backupHelp},
	{name: "bundle", args: "export -o BESTAND | import BESTAND",
		summary: "maak een uitwisselbestand voor collega's, of lees er een in",
		flags:   []string{"o=", "passphrase-file=", "recipient=", "identity-file=", "for="}, write: true, run: cmdBundle,
		flagHelp: bundleHelp},
	{name: "sync", args: "MAP", summary: "wissel uit via een gedeelde map: lees de bestanden van collega's en schrijf dat van deze computer",
		flags: []string{"passphrase-file="}, write: true, run: cmdSync,
		flagHelp: "  --passphrase-file BESTAND  versleutel en ontsleutel met het teamwachtwoord\n"},
	{name: "conflicts", summary: "toon de open conflicten (gelijktijdige wijzigingen van één veld)",
		flags: []string{"json"}, run: cmdConflicts},
	{name: "resolve", args: "CONFLICT_ID", summary: "los een conflict op met --pick N (de N-de waarde) of --text-file BESTAND",
		flags: []string{"pick=", "text-file="}, write: true, run: cmdResolve,
		flagHelp: resolveHelp},
	{name: "import", args: "BESTAND [--dry-run] [--skip-invalid [--rejects BESTAND]] [--keep-unmapped]",
		summary: "lees contactpersonen in uit een CSV-bestand (Excel, Outlook, Google, Thunderbird) of vCard-bestand",
		flags:   []string{"dry-run", "skip-invalid", "rejects=", "keep-unmapped"}, flagHelp: importHelp,
		write: true, dryRunFree: true, run: cmdImport},
	{name: "export", args: "contacts|calendar|person [ID] -o BESTAND",
		summary: "sla contactpersonen op als CSV of vCard, de agenda als iCalendar, of alles over één persoon (AVG)",
		flags:   []string{"o=", "format=", "vcard="}, flagHelp: exportHelp,
		snapshot: true, run: cmdExport},
	{name: "pdf", args: "plan ID -o BESTAND [--public] | report -o BESTAND [--cluster ID] | " +
		"agreements -o BESTAND [--status S] [--type T] [--municipality GEMEENTE] [--due-within DAGEN] [--search TEKST]",
		summary: "druk een beleidsplan, de voortgangsrapportage of het overzicht van ketenafspraken af als PDF",
		flags:   []string{"o=", "public", "cluster=", "status=", "type=", "municipality=", "due-within=", "search="}, flagHelp: pdfHelp,
		snapshot: true, run: cmdPDF},
	{name: "version", summary: "toon de versie van Ketenregie", noDB: true, run: cmdVersion},
}

const deleteHelp = "  --erase  vergeet een persoon (AVG): ook de wijzigingsgeschiedenis, hier en bij collega's die uw bestanden inlezen\n"

const checkHelp = `  --repair  wijken de tabellen af van het wijzigingslogboek, bouw ze dan opnieuw op uit het
            logboek (eerst komt er een reservekopie in de map backups naast de database).
            Een beschadigd logboek of databasebestand herstelt dit niet.
`

func commandNamed(name string) *command {
	for _, c := range commands {
		if c.name == name {
			return c
		}
	}
	return nil
}

// usageError is a mistake in how the program was called.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// Run carries out the command line args of Ketenregie version. With no
// command it opens the GUI through gui, which gets the database chosen. It
// returns the exit status: 0, or 1 after a message on stderr.
func Run(args []string, stdout, stderr io.Writer, version string, gui func(dbPath string) error) int {
	if err := runErr(args, stdout, stderr, version, gui); err != nil {
		fmt.Fprintln(stderr, "ketenregie: "+err.Error())
		var u usageError
		if errors.As(err, &u) {
			fmt.Fprintln(stderr, "Zie 'ketenregie --help'.")
		}
		return 1
	}
	return 0
}

func runErr(args []string, stdout, stderr io.Writer, version string, gui func(dbPath string) error) error {
	dbPath := os.Getenv(data.EnvDB)
	for len(args) > 0 && strings.HasPrefix(args[0], "-") {
		a := args[0]
		args = args[1:]
		switch {
		case a == "--help" || a == "-h" || a == "help":
			printUsage(stdout)
			return nil
		case a == "--db":
			if len(args) == 0 || args[0] == "" {
				return usageError{"--db heeft een bestandsnaam nodig"}
			}
			dbPath, args = args[0], args[1:]
		case strings.HasPrefix(a, "--db="):
			// An empty --db= is a mistake (a variable not set), never a
			// wish for the default database.
			if dbPath = strings.TrimPrefix(a, "--db="); dbPath == "" {
				return usageError{"--db heeft een bestandsnaam nodig"}
			}
		default:
			return usageError{fmt.Sprintf("onbekende optie %s", a)}
		}
	}
	if dbPath == "" {
		dbPath = data.DefaultPath()
	}
	if len(args) == 0 {
		return gui(dbPath)
	}
	if args[0] == "help" {
		if len(args) > 1 && commandNamed(args[1]) != nil {
			printCommandUsage(stdout, commandNamed(args[1]))
		} else {
			printUsage(stdout)
		}
		return nil
	}
	cmd := commandNamed(args[0])
	if cmd == nil {
		return usageError{fmt.Sprintf("onbekend commando %q", args[0])}
	}
	c := &call{ctx: context.Background(), dbPath: dbPath, flags: map[string]string{}, stdout: stdout, stderr: stderr, version: version}
	rest := args[1:]
	for i := 0; i < len(rest); i++ {
		a := rest[i]
		if a == "--help" || a == "-h" {
			printCommandUsage(stdout, cmd)
			return nil
		}
		if !strings.HasPrefix(a, "-") || a == "-" || isNumber(a) {
			c.args = append(c.args, a)
			continue
		}
		// --name, --name=value, and the short -o FILE for output files.
		name, value, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		switch {
		case contains(cmd.flags, name):
			if hasValue {
				return usageError{fmt.Sprintf("--%s neemt geen waarde", name)}
			}
			c.flags[name] = ""
		case contains(cmd.flags, name+"="):
			if !hasValue {
				if i+1 >= len(rest) {
					return usageError{fmt.Sprintf("--%s heeft een waarde nodig", name)}
				}
				i++
				value = rest[i]
			}
			c.flags[name] = value
		default:
			return usageError{fmt.Sprintf("%s kent de optie --%s niet", cmd.name, name)}
		}
	}
	if cmd.noDB {
		return cmd.run(c)
	}
	if !cmd.write || c.flag("dry-run") { // a trial run makes no database either
		st, err := os.Stat(dbPath)
		switch {
		case err != nil && cmd.dryRunFree && c.flag("dry-run") && errors.Is(err, fs.ErrNotExist):
			// A trial before the first import: against a new database
			// holding only the reference data, made aside and removed.
			dir, err := os.MkdirTemp("", "ketenregie-proef-*")
			if err != nil {
				return err
			}
			defer os.RemoveAll(dir)
			dbPath, c.fresh = filepath.Join(dir, "proef.db"), true
		case err != nil:
			return fmt.Errorf("database %s bestaat niet", dbPath)
		case st.Size() == 0: // opening it would make it one
			return fmt.Errorf("%s is leeg (0 bytes) en dus geen Ketenregie-database; het bestand is niet gewijzigd", dbPath)
		}
	}
	store, err := data.Open(c.ctx, dbPath, data.Options{})
	if err != nil {
		return data.Explain(err, dbPath)
	}
	defer store.Close()
	c.store = store
	if cmd.snapshot {
		// A document or export made while another window writes shows
		// the database before that write or after it, never half.
		snap, err := store.Snapshot(c.ctx)
		if err != nil {
			return data.Explain(err, dbPath)
		}
		defer snap.Close()
		c.store = snap
	}
	return data.Explain(cmd.run(c), dbPath)
}

// isNumber reports whether a is a number such as -5, an argument and not a flag.
func isNumber(a string) bool {
	_, err := strconv.ParseFloat(a, 64)
	return err == nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

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

// fieldArgs reads field=value arguments.
func fieldArgs(args []string) (map[string]string, error) {
	vals := map[string]string{}
	for _, a := range args {
		name, value, ok := strings.Cut(a, "=")
		if !ok || name == "" {
			return nil, usageError{fmt.Sprintf("%q is geen veld=waarde", a)}
		}
		if _, dup := vals[name]; dup {
			return nil, usageError{fmt.Sprintf("veld %s staat er twee keer", name)}
		}
		vals[name] = value
	}
	return vals, nil
}

func kindArg(c *call, min, max int) (*data.Kind, error) {
	if len(c.args) < min || (max >= 0 && len(c.args) > max) {
		return nil, usageError{"verkeerd aantal argumenten"}
	}
	k := data.KindNamed(c.args[0])
	if k == nil {
		return nil, usageError{fmt.Sprintf("onbekende soort %q (kies uit: %s)", c.args[0], strings.Join(data.KindNames(), ", "))}
	}
	return k, nil
}

func cmdDemo(c *call) error {
	if len(c.args) > 0 {
		return usageError{"demo neemt geen argumenten"}
	}
	sum, err := c.store.LoadDemo(c.ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(c.stdout, "Demoregio geladen: %d organisaties, %d contactpersonen, %d ketenafspraken, %d beleidsplannen, %d zelfevaluaties.\n",
		sum["organisation"], sum["contact"], sum["agreement"], sum["plan"], sum["assessment"])
	return nil
}

func cmdAdd(c *call) error {
	k, err := kindArg(c, 1, -1)
	if err != nil {
		return err
	}
	vals, err := fieldArgs(c.args[1:])
	if err != nil {
		return err
	}
	id, err := c.store.Create(c.ctx, k.Name, vals)
	if err != nil {
		return err
	}
	fmt.Fprintln(c.stdout, id)
	return nil
}

func cmdSet(c *call) error {
	k, err := kindArg(c, 3, -1)
	if err != nil {
		return err
	}
	vals, err := fieldArgs(c.args[2:])
	if err != nil {
		return err
	}
	return c.store.Update(c.ctx, k.Name, c.args[1], vals)
}

func cmdDelete(c *call) error {
	k, err := kindArg(c, 2, 2)
	if err != nil {
		return err
	}
	if c.flag("erase") {
		return c.store.Erase(c.ctx, k.Name, c.args[1])
	}
	return c.store.Delete(c.ctx, k.Name, c.args[1])
}

// listColumns are the fields list shows besides the id, per kind.
var listColumns = map[string][]string{
	"municipality": {"cbs_code", "name", "subregion"},
	"cluster":      {"name"},
	"organisation": {"name", "type"},
	"contact":      {"name", "role", "email", "phone"},
	"agreement":    {"title", "status", "evaluation_date"},
	"party":        {"agreement_id", "organisation_id", "signatory"},
	"plan":         {"title", "status", "version"},
	"section":      {"plan_id", "position", "title"},
	"block":        {"section_id", "position", "style", "text"},
	"action":       {"plan_id", "title", "status", "planning"},
	"assessment":   {"municipality_id", "date", "item", "level"},
	"planversion":  {"plan_id", "version", "date", "change"},
}

func cmdList(c *call) error {
	k, err := kindArg(c, 1, -1)
	if err != nil {
		return err
	}
	filters, err := fieldArgs(c.args[1:])
	if err != nil {
		return err
	}
	for name := range filters {
		if _, ok := k.Field(name); !ok && name != "id" {
			return usageError{fmt.Sprintf("%s heeft geen veld %q", k.Name, name)}
		}
	}
	var recs []data.Record
	if q, ok := c.flags["search"]; ok {
		recs, err = c.store.Search(c.ctx, k.Name, q, 0)
	} else {
		recs, err = c.store.List(c.ctx, k.Name)
	}
	if err != nil {
		return err
	}
	var keep []data.Record
	for _, r := range recs {
		ok := true
		for name, want := range filters {
			if r.Values[name] != want && !(name == "id" && r.ID == want) {
				ok = false
			}
		}
		if ok {
			keep = append(keep, r)
		}
	}
	if c.flag("json") {
		out := make([]any, len(keep))
		for i, r := range keep {
			out[i] = data.RecordJSON(r)
		}
		c.stdout.Write(append(data.EscapeJSON(data.MarshalCanonical(out)), '\n'))
		return nil
	}
	tw := tabwriter.NewWriter(c.stdout, 2, 4, 2, ' ', 0)
	cols := listColumns[k.Name]
	fmt.Fprintf(tw, "id\t%s\n", strings.Join(cols, "\t"))
	for _, r := range keep {
		cells := []string{r.ID}
		for _, col := range cols {
			v := data.Printable(strings.ReplaceAll(r.Values[col], "\n", " "), false)
			if len([]rune(v)) > 60 {
				v = string([]rune(v)[:59]) + "…"
			}
			cells = append(cells, v)
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t"))
	}
	return tw.Flush()
}

func cmdShow(c *call) error {
	k, err := kindArg(c, 2, 2)
	if err != nil {
		return err
	}
	r, err := c.store.Get(c.ctx, k.Name, c.args[1])
	if err != nil {
		return err
	}
	if c.flag("json") {
		c.stdout.Write(append(data.EscapeJSON(data.MarshalCanonical(data.RecordJSON(r))), '\n'))
		return nil
	}
	tw := tabwriter.NewWriter(c.stdout, 2, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "id\t%s\n", r.ID)
	for _, f := range k.Fields {
		v := r.Values[f.Name]
		if f.Type == data.Enum {
			if label := data.ChoiceLabel(f.Choices, v); label != v {
				v += " (" + label + ")"
			}
		}
		v = strings.ReplaceAll(v, "\t", " ") // a tab would break the columns
		fmt.Fprintf(tw, "%s\t%s\n", f.Name, strings.ReplaceAll(data.Printable(v, true), "\n", "\n\t"))
	}
	return tw.Flush()
}

func cmdDump(c *call) error {
	if len(c.args) > 0 {
		return usageError{"dump neemt geen argumenten"}
	}
	var buf bytes.Buffer
	if err := c.store.Dump(c.ctx, &buf); err != nil {
		return err
	}
	_, err := c.stdout.Write(data.EscapeJSON(buf.Bytes()))
	return err
}

func cmdCheck(c *call) error {
	if len(c.args) > 0 {
		return usageError{"check neemt geen argumenten"}
	}
	var r data.RepairResult
	var err error
	if c.flag("repair") {
		r, err = c.store.Repair(c.ctx)
	} else {
		r.Before, err = c.store.Check(c.ctx)
	}
	if len(r.Before) == 0 {
		if err != nil {
			return err
		}
		fmt.Fprintf(c.stdout, "In orde: %s\n", c.store.Path())
		return nil
	}
	problems := r.Before
	printProblems(c.stdout, problems)
	if broken := r.Broken(); broken > 0 {
		// Rebuilding from a damaged log would only copy the damage.
		return fmt.Errorf("%d problemen gevonden in %s, waarvan %d in het wijzigingslogboek of het databasebestand zelf: "+
			"die kan check --repair niet herstellen, dus er is niets veranderd. Zet een reservekopie terug uit %s",
			len(problems), c.store.Path(), broken, data.BackupDir(c.store.Path()))
	}
	if !c.flag("repair") {
		return fmt.Errorf("%d problemen gevonden in %s: de tabellen wijken af van het wijzigingslogboek. "+
			"Herstel ze met 'ketenregie check --repair' (met dezelfde database); dat maakt eerst een reservekopie",
			len(problems), c.store.Path())
	}
	if r.Backup != "" {
		fmt.Fprintf(c.stdout, "Reservekopie van de database vóór het herstel: %s\n", r.Backup)
	}
	if err != nil {
		return err
	}
	if len(r.After) > 0 {
		fmt.Fprintln(c.stdout, "Na het herstel:")
		printProblems(c.stdout, r.After)
		return fmt.Errorf("na het herstel nog %d problemen in %s; de reservekopie van daarvoor staat in %s", len(r.After), c.store.Path(), r.Backup)
	}
	fixed := "het probleem hierboven is opgelost"
	if len(problems) > 1 {
		fixed = fmt.Sprintf("de %d problemen hierboven zijn opgelost", len(problems))
	}
	fmt.Fprintf(c.stdout, "Hersteld: de tabellen zijn opnieuw opgebouwd uit het wijzigingslogboek; %s.\n", fixed)
	fmt.Fprintf(c.stdout, "In orde: %s\n", c.store.Path())
	return nil
}

func printProblems(w io.Writer, problems []data.Problem) {
	sort.Slice(problems, func(i, j int) bool { return problems[i].String() < problems[j].String() })
	for _, p := range problems {
		fmt.Fprintln(w, p)
	}
}
