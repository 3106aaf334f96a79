package contacts

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"ketenregie/export/sheet"
)

// The columns a vCard file is read into, so that a vCard import shows and
// maps its values as a CSV import does.
const (
	vcName = iota
	vcGiven
	vcAdditional
	vcFamily
	vcOrg
	vcTitle
	vcRole
	vcEmail
	vcEmailOther
	vcEmailHome
	vcPhone
	vcMobile
	vcPhoneOther
	vcPhoneHome
	vcNote
	vcMunicipalities
	vcOrgType
	vcReviewed
	vcColumns
)

var vcardColumns = []string{"FN (naam)", "N (voornaam)", "N (tussenvoegsel)", "N (achternaam)", "ORG (organisatie)",
	"TITLE (functie)", "ROLE (rol)", "EMAIL", "EMAIL (andere)", "EMAIL (privé)", "TEL (werk)", "TEL (mobiel)", "TEL (andere)", "TEL (privé)", "NOTE (notities)",
	propMunicipalities, propOrgType, propReviewed}

var vcardGuess = Mapping{Name, FirstName, MiddleName, LastName, Organisation, Function, Role, Email, EmailOther, Ignore, Phone, Mobile,
	PhoneOther, Ignore, Notes, Municipalities, OrganisationType, Reviewed}

// vcardNotNeeded are the properties address books write that hold nothing
// a work contact in Ketenregie keeps: how the card was made and shown,
// labels, groups, pictures. A birthday or anniversary is private, and
// never kept, not even in the notes.
var vcardNotNeeded = map[string]bool{"VERSION": true, "PRODID": true, "UID": true, "REV": true, "KIND": true,
	"SOURCE": true, "NAME": true, "SORT-STRING": true, "CATEGORIES": true, "PHOTO": true, "LOGO": true, "SOUND": true,
	"KEY": true, "CLIENTPIDMAP": true, "X-ABUID": true, "X-ABSHOWAS": true, "X-ABLABEL": true, "X-ABADR": true,
	"X-PHONETIC-FIRST-NAME": true, "X-PHONETIC-LAST-NAME": true, "X-PHONETIC-MIDDLE-NAME": true,
	"X-MS-OL-DEFAULT-POSTAL-ADDRESS": true, "X-MS-OL-DESIGN": true, "X-MS-CARDPICTURE": true,
	"BDAY": true, "ANNIVERSARY": true, "X-ANNIVERSARY": true, "X-EVOLUTION-FILE-AS": true,
	"X-ANDROID-CUSTOM": true, "MAILER": true, "TZ": true, "GEO": true, "LABEL": true,
	"GENDER": true, "X-GENDER": true, "X-WAB-GENDER": true, "FBURL": true, "CALURI": true,
	"CALADRURI": true, "X-ABRELATEDNAMES": true, "RELATED": true, "X-SPOUSE": true, "X-MS-SPOUSE": true,
	"X-MS-CHILD": true, "X-CHILD": true}

// vcardColumnName is the column an unknown property is read into.
func vcardColumnName(name string) string {
	switch name {
	case "ADR":
		return "ADR (adres)"
	case "URL":
		return "URL (website)"
	case "NICKNAME":
		return "NICKNAME (roepnaam)"
	case "IMPP", "X-MS-IMADDRESS":
		return name + " (chat)"
	case "BDAY":
		return "BDAY (geboortedatum)"
	}
	return name
}

// Ketenregie's own vCard properties, so an export re-imports completely.
const (
	propMunicipalities = "X-KETENREGIE-GEMEENTEN"
	propOrgType        = "X-KETENREGIE-SOORT-ORGANISATIE"
	propReviewed       = "X-KETENREGIE-GECONTROLEERD"
)

