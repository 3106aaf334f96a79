package contacts

import (
	"bytes"
	"context"
	"encoding/csv"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"ketenregie/data"
)

// TestExportReimports: the demo region's contacts exported as CSV, as
// vCard 4.0 and as vCard 3.0 import into an empty database as the same
// contacts, and into the database they came from as unchanged. The CSV
// writes a phone number grouped ("06 41873265" for "06-41873265"): it
// comes back in that form, and into its own database as that change
// alone, or none.
func TestExportReimports(t *testing.T) {
	ctx := context.Background()
	for _, format := range []string{"csv", "vcard", "vcard3"} {
		t.Run(format, func(t *testing.T) {
			// A database of its own: the CSV changes the phones of the
			// one it goes back into.
			src := newStore(t, true)
			// Text Excel would take for a formula, a number or a date must survive.
			recs, _ := src.List(ctx, "contact")
			if err := src.Update(ctx, "contact", recs[0].ID, map[string]string{"notes": "- eerste punt; met \"aanhalingstekens\"\n=SOM(A1)\n@iemand, tweede regel", "phone": "0229123456", "last_reviewed": "2025-01-31"}); err != nil {
				t.Fatal(err)
			}
			if err := src.Update(ctx, "contact", recs[1].ID, map[string]string{"name": "=HYPERLINK(\"http://x\")", "phone": "+31 6 12345678"}); err != nil {
				t.Fatal(err)
			}
			want := allContacts(t, src)
			phoneOf := map[string]string{} // contact id -> phone as stored
			for _, r := range recs {
				phoneOf[r.ID] = r.Get("phone")
			}
			phoneOf[recs[0].ID], phoneOf[recs[1].ID] = "0229123456", "+31 6 12345678"
			var buf bytes.Buffer
			var err error
			switch format {
			case "csv":
				err = WriteCSV(ctx, src, nil, &buf)
			case "vcard":
				err = WriteVCard(ctx, src, nil, &buf)
			case "vcard3":
				err = WriteVCard3(ctx, src, nil, &buf)
			}
			if err != nil {
				t.Fatal(err)
			}
			f, err := Read(buf.Bytes())
			if err != nil {
				t.Fatal(err)
			}
			dst := newStore(t, false)
			p, err := Apply(ctx, dst, f, GuessMapping(f))
			if err != nil {
				t.Fatal(err)
			}
			if p.Creates != len(want) {
				t.Errorf("%d contacts created, the export holds %d", p.Creates, len(want))
			}
			got := allContacts(t, dst)
			for name, w := range want {
				if format == "csv" {
					w.phone = data.FormatPhone(w.phone)
				}
				if got[name] != w {
					t.Errorf("%s:\n got %+v\nwant %+v", name, got[name], w)
				}
			}
			again, err := Apply(ctx, src, f, GuessMapping(f))
			if err != nil {
				t.Fatal(err)
			}
			if again.Unchanged+again.Updates != len(want) || again.Creates+len(again.NewOrganisations) != 0 {
				t.Errorf("into its own database: %d unchanged, %d new, %d updated; want all %d unchanged",
					again.Unchanged, again.Creates, again.Updates, len(want))
			}
			for _, r := range again.Rows {
				if r.Action != Update {
					continue
				}
				stored := phoneOf[r.ContactID]
				if format != "csv" || len(r.Changes) != 1 || r.Changes["phone"] != data.FormatPhone(stored) || stored == r.Changes["phone"] {
					t.Errorf("into its own database, line %d changes %v; want nothing, or the phone %q grouped", r.Line, r.Changes, stored)
				}
			}
		})
	}
}

