package export

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"ketenregie/data"
	"ketenregie/export/chart"
)

// The workbook for the regional meeting and the national monitor: the
// region's self-assessments, activities, figures, ketenafspraken and
// uitvoeringsagenda as Excel sheets, one table each, with real Excel
// types (a date is a date, a count a number, a name text), Dutch headers,
// a frozen header row, filters on and column widths set. Text a
// coordinator typed is always stored as text, never as a formula, so a
// title such as "=HYPERLINK(...)" opens as the characters it is. The names
// of contact persons are left out: the workbook is passed around, and the
// monitor needs counts, not people.

// WorkbookFileName suggests a file name for the workbook, dated today.
func WorkbookFileName(s *data.Store) string {
	return strings.TrimSuffix(FileName("Aanpak mensenhandel werkmap "+data.FormatDate(today(s))), ".pdf") + ".xlsx"
}

// column is one column of a sheet: its Dutch header and its width in
// characters.
type column struct {
	head  string
	width float64
}

// cell is one value of a sheet: text, a whole number, or a date.
type cell struct {
	text  string
	num   *int
	date  string // YYYY-MM-DD
	empty bool
}

func text(s string) cell { return cell{text: s, empty: s == ""} }

func number(s string) cell {
	n, err := strconv.Atoi(s)
	if err != nil {
		return cell{empty: true}
	}
	return cell{num: &n}
}

func date(s string) cell { return cell{date: s, empty: s == ""} }

// table is one sheet of the workbook.
type table struct {
	name string
	cols []column
	rows [][]cell
}

// WriteWorkbook writes the workbook of everything in s to w.
func WriteWorkbook(ctx context.Context, s *data.Store, w io.Writer) error {
	l, err := newLookup(ctx, s)
	if err != nil {
		return err
	}
	var sheets []table
	for _, build := range []func(context.Context, *data.Store, *lookup) (table, error){
		assessmentSheet, activitySheet, figureSheet, agreementSheet, agendaSheet,
	} {
		sh, err := build(ctx, s, l)
		if err != nil {
			return err
		}
		sheets = append(sheets, sh)
	}
	return writeSheets(w, sheets)
}

// lookup names the records other records point at.
type lookup struct {
	munis    map[string]data.Record
	clusters map[string]data.Record
	orgs     map[string]string
	plans    map[string]string
	actions  map[string]data.Record
	measures map[string]string
}

func newLookup(ctx context.Context, s *data.Store) (*lookup, error) {
	l := &lookup{munis: map[string]data.Record{}, clusters: map[string]data.Record{}, orgs: map[string]string{},
		plans: map[string]string{}, actions: map[string]data.Record{}, measures: map[string]string{}}
	for kind, fill := range map[string]func(data.Record){
		data.KindMunicipality: func(r data.Record) { l.munis[r.ID] = r },
		data.KindCluster:      func(r data.Record) { l.clusters[r.ID] = r },
		data.KindOrganisation: func(r data.Record) { l.orgs[r.ID] = r.Get(data.Organisation.Name) },
		data.KindPlan:         func(r data.Record) { l.plans[r.ID] = r.Get(data.Plan.Title) },
		data.KindAction:       func(r data.Record) { l.actions[r.ID] = r },
		data.KindMeasure:      func(r data.Record) { l.measures[r.ID] = r.Get(data.Measure.Name) },
	} {
		recs, err := s.List(ctx, kind)
		if err != nil {
			return nil, err
		}
		for _, r := range recs {
			fill(r)
		}
	}
	return l, nil
}

// muniNames are the names of a list of municipality ids, in Dutch order.
func (l *lookup) muniNames(ids []string) string {
	return strings.Join(muniNames(l.munis, ids), ", ")
}

// muniNames are the names of the municipalities ids names that munis
// holds, in the order of a list.
func muniNames(munis map[string]data.Record, ids []string) []string {
	var names []string
	for _, id := range ids {
		if m, ok := munis[id]; ok {
			names = append(names, m.Get(data.Municipality.Name))
		}
	}
	data.SortFolded(names)
	return names
}