// ReadVCard reads one or many vCards (versions 2.1, 3.0 and 4.0): folded
// lines, escaped characters, QUOTED-PRINTABLE values with soft line breaks,
// and CHARSET parameters. Of several addresses and numbers the work one is
// the contact's, and the others are read into columns of their own (EMAIL
// and TEL "andere") to be kept in the notes; a property without a field
// gets a column of its own, so nothing is left out without a word.
func ReadVCard(b []byte) (*File, error) {
	enc := EncodingUTF8
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		b, enc = b[3:], EncodingUTF8BOM
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}), bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		text, e, _ := decode(b)
		b, enc = []byte(text), e
	case !utf8.Valid(b):
		enc = Encoding1252
	}
	f := &File{Format: FormatVCard, Encoding: enc, Columns: append([]string(nil), vcardColumns...), guess: vcardGuess.Clone()}
	extra := map[string]int{} // a property Ketenregie has no column for -> its column
	var card *vcard
	for _, l := range logicalLines(b) {
		if len(bytes.TrimSpace(l.text)) == 0 {
			continue
		}
		p, ok := parseProperty(l.text)
		if !ok {
			if card != nil {
				card.bad = true
			}
			f.Problems = append(f.Problems, sheet.Problemf(l.line, "import.contacts.vcard.line", "deze regel is geen geldige vCard-regel (NAAM:waarde)", nil))
			continue
		}
		switch {
		case p.name == "BEGIN" && strings.EqualFold(string(p.raw), "VCARD"):
			if card != nil {
				f.Problems = append(f.Problems, sheet.Problemf(card.line, "import.contacts.vcard.no-end", "deze vCard heeft geen END:VCARD", nil))
			}
			card = &vcard{line: l.line, cells: make([]string, vcColumns)}
		case p.name == "END" && strings.EqualFold(string(p.raw), "VCARD"):
			if card == nil {
				f.Problems = append(f.Problems, sheet.Problemf(l.line, "import.contacts.vcard.no-begin", "END:VCARD zonder BEGIN:VCARD", nil))
				continue
			}
			if !card.bad {
				f.Rows = append(f.Rows, Row{Line: card.line, Cells: card.finish()})
			}
			card = nil
		case card == nil:
			f.Problems = append(f.Problems, sheet.Problemf(l.line, "import.contacts.vcard.outside", "tekst buiten een vCard (BEGIN:VCARD ... END:VCARD)", nil))
		default:
			if !card.add(p) {
				// Not a field: a column of its own, so the value is
				// named (and can be kept) instead of dropped.
				i, ok := extra[p.name]
				if !ok {
					i = len(f.Columns)
					extra[p.name] = i
					f.Columns = append(f.Columns, vcardColumnName(p.name))
					t := Ignore
					if vcardNotNeeded[p.name] {
						t = NotNeeded
					}
					f.guess = append(f.guess, t)
				}
				card.addExtra(i, p)
			}
		}
	}
	if card != nil {
		f.Problems = append(f.Problems, sheet.Problemf(card.line, "import.contacts.vcard.no-end", "deze vCard heeft geen END:VCARD", nil))
	}
	if len(f.Rows) == 0 && len(f.Problems) == 0 {
		return nil, &formatError{sheet.FormatErrorf("import.contacts.no-vcards", "het bestand bevat geen vCards", nil)}
	}
	return f, nil
}

type logicalLine struct {
	line int
	text []byte
}

// logicalLines unfolds the file: a line that starts with a space or tab
// continues the one before, and a quoted-printable value that ends in "="
// continues on the next line (vCard 2.1).
func logicalLines(b []byte) []logicalLine {
	var out []logicalLine
	phys := bytes.Split(b, []byte("\n"))
	for i := 0; i < len(phys); i++ {
		l := bytes.TrimSuffix(phys[i], []byte("\r"))
		if len(l) > 0 && (l[0] == ' ' || l[0] == '\t') && len(out) > 0 {
			last := &out[len(out)-1]
			last.text = append(last.text, l[1:]...)
			continue
		}
		cur := logicalLine{line: i + 1, text: append([]byte(nil), l...)}
		for isQuotedPrintable(cur.text) && bytes.HasSuffix(cur.text, []byte("=")) && i+1 < len(phys) {
			i++
			next := bytes.TrimSuffix(phys[i], []byte("\r"))
			cur.text = append(cur.text[:len(cur.text)-1], next...)
		}
		out = append(out, cur)
	}
	return out
}

func isQuotedPrintable(line []byte) bool {
	colon := bytes.IndexByte(line, ':')
	if colon < 0 {
		return false
	}
	return bytes.Contains(bytes.ToUpper(line[:colon]), []byte("QUOTED-PRINTABLE"))
}

// property is one content line: NAME;PARAM=VALUE:value.
type property struct {
	name   string              // upper case, without a group ("item1.")
	params map[string][]string // upper-case keys; bare 2.1 types under TYPE
	raw    []byte              // the value as written
}

