package say

import (
	"context"
	"errors"
	"fmt"
	"go/ast"
	"go/token"
	"strconv"
	"strings"
	"testing"

	"ketenregie/export/contacts"
	"ketenregie/export/figures"
	"ketenregie/export/sheet"
)

// importSentence is a sentence about an imported file as its source names
// it: the key and the Dutch template given to sheet.Problemf,
// sheet.FormatErrorf, sheet.Messagef or a helper that passes them on.
type importSentence struct {
	at, key, template string
}

// importSentences finds, in the source of export/sheet, export/figures,
// export/contacts and export/muni, every problem, format error, warning
// and remark on a row they can give. A call of the constructors (or of
// figures' bad and contacts' problem and warn) whose key
// and template are not literal strings fails the test, but for a helper
// passing its own key and dutch on, as does a key written anywhere else
// (in a table, say): a sentence the scan cannot read could escape it.
func importSentences(t *testing.T) []importSentence {
	t.Helper()
	keyArg := map[string]int{"Problemf": 1, "FormatErrorf": 0, "Messagef": 0, "bad": 0, "problem": 0, "warn": 0}
	var out []importSentence
	for _, dir := range []string{"../../export/sheet", "../../export/figures", "../../export/contacts", "../../export/muni"} {
		for _, src := range goSources(t, dir) {
			fset, file := src.fset, src.file
			read := map[*ast.BasicLit]bool{} // the keys read from a call
			ast.Inspect(file, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				var name string
				switch fun := call.Fun.(type) {
				case *ast.Ident:
					name = fun.Name
				case *ast.SelectorExpr:
					name = fun.Sel.Name
				}
				i, ok := keyArg[name]
				if !ok || len(call.Args) < i+2 {
					return true
				}
				at := fset.Position(call.Pos()).String()
				if k, ok := call.Args[i].(*ast.Ident); ok && k.Name == "key" {
					if d, ok := call.Args[i+1].(*ast.Ident); ok && d.Name == "dutch" {
						return true // a helper passing its own on
					}
				}
				key, ok1 := call.Args[i].(*ast.BasicLit)
				text, ok2 := call.Args[i+1].(*ast.BasicLit)
				if !ok1 || !ok2 || key.Kind != token.STRING || text.Kind != token.STRING {
					t.Errorf("%s: %s without a literal key and template", at, name)
					return true
				}
				k, _ := strconv.Unquote(key.Value)
				s, _ := strconv.Unquote(text.Value)
				read[key] = true
				out = append(out, importSentence{at: at, key: k, template: s})
				return true
			})
			ast.Inspect(file, func(n ast.Node) bool {
				if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING && !read[lit] && strings.HasPrefix(lit.Value, `"import.`) {
					t.Errorf("%s: key %s outside a call the scan reads", fset.Position(lit.Pos()), lit.Value)
				}
				return true
			})
		}
	}
	return out
}

// TestEveryImportProblemSaidInTheWindowsLanguage: every problem an import
// of contacts or figures can find in a file, and every warning and remark
// on a row (found in the source, so a new one without a translation fails
// here) has a text in both languages under
// its key: in Dutch word for word the template the command line fills, in
// English without a word of Dutch. import.json holds no other keys.
func TestEveryImportProblemSaidInTheWindowsLanguage(t *testing.T) {
	t.Cleanup(func() { Load("") })
	nl, en := readTranslation(t, "nl"), readTranslation(t, "en")
	sentences := importSentences(t)
	seen := map[string]string{}
	for _, s := range sentences {
		if prev, ok := seen[s.key]; ok && prev != s.template {
			t.Errorf("%s: %s names two sentences:\n %q\n %q", s.at, s.key, prev, s.template)
		}
		seen[s.key] = s.template
	}
	if len(seen) < 75 {
		t.Fatalf("found only %d keys; is the scan still working?", len(seen))
	}
	for key, template := range seen {
		if got, ok := nl[key]; !ok || got != template {
			t.Errorf("%s: nl has %q, the source %q", key, got, template)
		}
		if _, ok := en[key]; !ok {
			t.Errorf("%s: en lacks it", key)
			continue
		}
		args := map[string]any{}
		for i, m := range templateName.FindAllStringSubmatch(template, -1) {
			args[m[1]] = fmt.Sprintf("\u2039%d\u203a", i+1) // no letters: no words of either language
		}
		p := sheet.Problemf(0, key, template, args)
		Load("nl")
		dutch := Problem(p)
		if dutch != p.Msg {
			t.Errorf("%s in Dutch:\n window  %q\n command %q", key, dutch, p.Msg)
		}
		Load("en")
		english := Problem(p)
		switch {
		case english == dutch && textWords(template) != nil:
			t.Errorf("%s is not said in English: %q", key, english)
		case strings.Contains(english, "{{") || strings.Contains(english, "<no value>"):
			t.Errorf("%s in English has a value missing: %q", key, english)
		}
		if words := DutchWords(english); len(words) > 0 {
			t.Errorf("%s in English: %q has Dutch %q", key, english, words)
		}
	}
	file, err := translations.ReadFile("translations/nl/import.json")
	if err != nil {
		t.Fatal(err)
	}
	for key := range nl {
		if _, used := seen[key]; !used && strings.Contains(string(file), strconv.Quote(key)+":") {
			t.Errorf("import.json: %s is said nowhere", key)
		}
	}
}

