package data

import "testing"

func TestRoleFromFunction(t *testing.T) {
	for title, want := range map[string]string{
		// titles that clearly name a role
		"AF mensenhandel":                               "aandachtsfunctionaris",
		"Aandachtsfunctionaris Mensenhandel":            "aandachtsfunctionaris",
		"zorgcoördinator mensenhandel":                  "zorgcoordinator",
		"Zorgcoordinator":                               "zorgcoordinator",
		"Wijkagent":                                     "politie",
		"Wijkagent Hoorn-Noord":                         "politie",
		"Rechercheur AVIM":                              "politie",
		"RIEC-adviseur":                                 "riec-adviseur",
		"Adviseur RIEC Noord-Holland":                   "riec-adviseur",
		"Officier van Justitie":                         "officier-van-justitie",
		"Beleidsadviseur OOV":                           "beleidsadviseur-oov",
		"Beleidsmedewerker openbare orde en veiligheid": "beleidsadviseur-oov",
		"Burgemeester":                                  "burgemeester",
		"Toezichthouder":                                "toezicht-handhaving",
		"Bibob-coördinator":                             "bibob-coordinator",
		"Procesregisseur ZVH":                           "procesregisseur-zvh",
		"Arbeidsinspecteur":                             "arbeidsinspecteur",
		// titles that do not say which part a person plays
		"Adviseur":                               "",
		"Beleidsmedewerker":                      "",
		"Teamleider Veiligheid":                  "",
		"Inspecteur":                             "",
		"Jeugdarts":                              "",
		"Aandachtsfunctionaris huiselijk geweld": "",
		"Overig":                                 "",
		"":                                       "",
		"agentschap":                             "", // whole words only
		// a title naming two roles guesses neither
		"Wijkagent en toezichthouder": "",
	} {
		if got := RoleFromFunction(title); got != want {
			t.Errorf("RoleFromFunction(%q) = %q, want %q", title, got, want)
		}
	}
}
