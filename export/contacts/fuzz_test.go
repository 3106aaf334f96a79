package contacts

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// seed adds the fixtures whose names match pattern to the corpus.
func seed(f *testing.F, pattern string) {
	files, err := filepath.Glob(filepath.Join("testdata", pattern))
	if err != nil || len(files) == 0 {
		f.Fatalf("no seed files %s: %v", pattern, err)
	}
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
}

// checkFile holds for whatever a reader returns: rows in file order, no row
// wider than the header, and a plan that can be made of it.
func checkFile(t *testing.T, file *File) {
	last := 0
	for _, r := range file.Rows {
		if r.Line <= last {
			t.Fatalf("row on line %d after line %d", r.Line, last)
		}
		last = r.Line
		if len(r.Cells) > len(file.Columns) {
			t.Fatalf("row on line %d has %d cells, the file %d columns", r.Line, len(r.Cells), len(file.Columns))
		}
		for _, c := range r.Cells {
			if !utf8.ValidString(c) {
				t.Fatalf("row on line %d holds invalid UTF-8 %q", r.Line, c)
			}
		}
	}
	p := NewPlan(file, GuessMapping(file), &Index{})
	for _, pr := range p.Rows {
		if pr.Action == Create && len(pr.Problems) == 0 && pr.Kind == "contact" && pr.Values["name"] == "" {
			t.Fatalf("line %d would create a contact without a name", pr.Line)
		}
		if pr.Kind == "organisation" && pr.Action != Skip && pr.Organisation == "" {
			t.Fatalf("line %d is a company card without an organisation", pr.Line)
		}
	}
}

func FuzzReadCSV(f *testing.F) {
	seed(f, "*.csv")
	f.Add([]byte("sep=,\r\nNaam,E-mail\r\n\"a,b\",x@y.nl\r\n"))
	f.Add([]byte("Naam\tTelefoon\n\"x\"\"y\"\t06-12345678\n"))
	f.Add([]byte("\xff\xfeN\x00a\x00a\x00m\x00\n\x00"))
	f.Fuzz(func(t *testing.T, b []byte) {
		file, err := ReadCSV(b)
		if err != nil {
			return
		}
		checkFile(t, file)
	})
}

func FuzzReadVCard(f *testing.F) {
	seed(f, "*.vcf")
	f.Add([]byte("BEGIN:VCARD\r\nFN;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:=E9=\r\n=E8\r\nEND:VCARD\r\n"))
	f.Add([]byte("begin:vcard\nitem2.TEL;TYPE=\"cell,voice\":tel:+31\nEND:VCARD"))
	f.Fuzz(func(t *testing.T, b []byte) {
		if file, err := ReadVCard(b); err == nil {
			checkFile(t, file)
		}
		// Whatever text a contact holds, a card written with it reads back
		// the same: escaping and folding lose nothing.
		text := strings.ToValidUTF8(string(b), "?")
		want := strings.TrimSpace(strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(text))
		var buf bytes.Buffer
		w := bufio.NewWriter(&buf)
		writeFolded(w, "BEGIN:VCARD")
		writeFolded(w, "FN:Iemand")
		writeFolded(w, "NOTE:"+escapeText(text))
		writeFolded(w, "END:VCARD")
		w.Flush()
		for _, l := range strings.Split(buf.String(), "\r\n") {
			if len(l) > 75 {
				t.Fatalf("line of %d octets", len(l))
			}
		}
		file, err := ReadVCard(buf.Bytes())
		if err != nil || len(file.Rows) != 1 {
			t.Fatalf("the card written does not read back: %v %v", err, file)
		}
		if got := file.Rows[0].Cells[vcNote]; got != want {
			t.Fatalf("note %q reads back as %q", want, got)
		}
	})
}
