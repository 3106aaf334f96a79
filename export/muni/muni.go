// Package muni finds municipalities by the names and codes people write in
// their lists: the CBS name or code, a common name ("Den Haag"), a province
// after the name ("Bergen NH") or a former municipality. The contact and
// figure imports read their municipality columns with it.
package muni

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"ketenregie/data"
	"ketenregie/export/sheet"
)

// Index finds municipalities by the names and codes people write
// in a contact list: the CBS name or code, a common name ("Den Haag"), a
// province after the name ("Bergen NH") or a former municipality.
type Index struct {
	byKey     map[string]muniEntry         // name folded into tokens ("s gravenhage") -> municipality
	byCode    map[int]muniEntry            // 405 -> Hoorn; a retired code -> its successor
	province  map[string]map[string]string // name key -> province -> id, where the province tells apart
	ambiguous map[string]ambiguousName     // "bergen" -> the municipalities it may be
	maxTokens int                          // the most tokens a name and its province take
}

// muniEntry is the municipality a name or code stands for, and what the
// user is told when it is read: a former municipality's successor.
type muniEntry struct {
	id   string
	note *sheet.Message
}

// ambiguousName is a name more than one municipality has.
type ambiguousName struct {
	ids  []string
	note sheet.Message
}

// noMunicipalities reads nothing: the municipalities of an empty Index.
var noMunicipalities = &Index{}

// New indexes the municipality records of the store, with the
// common names, provinces and former municipalities of municipality_names.go.
// A CBS name always wins over a common or former name.
func New(records []data.Record) *Index {
	m := &Index{byKey: map[string]muniEntry{}, byCode: map[int]muniEntry{},
		province: map[string]map[string]string{}, ambiguous: map[string]ambiguousName{}}
	byID := make(map[string]data.Record, len(records))
	living := map[string]string{} // CBS code -> id
	for _, r := range records {
		byID[r.ID] = r
		if r.Get(data.Municipality.Retired) != "true" {
			living[r.Get(data.Municipality.CbsCode)] = r.ID
		}
	}
	add := func(name string, e muniEntry) {
		k := municipalityKey(name)
		if _, ok := m.byKey[k]; ok || k == "" {
			return
		}
		m.byKey[k] = e
		if n := strings.Count(k, " ") + 1; n > m.maxTokens {
			m.maxTokens = n
		}
	}
	bases := map[string]string{} // name key -> the name as CBS writes it, without the province
	setProvince := func(base, province, id string) {
		key := municipalityKey(base)
		if _, ok := bases[key]; !ok {
			bases[key] = strings.TrimSpace(base)
		}
		if m.province[key] == nil {
			m.province[key] = map[string]string{}
		}
		m.province[key][province] = id
	}

	// The CBS names, and the province CBS writes after a name it shares.
	for _, r := range records {
		if r.Get(data.Municipality.Retired) == "true" {
			continue
		}
		name := r.Get(data.Municipality.Name)
		add(name, muniEntry{id: r.ID})
		if code, ok := parseCode([]byte(strings.ToLower(r.Get(data.Municipality.CbsCode)))); ok {
			m.byCode[code] = muniEntry{id: r.ID}
		}
		if open := strings.LastIndexByte(name, '('); open > 0 && strings.HasSuffix(name, ")") {
			if p, ok := provinceNames[municipalityKey(name[open:])]; ok && p != "" {
				setProvince(name[:open], p, r.ID)
			}
		}
	}
	for _, p := range municipalityProvinces {
		if id, ok := living[p.code]; ok {
			setProvince(byID[id].Get(data.Municipality.Name), p.province, id)
		}
	}
	// A shared name alone is one municipality or, like Bergen, ambiguous.
	for k, ps := range m.province {
		var ids, names []string
		for _, id := range ps {
			if !contains(ids, id) {
				ids = append(ids, id)
				names = append(names, byID[id].Get(data.Municipality.Name))
			}
		}
		switch {
		case len(ids) == 1:
			add(k, muniEntry{id: ids[0]})
		case len(ids) > 1:
			data.SortFolded(names)
			m.ambiguous[k] = ambiguousName{ids: ids, note: sheet.Messagef("import.municipalities.ambiguous", "{{.Name}} kan {{.Some}} of {{.Last}} zijn; schrijf welke",
				map[string]any{"Name": bases[k], "Some": strings.Join(names[:len(names)-1], ", "), "Last": names[len(names)-1]})}
		}
	}

	// Common names, also with "a/d" and "St." abbreviations of every name.
	for _, a := range municipalityAliases {
		if id, ok := living[a.code]; ok {
			add(a.name, muniEntry{id: id})
		}
	}
	for _, r := range records {
		if r.Get(data.Municipality.Retired) != "true" {
			for _, v := range abbreviations(municipalityKey(r.Get(data.Municipality.Name))) {
				add(v, muniEntry{id: r.ID})
			}
		}
	}

	// Former municipalities: the table's year, else the store's record.
	years := map[string]int{}
	for _, f := range formerMunicipalities {
		id, ok := living[f.successor]
		if !ok {
			continue
		}
		years[municipalityKey(f.name)] = f.year
		e := muniEntry{id: id, note: formerNote(f.name, f.year, byID[id].Get(data.Municipality.Name))}
		add(f.name, e)
		for _, v := range abbreviations(municipalityKey(f.name)) {
			add(v, e)
		}
	}
	for _, r := range records {
		if r.Get(data.Municipality.Retired) != "true" {
			continue
		}
		id := r.ID
		for i := 0; i < 5 && byID[id].Get(data.Municipality.Retired) == "true"; i++ { // a successor that merged again
			id = byID[id].Get(data.Municipality.SuccessorID)
		}
		succ, ok := byID[id]
		if !ok || succ.Get(data.Municipality.Retired) == "true" {
			continue
		}
		year := years[municipalityKey(r.Get(data.Municipality.Name))]
		add(r.Get(data.Municipality.Name), muniEntry{id: id, note: formerNote(r.Get(data.Municipality.Name), year, succ.Get(data.Municipality.Name))})
		if code, ok := parseCode([]byte(strings.ToLower(r.Get(data.Municipality.CbsCode)))); ok {
			m.byCode[code] = muniEntry{id: id, note: formerNote(r.Get(data.Municipality.Name)+" ("+r.Get(data.Municipality.CbsCode)+")", year, succ.Get(data.Municipality.Name))}
		}
	}
	m.maxTokens += 3 // "gemeente" before a name, a province of up to two words after it
	return m
}

