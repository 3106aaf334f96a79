package contacts

import (
	"strings"

	"ketenregie/export/sheet"
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
		return nil, &formatError{sheet.FormatErrorf("import.contacts.binary", "dit is geen CSV- of vCard-bestand (het bevat binaire gegevens)", nil)}
	}
	t, err := sheet.ParseCSV(text)
	if err != nil {
		return nil, asFormatError(err)
	}
	f := &File{Format: FormatCSV, Encoding: enc, Separator: t.Separator, Columns: t.Columns, Rows: t.Rows, Problems: t.Problems}
	f.Outlook = isOutlook(f.Columns)
	return f, nil
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
