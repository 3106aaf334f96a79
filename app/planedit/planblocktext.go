package planedit

import (
	"strings"
	"unicode"

	"ketenregie/data"
)

// A block is edited as it looks: characters that are bold, italic, both or
// neither (styledText). It is stored as plan text with markers (**vet**,
// *cursief*, see data/inline.go); parseStyled reads that and markup writes
// it. So the coordinator never sees or types a marker while editing, the
// text looks the same clicked or not and as printed, and an asterisk typed
// is an asterisk printed.

// emphasis is how one character is drawn.
type emphasis uint8

const (
	emBold emphasis = 1 << iota
	emItalic
)

// styledText is a block's text: its characters and the emphasis of each.
// A line break never has emphasis, as the markers never span lines.
type styledText struct {
	runes []rune
	marks []emphasis
}

// parseStyled reads stored plan text line by line, as the PDF prints it.
func parseStyled(src string) styledText {
	var s styledText
	for i, line := range strings.Split(src, "\n") {
		if i > 0 {
			s.runes = append(s.runes, '\n')
			s.marks = append(s.marks, 0)
		}
		for _, sp := range data.ParseInline(line) {
			var m emphasis
			if sp.Bold {
				m |= emBold
			}
			if sp.Italic {
				m |= emItalic
			}
			for _, r := range sp.Text {
				s.runes = append(s.runes, r)
				s.marks = append(s.marks, m)
			}
		}
	}
	return s
}

// plainStyled is text with no emphasis.
func plainStyled(text string, m emphasis) styledText {
	s := styledText{runes: []rune(text)}
	s.marks = make([]emphasis, len(s.runes))
	for i, r := range s.runes {
		if r != '\n' {
			s.marks[i] = m
		}
	}
	return s
}

// markup is the text as stored: markers around emphasis, closed at the end
// of every line, and every asterisk or backslash typed escaped.
func (s styledText) markup() string {
	var b strings.Builder
	b.Grow(len(s.runes) + 8)
	var cur emphasis
	change := func(to emphasis) {
		// Close before opening; each marker toggles one emphasis, so the
		// order within "***" does not matter to the parser.
		if cur&emItalic != 0 && to&emItalic == 0 {
			b.WriteString("*")
		}
		if cur&emBold != to&emBold {
			b.WriteString("**")
		}
		if cur&emItalic == 0 && to&emItalic != 0 {
			b.WriteString("*")
		}
		cur = to
	}
	for i, r := range s.runes {
		if r == '\n' {
			change(0)
			b.WriteByte('\n')
			continue
		}
		if s.marks[i] != cur {
			change(s.marks[i])
		}
		if r == '*' || r == '\\' {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	change(0)
	return b.String()
}

// String is the text without emphasis.
func (s styledText) String() string { return string(s.runes) }

func (s styledText) len() int { return len(s.runes) }

// slice is a copy of the characters from a to b.
func (s styledText) slice(a, b int) styledText {
	return styledText{runes: append([]rune(nil), s.runes[a:b]...), marks: append([]emphasis(nil), s.marks[a:b]...)}
}

// clone is a copy that later edits of s do not change.
func (s styledText) clone() styledText { return s.slice(0, len(s.runes)) }

// replace puts ins in place of the characters from a to b.
func (s *styledText) replace(a, b int, ins styledText) {
	s.runes = append(s.runes[:a:a], append(ins.runes, s.runes[b:]...)...)
	s.marks = append(s.marks[:a:a], append(ins.marks, s.marks[b:]...)...)
}

// concatStyled joins texts into a new one.
func concatStyled(parts ...styledText) styledText {
	var out styledText
	for _, p := range parts {
		out.runes = append(out.runes, p.runes...)
		out.marks = append(out.marks, p.marks...)
	}
	return out
}

// has reports whether every character from a to b (line breaks aside) has
// emphasis m, and there is at least one.
func (s styledText) has(a, b int, m emphasis) bool {
	found := false
	for i := a; i < b; i++ {
		if s.runes[i] == '\n' {
			continue
		}
		if s.marks[i]&m == 0 {
			return false
		}
		found = true
	}
	return found
}

// set gives (on) or takes away emphasis m from the characters from a to b.
func (s *styledText) set(a, b int, m emphasis, on bool) {
	for i := a; i < b; i++ {
		switch {
		case s.runes[i] == '\n':
		case on:
			s.marks[i] |= m
		default:
			s.marks[i] &^= m
		}
	}
}

// oneLine is the text on one line, as a sub-heading has it: runs of white
// space, line breaks included, become one space, and none at either end.
func (s styledText) oneLine() styledText {
	var out styledText
	space := false
	var spaceMark emphasis // the emphasis of the first space of a run
	for i, r := range s.runes {
		if unicode.IsSpace(r) {
			if !space {
				spaceMark = s.marks[i]
			}
			space = len(out.runes) > 0
			continue
		}
		if space {
			out.runes = append(out.runes, ' ')
			out.marks = append(out.marks, spaceMark)
			space = false
		}
		out.runes = append(out.runes, r)
		out.marks = append(out.marks, s.marks[i])
	}
	return out
}

// lineSpan is where the source line holding offset at starts and ends
// (the offset of its line break, or the end of the text).
func (s styledText) lineSpan(at int) (start, end int) {
	start, end = at, at
	for start > 0 && s.runes[start-1] != '\n' {
		start--
	}
	for end < len(s.runes) && s.runes[end] != '\n' {
		end++
	}
	return start, end
}

// isWordRune reports whether r belongs to a word, for moving and selecting
// word by word.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '-' || r == '\''
}

// wordLeft is where Ctrl+Left goes from at: the start of the word before.
func (s styledText) wordLeft(at int) int {
	for at > 0 && !isWordRune(s.runes[at-1]) {
		at--
	}
	for at > 0 && isWordRune(s.runes[at-1]) {
		at--
	}
	return at
}

// wordRight is where Ctrl+Right goes from at: the start of the next word,
// as in a word processor.
func (s styledText) wordRight(at int) int {
	n := len(s.runes)
	if at < n && s.runes[at] == '\n' {
		return at + 1
	}
	for at < n && isWordRune(s.runes[at]) {
		at++
	}
	for at < n && !isWordRune(s.runes[at]) && s.runes[at] != '\n' {
		at++
	}
	return at
}

// wordAt is the word at offset at, for a double click: from its start to
// its end, or the one character there when it is not part of a word.
func (s styledText) wordAt(at int) (int, int) {
	n := len(s.runes)
	if n == 0 {
		return 0, 0
	}
	at = min(at, n-1)
	if !isWordRune(s.runes[at]) {
		if at > 0 && isWordRune(s.runes[at-1]) {
			at--
		} else {
			return at, at + 1
		}
	}
	a, b := at, at
	for a > 0 && isWordRune(s.runes[a-1]) {
		a--
	}
	for b < n && isWordRune(s.runes[b]) {
		b++
	}
	return a, b
}
