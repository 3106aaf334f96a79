package contacts

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"ketenregie/data"
	"ketenregie/export/sheet"
)

// roundTripStore is a database with the contacts of
// TestMunicipalitiesRoundTrip: their municipalities by contact name, and
// the municipality ids by name.
func roundTripStore(t *testing.T) (src *data.Store, want map[string][]string, byName map[string]string) {
	t.Helper()
	ctx := context.Background()
	src = newStore(t, false)
	munis, err := src.List(ctx, "municipality")
	if err != nil {
		t.Fatal(err)
	}
	byName = map[string]string{}
	var every []string
	for _, r := range munis {
		byName[r.Get("name")] = r.ID
		if r.Get("retired") != "true" {
			every = append(every, r.ID)
		}
	}
	want = map[string][]string{} // contact name -> municipality ids
	for _, r := range munis {
		if r.Get("retired") != "true" {
			want["Contact "+r.Get("cbs_code")] = []string{r.ID}
		}
	}
	several := map[string][]string{
		"Beide Bergens":      {"Bergen (NH.)", "Bergen (L.)", "Bergen op Zoom"},
		"Met komma en en":    {"Nuenen, Gerwen en Nederwetten", "Son en Breugel", "Dijk en Waard", "West Maas en Waal", "Eindhoven"},
		"Apostrof en streep": {"'s-Gravenhage", "'s-Hertogenbosch", "Súdwest-Fryslân", "Noardeast-Fryslân", "Gemert-Bakel"},
		"West-Friesland":     {"Hoorn", "Enkhuizen", "Medemblik", "Koggenland", "Opmeer", "Drechterland", "Stede Broec"},
	}
	for name, ms := range several {
		for _, n := range ms {
			id, ok := byName[n]
			if !ok {
				t.Fatalf("no municipality %q", n)
			}
			want[name] = append(want[name], id)
		}
	}
	// Every municipality also in a cell with others. A contact holds at
	// most 13 (a RefList is at most 500 characters; see data/validate.go).
	for i := 0; i < len(every); i += 13 {
		want[fmt.Sprintf("Groep %02d", i/13)] = every[i:min(i+13, len(every))]
	}
	err = src.Write(ctx, func(tx *data.Tx) error {
		for name, ids := range want {
			if _, err := tx.Create("contact", map[string]string{"name": name, "municipality_ids": data.JoinIDs(ids)}); err != nil {
				return err
			}
		}
		_, err := tx.Create("contact", map[string]string{"name": "Oud Langedijk", "municipality_ids": byName["Langedijk"]})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return src, want, byName
}

// TestMunicipalitiesRoundTrip: a contact for every current municipality,
// every municipality again in groups of 13, and some with several (Bergen
// twice, names with a comma and "en"), written as CSV, vCard 4.0 and
// vCard 3.0 by the export, import into a new database with the same
// municipalities and no warning, and into their own database as unchanged.
// A contact of a retired municipality comes back with its successor and
// the note why.
func TestMunicipalitiesRoundTrip(t *testing.T) {
	ctx := context.Background()
	for _, format := range []string{"csv", "vcard", "vcard3"} {
		t.Run(format, func(t *testing.T) {
			// A database of its own: the import into it changes it.
			src, want, byName := roundTripStore(t)
			var buf bytes.Buffer
			var err error
			switch format {
			case "csv":
				err = WriteCSV(ctx, src, nil, &buf)
			case "vcard":
				err = WriteVCard(ctx, src, nil, &buf)
			case "vcard3":
				err = WriteVCard3(ctx, src, nil, &buf)
			}
			if err != nil {
				t.Fatal(err)
			}
			f, err := Read(buf.Bytes())
			if err != nil {
				t.Fatal(err)
			}
			dst := newStore(t, false)
			p, err := Apply(ctx, dst, f, GuessMapping(f))
			if err != nil {
				t.Fatal(err)
			}
			if p.Creates != len(want)+1 {
				t.Errorf("%d contacts created, want %d", p.Creates, len(want)+1)
			}
			for _, r := range p.Rows {
				if r.Values["name"] == "Oud Langedijk" {
					if !slices.ContainsFunc(r.Warnings, func(w sheet.Message) bool { return strings.Contains(w.Msg, "Langedijk is sinds 2022 Dijk en Waard") }) {
						t.Errorf("Oud Langedijk: warnings %q, want the note on Langedijk", r.Warnings)
					}
				} else if len(r.Warnings) > 0 {
					t.Errorf("line %d (%s): %q", r.Line, r.Values["name"], r.Warnings)
				}
			}
			got := map[string][]string{}
			contacts, err := dst.List(ctx, "contact")
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range contacts {
				got[c.Get("name")] = c.List("municipality_ids")
			}
			for name, ids := range want {
				if !sameMunicipalities(got[name], ids) {
					t.Errorf("%s: %d municipalities %v, want %d %v", name, len(got[name]), got[name], len(ids), ids)
				}
			}
			if g := got["Oud Langedijk"]; !slices.Equal(g, []string{byName["Dijk en Waard"]}) {
				t.Errorf("Oud Langedijk: %v, want Dijk en Waard", g)
			}

			again, err := Apply(ctx, src, f, GuessMapping(f))
			if err != nil {
				t.Fatal(err)
			}
			// The retired municipality is the one change: to its successor.
			if again.Unchanged != len(want) || again.Updates != 1 || again.Creates != 0 {
				t.Errorf("into its own database: %d unchanged, %d updated, %d new; want %d, 1, 0",
					again.Unchanged, again.Updates, again.Creates, len(want))
			}
		})
	}
}

func sameMunicipalities(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}
