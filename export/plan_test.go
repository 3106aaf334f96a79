package export

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"ketenregie/data"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func TestPlanDemo(t *testing.T) {
	s := newStore(t, true)
	ctx := context.Background()
	plan := planByTitle(t, s, "West-Friesland")
	path, raw := writePDF(t, func(w *bytes.Buffer) error { return WritePlan(ctx, s, plan.ID, PlanOptions{}, w) })
	checkWellFormed(t, path)
	n := pages(t, path)
	if n < 20 {
		t.Errorf("the demo plan has %d pages; expected a document of at least 20", n)
	}
	text := pageTexts(t, path)
	drawn := pageStreams(t, path)
	all := squash(strings.Join(text, "\n"))
	for _, want := range []string{
		"Regionaal beleidsplan aanpak mensenhandel West-Friesland", "Versiebeheer", "Inhoudsopgave",
		"Voorwoord", "Samenvatting", "Doelen en beoogde resultaten", "Wat is mensenhandel", "Seksuele uitbuiting",
		"Bijlage A", "Uitvoeringsagenda", "Bijlage B", "Contactenlijst", "Niet openbaar", "Meldroute",
		"Overzicht ketenafspraken", "Begrippenlijst", "Regionaal Informatie- en Expertisecentrum",
		"Noëlle van der Meer", "€ 0,40 per inwoner", "coördinatie",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("the plan does not show %q", want)
		}
	}
	if strings.Contains(all, "**") {
		t.Error("emphasis markers ** are printed instead of bold text")
	}
	for p := 2; p <= n; p++ {
		if want := fmt.Sprintf("pagina %d van %d", p, n); !strings.Contains(text[p], want) {
			t.Errorf("page %d lacks %q in its footer", p, want)
		}
		if !strings.Contains(text[p], "versie 0.4") || !strings.Contains(text[p], "22-09-2026") {
			t.Errorf("page %d lacks the version and its date in its footer", p)
		}
		if !conceptMark(drawn[p-1]) {
			t.Errorf("page %d of a plan under discussion lacks the CONCEPT mark", p)
		}
	}
	if !conceptMark(drawn[0]) {
		t.Error("the cover of a plan under discussion lacks the CONCEPT mark")
	}
	if stray := regexp.MustCompile(`(?m)^\s*[CONEPT]\s*$`).FindString(strings.Join(text, "\n")); stray != "" {
		t.Errorf("the CONCEPT mark reads as stray letters (%q) in the extracted text", stray)
	}
	if strings.Contains(text[1], "pagina 1 van") {
		t.Error("the cover has a footer")
	}
	if !bytes.Contains(raw, []byte("/Lang (nl-NL)")) {
		t.Error("the catalog does not say the document is Dutch")
	}
	info := runTool(t, "pdfinfo", path)
	for _, want := range []string{"Title:           Regionaal beleidsplan", "Author:          Noëlle van der Meer",
		"Subject:         Beleidsplan aanpak mensenhandel West-Friesland 2025–2028", "Keywords:        mensenhandel", "Page size:       595.28 x 841.89 pts (A4)"} {
		if !strings.Contains(info, want) {
			t.Errorf("pdfinfo lacks %q:\n%s", want, info)
		}
	}
	if meta := runTool(t, "pdfinfo", "-meta", path); !strings.Contains(meta, "<dc:language><rdf:Bag><rdf:li>nl-NL</rdf:li></rdf:Bag></dc:language>") ||
		!strings.Contains(meta, "<dc:creator><rdf:Seq><rdf:li>Noëlle van der Meer</rdf:li>") {
		t.Errorf("the XMP metadata lacks the language or the author:\n%s", meta)
	}
	checkContents(t, path, pageTexts(t, path, "-layout"))
}

// conceptMark reports whether the diagonal CONCEPT mark is the first thing
// drawn on a page (under the text): a watermark artifact that draws a form
// of filled shapes, not text, which no reader reads out and no copy picks
// up.
func conceptMark(stream string) bool {
	const mark = "/Artifact <</Type /Pagination /Subtype /Watermark>> BDC"
	i := strings.Index(stream, mark)
	if i < 0 || strings.Contains(stream[:i], "BDC") || strings.Contains(stream[:i], "BMC") {
		return false
	}
	body, _, ok := strings.Cut(stream[i:], "EMC")
	return ok && strings.Contains(body, " Do") && !strings.Contains(body, "Tj")
}

