package cli

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"

	"ketenregie/data"
	"ketenregie/data/merge3"
	"ketenregie/export/atomicfile"
	"ketenregie/export/bundle"
)

// The exchange commands: files with colleagues (bundle), a shared folder
// (sync), and the conflicts concurrent edits leave.

const bundleHelp = `  -o BESTAND                 (export) het bestand dat gemaakt wordt
  --passphrase-file BESTAND  versleutel of ontsleutel met het teamwachtwoord: de
                             eerste regel van BESTAND, precies zoals u het in
                             het scherm Uitwisselen typt (UTF-8 of UTF-16)
  --recipient age1...        (export) versleutel voor de age-sleutels van het
                             team (met komma's)
  --identity-file BESTAND    (import) ontsleutel met een geheime age-sleutel
                             uit BESTAND
  --for APPARAAT             (export) alleen wat dat apparaat van een collega
                             nog niet heeft
`

const resolveHelp = "  --pick N             houd de N-de waarde (vanaf 1, zoals 'conflicts' ze toont)\n" +
	"  --text-file BESTAND  gebruik de tekst uit BESTAND (een samengevoegde versie)\n" +
	"  --merge              voeg twee versies van een tekst samen, als het venster\n" +
	"                       dat voorstelt; geweigerd als ze dezelfde woorden wijzigen\n"

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
		err = atomicfile.WritePrivate(out, func(w io.Writer) error {
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
		opt.Held = bundle.HeldBy(c.ctx, c.store)
		b, err := bundle.ReadFile(c.args[1], opt)
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
	opt := bundle.WriteOptions{App: c.version, For: c.flags["for"]}
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
		text, err := readTextFile(f, "sleutelbestand", maxIdentityFile)
		if err != nil {
			return opt, err
		}
		for _, l := range strings.Split(text, "\n") {
			if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
				opt.Identities = append(opt.Identities, l)
			}
		}
	}
	return opt, nil
}

// The largest files the exchange commands read besides the bundles: a
// passphrase and an age identity are a line or a few; a text for resolve is
// at most the longest text field (200,000 bytes) with room to spare.
const (
	maxSecretFile   = 64 << 10
	maxIdentityFile = 64 << 10
	maxTextFile     = 1 << 20
)

// readSecret reads a passphrase from a file: its first line, as typed in the
// exchange screen. See passphraseFrom.
func readSecret(path string) (string, error) {
	if path == "" {
		return "", nil
	}
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	pass, err := passphraseFrom(f)
	if err != nil {
		return "", fmt.Errorf("wachtwoordbestand %s %w", path, err)
	}
	return pass, nil
}

// passphraseFrom reads a passphrase file of at most maxSecretFile bytes,
// reading no more than one byte beyond that. It gives what the same
// passphrase typed in the exchange screen gives, which keeps the text as
// typed: a UTF-8 byte order mark is dropped, UTF-16 with a byte order mark
// (Windows Notepad's "Unicode") is decoded, and the first line is the
// passphrase without its line end (LF or CRLF). Spaces are kept, at the
// ends too, as the screen keeps them.
func passphraseFrom(r io.Reader) (string, error) {
	text, err := readText(r, maxSecretFile)
	if err != nil {
		return "", err
	}
	line := text
	if i := strings.IndexAny(text, "\r\n"); i >= 0 {
		line = text[:i]
	}
	if line == "" {
		return "", errors.New("bevat geen wachtwoord: zet het op de eerste regel")
	}
	return line, nil
}

// readTextFile reads a text file a user hands over, refusing one over max
// bytes; what names it in messages ("sleutelbestand").
func readTextFile(path, what string, max int64) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	text, err := readText(f, max)
	if err != nil {
		return "", fmt.Errorf("%s %s %w", what, path, err)
	}
	return text, nil
}

// readText reads at most max bytes of text, refusing more without reading
// further, and decodes it: UTF-8 with or without a byte order mark, or
// UTF-16 with one.
func readText(r io.Reader, max int64) (string, error) {
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return "", fmt.Errorf("is niet te lezen: %w", err)
	}
	if int64(len(b)) > max {
		return "", fmt.Errorf("is te groot (meer dan %s)", sizeText(max))
	}
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		b = b[3:]
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}), bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		if len(b)%2 != 0 {
			return "", errors.New("is geen geldige UTF-16-tekst (een oneven aantal bytes)")
		}
		// ExpectBOM reads the order from the mark and drops it.
		b, err = unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(b)
		if err != nil {
			return "", errors.New("is geen geldige UTF-16-tekst")
		}
	}
	if !utf8.Valid(b) {
		return "", errors.New("is geen UTF-8-tekst: sla het op als UTF-8 (of als Unicode)")
	}
	if bytes.IndexByte(b, 0) >= 0 {
		return "", errors.New("bevat nul-bytes: is het UTF-16 zonder byte order mark? Sla het op als UTF-8")
	}
	return string(b), nil
}

