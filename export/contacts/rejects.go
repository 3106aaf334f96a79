package contacts

import (
	"io"
	"path/filepath"
	"strings"
)

// RejectsName is the file the rows an import skipped are written to,
// beside the file they came from: "Adressen.csv" gives
// "Adressen-niet-ingelezen.csv".
func RejectsName(input string) string {
	base := filepath.Base(input)
	return filepath.Join(filepath.Dir(input), strings.TrimSuffix(base, filepath.Ext(base))+"-niet-ingelezen.csv")
}

// WriteRejects writes the rows of p that were rejected (Choices.SkipInvalid)
// as a list Excel opens on a Dutch computer (UTF-8 with a byte order mark,
// semicolons), with the file's own columns and a last column Reden that
// says why, so they can be put right and imported again: the import reads
// the Reden column as not needed.
func WriteRejects(w io.Writer, p *Plan) error {
	header := append(append([]string(nil), p.File.Columns...), rejectsReason)
	byLine := map[int]Row{}
	for _, r := range p.File.Rows {
		byLine[r.Line] = r
	}
	return writeExcelCSV(w, header, func(add func([]string) error) error {
		for _, pr := range p.Rows {
			if !pr.Rejected {
				continue
			}
			row := byLine[pr.Line]
			rec := make([]string, 0, len(header))
			for i := range p.File.Columns {
				rec = append(rec, excelText(row.Cell(i), false))
			}
			if err := add(append(rec, excelText(strings.Join(pr.Problems, "; "), false))); err != nil {
				return err
			}
		}
		return nil
	})
}

// rejectsReason is the column WriteRejects adds.
const rejectsReason = "Reden niet ingelezen"
