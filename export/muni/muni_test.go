package muni

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"ketenregie/data"
	"ketenregie/export/sheet"
)

// referenceMunicipalities indexes the municipalities of a new database,
// with their names by id and the living ones' records by CBS code.
func referenceMunicipalities(t testing.TB) (*Index, map[string]string, []data.Record) {
	t.Helper()
	recs, err := newStore(t).List(context.Background(), "municipality")
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]string{}
	var living []data.Record
	for _, r := range recs {
		names[r.ID] = r.Get("name")
		if r.Get("retired") != "true" {
			living = append(living, r)
		}
	}
	if len(living) != 342 {
		t.Fatalf("%d current municipalities in the reference data, want 342", len(living))
	}
	return New(recs), names, living
}

func TestMunicipalityNames(t *testing.T) {
	m, names, _ := referenceMunicipalities(t)
	const bergen = "Bergen kan Bergen (L.) of Bergen (NH.) zijn; schrijf welke"
	for _, c := range []struct {
		cell           string
		want           []string // names
		notes, unknown []string
	}{
		{cell: "Hoorn", want: []string{"Hoorn"}},
		{cell: "  HOORN ", want: []string{"Hoorn"}},
		{cell: "", want: nil},
		{cell: " - ", want: nil},

		// The names people write.
		{cell: "'s-Gravenhage", want: []string{"'s-Gravenhage"}},
		{cell: "’s-Gravenhage", want: []string{"'s-Gravenhage"}},
		{cell: "s-Gravenhage", want: []string{"'s-Gravenhage"}},
		{cell: "'s Gravenhage", want: []string{"'s-Gravenhage"}},
		{cell: "Gravenhage", want: []string{"'s-Gravenhage"}},
		{cell: "Den Haag", want: []string{"'s-Gravenhage"}},
		{cell: "gemeente Den Haag", want: []string{"'s-Gravenhage"}},
		{cell: "Den Bosch", want: []string{"'s-Hertogenbosch"}},
		{cell: "‘s-Hertogenbosch", want: []string{"'s-Hertogenbosch"}},
		{cell: "Nuenen", want: []string{"Nuenen, Gerwen en Nederwetten"}},
		{cell: "Nuenen c.a.", want: []string{"Nuenen, Gerwen en Nederwetten"}},
		{cell: "nuenen gerwen en nederwetten", want: []string{"Nuenen, Gerwen en Nederwetten"}},
		{cell: "Súdwest-Fryslân", want: []string{"Súdwest-Fryslân"}},
		{cell: "sudwest fryslan", want: []string{"Súdwest-Fryslân"}},
		{cell: "Su\u0301dwest-Frysla\u0302n", want: []string{"Súdwest-Fryslân"}}, // decomposed accents, as macOS writes
		{cell: "Tietjerksteradeel", want: []string{"Tytsjerksteradiel"}},
		{cell: "Gemert Bakel", want: []string{"Gemert-Bakel"}},
		{cell: "Capelle a/d IJssel", want: []string{"Capelle aan den IJssel"}},
		{cell: "Alphen a.d. Rijn", want: []string{"Alphen aan den Rijn"}},
		{cell: "Valkenburg ad Geul", want: []string{"Valkenburg aan de Geul"}},
		{cell: "St. Michielsgestel", want: []string{"Sint-Michielsgestel"}},
		{cell: "Gemeente Hoorn", want: []string{"Hoorn"}},
		{cell: "Utrecht (gemeente)", want: []string{"Utrecht"}},
		{cell: "Zaandam", unknown: []string{"Zaandam"}}, // a town in Zaanstad

		// Bergen, and a province after a name.
		{cell: "Bergen (NH.)", want: []string{"Bergen (NH.)"}},
		{cell: "Bergen NH", want: []string{"Bergen (NH.)"}},
		{cell: "Bergen N-H", want: []string{"Bergen (NH.)"}},
		{cell: "Bergen N.H.", want: []string{"Bergen (NH.)"}},
		{cell: "Bergen (NH)", want: []string{"Bergen (NH.)"}},
		{cell: "bergen noord-holland", want: []string{"Bergen (NH.)"}},
		{cell: "Bergen (L.)", want: []string{"Bergen (L.)"}},
		{cell: "Bergen L", want: []string{"Bergen (L.)"}},
		{cell: "Bergen (L)", want: []string{"Bergen (L.)"}},
		{cell: "Bergen Limburg", want: []string{"Bergen (L.)"}},
		{cell: "Bergen (GM0893)", want: []string{"Bergen (L.)"}},
		{cell: "Bergen", notes: []string{bergen}, unknown: []string{"Bergen"}},
		{cell: "Alkmaar, Bergen, Heiloo", want: []string{"Alkmaar", "Heiloo"}, notes: []string{bergen}, unknown: []string{"Bergen"}},
		{cell: "Bergen (Gld.)", unknown: []string{"Bergen (Gld.)"}},
		{cell: "Bergen op Zoom", want: []string{"Bergen op Zoom"}},
		{cell: "Hengelo (O.)", want: []string{"Hengelo"}},
		{cell: "Hengelo (Gld.)", unknown: []string{"Hengelo (Gld.)"}}, // a village in Bronckhorst
		{cell: "Rijswijk (ZH.)", want: []string{"Rijswijk"}},
		{cell: "Hoorn (NH)", want: []string{"Hoorn"}},
		{cell: "Zeist (Utrecht)", want: []string{"Zeist"}},
		{cell: "Zeist Utrecht", want: []string{"Zeist", "Utrecht"}},
		{cell: "Zeist, Utrecht", want: []string{"Zeist", "Utrecht"}},

		// CBS codes.
		{cell: "GM0405", want: []string{"Hoorn"}},
		{cell: "gm0405", want: []string{"Hoorn"}},
		{cell: "GM 0405", want: []string{"Hoorn"}},
		{cell: "0405", want: []string{"Hoorn"}},
		{cell: "405", want: []string{"Hoorn"}},
		{cell: "1980", want: []string{"Dijk en Waard"}},
		{cell: "Hoorn (GM0405)", want: []string{"Hoorn"}},
		{cell: "Hoorn GM0405", want: []string{"Hoorn"}},
		{cell: "GM0405 Hoorn", want: []string{"Hoorn"}},
		{cell: "Hoorn (405)", want: []string{"Hoorn"}},
		{cell: "405, 388", want: []string{"Hoorn", "Enkhuizen"}},
		{cell: "GM9999", unknown: []string{"GM9999"}},
		{cell: "Hoorn (GM0363)", notes: []string{"Hoorn (GM0363): de naam en de CBS-code horen bij verschillende gemeenten"},
			unknown: []string{"Hoorn (GM0363)"}},
		{cell: "Enkhuizen, Hoorn (GM0363)", want: []string{"Enkhuizen"},
			notes: []string{"Hoorn (GM0363): de naam en de CBS-code horen bij verschillende gemeenten"}, unknown: []string{"Hoorn (GM0363)"}},
		{cell: "1621 AB", unknown: []string{"1621 AB"}}, // a postcode, not Lansingerland

		// Former municipalities.
		{cell: "Langedijk", want: []string{"Dijk en Waard"}, notes: []string{"Langedijk is sinds 2022 Dijk en Waard"}},
		{cell: "GM0416", want: []string{"Dijk en Waard"}, notes: []string{"Langedijk (GM0416) is sinds 2022 Dijk en Waard"}},
		{cell: "Langedijk (GM0416)", want: []string{"Dijk en Waard"}, notes: []string{"Langedijk is sinds 2022 Dijk en Waard"}},
		{cell: "Heerhugowaard en Langedijk", want: []string{"Dijk en Waard"},
			notes: []string{"Heerhugowaard is sinds 2022 Dijk en Waard", "Langedijk is sinds 2022 Dijk en Waard"}},
		{cell: "Weesp", want: []string{"Amsterdam"}, notes: []string{"Weesp is sinds 2022 Amsterdam"}},
		{cell: "Beemster", want: []string{"Purmerend"}, notes: []string{"Beemster is sinds 2022 Purmerend"}},
		{cell: "Haarlemmerliede en Spaarnwoude", want: []string{"Haarlemmermeer"},
			notes: []string{"Haarlemmerliede en Spaarnwoude is sinds 2019 Haarlemmermeer"}},
		{cell: "Schermer, Graft-De Rijp", want: []string{"Alkmaar"},
			notes: []string{"Schermer is sinds 2015 Alkmaar", "Graft-De Rijp is sinds 2015 Alkmaar"}},
		{cell: "Mill en Sint Hubert", want: []string{"Land van Cuijk"}, notes: []string{"Mill en Sint Hubert is sinds 2022 Land van Cuijk"}},

		// Several in a cell.
		{cell: "Hoorn en Enkhuizen", want: []string{"Hoorn", "Enkhuizen"}},
		{cell: "Hoorn, Enkhuizen; Medemblik / Koggenland | Opmeer\nDrechterland & Stede Broec",
			want: []string{"Hoorn", "Enkhuizen", "Medemblik", "Koggenland", "Opmeer", "Drechterland", "Stede Broec"}},
		{cell: "Dijk en Waard", want: []string{"Dijk en Waard"}},
		{cell: "Dijk en Waard en Hoorn", want: []string{"Dijk en Waard", "Hoorn"}},
		{cell: "Son en Breugel, Nuenen, Gerwen en Nederwetten en Eindhoven",
			want: []string{"Son en Breugel", "Nuenen, Gerwen en Nederwetten", "Eindhoven"}},
		{cell: "Nuenen, Eindhoven", want: []string{"Nuenen, Gerwen en Nederwetten", "Eindhoven"}},
		{cell: "West Maas en Waal en Druten", want: []string{"West Maas en Waal", "Druten"}},
		{cell: "Hoorn, Hoorn", want: []string{"Hoorn"}},
		{cell: "Edam-Volendam", want: []string{"Edam-Volendam"}},
		{cell: "Edam/Volendam", unknown: []string{"Edam", "Volendam"}},
		{cell: "Hoorn, Zaandam", want: []string{"Hoorn"}, unknown: []string{"Zaandam"}},
		{cell: "Hoorn en Westfriesland", want: []string{"Hoorn"}, unknown: []string{"Westfriesland"}},
		{cell: "Regio Gooi en Vechtstreek", unknown: []string{"Regio Gooi en Vechtstreek"}},
		{cell: "Hilversum, regio Gooi en Vechtstreek", want: []string{"Hilversum"}, unknown: []string{"regio Gooi en Vechtstreek"}},
		{cell: "Hoorn, 's-Foo en Enkhuizen", want: []string{"Hoorn", "Enkhuizen"}, unknown: []string{"'s-Foo"}},
	} {
		ids, ns, unknown := m.Parse(c.cell)
		notes := msgs(ns)
		var got []string
		for _, id := range ids {
			got = append(got, names[id])
		}
		if !slices.Equal(got, c.want) || !slices.Equal(notes, c.notes) || !slices.Equal(unknown, c.unknown) {
			t.Errorf("%q:\n got %q, notes %q, unknown %q\nwant %q, notes %q, unknown %q",
				c.cell, got, notes, unknown, c.want, c.notes, c.unknown)
		}
	}
}

