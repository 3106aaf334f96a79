// Package sheet reads the tables coordinators keep in spreadsheets: CSV as
// Excel, LibreOffice and Outlook write it (semicolons, commas or tabs; UTF-8
// with or without a byte order mark, UTF-16 or Windows-1252) and Excel
// workbooks (.xlsx, the first sheet). Every cell comes as text, and every
// row with the line (CSV) or row number (workbook) it came from, so that an
// import can say "regel 12: ...". The contact and figure imports both read
// their files here.
package sheet

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"ketenregie/data"
)

// Format is the kind of file a table came in.
type Format string

const (
	FormatCSV  Format = "csv"  // comma, semicolon or tab separated values
	FormatXLSX Format = "xlsx" // an Excel workbook
)

// Encodings a CSV file may have been written in.
const (
	EncodingUTF8    = "UTF-8"
	EncodingUTF8BOM = "UTF-8 met BOM"
	EncodingUTF16   = "UTF-16"
	Encoding1252    = "Windows-1252"
)

// MaxFileSize is the largest file Read takes.
const MaxFileSize = 64 << 20

// Table is a file as read: its column names (the first row) and its rows.
type Table struct {
	Format    Format
	Encoding  string // CSV: one of the Encoding constants
	Separator rune   // CSV: ';', ',' or '\t'
	Sheet     string // workbook: the name of the sheet read
	Columns   []string
	Rows      []Row
	// Problems are rows that could not be read at all (a quote that is
	// never closed). An import refuses a file with problems.
	Problems []Problem
}

// Row is one row of the table: its cells, in the order of Table.Columns.
type Row struct {
	Line  int // the line (CSV) or row (workbook) the row starts on, from 1
	Cells []string
}

// Cell returns the i-th cell of the row ("" past its end).
func (r Row) Cell(i int) string {
	if i < 0 || i >= len(r.Cells) {
		return ""
	}
	return r.Cells[i]
}

// Message is a sentence about a file or a row of it: a problem, a warning,
// a remark on what an import does with the row. Msg is the Dutch sentence
// the command line prints; Key, Text and Args let the window say it in its
// own language: Text is Msg's Dutch template, with {{.Name}} where Args
// gives a value, and the window's translations hold it under Key
// (app/say/translations, import.json).
type Message struct {
	Msg  string
	Key  string
	Text string
	Args map[string]any
}

// Messagef is the message named key: the Dutch template dutch filled with
// args. A value goes in as the Dutch sentence shows it (a cell within
// quotes comes quoted), so the window shows it as it is; an error goes in
// by its message, and a Message by its Msg.
func Messagef(key, dutch string, args map[string]any) Message {
	return Message{Msg: data.Fill(dutch, args), Key: key, Text: dutch, Args: args}
}

func (m Message) String() string { return m.Msg }

// Problem is something wrong with one row (Line > 0) or with the whole
// file (Line 0), said as a Message.
type Problem struct {
	Line int
	Message
}

// Problemf is the problem named key on line: the Dutch template dutch
// filled with args, as Messagef fills a message.
func Problemf(line int, key, dutch string, args map[string]any) Problem {
	return Problem{Line: line, Message: Messagef(key, dutch, args)}
}

func (p Problem) String() string {
	if p.Line == 0 {
		return p.Msg
	}
	return fmt.Sprintf("regel %d: %s", p.Line, p.Msg)
}

// FormatError is a file that cannot be read as a table at all, said as a
// Message.
type FormatError struct{ Message }

// FormatErrorf is the FormatError named key: the Dutch template dutch
// filled with args, as Messagef fills a message.
func FormatErrorf(key, dutch string, args map[string]any) *FormatError {
	return &FormatError{Messagef(key, dutch, args)}
}

func (e *FormatError) Error() string { return e.Msg }

// IsWorkbook reports whether b is a zip file, as an .xlsx workbook is.
func IsWorkbook(b []byte) bool { return bytes.HasPrefix(b, []byte("PK\x03\x04")) }

