package contacts

import (
	"context"
	"fmt"
	"maps"
	"sort"
	"strings"
	"unicode/utf8"

	"ketenregie/data"
)

// Action is what an import does with one row.
type Action int

const (
	Create    Action = iota // a new contact
	Update                  // an existing contact gets new values
	Unchanged               // an existing contact that already holds these values
	Skip                    // an empty row, or one that repeats an earlier row
)

// String is the Dutch word the preview shows.
func (a Action) String() string {
	switch a {
	case Create:
		return "nieuw"
	case Update:
		return "bijwerken"
	case Unchanged:
		return "ongewijzigd"
	}
	return "overslaan"
}

// PlannedRow is one row of the file and what the import does with it.
type PlannedRow struct {
	Line   int
	Action Action
	// Values are the contact's fields as the file gives them, in the
	// store's form (a role code, municipality ids); organisation_id is ""
	// for an organisation still to be made (see Organisation).
	Values       map[string]string
	Organisation string            // the organisation's name as in the file
	ContactID    string            // the contact updated or left unchanged
	Changes      map[string]string // for Update: the fields that change
	// Duplicate says why this new contact may be a person already known:
	// the same name at the same organisation ("" when there is no reason).
	Duplicate string
	Note      string // why a row is skipped, or a remark on the match
	Problems  []string

	newOrg int // index in Plan.NewOrganisations of the organisation to make, or -1
}

// NewOrganisation is an organisation the import makes because no
// organisation of that name (ignoring case and accents) exists.
type NewOrganisation struct {
	Name  string
	Type  string // an organisation type code
	Lines []int  // the rows that name it
}

// Plan is what importing a file with a mapping would do. A plan with
// Problems is refused as a whole.
type Plan struct {
	File             *File
	Mapping          Mapping
	Rows             []PlannedRow
	Problems         []Problem
	NewOrganisations []NewOrganisation
	// Counts of the rows by Action, and of new contacts that look like
	// people already known.
	Creates, Updates, Unchanged, Skipped, Duplicates int
}

// OK reports whether the plan can be applied.
func (p *Plan) OK() bool { return len(p.Problems) == 0 }

// Index is what a plan compares a file with: the contacts, organisations
// and municipalities in the store.
type Index struct {
	byEmail   map[string][]data.Record // lower-case e-mail
	byNameOrg map[string][]data.Record // nameKey + "\x00" + organisation id
	orgByName map[string]string        // folded name -> id
	munis     *municipalities
}

// LoadIndex reads what a plan needs from the store.
func LoadIndex(ctx context.Context, s *data.Store) (*Index, error) {
	idx := &Index{byEmail: map[string][]data.Record{}, byNameOrg: map[string][]data.Record{},
		orgByName: map[string]string{}}
	orgs, err := s.List(ctx, "organisation")
	if err != nil {
		return nil, err
	}
	for _, o := range orgs {
		k := nameKey(o.Get("name"))
		if _, ok := idx.orgByName[k]; !ok {
			idx.orgByName[k] = o.ID
		}
	}
	contacts, err := s.List(ctx, "contact")
	if err != nil {
		return nil, err
	}
	for _, c := range contacts {
		if e := c.Get("email"); e != "" {
			idx.byEmail[strings.ToLower(e)] = append(idx.byEmail[strings.ToLower(e)], c)
		}
		k := nameKey(c.Get("name")) + "\x00" + c.Get("organisation_id")
		idx.byNameOrg[k] = append(idx.byNameOrg[k], c)
	}
	munis, err := s.List(ctx, "municipality")
	if err != nil {
		return nil, err
	}
	idx.munis = newMunicipalities(munis)
	return idx, nil
}

// nameKey is a name folded for comparison: case, accents and spacing ignored.
func nameKey(s string) string { return strings.Join(strings.Fields(data.Fold(s)), " ") }

