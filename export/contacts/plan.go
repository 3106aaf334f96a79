package contacts

import (
	"context"
	"maps"
	"sort"
	"strings"
	"time"

	"ketenregie/data"
	"ketenregie/export/muni"
	"ketenregie/export/sheet"
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
	// Kind is "contact", or "organisation" for a company card: a row with
	// an organisation and no person, which makes or updates the
	// organisation itself.
	Kind string
	// Values are the record's fields as the file gives them, in the
	// store's form (a role code, municipality ids); organisation_id is ""
	// for an organisation still to be made (see Organisation).
	Values         map[string]string
	Organisation   string            // the organisation's name as in the file
	ContactID      string            // the contact updated or left unchanged
	OrganisationID string            // for a company card: the organisation updated or left unchanged
	Changes        map[string]string // for Update: the fields that change
	// Duplicate says why this new contact may be a person already known:
	// the same name at the same organisation (no Msg when there is no
	// reason).
	Duplicate sheet.Message
	// Note says why a row is skipped, or remarks on the match. A rejected
	// row's note is its problems in one Dutch line, without a key: the
	// window says the problems themselves.
	Note sheet.Message
	// Problems say why the row cannot be imported (each on the row's
	// line); Warnings what was repaired or kept in the notes, with the
	// reading made.
	Problems    []Problem
	Warnings    []sheet.Message
	RoleGuessed bool // the role was guessed from the job title
	Rejected    bool // a row with problems, skipped at the user's choice (Choices.SkipInvalid)

	newOrg int // index in Plan.NewOrganisations of the organisation to make, or -1
}

// problemsText is a row's problems in one Dutch line, as a rejected row's
// note and the reason in the file of rejected rows give them.
func problemsText(problems []Problem) string {
	msgs := make([]string, len(problems))
	for i, p := range problems {
		msgs[i] = p.Msg
	}
	return strings.Join(msgs, "; ")
}

// NewOrganisation is an organisation the import makes because no
// organisation of that name (ignoring case and accents) exists.
type NewOrganisation struct {
	Name   string
	Type   string            // an organisation type code
	Values map[string]string // e-mail, phone and notes of a company card
	Lines  []int             // the rows that name it
}

// Column is a column of the file that is not imported, named so that
// nothing is left out without a word.
type Column struct {
	Index   int
	Name    string
	Rows    int    // the rows with a value in it
	Example string // its first value
}

// RoleGuess is a job title in the file and the role its contacts get.
type RoleGuess struct {
	Function string // as the file writes it (the first spelling)
	Role     string // the role code, "" for none
	Guessed  bool   // guessed from the title, not chosen (Choices.Roles)
	Rows     int
}

// Choices are what the user decided beyond the mapping.
type Choices struct {
	// Roles give the role for a job title (by RoleKey of the title)
	// instead of the guess; "" for no role.
	Roles map[string]string
	// SkipInvalid imports the rows that can be imported and skips the
	// rest (Rejected), instead of refusing the file.
	SkipInvalid bool
}

// RoleKey is the key of a job title in Choices.Roles: case, accents and
// spacing ignored.
func RoleKey(function string) string { return nameKey(function) }

// Plan is what importing a file with a mapping would do. A plan with
// Problems is refused as a whole.
type Plan struct {
	File             *File
	Mapping          Mapping
	Choices          Choices
	Rows             []PlannedRow
	Problems         []Problem
	NewOrganisations []NewOrganisation
	// Unmapped are the columns with values that are not imported;
	// NotNeeded the columns a known program writes that hold nothing
	// Ketenregie keeps.
	Unmapped, NotNeeded []Column
	// Roles are the job titles of the file with the role they give.
	Roles []RoleGuess
	// Counts of the rows by Action (of contacts; a company card that
	// changes an organisation counts under OrgUpdates, one that does not
	// under Unchanged), of new contacts that look like people already
	// known, of rows with warnings, of roles guessed from a job title and
	// of rows rejected.
	Creates, Updates, Unchanged, Skipped, Duplicates int
	OrgUpdates, Warned, Guessed, Rejected            int
}

// OK reports whether the plan can be applied.
func (p *Plan) OK() bool { return len(p.Problems) == 0 }