func TestCSVForExcel(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, true)
	recs, _ := s.List(ctx, "contact")
	if err := s.Update(ctx, "contact", recs[2].ID, map[string]string{"function": "Adviseur veiligheid", "phone": "0229252200"}); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteCSV(ctx, s, nil, &buf); err != nil {
		t.Fatal(err)
	}
	b := buf.Bytes()
	if !bytes.HasPrefix(b, []byte("\xEF\xBB\xBFNaam;Organisatie;Soort organisatie;Rol;Functie;E-mail;Telefoon;Gemeenten;Notities;Laatst gecontroleerd\r\n")) {
		t.Errorf("the file starts %q; want a byte order mark and Dutch headers separated by semicolons", b[:min(len(b), 120)])
	}
	if bytes.Count(b, []byte("\n")) != bytes.Count(b, []byte("\r\n")) {
		t.Error("a line ends in LF alone; Excel wants CRLF")
	}
	if !utf8.Valid(b) {
		t.Error("not UTF-8")
	}
	if n := strings.Count(string(b), "\r\n"); n < len(recs)+1 {
		t.Errorf("%d lines for %d contacts", n, len(recs))
	}
	rows := readCSV(t, b[3:])
	if len(rows) != len(recs)+1 {
		t.Fatalf("%d rows for %d contacts", len(rows), len(recs))
	}
	byName := map[string][]string{}
	for _, row := range rows[1:] {
		byName[row[0]] = row
		// Neither a formula (="0229...") nor a number a spreadsheet
		// would strip of its zero.
		for i, cell := range row {
			if strings.HasPrefix(cell, "=") {
				t.Errorf("%s, %s: the cell %q starts with =", row[0], rows[0][i], cell)
			}
		}
		if phone := row[6]; phone != "" && !strings.Contains(phone, " ") {
			t.Errorf("%s: the phone %q has no space; Excel would read it as a number", row[0], phone)
		}
	}
	// The role's label under Rol, the job title under Functie.
	row := byName[recs[2].Get("name")]
	if row == nil || row[4] != "Adviseur veiligheid" || row[3] != data.ChoiceLabel(data.ContactRoles, recs[2].Get("role")) || row[6] != "0229 252200" {
		t.Errorf("the row of %s: %q; want Functie Adviseur veiligheid, the role's label and the phone 0229 252200", recs[2].Get("name"), row)
	}
	for name, phone := range map[string]string{"Marloes Bakker-Jansen": "06 41873265", "Sanne Vos": "023 5113001", "Jeroen Kleijn": "0229 252341"} {
		if got := byName[name]; got == nil || got[6] != phone {
			t.Errorf("the phone of %s: %q, want %q", name, got, phone)
		}
	}
	// Only the contacts asked for.
	buf.Reset()
	if err := WriteCSV(ctx, s, []string{recs[3].ID}, &buf); err != nil {
		t.Fatal(err)
	}
	if strings.Count(buf.String(), "\r\n") != 2 || !strings.Contains(buf.String(), recs[3].Get("name")) {
		t.Errorf("export of one contact:\n%s", buf.String())
	}
}

