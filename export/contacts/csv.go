package contacts

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
)

// ReadCSV reads a contact list written by Excel, Outlook or another
// program: separated by semicolons (Dutch Excel), commas or tabs, in UTF-8
// (with or without a byte order mark), UTF-16 or Windows-1252, with CRLF or
// LF line ends, and quoted fields that may hold separators, quotes and line
// breaks. The first line names the columns; Excel's "sep=;" line before it
// is understood.
func ReadCSV(b []byte) (*File, error) {
	text, enc, err := decode(b)
	if err != nil {
		return nil, err
	}
	if strings.ContainsRune(text, 0) {
		return nil, &formatError{"dit is geen CSV- of vCard-bestand (het bevat binaire gegevens)"}
	}
	f := &File{Format: FormatCSV, Encoding: enc}
	lineOffset := 0
	if first, rest, ok := strings.Cut(text, "\n"); ok || first != "" {
		first = strings.TrimRight(first, "\r")
		if len(first) == 5 && strings.EqualFold(first[:4], "sep=") {
			f.Separator = rune(first[4])
			text, lineOffset = rest, 1
		}
	}
	if strings.TrimSpace(text) == "" {
		return nil, &formatError{"het bestand is leeg"}
	}
	if f.Separator == 0 {
		f.Separator = sniffSeparator(text)
	}
	if f.Separator == '"' || f.Separator == '\r' || f.Separator == '\n' || f.Separator == ' ' {
		return nil, &formatError{fmt.Sprintf("%q is geen bruikbaar scheidingsteken", f.Separator)}
	}

	r := csv.NewReader(strings.NewReader(text))
	r.Comma = f.Separator
	r.FieldsPerRecord = -1
	header := true
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if !errors.As(err, &pe) {
				return nil, err
			}
			f.Problems = append(f.Problems, Problem{Line: pe.StartLine + lineOffset, Msg: csvProblem(pe)})
			if header {
				return f, nil
			}
			continue
		}
		line, _ := r.FieldPos(0)
		line += lineOffset
		if header {
			header = false
			f.Columns = make([]string, len(rec))
			for i, c := range rec {
				f.Columns[i] = strings.TrimSpace(c)
			}
			continue
		}
		if len(rec) > len(f.Columns) {
			extra := false
			for _, c := range rec[len(f.Columns):] {
				extra = extra || strings.TrimSpace(c) != ""
			}
			if extra {
				f.Problems = append(f.Problems, Problem{Line: line, Msg: fmt.Sprintf(
					"de regel heeft %d kolommen, de kopregel %d (staat er een %s te veel, of een veld zonder aanhalingstekens?)",
					len(rec), len(f.Columns), separatorName(f.Separator))})
				continue
			}
			rec = rec[:len(f.Columns)]
		}
		f.Rows = append(f.Rows, Row{Line: line, Cells: rec})
	}
	f.Outlook = isOutlook(f.Columns)
	return f, nil
}

// sniffSeparator chooses the separator that occurs most often, outside
// quotes, in the first line: the header of the column names.
func sniffSeparator(text string) rune {
	counts := map[rune]int{}
	quoted := false
	for _, r := range text {
		if r == '"' {
			quoted = !quoted
			continue
		}
		if quoted {
			continue
		}
		if r == '\n' || r == '\r' {
			break
		}
		if r == ';' || r == ',' || r == '\t' {
			counts[r]++
		}
	}
	best := ','
	for _, r := range []rune{';', '\t'} {
		if counts[r] > counts[best] {
			best = r
		}
	}
	return best
}

func separatorName(r rune) string {
	switch r {
	case ';':
		return "puntkomma"
	case ',':
		return "komma"
	case '\t':
		return "tab"
	}
	return string(r)
}

// csvProblem says in Dutch what a CSV parse error means.
func csvProblem(pe *csv.ParseError) string {
	switch {
	case errors.Is(pe.Err, csv.ErrBareQuote):
		return "een aanhalingsteken midden in een veld zonder aanhalingstekens eromheen"
	case errors.Is(pe.Err, csv.ErrQuote):
		return "een aanhalingsteken dat niet goed wordt afgesloten"
	}
	return "deze regel is niet te lezen (" + pe.Err.Error() + ")"
}

// isOutlook recognises the column names of Outlook's contact export.
func isOutlook(cols []string) bool {
	have := map[string]bool{}
	for _, c := range cols {
		have[headerKey(c)] = true
	}
	return (have["firstname"] && have["lastname"] && have["emailaddress"] && have["businessphone"]) ||
		(have["voornaam"] && have["achternaam"] && have["emailadres"] && have["telefoonopwerk"])
}
