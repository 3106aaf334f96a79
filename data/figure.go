package data

import (
	"database/sql"
	"errors"
	"strconv"

	"github.com/google/uuid"
)

// A figure is one count in one cell: a municipality or a cluster (its
// scope), a period and a measure (a standard one or the region's own).
// A cell has at most one live figure. The figure of a cell gets the same
// id on every device (FigureID), so two coordinators who fill in the same
// cell before they exchange files edit one record, and a difference in
// their counts is shown as a conflict instead of being added up twice.

// figureNamespace derives the ids of figures from their cell.
var figureNamespace = uuid.MustParse("0b6a3f4e-5c2d-4f7e-8a19-2d5e6c7b8a90")

// FigureID is the id every device gives the figure of a cell. vals holds
// canonical values (municipality_id, cluster_id, period, measure,
// measure_id).
func FigureID(vals map[string]string) string {
	key := "figure:" + vals["municipality_id"] + "|" + vals["cluster_id"] + "|" + vals["period"] + "|" + vals["measure"] + "|" + vals["measure_id"]
	return uuid.NewSHA1(figureNamespace, []byte(key)).String()
}

// createFigure creates the figure of a cell under the cell's id. A cell
// whose figure was deleted gets it back, with the new values, as the same
// record; a cell that has a live figure is refused by checkFigure.
func (t *Tx) createFigure(values map[string]string) (string, error) {
	k := KindNamed(KindFigure)
	vals, err := t.validate(k, "", nil, values)
	if err != nil {
		return "", err
	}
	id := FigureID(vals)
	parents, err := t.heads(id, FieldExists)
	if err != nil {
		return "", err
	}
	if len(parents) == 0 {
		return t.create(KindFigure, id, values)
	}
	if err := t.Undelete(KindFigure, id); err != nil {
		return "", err
	}
	// Every field the new figure does not give is emptied: it is new.
	all := make(map[string]string, len(k.Fields))
	for _, f := range k.Fields {
		all[f.Name] = values[f.Name]
	}
	return id, t.Update(KindFigure, id, all)
}

// checkFigure holds the rules of a figure that span fields: one scope, one
// measure, a count that is not negative, one live figure per cell.
func (t *Tx) checkFigure(k *Kind, id string, get func(string) string) error {
	field := func(name string) Field { f, _ := k.Field(name); return f }
	muni, cluster := get(Figure.MunicipalityID), get(Figure.ClusterID)
	switch {
	case muni != "" && cluster != "":
		return bothScopes(k)
	case muni == "" && cluster == "":
		return invalid(k, field(Figure.MunicipalityID), "scope_missing", "kies een gemeente of een cluster")
	}
	measure, own := get(Figure.Measure), get(Figure.MeasureID)
	switch {
	case measure != "" && own != "":
		return invalid(k, field(Figure.MeasureID), "measure", "kies een standaardmaat of een eigen maat, niet allebei")
	case measure == "" && own == "":
		return invalid(k, field(Figure.Measure), "measure_missing", "kies een maat")
	}
	if n, err := strconv.Atoi(get(Figure.Count)); err == nil && n < 0 {
		return invalid(k, field(Figure.Count), "negative", "mag niet negatief zijn")
	}
	if get(Figure.Period) == "" {
		return nil // requireFields says so
	}
	var other string
	err := t.queryRow(`SELECT id FROM figure WHERE municipality_id = ? AND cluster_id = ? AND period = ?
		AND measure = ? AND measure_id = ? AND id <> ? LIMIT 1`, muni, cluster, get(Figure.Period), measure, own, id).Scan(&other)
	if err == nil {
		return invalid(k, field(Figure.Period), "duplicate", "er is al een cijfer voor deze gemeente of dit cluster, deze periode en deze maat; pas dat aan")
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	return nil
}

// checkNoCaseData refuses notes that look like they hold data about a
// person or a case (CheckCaseData): a figure and an activity are counts,
// never people.
func (t *Tx) checkNoCaseData(k *Kind, get func(string) string, fields ...string) error {
	for _, name := range fields {
		c := CheckCaseData(get(name), t.now)
		if !c.Found() {
			continue
		}
		f, _ := k.Field(name)
		what := c.BSN
		if what == "" {
			what = c.Birth
		}
		return invalid(k, f, "case_data", "%q lijkt een BSN of een geboortedatum: gegevens over slachtoffers, verdachten of zaken horen niet in Ketenregie", what)
	}
	return nil
}

// checkMeasureName refuses a name another measure has, an own one or a
// standard one (by its code or label, case and accents aside): a file of
// figures names measures by name, and must find one.
func (t *Tx) checkMeasureName(k *Kind, id, name string) error {
	key := ChoiceKey(name)
	if key == "" {
		return nil // requireFields says so
	}
	f, _ := k.Field(Measure.Name)
	taken := func() error { return invalid(k, f, "name_taken", "er is al een maat met deze naam") }
	for _, c := range Measures {
		if ChoiceKey(c.Code) == key || ChoiceKey(c.Label) == key {
			return taken()
		}
	}
	rows, err := t.query("SELECT name FROM measure WHERE id <> ?", id)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var other string
		if err := rows.Scan(&other); err != nil {
			return err
		}
		if ChoiceKey(other) == key {
			return taken()
		}
	}
	return rows.Err()
}
