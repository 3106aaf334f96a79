package contacts

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"ketenregie/data"
)

// CalendarReport says what a calendar export held and what it left out.
type CalendarReport struct {
	Events int // VEVENTs written
	// Agreements, Actions and Activities count the events of each kind.
	Agreements, Actions, Activities int
	// Skipped are the actions whose planning could not be read as a date.
	Skipped []SkippedAction
}

// SkippedAction is an action of the uitvoeringsagenda left out of the
// calendar because its planning is not a date, a quarter, a month or a year.
type SkippedAction struct {
	Plan, Action, Planning string
}

func (s SkippedAction) String() string {
	if s.Planning == "" {
		return fmt.Sprintf("%s: %q heeft geen planning", s.Plan, s.Action)
	}
	return fmt.Sprintf("%s: %q, planning %q", s.Plan, s.Action, s.Planning)
}

// WriteCalendar writes the dates a coordinator chases as an iCalendar file
// (RFC 5545) that Outlook imports as events: each agreement's evaluation
// and end date, each open action of the uitvoeringsagenda by its planning
// ("Q2 2026" falls due on 30-06-2026, "2026" on 31-12-2026, a range on the
// end of its last period), and each planned activity over its days. All
// events last whole days and do not block the agenda. Each has a UID fixed
// per record and date kind, so importing a newer file updates the events
// rather than doubling them.
func WriteCalendar(ctx context.Context, s *data.Store, w io.Writer) (CalendarReport, error) {
	var rep CalendarReport
	agreements, err := s.List(ctx, data.KindAgreement)
	if err != nil {
		return rep, err
	}
	orgs, err := s.List(ctx, data.KindOrganisation)
	if err != nil {
		return rep, err
	}
	orgName := map[string]string{}
	for _, o := range orgs {
		orgName[o.ID] = o.Get(data.Organisation.Name)
	}
	plans, err := s.List(ctx, data.KindPlan)
	if err != nil {
		return rep, err
	}
	activities, err := s.List(ctx, data.KindActivity)
	if err != nil {
		return rep, err
	}
	stamp := s.Now().UTC().Format("20060102T150405Z")

	bw := bufio.NewWriter(w)
	line := func(name, value string) { writeFolded(bw, name+":"+value) }
	line("BEGIN", "VCALENDAR")
	line("VERSION", "2.0")
	line("PRODID", "-//Ketenregie//Ketenregie//NL")
	line("CALSCALE", "GREGORIAN")
	line("METHOD", "PUBLISH")
	line("X-WR-CALNAME", "Ketenregie")
	// event is an event of whole days, from date to last (both included;
	// "" for one day).
	event := func(uid, date, last, summary, description string) {
		d, _ := time.Parse("2006-01-02", date)
		end := d
		if l, err := time.Parse("2006-01-02", last); err == nil && l.After(d) {
			end = l
		}
		line("BEGIN", "VEVENT")
		line("UID", uid)
		line("DTSTAMP", stamp)
		line("DTSTART;VALUE=DATE", d.Format("20060102"))
		line("DTEND;VALUE=DATE", end.AddDate(0, 0, 1).Format("20060102"))
		line("SUMMARY", escapeText(summary))
		if description != "" {
			line("DESCRIPTION", escapeText(description))
		}
		line("CATEGORIES", "Ketenregie")
		line("TRANSP", "TRANSPARENT")
		line("END", "VEVENT")
		rep.Events++
	}

	for _, a := range agreements {
		if data.AgreementEnded(a.Get(data.Agreement.Status)) { // an expired one too: it is in no list of what is due either
			continue
		}
		desc := describeAgreement(a, orgName)
		if d := a.Get(data.Agreement.EvaluationDate); d != "" {
			event(a.ID+"-evaluatie@ketenregie", d, "", "Evaluatie: "+a.Get(data.Agreement.Title), desc)
			rep.Agreements++
		}
		if d := a.Get(data.Agreement.EndDate); d != "" {
			event(a.ID+"-einddatum@ketenregie", d, "", "Einddatum: "+a.Get(data.Agreement.Title), desc)
			rep.Agreements++
		}
	}
	actionName := map[string]string{} // for the activities that carry an action out
	for _, p := range plans {
		actions, err := s.ListWhere(ctx, data.KindAction, data.Action.PlanID, p.ID)
		if err != nil {
			return rep, err
		}
		for _, a := range actions {
			actionName[a.ID] = p.Get(data.Plan.Title) + " — " + a.Get(data.Action.Title)
			if data.ActionFinished(a.Get(data.Action.Status)) {
				continue
			}
			d, ok := PlanningDate(a.Get(data.Action.Planning))
			if !ok {
				rep.Skipped = append(rep.Skipped, SkippedAction{Plan: p.Get(data.Plan.Title), Action: a.Get(data.Action.Title), Planning: a.Get(data.Action.Planning)})
				continue
			}
			var desc []string
			desc = append(desc, "Beleidsplan: "+p.Get(data.Plan.Title), "Planning: "+a.Get(data.Action.Planning))
			if v := a.Get(data.Action.Owner); v != "" {
				desc = append(desc, "Eigenaar: "+v)
			}
			if v := a.Get(data.Action.Partners); v != "" {
				desc = append(desc, "Partners: "+v)
			}
			if v := a.Get(data.Action.Status); v != "" {
				desc = append(desc, "Status: "+data.ChoiceLabel(data.ActionStatuses, v))
			}
			if v := a.Get(data.Action.Indicator); v != "" {
				desc = append(desc, "Indicator: "+v)
			}
			event(a.ID+"-planning@ketenregie", d, "", "Uitvoeringsagenda: "+a.Get(data.Action.Title), strings.Join(desc, "\n"))
			rep.Actions++
		}
	}
	if len(activities) > 0 {
		names, err := activityNames(ctx, s, activities)
		if err != nil {
			return rep, err
		}
		names.org, names.action = orgName, actionName
		for _, a := range activities {
			if a.Get(data.Activity.Status) != data.ActivityStatusGepland || a.Get(data.Activity.Date) == "" {
				continue
			}
			event(a.ID+"-activiteit@ketenregie", a.Get(data.Activity.Date), a.Get(data.Activity.EndDate),
				"Activiteit: "+a.Get(data.Activity.Title), names.describe(a))
			rep.Activities++
		}
	}
	line("END", "VCALENDAR")
	return rep, bw.Flush()
}

