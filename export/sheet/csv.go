package sheet

import (
	"encoding/csv"
	"errors"
	"io"
	"strconv"
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
		return nil, FormatErrorf("import.file.empty", "het bestand is leeg", nil)
	}
	if t.Separator == 0 {
		t.Separator = sniffSeparator(text)
	}
	if t.Separator == '"' || t.Separator == '\r' || t.Separator == '\n' || t.Separator == ' ' {
		return nil, FormatErrorf("import.csv.separator", "{{.Separator}} is geen bruikbaar scheidingsteken", map[string]any{"Separator": strconv.QuoteRune(t.Separator)})
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
			t.Problems = append(t.Problems, csvProblem(pe.StartLine+lineOffset, pe))
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
				t.Problems = append(t.Problems, columnsProblem(line, len(rec), len(t.Columns), t.Separator))
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

// columnsProblem is a row with more cells than the header has columns:
// n against header. The separator is named in the sentence, so each has
// its own.
func columnsProblem(line, n, header int, sep rune) Problem {
	args := map[string]any{"Count": n, "Header": header}
	switch sep {
	case ';':
		return Problemf(line, "import.csv.columns.semicolon", "de regel heeft {{.Count}} kolommen, de kopregel {{.Header}} (staat er een puntkomma te veel, of een veld zonder aanhalingstekens?)", args)
	case ',':
		return Problemf(line, "import.csv.columns.comma", "de regel heeft {{.Count}} kolommen, de kopregel {{.Header}} (staat er een komma te veel, of een veld zonder aanhalingstekens?)", args)
	case '\t':
		return Problemf(line, "import.csv.columns.tab", "de regel heeft {{.Count}} kolommen, de kopregel {{.Header}} (staat er een tab te veel, of een veld zonder aanhalingstekens?)", args)
	}
	args["Separator"] = string(sep)
	return Problemf(line, "import.csv.columns", "de regel heeft {{.Count}} kolommen, de kopregel {{.Header}} (staat er een {{.Separator}} te veel, of een veld zonder aanhalingstekens?)", args)
}

// csvProblem says what a CSV parse error on line means.
func csvProblem(line int, pe *csv.ParseError) Problem {
	switch {
	case errors.Is(pe.Err, csv.ErrBareQuote):
		return Problemf(line, "import.csv.bare-quote", "een aanhalingsteken midden in een veld zonder aanhalingstekens eromheen", nil)
	case errors.Is(pe.Err, csv.ErrQuote):
		return Problemf(line, "import.csv.quote", "een aanhalingsteken dat niet goed wordt afgesloten", nil)
	}
	return Problemf(line, "import.csv.unreadable", "deze regel is niet te lezen ({{.Err}})", map[string]any{"Err": pe.Err})
}
