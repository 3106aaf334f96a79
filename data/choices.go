package data

import "strings"

// Choice is one allowed value of an Enum field: a stable code that travels
// in the change log, and the Dutch label a coordinator reads.
type Choice struct {
	Code  string
	Label string
}

// ChoiceLabel returns the Dutch label of code, or code itself when unknown.
func ChoiceLabel(choices []Choice, code string) string {
	for _, c := range choices {
		if c.Code == code {
			return c.Label
		}
	}
	return code
}

// MatchChoice finds the code for what a user typed: the code itself or the
// label, ignoring case, diacritics, spaces, hyphens and dots.
func MatchChoice(choices []Choice, typed string) (string, bool) {
	for _, c := range choices {
		if c.Code == typed { // what every screen and exchange file holds
			return c.Code, true
		}
	}
	key := ChoiceKey(typed)
	for _, c := range choices {
		if ChoiceKey(c.Code) == key || ChoiceKey(c.Label) == key {
			return c.Code, true
		}
	}
	return "", false
}

var choiceKeyStrip = strings.NewReplacer(" ", "", "-", "", "_", "", ".", "")

// ChoiceKey is what MatchChoice compares: "Zorg- en Veiligheidshuis" and
// "zorg en veiligheidshuis" have the same key.
func ChoiceKey(s string) string { return choiceKeyStrip.Replace(Fold(strings.TrimSpace(s))) }

// OrganisationTypes are the kinds of partner a coordinator works with (DOMAIN.md).
var OrganisationTypes = []Choice{
	{"gemeente", "Gemeente"},
	{"politie", "Politie"},
	{"om", "Openbaar Ministerie"},
	{"riec", "RIEC"},
	{"zvh", "Zorg- en Veiligheidshuis"},
	{"arbeidsinspectie", "Nederlandse Arbeidsinspectie"},
	{"kmar", "Koninklijke Marechaussee"},
	{"belastingdienst", "Belastingdienst"},
	{"ggd", "GGD"},
	{"veilig-thuis", "Veilig Thuis"},
	{"zorgcoordinatie", "Zorgcoördinatie"},
	{"opvang", "Opvang en hulpverlening"},
	{"comensha", "CoMensha"},
	{"fairwork", "FairWork"},
	{"ccv", "CCV"},
	{"reclassering", "Reclassering"},
	{"wijkteam", "Wijkteam / sociaal team"},
	{"onderwijs", "Onderwijs"},
	{"medisch", "Medische sector"},
	{"samenwerkingsverband", "Regionaal samenwerkingsverband"},
	{"overig", "Overig"},
}

// ContactRoles are the roles DOMAIN.md lists for contacts.
var ContactRoles = []Choice{
	{"aandachtsfunctionaris", "Aandachtsfunctionaris mensenhandel"},
	{"beleidsadviseur-oov", "Beleidsadviseur OOV"},
	{"ketenregisseur", "Ketenregisseur"},
	{"portefeuillehouder", "Portefeuillehouder"},
	{"burgemeester", "Burgemeester"},
	{"zorgcoordinator", "Zorgcoördinator"},
	{"riec-adviseur", "RIEC-adviseur"},
	{"politie", "Politie"},
	{"officier-van-justitie", "Officier van justitie"},
	{"arbeidsinspecteur", "Arbeidsinspecteur"},
	{"veilig-thuis", "Veilig Thuis"},
	{"procesregisseur-zvh", "Procesregisseur ZVH"},
	{"bibob-coordinator", "Bibob-coördinator"},
	{"toezicht-handhaving", "Toezicht en handhaving"},
	{"overig", "Overig"},
}

// AgreementTypes are the usual kinds of ketenafspraak.
var AgreementTypes = []Choice{
	{"riec-convenant", "RIEC-convenant"},
	{"zvh-convenant", "Convenant Zorg- en Veiligheidshuis"},
	{"modelconvenant", "Modelconvenant ketensamenwerking mensenhandel"},
	{"zorgcoordinatie", "Opdracht zorgcoördinatie"},
	{"opvang", "Opvangafspraak"},
	{"veilig-thuis", "Aansluitafspraken Veilig Thuis"},
	{"meldroute", "Interne meldroute"},
	{"samenwerking", "Regionale samenwerkingsafspraak"},
	{"overig", "Overig"},
}

