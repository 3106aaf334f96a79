// Package figures takes in the counts a region keeps in a spreadsheet:
// signals via the interne meldroute, meldingen at zorgcoördinatie, people
// trained. A file (CSV or an Excel workbook) has a row per count, with the
// columns gemeente (or a cluster's name), periode, maat and aantal, and
// optionally bron and toelichting:
//
//	gemeente;periode;maat;aantal
//	Hoorn;2025-Q3;Signalen via de interne meldroute;12
//	GM0420;2025;medewerkers-getraind;48
//
// Read plans the import row by row (new, changed, the same, or wrong, with
// the line it is on); Write stores a plan without problems in one
// transaction, or nothing.
package figures

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"ketenregie/data"
	"ketenregie/export/muni"
	"ketenregie/export/sheet"
)

// Action is what an import does with one row.
type Action int

const (
	Create Action = iota // a new figure
	Update               // a figure whose count (or source or notes) changes
	Same                 // the figure is stored as the row says
	Empty                // the row has no count: nothing to do
)

// Row is one row of the file, resolved against the store.
type Row struct {
	Line    int
	Scope   string // the municipality or cluster, as the store names it
	Period  string // canonical: 2025, 2025-Q3, 2025-07
	Measure string // the measure's name (Dutch)
	Count   string // the count, "" for an Empty row
	Values  map[string]string
	ID      string // the figure that is there now, "" for none
	Old     string // its count
	Action  Action
	// Warnings are what the row may hold that it should not, without
	// refusing it: a note that seems to name a person.
	Warnings []sheet.Message
}

// Plan is what an import of a file would do.
type Plan struct {
	File     *sheet.Table
	Rows     []Row
	Problems []sheet.Problem
}

// OK reports whether the plan can be written.
func (p *Plan) OK() bool { return len(p.Problems) == 0 }

// Count is the number of rows with action a.
func (p *Plan) Count(a Action) int {
	n := 0
	for _, r := range p.Rows {
		if r.Action == a {
			n++
		}
	}
	return n
}

// columns are the names a column may have, folded (ChoiceKey), by the
// field it gives.
var columns = map[string][]string{
	"scope":   {"gemeente", "gemeentenaam", "gemeentecode", "cbscode", "cluster", "gemeenteofcluster", "regio", "municipality"},
	"period":  {"periode", "period", "jaar", "kwartaal", "maand", "year", "quarter", "month"},
	"measure": {"maat", "measure", "indicator", "meting", "onderwerp"},
	"count":   {"aantal", "count", "waarde", "value", "number"},
	"source":  {"bron", "source"},
	"notes":   {"toelichting", "notities", "opmerking", "opmerkingen", "notes"},
}

