package typeset

import (
	_ "embed"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/image/font/sfnt"
)

// Characters the Go fonts lack. Every string drawn on a page goes through
// glyphs, which picks for each character the font that draws it: the Go
// font of the style, else a fallback font (Symbola: symbols like ✓ ✗ → ★
// and emoji, in one colour; Droid Sans Fallback: Chinese and Japanese;
// NanumGothic: Korean), else the substitute □, and counts the
// character as replaced. Invisible format characters (zero-width joiners,
// variation selectors, bidi controls) are dropped. Bookmarks and metadata go
// through plainText. gofpdf knows only 16-bit codes and panics beyond them,
// so nothing above U+FFFF, no control character and no invalid UTF-8 ever
// reaches it.

var (
	//go:embed fonts/symbola.ttf
	symbolaTTF []byte
	//go:embed fonts/droid.ttf
	droidTTF []byte
	//go:embed fonts/hangul.ttf
	hangulTTF []byte
)

// The faces a glyph can come from: the four Go styles (FontStyle) and the
// fallback fonts, tried in this order.
const (
	symbolFace = 4 // Symbola: symbols, arrows, dingbats, emoji
	cjkFace    = 5 // Droid Sans Fallback: Chinese, Japanese
	hangulFace = 6 // NanumGothic's Hangul: Korean
	faces      = 7
)

// fallbacks are the fallback fonts by face; gofpdf gets one only when a
// document uses it.
var fallbacks = [faces]struct {
	family string
	ttf    []byte
}{
	symbolFace: {"sym", symbolaTTF},
	cjkFace:    {"cjk", droidTTF},
	hangulFace: {"kor", hangulTTF},
}

// substitute is what prints for a character no font has.
const substitute = '□'

// pdfRemap lists the ranges above U+FFFF the fallback font holds, moved into
// the Private Use Area; scripts/fallbackfont.py builds the font with the
// same table.
var pdfRemap = []struct{ first, end, private rune }{
	{0x1F000, 0x1FB00, 0xE000}, // emoji, playing cards, mahjong, enclosed letters
	{0x1D400, 0x1D800, 0xEB00}, // mathematical letters (𝐯𝐞𝐭, 𝑐𝑢𝑟𝑠𝑖𝑒𝑓)
}

// privateFirst..privateEnd is the Private Use Area; a character a user
// typed there prints as the substitute, never as someone else's emoji.
const privateFirst, privateEnd = 0xE000, 0xF900

// coverage holds, per face, which 16-bit codes have a glyph.
var coverage [faces][]uint64

func hasGlyph(f int, r rune) bool {
	return r >= 0 && r < 0x10000 && coverage[f][r>>6]&(1<<(r&63)) != 0
}

// loadCoverage reads which characters each face has from its cmap.
func loadCoverage(f int, ttf []byte) {
	bits := make([]uint64, 0x10000/64)
	font, err := sfnt.Parse(ttf)
	if err == nil {
		var buf sfnt.Buffer
		for r := rune(0x20); r < 0x10000; r++ {
			if g, err := font.GlyphIndex(&buf, r); err == nil && g != 0 {
				bits[r>>6] |= 1 << (r & 63)
			}
		}
	}
	coverage[f] = bits
}

// outcome says what became of a character.
type outcome uint8

const (
	printed  outcome = iota
	dropped          // invisible by design, prints nothing
	replaced         // printed as the substitute
)