// formerNote tells the user a former municipality was read as its successor.
func formerNote(name string, year int, successor string) *sheet.Message {
	var m sheet.Message
	if year == 0 {
		m = sheet.Messagef("import.municipalities.former", "{{.Name}} is opgegaan in {{.Successor}}", map[string]any{"Name": name, "Successor": successor})
	} else {
		m = sheet.Messagef("import.municipalities.former-since", "{{.Name}} is sinds {{.Year}} {{.Successor}}", map[string]any{"Name": name, "Year": year, "Successor": successor})
	}
	return &m
}

// abbreviations are the short ways a folded name is written: "a d" and "ad"
// for "aan den" and "aan de", "st" for "sint".
func abbreviations(key string) []string {
	var out []string
	words := " " + key + " "
	for _, long := range []string{" aan den ", " aan de "} {
		if strings.Contains(words, long) {
			for _, short := range []string{" a d ", " ad "} {
				out = append(out, strings.TrimSpace(strings.Replace(words, long, short, 1)))
			}
		}
	}
	if strings.Contains(words, " sint ") {
		out = append(out, strings.TrimSpace(strings.Replace(words, " sint ", " st ", 1)))
	}
	return out
}

// municipalityKey folds a name into the key it is found by: its letters
// and digits in lowercase without diacritics, each word once separated by a
// space. "'s-Gravenhage", "’s Gravenhage" and "S-GRAVENHAGE" are alike.
func municipalityKey(name string) string {
	var toks [16]muniToken
	_, key := tokenize(name, toks[:0], nil)
	return string(key)
}

// A muniToken is a word or number of a cell: its place in the cell, its
// folded letters in the key buffer and what separates it from the word
// before.
type muniToken struct {
	start, end int // in the cell
	fs, fe     int // in the key buffer
	gap        byte
	paren      bool // an opening parenthesis in the gap
}

// What separates a token from the one before: spaces, hyphens, dots and
// apostrophes may lie inside a name; a comma only in "Nuenen, Gerwen en
// Nederwetten"; a list separator never.
const (
	gapSpace byte = iota
	gapComma
	gapList
)

