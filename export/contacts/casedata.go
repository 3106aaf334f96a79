package contacts

import (
	"fmt"
	"strings"
	"time"

	"ketenregie/data"
)

// CaseDataWarning returns a Dutch warning when text looks like it holds
// case data (see data.CheckCaseData), or "" for text that looks like work notes.
func CaseDataWarning(text string, today time.Time) string {
	c := data.CheckCaseData(text, today)
	var found []string
	if c.BSN != "" {
		found = append(found, fmt.Sprintf("een nummer dat een BSN kan zijn (%s)", c.BSN))
	}
	if c.Birth != "" {
		found = append(found, fmt.Sprintf("een geboortedatum (%s)", c.Birth))
	}
	if len(found) == 0 {
		return ""
	}
	return "Let op: deze notities lijken gegevens over een persoon of zaak te bevatten: " + strings.Join(found, " en ") +
		". Gegevens over slachtoffers, verdachten of zaken horen niet in Ketenregie, maar in het systeem van het " +
		"Zorg- en Veiligheidshuis, het RIEC of de politie. Bewaar hier alleen werkgegevens van professionals."
}
