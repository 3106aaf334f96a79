package data

import "sort"

// FieldType says how a field's value is validated, stored and printed.
// Every value travels as a string in the change log; the type gives the
// canonical form (see canonical in validate.go) and the JSON shape in dump.
type FieldType int

const (
	Text     FieldType = iota // one line of text
	LongText                  // free text over several lines (notes, plan text)
	Date                      // YYYY-MM-DD
	Enum                      // one code from Field.Choices
	Ref                       // the id of a live record of kind Field.Target
	RefList                   // ids of records of kind Field.Target, sorted, comma separated
	Bool                      // "true" or "false"
	Int                       // a whole number
	Email                     // a work e-mail address
	Phone                     // a Dutch or international phone number
	URL                       // a web address
	Position                  // a fractional ordering key among siblings (see position.go)
	EnumList                  // codes from Field.Choices, in the list's order, comma separated
	Period                    // a year, a quarter or a month: 2025, 2025-Q3, 2025-07 (period.go)
)

// Field describes one replicated field of a kind. Its Name is the column of
// the materialised table and the JSON key in dump.
type Field struct {
	Name     string
	Label    string // Dutch label, shown in forms and error messages
	Type     FieldType
	Required bool
	Default  string
	Choices  []Choice // for Enum and EnumList
	Target   string   // for Ref and RefList: the kind pointed at
	Owner    bool     // a Ref to the record this one belongs to: deleting that deletes this
	Max      int      // the most characters, when fewer than the type allows
}

// Kind describes a kind of record: its table, its fields and how it is named.
type Kind struct {
	Name     string // table name and the KIND on the command line
	Label    string // Dutch, singular
	Plural   string // Dutch, plural
	Fields   []Field
	Title    string   // field that names a record in lists; its folded form is sort_key
	Siblings []string // fields shared by records ordered together by their position
}

// Field returns the field called name.
func (k *Kind) Field(name string) (Field, bool) {
	for _, f := range k.Fields {
		if f.Name == name {
			return f, true
		}
	}
	return Field{}, false
}

// FieldNames lists the kind's fields in their declared order.
func (k *Kind) FieldNames() []string {
	names := make([]string, len(k.Fields))
	for i, f := range k.Fields {
		names[i] = f.Name
	}
	return names
}

