package data

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Text that steers a terminal instead of showing (escape sequences that
// clear it or set its title, bidirectional overrides that make a name read
// backwards) is refused in every write; what a database holds from before
// that is shown, never obeyed.

// Printable returns s with every character HasControl objects to made
// visible: C0 controls and DEL as their Control Pictures symbols (␛ for
// ESC), C1 controls and the bidirectional overrides and isolates as
// <U+202E>. Line feeds and tabs are kept when multiline is set.
func Printable(s string, multiline bool) string {
	if !hasControl(s, multiline) && utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		switch {
		case multiline && (r == '\n' || r == '\t'):
			b.WriteRune(r)
		case r < 0x20:
			b.WriteRune(0x2400 + r)
		case r == 0x7f:
			b.WriteRune('\u2421')
		case steering(r):
			fmt.Fprintf(&b, "<U+%04X>", r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// EscapeJSON makes JSON safe for a terminal: encoding/json escapes C0
// controls but writes C1 controls and bidirectional overrides raw, which
// this writes as \u escapes (the same JSON, read back).
func EscapeJSON(j []byte) []byte {
	var out []byte
	for i := 0; i < len(j); {
		r, n := utf8.DecodeRune(j[i:])
		if r >= 0x80 && steering(r) { // encoding/json escapes the rest
			if out == nil {
				out = append(make([]byte, 0, len(j)+16), j[:i]...)
			}
			out = fmt.Appendf(out, `\u%04x`, r)
		} else if out != nil {
			out = append(out, j[i:i+n]...)
		}
		i += n
	}
	if out == nil {
		return j
	}
	return out
}
