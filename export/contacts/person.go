package contacts

import (
	"context"
	"fmt"
	"html/template"
	"io"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"ketenregie/data"
)

// Person is everything Ketenregie stores about one contact, for an access
// request (AVG article 15): the contact's fields, its organisation and
// municipalities, the records that mention its name or e-mail address, and
// the history of its record: when which field was set to what, and on
// which device.
type Person struct {
	ID      string
	Name    string
	Deleted bool // the contact is deleted, but its history still holds values
	Erased  bool // the contact was forgotten: its values are gone
	Fields  []Field
	// Organisation is the name and type of the contact's organisation.
	Organisation   string
	Municipalities []string
	Mentions       []Mention
	History        []Change
	Made           time.Time // when this overview was made
	Device         string    // the database it was made from
}

// Field is one field of the contact as a person reads it.
type Field struct{ Label, Value string }

// Mention is a record that names the person.
type Mention struct {
	Kind    string // Dutch: "ketenafspraak", "beleidsplan" ...
	Record  string // its title, with what it belongs to
	Field   string // the field's Dutch label
	Excerpt string // the text around the mention
}

// Change is one entry of the contact's history.
type Change struct {
	Time   time.Time
	Device string
	Field  string // Dutch label, or what happened ("aangemaakt", "verwijderd")
	Value  string
}

// CollectPerson gathers what is stored about contact id, also about a
// deleted contact whose history still holds its values.
func CollectPerson(ctx context.Context, s *data.Store, id string) (*Person, error) {
	p := &Person{ID: id, Made: s.Now()}
	if name, err := s.DeviceName(ctx); err == nil {
		p.Device = name
	}
	labels, err := newLabeller(ctx, s)
	if err != nil {
		return nil, err
	}
	history, last, err := contactHistory(ctx, s, id, labels)
	if err != nil {
		return nil, err
	}
	rec, err := s.Get(ctx, data.KindContact, id)
	switch {
	case err == nil:
	case data.IsNotFound(err) && len(history) > 0:
		p.Deleted = true
		p.Erased = last[data.FieldErased] == "true"
		rec = data.Record{Kind: data.KindContact, ID: id, Values: last}
	default:
		return nil, err
	}
	p.History = history
	p.Name = rec.Get(data.Contact.Name)
	k := data.KindNamed(data.KindContact)
	for _, f := range k.Fields {
		p.Fields = append(p.Fields, Field{Label: f.Label, Value: labels.value(f, rec.Get(f.Name))})
	}
	if org := rec.Get(data.Contact.OrganisationID); org != "" {
		p.Organisation = labels.orgs[org]
		if t := labels.orgType[org]; t != "" {
			p.Organisation += " (" + data.ChoiceLabel(data.OrganisationTypes, t) + ")"
		}
	}
	for _, m := range rec.List(data.Contact.MunicipalityIDs) {
		p.Municipalities = append(p.Municipalities, labels.munis[m])
	}
	sort.Slice(p.Municipalities, func(i, j int) bool {
		return data.Fold(p.Municipalities[i]) < data.Fold(p.Municipalities[j])
	})
	if !p.Erased {
		if p.Mentions, err = mentions(ctx, s, id, rec); err != nil {
			return nil, err
		}
	}
	return p, nil
}

// labeller shows stored values as a person reads them: names for ids,
// labels for codes, Dutch dates.
type labeller struct {
	orgs, orgType, munis map[string]string
}

func newLabeller(ctx context.Context, s *data.Store) (*labeller, error) {
	l := &labeller{orgs: map[string]string{}, orgType: map[string]string{}, munis: map[string]string{}}
	orgs, err := s.List(ctx, data.KindOrganisation)
	if err != nil {
		return nil, err
	}
	for _, o := range orgs {
		l.orgs[o.ID], l.orgType[o.ID] = o.Get(data.Organisation.Name), o.Get(data.Organisation.Type)
	}
	munis, err := s.List(ctx, data.KindMunicipality)
	if err != nil {
		return nil, err
	}
	for _, m := range munis {
		l.munis[m.ID] = m.Get(data.Municipality.Name)
	}
	return l, nil
}