// AgreementLevels is the scope at which an agreement applies.
var AgreementLevels = []Choice{
	{"lokaal", "Lokaal"},
	{"cluster", "Cluster"},
	{"regionaal", "Regionaal"},
	{"landelijk", "Landelijk"},
}

// AgreementStatuses is the life cycle of a ketenafspraak.
var AgreementStatuses = []Choice{
	{"concept", "Concept"},
	{"in-afstemming", "In afstemming"},
	{"ter-ondertekening", "Ter ondertekening"},
	{"actief", "Actief"},
	{"in-evaluatie", "In evaluatie"},
	{"verlopen", "Verlopen"},
	{"opgezegd", "Opgezegd"},
	{"vervangen", "Vervangen"},
}

// PlanStatuses is the route of a beleidsplan to adoption by the college.
var PlanStatuses = []Choice{
	{"concept", "Concept"},
	{"ter-bespreking", "Ter bespreking"},
	{"ter-besluitvorming", "Ter besluitvorming"},
	{"vastgesteld", "Vastgesteld"},
}

// BlockStyles are the kinds of text block in a plan chapter.
var BlockStyles = []Choice{
	{"paragraph", "Alinea"},
	{"bullets", "Opsomming"},
	{"heading", "Tussenkop"},
}

// Themes are the five themes of the VNG Kader Aanpak Mensenhandel (2021).
var Themes = []Choice{
	{"beleid", "Beleidsmatige basis"},
	{"signalering", "Signalerend vermogen"},
	{"bewustwording", "Bewustwording"},
	{"samenwerking", "Samenwerking in keten en regio"},
	{"opvang", "Opvang van en hulpverlening aan slachtoffers"},
}

// ActionStatuses is the progress of an action in the uitvoeringsagenda.
var ActionStatuses = []Choice{
	{"gepland", "Gepland"},
	{"loopt", "Loopt"},
	{"gereed", "Gereed"},
	{"vertraagd", "Vertraagd"},
	{"vervallen", "Vervallen"},
}

// AssessmentLevels is how far a municipality meets a checklist item.
var AssessmentLevels = []Choice{
	{"niet", "Niet"},
	{"deels", "Deels"},
	{"volledig", "Volledig"},
	{"nvt", "N.v.t."},
}

// ActivityTypes are the kinds of activity through which the approach is
// carried out.
var ActivityTypes = []Choice{
	{"training", "Training"},
	{"bewustwording", "Bewustwording"},
	{"netwerkbijeenkomst", "Netwerkbijeenkomst"},
	{"regionaal-overleg", "Regionaal overleg"},
	{"informatieplein", "Informatieplein"},
	{"overig", "Overig"},
}

// TargetGroups are whom an activity is for.
var TargetGroups = []Choice{
	{"baliemedewerkers", "Baliemedewerkers"},
	{"toezicht-handhaving", "Toezichthouders en handhaving"},
	{"inspectie", "Inspectiemedewerkers"},
	{"wijkteams", "Wijkteams en sociaal domein"},
	{"medisch", "Medische sector"},
	{"onderwijs", "Onderwijs"},
	{"politie", "Politie"},
	{"ketenpartners", "Ketenpartners"},
	{"overig", "Overig"},
}

// ActivityStatuses are where an activity stands.
var ActivityStatuses = []Choice{
	{"gepland", "Gepland"},
	{"uitgevoerd", "Uitgevoerd"},
	{"geannuleerd", "Geannuleerd"},
}

// Measures are the standard counts a region keeps (the national monitor
// asks for them); a region adds its own as records of kind measure.
var Measures = []Choice{
	{"signalen-meldroute", "Signalen via de interne meldroute"},
	{"meldingen-zorgcoordinatie", "Meldingen zorgcoördinatie"},
	{"casussen-overleg", "Casussen besproken in het ZVH/RIEC-overleg"},
	{"af-getraind", "Aandachtsfunctionarissen getraind"},
	{"medewerkers-getraind", "Medewerkers getraind"},
}
