package app

import (
	"context"
	"fmt"
	"image/color"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ketenregie/app/kit/kittest"
	"ketenregie/data"
	"ketenregie/export/contacts"
)

// openOverview shows Overzicht and returns it.
func openOverview(t *testing.T, m *MainWindow) *overviewScreen {
	t.Helper()
	m.Show("overzicht")
	o, ok := m.screens["overzicht"].(*overviewScreen)
	if !ok {
		t.Fatal("no overview screen")
	}
	return o
}

// matrixNames are the municipalities in the matrix, top to bottom.
func matrixNames(o *overviewScreen) []string {
	var out []string
	for _, r := range o.matrix.rows {
		out = append(out, r.name)
	}
	return out
}

// sameColor compares two colours by their RGBA values.
func sameColor(a, b color.Color) bool {
	ar, ag, ab, aa := a.RGBA()
	br, bg, bb, ba := b.RGBA()
	return ar == br && ag == bg && ab == bb && aa == ba
}

func TestOverviewMatrixShowsLatestLevelAndMovement(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, true)
	m := newWindow(t, s)
	o := openOverview(t, m)

	if o.clusterSel.Selected != "West-Friesland" {
		t.Fatalf("cluster %q, want West-Friesland (the first in Dutch order)", o.clusterSel.Selected)
	}
	names := matrixNames(o)
	if len(names) != 7 || names[0] != "Hoorn" || !o.matrix.rows[0].lead {
		t.Fatalf("rows %q: want the 7 West-Friesland municipalities, centrumgemeente Hoorn first", names)
	}
	if !o.matrix.names[0].TextStyle.Bold || o.matrix.names[1].TextStyle.Bold {
		t.Error("only the centrumgemeente is bold")
	}

	hoorn := data.MunicipalityID("GM0405")
	// The demo's 2024 measurement has zorgcoördinatie volledig everywhere, up from at most deels in 2019.
	c := o.matrix.cell(hoorn, "basis-zorgcoordinatie")
	if c == nil {
		t.Fatal("no cell for Hoorn, zorgcoördinatie")
	}
	if c.text != "Volledig ▲" || c.level != "volledig" {
		t.Errorf("Hoorn zorgcoördinatie shows %q (%s), want Volledig ▲", c.text, c.level)
	}
	if !sameColor(c.fill(), levelFill("volledig")) || sameColor(c.fill(), levelFill("niet")) {
		t.Errorf("Hoorn zorgcoördinatie has fill %v, want the volledig colour %v", c.fill(), levelFill("volledig"))
	}
	// Aanspreekpunt stayed at niet: red, no arrow.
	if c := o.matrix.cell(hoorn, "basis-aanspreekpunt"); c.text != "Niet" || !sameColor(c.fill(), levelFill("niet")) {
		t.Errorf("Hoorn aanspreekpunt shows %q, want Niet without an arrow", c.text)
	}

	// Pointing at a cell tells its date and the level before.
	c.MouseIn(nil)
	if info := o.matrix.info.Text; !strings.Contains(info, "Hoorn · Basisniveau: zorgcoördinatie: Volledig op 04-10-2024") ||
		!strings.Contains(info, "daarvoor") {
		t.Errorf("info line %q", info)
	}
	c.MouseOut()

	// A newer, worse measurement turns the cell amber with ▼; n.v.t. turns it grey without an arrow.
	today := s.Now().Format("2006-01-02")
	for item, level := range map[string]string{"basis-zorgcoordinatie": "deels", "basis-signalering": "nvt"} {
		if _, err := s.Create(ctx, "assessment", map[string]string{"municipality_id": hoorn, "date": today, "item": item, "level": level}); err != nil {
			t.Fatal(err)
		}
	}
	m.Show("gemeenten")
	m.Show("overzicht") // showing the screen again rereads the store
	if c := o.matrix.cell(hoorn, "basis-zorgcoordinatie"); c.text != "Deels ▼" || !sameColor(c.fill(), levelFill("deels")) {
		t.Errorf("after a worse measurement Hoorn zorgcoördinatie shows %q", c.text)
	}
	if c := o.matrix.cell(hoorn, "basis-signalering"); c.text != "N.v.t." || !sameColor(c.fill(), levelFill("nvt")) {
		t.Errorf("n.v.t. shows %q", c.text)
	}

	// Tapping a cell opens the municipality on Gemeenten.
	test.Tap(o.matrix.cell(hoorn, "opvang-basis"))
	if m.current != "gemeenten" {
		t.Fatalf("tapping a cell shows %s", m.current)
	}
	ms := m.screens["gemeenten"].(*municipalitiesScreen)
	if ms.shownID != hoorn || ms.detail.heading.Text != "Hoorn" {
		t.Errorf("Gemeenten shows %q, want Hoorn", ms.detail.heading.Text)
	}
}