// recordNames names what an activity refers to: municipalities,
// organisations, contacts and actions of the plans, by id.
type recordNames struct {
	muni, org, contact, action map[string]string
}

// activityNames reads the names of municipalities and contacts the
// descriptions of activities need; WriteCalendar adds the organisations
// and actions it has read already.
func activityNames(ctx context.Context, s *data.Store, activities []data.Record) (recordNames, error) {
	n := recordNames{muni: map[string]string{}, contact: map[string]string{}}
	munis, err := s.List(ctx, data.KindMunicipality)
	if err != nil {
		return n, err
	}
	for _, m := range munis {
		n.muni[m.ID] = m.Get(data.Municipality.Name)
	}
	var ids []string // only the contacts named: there may be thousands
	for _, a := range activities {
		if id := a.Get(data.Activity.ContactID); id != "" {
			ids = append(ids, id)
		}
	}
	contacts, err := s.GetMany(ctx, data.KindContact, ids)
	if err != nil {
		return n, err
	}
	for _, c := range contacts {
		n.contact[c.ID] = c.Get(data.Contact.Name)
	}
	return n, nil
}

// describe is the description of an activity's event: its type, where and
// for whom, who organises it, how many are expected and the action it
// carries out. Participants are counted, never named (DOMAIN.md).
func (n recordNames) describe(a data.Record) string {
	desc := []string{"Soort: " + data.ChoiceLabel(data.ActivityTypes, a.Get(data.Activity.Type))}
	var munis []string
	for _, id := range a.List(data.Activity.MunicipalityIDs) {
		if name := n.muni[id]; name != "" {
			munis = append(munis, name)
		}
	}
	slices.SortFunc(munis, func(x, y string) int { return strings.Compare(data.Fold(x), data.Fold(y)) })
	if len(munis) > 0 {
		desc = append(desc, "Gemeenten: "+strings.Join(munis, ", "))
	}
	var groups []string
	for _, code := range a.List(data.Activity.TargetGroups) {
		groups = append(groups, data.ChoiceLabel(data.TargetGroups, code))
	}
	if len(groups) > 0 {
		desc = append(desc, "Doelgroepen: "+strings.Join(groups, ", "))
	}
	if v := n.org[a.Get(data.Activity.OrganiserID)]; v != "" {
		desc = append(desc, "Organisator: "+v)
	}
	if v := n.contact[a.Get(data.Activity.ContactID)]; v != "" {
		desc = append(desc, "Trainer of contactpersoon: "+v)
	}
	if v := a.Get(data.Activity.ParticipantsPlanned); v != "" {
		desc = append(desc, "Deelnemers gepland: "+v)
	}
	if v := n.action[a.Get(data.Activity.ActionID)]; v != "" {
		desc = append(desc, "Uitvoeringsagenda: "+v)
	}
	if v := a.Get(data.Activity.Theme); v != "" {
		desc = append(desc, "Thema: "+data.ChoiceLabel(data.Themes, v))
	}
	return strings.Join(desc, "\n")
}

func describeAgreement(a data.Record, orgName map[string]string) string {
	var desc []string
	desc = append(desc, "Ketenafspraak: "+a.Get(data.Agreement.Title), "Status: "+data.ChoiceLabel(data.AgreementStatuses, a.Get(data.Agreement.Status)))
	if id := a.Get(data.Agreement.OwnerID); orgName[id] != "" {
		desc = append(desc, "Trekker: "+orgName[id])
	}
	if v := a.Get(data.Agreement.Reference); v != "" {
		desc = append(desc, "Kenmerk: "+v)
	}
	if v := a.Get(data.Agreement.EvaluationDate); v != "" {
		desc = append(desc, "Evaluatiedatum: "+data.FormatDate(v))
	}
	if v := a.Get(data.Agreement.EndDate); v != "" {
		desc = append(desc, "Einddatum: "+data.FormatDate(v))
	}
	return strings.Join(desc, "\n")
}

