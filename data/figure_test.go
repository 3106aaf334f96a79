package data

import (
	"context"
	"testing"
	"time"
)

func TestParsePeriod(t *testing.T) {
	for in, want := range map[string]string{
		"2025": "2025", " 2025 ": "2025", "2025-Q3": "2025-Q3", "2025q3": "2025-Q3", "2025 Q3": "2025-Q3", "Q3 2025": "2025-Q3",
		"q3-2025": "2025-Q3", "2025-K2": "2025-Q2", "2025-07": "2025-07", "2025/7": "2025-07", "07-2025": "2025-07", "7-2025": "2025-07",
		"juli 2025": "2025-07", "Jul-25": "2025-07", "October 2025": "2025-10", "mrt. 2026": "2026-03", "maart": "", "juno 2025": "",
		"2025-13": "", "2025-Q5": "", "25": "", "juli": "", "": "", "1899": "", "2025-00": "", "12-07-2025": "",
	} {
		got, ok := ParsePeriod(in)
		if got != want || ok != (want != "") {
			t.Errorf("ParsePeriod(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for p, want := range map[string][2]string{
		"2024": {"2024-01-01", "2024-12-31"}, "2024-Q1": {"2024-01-01", "2024-03-31"}, "2024-Q4": {"2024-10-01", "2024-12-31"},
		"2024-02": {"2024-02-01", "2024-02-29"}, "2025-02": {"2025-02-01", "2025-02-28"}, "1900-02": {"1900-02-01", "1900-02-28"},
	} {
		if from, to := PeriodDates(p); from != want[0] || to != want[1] {
			t.Errorf("PeriodDates(%q) = %s, %s; want %v", p, from, to, want)
		}
	}
	if got := FormatPeriod("2025-Q3") + "; " + FormatPeriod("2025-07") + "; " + FormatPeriod("2025"); got != "3e kwartaal 2025; juli 2025; 2025" {
		t.Errorf("FormatPeriod: %s", got)
	}
}

// Target groups are kept as codes in the list's order, however they were
// typed; an unknown one is refused with the choices.
func TestTargetGroupsAreAListOfCodes(t *testing.T) {
	ctx := context.Background()
	s := newTestStore(t)
	id := mustCreate(t, s, KindActivity, map[string]string{Activity.Title: "Training", Activity.Date: "12-03-2025",
		Activity.TargetGroups: "Wijkteams en sociaal domein; baliemedewerkers,politie, baliemedewerkers"})
	a, _ := s.Get(ctx, KindActivity, id)
	if got := a.Get(Activity.TargetGroups); got != "baliemedewerkers,wijkteams,politie" {
		t.Errorf("target groups %q", got)
	}
	if got := JSONValue(KindNamed(KindActivity).Fields[4], a.Get(Activity.TargetGroups)); len(got.([]string)) != 3 {
		t.Errorf("JSON %v", got)
	}
	_, err := s.Create(ctx, KindActivity, map[string]string{Activity.Title: "Training", Activity.Date: "2025-03-12", Activity.TargetGroups: "baliemedewerkers, bakkers"})
	if e, ok := AsError(err); !ok || e.Reason != "choice" || e.Field != Activity.TargetGroups {
		t.Errorf("an unknown target group: %v", err)
	}
	_, err = s.Create(ctx, KindActivity, map[string]string{Activity.Title: "Training", Activity.Date: "2025-03-12", Activity.EndDate: "2025-03-11"})
	if e, ok := AsError(err); !ok || e.Reason != "period" {
		t.Errorf("an end before the start: %v", err)
	}
}

// A figure holds a count, never a person: notes with a BSN or a date of
// birth are refused, and so is a negative count, a figure for both a
// municipality and a cluster, or for neither.
func TestFigureRules(t *testing.T) {
	ctx := context.Background()
	s := newTestStore(t)
	cluster := mustCreate(t, s, KindCluster, map[string]string{Cluster.Name: "West-Friesland"})
	base := func(extra map[string]string) map[string]string {
		v := map[string]string{Figure.MunicipalityID: "GM0405", Figure.Period: "2025", Figure.Measure: MeasureSignalenMeldroute, Figure.Count: "12"}
		for k, x := range extra {
			v[k] = x
		}
		return v
	}
	for name, c := range map[string]struct {
		vals   map[string]string
		reason string
	}{
		"bsn in notes":    {base(map[string]string{Figure.Notes: "melding over 111222333"}), "case_data"},
		"birth in source": {base(map[string]string{Figure.Source: "dossier, geboren 03-04-1990"}), "case_data"},
		"negative":        {base(map[string]string{Figure.Count: "-1"}), "negative"},
		"not a number":    {base(map[string]string{Figure.Count: "twaalf"}), "int"},
		"both scopes":     {base(map[string]string{Figure.ClusterID: cluster}), "scope"},
		"no scope":        {base(map[string]string{Figure.MunicipalityID: ""}), "scope_missing"},
		"no measure":      {base(map[string]string{Figure.Measure: ""}), "measure_missing"},
		"bad period":      {base(map[string]string{Figure.Period: "volgend jaar"}), "period_format"},
	} {
		_, err := s.Create(ctx, KindFigure, c.vals)
		if e, ok := AsError(err); !ok || e.Reason != c.reason {
			t.Errorf("%s: %v, want reason %s", name, err, c.reason)
		}
	}
	if fs, _ := s.List(ctx, KindFigure); len(fs) != 0 {
		t.Errorf("%d figures stored after refusals", len(fs))
	}
	id := mustCreate(t, s, KindFigure, base(map[string]string{Figure.Notes: "Uit de registratie van de meldroute, 3 via de balie."}))
	if _, err := s.Create(ctx, KindFigure, base(map[string]string{Figure.Count: "13"})); err == nil {
		t.Error("a second figure for the same cell was stored")
	} else if e, _ := AsError(err); e.Reason != "duplicate" {
		t.Errorf("second figure of a cell: %v", err)
	}
	// Deleted and made again: the same record, with only the new values.
	if err := s.Delete(ctx, KindFigure, id); err != nil {
		t.Fatal(err)
	}
	again := mustCreate(t, s, KindFigure, base(map[string]string{Figure.Count: "15"}))
	f, _ := s.Get(ctx, KindFigure, again)
	if again != id || f.Get(Figure.Count) != "15" || f.Get(Figure.Notes) != "" {
		t.Errorf("made again: id %s (was %s), %v", again, id, f.Values)
	}
	mustCheck(t, s)
}

// Two coordinators who fill in the same cell before they exchange files
// edit one figure: different counts are a conflict to resolve, not two
// figures added up.
func TestSameCellOnTwoDevicesIsOneFigure(t *testing.T) {
	ctx := context.Background()
	start := time.Date(2026, 1, 5, 9, 0, 0, 0, time.UTC)
	anne, bram := newPeer(t, "anne", start), newPeer(t, "bram", start)
	cell := map[string]string{Figure.MunicipalityID: "GM0405", Figure.Period: "2025-Q2", Figure.Measure: MeasureMedewerkersGetraind}
	with := func(n string) map[string]string {
		v := map[string]string{Figure.Count: n}
		for k, x := range cell {
			v[k] = x
		}
		return v
	}
	a := mustCreate(t, anne, KindFigure, with("20"))
	b := mustCreate(t, bram, KindFigure, with("24"))
	if a != b {
		t.Fatalf("the same cell has ids %s and %s", a, b)
	}
	send(t, anne, bram)
	send(t, bram, anne)
	for _, s := range []*Store{anne, bram} {
		if fs, _ := s.List(ctx, KindFigure); len(fs) != 1 {
			t.Errorf("%s has %d figures", s.Device(), len(fs))
		}
		cs, _ := s.Conflicts(ctx)
		if len(cs) != 1 || cs[0].Field != Figure.Count {
			t.Errorf("%s: conflicts %+v, want one on the count", s.Device(), cs)
		}
	}
	mustCheck(t, anne)
	mustCheck(t, bram)
}

func TestMentionsPerson(t *testing.T) {
	for text, want := range map[string]string{
		"Melding via mevrouw Jansen van de balie":     "mevrouw Jansen",
		"Gesprek met dhr. P. over zijn situatie":      "dhr. P.",
		"Opgave door J. de Vries, teamleider":         "J. de Vries",
		"slachtoffer Anna is doorverwezen":            "slachtoffer Anna",
		"Uit de registratie van de meldroute, Q3.":    "",
		"Twee trainingen in maart; CoMensha en RIEC.": "",
		"Signalen via de balie en het wijkteam":       "",
	} {
		if got := MentionsPerson(text); got != want {
			t.Errorf("MentionsPerson(%q) = %q, want %q", text, got, want)
		}
	}
}

// A count is read the same wherever it is typed or read from.
func TestParseCount(t *testing.T) {
	for s, want := range map[string]int{"0": 0, "12": 12, " 12 ": 12, "1.234": 1234, "1 234": 1234, "12.0": 12, "1.234.567": 1234567} {
		if n, ok := ParseCount(s); !ok || n != want {
			t.Errorf("ParseCount(%q) = %d, %v; want %d", s, n, ok, want)
		}
	}
	for _, s := range []string{"", "-3", "+5", "twaalf", "12,5", "1.23", "12.5", "1234567890"} {
		if n, ok := ParseCount(s); ok {
			t.Errorf("ParseCount(%q) = %d, a count", s, n)
		}
	}
}

// A measure's name is its own: a file of figures finds measures by name.
func TestMeasureNameTaken(t *testing.T) {
	ctx := context.Background()
	s := newPeer(t, "anne", time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC))
	id := mustCreate(t, s, KindMeasure, map[string]string{Measure.Name: "Voorlichtingen op scholen"})
	for _, name := range []string{"voorlichtingen op SCHOLEN", Measures[0].Label, Measures[0].Code} {
		_, err := s.Create(ctx, KindMeasure, map[string]string{Measure.Name: name})
		if e, ok := AsError(err); !ok || e.Reason != "name_taken" {
			t.Errorf("a measure named %q: %v", name, err)
		}
	}
	if err := s.Update(ctx, KindMeasure, id, map[string]string{Measure.Description: "Per school"}); err != nil {
		t.Errorf("a measure keeps its own name: %v", err)
	}
}
