package data

import (
	"context"
	"testing"
)

func TestAgreementFilter(t *testing.T) {
	ctx := context.Background()
	s := newTestStore(t) // today is 2026-03-02
	hoorn := MunicipalityID("GM0405")
	mk := func(values map[string]string) string { return mustCreate(t, s, "agreement", values) }
	due := mk(map[string]string{"title": "Convenant zorg", "type": "riec-convenant", "status": "actief",
		"evaluation_date": "2026-04-01", "municipality_ids": hoorn, "reference": "Z-2024-17"})
	late := mk(map[string]string{"title": "Werkafspraak meldroute", "type": "meldroute", "status": "actief", "end_date": "2026-01-01"})
	ended := mk(map[string]string{"title": "Oud convenant", "type": "riec-convenant", "status": "verlopen", "evaluation_date": "2026-03-10"})
	later := mk(map[string]string{"title": "Bibob-afspraak", "type": "riec-convenant", "status": "concept", "evaluation_date": "2027-01-01"})

	for _, tc := range []struct {
		name string
		f    AgreementFilter
		want []string
	}{
		{"no filter", AgreementFilter{}, []string{later, due, ended, late}},
		{"status", AgreementFilter{Status: "actief"}, []string{due, late}},
		{"type", AgreementFilter{Type: "riec-convenant"}, []string{later, due, ended}},
		{"municipality", AgreementFilter{MunicipalityID: hoorn}, []string{due}},
		{"due within 60 days, ended ones excepted", AgreementFilter{DueWithinDays: 60}, []string{due, late}},
		{"words in kenmerk, folded", AgreementFilter{Query: "z-2024"}, []string{due}},
		{"words in title", AgreementFilter{Query: "MELDROUTE werk"}, []string{late}},
	} {
		got, err := s.Agreements(ctx, tc.f)
		if err != nil {
			t.Fatal(err)
		}
		ids := make([]string, len(got))
		for i, r := range got {
			ids[i] = r.ID
		}
		if len(ids) != len(tc.want) {
			t.Errorf("%s: %d agreements, want %d", tc.name, len(ids), len(tc.want))
			continue
		}
		for i := range ids {
			if ids[i] != tc.want[i] {
				t.Errorf("%s: got %v, want %v", tc.name, ids, tc.want)
				break
			}
		}
	}
}