// NewPlan works out what importing f with mapping m into the store that
// idx describes would do. It changes nothing.
func NewPlan(f *File, m Mapping, idx *Index) *Plan {
	p := &Plan{File: f, Mapping: m.Clone(), Rows: make([]PlannedRow, 0, len(f.Rows))}
	p.Problems = append(p.Problems, f.Problems...)
	cols := map[Target][]int{}
	for i, t := range m {
		if t != Ignore && i < len(f.Columns) {
			cols[t] = append(cols[t], i)
		}
	}
	if len(cols[Name]) == 0 && len(cols[FirstName]) == 0 && len(cols[LastName]) == 0 {
		p.Problems = append(p.Problems, Problem{Msg: "geen kolom bevat de naam: kies bij een kolom \"naam\" (of voornaam en achternaam)"})
	}

	newOrgs := map[string]int{} // org key -> index in p.NewOrganisations
	seen := map[string]int{}    // target key -> index in p.Rows
	created := map[string]int{} // nameKey + org key of new contacts -> index in p.Rows
	for _, row := range f.Rows {
		pr := planRow(row, cols, idx)
		if pr.Action == Skip || len(pr.Problems) > 0 {
			p.add(pr)
			continue
		}
		orgKey := ""
		if org := pr.Organisation; org != "" {
			if id, ok := idx.orgByName[nameKey(org)]; ok {
				pr.Values["organisation_id"] = id
				orgKey = id
			} else {
				orgKey = "new:" + nameKey(org)
				n, ok := newOrgs[orgKey]
				if !ok {
					n = len(p.NewOrganisations)
					newOrgs[orgKey] = n
					p.NewOrganisations = append(p.NewOrganisations, NewOrganisation{Name: org, Type: guessOrgType(org)})
				}
				if t := pr.Values["organisation_type"]; t != "" && len(p.NewOrganisations[n].Lines) == 0 {
					p.NewOrganisations[n].Type = t
				}
				p.NewOrganisations[n].Lines = append(p.NewOrganisations[n].Lines, pr.Line)
				pr.newOrg = n
			}
		}
		delete(pr.Values, "organisation_type")
		nk := nameKey(pr.Values["name"]) + "\x00" + orgKey
		email := strings.ToLower(pr.Values["email"])

		// Which existing contact is this? By e-mail; without one, by name at
		// the same organisation.
		var match []data.Record
		if email != "" {
			match = idx.byEmail[email]
		} else if !strings.HasPrefix(orgKey, "new:") {
			match = idx.byNameOrg[nk]
			if len(match) > 1 {
				pr.Action = Skip
				pr.Note = fmt.Sprintf("er zijn %d contactpersonen met deze naam bij deze organisatie; zonder e-mailadres is niet te zeggen welke bedoeld is", len(match))
				p.add(pr)
				continue
			}
		}
		key := ""
		switch {
		case len(match) > 0:
			key = "id:" + match[0].ID
		case email != "":
			key = "email:" + email
		default:
			key = "name:" + nk
		}
		if j, ok := seen[key]; ok {
			earlier := p.Rows[j]
			if maps.Equal(earlier.Values, pr.Values) && nameKey(earlier.Organisation) == nameKey(pr.Organisation) {
				pr.Action = Skip
				pr.Note = fmt.Sprintf("staat al op regel %d", earlier.Line)
			} else {
				pr.Problems = append(pr.Problems, fmt.Sprintf("betreft dezelfde persoon als regel %d, maar met andere gegevens; laat één van beide regels staan", earlier.Line))
			}
			p.add(pr)
			continue
		}
		seen[key] = len(p.Rows)

		if len(match) > 0 {
			c := match[0]
			pr.ContactID = c.ID
			if len(match) > 1 {
				pr.Note = fmt.Sprintf("%d contactpersonen hebben dit e-mailadres; de eerste wordt bijgewerkt", len(match))
			}
			pr.Changes = changes(c, pr.Values)
			if pr.newOrg >= 0 {
				pr.Changes["organisation_id"] = "" // the id of the organisation made first
			}
			if len(pr.Changes) == 0 {
				pr.Action = Unchanged
			} else {
				pr.Action = Update
			}
			p.add(pr)
			continue
		}
		pr.Action = Create
		if dup := idx.byNameOrg[nk]; len(dup) > 0 && !strings.HasPrefix(orgKey, "new:") {
			pr.Duplicate = "dezelfde naam bij dezelfde organisatie als de bestaande contactpersoon " + describe(dup[0])
		} else if j, ok := created[nk]; ok {
			pr.Duplicate = fmt.Sprintf("dezelfde naam bij dezelfde organisatie als regel %d", p.Rows[j].Line)
		}
		if _, ok := created[nk]; !ok {
			created[nk] = len(p.Rows)
		}
		p.add(pr)
	}
	sort.SliceStable(p.Problems, func(i, j int) bool { return p.Problems[i].Line < p.Problems[j].Line })
	return p
}