func assessmentSheet(ctx context.Context, s *data.Store, l *lookup) (table, error) {
	sh := table{name: "Zelfevaluatie", cols: []column{{"Gemeente", 22}, {"CBS-code", 10}, {"Thema", 28}, {"Onderdeel", 52},
		{"Niveau", 11}, {"Datum", 12}, {"Vorig niveau", 13}, {"Vorige datum", 13}}}
	as, err := s.List(ctx, data.KindAssessment)
	if err != nil {
		return sh, err
	}
	byMuni := map[string][]data.Record{}
	for _, a := range as {
		byMuni[a.Get(data.Assessment.MunicipalityID)] = append(byMuni[a.Get(data.Assessment.MunicipalityID)], a)
	}
	ids := make([]string, 0, len(byMuni))
	for id := range byMuni {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, func(a, b string) int {
		return strings.Compare(data.Fold(l.munis[a].Get(data.Municipality.Name)), data.Fold(l.munis[b].Get(data.Municipality.Name)))
	})
	levels := data.KindNamed(data.KindAssessment)
	levelField, _ := levels.Field(data.Assessment.Level)
	for _, id := range ids {
		items, _, _ := measurements(byMuni[id])
		m := l.munis[id]
		for _, it := range data.Checklist {
			got, ok := items[it.Code]
			if !ok {
				continue
			}
			sh.rows = append(sh.rows, []cell{text(m.Get(data.Municipality.Name)), text(m.Get(data.Municipality.CbsCode)),
				text(groupName(it.Group)), text(it.Label),
				text(data.ChoiceLabel(levelField.Choices, got.level)), date(got.date),
				text(data.ChoiceLabel(levelField.Choices, got.prevLevel)), date(got.prevDate)})
		}
	}
	return sh, nil
}

// groupName is the Dutch name of a checklist group: the Basisniveau or a
// Kader theme.
func groupName(group string) string {
	if group == "basisniveau" {
		return "Basisniveau"
	}
	return data.ChoiceLabel(data.Themes, group)
}

func activitySheet(ctx context.Context, s *data.Store, l *lookup) (table, error) {
	sh := table{name: "Activiteiten", cols: []column{{"Datum", 12}, {"Einddatum", 12}, {"Titel", 44}, {"Soort", 18},
		{"Doelgroepen", 34}, {"Gemeenten", 34}, {"Organisator", 30}, {"Deelnemers gepland", 12}, {"Deelnemers", 12},
		{"Beleidsplan", 30}, {"Actie uitvoeringsagenda", 36}, {"Thema", 28}, {"Status", 12}}}
	acts, err := s.List(ctx, data.KindActivity)
	if err != nil {
		return sh, err
	}
	slices.SortStableFunc(acts, func(a, b data.Record) int {
		return strings.Compare(a.Get(data.Activity.Date), b.Get(data.Activity.Date))
	})
	for _, a := range acts {
		var groups []string
		for _, g := range a.List(data.Activity.TargetGroups) {
			groups = append(groups, data.ChoiceLabel(data.TargetGroups, g))
		}
		action := l.actions[a.Get(data.Activity.ActionID)]
		sh.rows = append(sh.rows, []cell{date(a.Get(data.Activity.Date)), date(a.Get(data.Activity.EndDate)),
			text(a.Get(data.Activity.Title)), text(data.ChoiceLabel(data.ActivityTypes, a.Get(data.Activity.Type))),
			text(strings.Join(groups, ", ")), text(l.muniNames(a.List(data.Activity.MunicipalityIDs))),
			text(l.orgs[a.Get(data.Activity.OrganiserID)]), number(a.Get(data.Activity.ParticipantsPlanned)),
			number(a.Get(data.Activity.Participants)), text(l.plans[action.Get(data.Action.PlanID)]),
			text(action.Get(data.Action.Title)), text(data.ChoiceLabel(data.Themes, a.Get(data.Activity.Theme))),
			text(data.ChoiceLabel(data.ActivityStatuses, a.Get(data.Activity.Status)))})
	}
	return sh, nil
}

