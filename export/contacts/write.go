package contacts

import (
	"bufio"
	"context"
	"io"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"ketenregie/data"
	"ketenregie/export/sheet"
)

// csvHeader are the columns of an exported contact list, in Dutch; they
// are the names GuessMapping knows, so an export imports again as it is.
// Rol is the part the person plays in the approach, from the fixed list;
// Functie, after it, the job title as the employer writes it. Rol comes
// first because an importer that takes Functie for the role (Outlook's
// name for a job title; Ketenregie before the job title had a field of its
// own) takes the first of two such columns, and so still reads the role.
var csvHeader = []string{"Naam", "Organisatie", "Soort organisatie", "Rol", "Functie", "E-mail", "Telefoon", "Gemeenten", "Notities", "Laatst gecontroleerd"}

// exported is a contact with what its references name.
type exported struct {
	data.Record
	org     data.Record
	munis   []string // names
	muniIDs []string
}

// loadExport reads the contacts with ids (every contact when ids is nil),
// in Dutch order, with their organisations and municipalities.
func loadExport(ctx context.Context, s *data.Store, ids []string) ([]exported, error) {
	var recs []data.Record
	var err error
	if ids == nil {
		recs, err = s.List(ctx, data.KindContact)
	} else {
		recs, err = s.GetMany(ctx, data.KindContact, ids)
	}
	if err != nil {
		return nil, err
	}
	orgs, err := s.List(ctx, data.KindOrganisation)
	if err != nil {
		return nil, err
	}
	orgByID := map[string]data.Record{}
	for _, o := range orgs {
		orgByID[o.ID] = o
	}
	munis, err := s.List(ctx, data.KindMunicipality)
	if err != nil {
		return nil, err
	}
	muniName := map[string]string{}
	for _, m := range munis {
		muniName[m.ID] = m.Get(data.Municipality.Name)
	}
	out := make([]exported, len(recs))
	for i, r := range recs {
		out[i] = exported{Record: r, org: orgByID[r.Get(data.Contact.OrganisationID)], muniIDs: r.List(data.Contact.MunicipalityIDs)}
		for _, id := range out[i].muniIDs {
			if n, ok := muniName[id]; ok {
				out[i].munis = append(out[i].munis, n)
			}
		}
		sort.Slice(out[i].munis, func(a, b int) bool { return data.Fold(out[i].munis[a]) < data.Fold(out[i].munis[b]) })
	}
	return out, nil
}

// WriteCSV writes contacts (every contact when ids is nil) as a list that
// Excel opens correctly on a Dutch computer: UTF-8 with a byte order mark,
// separated by semicolons, CRLF line ends, Dutch column names. Text that
// Excel would take for a formula or a number is protected (see excelText).
func WriteCSV(ctx context.Context, s *data.Store, ids []string, w io.Writer) error {
	list, err := loadExport(ctx, s, ids)
	if err != nil {
		return err
	}
	return sheet.WriteExcelCSV(w, csvHeader, func(add func([]string) error) error {
		for _, c := range list {
			orgType := ""
			if c.org.ID != "" {
				orgType = data.ChoiceLabel(data.OrganisationTypes, c.org.Get(data.Organisation.Type))
			}
			role := ""
			if code := c.Get(data.Contact.Role); code != "" {
				role = data.ChoiceLabel(data.ContactRoles, code)
			}
			if err := add([]string{
				excelText(c.Get(data.Contact.Name), false),
				excelText(c.org.Get(data.Organisation.Name), false),
				orgType,
				role,
				excelText(c.Get(data.Contact.Function), false),
				excelText(c.Get(data.Contact.Email), false),
				excelText(c.Get(data.Contact.Phone), true),
				strings.Join(c.munis, ", "),
				excelText(c.Get(data.Contact.Notes), false),
				data.FormatDate(c.Get(data.Contact.LastReviewed)),
			}); err != nil {
				return err
			}
		}
		return nil
	})
}