func sizeText(n int64) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return fmt.Sprintf("%d MB", n>>20)
	}
	return fmt.Sprintf("%d KB", n>>10)
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
	for _, r := range info.Relayed {
		state := "voor het eerst gezien, de sleutel komt via dit bestand; vergelijk de vingerafdruk met die collega"
		if r.Mismatch {
			state = "LET OP: andere sleutel dan eerder van dit apparaat"
		}
		fmt.Fprintf(c.stdout, "Doorgegeven werk van: %s (%s)\nVingerafdruk: %s\n", r.Name, state, r.Fingerprint)
	}
	return nil
}

func printReport(w io.Writer, rep data.ApplyReport) {
	fmt.Fprintln(w, "Ingelezen: "+bundle.ReportText(rep))
}

func cmdSync(c *call) error {
	if len(c.args) != 1 {
		return usageError{"sync heeft één map nodig"}
	}
	pass, err := readSecret(c.flags["passphrase-file"])
	if err != nil {
		return err
	}
	res, err := bundle.Sync(c.ctx, c.store, c.args[0], pass, c.version)
	for _, l := range res.Imported {
		fmt.Fprintln(c.stdout, "Ingelezen: "+l)
	}
	for _, l := range res.Skipped {
		fmt.Fprintln(c.stdout, "Overgeslagen: "+l)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(c.stdout, "Geschreven: %s (%d wijzigingen)\n", res.Written, res.Changes)
	return nil
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

// mergeConflict is the three-way merge of a conflict's two versions of a
// text from where they started, as Conflicten proposes it; an error when
// they changed the same words or did not start from one text.
func mergeConflict(c *call) (string, error) {
	x, err := c.store.Conflict(c.ctx, c.args[0])
	if err != nil {
		return "", err
	}
	if len(x.Values) != 2 {
		return "", fmt.Errorf("conflict %s heeft %d waarden; --merge voegt er twee samen. Kies met --pick of --text-file", x.ID, len(x.Values))
	}
	base, ok, err := c.store.ConflictBase(c.ctx, x)
	if err != nil {
		return "", err
	}
	if !ok {
		return "", fmt.Errorf("de twee versies van conflict %s zijn los van elkaar begonnen; kies met --pick of --text-file", x.ID)
	}
	merged, ok := merge3.Text(base, x.Values[0], x.Values[1])
	if !ok {
		return "", fmt.Errorf("de twee versies van conflict %s wijzigen dezelfde woorden; kies met --pick of voeg ze zelf samen met --text-file", x.ID)
	}
	return merged, nil
}

func cmdResolve(c *call) error {
	if len(c.args) != 1 {
		return usageError{"resolve heeft één conflict-id nodig (zie 'ketenregie conflicts')"}
	}
	pick, hasPick := c.flags["pick"]
	file, hasFile := c.flags["text-file"]
	ways := 0
	for _, set := range []bool{hasPick, hasFile, c.flag("merge")} {
		if set {
			ways++
		}
	}
	if ways != 1 {
		return usageError{"resolve heeft --pick N, --text-file BESTAND of --merge nodig (één daarvan)"}
	}
	var value string
	if c.flag("merge") {
		merged, err := mergeConflict(c)
		if err != nil {
			return err
		}
		value = merged
	} else if hasFile {
		text, err := readTextFile(file, "tekstbestand", maxTextFile)
		if err != nil {
			return err
		}
		if strings.HasSuffix(text, "\r\n") {
			value = strings.TrimSuffix(text, "\r\n")
		} else {
			value = strings.TrimSuffix(text, "\n")
		}
	} else {
		n, err := strconv.Atoi(pick)
		if err != nil || n < 1 {
			return usageError{"--pick heeft een nummer nodig: 1 voor de eerste waarde"}
		}
		x, err := c.store.Conflict(c.ctx, c.args[0])
		if err != nil {
			return err
		}
		if n > len(x.Values) {
			return fmt.Errorf("conflict %s heeft %d waarden", x.ID, len(x.Values))
		}
		value = x.Values[n-1]
	}
	x, err := c.store.Resolve(c.ctx, c.args[0], value)
	if err != nil {
		return err
	}
	fmt.Fprintf(c.stdout, "Conflict %s (%s, veld %s) is opgelost.\n", x.ID, x.Kind, x.Field)
	return nil
}
