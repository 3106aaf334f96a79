package contacts

import (
	"errors"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"ketenregie/data"
	"ketenregie/export/sheet"
)

// rowReader reads one row of a file with a mapping into the values a
// contact (or, for a company card, an organisation) gets. A row is refused
// only when it cannot become a sensible record; a value that cannot be
// stored as it is, is repaired or kept in the notes, with a warning that
// says what was done.
type rowReader struct {
	*planning
	row  Row
	pr   *PlannedRow
	kept []string // lines for the notes: "Label: value"
}

// planning is what every row of one plan is read with.
type planning struct {
	file      *File
	cols      map[Target][]int // the columns of each target
	notNeeded map[int]bool     // the columns a program fills on every row (Outlook's Priority)
	labelOf   map[int]int      // a column of values -> the column that labels them (Google's "E-mail 1 - Type")
	idx       *Index
	ch        *Choices
	now       time.Time
}

func newPlanning(f *File, m Mapping, idx *Index, ch *Choices) *planning {
	pg := &planning{file: f, cols: map[Target][]int{}, notNeeded: map[int]bool{}, labelOf: labelColumns(f), idx: idx, ch: ch, now: idx.now}
	for i, t := range m {
		if t != Ignore && i < len(f.Columns) {
			pg.cols[t] = append(pg.cols[t], i)
		}
		if t == NotNeeded {
			pg.notNeeded[i] = true
		}
	}
	if pg.now.IsZero() {
		pg.now = time.Now()
	}
	return pg
}

// problem refuses the row: the problem named key, the Dutch template dutch
// filled with args (sheet.Problemf).
func (r *rowReader) problem(key, dutch string, args map[string]any) {
	r.pr.Problems = append(r.pr.Problems, sheet.Problemf(r.pr.Line, key, dutch, args))
}

// unlabelled is the store's error about a name without the label "naam: "
// it starts with, for a sentence that names the field itself. It stays
// the store's error, so the window can say it in its own language.
func unlabelled(err error) error {
	e, ok := data.AsError(err)
	if !ok {
		return errors.New(strings.TrimPrefix(err.Error(), "naam: "))
	}
	c := *e
	c.Msg = strings.TrimPrefix(e.Msg, "naam: ")
	return &c
}

// warn says what was repaired or set aside: the warning named key, the
// Dutch template dutch filled with args (sheet.Messagef).
func (r *rowReader) warn(key, dutch string, args map[string]any) {
	r.pr.Warnings = append(r.pr.Warnings, sheet.Messagef(key, dutch, args))
}

// keep puts a value the record has no field for in the notes, under label.
func (r *rowReader) keep(label, v string) {
	r.kept = append(r.kept, label+": "+strings.Join(strings.Fields(v), " "))
}

// values are the values of every column mapped to t, in column order, each
// cell split into the values it holds.
func (r *rowReader) values(t Target) []string {
	var out []string
	for _, i := range r.cols[t] {
		out = append(out, splitValues(r.row.Cell(i), t)...)
	}
	return out
}

// workValues are values(t) without those this row labels as private
// (Google's "Home" beside an address or number), and those private ones.
func (r *rowReader) workValues(t Target) (work, private []string) {
	for _, i := range r.cols[t] {
		vs := splitValues(r.row.Cell(i), t)
		if l, ok := r.labelOf[i]; ok && isPrivateLabel(r.row.Cell(l)) {
			private = append(private, vs...)
		} else {
			work = append(work, vs...)
		}
	}
	return work, private
}

// first is the first value of the columns mapped to t; further values go
// to the notes under label.
func (r *rowReader) first(t Target, label string) string {
	vs := r.values(t)
	if len(vs) == 0 {
		return ""
	}
	for _, v := range vs[1:] {
		r.keep(label, v)
	}
	return vs[0]
}

// text checks v for field of kind by the store's rules: the value as it
// will be stored, or "" with a warning and v kept in the notes.
func (r *rowReader) text(kind, field, label, v string) string {
	if v == "" {
		return ""
	}
	c, err := data.Canonical(kind, field, v)
	if err != nil {
		r.warn("import.contacts.kept", "{{.Err}}; bewaard in de notities", map[string]any{"Err": err})
		r.keep(label, v)
		return ""
	}
	return c
}