// TestEveryMunicipality: each of the 342 CBS names and codes, written in
// several ways, is the municipality itself; all names in one cell are all
// of them, in order, however they are separated.
func TestEveryMunicipality(t *testing.T) {
	m, _, living := referenceMunicipalities(t)
	var all []string
	var want []string
	for _, r := range living {
		name, code := r.Get("name"), r.Get("cbs_code")
		num, _ := strconv.Atoi(code[2:])
		for _, cell := range []string{name, strings.ToUpper(name), data.Fold(name), code, strings.ToLower(code), code[2:],
			strconv.Itoa(num), name + " (" + code + ")", "gemeente " + name} {
			ids, notes, unknown := m.Parse(cell)
			if len(ids) != 1 || ids[0] != r.ID || len(notes) != 0 || len(unknown) != 0 {
				t.Errorf("%q: ids %v, notes %q, unknown %q; want %s", cell, ids, notes, unknown, r.ID)
			}
		}
		if id, ok := m.Find(name); !ok || id != r.ID {
			t.Errorf("find(%q) = %q, %v", name, id, ok)
		}
		all = append(all, name)
		want = append(want, r.ID)
	}
	for _, sep := range []string{", ", "; ", " / ", " en ", "\n", ",", " | "} {
		ids, notes, unknown := m.Parse(strings.Join(all, sep))
		if !slices.Equal(ids, want) || len(notes) != 0 || len(unknown) != 0 {
			t.Errorf("all 342 joined by %q: %d ids (in order: %v), notes %q, unknown %q", sep, len(ids), slices.Equal(ids, want), notes, unknown)
		}
	}
}