// checkContents checks that every line of the table of contents names the
// page its chapter starts on, and that a bookmark leads there too.
func checkContents(t *testing.T, path string, text []string) {
	t.Helper()
	toc := 0
	for p, tx := range text {
		if strings.Contains(tx, "Inhoudsopgave") && p > 1 {
			toc = p
			break
		}
	}
	if toc == 0 {
		t.Fatal("no page with the Inhoudsopgave")
	}
	entry := regexp.MustCompile(`^(?:Bijlage [A-Z]|\d+(?:\.\d+)*)?\s*(.+?)\s+(\d+)$`)
	bookmarks := map[string]int{}
	for _, o := range outlines(t, path) {
		bookmarks[o.Title] = o.Page
	}
	checked := 0
	for _, line := range strings.Split(text[toc], "\n") {
		m := entry.FindStringSubmatch(strings.TrimSpace(line))
		if m == nil || strings.Contains(line, "pagina") {
			continue
		}
		title, page := squash(m[1]), m[2]
		p, _ := strconv.Atoi(page)
		if p < 1 || p >= len(text) {
			t.Errorf("contents: %q on page %d, which does not exist", title, p)
			continue
		}
		if !strings.Contains(squash(text[p]), squash(title)) {
			t.Errorf("contents: %q on page %d, but that page does not show it", title, p)
		}
		found := false
		for b, bp := range bookmarks {
			if strings.HasSuffix(b, title) && bp == p {
				found = true
			}
		}
		if !found {
			t.Errorf("no bookmark %q leads to page %d", title, p)
		}
		checked++
	}
	if checked < 10 {
		t.Errorf("only %d lines of the contents could be checked:\n%s", checked, text[toc])
	}
}

func TestPlanPublicLeavesOutContacts(t *testing.T) {
	s := newStore(t, false)
	id := smallPlan(t, s)
	ctx := context.Background()
	path, _ := writePDF(t, func(w *bytes.Buffer) error { return WritePlan(ctx, s, id, PlanOptions{}, w) })
	all := squash(pageText(t, path, 0))
	for _, want := range []string{"Contactenlijst", "Niet openbaar", "n.devries@example.org", "Joost Öztürk", "Politie eenheid Noord-Holland (districtschef)"} {
		if !strings.Contains(all, want) {
			t.Errorf("the internal print lacks %q", want)
		}
	}
	if strings.Contains(all, "Sanne Elders") {
		t.Error("the contact list shows a contact of another municipality")
	}
	if strings.Contains(all, "Oud convenant") {
		t.Error("the overview of agreements shows an expired agreement")
	}

	path, _ = writePDF(t, func(w *bytes.Buffer) error { return WritePlan(ctx, s, id, PlanOptions{Public: true}, w) })
	all = squash(pageText(t, path, 0))
	for _, gone := range []string{"Contactenlijst", "Niet openbaar", "n.devries@example.org", "j.ozturk@example.org"} {
		if strings.Contains(all, gone) {
			t.Errorf("the public print shows %q", gone)
		}
	}
	if !strings.Contains(all, "Bijlage B Meldroute") && !strings.Contains(all, "Bijlage B") {
		t.Error("the public print does not letter its annexes from A on without gaps")
	}
}