// Index is what a plan compares a file with: the contacts, organisations
// and municipalities in the store.
type Index struct {
	byEmail   map[string][]data.Record // lower-case e-mail
	byNameOrg map[string][]data.Record // nameKey + "\x00" + organisation id
	orgByName map[string]string        // folded name -> id
	orgs      map[string]data.Record   // id -> organisation
	munis     *muni.Index
	now       time.Time // for reading two-digit years
}

// LoadIndex reads what a plan needs from the store.
func LoadIndex(ctx context.Context, s *data.Store) (*Index, error) {
	idx := &Index{byEmail: map[string][]data.Record{}, byNameOrg: map[string][]data.Record{},
		orgByName: map[string]string{}, orgs: map[string]data.Record{}, now: s.Now()}
	orgs, err := s.List(ctx, data.KindOrganisation)
	if err != nil {
		return nil, err
	}
	for _, o := range orgs {
		idx.orgs[o.ID] = o
		k := nameKey(o.Get(data.Organisation.Name))
		if _, ok := idx.orgByName[k]; !ok {
			idx.orgByName[k] = o.ID
		}
	}
	contacts, err := s.List(ctx, data.KindContact)
	if err != nil {
		return nil, err
	}
	for _, c := range contacts {
		if e := c.Get(data.Contact.Email); e != "" {
			idx.byEmail[strings.ToLower(e)] = append(idx.byEmail[strings.ToLower(e)], c)
		}
		k := nameKey(c.Get(data.Contact.Name)) + "\x00" + c.Get(data.Contact.OrganisationID)
		idx.byNameOrg[k] = append(idx.byNameOrg[k], c)
	}
	munis, err := s.List(ctx, data.KindMunicipality)
	if err != nil {
		return nil, err
	}
	idx.munis = muni.New(munis)
	return idx, nil
}

// nameKey is a name folded for comparison: case, accents and spacing ignored.
func nameKey(s string) string { return strings.Join(strings.Fields(data.Fold(s)), " ") }

// NewPlan works out what importing f with mapping m into the store that
// idx describes would do. It changes nothing.
func NewPlan(f *File, m Mapping, idx *Index) *Plan {
	return NewPlanWith(f, m, idx, Choices{})
}