// figureSheet has a row per municipality (or cluster) and measure, and a
// column per period, in the order of time (chart.ComparePeriods): a year
// before its quarters, a quarter before its months.
func figureSheet(ctx context.Context, s *data.Store, l *lookup) (table, error) {
	fs, err := s.List(ctx, data.KindFigure)
	if err != nil {
		return table{}, err
	}
	type rowKey struct{ scope, cbs, measure string }
	rows := map[rowKey]map[string]string{}
	periodSet := map[string]bool{}
	for _, f := range fs {
		k := rowKey{measure: data.ChoiceLabel(data.Measures, f.Get(data.Figure.Measure))}
		if id := f.Get(data.Figure.MeasureID); id != "" {
			k.measure = l.measures[id]
		}
		if m, ok := l.munis[f.Get(data.Figure.MunicipalityID)]; ok {
			k.scope, k.cbs = m.Get(data.Municipality.Name), m.Get(data.Municipality.CbsCode)
		} else {
			k.scope = l.clusters[f.Get(data.Figure.ClusterID)].Get(data.Cluster.Name) + " (cluster)"
		}
		if rows[k] == nil {
			rows[k] = map[string]string{}
		}
		rows[k][f.Get(data.Figure.Period)] = f.Get(data.Figure.Count)
		periodSet[f.Get(data.Figure.Period)] = true
	}
	periods := make([]string, 0, len(periodSet))
	for p := range periodSet {
		periods = append(periods, p)
	}
	slices.SortFunc(periods, chart.ComparePeriods)
	sh := table{name: "Cijfers", cols: []column{{"Gemeente of cluster", 26}, {"CBS-code", 10}, {"Maat", 40}}}
	for _, p := range periods {
		sh.cols = append(sh.cols, column{data.FormatPeriod(p), 12})
	}
	keys := make([]rowKey, 0, len(rows))
	for k := range rows {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b rowKey) int {
		if c := strings.Compare(data.Fold(a.scope), data.Fold(b.scope)); c != 0 {
			return c
		}
		return strings.Compare(a.measure, b.measure)
	})
	for _, k := range keys {
		row := []cell{text(k.scope), text(k.cbs), text(k.measure)}
		for _, p := range periods {
			row = append(row, number(rows[k][p]))
		}
		sh.rows = append(sh.rows, row)
	}
	return sh, nil
}

func agreementSheet(ctx context.Context, s *data.Store, l *lookup) (table, error) {
	sh := table{name: "Ketenafspraken", cols: []column{{"Titel", 44}, {"Soort", 22}, {"Status", 14}, {"Niveau", 14},
		{"Gemeenten", 34}, {"Trekker", 30}, {"Partijen", 50}, {"Ondertekend", 12}, {"In werking", 12}, {"Einddatum", 12},
		{"Evaluatie", 12}, {"Persoonsgegevens gedeeld", 14}, {"Grondslag", 30}, {"Kenmerk", 16}}}
	as, err := s.List(ctx, data.KindAgreement)
	if err != nil {
		return sh, err
	}
	parties, err := s.List(ctx, data.KindParty)
	if err != nil {
		return sh, err
	}
	partyNames := map[string][]string{}
	for _, p := range parties {
		partyNames[p.Get(data.Party.AgreementID)] = append(partyNames[p.Get(data.Party.AgreementID)], l.orgs[p.Get(data.Party.OrganisationID)])
	}
	for _, a := range as {
		names := partyNames[a.ID]
		slices.Sort(names)
		shared := "nee"
		if a.Get(data.Agreement.PersonalData) == "true" {
			shared = "ja"
		}
		sh.rows = append(sh.rows, []cell{text(a.Get(data.Agreement.Title)),
			text(data.ChoiceLabel(data.AgreementTypes, a.Get(data.Agreement.Type))),
			text(data.ChoiceLabel(data.AgreementStatuses, a.Get(data.Agreement.Status))),
			text(data.ChoiceLabel(data.AgreementLevels, a.Get(data.Agreement.Level))),
			text(l.muniNames(a.List(data.Agreement.MunicipalityIDs))), text(l.orgs[a.Get(data.Agreement.OwnerID)]),
			text(strings.Join(names, "; ")), date(a.Get(data.Agreement.SignedDate)), date(a.Get(data.Agreement.StartDate)),
			date(a.Get(data.Agreement.EndDate)), date(a.Get(data.Agreement.EvaluationDate)), text(shared),
			text(a.Get(data.Agreement.LegalBasis)), text(a.Get(data.Agreement.Reference))})
	}
	return sh, nil
}