// excelText keeps Excel and LibreOffice Calc, opening the file with their
// default settings, from reading text as something else.
//
// A phone number is written grouped (data.FormatPhone: "0229 252200",
// "06 12345678"): with a space in it, neither program takes it for a
// number, so the leading zero stays. The ="0229123456" Excel knows would
// show as that formula text in LibreOffice, which does not evaluate
// formulas in a CSV file by default.
//
// Text that starts with =, +, - or @ would be run as a formula by Excel (a
// known way to attack whoever opens the list), so it gets an apostrophe in
// front, which an import takes off again (clean). That includes a number
// written "+31 6 12345678". The apostrophe shows in LibreOffice and in
// Excel on opening a CSV file, but the text after it is whole and nothing
// runs; a leading space or an invisible character would hide as well, but
// would travel unseen into a phone or address book that the number is
// copied to, and writing +31 as 0031 would change what the person wrote.
func excelText(s string, phone bool) string {
	if phone {
		s = data.FormatPhone(s)
	}
	return sheet.ExcelText(s)
}

// WriteVCard writes contacts (every contact when ids is nil) as vCard 4.0
// (RFC 6350): CRLF line ends, lines folded at 75 octets, text escaped.
// Ketenregie's own X-KETENREGIE- properties carry what a vCard has no
// property for (municipalities, the type of the organisation, when the
// contact was last reviewed), so the file imports again as it is.
func WriteVCard(ctx context.Context, s *data.Store, ids []string, w io.Writer) error {
	return writeVCards(ctx, s, ids, vCard4, w)
}

// WriteVCard3 writes contacts as WriteVCard does, in vCard 3.0 (RFC 2426):
// Outlook for Windows reads 3.0 and not 4.0, and reads one card from a
// file (see WriteVCardZip). Other programs read it as well.
func WriteVCard3(ctx context.Context, s *data.Store, ids []string, w io.Writer) error {
	return writeVCards(ctx, s, ids, vCard3, w)
}

// vCardVersion is the vCard version a card is written in.
type vCardVersion int

const (
	vCard4 vCardVersion = iota
	vCard3
)

func writeVCards(ctx context.Context, s *data.Store, ids []string, v vCardVersion, w io.Writer) error {
	list, err := loadExport(ctx, s, ids)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	for _, c := range list {
		writeCard(bw, c, v)
	}
	return bw.Flush()
}

// writeCard writes one contact as one vCard. The two versions differ in
// the version, KIND (4.0 only), how types are written, VALUE=text for a
// number (4.0 only), and CHARSET: vCard 3.0 has no such parameter, but
// Outlook reads a 3.0 value without it in the Windows code page ("NoÃ«lle"
// for "Noëlle"), so a value that is not plain ASCII says CHARSET=UTF-8,
// which other readers ignore or understand. TITLE is the job title as the
// employer writes it, ROLE the role from Ketenregie's list (Outlook shows
// it as the profession); the importer reads both back.
func writeCard(bw *bufio.Writer, c exported, v vCardVersion) {
	line := func(name, value string) { writeFolded(bw, name+":"+value) }
	text := func(name, value string) {
		if v == vCard3 && !isASCII(value) {
			name += ";CHARSET=UTF-8"
		}
		line(name, value)
	}
	line("BEGIN", "VCARD")
	if v == vCard3 {
		line("VERSION", "3.0")
	} else {
		line("VERSION", "4.0")
	}
	line("PRODID", "-//Ketenregie//Ketenregie//NL")
	line("UID", "urn:uuid:"+c.ID)
	if v == vCard4 {
		line("KIND", "individual")
	}
	text("FN", escapeText(c.Get(data.Contact.Name)))
	given, middle, family := splitName(c.Get(data.Contact.Name))
	if middle != "" {
		family = middle + " " + family
	}
	text("N", escapeText(family)+";"+escapeText(given)+";;;")
	if c.org.ID != "" {
		text("ORG", escapeText(c.org.Get(data.Organisation.Name)))
	}
	if f := c.Get(data.Contact.Function); f != "" {
		text("TITLE", escapeText(f))
	}
	if code := c.Get(data.Contact.Role); code != "" {
		text("ROLE", escapeText(data.ChoiceLabel(data.ContactRoles, code)))
	}
	if e := c.Get(data.Contact.Email); e != "" {
		if v == vCard3 {
			text("EMAIL;TYPE=INTERNET,WORK", escapeText(e))
		} else {
			text("EMAIL;TYPE=work", escapeText(e))
		}
	}
	if p := c.Get(data.Contact.Phone); p != "" {
		// A mobile number is marked as one, so an address book offers
		// to text it; the importer takes it as the phone all the same.
		kind := "voice"
		if isMobile(p) {
			kind = "cell"
		}
		if v == vCard3 {
			text("TEL;TYPE=WORK,"+strings.ToUpper(kind), escapeText(p))
		} else {
			text("TEL;TYPE=work,"+kind+";VALUE=text", escapeText(p))
		}
	}
	if n := c.Get(data.Contact.Notes); n != "" {
		text("NOTE", escapeText(n))
	}
	if len(c.munis) > 0 {
		text(propMunicipalities, escapeText(strings.Join(c.munis, ", ")))
	}
	if c.org.ID != "" {
		text(propOrgType, escapeText(c.org.Get(data.Organisation.Type)))
	}
	if d := c.Get(data.Contact.LastReviewed); d != "" {
		line(propReviewed, d)
	}
	line("END", "VCARD")
}