func TestOverviewSwitchingClusterChangesRows(t *testing.T) {
	s := newStore(t, true)
	m := newWindow(t, s)
	o := openOverview(t, m)
	wf := matrixNames(o)

	o.clusterSel.SetSelected("Zuid-Kennemerland")
	zk := matrixNames(o)
	if len(zk) != 4 || zk[0] != "Haarlem" {
		t.Fatalf("Zuid-Kennemerland shows %q, want its 4 municipalities, Haarlem first", zk)
	}
	for _, n := range zk {
		if strings.Contains(strings.Join(wf, ","), n) {
			t.Errorf("%s is in both clusters' rows", n)
		}
	}
	if strings.Contains(o.matrixCard.Title, "West-Friesland") || !strings.Contains(o.matrixCard.Title, "Zuid-Kennemerland") {
		t.Errorf("card title %q", o.matrixCard.Title)
	}
	// The plan list follows the cluster: the demo has one plan per cluster.
	if rows := o.plans.Text(); len(rows) != 1 || !strings.Contains(rows[0], "Zuid-Kennemerland") {
		t.Errorf("plans for Zuid-Kennemerland: %q", rows)
	}

	// The choice is remembered: a new overview in the same app opens on it.
	again := newOverviewScreen(m.env)
	if again.clusterSel.Selected != "Zuid-Kennemerland" || len(again.matrix.rows) != 4 {
		t.Errorf("a new overview opens on %q", again.clusterSel.Selected)
	}
}

func TestOverviewDueAgreementsOpenTheirRecord(t *testing.T) {
	s := newStore(t, true)
	m := newWindow(t, s)
	o := openOverview(t, m)
	rows := o.due.Text()
	if len(rows) < 4 {
		t.Fatalf("%d agreements due, want the demo's overdue and due-soon ones of West-Friesland", len(rows))
	}
	soon := s.Now().AddDate(0, 0, 60).Format("2006-01-02")
	late := 0
	for _, r := range rows {
		date, ok := data.ParseDate(r[:10])
		if !ok || date > soon {
			t.Errorf("%q is not due within 60 days", r)
		}
		if strings.Contains(r, "(te laat)") {
			late++
		}
		if strings.Contains(r, "Kennemerland") {
			t.Errorf("a Kennemerland agreement is listed for West-Friesland: %q", r)
		}
	}
	if late == 0 || !strings.Contains(o.dueNote.Text, "te laat") {
		t.Errorf("no overdue agreement marked; note %q", o.dueNote.Text)
	}

	test.Tap(o.due.Row(0))
	if m.current != "ketenafspraken" {
		t.Errorf("tapping a due agreement shows %s, want ketenafspraken", m.current)
	}
}

func TestOverviewPlansContactsAndConflicts(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, true)
	m := newWindow(t, s)
	o := openOverview(t, m)

	// Plans by status: West-Friesland's plan is ter bespreking.
	counts := map[string]string{}
	for i, st := range data.PlanStatuses {
		box := o.planStats.Objects[i].(*fyne.Container)
		counts[st.Label] = box.Objects[0].(*widget.Label).Text
	}
	if counts["Ter bespreking"] != "1" || counts["Vastgesteld"] != "0" {
		t.Errorf("plan counts %v", counts)
	}
	test.Tap(o.plans.Row(0))
	if m.current != "beleidsplannen" {
		t.Errorf("tapping a plan shows %s", m.current)
	}

	// Contacts not reviewed for a year.
	m.Show("overzicht")
	due, _ := contacts.ReviewDue(ctx, s, s.Now())
	n := len(due)
	if n < 2 || !strings.HasPrefix(o.review.Text, fmt.Sprint(n)+" contactpersonen") || !strings.Contains(o.review.Text, "twaalf maanden") {
		t.Errorf("review card %q, want %d", o.review.Text, n)
	}
	// "Nog juist" marks the first as reviewed today; "Verwijderen" deletes the next, with undo.
	first, second := due[0], due[1]
	test.Tap(kittest.FindButton(t, o.reviewRows, "Nog juist"))
	if r, _ := s.Get(ctx, "contact", first.ID); r.Get("last_reviewed") != s.Now().Format("2006-01-02") {
		t.Errorf("Nog juist did not mark %s as reviewed today: %q", first.Get("name"), r.Get("last_reviewed"))
	}
	if !strings.HasPrefix(o.review.Text, fmt.Sprint(n-1)+" ") {
		t.Errorf("after Nog juist: %q", o.review.Text)
	}
	test.Tap(kittest.FindButton(t, o.reviewRows, "Verwijderen"))
	if _, err := s.Get(ctx, "contact", second.ID); !data.IsNotFound(err) {
		t.Errorf("Verwijderen kept %s: %v", second.Get("name"), err)
	}
	if !m.undo.content.Visible() {
		t.Error("no undo offered after Verwijderen")
	}

	// No conflicts in a fresh database.
	if o.conflicts.Len() != 0 || !o.conflicts.EmptyNote().Visible() || !strings.Contains(o.conflicts.EmptyNote().Text(), "geen openstaande") {
		t.Errorf("conflicts: %q", o.conflicts.Text())
	}

	// The report button offers to save the report of the chosen cluster.
	test.Tap(o.report)
	if !strings.Contains(kittest.DialogText(m.Window()), "Voortgangsrapportage aanpak mensenhandel West-Friesland") {
		t.Errorf("report dialog: %q", kittest.DialogText(m.Window()))
	}
}