// Read reads a file of figures and plans its import against the store as
// it is now. The error is for a file that is no table of figures at all;
// wrong rows are in Plan.Problems.
func Read(ctx context.Context, s *data.Store, b []byte) (*Plan, error) {
	t, err := sheet.Read(b)
	if err != nil {
		return nil, err
	}
	p := &Plan{File: t, Problems: t.Problems}
	if len(t.Columns) == 0 {
		return p, nil
	}
	col := map[string]int{}
	for i, name := range t.Columns {
		key := data.ChoiceKey(name)
		for field, names := range columns {
			for _, n := range names {
				if key != n {
					continue
				}
				if j, dup := col[field]; dup {
					if data.ChoiceKey(t.Columns[j]) == key {
						return nil, sheet.FormatErrorf("import.figures.column-twice", "de kolom {{.Column}} staat er twee keer in", map[string]any{"Column": strconv.Quote(name)})
					}
					// "gemeente" and "cluster", "jaar" and "kwartaal": two names of one column
					return nil, sheet.FormatErrorf("import.figures.columns-alike", "de kolommen {{.First}} en {{.Second}} zijn voor hetzelfde gegeven; laat er één staan",
						map[string]any{"First": strconv.Quote(t.Columns[j]), "Second": strconv.Quote(name)})
				}
				col[field] = i
			}
		}
	}
	var missing []string
	for _, field := range []string{"scope", "period", "measure", "count"} {
		if _, ok := col[field]; !ok {
			missing = append(missing, columns[field][0])
		}
	}
	if len(missing) > 0 {
		return nil, sheet.FormatErrorf("import.figures.columns-missing", "de kolommen {{.Missing}} ontbreken (de eerste regel moet de kolommen gemeente, periode, maat en aantal noemen; gevonden: {{.Found}})",
			map[string]any{"Missing": strings.Join(missing, ", "), "Found": strings.Join(t.Columns, ", ")})
	}
	r, err := newResolver(ctx, s)
	if err != nil {
		return nil, err
	}
	seen := map[string]int{} // cell -> line
	for _, row := range t.Rows {
		cell := func(field string) string {
			i, ok := col[field]
			if !ok {
				return ""
			}
			return sheet.Clean(row.Cell(i))
		}
		if cell("scope") == "" && cell("period") == "" && cell("measure") == "" && cell("count") == "" {
			continue // an empty line between the figures
		}
		pr, problems := r.row(row.Line, cell)
		p.Problems = append(p.Problems, problems...)
		if len(problems) > 0 {
			continue
		}
		key := data.FigureID(pr.Values)
		if first, ok := seen[key]; ok && pr.Action != Empty {
			p.Problems = append(p.Problems, sheet.Problemf(row.Line, "import.figures.duplicate", "dezelfde gemeente of hetzelfde cluster, periode en maat als regel {{.First}}", map[string]any{"First": first}))
			continue
		}
		if pr.Action != Empty {
			seen[key] = row.Line
		}
		p.Rows = append(p.Rows, pr)
	}
	return p, nil
}

// Write stores every new and changed figure of p in one transaction. A
// plan with problems is refused with a *sheet.RefusedError; a row the
// store refuses is named by its line. Either way nothing is changed.
func (p *Plan) Write(ctx context.Context, s *data.Store) error {
	if !p.OK() {
		return &sheet.RefusedError{Problems: p.Problems}
	}
	return s.Write(ctx, func(t *data.Tx) error {
		for _, r := range p.Rows {
			var err error
			switch r.Action {
			case Create:
				_, err = t.Create(data.KindFigure, r.Values)
			case Update:
				change := map[string]string{data.Figure.Count: r.Values[data.Figure.Count]}
				for _, f := range []string{data.Figure.Source, data.Figure.Notes} {
					if v := r.Values[f]; v != "" {
						change[f] = v
					}
				}
				err = t.Update(data.KindFigure, r.ID, change)
			}
			if err != nil {
				return fmt.Errorf("regel %d: %w", r.Line, err)
			}
		}
		return nil
	})
}

// resolver reads the cells of a row against the store.
type resolver struct {
	munis    *muni.Index
	names    map[string]string // municipality id -> name
	clusters map[string]data.Record
	own      map[string]data.Record // own measures by ChoiceKey of their name
	existing map[string]data.Record // live figures by FigureID of their cell
	now      time.Time              // the store's, for the case-data check
}

func newResolver(ctx context.Context, s *data.Store) (*resolver, error) {
	r := &resolver{now: s.Now(), names: map[string]string{}, clusters: map[string]data.Record{}, own: map[string]data.Record{}, existing: map[string]data.Record{}}
	ms, err := s.List(ctx, data.KindMunicipality)
	if err != nil {
		return nil, err
	}
	r.munis = muni.New(ms)
	for _, m := range ms {
		r.names[m.ID] = m.Get(data.Municipality.Name)
	}
	cs, err := s.List(ctx, data.KindCluster)
	if err != nil {
		return nil, err
	}
	for _, c := range cs {
		r.clusters[data.ChoiceKey(c.Get(data.Cluster.Name))] = c
	}
	own, err := s.List(ctx, data.KindMeasure)
	if err != nil {
		return nil, err
	}
	for _, m := range own {
		r.own[data.ChoiceKey(m.Get(data.Measure.Name))] = m
	}
	fs, err := s.List(ctx, data.KindFigure)
	if err != nil {
		return nil, err
	}
	for _, f := range fs {
		r.existing[data.FigureID(f.Values)] = f
	}
	return r, nil
}