// isMobile reports whether a phone number is a Dutch mobile one: 06, or
// +31 6 / 0031 6.
func isMobile(phone string) bool {
	f := data.FormatPhone(phone)
	return strings.HasPrefix(f, "06 ") || strings.HasPrefix(f, "+31 6 ")
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// splitName makes a best guess at the parts of a Dutch name, for the
// vCard N property and Outlook's name columns: the given names, the
// tussenvoegsel and the family name. The tussenvoegsel is the run of
// words in lower case after the first word ("van der", "de", "'t"):
// "Jan Willem de Vries" is "Jan Willem", "de", "Vries"; without one, the
// first word is the given name and the rest the family name ("Marloes",
// "", "Bakker-Jansen"). A single word is a family name. The parts joined
// with spaces give the name back, so an import that joins them loses
// nothing.
func splitName(name string) (given, middle, family string) {
	f := strings.Fields(name)
	switch len(f) {
	case 0:
		return "", "", ""
	case 1:
		return "", "", f[0]
	}
	start := -1
	for i := 1; i < len(f)-1; i++ {
		if isParticle(f[i]) {
			start = i
			break
		}
	}
	if start < 0 {
		return f[0], "", strings.Join(f[1:], " ")
	}
	end := start
	for end < len(f)-1 && isParticle(f[end]) {
		end++
	}
	return strings.Join(f[:start], " "), strings.Join(f[start:end], " "), strings.Join(f[end:], " ")
}

// isParticle reports whether a word of a name is part of a tussenvoegsel:
// it starts with a lower-case letter, or an apostrophe ("'t", "d'").
func isParticle(word string) bool {
	r, _ := utf8.DecodeRuneInString(word)
	return r == '\'' || r == '’' || unicode.IsLower(r)
}

// escapeText escapes a vCard or iCalendar TEXT value: backslash, comma,
// semicolon and line breaks.
func escapeText(s string) string {
	var b strings.Builder
	for _, r := range strings.ReplaceAll(s, "\r\n", "\n") {
		switch r {
		case '\\':
			b.WriteString(`\\`)
		case ',':
			b.WriteString(`\,`)
		case ';':
			b.WriteString(`\;`)
		case '\n', '\r':
			b.WriteString(`\n`)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// writeFolded writes a content line ending in CRLF, folded so that no line
// is longer than 75 octets: a continuation line starts with a space, and a
// character is never split.
func writeFolded(w *bufio.Writer, line string) {
	const max = 75
	width := 0
	for _, r := range line {
		n := utf8.RuneLen(r)
		if n < 0 {
			n = 3 // written as U+FFFD
		}
		if width+n > max {
			w.WriteString("\r\n ")
			width = 1
		}
		w.WriteRune(r)
		width += n
	}
	w.WriteString("\r\n")
}
