// Package cli is Ketenregie's command line: every action the window offers
// on records is also a command, so regional offices can script it and every
// feature is tested without a display. It links no Fyne: main.go hands Run
// the GUI to open when no command is given.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

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
	{name: "move", args: "KIND ID PLAATS", summary: "zet een hoofdstuk, alinea of actie op een andere plaats tussen de zijne (0 is de eerste)", write: true, run: cmdMove},
	{name: "delete", args: "KIND ID [--erase]", summary: "verwijder een record (met de records die erbij horen)", write: true, run: cmdDelete,
		flags: []string{"erase"}, flagHelp: deleteHelp},
	{name: "list", args: "KIND [veld=waarde...]", summary: "toon de records van een soort", flags: []string{"json", "search="}, run: cmdList},
	{name: "show", args: "KIND ID", summary: "toon één record", flags: []string{"json"}, run: cmdShow},
	{name: "diff", args: "plan ID VERSIE [VERSIE]", summary: "wat er in een beleidsplan is gewijzigd sinds een versie (of tussen twee versies)",
		run: cmdDiff},
	{name: "history", args: "KIND ID", summary: "toon elke wijziging van een record: wanneer, door wie, van wat naar wat",
		flags: []string{"json"}, run: cmdHistory},
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
	{name: "resolve", args: "CONFLICT_ID", summary: "los een conflict op met --pick N (de N-de waarde), --text-file BESTAND of --merge",
		flags: []string{"pick=", "text-file=", "merge"}, write: true, run: cmdResolve,
		flagHelp: resolveHelp},
	{name: "import", args: "[contacts] BESTAND [--dry-run] [--skip-invalid [--rejects BESTAND]] [--keep-unmapped] | figures BESTAND [--dry-run]",
		summary: "lees contactpersonen in (CSV uit Excel, Outlook, Google, Thunderbird, of vCard) of cijfers (CSV of Excel-werkmap)",
		flags:   []string{"dry-run", "skip-invalid", "rejects=", "keep-unmapped"}, flagHelp: importHelp,
		write: true, dryRunFree: true, run: cmdImport},
	{name: "export", args: "contacts|calendar|person [ID]|workbook|audit -o BESTAND",
		summary: "sla contactpersonen op als CSV of vCard, de agenda als iCalendar, alles over één persoon (AVG), de werkmap voor het regio-overleg (Excel) of het logboek",
		flags:   []string{"o=", "format=", "vcard=", "from=", "to="}, flagHelp: exportHelp,
		snapshot: true, run: cmdExport},
	{name: "pdf", args: "plan ID -o BESTAND [--public] | report -o BESTAND [--cluster ID] [--from D] [--to D] | " +
		"agreements -o BESTAND [--status S] [--type T] [--municipality GEMEENTE] [--due-within DAGEN] [--search TEKST]",
		summary: "druk een beleidsplan, de voortgangsrapportage of het overzicht van ketenafspraken af als PDF",
		flags:   []string{"o=", "public", "version=", "changes-since=", "cluster=", "from=", "to=", "status=", "type=", "municipality=", "due-within=", "search="}, flagHelp: pdfHelp,
		snapshot: true, run: cmdPDF},
	{name: "version", summary: "toon de versie van Ketenregie", noDB: true, run: cmdVersion},
}

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
