// Package contacts takes contacts in from the files coordinators already
// keep (Excel CSV, Outlook exports, vCard) and gives them back (CSV, vCard,
// an iCalendar file of the dates they chase), and holds the privacy helpers
// a municipality needs: everything stored about one person, and a check for
// notes that look like case data.
//
// An import is three steps: Read a file into columns and rows, choose a
// Mapping of columns to contact fields (GuessMapping proposes one), and make
// a Plan that says, row by row, what would be created, updated or skipped
// and which rows are wrong. Apply writes a plan without problems in one
// transaction, or nothing.
package contacts

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// Format is the kind of file a contact list came in.
type Format string

const (
	FormatCSV   Format = "csv"   // comma, semicolon or tab separated values
	FormatVCard Format = "vcard" // one or many vCards (2.1, 3.0, 4.0)
)

// Encodings a file may have been written in.
const (
	EncodingUTF8    = "UTF-8"
	EncodingUTF8BOM = "UTF-8 met BOM"
	EncodingUTF16   = "UTF-16"
	Encoding1252    = "Windows-1252"
)

// File is a contact list as read: its columns and its rows, each row with
// the line of the file it starts on.
type File struct {
	Format    Format
	Encoding  string // one of the Encoding constants
	Separator rune   // for CSV: ';', ',' or '\t'
	Outlook   bool   // a contact export of Microsoft Outlook (Dutch or English)
	Columns   []string
	Rows      []Row
	// Problems are rows that could not be read at all (a quote that is
	// never closed, a vCard without END). A file with problems is refused.
	Problems []Problem

	guess Mapping // the reader's own proposal (vCard), if any
}

// Row is one contact in the file: its cells, in the order of File.Columns.
type Row struct {
	Line  int // the line of the file the row starts on, from 1
	Cells []string
}

// Cell returns the i-th cell of the row ("" past its end).
func (r Row) Cell(i int) string {
	if i < 0 || i >= len(r.Cells) {
		return ""
	}
	return r.Cells[i]
}

// Problem is something wrong with one row (Line > 0) or with the whole
// file (Line 0). Msg is Dutch.
type Problem struct {
	Line int
	Msg  string
}

func (p Problem) String() string {
	if p.Line == 0 {
		return p.Msg
	}
	return fmt.Sprintf("regel %d: %s", p.Line, p.Msg)
}

// MaxFileSize is the largest contact file Read takes.
const MaxFileSize = 64 << 20

// ErrNotContacts is returned for a file that is neither CSV nor vCard.
var ErrNotContacts = errors.New("geen contactenbestand")

// formatError is a file that cannot be read as a contact list at all; the
// message is Dutch.
type formatError struct{ msg string }

func (e *formatError) Error() string { return e.msg }
func (e *formatError) Unwrap() error { return ErrNotContacts }

// Read reads a contact list, CSV or vCard, recognised by its content and
// not by its name. The error is for a file that is not a contact list at
// all; rows that are wrong are in File.Problems.
func Read(b []byte) (*File, error) {
	if len(b) > MaxFileSize {
		return nil, &formatError{fmt.Sprintf("het bestand is te groot (%d MB, hoogstens %d MB)", len(b)>>20, MaxFileSize>>20)}
	}
	if bytes.HasPrefix(b, []byte("PK\x03\x04")) {
		return nil, &formatError{"dit is een Excel-werkmap (of een ander zip-bestand); sla de lijst in Excel op als \"CSV (gescheiden door lijstscheidingsteken)\" en lees dat bestand in"}
	}
	if isVCard(b) {
		return ReadVCard(b)
	}
	return ReadCSV(b)
}

// isVCard reports whether b starts, after a byte order mark and blank
// lines, with BEGIN:VCARD.
func isVCard(b []byte) bool {
	text, _, err := decode(b[:min(len(b), 4096)])
	if err != nil {
		return false
	}
	text = strings.TrimLeft(text, " \t\r\n")
	return len(text) >= 11 && strings.EqualFold(text[:11], "BEGIN:VCARD")
}

// decode returns b as UTF-8 text and the encoding it was in: UTF-8 (with
// or without a byte order mark), UTF-16 with a byte order mark, or else
// Windows-1252, what Excel and Outlook write on a Dutch Windows.
func decode(b []byte) (string, string, error) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		b = b[3:]
		if !utf8.Valid(b) {
			return "", "", &formatError{"het bestand zegt UTF-8 te zijn maar bevat tekens die dat niet zijn"}
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
		return "", "", &formatError{"de tekens in het bestand zijn niet te lezen"}
	}
	return string(s), Encoding1252, nil
}

// clean is a cell's value as typed: without surrounding spaces, and without
// what a spreadsheet export puts around text to keep it from being read as
// a number or formula: ="0229123456" and a leading apostrophe before =, +,
// - or @ (see excelText).
func clean(s string) string {
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