// TestMunicipalityTables: the tables name municipalities that exist, a
// common or former name never hides a CBS name, and every former
// municipality is read as its successor with the year.
func TestMunicipalityTables(t *testing.T) {
	m, names, living := referenceMunicipalities(t)
	byCode := map[string]data.Record{}
	current := map[string]string{}
	for _, r := range living {
		byCode[r.Get("cbs_code")] = r
		current[municipalityKey(r.Get("name"))] = r.Get("name")
	}
	for _, a := range municipalityAliases {
		if _, ok := byCode[a.code]; !ok {
			t.Errorf("alias %s: no municipality %s", a.name, a.code)
		}
		if n, ok := current[municipalityKey(a.name)]; ok {
			t.Errorf("alias %s is the CBS name of %s", a.name, n)
		}
	}
	for _, p := range municipalityProvinces {
		if _, ok := byCode[p.code]; !ok {
			t.Errorf("province of %s: no such municipality", p.code)
		}
	}
	seen := map[string]bool{}
	for _, f := range formerMunicipalities {
		succ, ok := byCode[f.successor]
		if !ok {
			t.Errorf("%s: successor %s is not a current municipality", f.name, f.successor)
			continue
		}
		if n, ok := current[municipalityKey(f.name)]; ok {
			t.Errorf("former %s is the CBS name of %s", f.name, n)
		}
		if seen[municipalityKey(f.name)] {
			t.Errorf("former %s twice", f.name)
		}
		seen[municipalityKey(f.name)] = true
		if f.year < 2011 || f.year > 2025 {
			t.Errorf("%s: year %d", f.name, f.year)
		}
		ids, ns, unknown := m.Parse(f.name)
		notes := msgs(ns)
		want := fmt.Sprintf("%s is sinds %d %s", f.name, f.year, succ.Get("name"))
		if len(ids) != 1 || ids[0] != succ.ID || !slices.Equal(notes, []string{want}) || len(unknown) != 0 {
			t.Errorf("%q: %v %q %q; want %s with %q", f.name, ids, notes, unknown, names[succ.ID], want)
		}
	}
}