func TestOverviewWithoutClusters(t *testing.T) {
	s := newStore(t, false)
	m := newWindow(t, s)
	o := openOverview(t, m)
	if len(o.planStats.Objects) != len(data.PlanStatuses) {
		t.Errorf("%d plan counts shown, want one per status", len(o.planStats.Objects))
	}
	if o.clusterID != "" || !o.noCluster.Visible() || o.matrix.content.Visible() || !o.report.Disabled() {
		t.Errorf("empty database: cluster %q, hint shown %v, matrix shown %v", o.clusterID, o.noCluster.Visible(), o.matrix.content.Visible())
	}
	if !o.due.EmptyNote().Visible() {
		t.Error("no due agreements, but the list does not say so")
	}
}

// chartTexts are the texts the overview's chart draws.
func chartTexts(o *overviewScreen) []string {
	var out []string
	for _, obj := range o.chart.Content().(*fyne.Container).Objects {
		if tx, ok := obj.(*canvas.Text); ok {
			out = append(out, tx.Text)
		}
	}
	return out
}

// TestOverviewChartFollowsTheCluster: above the matrix, the cluster's
// self-assessment per theme, a bar per measurement, in the matrix's
// colours; a cluster with nothing measured has no chart.
func TestOverviewChartFollowsTheCluster(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, true)
	m := newWindow(t, s)
	m.Window().Resize(smallWindow)
	o := openOverview(t, m)
	if !o.chartCard.Visible() || !strings.Contains(o.chartCard.Title, "West-Friesland") {
		t.Fatalf("chart card shown %v, titled %q", o.chartCard.Visible(), o.chartCard.Title)
	}
	c := o.chart.Chart()
	if len(c.Groups) != 6 || c.Groups[0].Label != "Basisniveau" || c.Groups[2].Label != "2 Signalering" {
		t.Fatalf("the chart's themes: %+v", c.Groups)
	}
	// Seven municipalities, four basisniveau items each, all measured.
	if b := c.Groups[0].Bars; len(b) != 2 || b[0].Label != "14-06-2019" || b[1].Total() != 28 {
		t.Errorf("the basisniveau bars: %+v", b)
	}
	texts := strings.Join(chartTexts(o), " | ")
	for _, want := range []string{"Niet", "Deels", "Volledig", "Basisniveau", "04-10-2024", "28", "aantal onderdelen, alle gemeenten samen"} {
		if !strings.Contains(texts, want) {
			t.Errorf("the chart does not show %q: %s", want, texts)
		}
	}
	filled := false
	for _, obj := range o.chart.Content().(*fyne.Container).Objects {
		if r, ok := obj.(*canvas.Rectangle); ok && sameColor(r.FillColor, levelFill(data.LevelVolledig)) {
			filled = true
		}
	}
	if !filled {
		t.Error("no segment in the matrix's colour of volledig")
	}

	// A cluster of one municipality that never measured: no chart.
	if _, err := s.Create(ctx, data.KindCluster, map[string]string{"name": "Aa Leeg", "municipality_ids": "GM0363"}); err != nil {
		t.Fatal(err)
	}
	o.Refresh()
	o.clusterSel.SetSelected("Aa Leeg")
	if o.chartCard.Visible() {
		t.Error("the chart card shows for a cluster without measurements")
	}
	o.clusterSel.SetSelected("Zuid-Kennemerland")
	if !o.chartCard.Visible() || !strings.Contains(strings.Join(chartTexts(o), " "), "Basisniveau") {
		t.Error("the chart card does not come back for Zuid-Kennemerland")
	}
}

// TestLevelColoursReadable checks that the theme's text stays readable on
// every level's colour, in the light and the dark theme, and that the
// colours differ from each other and from the background.
func TestLevelColoursReadable(t *testing.T) {
	a := test.NewTempApp(t)
	for _, variant := range []string{themeLight, themeDark} {
		applyTheme(a, variant)
		fg := theme.Color(theme.ColorNameForeground)
		bg := theme.Color(theme.ColorNameBackground)
		levels := []string{"niet", "deels", "volledig", "nvt"}
		for i, l := range levels {
			fill := levelFill(l)
			if r := contrast(fg, fill); r < 4.5 {
				t.Errorf("%s theme: text on %s has contrast %.2f, want at least 4.5", variant, l, r)
			}
			if sameColor(fill, bg) {
				t.Errorf("%s theme: %s has the background colour", variant, l)
			}
			for _, other := range levels[i+1:] {
				if sameColor(fill, levelFill(other)) {
					t.Errorf("%s theme: %s and %s share a colour", variant, l, other)
				}
			}
		}
	}
}
