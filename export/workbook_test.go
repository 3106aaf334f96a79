package export

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"ketenregie/data"
)

// The workbook of the demo region: five sheets with Dutch headers, frozen
// and filtered; dates are dates and counts numbers; a title that looks
// like a formula stays text; no contact person's name is in it.
func TestWorkbook(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, true)
	hostile := `=HYPERLINK("http://example.org/x","klik")`
	if _, err := s.Create(ctx, data.KindActivity, map[string]string{data.Activity.Title: hostile, data.Activity.Date: "2026-01-05",
		data.Activity.Participants: "7"}); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteWorkbook(ctx, s, &buf); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := strings.Join(f.GetSheetList(), ","); got != "Zelfevaluatie,Activiteiten,Cijfers,Ketenafspraken,Uitvoeringsagenda" {
		t.Errorf("sheets %s", got)
	}
	for _, sheet := range f.GetSheetList() {
		rows, err := f.GetRows(sheet)
		if err != nil || len(rows) < 2 {
			t.Fatalf("%s: %d rows, %v", sheet, len(rows), err)
		}
		panes, err := f.GetPanes(sheet)
		if err != nil || !panes.Freeze || panes.YSplit != 1 {
			t.Errorf("%s: header row not frozen: %+v", sheet, panes)
		}
		for r, row := range rows {
			for c := range row {
				axis, _ := excelize.CoordinatesToCellName(c+1, r+1)
				if formula, _ := f.GetCellFormula(sheet, axis); formula != "" {
					t.Errorf("%s!%s holds the formula %q", sheet, axis, formula)
				}
			}
		}
	}
	// The Activiteiten sheet: a date cell, a count cell, the hostile title.
	rows, _ := f.GetRows("Activiteiten")
	if rows[0][0] != "Datum" || rows[0][8] != "Deelnemers" {
		t.Errorf("headers %q", rows[0])
	}
	if typ, _ := f.GetCellType("Activiteiten", "I2"); typ != excelize.CellTypeNumber && typ != excelize.CellTypeUnset {
		t.Errorf("participants are %v, not a number", typ)
	}
	raw, _ := f.GetCellValue("Activiteiten", "A2", excelize.Options{RawCellValue: true})
	if shown, _ := f.GetCellValue("Activiteiten", "A2"); raw == shown || !strings.Contains(shown, "-") {
		t.Errorf("a date is stored as %q, shown as %q: not a date", raw, shown)
	}
	found := false
	for r, row := range rows {
		if len(row) > 2 && row[2] == hostile {
			found = true
			axis, _ := excelize.CoordinatesToCellName(3, r+1)
			if typ, _ := f.GetCellType("Activiteiten", axis); typ != excelize.CellTypeSharedString && typ != excelize.CellTypeInlineString {
				t.Errorf("the title that looks like a formula is stored as %v", typ)
			}
		}
	}
	if !found {
		t.Error("the activity with the formula-like title is missing")
	}
	// No contact's name anywhere.
	contacts, _ := s.List(ctx, data.KindContact)
	var all strings.Builder
	for _, sheet := range f.GetSheetList() {
		rows, _ := f.GetRows(sheet)
		for _, row := range rows {
			all.WriteString(strings.Join(row, "|") + "\n")
		}
	}
	for _, c := range contacts {
		if strings.Contains(all.String(), c.Get(data.Contact.Name)) {
			t.Errorf("the workbook names contact %s", c.Get(data.Contact.Name))
		}
	}
	// Cijfers: a row per municipality and measure, a column per period.
	cijfers, _ := f.GetRows("Cijfers")
	if cijfers[0][2] != "Maat" || !strings.Contains(strings.Join(cijfers[0], ","), "kwartaal") {
		t.Errorf("Cijfers headers %q", cijfers[0])
	}
}
