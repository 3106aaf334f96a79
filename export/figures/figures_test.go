package figures

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ketenregie/data"
	"ketenregie/export/sheet"
)

func newStore(t testing.TB) *data.Store {
	t.Helper()
	s, err := data.Open(context.Background(), filepath.Join(t.TempDir(), "t.db"), data.Options{DeviceName: "test"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// westFriesland is a store with the cluster West-Friesland.
func westFriesland(t *testing.T) *data.Store {
	t.Helper()
	s := newStore(t)
	if _, err := s.Create(context.Background(), data.KindCluster, map[string]string{data.Cluster.Name: "West-Friesland",
		data.Cluster.MunicipalityIDs: "GM0405,GM0420,GM0385"}); err != nil {
		t.Fatal(err)
	}
	return s
}

// stored is every figure of s as "scope period measure=count".
func stored(t *testing.T, s *data.Store) map[string]string {
	t.Helper()
	ctx := context.Background()
	fs, err := s.List(ctx, data.KindFigure)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, f := range fs {
		scope := f.Get(data.Figure.MunicipalityID)
		if scope != "" {
			m, _ := s.Get(ctx, data.KindMunicipality, scope)
			scope = m.Get(data.Municipality.Name)
		} else {
			c, _ := s.Get(ctx, data.KindCluster, f.Get(data.Figure.ClusterID))
			scope = c.Get(data.Cluster.Name)
		}
		out[scope+" "+f.Get(data.Figure.Period)+" "+f.Get(data.Figure.Measure)] = f.Get(data.Figure.Count)
	}
	return out
}

// Workbooks and a CSV file as other programs write them: ExcelJS and
// SheetJS (testdata/make.js), and Dutch Excel's CSV in Windows-1252.
func TestReadFilesOtherProgramsWrite(t *testing.T) {
	for _, c := range []struct {
		file string
		want map[string]string
	}{
		{"cijfers-exceljs.xlsx", map[string]string{
			"Hoorn 2025 signalen-meldroute":                  "12",
			"Medemblik 2025-Q3 medewerkers-getraind":         "1234",
			"Drechterland 2025-07 meldingen-zorgcoordinatie": "3",
			"West-Friesland 2025-Q1 af-getraind":             "7",
			"Enkhuizen 2024 casussen-overleg":                "5",
		}},
		{"cijfers-sheetjs.xlsx", map[string]string{
			"Stede Broec 2025-07 signalen-meldroute": "2",
			"Koggenland 2025-10 signalen-meldroute":  "0",
			"Opmeer 2025 medewerkers-getraind":       "31",
		}},
		{"cijfers-excel-1252.csv", map[string]string{
			"Hoorn 2025-Q1 meldingen-zorgcoordinatie": "4",
			"Enkhuizen 2025-Q1 signalen-meldroute":    "1024",
		}},
	} {
		t.Run(c.file, func(t *testing.T) {
			ctx := context.Background()
			s := westFriesland(t)
			b, err := os.ReadFile(filepath.Join("testdata", c.file))
			if err != nil {
				t.Fatal(err)
			}
			p, err := Read(ctx, s, b)
			if err != nil {
				t.Fatal(err)
			}
			if !p.OK() {
				t.Fatalf("problems: %v", p.Problems)
			}
			if p.Count(Create) != len(c.want) {
				t.Errorf("%d new, want %d", p.Count(Create), len(c.want))
			}
			if err := p.Write(ctx, s); err != nil {
				t.Fatal(err)
			}
			got := stored(t, s)
			for k, v := range c.want {
				if got[k] != v {
					t.Errorf("%s = %q, want %q (stored: %v)", k, got[k], v, got)
				}
			}
			// Read again: nothing new, nothing changed.
			again, err := Read(ctx, s, b)
			if err != nil || again.Count(Same) != len(c.want) || again.Count(Create)+again.Count(Update) != 0 {
				t.Errorf("read again: %v, %d the same", err, again.Count(Same))
			}
		})
	}
}

// A file with one wrong row changes nothing, and says what is wrong on
// which line.
func TestWrongRowsChangeNothing(t *testing.T) {
	ctx := context.Background()
	s := westFriesland(t)
	csv := "gemeente;periode;maat;aantal;toelichting\n" +
		"Hoorn;2025;signalen-meldroute;12;\n" + // line 2: fine
		"Zaandam;2025;signalen-meldroute;3;\n" + // 3: a town, not a municipality
		"Hoorn;2025-Q5;signalen-meldroute;3;\n" + // 4
		"Hoorn;2025-Q2;aantal koffie;3;\n" + // 5
		"Hoorn;2025-Q2;signalen-meldroute;-2;\n" + // 6
		"Hoorn;2025-Q3;signalen-meldroute;twaalf;\n" + // 7
		"Hoorn, Enkhuizen;2025-Q3;signalen-meldroute;4;\n" + // 8
		"Hoorn;2025-Q4;signalen-meldroute;1;slachtoffer geb. 12-03-1990\n" + // 9
		"Hoorn;2026-Q1;signalen-meldroute;1;via mevrouw Jansen\n" + // 10: a warning, not a problem
		"hoorn;2025;Signalen via de interne meldroute;13;\n" // 11: the same cell as line 2
	p, err := Read(ctx, s, []byte(csv))
	if err != nil {
		t.Fatal(err)
	}
	lines := map[int]string{}
	for _, pr := range p.Problems {
		lines[pr.Line] += pr.Msg
	}
	for line, want := range map[int]string{3: "Zaandam", 4: "geen periode", 5: "geen maat", 6: "geen aantal", 7: "geen aantal",
		8: "2 gemeenten", 9: "geboortedatum", 11: "regel 2"} {
		if !strings.Contains(lines[line], want) {
			t.Errorf("line %d: %q, want it to say %q", line, lines[line], want)
		}
	}
	if _, ok := lines[2]; ok || len(lines) != 8 {
		t.Errorf("problems on lines %v", lines)
	}
	for _, r := range p.Rows {
		if (r.Line == 10) != (len(r.Warnings) == 1) || r.Line == 10 && !strings.Contains(r.Warnings[0].Msg, "mevrouw Jansen") {
			t.Errorf("line %d warns %q", r.Line, r.Warnings)
		}
	}
	err = p.Write(ctx, s)
	var refused *sheet.RefusedError
	if !errors.As(err, &refused) || !strings.Contains(err.Error(), "8 regels hebben een fout; er is niets gewijzigd") {
		t.Errorf("write: %v", err)
	}
	if got := stored(t, s); len(got) != 0 {
		t.Errorf("stored after a refused file: %v", got)
	}
}

// A changed count is an update of the figure that is there; the columns
// may come in any order and under other common names.
func TestUpdateAndColumnNames(t *testing.T) {
	ctx := context.Background()
	s := westFriesland(t)
	first := "Aantal,Maat,Jaar,Gemeente\n12,Signalen via de interne meldroute,2025,Hoorn\n5,Signalen via de interne meldroute,2025,Medemblik\n"
	p, err := Read(ctx, s, []byte(first))
	if err != nil || !p.OK() {
		t.Fatalf("%v %v", err, p.Problems)
	}
	if err := p.Write(ctx, s); err != nil {
		t.Fatal(err)
	}
	second := "gemeente\tperiode\tmaat\taantal\nHoorn\t2025\tsignalen-meldroute\t14\nMedemblik\t2025\tsignalen-meldroute\t5\n"
	p, err = Read(ctx, s, []byte(second))
	if err != nil || !p.OK() {
		t.Fatalf("%v %v", err, p.Problems)
	}
	if p.Count(Update) != 1 || p.Count(Same) != 1 || p.Rows[0].Old != "12" {
		t.Errorf("plan: %+v", p.Rows)
	}
	if err := p.Write(ctx, s); err != nil {
		t.Fatal(err)
	}
	if got := stored(t, s)["Hoorn 2025 signalen-meldroute"]; got != "14" {
		t.Errorf("Hoorn after the update: %q", got)
	}
	if _, err := Read(ctx, s, []byte("gemeente;jaar;aantal\nHoorn;2025;3\n")); err == nil || !strings.Contains(err.Error(), "maat") {
		t.Errorf("a file without the measure column: %v", err)
	}
}

// Files an attacker crafts, or that are simply something else, are
// refused with a message and change nothing.
func TestHostileFiles(t *testing.T) {
	ctx := context.Background()
	s := westFriesland(t)
	for name, b := range map[string][]byte{
		"empty":         {},
		"binary":        {0, 1, 2, 3, 0, 0, 0},
		"zip not xlsx":  zipOf(t, map[string]string{"hello.txt": "hallo"}),
		"zip bomb":      zipBomb(t),
		"old excel":     append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 512)...),
		"formula names": []byte("gemeente;periode;maat;aantal\n=HYPERLINK(\"http://x\");2025;signalen-meldroute;1\n"),
	} {
		p, err := Read(ctx, s, b)
		if err == nil && p.OK() {
			t.Errorf("%s: read without a problem", name)
			continue
		}
		if err == nil {
			err = p.Write(ctx, s)
		}
		if err == nil || strings.Contains(err.Error(), "runtime") {
			t.Errorf("%s: %v", name, err)
		}
	}
	if got := stored(t, s); len(got) != 0 {
		t.Errorf("stored: %v", got)
	}
}

// What the municipality reader says reaches the user: a name several
// municipalities share is a problem that names them, a former
// municipality is read as its successor with a warning.
func TestMunicipalityNotes(t *testing.T) {
	ctx := context.Background()
	s := westFriesland(t)
	p, err := Read(ctx, s, []byte("gemeente;periode;maat;aantal\n"+
		"Bergen;2025;signalen-meldroute;1\n"+
		"Langedijk;2025;signalen-meldroute;2\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Problems) != 1 || p.Problems[0].Line != 2 || !strings.Contains(p.Problems[0].Msg, "schrijf welke") {
		t.Errorf("Bergen: problems %v", p.Problems)
	}
	found := false
	for _, r := range p.Rows {
		if r.Line == 3 {
			found = true
			if r.Scope != "Dijk en Waard" || len(r.Warnings) != 1 || !strings.Contains(r.Warnings[0].Msg, "Langedijk") {
				t.Errorf("Langedijk: read as %q, warnings %v", r.Scope, r.Warnings)
			}
		}
	}
	if !found {
		t.Error("the Langedijk row was not read")
	}
}

// Two columns under two names of one field are said to be that, not one
// column twice.
func TestColumnsAlike(t *testing.T) {
	_, err := Read(context.Background(), westFriesland(t), []byte("gemeente;cluster;periode;maat;aantal\nHoorn;;2025;signalen-meldroute;1\n"))
	if err == nil || !strings.Contains(err.Error(), `de kolommen "gemeente" en "cluster" zijn voor hetzelfde gegeven`) {
		t.Errorf("error %v", err)
	}
}