// readCSV reads a file WriteCSV wrote, without its byte order mark.
func readCSV(t *testing.T, b []byte) [][]string {
	t.Helper()
	r := csv.NewReader(bytes.NewReader(b))
	r.Comma = ';'
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

func TestExcelText(t *testing.T) {
	for _, c := range []struct {
		in    string
		phone bool
		want  string
	}{
		{"=SOM(A1)", false, "'=SOM(A1)"}, {"+31 6 1234", false, "'+31 6 1234"}, {"@x", false, "'@x"}, {"- punt", false, "'- punt"},
		{"gewoon", false, "gewoon"}, {"'t Hart", false, "'t Hart"}, {"0229123456", false, "0229123456"},
		{"0229123456", true, "0229 123456"}, {"06-12345678", true, "06 12345678"}, {"020-1234567", true, "020 1234567"},
		{"+31 6 12345678", true, "'+31 6 12345678"}, {"+31612345678", true, "'+31 6 12345678"},
		{"+32 2 123 45 67", true, "'+32 2 123 45 67"}, {"0229 252200 toestel 12", true, "0229 252200 toestel 12"},
	} {
		got := excelText(c.in, c.phone)
		if got != c.want {
			t.Errorf("excelText(%q, %v) = %q, want %q", c.in, c.phone, got, c.want)
		}
		back := c.in
		if c.phone {
			back = data.FormatPhone(c.in)
		}
		if clean(got) != back {
			t.Errorf("clean(%q) = %q, want %q back", got, clean(got), back)
		}
	}
}

var contentLine = regexp.MustCompile(`^[A-Z][A-Z0-9-]*(;[^:]*)?:`)

// checkLines checks RFC 5545 / RFC 6350 line structure: CRLF only, no line
// over 75 octets, no character split over a fold, and every unfolded line
// a content line.
func checkLines(t *testing.T, b []byte) []string {
	t.Helper()
	if bytes.Count(b, []byte("\n")) != bytes.Count(b, []byte("\r\n")) || !bytes.HasSuffix(b, []byte("\r\n")) {
		t.Error("lines do not all end in CRLF")
	}
	var unfolded []string
	for _, l := range strings.Split(strings.TrimSuffix(string(b), "\r\n"), "\r\n") {
		if len(l) > 75 {
			t.Errorf("line of %d octets: %q", len(l), l)
		}
		if !utf8.ValidString(l) {
			t.Errorf("a fold split a character: %q", l)
		}
		if strings.HasPrefix(l, " ") {
			unfolded[len(unfolded)-1] += l[1:]
			continue
		}
		unfolded = append(unfolded, l)
	}
	for _, l := range unfolded {
		if !contentLine.MatchString(l) {
			t.Errorf("not a content line: %q", l)
		}
	}
	return unfolded
}

func TestVCardFormat(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, true)
	recs, _ := s.List(ctx, "contact")
	long := strings.Repeat("Zorgcoördinatie, overleg; ", 12)
	if err := s.Update(ctx, "contact", recs[0].ID, map[string]string{"notes": long + "\nnieuwe regel \\ backslash",
		"function": "Adviseur veiligheid, zorg", "role": "aandachtsfunctionaris", "phone": "0229 252200"}); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteVCard(ctx, s, []string{recs[0].ID}, &buf); err != nil {
		t.Fatal(err)
	}
	lines := checkLines(t, buf.Bytes())
	want := []string{"BEGIN:VCARD", "VERSION:4.0", "UID:urn:uuid:" + recs[0].ID, "KIND:individual", "FN:" + escapeText(recs[0].Get("name")),
		"TITLE:Adviseur veiligheid\\, zorg", "ROLE:Aandachtsfunctionaris mensenhandel", "TEL;TYPE=work,voice;VALUE=text:0229 252200",
		"NOTE:" + strings.ReplaceAll(strings.ReplaceAll(long, ",", `\,`), ";", `\;`) + `\nnieuwe regel \\ backslash`, "END:VCARD"}
	for _, w := range want {
		if !slices.Contains(lines, w) {
			t.Errorf("no line %q in\n%s", w, buf.String())
		}
	}
}

// TestVCard3: the vCard 3.0 Outlook reads: version 3.0, no KIND, types in
// the 3.0 way, CHARSET=UTF-8 on a value that is not ASCII (Outlook reads
// it in the Windows code page otherwise), and what ReadVCard reads back
// is what was written.
func TestVCard3(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, true)
	recs, _ := s.List(ctx, "contact")
	var c data.Record
	for _, r := range recs {
		if r.Get("name") == "Noëlle van der Meer" {
			c = r
		}
	}
	if c.ID == "" {
		t.Fatal("the demo has no Noëlle van der Meer")
	}
	if err := s.Update(ctx, "contact", c.ID, map[string]string{"function": "Ketenregisseur mensenhandel"}); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteVCard3(ctx, s, []string{c.ID}, &buf); err != nil {
		t.Fatal(err)
	}
	lines := checkLines(t, buf.Bytes())
	for _, w := range []string{"BEGIN:VCARD", "VERSION:3.0", "UID:urn:uuid:" + c.ID,
		"FN;CHARSET=UTF-8:Noëlle van der Meer", "N;CHARSET=UTF-8:van der Meer;Noëlle;;;", "ORG:Gemeente Hoorn",
		"TITLE:Ketenregisseur mensenhandel", "ROLE:Ketenregisseur", "EMAIL;TYPE=INTERNET,WORK:n.vandermeer@example.org",
		"TEL;TYPE=WORK,CELL:06-28419637", "END:VCARD"} {
		if !slices.Contains(lines, w) {
			t.Errorf("no line %q in\n%s", w, buf.String())
		}
	}
	for _, l := range lines {
		if strings.HasPrefix(l, "KIND") || strings.Contains(l, "VALUE=text") {
			t.Errorf("%q is vCard 4.0", l)
		}
		if name, value, _ := strings.Cut(l, ":"); !isASCII(value) && !strings.Contains(name, ";CHARSET=UTF-8") {
			t.Errorf("%q: a value that is not ASCII without CHARSET=UTF-8", l)
		}
	}

	f, err := ReadVCard(buf.Bytes())
	if err != nil || len(f.Problems) != 0 || len(f.Rows) != 1 {
		t.Fatalf("ReadVCard: %v, problems %v, %d cards", err, f.Problems, len(f.Rows))
	}
	cell := func(column string) string {
		for i, name := range f.Columns {
			if name == column {
				return f.Rows[0].Cell(i)
			}
		}
		t.Fatalf("no column %q in %v", column, f.Columns)
		return ""
	}
	for column, want := range map[string]string{"FN (naam)": "Noëlle van der Meer", "N (voornaam)": "Noëlle", "N (achternaam)": "van der Meer",
		"ORG (organisatie)": "Gemeente Hoorn", "TITLE (functie)": "Ketenregisseur mensenhandel", "ROLE (rol)": "Ketenregisseur",
		"EMAIL": "n.vandermeer@example.org", "TEL (mobiel)": "06-28419637"} {
		if got := cell(column); got != want {
			t.Errorf("read back, %s is %q, want %q", column, got, want)
		}
	}
}