// tokenize splits a cell into tokens and appends their folded letters to
// key, separated by single spaces, so the key of tokens i..j is
// key[toks[i].fs:toks[j-1].fe]. It allocates only when the buffers grow.
func tokenize(cell string, toks []muniToken, key []byte) ([]muniToken, []byte) {
	gap, paren, in := gapSpace, false, false
	for i, r := range cell {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if !in {
				if len(toks) > 0 {
					key = append(key, ' ')
				}
				toks = append(toks, muniToken{start: i, fs: len(key), gap: gap, paren: paren})
				in = true
			}
			key = appendFolded(key, r)
		case in && unicode.Is(unicode.Mn, r): // a combining accent: ignored
		default:
			if in {
				t := &toks[len(toks)-1]
				t.end, t.fe = i, len(key)
				gap, paren, in = gapSpace, false, false
			}
			switch r {
			case ',':
				gap = max(gap, gapComma)
			case ';', '/', '|', '\n', '\r', '&', '+':
				gap = gapList
			case '(', '[':
				paren = true
			}
		}
	}
	if in {
		t := &toks[len(toks)-1]
		t.end, t.fe = len(cell), len(key)
	}
	// "a/d" is "aan de(n)", not two list items.
	for k := 1; k < len(toks); k++ {
		if toks[k].gap == gapList && cell[toks[k-1].end:toks[k].start] == "/" &&
			string(key[toks[k-1].fs:toks[k-1].fe]) == "a" && string(key[toks[k].fs:toks[k].fe]) == "d" {
			toks[k].gap = gapSpace
		}
	}
	return toks, key
}

// appendFolded appends r in lowercase without diacritics.
func appendFolded(key []byte, r rune) []byte {
	switch {
	case r >= 'A' && r <= 'Z':
		return append(key, byte(r+'a'-'A'))
	case r < utf8.RuneSelf:
		return append(key, byte(r))
	}
	var b [utf8.UTFMax]byte
	return append(key, data.Fold(string(b[:utf8.EncodeRune(b[:], r)]))...)
}