// planRow reads one row. The result has Problems when the row cannot be
// imported at all, and Warnings for what was repaired or set aside.
func (pg *planning) planRow(row Row) PlannedRow {
	pr := PlannedRow{Line: row.Line, Kind: "contact", Values: map[string]string{}, newOrg: -1}
	r := &rowReader{planning: pg, row: row, pr: &pr}
	// A row is empty when no cell holds a value, whether its column is
	// imported or not (a value in a column left out is named, not lost),
	// apart from the columns a program fills on every row.
	empty := true
	for i, c := range row.Cells {
		if !pg.notNeeded[i] && clean(c) != "" {
			empty = false
			break
		}
	}
	if empty {
		pr.Action = Skip
		pr.Note = sheet.Messagef("import.contacts.skip.empty", "lege regel", nil)
		return pr
	}

	name := r.first(Name, "Naam")
	if name == "" {
		var parts []string
		for _, t := range []Target{FirstName, MiddleName, LastName} {
			if v := r.first(t, TargetLabel(t)); v != "" {
				parts = append(parts, v)
			}
		}
		name = strings.Join(parts, " ")
	}
	if org := r.first(Organisation, "Organisatie"); org != "" {
		if v, err := data.Canonical("organisation", "name", org); err != nil {
			r.problem("import.contacts.organisation", "organisatie: {{.Err}}", map[string]any{"Err": unlabelled(err)})
		} else {
			pr.Organisation = v
		}
	}
	if t := r.first(OrganisationType, "Soort organisatie"); t != "" {
		if code, ok := orgTypeKeys.match(t); ok {
			pr.Values["organisation_type"] = code
		} else {
			r.warn("import.contacts.organisation-type.unknown", "soort organisatie: {{.Value}} is geen bekende soort; bewaard in de notities", map[string]any{"Value": strconv.Quote(t)})
			r.keep("Soort organisatie", t)
		}
	}
	r.function()
	r.email()
	r.phone()
	r.municipalities()
	if d := r.first(Reviewed, "Laatst gecontroleerd"); d != "" {
		if iso, ok := data.ParseDate(d); ok {
			pr.Values["last_reviewed"] = iso
		} else if iso, ok := repairDate(d, pg.now); ok {
			pr.Values["last_reviewed"] = iso
			r.warn("import.contacts.reviewed.repaired", "laatst gecontroleerd: {{.Was}} gelezen als {{.Now}}", map[string]any{"Was": d, "Now": data.FormatDate(iso)})
		} else {
			r.warn("import.contacts.reviewed.invalid", "laatst gecontroleerd: {{.Value}} is geen datum (dd-mm-jjjj); bewaard in de notities", map[string]any{"Value": strconv.Quote(d)})
			r.keep("Laatst gecontroleerd", d)
		}
	}

	// Who this row is: a person, an organisation's own card, or nothing
	// that can be kept.
	switch {
	case name != "" && nameKey(name) == nameKey(pr.Organisation):
		// A card named after its organisation (Thunderbird's display
		// name, an address book's company card) is the organisation's.
		name, pr.Kind = "", "organisation"
	case name != "":
	case pr.Organisation != "":
		pr.Kind = "organisation"
	case pr.Values["email"] != "":
		name = pr.Values["email"]
		r.warn("import.contacts.name-from-email", "naam: de regel heeft geen naam; het e-mailadres is als naam gebruikt", nil)
	default:
		r.problem("import.contacts.no-name", "deze regel heeft geen naam en geen e-mailadres, en kan dus geen contactpersoon worden", nil)
	}
	if name != "" {
		if v, err := data.Canonical("contact", "name", name); err != nil {
			r.problem("import.contacts.invalid", "{{.Err}}", map[string]any{"Err": err})
		} else {
			pr.Values["name"] = v
		}
	}
	r.notes()
	return pr
}

