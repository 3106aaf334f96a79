package sheet

import (
	"bufio"
	"encoding/csv"
	"io"
	"strings"
)

// WriteExcelCSV writes header and the records rows adds as a list Excel
// opens on a Dutch computer: UTF-8 with a byte order mark, semicolons,
// CRLF line ends. Every cell is ExcelText, so no value (a name from a
// colleague's file, a field of a newer version) runs as a formula.
func WriteExcelCSV(w io.Writer, header []string, rows func(add func([]string) error) error) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("\uFEFF")
	cw := csv.NewWriter(bw)
	cw.Comma = ';'
	cw.UseCRLF = true
	add := func(rec []string) error {
		for i := range rec {
			rec[i] = ExcelText(rec[i])
		}
		return cw.Write(rec)
	}
	if err := add(header); err != nil {
		return err
	}
	if err := rows(add); err != nil {
		return err
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	return bw.Flush()
}

// ExcelText keeps Excel from running text as a formula: text that starts
// with =, +, -, @ (or a tab or carriage return) gets an apostrophe in
// front, which Clean takes off again when the file is read back. Text
// that has one already is left as it is. Opening
// a list with such a value is a known way to attack whoever opens it.
func ExcelText(s string) string {
	if s != "" && strings.IndexByte("=+-@\t\r", s[0]) >= 0 {
		return "'" + s
	}
	return s
}