// Read reads a CSV file or an Excel workbook, recognised by its content
// and not by its name.
func Read(b []byte) (*Table, error) {
	if len(b) > MaxFileSize {
		return nil, FormatErrorf("import.file.too-large", "het bestand is te groot ({{.Size}} MB, hoogstens {{.Max}} MB)",
			map[string]any{"Size": len(b) >> 20, "Max": MaxFileSize >> 20})
	}
	if IsWorkbook(b) {
		return ReadWorkbook(b)
	}
	if bytes.HasPrefix(b, []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}) {
		return nil, FormatErrorf("import.file.xls", "dit is een oud Excel-bestand (.xls) of een werkmap met een wachtwoord; sla het in Excel op als Excel-werkmap (.xlsx) zonder wachtwoord en lees dat bestand in", nil)
	}
	text, enc, err := Decode(b)
	if err != nil {
		return nil, err
	}
	if strings.ContainsRune(text, 0) {
		return nil, FormatErrorf("import.file.binary", "dit is geen CSV-bestand of Excel-werkmap (het bevat binaire gegevens)", nil)
	}
	t, err := ParseCSV(text)
	if err != nil {
		return nil, err
	}
	t.Encoding = enc
	return t, nil
}

// Decode returns b as UTF-8 text and the encoding it was in: UTF-8 (with
// or without a byte order mark), UTF-16 with a byte order mark, or else
// Windows-1252, what Excel and Outlook write on a Dutch Windows.
func Decode(b []byte) (string, string, error) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		b = b[3:]
		if !utf8.Valid(b) {
			return "", "", FormatErrorf("import.file.utf8", "het bestand zegt UTF-8 te zijn maar bevat tekens die dat niet zijn", nil)
		}
		return string(b), EncodingUTF8BOM, nil
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}), bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		little := b[0] == 0xFF
		b = b[2:]
		u := make([]uint16, len(b)/2)
		for i := range u {
			if little {
				u[i] = uint16(b[2*i]) | uint16(b[2*i+1])<<8
			} else {
				u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
			}
		}
		return string(utf16.Decode(u)), EncodingUTF16, nil
	case utf8.Valid(b):
		return string(b), EncodingUTF8, nil
	}
	s, err := charmap.Windows1252.NewDecoder().Bytes(b)
	if err != nil {
		return "", "", FormatErrorf("import.file.encoding", "de tekens in het bestand zijn niet te lezen", nil)
	}
	return string(s), Encoding1252, nil
}

// Clean is a cell's value as typed: without surrounding spaces, and
// without what a spreadsheet export puts around text to keep it from being
// read as a number or formula: ="0229123456" and a leading apostrophe
// before =, +, - or @.
func Clean(s string) string {
	s = strings.TrimSpace(s)
	if len(s) >= 3 && strings.HasPrefix(s, `="`) && strings.HasSuffix(s, `"`) {
		inner := s[2 : len(s)-1]
		if !strings.Contains(strings.ReplaceAll(inner, `""`, ""), `"`) {
			return strings.TrimSpace(strings.ReplaceAll(inner, `""`, `"`))
		}
	}
	if len(s) >= 2 && s[0] == '\'' && strings.IndexByte("=+-@", s[1]) >= 0 {
		return s[1:]
	}
	return s
}

// RefusedError is an import refused because rows are wrong; nothing was
// changed.
type RefusedError struct{ Problems []Problem }

func (e *RefusedError) Error() string {
	var b strings.Builder
	n := 0
	lines := map[int]bool{}
	for _, p := range e.Problems {
		if p.Line > 0 && !lines[p.Line] {
			lines[p.Line] = true
			n++
		}
	}
	switch n {
	case 0:
		b.WriteString("het bestand is niet ingelezen; er is niets gewijzigd")
	case 1:
		b.WriteString("het bestand is niet ingelezen: 1 regel heeft een fout; er is niets gewijzigd")
	default:
		fmt.Fprintf(&b, "het bestand is niet ingelezen: %d regels hebben een fout; er is niets gewijzigd", n)
	}
	for _, p := range e.Problems {
		b.WriteString("\n")
		b.WriteString(p.String())
	}
	return b.String()
}
