package contacts

import (
	"bufio"
	"context"
	"encoding/csv"
	"io"
	"sort"
	"strings"
	"unicode/utf8"

	"ketenregie/data"
)

// csvHeader are the columns of an exported contact list, in Dutch; they
// are the names GuessMapping knows, so an export imports again as it is.
var csvHeader = []string{"Naam", "Organisatie", "Soort organisatie", "Rol", "E-mail", "Telefoon", "Gemeenten", "Notities", "Laatst gecontroleerd"}

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
		recs, err = s.List(ctx, "contact")
	} else {
		recs, err = s.GetMany(ctx, "contact", ids)
	}
	if err != nil {
		return nil, err
	}
	orgs, err := s.List(ctx, "organisation")
	if err != nil {
		return nil, err
	}
	orgByID := map[string]data.Record{}
	for _, o := range orgs {
		orgByID[o.ID] = o
	}
	munis, err := s.List(ctx, "municipality")
	if err != nil {
		return nil, err
	}
	muniName := map[string]string{}
	for _, m := range munis {
		muniName[m.ID] = m.Get("name")
	}
	out := make([]exported, len(recs))
	for i, r := range recs {
		out[i] = exported{Record: r, org: orgByID[r.Get("organisation_id")], muniIDs: r.List("municipality_ids")}
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
	bw := bufio.NewWriter(w)
	bw.WriteString("\uFEFF")
	cw := csv.NewWriter(bw)
	cw.Comma = ';'
	cw.UseCRLF = true
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	for _, c := range list {
		orgType := ""
		if c.org.ID != "" {
			orgType = data.ChoiceLabel(data.OrganisationTypes, c.org.Get("type"))
		}
		role := ""
		if code := c.Get("role"); code != "" {
			role = data.ChoiceLabel(data.ContactRoles, code)
		}
		rec := []string{
			excelText(c.Get("name"), false),
			excelText(c.org.Get("name"), false),
			orgType,
			role,
			excelText(c.Get("email"), false),
			excelText(c.Get("phone"), true),
			strings.Join(c.munis, ", "),
			excelText(c.Get("notes"), false),
			data.FormatDate(c.Get("last_reviewed")),
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	return bw.Flush()
}

// excelText keeps Excel from reading text as something else. Text that
// starts with =, +, - or @ would be run as a formula (a known way to attack
// whoever opens the list), so it gets an apostrophe in front, which an
// import takes off again. A phone number of digits alone (0229123456)
// would lose its leading zero, and one that starts with + would be a
// formula: it is written as ="...", which Excel shows as the text itself.
func excelText(s string, phone bool) string {
	if s == "" {
		return s
	}
	if phone {
		digits := true
		for _, r := range s {
			digits = digits && (r >= '0' && r <= '9')
		}
		if digits || s[0] == '+' || s[0] == '-' {
			return `="` + s + `"`
		}
	}
	if strings.IndexByte("=+-@\t\r", s[0]) >= 0 {
		return "'" + s
	}
	return s
}

// WriteVCard writes contacts (every contact when ids is nil) as vCard 4.0
// (RFC 6350): CRLF line ends, lines folded at 75 octets, text escaped.
// Ketenregie's own X-KETENREGIE- properties carry what a vCard has no
// property for (municipalities, the type of the organisation, when the
// contact was last reviewed), so the file imports again as it is.
func WriteVCard(ctx context.Context, s *data.Store, ids []string, w io.Writer) error {
	list, err := loadExport(ctx, s, ids)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	line := func(name, value string) { writeFolded(bw, name+":"+value) }
	for _, c := range list {
		line("BEGIN", "VCARD")
		line("VERSION", "4.0")
		line("PRODID", "-//Ketenregie//Ketenregie//NL")
		line("UID", "urn:uuid:"+c.ID)
		line("KIND", "individual")
		line("FN", escapeText(c.Get("name")))
		given, family := splitName(c.Get("name"))
		line("N", escapeText(family)+";"+escapeText(given)+";;;")
		if c.org.ID != "" {
			line("ORG", escapeText(c.org.Get("name")))
		}
		if code := c.Get("role"); code != "" {
			line("TITLE", escapeText(data.ChoiceLabel(data.ContactRoles, code)))
		}
		if e := c.Get("email"); e != "" {
			line("EMAIL;TYPE=work", escapeText(e))
		}
		if p := c.Get("phone"); p != "" {
			line("TEL;TYPE=work,voice;VALUE=text", escapeText(p))
		}
		if n := c.Get("notes"); n != "" {
			line("NOTE", escapeText(n))
		}
		if len(c.munis) > 0 {
			line(propMunicipalities, escapeText(strings.Join(c.munis, ", ")))
		}
		if c.org.ID != "" {
			line(propOrgType, escapeText(c.org.Get("type")))
		}
		if d := c.Get("last_reviewed"); d != "" {
			line(propReviewed, d)
		}
		line("END", "VCARD")
	}
	return bw.Flush()
}

// splitName makes a best guess at the given and family name for the vCard
// N property: the first word, and the rest with its tussenvoegsel
// ("Jan", "van der Berg"). FN holds the name as it is stored.
func splitName(name string) (given, family string) {
	f := strings.Fields(name)
	switch len(f) {
	case 0:
		return "", ""
	case 1:
		return "", f[0]
	}
	return f[0], strings.Join(f[1:], " ")
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