func parseProperty(line []byte) (property, bool) {
	// The value starts at the first colon outside a quoted parameter value.
	quoted, colon := false, -1
	for i, c := range line {
		if c == '"' {
			quoted = !quoted
		} else if c == ':' && !quoted {
			colon = i
			break
		}
	}
	if colon <= 0 {
		return property{}, false
	}
	parts := splitOutsideQuotes(string(line[:colon]), ';')
	name := strings.ToUpper(strings.TrimSpace(parts[0]))
	if dot := strings.LastIndexByte(name, '.'); dot >= 0 {
		name = name[dot+1:]
	}
	if name == "" {
		return property{}, false
	}
	p := property{name: name, params: map[string][]string{}, raw: line[colon+1:]}
	for _, param := range parts[1:] {
		k, v, ok := strings.Cut(param, "=")
		if !ok { // vCard 2.1: TEL;WORK;VOICE, or ENCODING value alone
			v, k = k, "TYPE"
			switch strings.ToUpper(v) {
			case "QUOTED-PRINTABLE", "BASE64", "B":
				k = "ENCODING"
			}
		}
		k = strings.ToUpper(strings.TrimSpace(k))
		// TYPE=work,voice and TYPE="HOME,VOICE" (quoted, as Nextcloud
		// writes it) both list two types.
		for _, x := range strings.Split(strings.Trim(strings.TrimSpace(v), `"`), ",") {
			p.params[k] = append(p.params[k], strings.ToLower(strings.Trim(strings.TrimSpace(x), `"`)))
		}
	}
	return p, true
}

func splitOutsideQuotes(s string, sep byte) []string {
	var out []string
	quoted, start := false, 0
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '"':
			quoted = !quoted
		case s[i] == sep && !quoted:
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

func (p property) has(key, value string) bool {
	for _, v := range p.params[key] {
		if v == value {
			return true
		}
	}
	return false
}

// text is the property's value decoded (quoted-printable, charset) but
// not yet unescaped.
func (p property) text() string {
	b := p.raw
	if p.has("ENCODING", "quoted-printable") {
		b = decodeQuotedPrintable(b)
	}
	charset := ""
	if cs := p.params["CHARSET"]; len(cs) > 0 {
		charset = cs[0]
	}
	switch {
	case charset == "iso-8859-1" || charset == "latin1":
		s, _ := charmap.ISO8859_1.NewDecoder().Bytes(b)
		return string(s)
	case charset == "iso-8859-15":
		s, _ := charmap.ISO8859_15.NewDecoder().Bytes(b)
		return string(s)
	case utf8.Valid(b):
		return string(b)
	}
	s, _ := charmap.Windows1252.NewDecoder().Bytes(b)
	return string(s)
}

func decodeQuotedPrintable(b []byte) []byte {
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); i++ {
		if b[i] == '=' && i+2 < len(b) && isHex(b[i+1]) && isHex(b[i+2]) {
			out = append(out, unhex(b[i+1])<<4|unhex(b[i+2]))
			i += 2
			continue
		}
		out = append(out, b[i])
	}
	return out
}

func isHex(c byte) bool {
	return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f')
}

func unhex(c byte) byte {
	switch {
	case c >= '0' && c <= '9':
		return c - '0'
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10
	}
	return c - 'A' + 10
}

// components splits a structured value (N, ORG) at unescaped semicolons
// and unescapes each part.
func components(s string) []string {
	var out []string
	var cur strings.Builder
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '\\' && i+1 < len(s):
			cur.WriteByte('\\')
			cur.WriteByte(s[i+1])
			i++
		case s[i] == ';':
			out = append(out, unescapeText(cur.String()))
			cur.Reset()
		default:
			cur.WriteByte(s[i])
		}
	}
	return append(out, unescapeText(cur.String()))
}

