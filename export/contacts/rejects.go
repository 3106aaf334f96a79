package contacts

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"ketenregie/data"
	"ketenregie/export/atomicfile"
	"ketenregie/export/sheet"
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
	return sheet.WriteExcelCSV(w, header, func(add func([]string) error) error {
		for _, pr := range p.Rows {
			if !pr.Rejected {
				continue
			}
			row := byLine[pr.Line]
			rec := make([]string, 0, len(header))
			for i := range p.File.Columns {
				rec = append(rec, excelText(row.Cell(i), false))
			}
			if err := add(append(rec, excelText(problemsText(pr.Problems), false))); err != nil {
				return err
			}
		}
		return nil
	})
}

// rejectsReason is the column WriteRejects adds.
const rejectsReason = "Reden niet ingelezen"

// RejectsError is an import not done because the list of the rows it
// would leave out could not be saved.
type RejectsError struct {
	Path string
	Err  error
}

func (e *RejectsError) Error() string {
	return fmt.Sprintf("de regels die niet kunnen worden ingelezen, konden niet worden opgeslagen in %s, dus er is niets ingelezen: %v", e.Path, e.Err)
}
func (e *RejectsError) Unwrap() error { return e.Err }

// WriteSkipping carries out a plan that leaves rows out (Choices.SkipInvalid):
// those rows are saved first at rejects, for the owner's eyes only
// (WriteRejects), and the list goes again when the import fails, so there
// is either an import with its list of rows left out or neither. Without
// rows left out it is Write.
func (p *Plan) WriteSkipping(ctx context.Context, s *data.Store, rejects string) error {
	if p.Rejected == 0 {
		return p.Write(ctx, s)
	}
	if err := atomicfile.WritePrivate(rejects, func(w io.Writer) error { return WriteRejects(w, p) }); err != nil {
		return &RejectsError{Path: rejects, Err: err}
	}
	if err := p.Write(ctx, s); err != nil {
		os.Remove(rejects)
		return err
	}
	return nil
}