func (l *labeller) value(f data.Field, v string) string {
	if v == "" {
		return ""
	}
	switch f.Type {
	case data.Enum:
		return data.ChoiceLabel(f.Choices, v)
	case data.Date:
		return data.FormatDate(v)
	case data.Ref:
		if f.Target == data.KindOrganisation && l.orgs[v] != "" {
			return l.orgs[v]
		}
	case data.RefList:
		var names []string
		for _, id := range data.SplitIDs(v) {
			if n := l.munis[id]; f.Target == data.KindMunicipality && n != "" {
				names = append(names, n)
			} else {
				names = append(names, id)
			}
		}
		sort.Slice(names, func(i, j int) bool { return data.Fold(names[i]) < data.Fold(names[j]) })
		return strings.Join(names, ", ")
	}
	return v
}

// contactHistory is the contact's history as a person reads it, oldest
// first, and the last value of each field.
func contactHistory(ctx context.Context, s *data.Store, id string, l *labeller) ([]Change, map[string]string, error) {
	changes, err := s.History(ctx, data.KindContact, id)
	if err != nil {
		return nil, nil, err
	}
	k := data.KindNamed(data.KindContact)
	var out []Change
	last := map[string]string{}
	created := false
	for _, h := range changes {
		last[h.Field] = h.Value
		c := Change{Time: h.Time, Device: h.DeviceName}
		if c.Device == "" {
			c.Device = h.Device
		}
		switch h.Field {
		case data.FieldExists:
			switch {
			case h.Value == "false":
				c.Field = "verwijderd"
			case created:
				c.Field = "teruggezet"
			default:
				c.Field = "aangemaakt"
			}
			created = true
		case data.FieldErased:
			c.Field = "vergeten (alle waarden gewist)"
		default:
			c.Field = h.Field
			if f, ok := k.Field(h.Field); ok {
				c.Field = f.Label
				c.Value = l.value(f, h.Value)
			}
			if h.Erased {
				c.Value = "(gewist)"
			} else if c.Value == "" {
				c.Value = "(leeggemaakt)"
			}
		}
		out = append(out, c)
	}
	return out, last, nil
}