// TestPlanContactAnnex: bijlage B shows each person's job title under the
// organisation and the role under the name, on one row of the table, and
// a phone number grouped however it was typed.
func TestPlanContactAnnex(t *testing.T) {
	s := newStore(t, false)
	id := smallPlan(t, s)
	ctx := context.Background()
	recs, _ := s.List(ctx, "contact")
	for _, c := range recs {
		if c.Get("name") == "Noëlle de Vries" {
			if err := s.Update(ctx, "contact", c.ID, map[string]string{"function": "Adviseur veiligheid", "phone": "0229123456"}); err != nil {
				t.Fatal(err)
			}
		}
	}
	path, _ := writePDF(t, func(w *bytes.Buffer) error { return WritePlan(ctx, s, id, PlanOptions{}, w) })
	var annex string
	for _, text := range pageTexts(t, path, "-layout") {
		if strings.Contains(text, "Organisatie en functie") {
			annex = text
		}
	}
	if annex == "" {
		t.Fatal("no page with the contact list's column Organisatie en functie")
	}
	// With -layout a table row reads across: the name beside the
	// organisation, the role beside the job title.
	for _, want := range [][]string{
		{"Noëlle de Vries", "Gemeente Hoorn", "n.devries@example.org"},
		{"Aandachtsfunctionaris mensenhandel", "Adviseur veiligheid", "0229 123456"},
	} {
		found := false
		for _, line := range strings.Split(annex, "\n") {
			fields := squash(line)
			ok := true
			for i, w := range want {
				at := strings.Index(fields, w)
				ok = ok && at >= 0 && (i == 0 || at > strings.Index(fields, want[i-1]))
			}
			found = found || ok
		}
		if !found {
			t.Errorf("no row reading %q in the contact list:\n%s", want, annex)
		}
	}
	if strings.Contains(annex, "0229123456") {
		t.Error("the phone number is printed as typed, not grouped")
	}
}

func TestPlanAdopted(t *testing.T) {
	s := newStore(t, false)
	id := smallPlan(t, s)
	ctx := context.Background()
	if err := s.Update(ctx, "plan", id, map[string]string{"status": "vastgesteld", "adopted_date": "2025-09-16", "reference": "Z-2025-1234"}); err != nil {
		t.Fatal(err)
	}
	path, _ := writePDF(t, func(w *bytes.Buffer) error { return WritePlan(ctx, s, id, PlanOptions{}, w) })
	text := pageTexts(t, path)
	if got := squash(text[1]); !strings.Contains(got, "Vastgesteld door het college van B&W van Hoorn op 16-09-2025, kenmerk Z-2025-1234.") {
		t.Errorf("the cover of an adopted plan does not say who adopted it, when and under which kenmerk:\n%s", got)
	}
	for p, tx := range pageTexts(t, path, "-raw") {
		if strings.Contains(strings.Join(strings.Fields(tx), ""), "CONCEPT") {
			t.Errorf("page %d of an adopted plan carries the CONCEPT mark", p)
		}
	}
}