// The kinds, in the order dump prints them and the command line lists them.
var kinds = []*Kind{
	{
		Name: "municipality", Label: "gemeente", Plural: "gemeenten", Title: "name",
		Fields: []Field{
			{Name: "cbs_code", Label: "CBS-code", Type: Text, Required: true},
			{Name: "name", Label: "naam", Type: Text, Required: true},
			{Name: "safety_region", Label: "veiligheidsregio", Type: Text},
			{Name: "subregion", Label: "subregio", Type: Text},
			{Name: "retired", Label: "opgeheven", Type: Bool, Default: "false"},
			{Name: "successor_id", Label: "opgegaan in", Type: Ref, Target: "municipality"},
			{Name: "notes", Label: "notities", Type: LongText},
		},
	},
	{
		Name: "cluster", Label: "cluster", Plural: "clusters", Title: "name",
		Fields: []Field{
			{Name: "name", Label: "naam", Type: Text, Required: true},
			{Name: "lead_municipality_id", Label: "centrumgemeente", Type: Ref, Target: "municipality"},
			{Name: "municipality_ids", Label: "gemeenten", Type: RefList, Target: "municipality"},
			{Name: "notes", Label: "notities", Type: LongText},
		},
	},
	{
		Name: "organisation", Label: "organisatie", Plural: "organisaties", Title: "name",
		Fields: []Field{
			{Name: "name", Label: "naam", Type: Text, Required: true},
			{Name: "type", Label: "soort", Type: Enum, Required: true, Choices: OrganisationTypes},
			{Name: "municipality_id", Label: "gemeente", Type: Ref, Target: "municipality"},
			{Name: "address", Label: "adres", Type: Text},
			{Name: "phone", Label: "telefoon", Type: Phone},
			{Name: "email", Label: "e-mail", Type: Email},
			{Name: "website", Label: "website", Type: URL},
			{Name: "notes", Label: "notities", Type: LongText},
		},
	},
	{
		Name: "contact", Label: "contactpersoon", Plural: "contactpersonen", Title: "name",
		Fields: []Field{
			{Name: "name", Label: "naam", Type: Text, Required: true},
			{Name: "organisation_id", Label: "organisatie", Type: Ref, Target: "organisation"},
			// The job title as the person's employer writes it ("Adviseur
			// veiligheid", "Wijkagent"); role is the part they play in the
			// approach, from a fixed list.
			{Name: "function", Label: "functie", Type: Text, Max: 200},
			{Name: "role", Label: "rol", Type: Enum, Choices: ContactRoles},
			{Name: "email", Label: "e-mail", Type: Email},
			{Name: "phone", Label: "telefoon", Type: Phone},
			{Name: "municipality_ids", Label: "gemeenten", Type: RefList, Target: "municipality"},
			{Name: "notes", Label: "notities", Type: LongText},
			{Name: "last_reviewed", Label: "laatst gecontroleerd", Type: Date},
		},
	},
	{
		Name: "agreement", Label: "ketenafspraak", Plural: "ketenafspraken", Title: "title",
		Fields: []Field{
			{Name: "title", Label: "titel", Type: Text, Required: true},
			{Name: "type", Label: "soort", Type: Enum, Required: true, Choices: AgreementTypes},
			{Name: "status", Label: "status", Type: Enum, Required: true, Default: "concept", Choices: AgreementStatuses},
			{Name: "level", Label: "niveau", Type: Enum, Choices: AgreementLevels},
			{Name: "municipality_ids", Label: "gemeenten", Type: RefList, Target: "municipality"},
			{Name: "owner_id", Label: "trekker", Type: Ref, Target: "organisation"},
			{Name: "signed_date", Label: "datum ondertekening", Type: Date},
			{Name: "start_date", Label: "in werking per", Type: Date},
			{Name: "end_date", Label: "einddatum", Type: Date},
			{Name: "evaluation_date", Label: "evaluatiedatum", Type: Date},
			{Name: "legal_basis", Label: "grondslag gegevensdeling", Type: Text},
			{Name: "personal_data", Label: "persoonsgegevens gedeeld", Type: Bool, Default: "false"},
			{Name: "reference", Label: "kenmerk", Type: Text},
			{Name: "replaces_id", Label: "vervangt", Type: Ref, Target: "agreement"},
			{Name: "notes", Label: "notities", Type: LongText},
		},
	},
	{
		Name: "party", Label: "partij", Plural: "partijen", Title: "signatory",
		Fields: []Field{
			{Name: "agreement_id", Label: "ketenafspraak", Type: Ref, Target: "agreement", Required: true, Owner: true},
			{Name: "organisation_id", Label: "organisatie", Type: Ref, Target: "organisation", Required: true},
			{Name: "signatory", Label: "ondertekenaar", Type: Text},
		},
	},
	{
		Name: "plan", Label: "beleidsplan", Plural: "beleidsplannen", Title: "title",
		Fields: []Field{
			{Name: "title", Label: "titel", Type: Text, Required: true},
			{Name: "municipality_id", Label: "gemeente", Type: Ref, Target: "municipality"},
			{Name: "cluster_id", Label: "cluster", Type: Ref, Target: "cluster"},
			{Name: "period_start", Label: "periode vanaf", Type: Int},
			{Name: "period_end", Label: "periode tot en met", Type: Int},
			{Name: "status", Label: "status", Type: Enum, Required: true, Default: "concept", Choices: PlanStatuses},
			{Name: "version", Label: "versie", Type: Text, Default: "0.1"},
			{Name: "author", Label: "auteur", Type: Text},
			{Name: "adopted_by", Label: "vastgesteld door", Type: Text},
			{Name: "adopted_date", Label: "datum vaststelling", Type: Date},
			{Name: "reference", Label: "kenmerk", Type: Text},
			{Name: "goals", Label: "doelen", Type: LongText},
			{Name: "results", Label: "beoogde resultaten", Type: LongText},
		},
	},
	{
		Name: "section", Label: "hoofdstuk", Plural: "hoofdstukken", Title: "title",
		Siblings: []string{"plan_id", "parent_id"},
		Fields: []Field{
			{Name: "plan_id", Label: "beleidsplan", Type: Ref, Target: "plan", Required: true, Owner: true},
			{Name: "parent_id", Label: "valt onder", Type: Ref, Target: "section", Owner: true},
			{Name: "position", Label: "positie", Type: Position},
			{Name: "title", Label: "titel", Type: Text, Required: true},
		},
	},
	{
		Name: "block", Label: "tekstblok", Plural: "tekstblokken", Title: "text",
		Siblings: []string{"section_id"},
		Fields: []Field{
			{Name: "section_id", Label: "hoofdstuk", Type: Ref, Target: "section", Required: true, Owner: true},
			{Name: "position", Label: "positie", Type: Position},
			{Name: "style", Label: "opmaak", Type: Enum, Required: true, Default: "paragraph", Choices: BlockStyles},
			{Name: "text", Label: "tekst", Type: LongText},
		},
	},
	{
		Name: "action", Label: "actie", Plural: "acties", Title: "title",
		Siblings: []string{"plan_id"},
		Fields: []Field{
			{Name: "plan_id", Label: "beleidsplan", Type: Ref, Target: "plan", Required: true, Owner: true},
			{Name: "position", Label: "positie", Type: Position},
			{Name: "title", Label: "actie", Type: Text, Required: true},
			{Name: "theme", Label: "thema", Type: Enum, Choices: Themes},
			{Name: "owner", Label: "eigenaar", Type: Text},
			{Name: "partners", Label: "partners", Type: Text},
			{Name: "planning", Label: "planning", Type: Text},
			{Name: "status", Label: "status", Type: Enum, Default: "gepland", Choices: ActionStatuses},
			{Name: "indicator", Label: "indicator", Type: Text},
		},
	},
	{
		Name: "assessment", Label: "zelfevaluatie", Plural: "zelfevaluaties", Title: "item",
		Fields: []Field{
			{Name: "municipality_id", Label: "gemeente", Type: Ref, Target: "municipality", Required: true},
			{Name: "date", Label: "datum", Type: Date, Required: true},
			{Name: "item", Label: "onderdeel", Type: Enum, Required: true, Choices: ChecklistChoices()},
			{Name: "level", Label: "niveau", Type: Enum, Required: true, Choices: AssessmentLevels},
			{Name: "note", Label: "toelichting", Type: LongText},
		},
	},
	{
		Name: "planversion", Label: "versie", Plural: "versiebeheer", Title: "version",
		Fields: []Field{
			{Name: "plan_id", Label: "beleidsplan", Type: Ref, Target: "plan", Required: true, Owner: true},
			{Name: "version", Label: "versie", Type: Text, Required: true},
			{Name: "date", Label: "datum", Type: Date},
			{Name: "author", Label: "auteur", Type: Text},
			{Name: "change", Label: "wijziging", Type: Text},
			// The point in the change log the version stands for (Point):
			// the plan as it was then is materialised from the log on
			// demand (Store.At), the same on every copy. Filled in when the
			// version is made.
			{Name: "point", Label: "stand van het logboek", Type: LongText},
		},
	},
	{
		// Trainings, awareness work, network meetings: how the approach
		// is carried out (DOMAIN.md). Participants are counted, never named.
		Name: "activity", Label: "activiteit", Plural: "activiteiten", Title: "title",
		Fields: []Field{
			{Name: "title", Label: "titel", Type: Text, Required: true},
			{Name: "type", Label: "soort", Type: Enum, Required: true, Default: "training", Choices: ActivityTypes},
			{Name: "date", Label: "datum", Type: Date, Required: true},
			{Name: "end_date", Label: "einddatum", Type: Date},
			{Name: "target_groups", Label: "doelgroepen", Type: EnumList, Choices: TargetGroups},
			{Name: "municipality_ids", Label: "gemeenten", Type: RefList, Target: "municipality"},
			{Name: "organiser_id", Label: "organisator", Type: Ref, Target: "organisation"},
			{Name: "contact_id", Label: "trainer of contactpersoon", Type: Ref, Target: "contact"},
			{Name: "participants_planned", Label: "deelnemers gepland", Type: Int},
			{Name: "participants", Label: "deelnemers", Type: Int},
			{Name: "action_id", Label: "actie uit de uitvoeringsagenda", Type: Ref, Target: "action"},
			{Name: "theme", Label: "thema", Type: Enum, Choices: Themes},
			{Name: "status", Label: "status", Type: Enum, Required: true, Default: "gepland", Choices: ActivityStatuses},
			{Name: "notes", Label: "notities", Type: LongText},
		},
	},
	{
		// A measure of the region's own, beside the standard ones of
		// Measures (a figure names one or the other).
		Name: "measure", Label: "eigen maat", Plural: "eigen maten", Title: "name",
		Fields: []Field{
			{Name: "name", Label: "naam", Type: Text, Required: true, Max: 120},
			{Name: "description", Label: "omschrijving", Type: LongText},
		},
	},
	{
		// An aggregate count for a municipality or a cluster in a period:
		// "34 signalen in 2024". Only counts: DOMAIN.md's rule that no
		// victim, suspect or case data is kept is checked on every write
		// (checkRecord). At most one live figure per municipality or
		// cluster, period and measure; FigureID gives it the same id on
		// every device.
		Name: "figure", Label: "cijfer", Plural: "cijfers", Title: "period",
		Fields: []Field{
			{Name: "municipality_id", Label: "gemeente", Type: Ref, Target: "municipality"},
			{Name: "cluster_id", Label: "cluster", Type: Ref, Target: "cluster"},
			{Name: "period", Label: "periode", Type: Period, Required: true},
			{Name: "measure", Label: "maat", Type: Enum, Choices: Measures},
			{Name: "measure_id", Label: "eigen maat", Type: Ref, Target: "measure"},
			{Name: "count", Label: "aantal", Type: Int, Required: true},
			{Name: "source", Label: "bron", Type: Text},
			{Name: "notes", Label: "toelichting", Type: LongText},
		},
	},
}

var kindsByName = func() map[string]*Kind {
	m := make(map[string]*Kind, len(kinds))
	for _, k := range kinds {
		m[k.Name] = k
	}
	return m
}()

// Kinds lists every kind in dump order.
func Kinds() []*Kind { return kinds }

// KindNamed returns the kind called name, or nil.
func KindNamed(name string) *Kind { return kindsByName[name] }

// KindNames lists the names of every kind, sorted.
func KindNames() []string {
	names := make([]string, len(kinds))
	for i, k := range kinds {
		names[i] = k.Name
	}
	sort.Strings(names)
	return names
}