func TestSplitName(t *testing.T) {
	for _, c := range []struct{ in, given, middle, family string }{
		{"Noëlle van der Meer", "Noëlle", "van der", "Meer"},
		{"Jan Willem de Vries", "Jan Willem", "de", "Vries"},
		{"Marloes Bakker-Jansen", "Marloes", "", "Bakker-Jansen"},
		{"Hendrik-Jan Zijlstra", "Hendrik-Jan", "", "Zijlstra"},
		{"Chaïma El Amrani", "Chaïma", "", "El Amrani"},
		{"Kees 't Hart", "Kees", "'t", "Hart"},
		{"Fatma Yılmaz", "Fatma", "", "Yılmaz"},
		{"Zijlstra", "", "", "Zijlstra"},
		{"  ", "", "", ""},
	} {
		g, m, f := splitName(c.in)
		if g != c.given || m != c.middle || f != c.family {
			t.Errorf("splitName(%q) = %q, %q, %q; want %q, %q, %q", c.in, g, m, f, c.given, c.middle, c.family)
		}
		if c.family != "" && strings.Join(strings.Fields(g+" "+m+" "+f), " ") != strings.Join(strings.Fields(c.in), " ") {
			t.Errorf("splitName(%q): the parts do not give the name back", c.in)
		}
	}
}

func TestCalendar(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, true)
	s.Now = func() time.Time { return time.Date(2026, 3, 1, 9, 30, 0, 0, time.UTC) }
	plans, _ := s.List(ctx, "plan")
	if _, err := s.Create(ctx, "action", map[string]string{"plan_id": plans[0].ID, "title": "Doorlopend overleg", "planning": "doorlopend"}); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	rep, err := WriteCalendar(ctx, s, &buf)
	if err != nil {
		t.Fatal(err)
	}
	lines := checkLines(t, buf.Bytes())
	if lines[0] != "BEGIN:VCALENDAR" || lines[len(lines)-1] != "END:VCALENDAR" {
		t.Errorf("not a calendar: %q ... %q", lines[0], lines[len(lines)-1])
	}
	agreements, _ := s.List(ctx, "agreement")
	wantAgreements := 0
	for _, a := range agreements {
		if data.AgreementEnded(a.Get("status")) {
			continue
		}
		for _, f := range []string{"evaluation_date", "end_date"} {
			if a.Get(f) != "" {
				wantAgreements++
			}
		}
	}
	if rep.Agreements != wantAgreements || rep.Agreements == 0 {
		t.Errorf("%d agreement events, want %d", rep.Agreements, wantAgreements)
	}
	if rep.Actions < 10 {
		t.Errorf("only %d actions in the calendar", rep.Actions)
	}
	if len(rep.Skipped) != 1 || rep.Skipped[0].Action != "Doorlopend overleg" {
		t.Errorf("skipped %v; want the action planned 'doorlopend' alone", rep.Skipped)
	}
	uids := map[string]bool{}
	events := 0
	for i, l := range lines {
		switch {
		case l == "BEGIN:VEVENT":
			events++
		case strings.HasPrefix(l, "UID:"):
			if uids[l] {
				t.Errorf("UID used twice: %s", l)
			}
			uids[l] = true
		case strings.HasPrefix(l, "DTSTART"):
			if !regexp.MustCompile(`^DTSTART;VALUE=DATE:\d{8}$`).MatchString(l) || !strings.HasPrefix(lines[i+1], "DTEND;VALUE=DATE:") {
				t.Errorf("not an all-day event: %q, %q", l, lines[i+1])
			}
		case strings.HasPrefix(l, "DTSTAMP"):
			if l != "DTSTAMP:20260301T093000Z" {
				t.Errorf("%s, want the store's now in UTC", l)
			}
		}
	}
	if events != rep.Events || events != rep.Agreements+rep.Actions+rep.Activities {
		t.Errorf("%d VEVENTs, report says %d", events, rep.Events)
	}
	// The same database gives the same UIDs: Outlook updates instead of doubling.
	var again bytes.Buffer
	WriteCalendar(ctx, s, &again)
	if again.String() != buf.String() {
		t.Error("a second export differs from the first")
	}
	// An action planned "Q2 2026" falls due on 30 June 2026.
	if !strings.Contains(strings.Join(lines, "\n"), "DTSTART;VALUE=DATE:20260630\nDTEND;VALUE=DATE:20260701\nSUMMARY:Uitvoeringsagenda: Vaststelling regionaal beleidsplan door alle colleges\n") {
		t.Error("the action planned Q2 2026 is not on 30-06-2026")
	}
}

