package data

import (
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Fold lowercases s and strips diacritics, so "Öztürk" and "ozturk" compare
// equal. It is the sort key of lists (Dutch order treats ë as e) and the
// normal form for matching what a user typed. Latin letters go through a
// table; anything rarer through Unicode decomposition.
func Fold(s string) string {
	var b []byte
	for i, r := range s {
		var fold string
		switch {
		case r < 0x80:
			if r >= 'A' && r <= 'Z' {
				fold = string(r + 32)
			} else if b != nil {
				b = append(b, byte(r))
			}
		default:
			f, ok := latinFold[r]
			if !ok {
				return slowFold(s)
			}
			fold = f
		}
		if fold != "" {
			if b == nil {
				b = make([]byte, i, len(s))
				copy(b, s[:i])
			}
			b = append(b, fold...)
		}
	}
	if b == nil {
		return s
	}
	return string(b)
}

func slowFold(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		out = s
	}
	return strings.ToLower(out)
}

// latinFold maps the accented Latin letters of Dutch, Turkish, German, French,
// Polish and other names to their base letter.
var latinFold = func() map[rune]string {
	m := map[rune]string{}
	for base, letters := range map[string]string{
		"a": "àáâãäåāăąÀÁÂÃÄÅĀĂĄ", "c": "çćĉċčÇĆĈĊČ", "d": "ďđĎĐ", "e": "èéêëēĕėęěÈÉÊËĒĔĖĘĚ",
		"g": "ĝğġģĜĞĠĢ", "h": "ĥħĤĦ", "i": "ìíîïĩīĭįıÌÍÎÏĨĪĬĮİ", "j": "ĵĴ", "k": "ķĶ", "l": "ĺļľŀłĹĻĽĿŁ",
		"n": "ñńņňÑŃŅŇ", "o": "òóôõöøōŏőÒÓÔÕÖØŌŎŐ", "r": "ŕŗřŔŖŘ", "s": "śŝşšŚŜŞŠș", "t": "ţťŧŢŤŦț",
		"u": "ùúûüũūŭůűųÙÚÛÜŨŪŬŮŰŲ", "w": "ŵŴ", "y": "ýÿŷÝŸŶ", "z": "źżžŹŻŽ",
		"ae": "æÆ", "oe": "œŒ", "ss": "ß", "ij": "ĳĲ",
	} {
		for _, r := range letters {
			m[r] = base
		}
	}
	return m
}()

// sortKey is the folded title a list sorts by: Dutch order ignores case and
// diacritics and, for names, leading punctuation such as an apostrophe.
func sortKey(title string) string {
	k := Fold(strings.TrimSpace(title))
	k = strings.TrimLeftFunc(k, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(k) > 200 {
		k = k[:200]
	}
	return k
}

// SortFolded sorts names as a list shows them: by Fold, so that Ëmmen
// stands with the E's.
func SortFolded(names []string) {
	slices.SortFunc(names, func(a, b string) int { return strings.Compare(Fold(a), Fold(b)) })
}