// NewPlanWith is NewPlan with the user's choices.
func NewPlanWith(f *File, m Mapping, idx *Index, ch Choices) *Plan {
	p := &Plan{File: f, Mapping: m.Clone(), Choices: ch, Rows: make([]PlannedRow, 0, len(f.Rows))}
	p.Problems = append(p.Problems, f.Problems...)
	pg := newPlanning(f, p.Mapping, idx, &p.Choices)
	cols := pg.cols
	p.unused()
	if len(cols[Name]) == 0 && len(cols[FirstName]) == 0 && len(cols[LastName]) == 0 &&
		len(cols[Email]) == 0 && len(cols[EmailOther]) == 0 && len(cols[Organisation]) == 0 {
		p.Problems = append(p.Problems, sheet.Problemf(0, "import.contacts.no-name-column", "geen kolom bevat de naam, het e-mailadres of de organisatie: kies bij een kolom \"naam\" (of voornaam en achternaam)", nil))
	}

	newOrgs := map[string]int{} // org key -> index in p.NewOrganisations
	seen := map[string]int{}    // target key -> index in p.Rows
	created := map[string]int{} // nameKey + org key of new contacts -> index in p.Rows
	for _, row := range f.Rows {
		pr := pg.planRow(row)
		if pr.Action == Skip || len(pr.Problems) > 0 {
			p.add(pr)
			continue
		}
		orgKey := ""
		if org := pr.Organisation; org != "" {
			if id, ok := idx.orgByName[nameKey(org)]; ok {
				orgKey = id
				if pr.Kind == data.KindContact {
					pr.Values[data.Contact.OrganisationID] = id
				}
			} else {
				orgKey = "new:" + nameKey(org)
				n, ok := newOrgs[orgKey]
				if !ok {
					n = len(p.NewOrganisations)
					newOrgs[orgKey] = n
					p.NewOrganisations = append(p.NewOrganisations, NewOrganisation{Name: org, Type: guessOrgType(org)})
				}
				no := &p.NewOrganisations[n]
				if t := pr.Values["organisation_type"]; t != "" && len(no.Lines) == 0 {
					no.Type = t
				}
				if pr.Kind == data.KindOrganisation && no.Values == nil {
					no.Values = orgValues(pr.Values)
				}
				no.Lines = append(no.Lines, pr.Line)
				pr.newOrg = n
			}
		}
		delete(pr.Values, "organisation_type")
		if pr.Kind == data.KindOrganisation {
			p.planCompanyCard(pr, orgKey, seen, idx)
			continue
		}
		nk := nameKey(pr.Values[data.Contact.Name]) + "\x00" + orgKey
		email := strings.ToLower(pr.Values[data.Contact.Email])

		// Which existing contact is this? By e-mail; without one, by name at
		// the same organisation.
		var match []data.Record
		if email != "" {
			match = idx.byEmail[email]
		} else if !strings.HasPrefix(orgKey, "new:") {
			match = idx.byNameOrg[nk]
			if len(match) > 1 {
				pr.Action = Skip
				pr.Note = sheet.Messagef("import.contacts.skip.same-name", "er zijn {{.Count}} contactpersonen met deze naam bij deze organisatie; zonder e-mailadres is niet te zeggen welke bedoeld is", map[string]any{"Count": len(match)})
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
		if p.repeated(&pr, key, seen) {
			continue
		}

		if len(match) > 0 {
			c := match[0]
			pr.ContactID = c.ID
			if len(match) > 1 {
				pr.Note = sheet.Messagef("import.contacts.same-email", "{{.Count}} contactpersonen hebben dit e-mailadres; de eerste wordt bijgewerkt", map[string]any{"Count": len(match)})
			}
			pr.Changes = changes(c, pr.Values)
			if pr.newOrg >= 0 {
				pr.Changes[data.Contact.OrganisationID] = "" // the id of the organisation made first
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
			pr.Duplicate = sheet.Messagef("import.contacts.duplicate", "dezelfde naam bij dezelfde organisatie als de bestaande contactpersoon {{.Contact}}", map[string]any{"Contact": describe(dup[0])})
		} else if j, ok := created[nk]; ok {
			pr.Duplicate = sheet.Messagef("import.contacts.duplicate.line", "dezelfde naam bij dezelfde organisatie als regel {{.Line}}", map[string]any{"Line": p.Rows[j].Line})
		}
		if _, ok := created[nk]; !ok {
			created[nk] = len(p.Rows)
		}
		p.add(pr)
	}
	if ch.SkipInvalid {
		p.dropRejectedOrganisations()
	}
	p.countRoles()
	sort.SliceStable(p.Problems, func(i, j int) bool { return p.Problems[i].Line < p.Problems[j].Line })
	return p
}

// repeated handles a row about a record an earlier row is about: the same
// values are skipped, other values are a problem. It reports whether the
// row was handled so.
func (p *Plan) repeated(pr *PlannedRow, key string, seen map[string]int) bool {
	j, ok := seen[key]
	if !ok {
		seen[key] = len(p.Rows)
		return false
	}
	earlier := p.Rows[j]
	if maps.Equal(earlier.Values, pr.Values) && nameKey(earlier.Organisation) == nameKey(pr.Organisation) {
		pr.Action = Skip
		pr.Note = sheet.Messagef("import.contacts.skip.repeated", "staat al op regel {{.Line}}", map[string]any{"Line": earlier.Line})
	} else {
		pr.Problems = append(pr.Problems, sheet.Problemf(pr.Line, "import.contacts.repeated", "betreft dezelfde persoon of organisatie als regel {{.Earlier}}, maar met andere gegevens; laat één van beide regels staan", map[string]any{"Earlier": earlier.Line}))
	}
	p.add(*pr)
	return true
}

// orgValues are the fields of a company card an organisation takes.
func orgValues(vals map[string]string) map[string]string {
	out := map[string]string{}
	for _, f := range []string{data.Organisation.Email, data.Organisation.Phone, data.Organisation.Notes} {
		if v := vals[f]; v != "" {
			out[f] = v
		}
	}
	return out
}

// planCompanyCard plans a row with an organisation and no person: the
// organisation is made with its e-mail, phone and notes (see NewPlan), or
// the existing one gets those it lacks or that differ.
func (p *Plan) planCompanyCard(pr PlannedRow, orgKey string, seen map[string]int, idx *Index) {
	pr.Values = orgValues(pr.Values)
	if p.repeated(&pr, "org:"+orgKey, seen) {
		return
	}
	if pr.newOrg >= 0 {
		pr.Action = Create
		p.add(pr)
		return
	}
	pr.OrganisationID = orgKey
	pr.Changes = changes(idx.orgs[orgKey], pr.Values)
	if n, ok := pr.Changes[data.Organisation.Notes]; ok && idx.orgs[orgKey].Get(data.Organisation.Notes) != "" {
		// Notes of an organisation are a coordinator's text: added to,
		// never replaced.
		if strings.Contains(idx.orgs[orgKey].Get(data.Organisation.Notes), n) {
			delete(pr.Changes, data.Organisation.Notes)
		} else {
			pr.Changes[data.Organisation.Notes] = idx.orgs[orgKey].Get(data.Organisation.Notes) + "\n" + n
		}
	}
	if len(pr.Changes) == 0 {
		pr.Action = Unchanged
	} else {
		pr.Action = Update
	}
	p.add(pr)
}

// unused names the columns with values that are not imported.
func (p *Plan) unused() {
	f := p.File
	for i, name := range f.Columns {
		t := Ignore
		if i < len(p.Mapping) {
			t = p.Mapping[i]
		}
		if t != Ignore && t != NotNeeded {
			continue
		}
		c := Column{Index: i, Name: name}
		for _, r := range f.Rows {
			if v := clean(r.Cell(i)); v != "" {
				if c.Rows == 0 {
					c.Example = shorten(strings.Join(strings.Fields(v), " "))
				}
				c.Rows++
			}
		}
		if c.Rows == 0 {
			continue
		}
		if t == Ignore {
			p.Unmapped = append(p.Unmapped, c)
		} else {
			p.NotNeeded = append(p.NotNeeded, c)
		}
	}
}

// dropRejectedOrganisations leaves out the new organisations only rejected
// rows named, and renumbers the rest.
func (p *Plan) dropRejectedOrganisations() {
	rejected := map[int]bool{}
	for _, r := range p.Rows {
		if r.Rejected {
			rejected[r.Line] = true
		}
	}
	renumber := make([]int, len(p.NewOrganisations))
	var kept []NewOrganisation
	for i, o := range p.NewOrganisations {
		var lines []int
		for _, l := range o.Lines {
			if !rejected[l] {
				lines = append(lines, l)
			}
		}
		renumber[i] = -1
		if len(lines) > 0 {
			o.Lines = lines
			renumber[i] = len(kept)
			kept = append(kept, o)
		}
	}
	p.NewOrganisations = kept
	for i := range p.Rows {
		if n := p.Rows[i].newOrg; n >= 0 {
			p.Rows[i].newOrg = renumber[n]
		}
	}
}

// countRoles lists the job titles with the role they give.
func (p *Plan) countRoles() {
	at := map[string]int{}
	for _, r := range p.Rows {
		f := r.Values[data.Contact.Function]
		if f == "" || r.Kind != data.KindContact || r.Action == Skip {
			continue
		}
		k := RoleKey(f)
		i, ok := at[k]
		if !ok {
			_, chosen := p.Choices.Roles[k]
			i = len(p.Roles)
			at[k] = i
			p.Roles = append(p.Roles, RoleGuess{Function: f, Role: r.Values[data.Contact.Role], Guessed: !chosen && r.RoleGuessed})
		}
		p.Roles[i].Rows++
	}
	sort.SliceStable(p.Roles, func(i, j int) bool { return p.Roles[i].Rows > p.Roles[j].Rows })
}

func (p *Plan) add(pr PlannedRow) {
	if len(pr.Problems) > 0 && p.Choices.SkipInvalid {
		pr.Rejected = true
		pr.Action = Skip
		pr.Note = sheet.Message{Msg: problemsText(pr.Problems)}
		p.Rejected++
		p.Rows = append(p.Rows, pr)
		return
	}
	p.Problems = append(p.Problems, pr.Problems...)
	if len(pr.Problems) == 0 {
		if len(pr.Warnings) > 0 {
			p.Warned++
		}
		if pr.RoleGuessed && pr.Action != Skip {
			p.Guessed++
		}
		switch {
		case pr.Kind == data.KindOrganisation && pr.Action == Update:
			p.OrgUpdates++
		case pr.Kind == data.KindOrganisation && pr.Action == Create:
			// counted as a new organisation
		case pr.Action == Create:
			p.Creates++
			if pr.Duplicate.Msg != "" {
				p.Duplicates++
			}
		case pr.Action == Update:
			p.Updates++
		case pr.Action == Unchanged:
			p.Unchanged++
		case pr.Action == Skip:
			p.Skipped++
		}
	}
	p.Rows = append(p.Rows, pr)
}

func describe(c data.Record) string {
	if e := c.Get(data.Contact.Email); e != "" {
		return c.Get(data.Contact.Name) + " (" + e + ")"
	}
	return c.Get(data.Contact.Name)
}

// changes lists the fields whose value in the file differs from the
// record's. An empty cell changes nothing, an e-mail address that differs
// only in capitals is the same address, and a phone number written with
// other spaces, hyphens or country code is the same number (an export
// writes numbers grouped as they are said). The record is a contact, or an
// organisation for a company card: both call these fields email and phone.
func changes(c data.Record, vals map[string]string) map[string]string {
	out := map[string]string{}
	for f, v := range vals {
		old := c.Get(f)
		if v == "" || v == old || (f == data.Contact.Email && strings.EqualFold(v, old)) || (f == data.Contact.Phone && phoneKey(v) == phoneKey(old)) {
			continue
		}
		out[f] = v
	}
	return out
}

// phoneKey is a Dutch number's digits as dialled at home: "+31 (0)6
// 1234 5678" and "06-12345678" are both 0612345678.
func phoneKey(s string) string {
	d := digits(s)
	switch t := strings.TrimSpace(s); {
	case strings.HasPrefix(t, "+31"):
		return "0" + strings.TrimPrefix(d[2:], "0")
	case strings.HasPrefix(d, "0031"):
		return "0" + strings.TrimPrefix(d[4:], "0")
	}
	return d
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
	{"gemeente", data.OrganisationTypeGemeente},
	{"politie", data.OrganisationTypePolitie}, {"avim", data.OrganisationTypePolitie},
	{"openbaar ministerie", data.OrganisationTypeOm},
	{"riec", data.OrganisationTypeRiec},
	{"veiligheidshuis", data.OrganisationTypeZvh},
	{"arbeidsinspectie", data.OrganisationTypeArbeidsinspectie}, {"inspectie szw", data.OrganisationTypeArbeidsinspectie},
	{"marechaussee", data.OrganisationTypeKmar}, {"kmar", data.OrganisationTypeKmar},
	{"belastingdienst", data.OrganisationTypeBelastingdienst},
	{"ggd", data.OrganisationTypeGgd},
	{"veilig thuis", data.OrganisationTypeVeiligThuis},
	{"zorgcoordinatie", data.OrganisationTypeZorgcoordinatie},
	{"comensha", data.OrganisationTypeComensha},
	{"fairwork", data.OrganisationTypeFairwork},
	{"ccv", data.OrganisationTypeCcv},
	{"reclassering", data.OrganisationTypeReclassering},
	{"wijkteam", data.OrganisationTypeWijkteam}, {"sociaal team", data.OrganisationTypeWijkteam},
	{"opvang", data.OrganisationTypeOpvang}, {"leger des heils", data.OrganisationTypeOpvang},
	{"school", data.OrganisationTypeOnderwijs},
	{"ziekenhuis", data.OrganisationTypeMedisch}, {"huisarts", data.OrganisationTypeMedisch},
}

func guessOrgType(name string) string {
	n := " " + nameKey(name) + " "
	for _, w := range orgTypeWords {
		if strings.Contains(n, w.word) {
			return w.code
		}
	}
	return data.OrganisationTypeOverig
}