// function reads the job title and the role: the role from a column that
// names one, else guessed from a title that clearly names it (or as the
// user chose for that title).
func (r *rowReader) function() {
	pr := r.pr
	function := r.first(Function, "Functie")
	if function != "" {
		function = r.text("contact", "function", "Functie", function)
	}
	if v := r.first(Role, "Rol"); v != "" {
		switch code, ok := MatchRole(v); {
		case ok:
			pr.Values["role"] = code
		case function == "":
			// A column called Rol that holds job titles.
			function = r.text("contact", "function", "Rol", v)
			if function != "" {
				r.warn("import.contacts.role.function", "rol: {{.Value}} is geen rol uit de lijst; ingelezen als functie", map[string]any{"Value": strconv.Quote(v)})
			}
		default:
			r.warn("import.contacts.role.kept", "rol: {{.Value}} is geen rol uit de lijst; bewaard in de notities", map[string]any{"Value": strconv.Quote(v)})
			r.keep("Rol", v)
		}
	}
	if function == "" {
		return
	}
	pr.Values["function"] = function
	if _, ok := pr.Values["role"]; ok {
		return
	}
	if code, ok := r.ch.Roles[nameKey(function)]; ok {
		if code != "" {
			pr.Values["role"] = code
		}
		return
	}
	if code := data.RoleFromFunction(function); code != "" {
		pr.Values["role"] = code
		pr.RoleGuessed = true
	}
}

// email takes the first address that is one; the others go to the notes.
// An Exchange (X.500) address is no address at all.
func (r *rowReader) email() {
	var private []string
	for _, t := range []Target{Email, EmailOther} {
		work, home := r.workValues(t)
		private = append(private, home...)
		for _, v := range work {
			switch {
			case isX500(v):
				r.warn("import.contacts.email.exchange", "e-mail: {{.Value}} is een Exchange-adres uit het adresboek van de organisatie, geen e-mailadres; niet ingelezen", map[string]any{"Value": strconv.Quote(shorten(v))})
			case !data.ValidEmail(v):
				r.warn("import.contacts.email.invalid", "e-mail: {{.Value}} is geen geldig e-mailadres; bewaard in de notities", map[string]any{"Value": strconv.Quote(v)})
				r.keep("E-mail", v)
			case r.pr.Values["email"] == "":
				r.pr.Values["email"] = v
			case !strings.EqualFold(v, r.pr.Values["email"]):
				r.keep("Ander e-mailadres", v)
			}
		}
	}
	// A private address is the person's own: used only when it is the
	// only one, and otherwise not kept.
	for _, v := range private {
		if r.pr.Values["email"] == "" && data.ValidEmail(v) {
			r.pr.Values["email"] = v
			continue
		}
		if !strings.EqualFold(v, r.pr.Values["email"]) {
			r.warn("import.contacts.email.private", "e-mail: {{.Value}} heet in het bestand privé; niet ingelezen (alleen werkgegevens)", map[string]any{"Value": v})
		}
	}
}

// phone takes the work number, else the mobile, else another; the rest go
// to the notes. A number a spreadsheet ate the 0 of is repaired.
func (r *rowReader) phone() {
	labels := map[Target]string{Phone: "Telefoon", Mobile: "Mobiel", PhoneOther: "Ander telefoonnummer"}
	var private []string
	for _, t := range []Target{Phone, Mobile, PhoneOther} {
		work, home := r.workValues(t)
		private = append(private, home...)
		for _, v := range work {
			if !data.ValidPhone(v) {
				fixed, ok := repairPhone(v)
				if !ok {
					r.badPhone(t, v)
					r.keep(labels[t], v)
					continue
				}
				r.repairedPhone(t, v, fixed)
				v = fixed
			}
			if r.pr.Values["phone"] == "" {
				r.pr.Values["phone"] = v
			} else if digits(v) != digits(r.pr.Values["phone"]) {
				r.keep(labels[t], v)
			}
		}
	}
	for _, v := range private {
		r.warn("import.contacts.phone.private", "telefoon: {{.Value}} heet in het bestand privé; niet ingelezen (alleen werkgegevens)", map[string]any{"Value": v})
	}
}

// badPhone warns that v, in a column of phone numbers t, is no number.
// The sentence names the column, so each has its own.
func (r *rowReader) badPhone(t Target, v string) {
	args := map[string]any{"Value": strconv.Quote(v)}
	switch t {
	case Mobile:
		r.warn("import.contacts.mobile.invalid", "mobiel: {{.Value}} is geen geldig telefoonnummer; bewaard in de notities", args)
	case PhoneOther:
		r.warn("import.contacts.phone-other.invalid", "ander telefoonnummer: {{.Value}} is geen geldig telefoonnummer; bewaard in de notities", args)
	default:
		r.warn("import.contacts.phone.invalid", "telefoon: {{.Value}} is geen geldig telefoonnummer; bewaard in de notities", args)
	}
}