// TestImportProblemsSaidInTheWindowsLanguage reads wrong files as the
// window does and shows what it finds in both languages, its problems and
// its rows' warnings and remarks: in Dutch word for word what the command
// line prints, in English in English, with the file's own values in it as
// they are.
func TestImportProblemsSaidInTheWindowsLanguage(t *testing.T) {
	t.Cleanup(func() { Load("") })
	ctx := context.Background()
	s := newStore(t)
	idx, err := contacts.LoadIndex(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	problems := func(ps []sheet.Problem) []sheet.Message {
		out := make([]sheet.Message, len(ps))
		for i, p := range ps {
			out[i] = p.Message
		}
		return out
	}
	figurePlan := func(csv string) *figures.Plan {
		t.Helper()
		p, err := figures.Read(ctx, s, []byte(csv))
		if err != nil {
			t.Fatalf("%q: %v", csv, err)
		}
		return p
	}
	figuresOf := func(csv string) []sheet.Message { return problems(figurePlan(csv).Problems) }
	figureWarnings := func(csv string) []sheet.Message {
		var out []sheet.Message
		for _, r := range figurePlan(csv).Rows {
			out = append(out, r.Warnings...)
		}
		return out
	}
	contactPlan := func(file string) *contacts.Plan {
		t.Helper()
		f, err := contacts.Read([]byte(file))
		if err != nil {
			t.Fatalf("%q: %v", file, err)
		}
		return contacts.NewPlan(f, contacts.GuessMapping(f), idx)
	}
	contactsOf := func(file string) []sheet.Message { return problems(contactPlan(file).Problems) }
	// what the preview says of each row beside its values
	contactRows := func(file string) []sheet.Message {
		var out []sheet.Message
		for _, r := range contactPlan(file).Rows {
			out = append(out, r.Warnings...)
			for _, m := range []sheet.Message{r.Note, r.Duplicate} {
				if m.Msg != "" {
					out = append(out, m)
				}
			}
		}
		return out
	}
	formatError := func(err error) sheet.Message {
		t.Helper()
		fe, ok := errors.AsType[*sheet.FormatError](err)
		if !ok {
			t.Fatalf("%v: not a *sheet.FormatError", err)
		}
		return fe.Message
	}
	readFigures := func(csv string) error {
		_, err := figures.Read(ctx, s, []byte(csv))
		return err
	}
	readSheet := func(b []byte) error {
		_, err := sheet.Read(b)
		return err
	}
	readContacts := func(b []byte) error {
		_, err := contacts.Read(b)
		return err
	}
	const header = "gemeente;periode;maat;aantal;bron\n"
	for _, c := range []struct {
		name    string
		said    []sheet.Message
		english []string // what the English window says, in order
	}{
		{"figures", figuresOf(header +
			"Atlantis;2025;signalen-meldroute;4\n" +
			"Hoorn;2025-Q5;signalen-meldroute;4\n" +
			"Hoorn;2025;signalen-meldroute;-3\n" +
			"Hoorn;2025;signalen-meldroute;4\n" +
			"Hoorn;2025;signalen-meldroute;5\n" +
			"Hoorn;2025;signalen-meldroute;5;\"een\nregel\"\n" +
			"Hoorn;2025;Voorlichtingen;2;;te veel\n"), []string{
			`the line has 6 columns, the header line 5 (is there one semicolon too many, or a field without quotes?)`,
			`"Atlantis" is not a municipality or cluster in this database`,
			`"2025-Q5" is not a period (a year, a quarter or a month: 2025, 2025-Q3 or 2025-07)`,
			`"-3" is not a count (a whole number, 0 or more)`,
			`the same municipality or cluster, period and measure as line 5`,
			`source: may not contain a line break`,
		}},
		{"figure warnings", figureWarnings("gemeente;periode;maat;aantal;bron;toelichting\n" +
			"Hoorn;2025;signalen-meldroute;4;;gesprek met mevrouw Jansen\n" +
			"Hoorn;2024;signalen-meldroute;3;notitie van J. de Vries;\n"), []string{
			`notes: "mevrouw Jansen" seems to name a person; a figure is a count, do not name victims, suspects or clients`,
			`source: "J. de Vries" seems to name a person; a figure is a count, do not name victims, suspects or clients`,
		}},
		{"figures file", []sheet.Message{
			formatError(readFigures("gemeente,periode,maat,Aantal,aantal\n")),
			formatError(readFigures("gemeente,jaar,Kolom A\n")),
		}, []string{
			`the column "aantal" appears twice`,
			`the columns maat, aantal are missing (the first line must name the columns municipality, period, measure and count, or their Dutch names; found: gemeente, jaar, Kolom A)`,
		}},
		{"contacts", contactsOf("naam;organisatie;e-mail;telefoon\n" +
			"Anna;\"Politie \x01\";;\n" +
			"Bram;Politie;bram@politie.example;0229 111111\n" +
			"Bram;Politie;bram@politie.example;0229 222222\n" +
			"\"Kees;Politie;;\n"), []string{
			`organisation: contains a character that is not allowed`,
			`is about the same person or organisation as line 3, but with other details; keep only one of the two lines`,
			`a quote that is not closed properly`,
		}},
		{"contacts without a name", contactsOf("Kolom A;Kolom B\nx;y\n"), []string{
			`no column holds the name, the e-mail address or the organisation: choose "Name" for a column (or First name and Last name)`,
			`this row has no name and no e-mail address, so it cannot become a contact`,
		}},
		{"vCard", contactsOf("BEGIN:VCARD\r\nFN:Anna\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:Bram\r\n"), []string{
			`this vCard has no END:VCARD`,
		}},
		{"contact rows", contactRows("naam;organisatie;e-mail;telefoon;gemeenten;rol\n" +
			"Anna;Politie;anna@politie.example;612345678;Langedijk;\n" +
			";;;;;\n" +
			"Bram;Politie;geen-adres;;Atlantis;Senior beleidsmedewerker\n" +
			"Anna;Politie;anna@politie.example;612345678;Langedijk;\n" +
			"Cees;Politie;cees@politie.example;;Bergen;\n" +
			"Cees;Politie;c.jansen@politie.example;;;\n"), []string{
			`phone: 612345678 read as 06 12345678`,
			`municipalities: Langedijk has been part of Dijk en Waard since 2022`,
			`empty line`,
			`role: "Senior beleidsmedewerker" is not a role from the list; read as the job title`,
			`e-mail: "geen-adres" is not a valid e-mail address; kept in the notes`,
			`municipalities: "Atlantis" is not recognised as a municipality; kept in the notes`,
			`phone: 612345678 read as 06 12345678`,
			`municipalities: Langedijk has been part of Dijk en Waard since 2022`,
			`already on line 2`,
			`municipalities: Bergen can be Bergen (L.) or Bergen (NH.); write which one`,
			`municipalities: "Bergen" is not recognised as a municipality; kept in the notes`,
			`the same name at the same organisation as line 6`,
		}},
		{"files", []sheet.Message{
			formatError(readSheet([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0})),
			formatError(readSheet([]byte("a;b\n1;\x00\x01\x02"))),
			formatError(readSheet(make([]byte, sheet.MaxFileSize+1))),
			formatError(readContacts([]byte("PK\x03\x04 kapot"))),
			formatError(readContacts([]byte("naam\r\nAnna\x00"))),
		}, []string{
			`this is an old Excel file (.xls) or a workbook with a password; save it in Excel as an Excel workbook (.xlsx) without a password and read that file`,
			`this is not a CSV file or Excel workbook (it holds binary data)`,
			`the file is too large (64 MB, at most 64 MB)`,
			`this is an Excel workbook (or another zip file); save the list in Excel as "CSV (Comma delimited)" and read that file`,
			`this is not a CSV or vCard file (it holds binary data)`,
		}},
	} {
		if len(c.said) != len(c.english) {
			t.Errorf("%s: said %q, want %d", c.name, c.said, len(c.english))
			continue
		}
		for i, m := range c.said {
			if m.Key == "" {
				t.Errorf("%s: %q has no key: the window cannot say it in English", c.name, m.Msg)
			}
			Load("nl")
			if got := Message(m); got != m.Msg {
				t.Errorf("%s in Dutch:\n window  %q\n command %q", c.name, got, m.Msg)
			}
			Load("en")
			english := Message(m)
			if english != c.english[i] {
				t.Errorf("%s in English:\n got  %q\n want %q", c.name, english, c.english[i])
			}
			// the file's values, and the column names a file of figures
			// takes, are no words of the window
			rest := english
			for _, v := range fileValues(m) {
				rest = strings.ReplaceAll(rest, v, "")
			}
			if words := DutchWords(rest); len(words) > 0 {
				t.Errorf("%s in English: %q has Dutch %q", c.name, english, words)
			}
		}
	}
}

// fileValues are the values m says as they are: its arguments, and those
// of a message among them, which is itself said in the window's language.
func fileValues(m sheet.Message) []string {
	var out []string
	for _, v := range m.Args {
		if inner, ok := v.(sheet.Message); ok {
			out = append(out, fileValues(inner)...)
		} else {
			out = append(out, fmt.Sprint(v))
		}
	}
	return out
}