// TestNoMunicipalities: the empty Index of tests knows no municipality
// and does not panic.
func TestNoMunicipalities(t *testing.T) {
	var m *Index
	ids, notes, unknown := m.Parse("Hoorn, Dijk en Waard; GM0405")
	if ids != nil || notes != nil || !slices.Equal(unknown, []string{"Hoorn", "Dijk en Waard", "GM0405"}) {
		t.Errorf("nil: %v %q %q", ids, notes, unknown)
	}
	if _, ok := m.Find("Hoorn"); ok {
		t.Error("nil finds Hoorn")
	}
	ids, _, unknown = New(nil).Parse("Hoorn")
	if ids != nil || !slices.Equal(unknown, []string{"Hoorn"}) {
		t.Errorf("no records: %v %q", ids, unknown)
	}
}

// newStore is a new database: the reference municipalities and nothing else.
func newStore(t testing.TB) *data.Store {
	t.Helper()
	s, err := data.Open(context.Background(), filepath.Join(t.TempDir(), "t.db"), data.Options{DeviceName: "test"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func BenchmarkMunicipalityParse(b *testing.B) {
	m, _, _ := referenceMunicipalities(b)
	cells := []string{"Hoorn", "Medemblik", "Stede Broec", "Haarlem", "Alkmaar, Hoorn, Enkhuizen", "'s-Gravenhage"}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		m.Parse(cells[i%len(cells)])
	}
}

// FuzzMunicipalityParse: whatever a cell holds, parse gives current
// municipalities, each once, and unknown parts as the cell writes them.
func FuzzMunicipalityParse(f *testing.F) {
	m, _, living := referenceMunicipalities(f)
	current := map[string]bool{}
	for _, r := range living {
		current[r.ID] = true
	}
	for _, s := range []string{"Hoorn", "Bergen (NH.), Bergen", "Nuenen, Gerwen en Nederwetten en Hoorn", "Hoorn (GM0363)",
		"Capelle a/d IJssel", "Bergen (GM0373)", "1621 AB", "’s-Gravenhage; Den Bosch | 405", "Hengelo (Gld.)", "en en , ;",
		"Su\u0301dwest-Frysla\u0302n", "Langedijk (GM0416) en Weesp", "gemeente (", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, cell string) {
		ids, _, unknown := m.Parse(cell)
		seen := map[string]bool{}
		for _, id := range ids {
			if !current[id] || seen[id] {
				t.Errorf("%q: id %s not a current municipality or twice (%v)", cell, id, ids)
			}
			seen[id] = true
		}
		for _, u := range unknown {
			if strings.TrimSpace(u) == "" || !strings.Contains(cell, u) {
				t.Errorf("%q: unknown part %q is not in the cell", cell, u)
			}
		}
	})
}

// msgs are the Dutch sentences of notes, as the command line prints them.
func msgs(notes []sheet.Message) []string {
	var out []string
	for _, n := range notes {
		out = append(out, n.Msg)
	}
	return out
}