// TestCalendarActivities: a planned activity is an event over its days,
// with its type, municipalities, target groups, organiser and the action
// it carries out in the description; a held or cancelled one is not in the
// calendar.
func TestCalendarActivities(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, true)
	demoActs, _ := s.List(ctx, data.KindActivity)
	for _, a := range demoActs { // the demo region's own: this test counts the ones it makes
		if err := s.Delete(ctx, data.KindActivity, a.ID); err != nil {
			t.Fatal(err)
		}
	}
	s.Now = func() time.Time { return time.Date(2026, 3, 1, 9, 30, 0, 0, time.UTC) }
	var before bytes.Buffer
	without, err := WriteCalendar(ctx, s, &before)
	if err != nil || without.Activities != 0 {
		t.Fatalf("the demo without activities: %d activity events, %v", without.Activities, err)
	}
	orgs, _ := s.List(ctx, data.KindOrganisation)
	plans, _ := s.List(ctx, data.KindPlan)
	actions, _ := s.ListWhere(ctx, data.KindAction, data.Action.PlanID, plans[0].ID)
	hoorn, enkhuizen := data.MunicipalityID("GM0405"), data.MunicipalityID("GM0388")
	create := func(vals map[string]string) string {
		t.Helper()
		id, err := s.Create(ctx, data.KindActivity, vals)
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	training := create(map[string]string{data.Activity.Title: "Training signalen herkennen", data.Activity.Type: data.ActivityTypeTraining,
		data.Activity.Date: "2026-04-14", data.Activity.MunicipalityIDs: data.JoinIDs([]string{hoorn, enkhuizen}),
		data.Activity.TargetGroups: "baliemedewerkers,politie", data.Activity.OrganiserID: orgs[0].ID,
		data.Activity.ParticipantsPlanned: "25", data.Activity.ActionID: actions[0].ID})
	days := create(map[string]string{data.Activity.Title: "Netwerkdagen", data.Activity.Type: data.ActivityTypeNetwerkbijeenkomst,
		data.Activity.Date: "2026-05-28", data.Activity.EndDate: "2026-05-29"})
	create(map[string]string{data.Activity.Title: "Voorlichting gehouden", data.Activity.Type: data.ActivityTypeBewustwording,
		data.Activity.Date: "2026-01-10", data.Activity.Status: data.ActivityStatusUitgevoerd, data.Activity.Participants: "40"})
	create(map[string]string{data.Activity.Title: "Training afgelast", data.Activity.Type: data.ActivityTypeTraining,
		data.Activity.Date: "2026-06-10", data.Activity.Status: data.ActivityStatusGeannuleerd})

	var buf bytes.Buffer
	rep, err := WriteCalendar(ctx, s, &buf)
	if err != nil {
		t.Fatal(err)
	}
	lines := checkLines(t, buf.Bytes())
	if rep.Activities != 2 || rep.Events != without.Events+2 || rep.Events != rep.Agreements+rep.Actions+rep.Activities {
		t.Errorf("report %+v; want the two planned activities beside the %d events before", rep, without.Events)
	}
	text := strings.Join(lines, "\n")
	for _, gone := range []string{"Voorlichting gehouden", "Training afgelast"} {
		if strings.Contains(text, gone) {
			t.Errorf("the calendar holds %q, which is not planned", gone)
		}
	}
	event := func(uid string) map[string]string {
		t.Helper()
		i := slices.Index(lines, "UID:"+uid+"-activiteit@ketenregie")
		if i < 0 {
			t.Fatalf("no event for %s", uid)
		}
		ev := map[string]string{}
		for _, l := range lines[i:] {
			if l == "END:VEVENT" {
				break
			}
			name, value, _ := strings.Cut(l, ":")
			ev[name] = value
		}
		return ev
	}
	ev := event(training)
	esc := strings.NewReplacer(",", `\,`, ";", `\;`).Replace
	want := `Soort: Training\nGemeenten: Enkhuizen\, Hoorn\nDoelgroepen: Baliemedewerkers\, Politie\nOrganisator: ` +
		esc(orgs[0].Get(data.Organisation.Name)) + `\nDeelnemers gepland: 25\nUitvoeringsagenda: ` +
		esc(plans[0].Get(data.Plan.Title)+" — "+actions[0].Get(data.Action.Title))
	if ev["SUMMARY"] != "Activiteit: Training signalen herkennen" || ev["DTSTART;VALUE=DATE"] != "20260414" || ev["DTEND;VALUE=DATE"] != "20260415" ||
		!strings.HasPrefix(ev["DESCRIPTION"], want) {
		t.Errorf("the training's event:\n%v\nwant the description to start\n%s", ev, want)
	}
	if ev := event(days); ev["DTSTART;VALUE=DATE"] != "20260528" || ev["DTEND;VALUE=DATE"] != "20260530" || ev["DESCRIPTION"] != "Soort: Netwerkbijeenkomst" {
		t.Errorf("the two days' event: %v", ev)
	}
}