func agendaSheet(ctx context.Context, s *data.Store, l *lookup) (table, error) {
	sh := table{name: "Uitvoeringsagenda", cols: []column{{"Beleidsplan", 36}, {"Actie", 50}, {"Thema", 28}, {"Eigenaar", 28},
		{"Partners", 36}, {"Planning", 14}, {"Status", 12}, {"Indicator", 40}, {"Activiteiten", 12}}}
	acts, err := s.List(ctx, data.KindActivity)
	if err != nil {
		return sh, err
	}
	linked := map[string]int{}
	for _, a := range acts {
		linked[a.Get(data.Activity.ActionID)]++
	}
	actions := make([]data.Record, 0, len(l.actions))
	for _, a := range l.actions {
		actions = append(actions, a)
	}
	slices.SortFunc(actions, func(a, b data.Record) int {
		if c := strings.Compare(l.plans[a.Get(data.Action.PlanID)], l.plans[b.Get(data.Action.PlanID)]); c != 0 {
			return c
		}
		return strings.Compare(a.Get(data.Action.Position), b.Get(data.Action.Position)) // positions sort as text
	})
	for _, a := range actions {
		n := strconv.Itoa(linked[a.ID])
		sh.rows = append(sh.rows, []cell{text(l.plans[a.Get(data.Action.PlanID)]), text(a.Get(data.Action.Title)),
			text(data.ChoiceLabel(data.Themes, a.Get(data.Action.Theme))), text(a.Get(data.Action.Owner)),
			text(a.Get(data.Action.Partners)), text(a.Get(data.Action.Planning)),
			text(data.ChoiceLabel(data.ActionStatuses, a.Get(data.Action.Status))), text(a.Get(data.Action.Indicator)), number(n)})
	}
	return sh, nil
}

// writeSheets writes the sheets as an Excel workbook.
func writeSheets(w io.Writer, sheets []table) error {
	f := excelize.NewFile()
	defer f.Close()
	head, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDE4EE"}},
		Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}})
	if err != nil {
		return err
	}
	dateFmt := "dd-mm-yyyy"
	dateStyle, err := f.NewStyle(&excelize.Style{CustomNumFmt: &dateFmt, Alignment: &excelize.Alignment{Vertical: "top"}})
	if err != nil {
		return err
	}
	textStyle, err := f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{Vertical: "top"}})
	if err != nil {
		return err
	}
	for i, sh := range sheets {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", sh.name); err != nil {
				return err
			}
		} else if _, err := f.NewSheet(sh.name); err != nil {
			return err
		}
		for c, col := range sh.cols {
			name, _ := excelize.ColumnNumberToName(c + 1)
			if err := f.SetColWidth(sh.name, name, name, col.width); err != nil {
				return err
			}
		}
		if err := f.SetPanes(sh.name, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
			return err
		}
		for c, col := range sh.cols {
			axis, _ := excelize.CoordinatesToCellName(c+1, 1)
			if err := f.SetCellStr(sh.name, axis, col.head); err != nil {
				return err
			}
		}
		last, _ := excelize.CoordinatesToCellName(len(sh.cols), 1)
		if err := f.SetCellStyle(sh.name, "A1", last, head); err != nil {
			return err
		}
		for r, row := range sh.rows {
			for c, v := range row {
				axis, _ := excelize.CoordinatesToCellName(c+1, r+2)
				var err error
				style := textStyle
				switch {
				case v.empty:
					continue
				case v.num != nil:
					err = f.SetCellInt(sh.name, axis, *v.num)
				case v.date != "":
					d, perr := time.Parse("2006-01-02", v.date)
					if perr != nil {
						err = f.SetCellStr(sh.name, axis, v.date)
						break
					}
					err, style = f.SetCellValue(sh.name, axis, d), dateStyle
				default:
					// Always text, never a formula, whatever the text starts with.
					err = f.SetCellStr(sh.name, axis, v.text)
				}
				if err == nil {
					err = f.SetCellStyle(sh.name, axis, axis, style)
				}
				if err != nil {
					return err
				}
			}
		}
		end, _ := excelize.CoordinatesToCellName(len(sh.cols), max(len(sh.rows)+1, 2))
		if err := f.AutoFilter(sh.name, "A1:"+end, nil); err != nil {
			return err
		}
	}
	f.SetActiveSheet(0)
	f.SetDocProps(&excelize.DocProperties{Creator: "Ketenregie", Title: "Aanpak mensenhandel", Language: "nl-NL"})
	if _, err := f.WriteTo(w); err != nil {
		return fmt.Errorf("werkmap schrijven: %w", err)
	}
	return nil
}