func TestPlanGolden(t *testing.T) {
	s := newStore(t, false)
	id := smallPlan(t, s)
	ctx := context.Background()
	var a, b bytes.Buffer
	if err := WritePlan(ctx, s, id, PlanOptions{}, &a); err != nil {
		t.Fatal(err)
	}
	if err := WritePlan(ctx, s, id, PlanOptions{}, &b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("two prints of the same plan differ")
	}
	golden := filepath.Join("testdata", "plan-small.pdf")
	// Beside the bytes, the text of every page as pdftotext -layout reads
	// it: a change shows in a diff a reviewer can read, and this test says
	// which line of which page changed before it says the bytes differ.
	pdfPath := filepath.Join(t.TempDir(), "plan-small.pdf")
	if err := os.WriteFile(pdfPath, a.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	var pages strings.Builder
	for i, tx := range pageTexts(t, pdfPath, "-layout")[1:] {
		fmt.Fprintf(&pages, "--- pagina %d ---\n%s\n", i+1, strings.TrimRight(tx, "\n "))
	}
	textGolden := filepath.Join("testdata", "plan-small.txt")
	if *update {
		if err := os.WriteFile(golden, a.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(textGolden, []byte(pages.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if wantText, err := os.ReadFile(textGolden); err != nil {
		t.Fatalf("%v (run go test -run TestPlanGolden -update to create it)", err)
	} else if got := pages.String(); got != string(wantText) {
		gl, wl := strings.Split(got, "\n"), strings.Split(string(wantText), "\n")
		for i := range max(len(gl), len(wl)) {
			g, w := "", ""
			if i < len(gl) {
				g = gl[i]
			}
			if i < len(wl) {
				w = wl[i]
			}
			if g != w {
				t.Errorf("the text of the print differs from %s at line %d:\nwant %q\n got %q", textGolden, i+1, w, g)
				break
			}
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -run TestPlanGolden -update to create it)", err)
	}
	if !bytes.Equal(a.Bytes(), want) {
		got := filepath.Join(t.TempDir(), "plan-small.pdf")
		os.WriteFile(got, a.Bytes(), 0o644)
		t.Errorf("the print differs from %s (%d bytes, now %d; written to %s). If the change is intended, run go test -run TestPlanGolden -update and look at the pages.",
			golden, len(want), a.Len(), got)
	}
}

func TestPlanSmallContents(t *testing.T) {
	s := newStore(t, false)
	id := smallPlan(t, s)
	ctx := context.Background()
	path, _ := writePDF(t, func(w *bytes.Buffer) error { return WritePlan(ctx, s, id, PlanOptions{}, w) })
	checkWellFormed(t, path)
	text := pageTexts(t, path, "-layout")
	all := squash(strings.Join(text, "\n"))
	for _, want := range []string{"1 Inleiding", "1.1 Aanleiding", "1.2 Leeswijzer", "2 Aanpak", "Opbouw",
		"Bijlage C Meldroute", "Bijlage D Overzicht ketenafspraken", "Bijlage E Begrippenlijst",
		"• de politie (AVIM)", "1. Hoorn heeft een vastgesteld beleid.", "€ 0,40", "„weinig”",
		"Convenant ketensamenwerking", "HRN-2025/17"} {
		if !strings.Contains(all, want) {
			t.Errorf("the plan does not show %q", want)
		}
	}
	// The Begrippenlijst explains the abbreviations the text uses, and only those.
	var glossaryPage string
	for _, tx := range text {
		if strings.Contains(tx, "Begrippenlijst") && strings.Contains(tx, "Afkorting") {
			glossaryPage = squash(tx)
		}
	}
	for _, want := range []string{"AVIM", "B&W", "IBP", "OM Openbaar Ministerie", "RIEC", "ZVH", "AVG"} {
		if !strings.Contains(glossaryPage, want) {
			t.Errorf("the Begrippenlijst lacks %q:\n%s", want, glossaryPage)
		}
	}
	for _, gone := range []string{"KMar", "CoMensha", "MDA++"} {
		if strings.Contains(glossaryPage, gone) {
			t.Errorf("the Begrippenlijst explains %q, which the plan does not use", gone)
		}
	}
	checkContents(t, path, text)
}

// TestPlanActivitiesUnderActions: the uitvoeringsagenda shows under each
// action the activities that carry it out, in date order, with their date,
// title and status; activities of another plan's actions, or of none, are
// not in it.
func TestPlanActivitiesUnderActions(t *testing.T) {
	s := newStore(t, false)
	id := smallPlan(t, s)
	ctx := context.Background()
	actions, err := s.ListWhere(ctx, data.KindAction, data.Action.PlanID, id)
	if err != nil || len(actions) != 3 {
		t.Fatalf("the small plan's actions: %d, %v", len(actions), err)
	}
	training := actions[1] // Signaleringstraining voor baliemedewerkers
	other, _ := s.Create(ctx, data.KindPlan, map[string]string{data.Plan.Title: "Ander plan"})
	otherAction, _ := s.Create(ctx, data.KindAction, map[string]string{data.Action.PlanID: other, data.Action.Title: "Andere actie"})
	for _, v := range []map[string]string{
		{data.Activity.Title: "Training baliemedewerkers Hoorn", data.Activity.Date: "2026-03-12", data.Activity.ActionID: training.ID},
		{data.Activity.Title: "Training baliemedewerkers Enkhuizen", data.Activity.Date: "2025-11-04", data.Activity.ActionID: training.ID,
			data.Activity.Status: data.ActivityStatusUitgevoerd, data.Activity.Participants: "14"},
		{data.Activity.Title: "Training elders", data.Activity.Date: "2026-01-20", data.Activity.ActionID: otherAction},
		{data.Activity.Title: "Losse voorlichting", data.Activity.Date: "2026-02-02"},
	} {
		v[data.Activity.Type] = data.ActivityTypeTraining
		if _, err := s.Create(ctx, data.KindActivity, v); err != nil {
			t.Fatal(err)
		}
	}

	p, err := loadPlanEdition(ctx, s, id, PlanOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := "• 04-11-2025 Training baliemedewerkers Enkhuizen (uitgevoerd, 14 deelnemers)\n• 12-03-2026 Training baliemedewerkers Hoorn (gepland)"
	if got := activityLines(p.activities[training.ID]); got != want {
		t.Errorf("under the training action:\n%s\nwant\n%s", got, want)
	}
	if n := len(p.activities); n != 1 {
		t.Errorf("activities under %d actions, want 1", n)
	}

	path, _ := writePDF(t, func(w *bytes.Buffer) error { return WritePlan(ctx, s, id, PlanOptions{}, w) })
	checkWellFormed(t, path)
	var agenda string
	for _, tx := range pageTexts(t, path, "-raw") {
		if strings.Contains(tx, "Indicator") && strings.Contains(tx, "Signaleringstraining") {
			agenda = squash(tx)
		}
	}
	if want := "Signaleringstraining voor baliemedewerkers • 04-11-2025 Training baliemedewerkers Enkhuizen (uitgevoerd, 14 deelnemers) " +
		"• 12-03-2026 Training baliemedewerkers Hoorn (gepland)"; !strings.Contains(agenda, want) {
		t.Errorf("the uitvoeringsagenda does not show\n%s\nunder its action:\n%s", want, agenda)
	}
	for _, gone := range []string{"Training elders", "Losse voorlichting"} {
		if strings.Contains(agenda, gone) {
			t.Errorf("the uitvoeringsagenda shows %q, which carries out no action of this plan", gone)
		}
	}
}

func TestPlanLongAgenda(t *testing.T) {
	s := newStore(t, false)
	id := smallPlan(t, s)
	ctx := context.Background()
	err := s.Write(ctx, func(tx *data.Tx) error {
		for i := 4; i <= 200; i++ {
			partners := "Politie"
			for range i % 7 {
				partners += ", Zorg- en Veiligheidshuis West-Friesland"
			}
			if _, err := tx.Create("action", map[string]string{"plan_id": id, "title": fmt.Sprintf("Actie nummer %d", i),
				"theme": data.Themes[i%5].Code, "partners": partners, "indicator": strings.Repeat("Meetbaar resultaat. ", i%4+1)}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	path, _ := writePDF(t, func(w *bytes.Buffer) error { return WritePlan(ctx, s, id, PlanOptions{}, w) })
	checkWellFormed(t, path)
	text := pageTexts(t, path, "-layout")
	var agenda []int
	for p, tx := range text {
		if strings.Contains(tx, "Actie nummer") {
			agenda = append(agenda, p)
		}
	}
	if len(agenda) < 5 {
		t.Fatalf("200 actions fill only %d pages", len(agenda))
	}
	seen := map[int]bool{}
	num := regexp.MustCompile(`Actie nummer (\d+)`)
	for _, p := range agenda {
		tx := squash(text[p])
		for _, head := range []string{"# Actie Thema Eigenaar Partners Planning Status Indicator"} {
			if !strings.Contains(tx, head) {
				t.Errorf("page %d of the uitvoeringsagenda does not repeat the header row %q", p, head)
			}
		}
		for _, m := range num.FindAllStringSubmatch(tx, -1) {
			n, _ := strconv.Atoi(m[1])
			seen[n] = true
		}
	}
	for i := 4; i <= 200; i++ {
		if !seen[i] {
			t.Errorf("action %d is missing from the uitvoeringsagenda", i)
		}
	}
	// Landscape pages for the wide table.
	info := runTool(t, "pdfinfo", "-f", strconv.Itoa(agenda[0]), "-l", strconv.Itoa(agenda[0]), path)
	if !strings.Contains(info, "841.89 x 595.28") {
		t.Errorf("the uitvoeringsagenda is not printed in landscape:\n%s", info)
	}
}

func TestPlanNotFound(t *testing.T) {
	s := newStore(t, false)
	var buf bytes.Buffer
	err := WritePlan(context.Background(), s, "no-such-plan", PlanOptions{}, &buf)
	if !data.IsNotFound(err) {
		t.Errorf("printing a plan that does not exist: %v, want not found", err)
	}
	if buf.Len() > 0 {
		t.Error("a failed print wrote bytes")
	}
}

func TestPlanFileName(t *testing.T) {
	p := data.Record{Values: map[string]string{"title": "Beleidsplan mensenhandel Hoorn 2025-2028", "version": "0.3"}}
	for _, c := range []struct {
		ed   Edition
		want string
	}{
		{Edition{Version: "0.3", Date: "2025-06-30"}, "Beleidsplan mensenhandel Hoorn 2025-2028 v0.3.pdf"},
		{Edition{Working: true, Version: "0.3", Date: "2026-12-03"}, "Beleidsplan mensenhandel Hoorn 2025-2028 werkversie na 0.3 · 03-12-2026.pdf"},
		{Edition{Working: true, Date: "2026-12-03"}, "Beleidsplan mensenhandel Hoorn 2025-2028 werkversie · 03-12-2026.pdf"},
	} {
		if got := PlanFileName(p, c.ed); got != c.want {
			t.Errorf("PlanFileName(%+v) = %q, want %q", c.ed, got, c.want)
		}
	}
	p.Values["title"] = `Plan: "Hoorn/Enkhuizen"?`
	if got := PlanFileName(p, Edition{Version: "0.3"}); got != "Plan- -Hoorn-Enkhuizen- v0.3.pdf" {
		t.Errorf("PlanFileName keeps characters file systems refuse: %q", got)
	}
}

func TestAnnexTitle(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{"Bijlage: Meldroute", "Meldroute", true},
		{"Bijlage 2 Meldroute", "Meldroute", true},
		{"Bijlage C: Sociale kaart", "Sociale kaart", true},
		{"bijlage – De meldroute", "De meldroute", true},
		{"Bijlagen", "", false},
		{"Inleiding", "", false},
	} {
		got, ok := annexTitle(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("annexTitle(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

// TestPlanMinimal prints a plan that has nothing but a title. No version of
// it was made, so it is a working copy dated by its last change, not the
// "versie 0.1" a new plan gets as its number before anything is sent round.
func TestPlanMinimal(t *testing.T) {
	s := newStore(t, false)
	ctx := context.Background()
	id, err := s.Create(ctx, "plan", map[string]string{"title": "Nieuw plan"})
	if err != nil {
		t.Fatal(err)
	}
	path, _ := writePDF(t, func(w *bytes.Buffer) error { return WritePlan(ctx, s, id, PlanOptions{}, w) })
	checkWellFormed(t, path)
	doc := squash(pageText(t, path, 0))
	for _, want := range []string{"Nieuw plan", "Versiebeheer", "Inhoudsopgave", "Bijlage A", "Er zijn nog geen acties opgenomen",
		"werkversie · 01-10-2026 · pagina 2 van", "Nog geen versie vastgelegd"} {
		if !strings.Contains(doc, want) {
			t.Errorf("a plan with only a title does not show %q:\n%s", want, doc)
		}
	}
	for _, gone := range []string{"Bijlage B", "Doelen en beoogde resultaten", "Begrippenlijst", "versie 0.1"} {
		if strings.Contains(doc, gone) {
			t.Errorf("a plan with only a title shows %q", gone)
		}
	}
}

// TestPlanWorkingCopy: a plan edited after its last version prints as a
// working copy after that version, dated by the edit, on the cover, in
// every footer, in its versiebeheer and in the file name proposed; once a
// new version is made it prints as that version again. An adopted plan
// edited afterwards says it is not the adopted text.
func TestPlanWorkingCopy(t *testing.T) {
	s := newStore(t, false)
	id := smallPlan(t, s)
	ctx := context.Background()
	at := func(day int) {
		s.Now = func() time.Time { return time.Date(2026, 12, day, 12, 0, 0, 0, time.Local) }
	}
	blocks, err := s.List(ctx, "block")
	if err != nil || len(blocks) == 0 {
		t.Fatalf("blocks: %v", err)
	}
	at(3)
	if err := s.Update(ctx, "block", blocks[0].ID, map[string]string{"text": "Een nieuwe alinea na versie 0.3."}); err != nil {
		t.Fatal(err)
	}

	// print writes the plan and checks that the cover and every footer say
	// what it is; it returns the text of the cover and of the versiebeheer.
	print := func(label string) (cover, versions string) {
		t.Helper()
		path, _ := writePDF(t, func(w *bytes.Buffer) error { return WritePlan(ctx, s, id, PlanOptions{}, w) })
		text := pageTexts(t, path)
		cover = squash(text[1])
		version, date, _ := strings.Cut(label, " · ")
		if !strings.Contains(cover, "Versie "+strings.TrimPrefix(version, "versie ")) || !strings.Contains(cover, "Datum "+date) {
			t.Errorf("the cover does not say %q:\n%s", label, cover)
		}
		for p := 2; p < len(text); p++ {
			if want := fmt.Sprintf("%s · pagina %d van %d", label, p, len(text)-1); !strings.Contains(squash(text[p]), want) {
				t.Errorf("page %d lacks %q in its footer", p, want)
			}
		}
		return cover, squash(text[2])
	}

	cover, versions := print("werkversie na 0.3 · 03-12-2026")
	if !strings.Contains(cover, "Dit is een werkversie: de tekst is gewijzigd na versie 0.3, laatst op 03-12-2026.") {
		t.Errorf("the cover's note does not say this is a working copy:\n%s", cover)
	}
	if !strings.Contains(versions, "0.3 30-06-2025") || !strings.Contains(versions, "werkversie 03-12-2026") ||
		!strings.Contains(versions, "Gewijzigd na versie 0.3; nog geen nieuwe versie vastgelegd") {
		t.Errorf("the versiebeheer does not end with the working copy after 0.3:\n%s", versions)
	}
	ed, err := PlanEdition(ctx, s, id)
	if err != nil {
		t.Fatal(err)
	}
	plan, _ := s.Get(ctx, "plan", id)
	if got := PlanFileName(plan, ed); got != "Beleidsplan mensenhandel Hoorn 2025–2028 werkversie na 0.3 · 03-12-2026.pdf" {
		t.Errorf("the file name proposed for the working copy is %q", got)
	}

	// A new version, made as the Versiebeheer tab makes one, a day later.
	at(4)
	err = s.Write(ctx, func(tx *data.Tx) error {
		if _, err := tx.Create("planversion", map[string]string{"plan_id": id, "version": "0.4", "date": tx.Today(),
			"author": "Noëlle de Vries", "change": "Inleiding herschreven"}); err != nil {
			return err
		}
		return tx.Update("plan", id, map[string]string{"version": "0.4"})
	})
	if err != nil {
		t.Fatal(err)
	}
	cover, versions = print("versie 0.4 · 04-12-2026")
	if strings.Contains(cover+versions, "werkversie") {
		t.Errorf("version 0.4, made after the last edit, still prints as a working copy:\n%s\n%s", cover, versions)
	}
	if ed, _ := PlanEdition(ctx, s, id); PlanFileName(plan, ed) != "Beleidsplan mensenhandel Hoorn 2025–2028 v0.4.pdf" {
		t.Errorf("the file name proposed for version 0.4 is %q", PlanFileName(plan, ed))
	}

	// Adopted as 1.0, then edited: the cover must not pass for the adopted text.
	err = s.Write(ctx, func(tx *data.Tx) error {
		if err := tx.Update("plan", id, map[string]string{"status": "vastgesteld", "version": "1.0", "adopted_date": tx.Today()}); err != nil {
			return err
		}
		_, err := tx.Create("planversion", map[string]string{"plan_id": id, "version": "1.0", "date": tx.Today()})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	at(9)
	actions, _ := s.ListWhere(ctx, "action", "plan_id", id)
	if err := s.Update(ctx, "action", actions[0].ID, map[string]string{"status": "gereed"}); err != nil {
		t.Fatal(err)
	}
	cover, _ = print("werkversie na 1.0 · 09-12-2026")
	if !strings.Contains(cover, "Het plan is vastgesteld door het college van B&W van Hoorn op 04-12-2026; deze werkversie is niet de vastgestelde tekst.") {
		t.Errorf("the cover of an adopted plan edited afterwards does not say it is not the adopted text:\n%s", cover)
	}
}
