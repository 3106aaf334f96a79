package export

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// term is an abbreviation of the field with its meaning.
type term struct{ abbr, meaning string }

// glossary holds the abbreviations of the field (DOMAIN.md, Words). A plan
// prints, as its Begrippenlijst, those that occur in its text. Matching is
// case-sensitive and on whole words, so "OM" is found but "om" is not.
var glossary = []term{
	{"AMV", "alleenstaande minderjarige vreemdeling"},
	{"APV", "Algemene Plaatselijke Verordening"},
	{"AVG", "Algemene verordening gegevensbescherming"},
	{"AVIM", "Afdeling Vreemdelingenpolitie, Identificatie en Mensenhandel (politie)"},
	{"B&W", "burgemeester en wethouders"},
	{"B9", "verblijfsregeling mensenhandel (voorheen B9-regeling)"},
	{"Bibob", "Wet bevordering integriteitsbeoordelingen door het openbaar bestuur"},
	{"BIO", "Baseline Informatiebeveiliging Overheid"},
	{"BRP", "Basisregistratie Personen"},
	{"BSN", "burgerservicenummer"},
	{"CCV", "Centrum voor Criminaliteitspreventie en Veiligheid"},
	{"COA", "Centraal Orgaan opvang asielzoekers"},
	{"CoMensha", "Coördinatiecentrum tegen Mensenhandel"},
	{"EMM", "Expertisecentrum Mensenhandel en Mensensmokkel"},
	{"FIOD", "Fiscale Inlichtingen- en Opsporingsdienst"},
	{"fte", "fulltime-equivalent"},
	{"GGD", "Gemeentelijke Gezondheidsdienst"},
	{"IBP", "Interbestuurlijk Programma"},
	{"IND", "Immigratie- en Naturalisatiedienst"},
	{"JenV", "ministerie van Justitie en Veiligheid"},
	{"KMar", "Koninklijke Marechaussee"},
	{"LIEC", "Landelijk Informatie- en Expertisecentrum"},
	{"mbo", "middelbaar beroepsonderwijs"},
	{"MDA++", "multidisciplinaire aanpak van complexe casuïstiek huiselijk geweld en kindermishandeling"},
	{"NLA", "Nederlandse Arbeidsinspectie"},
	{"NRM", "Nationaal Rapporteur Mensenhandel en Seksueel Geweld tegen Kinderen"},
	{"OM", "Openbaar Ministerie"},
	{"OOV", "openbare orde en veiligheid"},
	{"RIEC", "Regionaal Informatie- en Expertisecentrum"},
	{"SED", "samenwerkingsverband van de gemeenten Stede Broec, Enkhuizen en Drechterland"},
	{"Sr", "Wetboek van Strafrecht"},
	{"SZW", "(ministerie van) Sociale Zaken en Werkgelegenheid; de Inspectie SZW heet nu Nederlandse Arbeidsinspectie"},
	{"UWV", "Uitvoeringsinstituut Werknemersverzekeringen"},
	{"VenJ", "ministerie van Veiligheid en Justitie (nu Justitie en Veiligheid)"},
	{"VNG", "Vereniging van Nederlandse Gemeenten"},
	{"WGS", "Wet gegevensverwerking door samenwerkingsverbanden"},
	{"Wmo", "Wet maatschappelijke ondersteuning"},
	{"Wpg", "Wet politiegegevens"},
	{"ZVH", "Zorg- en Veiligheidshuis"},
}

// termsIn returns the glossary's abbreviations that occur in text, in
// the glossary's (alphabetical) order.
func termsIn(text string) []term {
	var out []term
	for _, t := range glossary {
		if containsWord(text, t.abbr) {
			out = append(out, t)
		}
	}
	return out
}

// containsWord reports whether w occurs in text with no letter or digit
// right before or after it.
func containsWord(text, w string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], w)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(w)
		before, _ := utf8.DecodeLastRuneInString(text[:start])
		after, _ := utf8.DecodeRuneInString(text[end:])
		if !wordRune(before) && !wordRune(after) {
			return true
		}
		i = start + 1
	}
}

func wordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r))
}
