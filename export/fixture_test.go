package export

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"ketenregie/data"
)

// smallPlan writes a small plan for Hoorn with everything a plan prints: front
// matter, nested chapters, every block style, emphasis, a plan annex,
// versions, actions, contacts and an agreement. It returns the plan's id.
func smallPlan(t testing.TB, s *data.Store) string {
	t.Helper()
	var planID string
	err := s.Write(context.Background(), func(tx *data.Tx) error {
		var err error
		create := func(kind string, v map[string]string) string {
			if err != nil {
				return ""
			}
			var id string
			id, err = tx.Create(kind, v)
			if err != nil {
				err = fmt.Errorf("%s %v: %w", kind, v, err)
			}
			return id
		}
		gemeente := create("organisation", map[string]string{"name": "Gemeente Hoorn", "type": "gemeente", "municipality_id": "GM0405"})
		politie := create("organisation", map[string]string{"name": "Politie eenheid Noord-Holland", "type": "politie"})
		haarlem := create("organisation", map[string]string{"name": "Gemeente Haarlem", "type": "gemeente", "municipality_id": "GM0392"})
		create("contact", map[string]string{"name": "Noëlle de Vries", "organisation_id": gemeente, "role": "aandachtsfunctionaris",
			"email": "n.devries@example.org", "phone": "0229 123456"})
		create("contact", map[string]string{"name": "Joost Öztürk", "organisation_id": politie, "role": "politie",
			"email": "j.ozturk@example.org", "municipality_ids": "GM0405,GM0388"})
		create("contact", map[string]string{"name": "Sanne Elders", "organisation_id": haarlem, "role": "aandachtsfunctionaris",
			"email": "s.elders@example.org", "municipality_ids": "GM0392"})
		agreement := create("agreement", map[string]string{"title": "Convenant ketensamenwerking mensenhandel Hoorn",
			"type": "modelconvenant", "status": "actief", "municipality_ids": "GM0405", "owner_id": gemeente,
			"start_date": "2025-02-01", "evaluation_date": "2026-11-15", "reference": "HRN-2025/17"})
		create("party", map[string]string{"agreement_id": agreement, "organisation_id": gemeente, "signatory": "burgemeester"})
		create("party", map[string]string{"agreement_id": agreement, "organisation_id": politie, "signatory": "districtschef"})
		create("agreement", map[string]string{"title": "Oud convenant", "type": "overig", "status": "verlopen", "municipality_ids": "GM0405"})

		planID = create("plan", map[string]string{"title": "Beleidsplan mensenhandel Hoorn 2025–2028", "municipality_id": "GM0405",
			"period_start": "2025", "period_end": "2028", "status": "concept", "version": "0.3", "author": "Noëlle de Vries",
			"goals":   "Hoorn heeft een vastgesteld beleid.\nMedewerkers herkennen signalen.",
			"results": "In 2026 is 90% van de baliemedewerkers getraind.\nElk signaal wordt binnen vijf werkdagen gewogen."})
		for _, v := range [][4]string{
			{"0.1", "2025-03-01", "Noëlle de Vries", "Opzet"},
			{"0.2", "2025-05-12", "Joost Öztürk", "Hoofdstuk 2 uitgewerkt"},
			{"0.3", "2025-06-30", "Noëlle de Vries", "Reacties van ketenpartners verwerkt"},
		} {
			create("planversion", map[string]string{"plan_id": planID, "version": v[0], "date": v[1], "author": v[2], "change": v[3]})
		}
		section := func(parent, title string, blocks ...[2]string) string {
			id := create("section", map[string]string{"plan_id": planID, "parent_id": parent, "title": title})
			for _, b := range blocks {
				create("block", map[string]string{"section_id": id, "style": b[0], "text": b[1]})
			}
			return id
		}
		section("", "Voorwoord", [2]string{"paragraph", "Mensenhandel gebeurt ook in Hoorn. *Het college van B&W*"})
		intro := section("", "Inleiding",
			[2]string{"paragraph", "Dit plan beschrijft de **aanpak van mensenhandel** in Hoorn. Het kost € 0,40 per inwoner per jaar; " +
				"dat is „weinig” voor wat het oplevert, zegt de coördinator. " + strings.Repeat("Signalen worden gewogen en gedeeld met het RIEC. ", 8)},
		)
		section(intro, "Aanleiding", [2]string{"paragraph", "In 2018 spraken Rijk en gemeenten af dat iedere gemeente een aanpak heeft (IBP)."})
		section(intro, "Leeswijzer", [2]string{"heading", "Opbouw"}, [2]string{"paragraph", "Hoofdstuk 2 beschrijft de aanpak."})
		section("", "Aanpak",
			[2]string{"paragraph", "De gemeente werkt samen met:"},
			[2]string{"bullets", "de politie (AVIM)\nhet OM\nhet Zorg- en Veiligheidshuis (ZVH)"},
			[2]string{"paragraph", "Informatie delen gebeurt volgens de AVG."})
		section("", "Bijlage: Meldroute", [2]string{"bullets", "Stap 1 – Signaal opvangen\nStap 2 – Melden bij de aandachtsfunctionaris"})
		for i, a := range [][3]string{
			{"Vaststelling beleidsplan door het college", "beleid", "vertraagd"},
			{"Signaleringstraining voor baliemedewerkers", "signalering", "loopt"},
			{"Werkafspraken met de zorgcoördinatie", "opvang", "gereed"},
		} {
			create("action", map[string]string{"plan_id": planID, "title": a[0], "theme": a[1], "status": a[2],
				"owner": "Gemeente Hoorn", "partners": "Politie, ZVH", "planning": fmt.Sprintf("Q%d 2026", i+1), "indicator": "Gereed in 2026"})
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return planID
}
