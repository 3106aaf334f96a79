package contacts

import (
	"strings"
	"time"

	"ketenregie/data"
)

// What spreadsheets and address books do to values on their way out, and
// how an import reads them back. Every repair is told to the user with the
// reading it made, so a wrong guess is seen and put right.

// splitValues splits a cell that holds several values: Google Contacts
// writes "a@x.nl ::: b@x.nl", people write one per line, and addresses
// come separated by ; or , (which no address contains).
func splitValues(cell string, t Target) []string {
	seps := func(r rune) bool { return r == '\n' || r == '\r' }
	switch t {
	case Email, EmailOther:
		seps = func(r rune) bool { return r == '\n' || r == '\r' || r == ';' || r == ',' || r == ' ' || r == '\t' }
	case Phone, Mobile, PhoneOther:
		seps = func(r rune) bool { return r == '\n' || r == '\r' || r == ';' }
	}
	var out []string
	for _, part := range strings.Split(cell, ":::") {
		if isX500(strings.TrimSpace(part)) { // spaces and all
			out = append(out, strings.TrimSpace(part))
			continue
		}
		for _, v := range strings.FieldsFunc(part, seps) {
			if v = clean(v); v != "" {
				out = append(out, v)
			}
		}
	}
	return out
}

// isX500 reports whether v is an Exchange address ("/o=ExchangeLabs/ou=
// .../cn=Recipients/cn=..."), what Outlook exports for a colleague picked
// from the organisation's address book instead of an e-mail address.
func isX500(v string) bool {
	v = strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(v, "EX:"), "ex:"))
	return strings.HasPrefix(v, "/o=") || strings.HasPrefix(v, "/ou=") || strings.HasPrefix(v, "/cn=")
}

// repairPhone reads a number a spreadsheet took for a number: it dropped
// the leading 0 (229252200, 612345678) or the + of a country code
// (31612345678). It returns the number as it was meant, in Dutch
// grouping, or false when v is no such number.
func repairPhone(v string) (string, bool) {
	for _, r := range v {
		if r < '0' || r > '9' {
			return "", false
		}
	}
	var fixed string
	switch {
	case len(v) == 9 && v[0] != '0':
		fixed = "0" + v
	case len(v) == 11 && strings.HasPrefix(v, "31") && v[2] != '0':
		fixed = "+" + v
	default:
		return "", false
	}
	if !data.ValidPhone(fixed) {
		return "", false
	}
	return data.FormatPhone(fixed), true
}

// repairDate reads a date with a two-digit year (15-01-25, LibreOffice's
// Dutch default) as one in this century, or in the last when that would
// put it more than a year ahead of now. It returns the date as
// YYYY-MM-DD, or false when v is no such date.
func repairDate(v string, now time.Time) (string, bool) {
	for _, layout := range []string{"02-01-06", "2-1-06", "02/01/06", "2/1/06", "02.01.06", "2.1.06"} {
		t, err := time.Parse(layout, strings.TrimSpace(v))
		if err != nil {
			continue
		}
		// Go reads 69-99 as 19xx and 00-68 as 20xx; a date a coordinator
		// last checked a contact lies in the past.
		if t.Year() < 2000 {
			t = t.AddDate(100, 0, 0)
		}
		if t.After(now.AddDate(1, 0, 0)) {
			t = t.AddDate(-100, 0, 0)
		}
		return t.Format("2006-01-02"), true
	}
	return "", false
}