// unescapeText undoes vCard and iCalendar text escaping: \n, \, \; \\.
func unescapeText(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 == len(s) {
			b.WriteByte(s[i])
			continue
		}
		i++
		switch s[i] {
		case 'n', 'N':
			b.WriteByte('\n')
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// vcard collects the properties of one card.
type vcard struct {
	line   int
	cells  []string
	bad    bool
	emails []candidate
	phones []candidate // work and untyped numbers
	mobile []string
	others []string // fax and pager numbers
	home   []string // home numbers
	notes  []string
	extra  map[int][]string // values of the columns of properties without a field
	// company is a card of an organisation itself (KIND:org, Apple's
	// X-ABShowAs:COMPANY): its name is the organisation's.
	company bool
}

// candidate is a value of a property that may occur several times
// (EMAIL, TEL), with how clearly it is the work one.
type candidate struct {
	value string
	score int
}

// best splits candidates into the one most clearly for work (the first of
// equals) and the others, in the order written.
func best(cs []candidate) (string, []string) {
	b := -1
	for i, c := range cs {
		if b < 0 || c.score > cs[b].score {
			b = i
		}
	}
	if b < 0 {
		return "", nil
	}
	var rest []string
	for i, c := range cs {
		if i != b {
			rest = append(rest, c.value)
		}
	}
	return cs[b].value, rest
}

// addExtra keeps the value of a property Ketenregie has no field for in
// column col: a structured value (ADR) as its parts, a picture as a word.
func (c *vcard) addExtra(col int, p property) {
	v := "(afbeelding of bestand)"
	if !p.has("ENCODING", "b") && !p.has("ENCODING", "base64") {
		var parts []string
		for _, x := range components(p.text()) {
			if x = strings.TrimSpace(x); x != "" {
				parts = append(parts, x)
			}
		}
		v = strings.Join(parts, ", ")
	}
	if v == "" {
		return
	}
	if c.extra == nil {
		c.extra = map[int][]string{}
	}
	c.extra[col] = append(c.extra[col], v)
}

// add reads a property into the card's cells; false for one without a
// field, which ReadVCard gives a column of its own.
func (c *vcard) add(p property) bool {
	set := func(col int, v string) {
		if c.cells[col] == "" {
			c.cells[col] = strings.TrimSpace(v)
		}
	}
	if p.has("ENCODING", "b") || p.has("ENCODING", "base64") {
		return false // pictures and keys
	}
	switch p.name {
	case "FN":
		set(vcName, unescapeText(p.text()))
	case "N":
		n := components(p.text())
		for len(n) < 3 {
			n = append(n, "")
		}
		set(vcFamily, n[0])
		set(vcGiven, n[1])
		set(vcAdditional, n[2])
	case "ORG":
		set(vcOrg, components(p.text())[0])
	case "TITLE":
		set(vcTitle, unescapeText(p.text()))
	case "ROLE":
		set(vcRole, unescapeText(p.text()))
	case "EMAIL":
		// A home address is used when it is the only one: an iPhone
		// labels every address HOME unless told otherwise.
		if v := strings.TrimSpace(unescapeText(p.text())); v != "" {
			c.emails = append(c.emails, candidate{v, workScore(p)})
		}
	case "TEL":
		v := strings.TrimSpace(unescapeText(p.text()))
		v = strings.TrimPrefix(v, "tel:")
		if i := strings.Index(v, ";ext="); i >= 0 {
			v = v[:i]
		}
		switch {
		case v == "":
		case p.has("TYPE", "cell") || p.has("TYPE", "mobile"):
			c.mobile = append(c.mobile, v)
		case p.has("TYPE", "fax") || p.has("TYPE", "pager"):
			c.others = append(c.others, v)
		case p.has("TYPE", "home"):
			c.home = append(c.home, v)
		default:
			c.phones = append(c.phones, candidate{v, workScore(p)})
		}
	case "NOTE":
		if v := strings.TrimSpace(unescapeText(p.text())); v != "" {
			c.notes = append(c.notes, v)
		}
	case propMunicipalities:
		set(vcMunicipalities, unescapeText(p.text()))
	case propOrgType:
		set(vcOrgType, unescapeText(p.text()))
	case propReviewed:
		set(vcReviewed, unescapeText(p.text()))
	case "KIND", "X-ABSHOWAS":
		if v := strings.ToLower(strings.TrimSpace(p.text())); v == "org" || v == "company" {
			c.company = true
		}
		return false // and named as not needed
	case "BEGIN", "END":
	default:
		return false
	}
	return true
}

// workScore ranks a value: preferred, then work, then untyped, then home.
func workScore(p property) int {
	score := 1
	switch {
	case p.has("TYPE", "work"):
		score = 2
	case p.has("TYPE", "home"):
		score = 0
	}
	if p.has("TYPE", "pref") || len(p.params["PREF"]) > 0 {
		score += 2
	}
	return score
}

func (c *vcard) finish() []string {
	if c.company {
		if c.cells[vcOrg] == "" {
			c.cells[vcOrg] = c.cells[vcName]
		}
		for _, col := range []int{vcName, vcGiven, vcAdditional, vcFamily} {
			c.cells[col] = ""
		}
	}
	// Home addresses and numbers are the person's own: their columns are
	// not mapped, so they are kept only when the user chooses to, except
	// a home address that is the only one.
	c.cells[vcEmail], _ = best(c.emails)
	var other, home []string
	for _, e := range c.emails {
		switch {
		case e.value == c.cells[vcEmail]:
		case e.score == 0:
			home = append(home, e.value)
		default:
			other = append(other, e.value)
		}
	}
	c.cells[vcEmailOther] = strings.Join(other, "\n")
	c.cells[vcEmailHome] = strings.Join(home, "\n")
	var rest []string
	c.cells[vcPhone], rest = best(c.phones)
	if len(c.mobile) > 0 {
		c.cells[vcMobile] = c.mobile[0]
		rest = append(rest, c.mobile[1:]...)
	}
	c.cells[vcPhoneOther] = strings.Join(append(rest, c.others...), "\n")
	c.cells[vcPhoneHome] = strings.Join(c.home, "\n")
	c.cells[vcNote] = strings.Join(c.notes, "\n")
	for col, vs := range c.extra {
		for len(c.cells) <= col {
			c.cells = append(c.cells, "")
		}
		c.cells[col] = strings.Join(vs, "\n")
	}
	return c.cells
}
