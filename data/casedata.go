package data

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Ketenregie keeps work contact details of professionals and aggregate
// counts; data about victims, suspects or cases belongs in the systems of
// the Zorg- en Veiligheidshuis, the RIEC or the police (DOMAIN.md).
// CheckCaseData spots the two things such data nearly always carries: a
// citizen service number (BSN) and a date of birth. A contact's notes are
// warned about; the notes of a figure or an activity are refused
// (checkRecord).

var (
	// nine digits, alone or grouped as 1234.56.782 or 123 456 782
	bsnRe = regexp.MustCompile(`(^|[^0-9+])(\d{9}|\d{4}[ .]\d{2}[ .]\d{3}|\d{3}[ .]\d{3}[ .]\d{3})($|[^0-9])`)
	// a date as dd-mm-jjjj, d/m/jjjj or d.m.jjjj
	dateRe = regexp.MustCompile(`(^|[^0-9])(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})($|[^0-9])`)
	// a word for birth, with a date or a year within 40 characters after it
	birthRe = regexp.MustCompile(`(?i)\b(geboren|geb\.|geb\b|geboortedatum|geboortejaar|geboortedag|date of birth|born)\W.{0,40}?(\d{1,2}[-/. ]\d{1,2}[-/. ]\d{2,4}|\d{1,2} [a-z]+\.? \d{4}|\b(19|20)\d{2}\b)`)
)

// CaseData is what CheckCaseData found in a text: the number that may be a
// BSN and the text that may be a date of birth, each "" when none.
type CaseData struct {
	BSN   string
	Birth string
}

// Found reports whether anything was found.
func (c CaseData) Found() bool { return c.BSN != "" || c.Birth != "" }

// CheckCaseData looks for case data in text (notes): a
// nine-digit number that passes the BSN elfproef, a date near "geboren",
// "geb." or "geboortedatum", or a bare date dd-mm-jjjj at least twelve
// years before today, which is more likely a date of birth than a work
// appointment.
func CheckCaseData(text string, today time.Time) CaseData {
	var c CaseData
	for _, m := range bsnRe.FindAllStringSubmatch(text, -1) {
		if !isAfterCountryCode(text, m[2]) && ElfProef(m[2]) {
			c.BSN = m[2]
			break
		}
	}
	if m := birthRe.FindStringSubmatch(text); m != nil {
		c.Birth = strings.TrimSpace(m[0])
		return c
	}
	for _, m := range dateRe.FindAllStringSubmatch(text, -1) {
		d, _ := strconv.Atoi(m[2])
		mo, _ := strconv.Atoi(m[3])
		y, _ := strconv.Atoi(m[4])
		t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
		if t.Day() != d || int(t.Month()) != mo || y < 1900 {
			continue // not a real date
		}
		if t.Before(today.AddDate(-12, 0, 0)) {
			c.Birth = m[2] + "-" + m[3] + "-" + m[4]
			break
		}
	}
	return c
}

// isAfterCountryCode reports whether number follows +31 or 0031 in text:
// a mobile number (+31 612345678), not a BSN.
func isAfterCountryCode(text, number string) bool {
	i := strings.Index(text, number)
	if i < 0 {
		return false
	}
	before := strings.TrimRight(text[:i], " -()")
	return strings.HasSuffix(before, "+31") || strings.HasSuffix(before, "0031")
}

// ElfProef reports whether s (nine digits, possibly grouped with spaces or
// dots) passes the BSN eleven test: 9×d1 + 8×d2 + … + 2×d8 − 1×d9 is a
// multiple of 11, and not 0.
func ElfProef(s string) bool {
	var digits []int
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits = append(digits, int(r-'0'))
		case r == ' ' || r == '.':
		default:
			return false
		}
	}
	if len(digits) != 9 {
		return false
	}
	sum := 0
	for i, d := range digits[:8] {
		sum += (9 - i) * d
	}
	sum -= digits[8]
	return sum != 0 && sum%11 == 0
}

var (
	// a form of address or a role in a case, followed by a name or an
	// initial: "mevrouw Jansen", "dhr. P.", "slachtoffer Anna"
	addressedRe = regexp.MustCompile(`(?i:\b(dhr|mevr|mw|mr|mevrouw|meneer|de heer|cli[eë]nte?|slachtoffer|verdachte|dader|betrokkene)\b\.?)\s+(\p{Lu}\p{Ll}+|\p{Lu}\.)`)
	// initials and a surname: "J. de Vries", "A.B. Jansen"
	initialsRe = regexp.MustCompile(`\b(\p{Lu}\.){1,3}\s?((van|de|der|den|ter|ten|van der|van den|el|al)\s)?\p{Lu}\p{Ll}+`)
)

// MentionsPerson returns the part of text that looks like it names a
// person ("mevrouw Jansen", "J. de Vries", "slachtoffer Anna"), or "" when
// nothing does. Figures and activities are counts: a name in their notes
// is warned about, as the person could be a victim or a suspect. A check
// of words cannot be sure, so it warns and never refuses.
func MentionsPerson(text string) string {
	if m := addressedRe.FindString(text); m != "" {
		return m
	}
	return initialsRe.FindString(text)
}
