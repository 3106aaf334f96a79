package data

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// A figure counts over a period: a year (2025), a quarter (2025-Q3) or a
// month (2025-07). These are the canonical forms, which sort in time
// order within one length and are what the change log holds.

var (
	periodYear    = regexp.MustCompile(`^(\d{4})$`)
	periodQuarter = regexp.MustCompile(`(?i)^(\d{4})\s*[-/ ]?\s*[qk]([1-4])$|^[qk]([1-4])\s*[-/ ]?\s*(\d{4})$`)
	periodMonth   = regexp.MustCompile(`^(\d{4})[-/](\d{1,2})$|^(\d{1,2})[-/](\d{4})$`)
	// a month by name: "juli 2025", "jul-25" (Excel's mmm-yy), "October 2025"
	periodNamed = regexp.MustCompile(`(?i)^([a-zé]+)\.?[-/ ]?(\d{4}|\d{2})$`)
)

// monthNames are the Dutch and English names of the months and their
// usual abbreviations, by month.
var monthNames = map[string]int{
	"januari": 1, "jan": 1, "january": 1, "februari": 2, "feb": 2, "february": 2, "maart": 3, "mrt": 3, "mar": 3, "march": 3,
	"april": 4, "apr": 4, "mei": 5, "may": 5, "juni": 6, "jun": 6, "june": 6, "juli": 7, "jul": 7, "july": 7,
	"augustus": 8, "aug": 8, "august": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "oct": 10, "october": 10,
	"november": 11, "nov": 11, "december": 12, "dec": 12,
}

// ParsePeriod reads a period as a coordinator or a spreadsheet writes it:
// 2025; 2025-Q3, 2025 Q3, Q3 2025, 2025-K3 (kwartaal); 2025-07, 2025/7,
// 07-2025, juli 2025, jul-25, October 2025. It returns the canonical form.
func ParsePeriod(s string) (string, bool) {
	s = strings.TrimSpace(s)
	year := func(y string) (int, bool) {
		n, err := strconv.Atoi(y)
		return n, err == nil && n >= 1900 && n <= 2999
	}
	if m := periodYear.FindStringSubmatch(s); m != nil {
		if y, ok := year(m[1]); ok {
			return strconv.Itoa(y), true
		}
		return "", false
	}
	if m := periodQuarter.FindStringSubmatch(s); m != nil {
		y, q := m[1], m[2]
		if y == "" {
			y, q = m[4], m[3]
		}
		if n, ok := year(y); ok {
			return fmt.Sprintf("%d-Q%s", n, q), true
		}
		return "", false
	}
	if m := periodMonth.FindStringSubmatch(s); m != nil {
		y, mo := m[1], m[2]
		if y == "" {
			y, mo = m[4], m[3]
		}
		n, ok := year(y)
		month, err := strconv.Atoi(mo)
		if ok && err == nil && month >= 1 && month <= 12 {
			return fmt.Sprintf("%d-%02d", n, month), true
		}
	}
	if m := periodNamed.FindStringSubmatch(s); m != nil {
		month, known := monthNames[strings.ToLower(m[1])]
		y := m[2]
		if len(y) == 2 {
			y = "20" + y
		}
		if n, ok := year(y); ok && known {
			return fmt.Sprintf("%d-%02d", n, month), true
		}
	}
	return "", false
}

// PeriodDates are the first and the last day of a canonical period
// (YYYY-MM-DD), "" for a value that is not one.
func PeriodDates(p string) (from, to string) {
	y, rest, _ := strings.Cut(p, "-")
	if len(y) != 4 {
		return "", ""
	}
	switch {
	case rest == "":
		return y + "-01-01", y + "-12-31"
	case len(rest) == 2 && rest[0] == 'Q':
		q := int(rest[1] - '0')
		first, last := 3*q-2, 3*q
		return fmt.Sprintf("%s-%02d-01", y, first), fmt.Sprintf("%s-%02d-%02d", y, last, daysIn(y, last))
	case len(rest) == 2:
		m, err := strconv.Atoi(rest)
		if err != nil {
			return "", ""
		}
		return fmt.Sprintf("%s-%02d-01", y, m), fmt.Sprintf("%s-%02d-%02d", y, m, daysIn(y, m))
	}
	return "", ""
}

// daysIn is the number of days of month m of year y.
func daysIn(y string, m int) int {
	switch m {
	case 4, 6, 9, 11:
		return 30
	case 2:
		n, _ := strconv.Atoi(y)
		if n%4 == 0 && (n%100 != 0 || n%400 == 0) {
			return 29
		}
		return 28
	}
	return 31
}

// FormatPeriod is how a period is written in Dutch text: 2025, 3e kwartaal
// 2025, juli 2025.
func FormatPeriod(p string) string {
	y, rest, _ := strings.Cut(p, "-")
	switch {
	case rest == "":
		return y
	case len(rest) == 2 && rest[0] == 'Q':
		return rest[1:] + "e kwartaal " + y
	}
	if m, err := strconv.Atoi(rest); err == nil && m >= 1 && m <= 12 {
		return dutchMonths[m-1] + " " + y
	}
	return p
}

var dutchMonths = []string{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"}

// countDigits is a count's digits; thousands a whole number written with
// Dutch thousands separators (1.234 or 1 234).
var (
	countDigits = regexp.MustCompile(`^\d{1,9}$`)
	thousands   = regexp.MustCompile(`^\d{1,3}([. ]\d{3})+$`)
)

// ParseCount reads a figure's count as a coordinator types it or a
// spreadsheet writes it: a whole number, 0 or more, possibly with
// thousands separators (1.234) or as a workbook's number (12.0).
func ParseCount(s string) (int, bool) {
	s = strings.TrimSpace(s)
	if thousands.MatchString(s) {
		s = strings.NewReplacer(".", "", " ", "").Replace(s)
	}
	s = strings.TrimSuffix(s, ".0")
	if !countDigits.MatchString(s) {
		return 0, false
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}
