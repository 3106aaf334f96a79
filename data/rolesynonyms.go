package data

import "strings"

// A job title says what an employer calls the work; a role (ContactRoles)
// is the part a person plays in the approach to human trafficking. Most
// titles ("Adviseur", "Beleidsmedewerker", "Inspecteur", "Teamleider
// Veiligheid") do not say which part, and a wrong guess is worse than
// none: a coordinator looking for the aandachtsfunctionaris of a
// municipality must not find a policy adviser. So a role is guessed only
// from a title that clearly names it: the role's label or code, or one of
// these phrases, found as whole words in the title ("Wijkagent Hoorn-Noord"
// names politie). A title that names two roles guesses none.
var roleSynonyms = map[string][]string{
	// Not "aandachtsfunctionaris" alone: municipalities also have one for
	// huiselijk geweld and kindermishandeling (the meldcode).
	"aandachtsfunctionaris": {"af mensenhandel", "contactpersoon mensenhandel", "aandachtfunctionaris mensenhandel"},
	"beleidsadviseur-oov": {"beleidsadviseur oov", "beleidsmedewerker oov", "adviseur oov",
		"beleidsadviseur openbare orde en veiligheid", "beleidsmedewerker openbare orde en veiligheid",
		"adviseur openbare orde en veiligheid"},
	"ketenregisseur":        {"ketenregisseur", "regisseur mensenhandel", "ketenregisseur mensenhandel"},
	"portefeuillehouder":    {"portefeuillehouder"},
	"burgemeester":          {"burgemeester", "loco burgemeester", "locoburgemeester"},
	"zorgcoordinator":       {"zorgcoordinator", "zorgcoordinator mensenhandel", "coordinator zorg mensenhandel"},
	"riec-adviseur":         {"riec adviseur", "adviseur riec", "riecadviseur"},
	"politie":               {"wijkagent", "politieagent", "hoofdagent", "rechercheur", "avim", "brigadier", "politie"},
	"officier-van-justitie": {"officier van justitie", "ovj", "mensenhandelofficier"},
	"arbeidsinspecteur":     {"arbeidsinspecteur", "inspecteur arbeidsinspectie", "inspecteur nla", "inspecteur nederlandse arbeidsinspectie"},
	"veilig-thuis":          {"veilig thuis"},
	"procesregisseur-zvh":   {"procesregisseur", "procesregisseur zvh", "procesregisseur zorg en veiligheidshuis"},
	"bibob-coordinator":     {"bibob coordinator", "coordinator bibob", "bibobcoordinator", "bibob adviseur", "adviseur bibob"},
	"toezicht-handhaving":   {"toezichthouder", "handhaver", "boa", "medewerker toezicht en handhaving", "toezicht en handhaving"},
}

// roleWords are the phrases of every role (its label and its synonyms) as folded words, each with the role it names.
var roleWords = func() []struct{ words, role string } {
	var out []struct{ words, role string }
	add := func(phrase, role string) {
		if w := titleWords(phrase); w != " " {
			out = append(out, struct{ words, role string }{w, role})
		}
	}
	for _, c := range ContactRoles {
		if c.Code == "overig" {
			continue // "overig" in a title says nothing
		}
		add(c.Label, c.Code)
		for _, s := range roleSynonyms[c.Code] {
			add(s, c.Code)
		}
	}
	return out
}()

// titleWords folds a title to its words, lower case without accents,
// hyphens and punctuation, with a space before and after each: " af
// mensenhandel ". Searching " wijkagent " in it finds whole words only.
func titleWords(s string) string {
	var b strings.Builder
	b.WriteByte(' ')
	space := true
	for _, r := range Fold(s) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
			space = false
		} else if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	if !space {
		b.WriteByte(' ')
	}
	return b.String()
}

// RoleFromFunction is the role a job title clearly names ("AF
// mensenhandel", "Zorgcoördinator mensenhandel", "Wijkagent"), or "" when
// it names none or more than one.
func RoleFromFunction(function string) string {
	t := titleWords(function)
	for _, c := range ContactRoles { // a code names its role only as the whole title
		if t == titleWords(c.Code) && c.Code != "overig" {
			return c.Code
		}
	}
	found := ""
	for _, rw := range roleWords {
		if strings.Contains(t, rw.words) {
			if found != "" && found != rw.role {
				return ""
			}
			found = rw.role
		}
	}
	return found
}
