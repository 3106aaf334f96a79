package contacts

import (
	"strings"

	"ketenregie/data"
)

// municipalities finds municipalities by the names and codes people write
// in a contact list.
type municipalities struct {
	byName map[string]string // folded name -> id (a living one first)
	byCode map[string]string // GM0405 -> id
}

// newMunicipalities indexes the municipality records of the store.
func newMunicipalities(records []data.Record) *municipalities {
	m := &municipalities{byName: map[string]string{}, byCode: map[string]string{}}
	for _, r := range records {
		m.byCode[r.Get("cbs_code")] = r.ID
		k := nameKey(r.Get("name"))
		if prev, ok := m.byName[k]; !ok || prev == "" || r.Get("retired") != "true" {
			m.byName[k] = r.ID
		}
	}
	return m
}

// parse reads a cell that names one or more municipalities. It returns
// their ids in the order named, remarks for the user on how a name was
// read, and the parts it does not know.
func (m *municipalities) parse(cell string) (ids, notes, unknown []string) {
	for _, part := range strings.FieldsFunc(cell, func(r rune) bool { return r == ',' || r == ';' || r == '|' || r == '\n' }) {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		if id, ok := m.find(part); ok {
			ids = append(ids, id)
		} else {
			unknown = append(unknown, part)
		}
	}
	return ids, notes, unknown
}

// find finds one municipality by CBS code, by name, or by both as
// "Hoorn (GM0405)".
func (m *municipalities) find(s string) (string, bool) {
	if m == nil { // an empty Index
		return "", false
	}
	if open := strings.LastIndexByte(s, '('); open > 0 && strings.HasSuffix(s, ")") {
		if id, ok := m.find(s[open+1 : len(s)-1]); ok {
			return id, true
		}
		s = strings.TrimSpace(s[:open])
	}
	if len(s) == 6 && strings.EqualFold(s[:2], "GM") {
		id, ok := m.byCode[strings.ToUpper(s)]
		return id, ok
	}
	id, ok := m.byName[nameKey(s)]
	return id, ok
}
