package contacts

import (
	"bufio"
	"context"
	"encoding/csv"
	"io"
	"strings"
	"unicode"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"

	"ketenregie/data"
)

// outlookHeader are the columns of WriteOutlookCSV: a part of the columns
// a Dutch Outlook for Windows writes when it exports contacts to a CSV
// file, with the same names (see outlookDutch in headers.go).
//
// Dutch and not English, because Outlook's import matches columns to its
// fields by the names in its own language: a Dutch Outlook fills
// "Voornaam" and "Telefoon op werk" by itself but asks the user to map
// "First Name" and "Business Phone" one by one, and coordinators work in a
// Dutch Outlook. An English Outlook shows the same mapping dialog, in
// which the Dutch names read plainly enough. Ketenregie's own import knows
// both.
var outlookHeader = []string{"Voornaam", "Middelste naam", "Achternaam", "Bedrijf", "Functie", "Beroep",
	"Telefoon op werk", "Mobiele telefoon", "E-mailadres", "Notities", "Categorieën"}

// outlookCategory is the Outlook category every exported contact gets, so
// the contacts from Ketenregie can be found, updated or removed together.
const outlookCategory = "Ketenregie"

// WriteOutlookCSV writes contacts (every contact when ids is nil) in the
// form Outlook for Windows imports from a CSV file (Bestand > Openen en
// exporteren > Importeren/exporteren > Importeren uit een ander programma
// of bestand > Door komma's gescheiden waarden), as Outlook writes its own
// export: comma-separated, CRLF line ends, in Windows-1252.
//
// Windows-1252 and not UTF-8, because Outlook's import reads the file in
// the Windows code page, which on a Dutch Windows is 1252: UTF-8 would
// show "Noëlle" as "NoÃ«lle". A character Windows-1252 lacks is written
// without its accent where it has one ("ş" as "s", "ı" as "i"), else as
// "?" (see to1252).
//
// The name is split as Outlook does, with the tussenvoegsel in "Middelste
// naam"; the job title goes to Functie and the role to Beroep (Outlook's
// field for a profession, where it also puts a vCard's ROLE). A mobile
// number goes to "Mobiele telefoon", any other to "Telefoon op werk".
// Municipalities, the organisation's type and the review date have no
// Outlook field and are left out: this file is for Outlook, the
// Ketenregie CSV is the one that imports again completely. Values are
// written as they are, without the apostrophe that keeps Excel from
// running a formula (excelText): Outlook takes the text literally and
// would keep the apostrophe.
func WriteOutlookCSV(ctx context.Context, s *data.Store, ids []string, w io.Writer) error {
	list, err := loadExport(ctx, s, ids)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	cw := csv.NewWriter(bw)
	cw.UseCRLF = true
	write := func(rec []string) error {
		for i, v := range rec {
			rec[i] = to1252(v)
		}
		return cw.Write(rec)
	}
	if err := write(append([]string(nil), outlookHeader...)); err != nil {
		return err
	}
	for _, c := range list {
		given, middle, family := splitName(c.Get(data.Contact.Name))
		role := ""
		if code := c.Get(data.Contact.Role); code != "" {
			role = data.ChoiceLabel(data.ContactRoles, code)
		}
		work, mobile := data.FormatPhone(c.Get(data.Contact.Phone)), ""
		if isMobile(work) {
			work, mobile = "", work
		}
		rec := []string{given, middle, family, c.org.Get(data.Organisation.Name), c.Get(data.Contact.Function), role,
			work, mobile, c.Get(data.Contact.Email), c.Get(data.Contact.Notes), outlookCategory}
		if err := write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	return bw.Flush()
}

// noAccent are letters that have no accent to take off but a plain Latin
// letter people write for them when they cannot type the original.
var noAccent = map[rune]string{'ı': "i", 'ł': "l", 'Ł': "L", 'đ': "d", 'Đ': "D", 'ħ': "h", 'Ħ': "H",
	'ŀ': "l", 'Ŀ': "L", 'ĸ': "k", 'ŉ': "'n", 'ſ': "s",
	'\u2010': "-", '\u2011': "-", '\u2212': "-", // hyphens and the minus sign
	'\u2009': " ", '\u202f': " ", // thin spaces
}

// to1252 is s with every character that Windows-1252 cannot hold replaced:
// by the letter without its accent (NFD without the combining marks) when
// that letter is in Windows-1252, by a plain Latin letter for the few that
// have no accent to take off (noAccent), else by "?".
func to1252(s string) string {
	enc := charmap.Windows1252
	in := func(r rune) bool { _, ok := enc.EncodeRune(r); return ok }
	var b strings.Builder
	for _, r := range s {
		if in(r) {
			b.WriteRune(r)
			continue
		}
		if plain, ok := noAccent[r]; ok {
			b.WriteString(plain)
			continue
		}
		base := ""
		for _, d := range norm.NFD.String(string(r)) {
			if !unicode.Is(unicode.Mn, d) {
				base += string(d)
			}
		}
		if base != "" && base != string(r) && strings.IndexFunc(base, func(d rune) bool { return !in(d) }) < 0 {
			b.WriteString(base)
			continue
		}
		b.WriteByte('?')
	}
	out, _ := enc.NewEncoder().String(b.String())
	return out
}
