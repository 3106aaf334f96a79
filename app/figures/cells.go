package figures

import (
	"regexp"
	"strconv"
	"strings"

	"fyne.io/fyne/v2/lang"

	"ketenregie/data"
)

// row is one row of the grid: a municipality or a cluster.
type row struct {
	muni, cluster string // the id of one of them
	name          string
}

// scope are the fields of a figure that name the row.
func (r row) scope() map[string]string {
	if r.cluster != "" {
		return map[string]string{data.Figure.ClusterID: r.cluster}
	}
	return map[string]string{data.Figure.MunicipalityID: r.muni}
}

// cellValue is what one cell holds: a count, and the figure's source and
// notes.
type cellValue struct{ count, source, notes string }

// cellState is one cell of the grid: the figure stored there and what the
// grid shows now.
type cellState struct {
	id      string    // the live figure of the cell, "" for none
	old     cellValue // as stored
	cur     cellValue // as typed
	problem string    // why cur.count is no count, "" when it is one or empty
}

// setCount takes the count as typed and checks it.
func (c *cellState) setCount(text string) {
	c.cur.count = text
	_, c.problem = parseCount(text)
}

// load makes the cell show its figure as stored; stored is "" for none.
func (c *cellState) load(id string, stored cellValue) {
	c.id, c.old, c.cur, c.problem = id, stored, stored, ""
}

// count is the canonical count typed, "" for none (or no count).
func (c *cellState) count() string {
	n, problem := parseCount(c.cur.count)
	if problem != "" || n < 0 {
		return ""
	}
	return strconv.Itoa(n)
}

// empty says the cell holds no count.
func (c *cellState) empty() bool { return strings.TrimSpace(c.cur.count) == "" }

// deleting says the cell's figure goes when the grid is saved: its count
// was cleared.
func (c *cellState) deleting() bool { return c.old.count != "" && c.empty() }

// changed says the cell differs from what is stored. The source and notes
// of an empty cell are not written, so they do not count.
func (c *cellState) changed() bool {
	switch {
	case c.problem != "":
		return true
	case c.empty():
		return c.old.count != ""
	}
	return c.count() != c.old.count || c.cur.source != c.old.source || c.cur.notes != c.old.notes
}

// small says the cell holds a count from 1 to 4: for one municipality
// such a count can point to people.
func (c *cellState) small() bool {
	n, problem := parseCount(c.cur.count)
	return problem == "" && n >= 1 && n <= 4
}

// negative is a negative number, which is refused for what it is.
var negative = regexp.MustCompile(`^-\s*\d[\d. ]*$`)

func parseCount(s string) (n int, problem string) {
	s = strings.TrimSpace(s)
	if s == "" {
		return -1, ""
	}
	if n, ok := data.ParseCount(s); ok {
		return n, ""
	}
	if negative.MatchString(s) {
		return -1, lang.X("figures.invalid.negative", "{{.Value}} is negatief", map[string]any{"Value": s})
	}
	return -1, lang.X("figures.invalid.number", "{{.Value}} is geen heel getal", map[string]any{"Value": s})
}