// mentions finds the records whose text names the contact: its full name
// or its e-mail address, ignoring case and accents.
func mentions(ctx context.Context, s *data.Store, id string, c data.Record) ([]Mention, error) {
	var needles []string
	if n := nameKey(c.Get(data.Contact.Name)); utf8.RuneCountInString(n) >= 3 {
		needles = append(needles, n)
	}
	if e := strings.ToLower(c.Get(data.Contact.Email)); e != "" {
		needles = append(needles, e)
	}
	if len(needles) == 0 {
		return nil, nil
	}
	titles := map[string]string{} // id -> "beleidsplan X" for context
	all := map[string][]data.Record{}
	for _, k := range data.Kinds() {
		recs, err := s.List(ctx, k.Name)
		if err != nil {
			return nil, err
		}
		all[k.Name] = recs
		for _, r := range recs {
			titles[r.ID] = r.Get(k.Title)
		}
	}
	where := func(kind string, r data.Record) string {
		t := titles[r.ID]
		switch kind {
		case data.KindBlock:
			sec := r.Get(data.Block.SectionID)
			var plan string
			for _, sr := range all[data.KindSection] {
				if sr.ID == sec {
					plan = titles[sr.Get(data.Section.PlanID)]
				}
			}
			return fmt.Sprintf("%s, hoofdstuk %s", plan, titles[sec])
		case data.KindSection, data.KindAction, data.KindPlanversion: // all three name their plan in plan_id
			return fmt.Sprintf("%s, %s", titles[r.Get(data.Section.PlanID)], t)
		case data.KindParty:
			return fmt.Sprintf("%s, partij %s", titles[r.Get(data.Party.AgreementID)], titles[r.Get(data.Party.OrganisationID)])
		case data.KindAssessment:
			return fmt.Sprintf("%s, %s", titles[r.Get(data.Assessment.MunicipalityID)], data.FormatDate(r.Get(data.Assessment.Date)))
		}
		return t
	}
	var out []Mention
	for _, k := range data.Kinds() {
		for _, r := range all[k.Name] {
			if r.ID == id {
				continue
			}
			for _, f := range k.Fields {
				if f.Type != data.Text && f.Type != data.LongText && f.Type != data.Email {
					continue
				}
				v := r.Get(f.Name)
				folded := data.Fold(strings.Join(strings.Fields(v), " "))
				for _, n := range needles {
					if at := strings.Index(folded, n); at >= 0 {
						out = append(out, Mention{Kind: k.Label, Record: where(k.Name, r), Field: f.Label, Excerpt: excerpt(strings.Join(strings.Fields(v), " "), folded, at, len(n))})
						break
					}
				}
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Kind < out[j].Kind })
	return out, nil
}

// excerpt is the text around a match, about 60 characters either side.
// at and n are byte offsets in folded, which may be longer than text when
// folding changed letters; the excerpt then falls back to the whole start.
func excerpt(text, folded string, at, n int) string {
	if len(folded) != len(text) {
		if utf8.RuneCountInString(text) <= 160 {
			return text
		}
		return string([]rune(text)[:160]) + "…"
	}
	start, end := max(0, at-60), min(len(text), at+n+60)
	for start > 0 && !utf8.RuneStart(text[start]) {
		start--
	}
	for end < len(text) && !utf8.RuneStart(text[end]) {
		end++
	}
	out := text[start:end]
	if start > 0 {
		out = "…" + out
	}
	if end < len(text) {
		out += "…"
	}
	return out
}

// WritePerson writes what is stored about contact id as plain text, or as
// an HTML page when html is set.
func WritePerson(ctx context.Context, s *data.Store, id string, html bool, w io.Writer) error {
	p, err := CollectPerson(ctx, s, id)
	if err != nil {
		return err
	}
	if html {
		return p.WriteHTML(w)
	}
	return p.WriteText(w)
}

const personIntro = "Dit overzicht bevat alle gegevens die in Ketenregie over deze persoon zijn vastgelegd " +
	"(inzageverzoek, artikel 15 AVG): de contactgegevens, de organisatie en gemeenten, de plaatsen waar de " +
	"naam of het e-mailadres in andere gegevens voorkomt, en de geschiedenis van de gegevens."

// WriteText writes the overview as plain text, UTF-8 with CRLF line ends
// so that Notepad shows it well.
func (p *Person) WriteText(w io.Writer) error {
	var b strings.Builder
	line := func(format string, args ...any) {
		fmt.Fprintf(&b, format, args...)
		b.WriteString("\r\n")
	}
	title := "Gegevens van " + p.Name
	line("%s", title)
	line("%s", strings.Repeat("=", utf8.RuneCountInString(title)))
	line("")
	line("%s", personIntro)
	line("Opgesteld op %s uit de database van %s.", p.Made.Format("02-01-2006 15:04"), p.Device)
	if p.Erased {
		line("Deze persoon is vergeten: alle waarden zijn gewist. Alleen de tijdstippen van de wijzigingen zijn bewaard.")
	} else if p.Deleted {
		line("Deze contactpersoon is verwijderd; de geschiedenis hieronder bevat nog de gegevens.")
	}
	line("")
	line("Contactgegevens")
	line("---------------")
	for _, f := range p.Fields {
		v := f.Value
		if v == "" {
			v = "-"
		}
		line("%-22s %s", f.Label+":", strings.ReplaceAll(v, "\n", "\r\n"+strings.Repeat(" ", 23)))
	}
	line("")
	line("Organisatie en gemeenten")
	line("------------------------")
	line("Organisatie: %s", orDash(p.Organisation))
	line("Gemeenten:   %s", orDash(strings.Join(p.Municipalities, ", ")))
	line("")
	line("Vermeld in andere gegevens")
	line("--------------------------")
	if len(p.Mentions) == 0 {
		line("Nergens anders vermeld.")
	}
	for _, m := range p.Mentions {
		line("- %s %s, veld %s: %s", m.Kind, m.Record, m.Field, m.Excerpt)
	}
	line("")
	line("Geschiedenis")
	line("------------")
	for _, c := range p.History {
		if c.Value == "" {
			line("%s  %s  %s", c.Time.Format("02-01-2006 15:04"), c.Device, c.Field)
		} else {
			line("%s  %s  %s: %s", c.Time.Format("02-01-2006 15:04"), c.Device, c.Field, strings.ReplaceAll(c.Value, "\n", " / "))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

var personHTML = template.Must(template.New("person").Funcs(template.FuncMap{
	"when": func(t time.Time) string { return t.Format("02-01-2006 15:04") },
	"dash": orDash,
}).Parse(`<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>Gegevens van {{.Name}}</title>
<style>
body { font-family: system-ui, sans-serif; max-width: 60em; margin: 2em auto; padding: 0 1em; color: #222; }
h1 { font-size: 1.6em; } h2 { font-size: 1.2em; margin-top: 1.6em; border-bottom: 1px solid #ccc; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; vertical-align: top; padding: .25em .6em .25em 0; }
th { font-weight: 600; white-space: nowrap; } td { white-space: pre-wrap; } .muted { color: #666; }
</style>
</head>
<body>
<h1>Gegevens van {{.Name}}</h1>
<p>{{.Intro}}</p>
<p class="muted">Opgesteld op {{when .Made}} uit de database van {{.Device}}.</p>
{{if .Erased}}<p><strong>Deze persoon is vergeten: alle waarden zijn gewist. Alleen de tijdstippen van de wijzigingen zijn bewaard.</strong></p>
{{else if .Deleted}}<p><strong>Deze contactpersoon is verwijderd; de geschiedenis hieronder bevat nog de gegevens.</strong></p>{{end}}
<h2>Contactgegevens</h2>
<table>
{{range .Fields}}<tr><th>{{.Label}}</th><td>{{dash .Value}}</td></tr>
{{end}}</table>
<h2>Organisatie en gemeenten</h2>
<table>
<tr><th>Organisatie</th><td>{{dash .Organisation}}</td></tr>
<tr><th>Gemeenten</th><td>{{range $i, $m := .Municipalities}}{{if $i}}, {{end}}{{$m}}{{else}}-{{end}}</td></tr>
</table>
<h2>Vermeld in andere gegevens</h2>
{{if .Mentions}}<table>
<tr><th>Soort</th><th>Waar</th><th>Veld</th><th>Tekst</th></tr>
{{range .Mentions}}<tr><td>{{.Kind}}</td><td>{{.Record}}</td><td>{{.Field}}</td><td>{{.Excerpt}}</td></tr>
{{end}}</table>{{else}}<p>Nergens anders vermeld.</p>{{end}}
<h2>Geschiedenis</h2>
<table>
<tr><th>Wanneer</th><th>Apparaat</th><th>Wat</th><th>Waarde</th></tr>
{{range .History}}<tr><td>{{when .Time}}</td><td>{{.Device}}</td><td>{{.Field}}</td><td>{{.Value}}</td></tr>
{{end}}</table>
</body>
</html>
`))

// WriteHTML writes the overview as a page that any browser shows and prints.
func (p *Person) WriteHTML(w io.Writer) error {
	return personHTML.Execute(w, struct {
		*Person
		Intro string
	}{p, personIntro})
}
