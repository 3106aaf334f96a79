package sheet

import (
	"bytes"
	"strconv"
	"strings"
	"unicode"

	"github.com/xuri/excelize/v2"
)

// Limits on what a workbook may unpack to: a real sheet of figures or
// contacts is far smaller, and a crafted file (a "zip bomb") is refused
// before it fills the memory.
const (
	maxUnzipped    = 256 << 20
	maxSheetMemory = 64 << 20
)

// ReadWorkbook reads the first visible sheet of an Excel workbook. A cell
// shows as Excel shows it, except a date, which comes as 2025-07-01 (as
// its number format would show it in another language otherwise), and a
// number, which comes without Excel's thousands separators. A workbook
// that cannot be opened (damaged, protected by a password, or not a
// workbook) is a FormatError.
func ReadWorkbook(b []byte) (t *Table, err error) {
	defer func() {
		if r := recover(); r != nil { // a crafted file excelize trips over
			t, err = nil, FormatErrorf("import.workbook.damaged", "de werkmap is beschadigd en niet te lezen", nil)
		}
	}()
	f, err := excelize.OpenReader(bytes.NewReader(b), excelize.Options{UnzipSizeLimit: maxUnzipped, UnzipXMLSizeLimit: maxSheetMemory})
	if err != nil {
		msg := strings.ToLower(err.Error())
		switch {
		case strings.Contains(msg, "password") || strings.Contains(msg, "encrypt"):
			return nil, FormatErrorf("import.workbook.password", "de werkmap is met een wachtwoord beveiligd; sla hem in Excel zonder wachtwoord op en lees hem opnieuw in", nil)
		case strings.Contains(msg, "size"):
			return nil, FormatErrorf("import.workbook.too-large", "de werkmap is te groot om in te lezen", nil)
		}
		return nil, FormatErrorf("import.workbook.not-xlsx", "dit is geen Excel-werkmap die Ketenregie kan lezen (.xlsx)", nil)
	}
	defer f.Close()
	name := ""
	for _, s := range f.GetSheetList() {
		if visible, err := f.GetSheetVisible(s); err == nil && visible {
			name = s
			break
		}
	}
	if name == "" {
		return nil, FormatErrorf("import.workbook.no-sheet", "de werkmap heeft geen zichtbaar werkblad", nil)
	}
	shown, err := f.GetRows(name)
	if err != nil {
		return nil, unreadableSheet(name)
	}
	raw, err := f.GetRows(name, excelize.Options{RawCellValue: true})
	if err != nil || len(raw) != len(shown) {
		return nil, unreadableSheet(name)
	}
	date1904 := false
	if p, err := f.GetWorkbookProps(); err == nil && p.Date1904 != nil {
		date1904 = *p.Date1904
	}
	t = &Table{Format: FormatXLSX, Sheet: name}
	header := true
	dates := map[int]bool{} // per style: whether its number format is a date
	for i, row := range shown {
		cells := make([]string, len(row))
		empty := true
		for j, v := range row {
			cells[j] = cellText(f, name, i, j, v, rawCell(raw[i], j), date1904, dates)
			empty = empty && strings.TrimSpace(cells[j]) == ""
		}
		if empty {
			continue
		}
		if header {
			header = false
			t.Columns = make([]string, len(cells))
			for k, c := range cells {
				t.Columns[k] = strings.TrimSpace(c)
			}
			continue
		}
		t.Rows = append(t.Rows, Row{Line: i + 1, Cells: cells})
	}
	if header {
		return nil, FormatErrorf("import.workbook.empty", "het werkblad is leeg", nil)
	}
	return t, nil
}

// unreadableSheet is the error for a sheet excelize cannot read.
func unreadableSheet(name string) *FormatError {
	return FormatErrorf("import.workbook.unreadable", "werkblad {{.Sheet}} is niet te lezen", map[string]any{"Sheet": strconv.Quote(name)})
}

func rawCell(row []string, j int) string {
	if j < len(row) {
		return row[j]
	}
	return ""
}

// cellText is what a cell holds as text: a date as YYYY-MM-DD, a number
// as typed (no thousands separators), anything else as Excel shows it. A
// number in a format of words that is not a known date format ("mmmm
// yyyy" under an id of a language's own) stays as shown: "oktober 2025".
func cellText(f *excelize.File, sheet string, row, col int, shown, raw string, date1904 bool, dates map[int]bool) string {
	n, err := strconv.ParseFloat(raw, 64)
	if err != nil {
		return shown
	}
	axis, err := excelize.CoordinatesToCellName(col+1, row+1)
	if err != nil {
		return shown
	}
	if isDateFormat(f, sheet, axis, dates) {
		if d, err := excelize.ExcelDateToTime(n, date1904); err == nil {
			return d.Format("2006-01-02")
		}
		return shown
	}
	if strings.IndexFunc(shown, unicode.IsLetter) >= 0 {
		return shown // a format of words ("oktober 2025") this package does not know as a date
	}
	return raw
}

// isDateFormat reports whether the cell's number format shows a date;
// dates holds the answer per style, which a sheet of thousands of
// numbers shares between a few.
func isDateFormat(f *excelize.File, sheet, axis string, dates map[int]bool) bool {
	id, err := f.GetCellStyle(sheet, axis)
	if err != nil {
		return false
	}
	is, known := dates[id]
	if !known {
		is = styleIsDate(f, id)
		dates[id] = is
	}
	return is
}

// styleIsDate reports whether style id's number format shows a date.
func styleIsDate(f *excelize.File, id int) bool {
	st, err := f.GetStyle(id)
	if err != nil || st == nil {
		return false
	}
	switch {
	case st.NumFmt >= 14 && st.NumFmt <= 17, st.NumFmt == 22, st.NumFmt >= 27 && st.NumFmt <= 36, st.NumFmt >= 50 && st.NumFmt <= 58:
		return true
	}
	if st.CustomNumFmt == nil {
		return false
	}
	code := strings.ToLower(*st.CustomNumFmt)
	// leave out what is quoted or escaped: "dagen" is no day format
	var b strings.Builder
	quoted := false
	for i := 0; i < len(code); i++ {
		switch c := code[i]; {
		case c == '"':
			quoted = !quoted
		case quoted:
		case c == '\\':
			i++
		case c == '[':
			for i < len(code) && code[i] != ']' {
				i++
			}
		default:
			b.WriteByte(c)
		}
	}
	plain := b.String()
	return strings.ContainsAny(plain, "dy") || strings.Contains(plain, "mmm") || (strings.Contains(plain, "m") && !strings.ContainsAny(plain, "0#h"))
}