// row reads one row; its problems name the line.
func (r *resolver) row(line int, cell func(string) string) (Row, []sheet.Problem) {
	out := Row{Line: line, Values: map[string]string{}}
	var problems []sheet.Problem
	bad := func(key, dutch string, args map[string]any) {
		problems = append(problems, sheet.Problemf(line, key, dutch, args))
	}

	switch scope := cell("scope"); {
	case scope == "":
		bad("import.figures.scope-missing", "de gemeente (of het cluster) ontbreekt", nil)
	default:
		if c, ok := r.clusters[data.ChoiceKey(scope)]; ok {
			out.Values[data.Figure.ClusterID], out.Scope = c.ID, c.Get(data.Cluster.Name)
			break
		}
		ids, notes, unknown := r.munis.Parse(scope)
		switch {
		case len(ids) == 1 && len(unknown) == 0:
			out.Values[data.Figure.MunicipalityID], out.Scope = ids[0], r.names[ids[0]]
			out.Warnings = append(out.Warnings, notes...) // a former municipality, read as its successor
		case len(ids) == 0 && len(notes) > 0: // a name several municipalities have: the note says which
			for _, n := range notes {
				problems = append(problems, sheet.Problem{Line: line, Message: n})
			}
		case len(ids) > 1:
			bad("import.figures.scope-many", "{{.Scope}} noemt {{.Count}} gemeenten; een cijfer hoort bij één gemeente of één cluster", map[string]any{"Scope": strconv.Quote(scope), "Count": len(ids)})
		default:
			bad("import.figures.scope-unknown", "{{.Scope}} is geen gemeente of cluster in deze database", map[string]any{"Scope": strconv.Quote(scope)})
		}
	}

	period := cell("period")
	if p, ok := periodOf(period); ok {
		out.Period, out.Values[data.Figure.Period] = p, p
	} else if period == "" {
		bad("import.figures.period-missing", "de periode ontbreekt", nil)
	} else {
		bad("import.figures.period", "{{.Period}} is geen periode (een jaar, een kwartaal of een maand: 2025, 2025-Q3 of 2025-07)", map[string]any{"Period": strconv.Quote(period)})
	}

	measure := cell("measure")
	if code, ok := data.MatchChoice(data.Measures, measure); ok && measure != "" {
		out.Values[data.Figure.Measure], out.Measure = code, data.ChoiceLabel(data.Measures, code)
	} else if m, ok := r.own[data.ChoiceKey(measure)]; ok {
		out.Values[data.Figure.MeasureID], out.Measure = m.ID, m.Get(data.Measure.Name)
	} else if measure == "" {
		bad("import.figures.measure-missing", "de maat ontbreekt", nil)
	} else {
		labels := make([]string, len(data.Measures))
		for i, c := range data.Measures {
			labels[i] = c.Label
		}
		// the labels as the file must give them: in Dutch, in any window
		bad("import.figures.measure", "{{.Measure}} is geen maat (kies uit: {{.Choices}}, of een eigen maat die eerst onder Cijfers is aangemaakt)",
			map[string]any{"Measure": strconv.Quote(measure), "Choices": strings.Join(labels, "; ")})
	}

	count := cell("count")
	switch n, ok := data.ParseCount(count); {
	case count == "":
		out.Action = Empty
	case !ok:
		bad("import.figures.count", "{{.Count}} is geen aantal (een heel getal, 0 of meer)", map[string]any{"Count": strconv.Quote(count)})
	default:
		out.Count, out.Values[data.Figure.Count] = strconv.Itoa(n), strconv.Itoa(n)
	}

	for _, f := range []struct{ col, field string }{{"bron", data.Figure.Source}, {"toelichting", data.Figure.Notes}} {
		v := cell(map[string]string{"bron": "source", "toelichting": "notes"}[f.col])
		if v == "" {
			continue
		}
		if c := data.CheckCaseData(v, r.now); c.Found() {
			what := c.BSN
			if what == "" {
				what = c.Birth
			}
			problems = append(problems, caseDataProblem(line, f.col, what))
			continue
		}
		if _, err := data.Canonical(data.KindFigure, f.field, v); err != nil {
			problems = append(problems, invalidProblem(line, err))
			continue
		}
		if who := data.MentionsPerson(v); who != "" {
			out.Warnings = append(out.Warnings, personWarning(f.col, who))
		}
		out.Values[f.field] = v
	}
	if len(problems) > 0 || out.Action == Empty {
		return out, problems
	}
	if old, ok := r.existing[data.FigureID(out.Values)]; ok {
		out.ID, out.Old = old.ID, old.Get(data.Figure.Count)
		out.Action = Same
		if out.Old != out.Count || changes(old, out.Values, data.Figure.Source) || changes(old, out.Values, data.Figure.Notes) {
			out.Action = Update
		}
	} else {
		out.Action = Create
	}
	return out, nil
}

