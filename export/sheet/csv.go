package sheet

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
)

// ParseCSV reads CSV text: separated by semicolons (Dutch Excel), commas
// or tabs, with CRLF or LF line ends, and quoted fields that may hold
// separators, quotes and line breaks. The first line names the columns;
// Excel's "sep=;" line before it is understood. A row that cannot be read
// is a Problem; a header that cannot be read ends the reading there.
func ParseCSV(text string) (*Table, error) {
	t := &Table{Format: FormatCSV}
	lineOffset := 0
	if first, rest, ok := strings.Cut(text, "\n"); ok || first != "" {
		first = strings.TrimRight(first, "\r")
		if len(first) == 5 && strings.EqualFold(first[:4], "sep=") {
			t.Separator = rune(first[4])
			text, lineOffset = rest, 1
		}
	}
	if strings.TrimSpace(text) == "" {
		return nil, &FormatError{"het bestand is leeg"}
	}
	if t.Separator == 0 {
		t.Separator = sniffSeparator(text)
	}
	if t.Separator == '"' || t.Separator == '\r' || t.Separator == '\n' || t.Separator == ' ' {
		return nil, &FormatError{fmt.Sprintf("%q is geen bruikbaar scheidingsteken", t.Separator)}
	}

	r := csv.NewReader(strings.NewReader(text))
	r.Comma = t.Separator
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
			t.Problems = append(t.Problems, Problem{Line: pe.StartLine + lineOffset, Msg: csvProblem(pe)})
			if header {
				return t, nil
			}
			continue
		}
		line, _ := r.FieldPos(0)
		line += lineOffset
		if header {
			header = false
			t.Columns = make([]string, len(rec))
			for i, c := range rec {
				t.Columns[i] = strings.TrimSpace(c)
			}
			continue
		}
		if len(rec) > len(t.Columns) {
			extra := false
			for _, c := range rec[len(t.Columns):] {
				extra = extra || strings.TrimSpace(c) != ""
			}
			if extra {
				t.Problems = append(t.Problems, Problem{Line: line, Msg: fmt.Sprintf(
					"de regel heeft %d kolommen, de kopregel %d (staat er een %s te veel, of een veld zonder aanhalingstekens?)",
					len(rec), len(t.Columns), separatorName(t.Separator))})
				continue
			}
			rec = rec[:len(t.Columns)]
		}
		t.Rows = append(t.Rows, Row{Line: line, Cells: rec})
	}
	return t, nil
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