// glyph decides how r prints in style st: the 16-bit code and the face that
// draws it. invalid is set for a byte that is not UTF-8.
func glyph(r rune, invalid bool, st FontStyle) (rune, int, outcome) {
	f := int(st)
	switch {
	case invalid || r == utf8.RuneError:
		return substitute, faceOf(substitute, st), replaced
	case r == '\t' || r == '\n' || r == '\r':
		return ' ', f, printed
	case r < 0x80 && r >= 0x20 && r != 0x7F:
		return r, f, printed
	case unicode.IsControl(r):
		return substitute, faceOf(substitute, st), replaced
	case unicode.In(r, unicode.Cf, unicode.Variation_Selector) || r >= 0x1F3FB && r <= 0x1F3FF:
		return 0, f, dropped // joiners, bidi marks, soft hyphens, skin tones
	case r >= privateFirst && r < privateEnd || r >= 0xF0000:
		return substitute, faceOf(substitute, st), replaced
	case hasGlyph(f, r):
		return r, f, printed
	case hasGlyph(symbolFace, r):
		return r, symbolFace, printed
	case hasGlyph(cjkFace, r):
		return r, cjkFace, printed
	case hasGlyph(hangulFace, r):
		return r, hangulFace, printed
	case unicode.Is(unicode.Zs, r):
		return ' ', f, printed
	}
	for _, m := range pdfRemap {
		if r >= m.first && r < m.end && hasGlyph(symbolFace, m.private+r-m.first) {
			return m.private + r - m.first, symbolFace, printed
		}
	}
	return substitute, faceOf(substitute, st), replaced
}

// faceOf is the face that draws r (a character the fonts have) in style st.
func faceOf(r rune, st FontStyle) int {
	if hasGlyph(int(st), r) {
		return int(st)
	}
	return symbolFace
}

// glyphs calls fn for each character of s as it prints in style st.
func glyphs(s string, st FontStyle, fn func(r rune, f int, o outcome)) {
	metricsOnce.Do(loadMetrics)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		g, f, o := glyph(r, r == utf8.RuneError && n <= 1, st)
		fn(g, f, o)
		i += n
	}
}

// printable is s as the substitutes make it print, for messages that say
// where characters were replaced.
func printable(s string, st FontStyle) string {
	var b strings.Builder
	glyphs(s, st, func(r rune, f int, o outcome) {
		switch {
		case o == replaced:
			b.WriteRune(substitute)
		case o == printed && f >= symbolFace:
			b.WriteRune(original(r))
		case o == printed:
			b.WriteRune(r)
		}
	})
	return b.String()
}

// original undoes pdfRemap.
func original(r rune) rune {
	for _, m := range pdfRemap {
		if r >= m.private && r < m.private+m.end-m.first {
			return m.first + r - m.private
		}
	}
	return r
}

// plainText is s made safe for the PDF's own strings (bookmarks, title,
// author), which readers show in their own fonts: invalid bytes, controls
// and format characters go, and what gofpdf cannot encode (above U+FFFF)
// becomes the substitute.
func plainText(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case unicode.In(r, unicode.Cf, unicode.Variation_Selector) || r >= 0x1F3FB && r <= 0x1F3FF:
		case r == utf8.RuneError && n <= 1 || r >= 0x10000:
			b.WriteRune(substitute)
		case unicode.IsControl(r):
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// symbolToUnicode is the ToUnicode CMap of Symbola in a PDF: the identity,
// as gofpdf writes it, except that the Private Use Area ranges of pdfRemap
// map back to the characters they stand for, so that an emoji copies and
// searches as itself.
func symbolToUnicode() []byte {
	var ranges []string
	for hi := rune(0); hi < 0x100; hi++ {
		if hi >= 0xD8 && hi < 0xE0 {
			continue // surrogates: no glyph has such a code
		}
		src := hi << 8
		ranges = append(ranges, fmt.Sprintf("<%04X> <%04X> <%s>", src, src+0xFF, utf16Hex(original(src))))
	}
	var b strings.Builder
	b.WriteString("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n" +
		"/CIDSystemInfo\n<</Registry (Adobe)\n/Ordering (UCS)\n/Supplement 0\n>> def\n" +
		"/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n" +
		"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n")
	for len(ranges) > 0 {
		n := min(len(ranges), 100) // at most 100 entries a block
		fmt.Fprintf(&b, "%d beginbfrange\n%s\nendbfrange\n", n, strings.Join(ranges[:n], "\n"))
		ranges = ranges[n:]
	}
	b.WriteString("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend")
	return []byte(b.String())
}

// utf16Hex is r in UTF-16BE as hex digits, a surrogate pair above U+FFFF.
func utf16Hex(r rune) string {
	if r < 0x10000 {
		return fmt.Sprintf("%04X", r)
	}
	r -= 0x10000
	return fmt.Sprintf("%04X%04X", 0xD800+(r>>10), 0xDC00+(r&0x3FF))
}
