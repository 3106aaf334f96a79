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
	Role             Target = "role" // a role's label or code
	Email            Target = "email"
	Phone            Target = "phone"  // the work phone
	Mobile           Target = "mobile" // used when there is no work phone
	Municipalities   Target = "municipalities"
	Notes            Target = "notes" // several note columns are joined
	Reviewed         Target = "last_reviewed"
)

// Targets lists every target in the order a mapping select offers them.
var Targets = []Target{Ignore, Name, FirstName, MiddleName, LastName, Organisation, OrganisationType,
	Role, Email, Phone, Mobile, Municipalities, Notes, Reviewed}

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
	case Role:
		return "rol"
	case Email:
		return "e-mail"
	case Phone:
		return "telefoon"
	case Mobile:
		return "mobiel"
	case Municipalities:
		return "gemeenten"
	case Notes:
		return "notities"
	case Reviewed:
		return "laatst gecontroleerd"
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

// knownHeaders maps column names as Ketenregie, Excel users, Outlook
// (Dutch and English), Google Contacts and Thunderbird write them, reduced
// by headerKey, to their target. Only the first of several addresses or
// numbers is known: "E-mail 2 Address" stays unmapped.
var knownHeaders = func() map[string]Target {
	m := map[string]Target{}
	for t, names := range map[Target][]string{
		Name: {"Naam", "Volledige naam", "Name", "Full Name", "Display Name", "Weergavenaam",
			"Contactpersoon", "Contact", "Naam contactpersoon"},
		FirstName:  {"Voornaam", "Roepnaam", "First Name", "Given Name", "Voorletters"},
		MiddleName: {"Middelste naam", "Tussenvoegsel", "Tussenvoegsels", "Middle Name", "Additional Name"},
		LastName:   {"Achternaam", "Last Name", "Family Name", "Surname"},
		Organisation: {"Organisatie", "Bedrijf", "Company", "Organization", "Organisation", "Instelling",
			"Werkgever", "Organization 1 - Name", "Organisatienaam"},
		OrganisationType: {"Soort organisatie", "Organisatietype", "Organisation type", "Organization type"},
		Role:             {"Rol", "Functie", "Job Title", "Role", "Organization 1 - Title", "Functietitel"},
		Email: {"E-mail", "E-mailadres", "E-mail Address", "Email", "Email Address", "Mail", "E-mail werk",
			"Werk e-mail", "E-mail 1 - Value", "Primary Email", "E-mailadres werk"},
		Phone: {"Telefoon", "Telefoonnummer", "Telefoon op werk", "Telefoon werk", "Werktelefoon", "Business Phone",
			"Phone", "Telephone", "Tel", "Tel.", "Phone 1 - Value", "Work Phone", "Zakelijke telefoon"},
		Mobile:         {"Mobiel", "Mobiele telefoon", "Mobiel nummer", "Mobielnummer", "Mobile Phone", "Mobile", "Mobile Number", "GSM"},
		Municipalities: {"Gemeenten", "Gemeente", "Werkgebied", "Municipalities", "Municipality"},
		Notes:          {"Notities", "Notitie", "Opmerkingen", "Opmerking", "Toelichting", "Notes", "Note"},
		Reviewed:       {"Laatst gecontroleerd", "Gecontroleerd", "Gecontroleerd op", "Last reviewed"},
	} {
		for _, n := range names {
			m[headerKey(n)] = t
		}
	}
	return m
}()

// GuessMapping proposes a target for each column from its name. Each target
// is given to the first column that names it; a column it does not know is
// not imported.
func GuessMapping(f *File) Mapping {
	if f.guess != nil {
		return f.guess.Clone()
	}
	m := make(Mapping, len(f.Columns))
	taken := map[Target]bool{}
	for i, c := range f.Columns {
		t, ok := knownHeaders[headerKey(c)]
		if !ok || taken[t] {
			continue
		}
		m[i], taken[t] = t, true
	}
	return m
}
