package figures

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2/lang"
)

// Periods is how the grid's columns divide time.
type Periods int

const (
	Quarters Periods = iota // the four quarters of a year, and the year
	Months                  // the twelve months of a year, and the year
	Years                   // a span of years up to one
)

// yearSpan is how many years the years mode shows.
const yearSpan = 5

// column is one column of the grid.
type column struct {
	period string // canonical: 2025, 2025-Q3, 2025-07
	head   string // the header over the column
	// total is the whole year beside its quarters or months: its empty
	// cell suggests their sum.
	total bool
}

// columnsOf are the grid's columns in mode, for year (the last year of a
// span in years mode).
func columnsOf(mode Periods, year int) []column {
	y := strconv.Itoa(year)
	var cols []column
	switch mode {
	case Quarters:
		for q := 1; q <= 4; q++ {
			cols = append(cols, column{period: fmt.Sprintf("%d-Q%d", year, q), head: quarterHead(q)})
		}
	case Months:
		for m := 1; m <= 12; m++ {
			cols = append(cols, column{period: fmt.Sprintf("%d-%02d", year, m), head: monthShort(m)})
		}
	case Years:
		for n := year - yearSpan + 1; n <= year; n++ {
			cols = append(cols, column{period: strconv.Itoa(n), head: strconv.Itoa(n)})
		}
		return cols
	}
	return append(cols, column{period: y, head: lang.X("figures.head.year", "Jaar"), total: true})
}

// defaultYear is the year whose quarters a coordinator fills in on day
// now: that of the quarter that ended last. Figures are counted after a
// quarter closes, so in January the last quarter of the year before is
// due, not an empty new year.
func defaultYear(now time.Time) int {
	if now.Month() <= time.March {
		return now.Year() - 1
	}
	return now.Year()
}

// modeOf is the mode whose columns show period, and their year.
func modeOf(period string) (Periods, int, bool) {
	y, rest, _ := strings.Cut(period, "-")
	year, err := strconv.Atoi(y)
	if err != nil {
		return Quarters, 0, false
	}
	switch {
	case rest == "":
		return Quarters, year, true
	case strings.HasPrefix(rest, "Q"):
		return Quarters, year, true
	}
	return Months, year, true
}

// periodText names a period in the window's language: 2025, 3e kwartaal
// 2025, juli 2025 (data.FormatPeriod says it in Dutch for the PDFs and
// the command line).
func periodText(p string) string {
	y, rest, _ := strings.Cut(p, "-")
	switch {
	case rest == "":
		return y
	case len(rest) == 2 && rest[0] == 'Q':
		return lang.X("figures.period.quarter", "{{.Quarter}}e kwartaal {{.Year}}", map[string]any{"Quarter": rest[1:], "Year": y})
	}
	if m, err := strconv.Atoi(rest); err == nil && m >= 1 && m <= 12 {
		return monthLong(m) + " " + y
	}
	return p
}

// quarterHead is the header of quarter q's column.
func quarterHead(q int) string {
	return lang.X("figures.head.quarter", "{{.Quarter}}e kwartaal", map[string]any{"Quarter": q})
}

// modeNames are the options of the period mode's select, by mode.
func modeNames() []string {
	return []string{
		lang.X("figures.mode.quarters", "Kwartalen"),
		lang.X("figures.mode.months", "Maanden"),
		lang.X("figures.mode.years", "Jaren"),
	}
}

// monthShort is the header of month m's column.
func monthShort(m int) string {
	switch m {
	case 1:
		return lang.X("figures.month.short.1", "jan")
	case 2:
		return lang.X("figures.month.short.2", "feb")
	case 3:
		return lang.X("figures.month.short.3", "mrt")
	case 4:
		return lang.X("figures.month.short.4", "apr")
	case 5:
		return lang.X("figures.month.short.5", "mei")
	case 6:
		return lang.X("figures.month.short.6", "jun")
	case 7:
		return lang.X("figures.month.short.7", "jul")
	case 8:
		return lang.X("figures.month.short.8", "aug")
	case 9:
		return lang.X("figures.month.short.9", "sep")
	case 10:
		return lang.X("figures.month.short.10", "okt")
	case 11:
		return lang.X("figures.month.short.11", "nov")
	}
	return lang.X("figures.month.short.12", "dec")
}

// monthLong is the name of month m.
func monthLong(m int) string {
	switch m {
	case 1:
		return lang.X("figures.month.1", "januari")
	case 2:
		return lang.X("figures.month.2", "februari")
	case 3:
		return lang.X("figures.month.3", "maart")
	case 4:
		return lang.X("figures.month.4", "april")
	case 5:
		return lang.X("figures.month.5", "mei")
	case 6:
		return lang.X("figures.month.6", "juni")
	case 7:
		return lang.X("figures.month.7", "juli")
	case 8:
		return lang.X("figures.month.8", "augustus")
	case 9:
		return lang.X("figures.month.9", "september")
	case 10:
		return lang.X("figures.month.10", "oktober")
	case 11:
		return lang.X("figures.month.11", "november")
	}
	return lang.X("figures.month.12", "december")
}