var (
	yearRe    = regexp.MustCompile(`^(\d{4})$`)
	quarterRe = regexp.MustCompile(`^(?:q|k|kw)\s*([1-4])\s*(?:-|/)?\s*(\d{4})?$|^(\d{4})\s*(?:-|/)?\s*(?:q|k|kw)\s*([1-4])$|^([1-4])\s*(?:e|de|ste)?\s*kwartaal\s*(\d{4})?$`)
	halfRe    = regexp.MustCompile(`^(?:h|hj)\s*([12])\s*(\d{4})?$|^(eerste|1e|tweede|2e)\s*(?:half\s*jaar|helft|halfjaar)\s*(\d{4})?$`)
	monthRe   = regexp.MustCompile(`^([a-z]+)\.?\s*(\d{4})?$`)
	endRe     = regexp.MustCompile(`^(?:eind|einde|uiterlijk eind|voor eind)\s+(\d{4})$`)
	rangeSep  = regexp.MustCompile(`\s*(?:–|—|-|/|\bt/m\b|\btot en met\b|\btot\b)\s*`)
)

var months = map[string]int{
	"januari": 1, "jan": 1, "februari": 2, "feb": 2, "maart": 3, "mrt": 3, "mar": 3, "april": 4, "apr": 4,
	"mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "augustus": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
	"oktober": 10, "okt": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

// PlanningDate reads the planning of an action, which is free text, as
// the day it falls due: a date ("30-06-2026", "2026-06-30"), a quarter
// ("Q2 2026", "2e kwartaal 2026": its last day), a half year ("H1 2026"),
// a month ("juni 2026"), a year ("2026": 31 December), "eind 2026", or a
// range of these ("2026-2027", "Q4 2025 - Q1 2026": the end of the last).
// It reports false for what it cannot read ("doorlopend", "najaar").
func PlanningDate(planning string) (string, bool) {
	s := strings.TrimSpace(data.Fold(planning))
	if s == "" {
		return "", false
	}
	if d, ok := data.ParseDate(s); ok {
		return d, true
	}
	if d, year, ok := periodEnd(s, 0); ok && year > 0 {
		return d, true
	}
	// A range: the end of its last part, with the year of an earlier part
	// when the last has none ("Q1-Q2 2026" has its year at the end anyway).
	parts := rangeSep.Split(s, -1)
	if len(parts) < 2 {
		return "", false
	}
	year := 0
	for _, part := range parts {
		if _, y, ok := periodEnd(part, 0); ok && y > 0 {
			year = y
		}
	}
	if d, y, ok := periodEnd(parts[len(parts)-1], year); ok && y > 0 {
		// every part must be a period, or this is not a range
		for _, part := range parts[:len(parts)-1] {
			if _, _, ok := periodEnd(part, y); !ok {
				return "", false
			}
		}
		return d, true
	}
	return "", false
}

// periodEnd reads one period ("Q2 2026", "2026", "juni") and returns its
// last day. A period without a year takes defaultYear; year is 0 when
// there is none.
func periodEnd(s string, defaultYear int) (date string, year int, ok bool) {
	s = strings.TrimSpace(s)
	atoi := func(v string) int { n, _ := strconv.Atoi(v); return n }
	last := func(y, month int) string {
		if y < 1900 || y > 2200 {
			return ""
		}
		return time.Date(y, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
	}
	pick := func(vals ...string) int {
		for _, v := range vals {
			if v != "" {
				return atoi(v)
			}
		}
		return defaultYear
	}
	if m := yearRe.FindStringSubmatch(s); m != nil {
		y := atoi(m[1])
		d := last(y, 12)
		return d, y, d != ""
	}
	if m := endRe.FindStringSubmatch(s); m != nil {
		y := atoi(m[1])
		d := last(y, 12)
		return d, y, d != ""
	}
	if m := quarterRe.FindStringSubmatch(s); m != nil {
		q := pick(m[1], m[4], m[5])
		y := pick(m[2], m[3], m[6])
		if y == 0 {
			return "", 0, true
		}
		d := last(y, 3*q)
		return d, y, d != ""
	}
	if m := halfRe.FindStringSubmatch(s); m != nil {
		h := 1
		if m[1] == "2" || m[3] == "tweede" || m[3] == "2e" {
			h = 2
		}
		y := pick(m[2], m[4])
		if y == 0 {
			return "", 0, true
		}
		d := last(y, 6*h)
		return d, y, d != ""
	}
	if m := monthRe.FindStringSubmatch(s); m != nil {
		month, known := months[m[1]]
		if !known {
			return "", 0, false
		}
		y := pick(m[2])
		if y == 0 {
			return "", 0, true
		}
		d := last(y, month)
		return d, y, d != ""
	}
	return "", 0, false
}