func (p *Plan) add(pr PlannedRow) {
	for _, msg := range pr.Problems {
		p.Problems = append(p.Problems, Problem{Line: pr.Line, Msg: msg})
	}
	if len(pr.Problems) == 0 {
		switch pr.Action {
		case Create:
			p.Creates++
			if pr.Duplicate != "" {
				p.Duplicates++
			}
		case Update:
			p.Updates++
		case Unchanged:
			p.Unchanged++
		case Skip:
			p.Skipped++
		}
	}
	p.Rows = append(p.Rows, pr)
}

func describe(c data.Record) string {
	if e := c.Get("email"); e != "" {
		return c.Get("name") + " (" + e + ")"
	}
	return c.Get("name")
}

// changes lists the fields whose value in the file differs from the
// contact's. An empty cell changes nothing, and an e-mail address that
// differs only in capitals is the same address.
func changes(c data.Record, vals map[string]string) map[string]string {
	out := map[string]string{}
	for f, v := range vals {
		if v == "" || v == c.Get(f) || (f == "email" && strings.EqualFold(v, c.Get(f))) {
			continue
		}
		out[f] = v
	}
	return out
}

// planRow reads one row with the mapping and checks every value by the
// store's rules.
func planRow(row Row, cols map[Target][]int, idx *Index) PlannedRow {
	pr := PlannedRow{Line: row.Line, Values: map[string]string{}, newOrg: -1}
	get := func(t Target) string {
		for _, i := range cols[t] {
			if v := clean(row.Cell(i)); v != "" {
				return v
			}
		}
		return ""
	}
	empty := true
	for _, is := range cols {
		for _, i := range is {
			if clean(row.Cell(i)) != "" {
				empty = false
			}
		}
	}
	if empty {
		pr.Action = Skip
		pr.Note = "lege regel"
		return pr
	}
	bad := func(format string, args ...any) { pr.Problems = append(pr.Problems, fmt.Sprintf(format, args...)) }
	oneLine := func(label, v string) bool {
		if strings.ContainsAny(v, "\r\n") {
			bad("%s: mag geen regeleinde bevatten", label)
			return false
		}
		if len(v) > maxText {
			bad("%s: is te lang (%d tekens, hoogstens %d)", label, utf8.RuneCountInString(v), maxText)
			return false
		}
		return true
	}

	name := get(Name)
	if name == "" {
		var parts []string
		for _, t := range []Target{FirstName, MiddleName, LastName} {
			if v := get(t); v != "" {
				parts = append(parts, v)
			}
		}
		name = strings.Join(parts, " ")
	}
	switch {
	case name == "":
		bad("naam: deze regel heeft geen naam")
	case oneLine("naam", name):
		pr.Values["name"] = name
	}
	if org := get(Organisation); org != "" && oneLine("organisatie", org) {
		pr.Organisation = org
	}
	if t := get(OrganisationType); t != "" {
		if code, ok := orgTypeKeys.match(t); ok {
			pr.Values["organisation_type"] = code
		} else {
			bad("soort organisatie: %q is geen bekende soort", t)
		}
	}
	if r := get(Role); r != "" {
		if code, ok := MatchRole(r); ok {
			pr.Values["role"] = code
		} else {
			bad("rol: %q is geen bekende rol", r)
		}
	}
	if e := get(Email); e != "" {
		if data.ValidEmail(e) {
			pr.Values["email"] = e
		} else {
			bad("e-mail: %q is geen geldig e-mailadres", e)
		}
	}
	phone := get(Phone)
	if phone == "" {
		phone = get(Mobile)
	}
	if phone != "" {
		if data.ValidPhone(phone) {
			pr.Values["phone"] = phone
		} else {
			bad("telefoon: %q is geen geldig telefoonnummer", phone)
		}
	}
	if v := get(Municipalities); v != "" {
		ids, _, unknown := idx.munis.parse(v)
		for _, part := range unknown {
			bad("gemeenten: geen gemeente %q", part)
		}
		pr.Values["municipality_ids"] = data.JoinIDs(ids)
	}
	var notes []string
	for _, i := range cols[Notes] {
		if v := strings.TrimSpace(row.Cell(i)); v != "" {
			notes = append(notes, clean(v))
		}
	}
	if n := strings.TrimRight(strings.ReplaceAll(strings.Join(notes, "\n"), "\r\n", "\n"), " \t\n"); n != "" {
		if len(n) > maxLongText {
			bad("notities: zijn te lang (%d tekens, hoogstens %d)", utf8.RuneCountInString(n), maxLongText)
		} else {
			pr.Values["notes"] = n
		}
	}
	if d := get(Reviewed); d != "" {
		if iso, ok := data.ParseDate(d); ok {
			pr.Values["last_reviewed"] = iso
		} else {
			bad("laatst gecontroleerd: %q is geen geldige datum (dd-mm-jjjj)", d)
		}
	}
	for _, v := range pr.Values {
		if !utf8.ValidString(v) || strings.ContainsRune(v, 0) {
			bad("bevat een ongeldig teken")
			break
		}
	}
	return pr
}