func TestPlanningDate(t *testing.T) {
	for in, want := range map[string]string{
		"Q2 2026": "2026-06-30", "q4 2025": "2025-12-31", "Q1-2027": "2027-03-31", "2026-Q3": "2026-09-30", "K3 2026": "2026-09-30",
		"2e kwartaal 2026": "2026-06-30", "1e kwartaal 2027": "2027-03-31",
		"2026": "2026-12-31", "2026-2027": "2027-12-31", "2025 – 2028": "2028-12-31", "2026 t/m 2028": "2028-12-31",
		"Q4 2025 - Q1 2026": "2026-03-31", "Q1-Q2 2026": "2026-06-30",
		"H1 2026": "2026-06-30", "tweede helft 2026": "2026-12-31",
		"juni 2026": "2026-06-30", "Februari 2028": "2028-02-29", "sept. 2026": "2026-09-30", "eind 2026": "2026-12-31",
		"30-06-2026": "2026-06-30", "2026-06-30": "2026-06-30", "1-7-2026": "2026-07-01",
		"doorlopend": "", "": "", "najaar 2026": "", "Q5 2026": "", "Q2": "", "na de zomer": "", "12345": "", "2026-13": "",
	} {
		got, ok := PlanningDate(in)
		if got != want || ok != (want != "") {
			t.Errorf("PlanningDate(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

func TestCaseDataWarning(t *testing.T) {
	today := time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		notes string
		want  string // a part of the warning, "" for none
	}{
		{"Bereikbaar ma-do, via het secretariaat", ""},
		{"BSN 111222333 bij de melding", "BSN"},
		{"cliënt 1112.22.333", "BSN"},
		{"nummer 123456789", ""}, // fails the elfproef
		{"tel. 0229123456", ""},  // ten digits: a phone number
		{"mobiel +31 611122233", ""},
		{"slachtoffer geboren 12-03-1985 in Hoorn", "geboortedatum"},
		{"geb. 3 maart 1990", "geboortedatum"},
		{"geboortedatum: 01/02/2001", "geboortedatum"},
		{"13-04-1988", "geboortedatum"},
		{"in functie sinds 01-09-2024", ""}, // a recent date: work, not a birth
		{"overleg 31-02-1990", ""},          // no such day
	} {
		got := CaseDataWarning(c.notes, today)
		switch {
		case c.want == "" && got != "":
			t.Errorf("%q: warned %q", c.notes, got)
		case c.want != "" && !strings.Contains(got, c.want):
			t.Errorf("%q: warning %q, want one about %s", c.notes, got, c.want)
		}
	}
	if !data.ElfProef("111222333") || data.ElfProef("111222334") || data.ElfProef("000000000") || data.ElfProef("12345678") {
		t.Error("ElfProef is wrong")
	}
}

func TestPerson(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, true)
	recs, _ := s.List(ctx, "contact")
	c := recs[0]
	if err := s.Update(ctx, "contact", c.ID, map[string]string{"phone": "06-10203040"}); err != nil {
		t.Fatal(err)
	}
	agreements, _ := s.List(ctx, "agreement")
	if err := s.Update(ctx, "agreement", agreements[0].ID, map[string]string{"notes": "Afgestemd met " + strings.ToUpper(c.Get("name")) + " op het ketenoverleg."}); err != nil {
		t.Fatal(err)
	}
	var text, html bytes.Buffer
	if err := WritePerson(ctx, s, c.ID, false, &text); err != nil {
		t.Fatal(err)
	}
	if err := WritePerson(ctx, s, c.ID, true, &html); err != nil {
		t.Fatal(err)
	}
	for _, out := range []string{text.String(), html.String()} {
		for _, want := range []string{"Gegevens van " + c.Get("name"), c.Get("email"), "06-10203040", "aangemaakt",
			"Laptop Hoorn", agreements[0].Get("title"), "artikel 15 AVG"} {
			if !strings.Contains(out, want) {
				t.Errorf("the overview lacks %q", want)
			}
		}
		if org := c.Get("organisation_id"); org != "" {
			o, _ := s.Get(ctx, "organisation", org)
			if !strings.Contains(out, o.Get("name")) {
				t.Errorf("the overview lacks the organisation %s", o.Get("name"))
			}
		}
	}
	// The history says when the phone changed, from what to what.
	if strings.Count(text.String(), "Laptop Hoorn  telefoon: ") != 2 {
		t.Errorf("the history does not show both phone numbers:\n%s", text.String())
	}
	// A deleted contact still has its history; a forgotten one has none.
	if err := s.Delete(ctx, "contact", c.ID); err != nil {
		t.Fatal(err)
	}
	text.Reset()
	if err := WritePerson(ctx, s, c.ID, false, &text); err != nil || !strings.Contains(text.String(), "verwijderd") || !strings.Contains(text.String(), c.Get("email")) {
		t.Errorf("overview of a deleted contact (%v):\n%s", err, text.String())
	}
	if err := s.Erase(ctx, "contact", c.ID); err != nil {
		t.Fatal(err)
	}
	text.Reset()
	if err := WritePerson(ctx, s, c.ID, false, &text); err != nil || strings.Contains(text.String(), c.Get("email")) || !strings.Contains(text.String(), "vergeten") {
		t.Errorf("overview of a forgotten contact (%v):\n%s", err, text.String())
	}
	if err := WritePerson(ctx, s, "no-such-id", false, &text); !data.IsNotFound(err) {
		t.Errorf("unknown id: %v", err)
	}
}

func TestReviewDue(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, false)
	s.Now = func() time.Time { return time.Date(2025, 1, 10, 12, 0, 0, 0, time.UTC) }
	old, _ := s.Create(ctx, "contact", map[string]string{"name": "Nooit Gecontroleerd"})
	reviewed, _ := s.Create(ctx, "contact", map[string]string{"name": "Vorige Maand", "last_reviewed": "2025-12-01"})
	stale, _ := s.Create(ctx, "contact", map[string]string{"name": "Lang Geleden", "last_reviewed": "2024-03-01"})
	s.Now = func() time.Time { return time.Date(2026, 1, 2, 12, 0, 0, 0, time.UTC) }
	fresh, _ := s.Create(ctx, "contact", map[string]string{"name": "Net Nieuw"})

	due, err := ReviewDue(ctx, s, time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, r := range due {
		got[r.ID] = true
	}
	if !got[old] || !got[stale] || got[reviewed] || got[fresh] || len(due) != 2 {
		t.Errorf("due: %v; want the contact never reviewed since 10-01-2025 and the one reviewed 01-03-2024", due)
	}
}
