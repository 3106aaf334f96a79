package sheet

import (
	"archive/zip"
	"bytes"
	"errors"
	"strings"
	"testing"
)

// What is not a table gets a message that says what to do, never a panic.
func TestNotATable(t *testing.T) {
	zipped := func(files map[string]string) []byte {
		var buf bytes.Buffer
		w := zip.NewWriter(&buf)
		for name, content := range files {
			f, _ := w.Create(name)
			f.Write([]byte(content))
		}
		w.Close()
		return buf.Bytes()
	}
	for name, c := range map[string]struct {
		b    []byte
		want string
	}{
		"empty":          {nil, "leeg"},
		"blank":          {[]byte(" \r\n\r\n"), "leeg"},
		"binary":         {[]byte{'a', 0, 'b'}, "binaire gegevens"},
		"old excel":      {append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 100)...), "(.xlsx) zonder wachtwoord"},
		"a zip":          {zipped(map[string]string{"a.txt": "hallo"}), "geen Excel-werkmap"},
		"a broken zip":   {[]byte("PK\x03\x04 and then nothing"), "geen Excel-werkmap"},
		"bad utf-8 bom":  {[]byte{0xEF, 0xBB, 0xBF, 'a', 0xFF}, "UTF-8"},
		"quote in sep=":  {[]byte("sep=\"\na\"b\n"), "scheidingsteken"},
		"too large file": {make([]byte, MaxFileSize+1), "te groot"},
	} {
		_, err := Read(c.b)
		var fe *FormatError
		if !errors.As(err, &fe) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want a FormatError saying %q", name, err, c.want)
		}
	}
}

// Rows keep the line they start on, also after a quoted line break, and
// the cleaning of what spreadsheets add around text.
func TestCSVLines(t *testing.T) {
	tab, err := Read([]byte("\xef\xbb\xbfa;b\r\n1;\"twee\r\nregels\"\r\n3;\"=\"\"0229\"\"\"\r\n"))
	if err != nil {
		t.Fatal(err)
	}
	if tab.Encoding != EncodingUTF8BOM || tab.Separator != ';' || len(tab.Rows) != 2 || tab.Rows[1].Line != 4 {
		t.Fatalf("%+v", tab)
	}
	if got := Clean(tab.Rows[1].Cell(1)); got != "0229" {
		t.Errorf("cleaned %q", got)
	}
	if got := tab.Rows[0].Cell(5); got != "" {
		t.Errorf("past the end: %q", got)
	}
}

// TestProblemf: a problem's Dutch is its template with the values put in
// as they are; a value that looks like a template is not filled again, and
// a name without a value stays as it stands.
func TestProblemf(t *testing.T) {
	for _, c := range []struct {
		template string
		args     map[string]any
		want     string
	}{
		{"de periode ontbreekt", nil, "de periode ontbreekt"},
		{"{{.Value}} is geen aantal", map[string]any{"Value": `"-3"`}, `"-3" is geen aantal`},
		{"regel {{.Line}}, kolom {{.Column}}", map[string]any{"Line": 12, "Column": "{{.Line}}"}, "regel 12, kolom {{.Line}}"},
		{"{{.Err}} ({{.Missing}})", map[string]any{"Err": errors.New("kapot")}, "kapot ({{.Missing}})"},
	} {
		p := Problemf(3, "import.test", c.template, c.args)
		if p.Msg != c.want || p.String() != "regel 3: "+c.want || p.Key != "import.test" || p.Text != c.template {
			t.Errorf("Problemf(%q, %v) = %+v, want Msg %q", c.template, c.args, p, c.want)
		}
		if e := FormatErrorf("import.test", c.template, c.args); e.Error() != c.want {
			t.Errorf("FormatErrorf(%q, %v) = %q, want %q", c.template, c.args, e.Error(), c.want)
		}
	}
}

// Every cell a list writes is kept from running as a formula, the header
// too, and a cell protected already is not protected twice.
func TestWriteExcelCSVProtectsEveryCell(t *testing.T) {
	var b strings.Builder
	err := WriteExcelCSV(&b, []string{"=kop", "veld"}, func(add func([]string) error) error {
		return add([]string{"=HYPERLINK(\"x\")", "'=al", "-3", "gewoon"})
	})
	if err != nil {
		t.Fatal(err)
	}
	want := "\uFEFF'=kop;veld\r\n\"'=HYPERLINK(\"\"x\"\")\";'=al;'-3;gewoon\r\n"
	if b.String() != want {
		t.Errorf("wrote %q, want %q", b.String(), want)
	}
}