// The store's length limits (data/validate.go).
const (
	maxText     = 500
	maxLongText = 200_000
)

// choiceKeys are the keys (data.ChoiceKey) of a list of choices, made once
// for the many rows of a file.
type choiceKeys struct {
	choices      []data.Choice
	codes, label []string
}

func keysOf(choices []data.Choice) *choiceKeys {
	k := &choiceKeys{choices: choices}
	for _, c := range choices {
		k.codes = append(k.codes, data.ChoiceKey(c.Code))
		k.label = append(k.label, data.ChoiceKey(c.Label))
	}
	return k
}

var (
	roleKeys    = keysOf(data.ContactRoles)
	orgTypeKeys = keysOf(data.OrganisationTypes)
)

func (k *choiceKeys) match(v string) (string, bool) {
	key := data.ChoiceKey(v)
	for i, c := range k.choices {
		if k.codes[i] == key || k.label[i] == key {
			return c.Code, true
		}
	}
	return "", false
}

// MatchRole finds the role a file names: its code or label, ignoring case,
// accents, spaces and hyphens ("aandachtsfunctionaris mensenhandel",
// "riec-adviseur"), or the start of one label only ("Aandachtsfunctionaris").
func MatchRole(v string) (string, bool) {
	if code, ok := roleKeys.match(v); ok {
		return code, true
	}
	key := data.ChoiceKey(v)
	if len(key) < 4 {
		return "", false
	}
	found := ""
	for i, c := range roleKeys.choices {
		if strings.HasPrefix(roleKeys.label[i], key) {
			if found != "" {
				return "", false
			}
			found = c.Code
		}
	}
	return found, found != ""
}

// orgTypeWords guesses the type of a new organisation from its name.
var orgTypeWords = []struct{ word, code string }{
	{"gemeente", "gemeente"}, {"politie", "politie"}, {"avim", "politie"}, {"openbaar ministerie", "om"},
	{"riec", "riec"}, {"veiligheidshuis", "zvh"}, {"arbeidsinspectie", "arbeidsinspectie"}, {"inspectie szw", "arbeidsinspectie"},
	{"marechaussee", "kmar"}, {"kmar", "kmar"}, {"belastingdienst", "belastingdienst"}, {"ggd", "ggd"},
	{"veilig thuis", "veilig-thuis"}, {"zorgcoordinatie", "zorgcoordinatie"}, {"comensha", "comensha"},
	{"fairwork", "fairwork"}, {"ccv", "ccv"}, {"reclassering", "reclassering"}, {"wijkteam", "wijkteam"},
	{"sociaal team", "wijkteam"}, {"opvang", "opvang"}, {"leger des heils", "opvang"}, {"school", "onderwijs"},
	{"ziekenhuis", "medisch"}, {"huisarts", "medisch"},
}

func guessOrgType(name string) string {
	n := " " + nameKey(name) + " "
	for _, w := range orgTypeWords {
		if strings.Contains(n, w.word) {
			return w.code
		}
	}
	return "overig"
}