// repairedPhone warns that was, in a column of phone numbers t, was read
// as the number now, as badPhone names the column.
func (r *rowReader) repairedPhone(t Target, was, now string) {
	args := map[string]any{"Was": was, "Now": now}
	switch t {
	case Mobile:
		r.warn("import.contacts.mobile.repaired", "mobiel: {{.Was}} gelezen als {{.Now}}", args)
	case PhoneOther:
		r.warn("import.contacts.phone-other.repaired", "ander telefoonnummer: {{.Was}} gelezen als {{.Now}}", args)
	default:
		r.warn("import.contacts.phone.repaired", "telefoon: {{.Was}} gelezen als {{.Now}}", args)
	}
}

// digits is a phone number's digits, to see two spellings of one number.
func digits(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, s)
}

// municipalities reads the municipalities a row names; one it does not
// know is kept in the notes.
func (r *rowReader) municipalities() {
	var ids []string
	for _, i := range r.cols[Municipalities] {
		cell := clean(r.row.Cell(i))
		if cell == "" {
			continue
		}
		found, notes, unknown := r.idx.munis.Parse(cell)
		ids = append(ids, found...)
		for _, n := range notes {
			r.warn("import.contacts.municipalities.note", "gemeenten: {{.Note}}", map[string]any{"Note": n})
		}
		for _, u := range unknown {
			r.warn("import.contacts.municipalities.unknown", "gemeenten: {{.Value}} is niet herkend als gemeente; bewaard in de notities", map[string]any{"Value": strconv.Quote(u)})
			r.keep("Gemeente", u)
		}
	}
	if len(ids) > 0 {
		r.pr.Values["municipality_ids"] = data.JoinIDs(ids)
	}
}

// notes joins the note columns, the columns kept with their name and what
// the row set aside.
func (r *rowReader) notes() {
	var parts []string
	for _, i := range r.cols[Notes] {
		if v := clean(strings.TrimSpace(r.row.Cell(i))); v != "" {
			parts = append(parts, v)
		}
	}
	for _, i := range r.cols[Keep] {
		if v := clean(r.row.Cell(i)); v != "" {
			r.keep(r.file.Columns[i], v)
		}
	}
	parts = append(parts, r.kept...)
	n := strings.TrimRight(strings.ReplaceAll(strings.Join(parts, "\n"), "\r\n", "\n"), " \t\n")
	if n == "" {
		return
	}
	if len(n) > maxLongText {
		r.problem("import.contacts.notes-too-long", "notities: zijn te lang ({{.Count}} tekens, hoogstens {{.Max}})", map[string]any{"Count": utf8.RuneCountInString(n), "Max": maxLongText})
		return
	}
	if v, err := data.Canonical("contact", "notes", n); err != nil {
		r.problem("import.contacts.invalid", "{{.Err}}", map[string]any{"Err": err})
	} else {
		r.pr.Values["notes"] = v
	}
}

// shorten keeps a long value readable in a message.
func shorten(v string) string {
	if utf8.RuneCountInString(v) <= 60 {
		return v
	}
	return string([]rune(v)[:57]) + "…"
}

// labelColumns pairs Google's columns of values with the columns that label
// them: "E-mail 1 - Value" with "E-mail 1 - Type" (the old format) or
// "E-mail 1 - Label" (the current one).
func labelColumns(f *File) map[int]int {
	byName := map[string]int{}
	for i, c := range f.Columns {
		byName[strings.ToLower(strings.TrimSpace(c))] = i
	}
	out := map[int]int{}
	for i, c := range f.Columns {
		c = strings.ToLower(strings.TrimSpace(c))
		base, ok := strings.CutSuffix(c, " - value")
		if !ok {
			continue
		}
		for _, l := range []string{base + " - type", base + " - label"} {
			if j, ok := byName[l]; ok {
				out[i] = j
			}
		}
	}
	return out
}

// isPrivateLabel reports whether a label marks an address or number as
// the person's own: "Home", "* Home", "Thuis", "Privé", "Personal".
func isPrivateLabel(label string) bool {
	for _, l := range strings.Split(label, ":::") {
		switch strings.Trim(strings.ToLower(data.Fold(strings.TrimSpace(l))), "* ") {
		case "home", "thuis", "prive", "personal", "persoonlijk", "home fax":
			return true
		}
	}
	return false
}
