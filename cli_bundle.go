package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"ketenregie/data"
	"ketenregie/export/bundle"
)

// The exchange commands: files with colleagues (bundle), a shared folder
// (sync), and the conflicts concurrent edits leave.

func init() {
	commands = append(commands,
		&command{name: "bundle", args: "export -o BESTAND | import BESTAND",
			summary: "maak een uitwisselbestand voor collega's, of lees er een in",
			flags:   []string{"o=", "passphrase-file=", "recipient=", "identity-file=", "for="}, write: true, run: cmdBundle,
			flagHelp: `  -o BESTAND                 (export) het bestand dat gemaakt wordt
  --passphrase-file BESTAND  versleutel of ontsleutel met het teamwachtwoord (eerste regel van BESTAND)
  --recipient age1...        (export) versleutel voor de age-sleutels van het team (met komma's)
  --identity-file BESTAND    (import) ontsleutel met een geheime age-sleutel uit BESTAND
  --for APPARAAT             (export) alleen wat dat apparaat van een collega nog niet heeft
`},
		&command{name: "sync", args: "MAP", summary: "wissel uit via een gedeelde map: lees de bestanden van collega's en schrijf dat van deze computer",
			flags: []string{"passphrase-file="}, write: true, run: cmdSync,
			flagHelp: "  --passphrase-file BESTAND  versleutel en ontsleutel met het teamwachtwoord\n"},
		&command{name: "conflicts", summary: "toon de open conflicten (gelijktijdige wijzigingen van één veld)",
			flags: []string{"json"}, run: cmdConflicts},
		&command{name: "resolve", args: "CONFLICT_ID", summary: "los een conflict op met --pick N (de N-de waarde) of --text-file BESTAND",
			flags: []string{"pick=", "text-file="}, write: true, run: cmdResolve,
			flagHelp: "  --pick N             houd de N-de waarde (vanaf 1, zoals 'conflicts' ze toont)\n  --text-file BESTAND  gebruik de tekst uit BESTAND (een samengevoegde versie)\n"},
	)
}

// appVersion is written into exchange files.
const appVersion = "0.1.0"

// bundleExt is the extension of exchange files in a sync folder.
const bundleExt = ".ketenregie"

func cmdBundle(c *call) error {
	if len(c.args) == 0 {
		return usageError{"bundle heeft export of import nodig"}
	}
	switch c.args[0] {
	case "export":
		if len(c.args) != 1 {
			return usageError{"bundle export neemt geen argumenten; het bestand volgt op -o"}
		}
		out := c.flags["o"]
		if out == "" {
			return usageError{"bundle export heeft -o BESTAND nodig"}
		}
		opt, err := writeOptions(c)
		if err != nil {
			return err
		}
		var m *bundle.Manifest
		err = writeAtomic(out, func(w io.Writer) error {
			var err error
			m, err = bundle.Write(c.ctx, c.store, w, opt)
			return err
		})
		if err != nil {
			return err
		}
		fmt.Fprintf(c.stdout, "%s: %d wijzigingen van %s\n", out, m.Changes, m.Name)
		return nil
	case "import":
		if len(c.args) != 2 {
			return usageError{"bundle import heeft één bestand nodig"}
		}
		opt, err := readOptions(c)
		if err != nil {
			return err
		}
		f, err := os.Open(c.args[1])
		if err != nil {
			return err
		}
		defer f.Close()
		b, err := bundle.Read(f, opt)
		if err != nil {
			return err
		}
		if err := printSender(c, b); err != nil {
			return err
		}
		rep, err := bundle.Import(c.ctx, c.store, b)
		if err != nil {
			return err
		}
		printReport(c.stdout, rep)
		return nil
	}
	return usageError{fmt.Sprintf("bundle kent %q niet: kies export of import", c.args[0])}
}

func writeOptions(c *call) (bundle.WriteOptions, error) {
	opt := bundle.WriteOptions{App: appVersion, For: c.flags["for"]}
	if r := c.flags["recipient"]; r != "" {
		opt.Recipients = strings.Split(r, ",")
	}
	var err error
	opt.Passphrase, err = readSecret(c.flags["passphrase-file"])
	return opt, err
}

