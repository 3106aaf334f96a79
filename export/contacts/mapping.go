package contacts

import (
	"strings"

	"ketenregie/data"
)

// Target is what a column of a contact list holds: a field of a contact,
// a part of one (a first name), or nothing to import (Ignore).
type Target string

const (
	Ignore           Target = ""
	Name             Target = "name"        // the whole name
	FirstName        Target = "first_name"  // joined with the middle and last name
	MiddleName       Target = "middle_name" // Outlook's "Middelste naam": often the tussenvoegsel
	LastName         Target = "last_name"
	Organisation     Target = "organisation" // its name; created when missing
	OrganisationType Target = "organisation_type"
	Function         Target = "function" // the job title, free text ("Adviseur veiligheid")
	Role             Target = "role"     // a role's label or code, from the fixed list
	Email            Target = "email"
	EmailOther       Target = "email_other" // another address: the e-mail when there is no first one, else kept in the notes
	Phone            Target = "phone"       // the work phone
	Mobile           Target = "mobile"      // the phone when there is no work phone, else kept in the notes
	PhoneOther       Target = "phone_other" // a home or other number: the phone when there is none above, else in the notes
	Municipalities   Target = "municipalities"
	Notes            Target = "notes" // several note columns are joined
	Keep             Target = "keep"  // kept in the notes as "Column: value"
	Reviewed         Target = "last_reviewed"
	// NotNeeded is a column of a known program that holds nothing a
	// contact in Ketenregie keeps (Outlook's Priority and Sensitivity, the
	// type of an e-mail address): not imported, and named as such.
	NotNeeded Target = "not_needed"
)

// Targets lists every target in the order a mapping select offers them.
var Targets = []Target{Ignore, Name, FirstName, MiddleName, LastName, Organisation, OrganisationType,
	Function, Role, Email, EmailOther, Phone, Mobile, PhoneOther, Municipalities, Notes, Keep, Reviewed, NotNeeded}

// TargetLabel is a target's Dutch name, for the command line.
func TargetLabel(t Target) string {
	switch t {
	case Ignore:
		return "niet inlezen"
	case Name:
		return "naam"
	case FirstName:
		return "voornaam"
	case MiddleName:
		return "tussenvoegsel"
	case LastName:
		return "achternaam"
	case Organisation:
		return "organisatie"
	case OrganisationType:
		return "soort organisatie"
	case Function:
		return "functie"
	case Role:
		return "rol"
	case Email:
		return "e-mail"
	case EmailOther:
		return "ander e-mailadres"
	case Phone:
		return "telefoon"
	case Mobile:
		return "mobiel"
	case PhoneOther:
		return "ander telefoonnummer"
	case Municipalities:
		return "gemeenten"
	case Notes:
		return "notities"
	case Keep:
		return "in notities, met kolomnaam"
	case Reviewed:
		return "laatst gecontroleerd"
	case NotNeeded:
		return "niet nodig"
	}
	return string(t)
}

// Mapping gives the target of each column of a file, by column index.
type Mapping []Target

// Clone returns a copy that can be changed without changing m.
func (m Mapping) Clone() Mapping { return append(Mapping(nil), m...) }

// Has reports whether any column maps to t.
func (m Mapping) Has(t Target) bool {
	for _, x := range m {
		if x == t {
			return true
		}
	}
	return false
}

// headerKey is a column name reduced to lower-case letters and digits, so
// "E-mailadres", "E-mail adres" and "e_mailadres" are the same.
func headerKey(s string) string {
	var b strings.Builder
	for _, r := range data.Fold(s) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// GuessMapping proposes a target for each column from its name. A target
// that takes one value goes to the first column that names it; the
// columns of other addresses and numbers, notes and columns not needed
// may be several. A column it does not know is not imported.
func GuessMapping(f *File) Mapping {
	if f.guess != nil {
		return f.guess.Clone()
	}
	m := make(Mapping, len(f.Columns))
	taken := map[Target]bool{}
	for i, c := range f.Columns {
		t, ok := knownHeaders[headerKey(c)]
		if headerKey(c) == headerKey(rejectsReason) { // a list of rows left out, put right
			t, ok = NotNeeded, true
		}
		if !ok || taken[t] {
			continue
		}
		m[i] = t
		switch t {
		case EmailOther, PhoneOther, Notes, NotNeeded, Keep:
		default:
			taken[t] = true
		}
	}
	return m
}

// KeepUnmapped returns m with every column that is not imported and holds
// a value kept in the notes under its name: the one choice that leaves
// nothing out.
func (m Mapping) KeepUnmapped(f *File) Mapping {
	out := m.Clone()
	for i := range f.Columns {
		if i >= len(out) || out[i] != Ignore {
			continue
		}
		for _, r := range f.Rows {
			if clean(r.Cell(i)) != "" {
				out[i] = Keep
				break
			}
		}
	}
	return out
}
