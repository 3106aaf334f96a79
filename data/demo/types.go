package demo

// The demo region is described as plain values in demo_content.go and loaded
// through the ordinary store API by demo.go, so the demo exercises the same
// validation and change log as a coordinator's own input.

// demoOrg is an organisation of the demo region. Key is only used inside the
// demo content to let contacts and agreements point at it.
type demoOrg struct {
	Key          string
	Name         string
	Type         string // an OrganisationTypes code
	Municipality string // CBS code of its home municipality, or ""
	Address      string
	Phone        string
	Email        string
	Website      string
}

// demoContact is an invented person at a real organisation.
type demoContact struct {
	Name           string
	Org            string // demoOrg.Key
	Role           string // a ContactRoles code
	Email          string // always @example.org
	Phone          string
	Municipalities []string // CBS codes covered
	Notes          string
}

// demoParty is an organisation that signs an agreement.
type demoParty struct {
	Org       string // demoOrg.Key
	Signatory string // function and/or invented name of who signs
}

// demoAgreement is a ketenafspraak. Dates are given as a number of days
// relative to the day the demo is loaded, so overdue and due-soon
// evaluations stay overdue and due soon whenever the demo is made;
// a pointer left nil means the date is not set.
type demoAgreement struct {
	Key            string
	Title          string
	Type           string // an AgreementTypes code
	Level          string // an AgreementLevels code
	Status         string // an AgreementStatuses code
	Parties        []demoParty
	Municipalities []string // CBS codes in scope
	Owner          string   // demoOrg.Key of the trekker
	Signed         *int
	InForce        *int
	End            *int
	Evaluation     *int
	LegalBasis     string
	PersonalData   bool
	Reference      string // kenmerk / zaaknummer
	Replaces       string // demoAgreement.Key of the agreement this one replaces, or ""
	Notes          string
}

// demoBlock is one paragraph, bulleted list (one item per line) or heading.
// Text may use **bold** and *italic*.
type demoBlock struct {
	Style string // "paragraph", "bullets" or "heading"
	Text  string
}

// demoSection is a chapter or sub-chapter of a plan, without its number.
type demoSection struct {
	Title    string
	Blocks   []demoBlock
	Children []demoSection
}

// demoAction is a row of the uitvoeringsagenda.
type demoAction struct {
	Title     string
	Theme     string // a Themes code
	Owner     string
	Partners  string
	Planning  string // e.g. "Q2 2026" or "2026-2027"
	Status    string // an ActionStatuses code
	Indicator string
}

// demoVersion is a row of a plan's versiebeheer.
type demoVersion struct {
	Version string
	Date    string // YYYY-MM-DD
	Author  string
	Change  string
}

// demoPlan is a beleidsplan draft.
type demoPlan struct {
	Title       string
	Cluster     string // name of the demo cluster it covers, or ""
	Scope       string // CBS code when it covers one municipality, or ""
	PeriodStart int
	PeriodEnd   int
	Status      string // a PlanStatuses code
	Version     string
	Author      string
	Goals       string // doelen, one per line
	Results     string // beoogde resultaten, one per line
	Sections    []demoSection
	Actions     []demoAction
	Versions    []demoVersion
}

func days(n int) *int { return &n }