func readOptions(c *call) (bundle.ReadOptions, error) {
	var opt bundle.ReadOptions
	var err error
	if opt.Passphrase, err = readSecret(c.flags["passphrase-file"]); err != nil {
		return opt, err
	}
	if f := c.flags["identity-file"]; f != "" {
		b, err := os.ReadFile(f)
		if err != nil {
			return opt, err
		}
		for _, l := range strings.Split(string(b), "\n") {
			if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
				opt.Identities = append(opt.Identities, l)
			}
		}
	}
	return opt, nil
}

// readSecret reads a passphrase from a file: its first line.
func readSecret(path string) (string, error) {
	if path == "" {
		return "", nil
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	line, _, _ := strings.Cut(string(b), "\n")
	line = strings.TrimRight(line, "\r")
	if line == "" {
		return "", fmt.Errorf("%s bevat geen wachtwoord", path)
	}
	return line, nil
}

// printSender says who made a file before anything of it is applied.
func printSender(c *call, b *bundle.Bundle) error {
	info, err := c.store.Recognise(c.ctx, b.Manifest.Sender())
	if err != nil {
		return err
	}
	state := "bekend apparaat"
	switch {
	case b.Manifest.Device == c.store.Device():
		state = "bestand van deze computer"
	case info.Mismatch:
		state = "LET OP: andere sleutel dan eerder van dit apparaat"
	case info.FirstSeen:
		state = "voor het eerst gezien; vergelijk de vingerafdruk met uw collega"
	}
	fmt.Fprintf(c.stdout, "Van: %s (%s)\nVingerafdruk: %s\nWijzigingen: %d\n", info.Name, state, info.Fingerprint, b.Manifest.Changes)
	return nil
}

func printReport(w io.Writer, rep data.ApplyReport) {
	if rep.New == 0 {
		fmt.Fprintln(w, "Niets nieuws: alle wijzigingen stonden al in deze database.")
		return
	}
	fmt.Fprintf(w, "Ingelezen: %d nieuwe wijzigingen; %d records nieuw, %d gewijzigd, %d verwijderd; %d conflicten geopend, %d gesloten.\n",
		rep.New, rep.Created, rep.Changed, rep.Deleted, rep.ConflictsOpened, rep.ConflictsClosed)
}

// writeAtomic writes a file through a temporary file in the same folder
// and a rename, so the file is whole or not there: nothing half-written
// for a colleague's sync client to pick up, nothing left after an error.
func writeAtomic(path string, write func(io.Writer) error) error {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, ".~"+base+".*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // after the rename there is nothing to remove
	if err := write(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// syncFileName is this device's file in a sync folder: readable, and unique
// by the device id, so every device writes only its own file.
func syncFileName(name, device string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(data.Fold(name)) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case b.Len() > 0 && !strings.HasSuffix(b.String(), "-"):
			b.WriteByte('-')
		}
	}
	slug := strings.Trim(b.String(), "-")
	if slug == "" {
		slug = "apparaat"
	}
	return "ketenregie-" + slug + "-" + strings.ReplaceAll(device, "-", "")[:12] + bundleExt
}

func cmdSync(c *call) error {
	if len(c.args) != 1 {
		return usageError{"sync heeft één map nodig"}
	}
	dir := c.args[0]
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return fmt.Errorf("%s is geen map", dir)
	}
	pass, err := readSecret(c.flags["passphrase-file"])
	if err != nil {
		return err
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	own := strings.ReplaceAll(c.store.Device(), "-", "")[:12] + bundleExt
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	for _, n := range names {
		switch {
		case strings.HasPrefix(n, "."), strings.HasPrefix(n, "~"):
			continue // temporary files, ours or a sync client's
		case strings.HasSuffix(n, own):
			continue
		case !strings.HasSuffix(n, bundleExt):
			fmt.Fprintf(c.stdout, "Overgeslagen: %s (geen uitwisselbestand)\n", n)
			continue
		}
		if err := syncOne(c, filepath.Join(dir, n), pass); err != nil {
			fmt.Fprintf(c.stdout, "Overgeslagen: %s: %s\n", n, errorMessage(err))
		}
	}
	name, err := c.store.DeviceName(c.ctx)
	if err != nil {
		return err
	}
	mine := syncFileName(name, c.store.Device())
	for _, n := range names { // an earlier name of this device's file
		if strings.HasSuffix(n, own) && n != mine {
			os.Remove(filepath.Join(dir, n))
		}
	}
	var m *bundle.Manifest
	err = writeAtomic(filepath.Join(dir, mine), func(w io.Writer) error {
		m, err = bundle.Write(c.ctx, c.store, w, bundle.WriteOptions{App: appVersion, Passphrase: pass})
		return err
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(c.stdout, "Geschreven: %s (%d wijzigingen)\n", mine, m.Changes)
	return nil
}

// syncOne imports one colleague's file from a sync folder, unless it holds
// nothing new.
func syncOne(c *call, path, pass string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	b, err := bundle.Read(f, bundle.ReadOptions{Passphrase: pass})
	if err != nil {
		return err
	}
	if b.Manifest.Device == c.store.Device() {
		return errors.New("een kopie van het bestand van deze computer")
	}
	known, err := c.store.Known(c.ctx)
	if err != nil {
		return err
	}
	news := false
	for origin, seq := range b.Manifest.Known {
		if origin != data.ReferenceOrigin && seq > known[origin] {
			news = true
		}
	}
	if !news {
		fmt.Fprintf(c.stdout, "%s: niets nieuws\n", b.Manifest.Name)
		return nil
	}
	rep, err := bundle.Import(c.ctx, c.store, b)
	if err != nil {
		return err
	}
	fmt.Fprintf(c.stdout, "%s: ", b.Manifest.Name)
	printReport(c.stdout, rep)
	return nil
}

// errorMessage is the Dutch message of an error for a line of output.
func errorMessage(err error) string {
	if e, ok := data.AsError(err); ok {
		return e.Msg
	}
	return err.Error()
}

func cmdConflicts(c *call) error {
	if len(c.args) > 0 {
		return usageError{"conflicts neemt geen argumenten"}
	}
	cs, err := c.store.Conflicts(c.ctx)
	if err != nil {
		return err
	}
	if c.flag("json") {
		if cs == nil {
			cs = []data.Conflict{}
		}
		enc := json.NewEncoder(c.stdout)
		enc.SetEscapeHTML(false)
		return enc.Encode(cs)
	}
	if len(cs) == 0 {
		fmt.Fprintln(c.stdout, "Geen open conflicten.")
		return nil
	}
	for _, x := range cs {
		title := x.RecordID
		if r, err := c.store.Get(c.ctx, x.Kind, x.RecordID); err == nil {
			title = r.Get(data.KindNamed(x.Kind).Title)
		}
		fmt.Fprintf(c.stdout, "%s  %s %q, veld %s:\n", x.ID, x.Kind, title, x.Field)
		for i, v := range x.Values {
			fmt.Fprintf(c.stdout, "    %d. %s\n", i+1, oneLine(v))
		}
	}
	return nil
}

func oneLine(s string) string {
	s = strings.ReplaceAll(s, "\n", " ⏎ ")
	if r := []rune(s); len(r) > 100 {
		return string(r[:99]) + "…"
	}
	return s
}

func cmdResolve(c *call) error {
	if len(c.args) != 1 {
		return usageError{"resolve heeft één conflict-id nodig (zie 'ketenregie conflicts')"}
	}
	pick, hasPick := c.flags["pick"]
	file, hasFile := c.flags["text-file"]
	if hasPick == hasFile {
		return usageError{"resolve heeft --pick N of --text-file BESTAND nodig (één van beide)"}
	}
	var value string
	if hasFile {
		b, err := os.ReadFile(file)
		if err != nil {
			return err
		}
		value = string(bytes.TrimSuffix(b, []byte("\n")))
	} else {
		n, err := strconv.Atoi(pick)
		if err != nil || n < 1 {
			return usageError{"--pick heeft een nummer nodig: 1 voor de eerste waarde"}
		}
		cs, err := c.store.Conflicts(c.ctx)
		if err != nil {
			return err
		}
		found := false
		for _, x := range cs {
			if x.ID == c.args[0] {
				if n > len(x.Values) {
					return fmt.Errorf("conflict %s heeft %d waarden", x.ID, len(x.Values))
				}
				value, found = x.Values[n-1], true
			}
		}
		if !found {
			return fmt.Errorf("geen open conflict met id %s", c.args[0])
		}
	}
	x, err := c.store.Resolve(c.ctx, c.args[0], value)
	if err != nil {
		return err
	}
	fmt.Fprintf(c.stdout, "Conflict %s (%s, veld %s) is opgelost.\n", x.ID, x.Kind, x.Field)
	return nil
}