// caseDataProblem is a value of column col (bron or toelichting) that
// looks like a BSN or a date of birth. The column is named in the
// sentence, so each has its own.
func caseDataProblem(line int, col, what string) sheet.Problem {
	args := map[string]any{"Value": strconv.Quote(what)}
	if col == "bron" {
		return sheet.Problemf(line, "import.figures.source.case-data", "bron: {{.Value}} lijkt een BSN of een geboortedatum; gegevens over slachtoffers, verdachten of zaken horen niet in Ketenregie", args)
	}
	return sheet.Problemf(line, "import.figures.notes.case-data", "toelichting: {{.Value}} lijkt een BSN of een geboortedatum; gegevens over slachtoffers, verdachten of zaken horen niet in Ketenregie", args)
}

// personWarning is a value of column col (bron or toelichting) that seems
// to name who, a person; the column is named in the sentence, as in
// caseDataProblem.
func personWarning(col, who string) sheet.Message {
	args := map[string]any{"Who": strconv.Quote(who)}
	if col == "bron" {
		return sheet.Messagef("import.figures.source.person", "bron: {{.Who}} lijkt een persoon te noemen; een cijfer is een aantal, noem geen slachtoffers, verdachten of cliënten", args)
	}
	return sheet.Messagef("import.figures.notes.person", "toelichting: {{.Who}} lijkt een persoon te noemen; een cijfer is een aantal, noem geen slachtoffers, verdachten of cliënten", args)
}

// invalidProblem is a value the store refuses; its message names the
// field already ("bron: …").
func invalidProblem(line int, err error) sheet.Problem {
	return sheet.Problemf(line, "import.figures.invalid", "{{.Err}}", map[string]any{"Err": err})
}

// changes reports whether the row gives field a value other than stored.
func changes(old data.Record, vals map[string]string, field string) bool {
	v := vals[field]
	return v != "" && v != old.Get(field)
}

// periodOf reads a period cell; a workbook's date cell (2025-07-01, what
// Excel makes of "jul 2025") is the month it starts.
func periodOf(s string) (string, bool) {
	if p, ok := data.ParsePeriod(s); ok {
		return p, true
	}
	if len(s) == 10 && strings.HasSuffix(s, "-01") {
		if d, ok := data.ParseDate(s); ok && d == s {
			return data.ParsePeriod(s[:7])
		}
	}
	return "", false
}
