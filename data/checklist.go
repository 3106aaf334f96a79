package data

// ChecklistItem is one line of the self-assessment: an element of the
// Basisniveau bestuurlijke aanpak mensenhandel (2015), or one of the five
// themes of the VNG Kader Aanpak Mensenhandel (2021) at basis or verdieping level.
type ChecklistItem struct {
	Code  string
	Group string // "basisniveau" or a Themes code
	Label string // Dutch
}

// Checklist is the self-assessment checklist in the order it is shown.
var Checklist = []ChecklistItem{
	{"basis-signalering", "basisniveau", "Basisniveau: actieve signalering"},
	{"basis-aanspreekpunt", "basisniveau", "Basisniveau: aandachtsfunctionaris als aanspreekpunt"},
	{"basis-beleid", "basisniveau", "Basisniveau: beleid en regelgeving (APV, vergunningen, Bibob)"},
	{"basis-zorgcoordinatie", "basisniveau", "Basisniveau: zorgcoördinatie"},
	{"beleid-basis", "beleid", "Beleidsmatige basis (basis)"},
	{"beleid-verdieping", "beleid", "Beleidsmatige basis (verdieping)"},
	{"signalering-basis", "signalering", "Signalerend vermogen (basis)"},
	{"signalering-verdieping", "signalering", "Signalerend vermogen (verdieping)"},
	{"bewustwording-basis", "bewustwording", "Bewustwording (basis)"},
	{"bewustwording-verdieping", "bewustwording", "Bewustwording (verdieping)"},
	{"samenwerking-basis", "samenwerking", "Samenwerking in keten en regio (basis)"},
	{"samenwerking-verdieping", "samenwerking", "Samenwerking in keten en regio (verdieping)"},
	{"opvang-basis", "opvang", "Opvang en hulpverlening (basis)"},
	{"opvang-verdieping", "opvang", "Opvang en hulpverlening (verdieping)"},
}

// ChecklistChoices gives the checklist as choices for the assessment item field.
func ChecklistChoices() []Choice {
	c := make([]Choice, len(Checklist))
	for i, item := range Checklist {
		c[i] = Choice{item.Code, item.Label}
	}
	return c
}
