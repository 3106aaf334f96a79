package data

import "strings"

// Plan text (the text of a block) may carry simple emphasis, written as
// the editor shows it and the PDF prints it: **vet** and *cursief*. A
// backslash keeps the next character as it is (\* is an asterisk). In a
// bulleted-list block every line is one item.

// Span is a run of plan text with one emphasis.
type Span struct {
	Text         string
	Bold, Italic bool
}

// ParseInline splits plan text into spans of one emphasis each. Unclosed
// markers are kept as plain asterisks, so no typed character is lost.
func ParseInline(text string) []Span {
	var out []Span
	var cur strings.Builder
	bold, italic := false, false
	flush := func() {
		if cur.Len() > 0 {
			if n := len(out); n > 0 && out[n-1].Bold == bold && out[n-1].Italic == italic {
				out[n-1].Text += cur.String()
			} else {
				out = append(out, Span{Text: cur.String(), Bold: bold, Italic: italic})
			}
			cur.Reset()
		}
	}
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c == '\\' && i+1 < len(text) && (text[i+1] == '*' || text[i+1] == '\\'):
			cur.WriteByte(text[i+1])
			i++
		case c == '*' && strings.HasPrefix(text[i:], "**") && (bold || closes(text[i+2:], "**")):
			flush()
			bold = !bold
			i++
		case c == '*' && (italic || closes(text[i+1:], "*")):
			flush()
			italic = !italic
		default:
			cur.WriteByte(c)
		}
	}
	flush()
	return out
}

// closes reports whether rest holds a closing marker, unescaped, with some
// text before it.
func closes(rest, marker string) bool {
	for i := 0; i < len(rest); i++ {
		switch {
		case rest[i] == '\\':
			i++
		case strings.HasPrefix(rest[i:], marker):
			if marker == "*" && strings.HasPrefix(rest[i:], "**") {
				i++ // a bold marker inside italic text
				continue
			}
			return i > 0
		}
	}
	return false
}

// PlainText is plan text without its emphasis markers, for search, lists
// and the table of contents.
func PlainText(text string) string {
	var b strings.Builder
	for _, s := range ParseInline(text) {
		b.WriteString(s.Text)
	}
	return b.String()
}

// EscapeInline makes text safe to store as plan text: asterisks and
// backslashes stay literal.
func EscapeInline(text string) string {
	return strings.NewReplacer(`\`, `\\`, "*", `\*`).Replace(text)
}
