package say

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
)

// notDutchOnly are words of the Dutch translations that are no Dutch a
// reader of the English window would trip over: names.
var notDutchOnly = []string{"ketenregie", "riec", "comensha", "fairwork", "ccv", "ggd", "bibob", "vng", "avg", "cbs", "zvh", "oov", "pdf", "csv", "vcard", "ok"}

var dutchOnly = sync.OnceValue(func() map[string]bool {
	words := func(language string) map[string]bool {
		m, err := Translation(language)
		if err != nil {
			panic(err)
		}
		out := map[string]bool{}
		for _, v := range m {
			for _, w := range textWords(fmt.Sprint(v)) {
				out[w] = true
			}
		}
		return out
	}
	nl, en := words("nl"), words("en")
	for w := range nl {
		if en[w] || slices.Contains(notDutchOnly, w) {
			delete(nl, w)
		}
	}
	return nl
})

var templateField = regexp.MustCompile(`\{\{[^}]*\}\}`)

// textWords are the words of s in lower case, two letters or more.
func textWords(s string) []string {
	s = templateField.ReplaceAllString(s, " ")
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len([]rune(w)) > 1 {
			out = append(out, w)
		}
	}
	return out
}

// DutchWords are the words of s that only the Dutch translations use: the
// tests of every screen look for them in the English window, to find a text
// that was not translated.
func DutchWords(s string) []string {
	var out []string
	for _, w := range textWords(s) {
		if dutchOnly()[w] && !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}
