package say

import (
	"fyne.io/fyne/v2/lang"

	"ketenregie/data"
)

// The self-assessment's words: levels, checklist items and their groups.

// Level is how a level is written on screen.
func Level(code string) string {
	switch code {
	case data.LevelNiet:
		return lang.X("assessment.level.niet", "Niet")
	case data.LevelDeels:
		return lang.X("assessment.level.deels", "Deels")
	case data.LevelVolledig:
		return lang.X("assessment.level.volledig", "Volledig")
	case data.LevelNvt:
		return lang.X("assessment.level.nvt", "N.v.t.")
	}
	return code
}

// Item is the full name of a checklist item.
func Item(code string) string {
	switch code {
	case "basis-signalering":
		return lang.X("assessment.item.basis-signalering", "Basisniveau: actieve signalering")
	case "basis-aanspreekpunt":
		return lang.X("assessment.item.basis-aanspreekpunt", "Basisniveau: aandachtsfunctionaris als aanspreekpunt")
	case "basis-beleid":
		return lang.X("assessment.item.basis-beleid", "Basisniveau: beleid en regelgeving (APV, vergunningen, Bibob)")
	case "basis-zorgcoordinatie":
		return lang.X("assessment.item.basis-zorgcoordinatie", "Basisniveau: zorgcoördinatie")
	case "beleid-basis":
		return lang.X("assessment.item.beleid-basis", "Beleidsmatige basis (basis)")
	case "beleid-verdieping":
		return lang.X("assessment.item.beleid-verdieping", "Beleidsmatige basis (verdieping)")
	case "signalering-basis":
		return lang.X("assessment.item.signalering-basis", "Signalerend vermogen (basis)")
	case "signalering-verdieping":
		return lang.X("assessment.item.signalering-verdieping", "Signalerend vermogen (verdieping)")
	case "bewustwording-basis":
		return lang.X("assessment.item.bewustwording-basis", "Bewustwording (basis)")
	case "bewustwording-verdieping":
		return lang.X("assessment.item.bewustwording-verdieping", "Bewustwording (verdieping)")
	case "samenwerking-basis":
		return lang.X("assessment.item.samenwerking-basis", "Samenwerking in keten en regio (basis)")
	case "samenwerking-verdieping":
		return lang.X("assessment.item.samenwerking-verdieping", "Samenwerking in keten en regio (verdieping)")
	case "opvang-basis":
		return lang.X("assessment.item.opvang-basis", "Opvang en hulpverlening (basis)")
	case "opvang-verdieping":
		return lang.X("assessment.item.opvang-verdieping", "Opvang en hulpverlening (verdieping)")
	}
	return data.ChoiceLabel(data.ChecklistChoices(), code)
}

// ItemShort is an item's column header under its group header: the
// element of the Basisniveau, or the level of a Kader theme.
func ItemShort(code string) string {
	switch code {
	case "basis-signalering":
		return lang.X("assessment.short.basis-signalering", "Signalering")
	case "basis-aanspreekpunt":
		return lang.X("assessment.short.basis-aanspreekpunt", "Functionaris")
	case "basis-beleid":
		return lang.X("assessment.short.basis-beleid", "APV/Bibob")
	case "basis-zorgcoordinatie":
		return lang.X("assessment.short.basis-zorgcoordinatie", "Zorgcoörd.")
	}
	if len(code) > 10 && code[len(code)-10:] == "verdieping" {
		return lang.X("assessment.short.verdieping", "verdieping")
	}
	return lang.X("assessment.short.basis", "basis")
}

// Group is the header over a group of checklist columns.
func Group(group string) string {
	switch group {
	case "basisniveau":
		return lang.X("assessment.group.basisniveau", "Basisniveau")
	case "beleid":
		return lang.X("assessment.group.beleid", "1 Beleid")
	case "signalering":
		return lang.X("assessment.group.signalering", "2 Signalering")
	case "bewustwording":
		return lang.X("assessment.group.bewustwording", "3 Bewustwording")
	case "samenwerking":
		return lang.X("assessment.group.samenwerking", "4 Samenwerking")
	case "opvang":
		return lang.X("assessment.group.opvang", "5 Opvang")
	}
	return group
}