// parseCode reads a folded CBS code: "gm0405", "0405" or "405".
func parseCode(s []byte) (int, bool) {
	s = bytes.TrimPrefix(s, []byte("gm"))
	if len(s) == 0 || len(s) > 4 {
		return 0, false
	}
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// muniSeg is a run of tokens read as one municipality.
type muniSeg struct {
	i, j int
	e    muniEntry
	code bool // a CBS code
	bare bool // a code without "GM": a number that could be something else
	// refused: a name with a province it is not in ("Hengelo (Gld.)"),
	// read whole so it is not taken for the name alone, and not known.
	refused bool
	drop    bool // not read after all
}

// muniStep is the best reading of the tokens from one on: how many tokens
// it reads as a municipality, in how many municipalities, and its first
// municipality (seg.j == 0: the first token is not read).
type muniStep struct {
	cov, segs int
	seg       muniSeg
}

// Parse reads a cell that names one or more municipalities. It returns
// their ids in the order named, remarks for the user on how a name was
// read (each a sheet.Message, which a window says in its own language),
// and the parts it does not know, as written.
//
// The cell is split into words and read as the sequence of names that
// covers the most words with the fewest names, so a name that contains
// "en" or a comma ("Dijk en Waard", "Nuenen, Gerwen en Nederwetten") stays
// whole while "Hoorn en Enkhuizen" is two. Separators (, ; / | & + newline
// and the word "en") only split what is left.
func (m *Index) Parse(cell string) (ids []string, notes []sheet.Message, unknown []string) {
	if m == nil {
		m = noMunicipalities
	}
	var tokArr [32]muniToken
	var keyArr [256]byte
	toks, key := tokenize(cell, tokArr[:0], keyArr[:0])
	n := len(toks)
	if n == 0 {
		return nil, nil, nil
	}

	var stepArr [33]muniStep
	var best []muniStep
	if n < len(stepArr) {
		best = stepArr[:n+1]
	} else {
		best = make([]muniStep, n+1)
	}
	for i := n - 1; i >= 0; i-- {
		cur := muniStep{cov: best[i+1].cov, segs: best[i+1].segs}
		for j := i + 1; j <= n && j-i <= m.maxTokens; j++ {
			if j-1 > i && toks[j-1].gap == gapList {
				break
			}
			seg, ok := m.span(toks, key, i, j)
			if !ok {
				continue
			}
			// Ties go to the longer name: j grows.
			cov, segs := j-i+best[j].cov, 1+best[j].segs
			if cov > cur.cov || cov == cur.cov && segs <= cur.segs {
				cur = muniStep{cov: cov, segs: segs, seg: seg}
			}
		}
		best[i] = cur
	}
	var segArr [16]muniSeg
	segs := segArr[:0]
	for i := 0; i < n; {
		if s := best[i].seg; s.j > 0 {
			segs = append(segs, s)
			i = s.j
		} else {
			i++
		}
	}

	// touches: token k follows the one before inside one list item.
	touches := func(k int) bool { return k > 0 && k < n && toks[k].gap == gapSpace }
	isEn := func(k int) bool { return string(key[toks[k].fs:toks[k].fe]) == "en" }

	// Parts that are unknown as a whole: a name in the wrong province, a
	// name and a code that disagree.
	var wholes [][2]int
	for k := range segs {
		if segs[k].refused {
			segs[k].drop = true
			wholes = append(wholes, [2]int{segs[k].i, segs[k].j})
		}
	}
	// A name with its code ("Hoorn (GM0405)") is one municipality, or
	// nothing when they disagree; a bare number is a code only alone or
	// beside its name ("1621 AB" is a postcode).
	for k := range segs {
		s := &segs[k]
		if !s.code || s.drop {
			continue
		}
		var prev, next *muniSeg
		if k > 0 && segs[k-1].j == s.i && touches(s.i) && !segs[k-1].code && !segs[k-1].refused {
			prev = &segs[k-1]
		}
		if k+1 < len(segs) && segs[k+1].i == s.j && touches(s.j) && !segs[k+1].code && !segs[k+1].refused {
			next = &segs[k+1]
		}
		// "Bergen (GM0373)": the code says which Bergen.
		if prev == nil && touches(s.i) {
			from := 0
			if k > 0 {
				from = segs[k-1].j
			}
			for x := from; x < s.i; x++ {
				if x > from && toks[x].gap != gapSpace {
					from = x
				}
			}
			for x := from; x < s.i; x++ {
				if a, ok := m.ambiguous[string(key[toks[x].fs:toks[s.i-1].fe])]; ok && contains(a.ids, s.e.id) {
					s.i, s.code, s.bare = x, false, false
					break
				}
			}
			if !s.code {
				continue
			}
		}
		if s.bare && (touches(s.i) && prev == nil && !isEn(s.i-1) || touches(s.j) && next == nil && !isEn(s.j)) {
			s.drop = true
			continue
		}
		name := prev
		if name == nil || name.drop {
			name = next
		}
		switch {
		case name == nil || name.drop:
		case name.e.id == s.e.id: // the name's note, if any, says enough
			name.i, name.j = min(name.i, s.i), max(name.j, s.j)
			s.drop = true
		default:
			c := [2]int{min(name.i, s.i), max(name.j, s.j)}
			name.drop, s.drop = true, true
			wholes = append(wholes, c)
			notes = appendNote(notes, sheet.Messagef("import.municipalities.code-mismatch", "{{.Written}}: de naam en de CBS-code horen bij verschillende gemeenten",
				map[string]any{"Written": m.text(cell, toks, c[0], c[1])}))
		}
	}

	// The parts not read, split at separators, and at "en" where a name
	// was read beside them: "Regio Gooi en Vechtstreek" stays whole.
	unread := func(a, b int) {
		for a < b {
			end := a + 1
			for end < b && toks[end].gap == gapSpace {
				end++
			}
			split := touches(a) || touches(end)
			for x := a; x < end; {
				y := x + 1
				for split && y < end && !isEn(y) && !isEn(y-1) {
					y++
				}
				if !split {
					y = end
				}
				lo, hi := x, y
				for lo < hi && isEn(lo) {
					lo++
				}
				for hi > lo && isEn(hi-1) {
					hi--
				}
				if lo < hi {
					unknown = append(unknown, m.text(cell, toks, lo, hi))
					if a, ok := m.ambiguous[string(key[toks[lo].fs:toks[hi-1].fe])]; ok {
						notes = appendNote(notes, a.note)
					}
				}
				x = y
			}
			a = end
		}
	}
	slices.SortFunc(wholes, func(a, b [2]int) int { return a[0] - b[0] })
	until := func(a, b int) {
		for _, c := range wholes {
			if c[0] >= a && c[1] <= b {
				unread(a, c[0])
				unknown = append(unknown, m.text(cell, toks, c[0], c[1]))
				a = c[1]
			}
		}
		unread(a, b)
	}
	p := 0
	for _, s := range segs {
		if s.drop {
			continue
		}
		until(p, s.i)
		ids = appendNew(ids, s.e.id)
		if s.e.note != nil {
			notes = appendNote(notes, *s.e.note)
		}
		p = s.j
	}
	until(p, n)
	return ids, notes, unknown
}

// span reads tokens i..j as one municipality: a name, a name with its
// province, "gemeente" and a name, or a CBS code.
func (m *Index) span(toks []muniToken, key []byte, i, j int) (muniSeg, bool) {
	all := key[toks[i].fs:toks[j-1].fe]
	if e, ok := m.byKey[string(all)]; ok {
		return muniSeg{i: i, j: j, e: e}, true
	}
	first := key[toks[i].fs:toks[i].fe]
	switch {
	case j == i+1:
		c, ok := parseCode(all)
		if !ok {
			return muniSeg{}, false
		}
		e, ok := m.byCode[c]
		return muniSeg{i: i, j: j, e: e, code: true, bare: !bytes.HasPrefix(all, []byte("gm"))}, ok
	case j == i+2 && string(first) == "gm": // "GM 0405"
		c, ok := parseCode(key[toks[i+1].fs:toks[i+1].fe])
		if !ok {
			return muniSeg{}, false
		}
		e, ok := m.byCode[c]
		return muniSeg{i: i, j: j, e: e, code: true}, ok
	case string(first) == "gemeente" || string(first) == "gem":
		if s, ok := m.span(toks, key, i+1, j); ok && !s.code {
			s.i = i
			return s, true
		}
	}
	// A province after the name: "Bergen NH", "Hoorn (Noord-Holland)".
	for p := j - 1; p > i; p-- {
		if toks[p].gap != gapSpace {
			continue
		}
		d := key[toks[p].fs:toks[j-1].fe]
		province, ok := provinceNames[string(d)]
		if !ok {
			continue
		}
		if _, isName := m.byKey[string(d)]; isName && !toks[p].paren { // "Zeist Utrecht" is two
			continue
		}
		base := key[toks[i].fs:toks[p-1].fe]
		if ps, ok := m.province[string(base)]; ok {
			if id, ok := ps[province]; ok {
				return muniSeg{i: i, j: j, e: muniEntry{id: id}}, true
			}
			if province != "" {
				return muniSeg{i: i, j: j, refused: true}, true
			}
			continue
		}
		if e, ok := m.byKey[string(base)]; ok {
			return muniSeg{i: i, j: j, e: e}, true
		}
	}
	return muniSeg{}, false
}

// text is tokens a..b as the cell writes them, with an apostrophe before
// and a dot or closing parenthesis after.
func (m *Index) text(cell string, toks []muniToken, a, b int) string {
	start, end := toks[a].start, toks[b-1].end
	for start > 0 {
		r, size := utf8.DecodeLastRuneInString(cell[:start])
		if r != '\'' && r != '’' && r != '‘' {
			break
		}
		start -= size
	}
	for end < len(cell) && (cell[end] == '.' || cell[end] == ')' && strings.Count(cell[start:end], "(") > strings.Count(cell[start:end], ")")) {
		end++
	}
	return cell[start:end]
}

// Find finds one municipality by CBS code, by name, or by both as
// "Hoorn (GM0405)".
func (m *Index) Find(s string) (string, bool) {
	ids, _, unknown := m.Parse(s)
	if len(ids) != 1 || len(unknown) > 0 {
		return "", false
	}
	return ids[0], true
}

// appendNote adds a note the list does not say yet.
func appendNote(list []sheet.Message, n sheet.Message) []sheet.Message {
	for _, m := range list {
		if m.Msg == n.Msg {
			return list
		}
	}
	return append(list, n)
}

func appendNew(list []string, s string) []string {
	if contains(list, s) {
		return list
	}
	return append(list, s)
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
