package data

import "strings"

// FormatPhone writes a valid Dutch phone number the way it is said and
// printed in the Netherlands: the area code, a space, the subscriber
// number ("0229 252200", "020 1234567", "06 12345678", "0800 1234"), and
// an international one as "+31 6 12345678" or "+31 229 252200". A number
// written this way reads the same everywhere, and a spreadsheet does not
// take it for a number (which would drop the leading zero). Anything else
// (a foreign number, "0229 252200 toestel 12", text) is returned as it is,
// without surrounding spaces, so nothing a person wrote is lost.
func FormatPhone(s string) string {
	s = strings.TrimSpace(s)
	if !ValidPhone(s) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' || r == '+' {
			b.WriteRune(r)
		}
	}
	d := b.String()
	international := false
	switch {
	case strings.HasPrefix(d, "+31"):
		d, international = "0"+strings.TrimPrefix(d[3:], "0"), true
	case strings.HasPrefix(d, "0031"):
		d, international = "0"+strings.TrimPrefix(d[4:], "0"), true
	case strings.HasPrefix(d, "+"):
		return s // another country's grouping is not ours to guess
	}
	n := areaCodeLength(d)
	if n == 0 {
		return s
	}
	if international {
		return "+31 " + d[1:n] + " " + d[n:]
	}
	return d[:n] + " " + d[n:]
}

// areaCodeLength is the number of digits, trunk zero included, before
// the space in a national number of digits alone: 2 for mobile (06), 3
// for the large cities' two-digit area codes and the 08x/091 service
// numbers, 4 for the free and paid information numbers (0800, 0900, 0906,
// 0909) and for every other area code. It is 0 for a number that is not
// a Dutch one of the right length.
func areaCodeLength(d string) int {
	if len(d) < 8 || d[0] != '0' || d[1] == '0' {
		return 0
	}
	switch d[:4] {
	case "0800", "0900", "0906", "0909":
		if len(d) >= 8 && len(d) <= 11 {
			return 4
		}
		return 0
	}
	if len(d) != 10 {
		return 0
	}
	switch {
	case d[1] == '6':
		return 2
	case threeDigitAreaCodes[d[:3]]:
		return 3
	}
	return 4
}

// threeDigitAreaCodes are the area codes of two digits after the trunk
// zero (Rotterdam 010, Amsterdam 020, Den Haag 070 ...), and the
// nationwide 084, 085, 087, 088 and 091 numbers, which are grouped alike.
var threeDigitAreaCodes = map[string]bool{
	"010": true, "013": true, "015": true, "020": true, "023": true, "024": true, "026": true, "030": true,
	"033": true, "035": true, "036": true, "038": true, "040": true, "043": true, "045": true, "046": true,
	"050": true, "053": true, "055": true, "058": true, "070": true, "071": true, "072": true, "073": true,
	"074": true, "075": true, "076": true, "077": true, "078": true, "079": true,
	"084": true, "085": true, "087": true, "088": true, "091": true,
}
