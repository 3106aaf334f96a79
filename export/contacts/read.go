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
	"strings"

	"ketenregie/export/sheet"
)

// Format is the kind of file a contact list came in.
type Format string

const (
	FormatCSV   Format = "csv"   // comma, semicolon or tab separated values
	FormatVCard Format = "vcard" // one or many vCards (2.1, 3.0, 4.0)
)

// Encodings a file may have been written in.
const (
	EncodingUTF8    = sheet.EncodingUTF8
	EncodingUTF8BOM = sheet.EncodingUTF8BOM
	EncodingUTF16   = sheet.EncodingUTF16
	Encoding1252    = sheet.Encoding1252
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

// Row is one contact in the file: its cells, in the order of File.Columns,
// and the line of the file it starts on.
type Row = sheet.Row

// Problem is something wrong with one row (Line > 0) or with the whole
// file (Line 0): in Dutch, and named so that the window can say it in its
// own language (sheet.Problemf).
type Problem = sheet.Problem

// MaxFileSize is the largest contact file Read takes.
const MaxFileSize = 64 << 20

// ErrNotContacts is returned for a file that is neither CSV nor vCard.
var ErrNotContacts = errors.New("geen contactenbestand")

// formatError is a file that cannot be read as a contact list at all: a
// *sheet.FormatError (in Dutch, and named for the window) that is also
// ErrNotContacts.
type formatError struct{ *sheet.FormatError }

func (e *formatError) Unwrap() []error { return []error{e.FormatError, ErrNotContacts} }

// Read reads a contact list, CSV or vCard, recognised by its content and
// not by its name. The error is for a file that is not a contact list at
// all; rows that are wrong are in File.Problems.
func Read(b []byte) (*File, error) {
	if len(b) > MaxFileSize {
		return nil, &formatError{sheet.FormatErrorf("import.file.too-large", "het bestand is te groot ({{.Size}} MB, hoogstens {{.Max}} MB)",
			map[string]any{"Size": len(b) >> 20, "Max": MaxFileSize >> 20})}
	}
	if bytes.HasPrefix(b, []byte("PK\x03\x04")) {
		return nil, &formatError{sheet.FormatErrorf("import.contacts.workbook", "dit is een Excel-werkmap (of een ander zip-bestand); sla de lijst in Excel op als \"CSV (gescheiden door lijstscheidingsteken)\" en lees dat bestand in", nil)}
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

// decode returns b as UTF-8 text and the encoding it was in (sheet.Decode).
func decode(b []byte) (string, string, error) {
	text, enc, err := sheet.Decode(b)
	return text, enc, asFormatError(err)
}

// asFormatError makes sheet's reading errors this package's: a file that is
// no contact list (ErrNotContacts).
func asFormatError(err error) error {
	var fe *sheet.FormatError
	if errors.As(err, &fe) {
		return &formatError{fe}
	}
	return err
}

// clean is a cell's value as typed (sheet.Clean).
func clean(s string) string { return sheet.Clean(s) }
