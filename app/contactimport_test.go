package app

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"ketenregie/app/kit/kittest"
	"ketenregie/app/say"
	"ketenregie/export/contacts"
)

// finished returns a wait for the window's next finished work: the file
// is read, imported or written and the result is on screen.
func finished(t *testing.T, m *MainWindow) func(what string) {
	t.Helper()
	done := m.env.done
	drain(done)
	return func(what string) {
		t.Helper()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatalf("timed out waiting until %s", what)
		}
	}
}

// previewSelects are the column selects of the import preview on top of
// the window, in column order.
func previewSelects(t *testing.T, w fyne.Window) []*widget.Select {
	t.Helper()
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no preview on screen")
	}
	var out []*widget.Select
	for _, o := range test.LaidOutObjects(top) {
		if s, ok := o.(*widget.Select); ok {
			out = append(out, s)
		}
	}
	return out
}

// openPreview reads raw and shows its import preview, as previewImport
// does, and returns it so that a test can read its tables.
func openPreview(t *testing.T, m *MainWindow, name string, raw []byte) *importPreview {
	t.Helper()
	f, err := contacts.Read(raw)
	if err != nil {
		t.Fatal(err)
	}
	idx, err := contacts.LoadIndex(context.Background(), m.env.store)
	if err != nil {
		t.Fatal(err)
	}
	p := newImportPreview(m.env, name, f, idx, contacts.NewPlan(f, contacts.GuessMapping(f), idx))
	p.show()
	return p
}

// TestImportPreview: a coordinator reads in a list with a row that cannot
// become a contact, job titles, and a column Ketenregie has no field for.
// The preview names the bad row and offers to import the others; it shows
// the rows as they will be stored, the role read from each job title (to
// change), and the column left out (to keep in the notes). Importing the
// good rows writes the bad one, with its reason, beside the file.
func TestImportPreview(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, true)
	m := newWindow(t, s)
	w := m.Window()
	c := openContacts(t, m)
	before := c.count.Text

	dir := t.TempDir()
	path := filepath.Join(dir, "lijst.csv")
	raw := []byte("Voornaam;Achternaam;Organisatie;Functie;E-mail;Kamer\r\n" +
		"Anna;Smit;Gemeente Hoorn;Senior beleidsmedewerker;a.smit@hoorn.example;B2.14\r\n" +
		"Bram;Visser;Stichting Nieuw Licht;AF mensenhandel;b.visser@nieuwlicht.example;\r\n" +
		";;;;;C3\r\n")
	wait := finished(t, m)
	m.env.previewImport(path, raw)
	wait("the preview shows")
	text := kittest.DialogText(w)
	for _, want := range []string{"lijst.csv: CSV-bestand, UTF-8, gescheiden door puntkomma's, regels: 3",
		"Regels die niet kunnen worden ingelezen: 1", "lijst-niet-ingelezen.csv"} {
		if !strings.Contains(text, want) {
			t.Errorf("the preview does not show %q:\n%s", want, text)
		}
	}
	if !kittest.DialogButton(t, w, "Importeren").Disabled() {
		t.Error("Importeren is offered for a file with a row that cannot be imported")
	}
	test.Tap(kittest.DialogButton(t, w, "Annuleren"))

	p := openPreview(t, m, path, raw)
	if got := strings.Join(p.problems.Text(), "\n"); !strings.Contains(got, "4 | Deze regel heeft geen naam en geen e-mailadres") {
		t.Errorf("the errors tab shows:\n%s", got)
	}
	if p.tabs.Selected() != p.problemT || p.problemT.Text != "Fouten (1)" {
		t.Errorf("the preview opens on %q, want the errors tab", p.tabs.Selected().Text)
	}
	sels := previewSelects(t, w)
	if len(sels) != 6 {
		t.Fatalf("%d column selects, want 6", len(sels))
	}
	sels[3].SetSelected("Functie")
	for i, want := range []string{"Voornaam", "Achternaam", "Organisatie", "Functie", "E-mail", "Niet inlezen"} {
		if sels[i].Selected != want {
			t.Errorf("column %d is read as %q, want %q", i+1, sels[i].Selected, want)
		}
	}

	// The roles: one read from the job title, one left empty and chosen.
	roles := strings.Join(texts(p.roles), " | ")
	for _, want := range []string{"AF mensenhandel | regels: 1, rol afgeleid | Aandachtsfunctionaris mensenhandel",
		"Senior beleidsmedewerker | regels: 1 | (geen rol)"} {
		if !strings.Contains(roles, want) {
			t.Errorf("the roles tab lacks %q:\n%s", want, roles)
		}
	}
	for _, o := range test.LaidOutObjects(p.roles) {
		if sel, ok := o.(*widget.Select); ok && sel.Selected == "(geen rol)" {
			sel.SetSelected("Beleidsadviseur OOV")
		}
	}

	// The column left out, kept in the notes with one choice.
	if got := strings.Join(p.unmapped.Text(), "\n"); got != "Kamer | 2 | B2.14" {
		t.Errorf("the columns left out: %q", got)
	}
	test.Tap(p.keepB)
	if sels[5].Selected != "In notities, met kolomnaam" {
		t.Errorf("after keeping, the column reads %q", sels[5].Selected)
	}
	rows := strings.Join(p.rows.Text(), "\n")
	for _, want := range []string{
		"2 | nieuw | Anna Smit | Gemeente Hoorn | Senior beleidsmedewerker | Beleidsadviseur OOV | a.smit@hoorn.example |  |  | Kamer: B2.14",
		"3 | nieuw | Bram Visser | Stichting Nieuw Licht | AF mensenhandel | Aandachtsfunctionaris mensenhandel (afgeleid) | b.visser@nieuwlicht.example"} {
		if !strings.Contains(rows, want) {
			t.Errorf("the preview rows lack %q:\n%s", want, rows)
		}
	}
	if got := strings.Join(p.orgs.Text(), "\n"); got != "Stichting Nieuw Licht | Overig | 3" {
		t.Errorf("new organisations %q", got)
	}
	if p.skipB.Hidden || p.skipB.Text != "Goede regels inlezen (2), andere overslaan (1)" {
		t.Fatalf("the offer to skip the bad row: %q, hidden %v", p.skipB.Text, p.skipB.Hidden)
	}
	test.Tap(p.skipB)
	wait("the import is reported")
	rejects := filepath.Join(dir, "lijst-niet-ingelezen.csv")
	if text := kittest.DialogText(w); !strings.Contains(text, "Nieuwe contactpersonen: 2") || !strings.Contains(text, "Regels niet ingelezen: 1. Ze staan met de reden in "+rejects) {
		t.Errorf("the report says:\n%s", text)
	}
	if b, err := os.ReadFile(rejects); err != nil || !strings.Contains(string(b), ";;;;;C3;deze regel heeft geen naam en geen e-mailadres") {
		t.Errorf("the rows left out: %q, %v", b, err)
	}

	found, _ := s.Search(ctx, "contact", "Anna Smit", 0)
	if len(found) != 1 || found[0].Get("function") != "Senior beleidsmedewerker" || found[0].Get("role") != "beleidsadviseur-oov" ||
		found[0].Get("notes") != "Kamer: B2.14" || found[0].Get("email") != "a.smit@hoorn.example" {
		t.Fatalf("Anna Smit after the import: %v", found)
	}
	found, _ = s.Search(ctx, "contact", "Bram Visser", 0)
	if len(found) != 1 || found[0].Get("role") != "aandachtsfunctionaris" {
		t.Fatalf("Bram Visser after the import: %v", found)
	}
	if c.count.Text == before {
		t.Errorf("Contacten still says %q after the import", c.count.Text)
	}
}

// texts are the texts of the labels and selects under o, in order.
func texts(o fyne.CanvasObject) []string {
	var out []string
	for _, x := range test.LaidOutObjects(o) {
		switch w := x.(type) {
		case *widget.Label:
			out = append(out, w.Text)
		case *widget.Select:
			out = append(out, w.Selected)
		}
	}
	return out
}

// TestImportPreviewFlagsDuplicates: a known person under another e-mail
// address is flagged, and a known address is an update.
func TestImportPreviewFlagsDuplicates(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, true)
	m := newWindow(t, s)
	recs, _ := s.List(ctx, "contact")
	known := recs[0]
	org, _ := s.Get(ctx, "organisation", known.Get("organisation_id"))
	raw := []byte("Naam;Organisatie;E-mail;Telefoon\r\n" +
		known.Get("name") + ";" + org.Get("name") + ";iemand.anders@example.org;\r\n" +
		recs[1].Get("name") + ";;" + strings.ToUpper(recs[1].Get("email")) + ";06-55554444\r\n")
	p := openPreview(t, m, "lijst.csv", raw)
	rows := p.rows.Text()
	if len(rows) != 2 || !strings.Contains(rows[0], "| nieuw |") || !strings.Contains(rows[0], "Mogelijk dubbel: dezelfde naam bij dezelfde organisatie als de bestaande contactpersoon "+known.Get("name")) {
		t.Errorf("row 2: %q", rows)
	}
	if !strings.Contains(rows[1], "| bijwerken |") || !strings.HasSuffix(rows[1], "wijzigt: telefoon") {
		t.Errorf("row 3: %q", rows[1])
	}
	if !strings.Contains(kittest.DialogText(m.Window()), "1 nieuw · 1 bijwerken · 0 ongewijzigd · 0 overslaan · 1 mogelijk dubbel") {
		t.Errorf("counts:\n%s", kittest.DialogText(m.Window()))
	}
}

// TestImportPreviewInEnglish: in the English window, what the preview
// says of a row beside its values (a number repaired, a municipality read
// as its successor, an address kept in the notes, an empty line, a row
// already read, a possible duplicate) is English, with the file's values
// as they are.
func TestImportPreviewInEnglish(t *testing.T) {
	t.Cleanup(func() { say.Load("") })
	m := newWindow(t, newStore(t, false))
	say.Load("en")
	raw := []byte("Naam;Organisatie;E-mail;Telefoon;Gemeenten\r\n" +
		"Anna;Politie;anna@politie.example;612345678;Langedijk\r\n" +
		";;;;\r\n" +
		"Anna;Politie;anna@politie.example;612345678;Langedijk\r\n" +
		"Bram;Politie;geen-adres;;\r\n" +
		"Bram;Politie;bram@politie.example;;\r\n")
	p := openPreview(t, m, "list.csv", raw)
	warnings := strings.Join(p.warnings.Text(), "\n")
	for _, want := range []string{
		"2 | Phone: 612345678 read as 06 12345678",
		"2 | Municipalities: Langedijk has been part of Dijk en Waard since 2022",
		"5 | E-mail: \"geen-adres\" is not a valid e-mail address; kept in the notes",
	} {
		if !strings.Contains(warnings, want) {
			t.Errorf("the warnings tab lacks %q:\n%s", want, warnings)
		}
	}
	rows := strings.Join(p.rows.Text(), "\n")
	for _, want := range []string{
		"| empty line",
		"| already on line 2; phone: 612345678 read as 06 12345678; municipalities: Langedijk has been part of Dijk en Waard since 2022",
		"| Possible duplicate: the same name at the same organisation as line 5",
	} {
		if !strings.Contains(rows, want) {
			t.Errorf("the preview rows lack %q:\n%s", want, rows)
		}
	}
}

// TestImportPreviewOfOwnExport: the contacts' own export reads back as all
// unchanged, with nothing to import.
func TestImportPreviewOfOwnExport(t *testing.T) {
	s := newStore(t, true)
	m := newWindow(t, s)
	w := m.Window()
	var buf bytes.Buffer
	if err := contacts.WriteCSV(context.Background(), s, nil, &buf); err != nil {
		t.Fatal(err)
	}
	wait := finished(t, m)
	m.env.previewImport("Contactpersonen.csv", buf.Bytes())
	wait("the preview shows")
	text := kittest.DialogText(w)
	if !strings.Contains(text, "0 nieuw · 0 bijwerken · 90 ongewijzigd") || !strings.Contains(text, "Er is niets in te lezen") {
		t.Errorf("the preview of the own export:\n%s", text)
	}
	if !kittest.DialogButton(t, w, "Importeren").Disabled() {
		t.Error("Importeren is offered with nothing to import")
	}
	test.Tap(kittest.DialogButton(t, w, "Annuleren"))
	if w.Canvas().Overlays().Top() != nil {
		t.Error("Annuleren does not close the preview")
	}
}

func TestImportUnreadableFile(t *testing.T) {
	s := newStore(t, false)
	m := newWindow(t, s)
	wait := finished(t, m)
	m.env.previewImport("lijst.xlsx", []byte("PK\x03\x04rest of a workbook"))
	wait("the refusal shows")
	if text := kittest.DialogText(m.Window()); !strings.Contains(text, "Het bestand kan niet worden ingelezen") || !strings.Contains(text, "CSV") {
		t.Errorf("the refusal does not say how to save as CSV: %s", kittest.DialogText(m.Window()))
	}
}

func TestImportOpensFileDialog(t *testing.T) {
	s := newStore(t, false)
	m := newWindow(t, s)
	m.env.importContacts()
	kittest.DialogButton(t, m.Window(), "Openen")
	test.Tap(kittest.DialogButton(t, m.Window(), "Annuleren"))
}

// saveThroughDialog taps Opslaan in the save dialog on top after checking
// the name it proposes, and waits until the file is reported saved.
func saveThroughDialog(t *testing.T, w fyne.Window, wantSuffix string, wait func(string)) string {
	t.Helper()
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no save dialog")
	}
	name := ""
	for _, o := range test.LaidOutObjects(top) {
		if e, ok := o.(*widget.Entry); ok && strings.HasSuffix(e.Text, wantSuffix) {
			name = e.Text
		}
	}
	if name == "" {
		t.Fatalf("the save dialog proposes no name ending in %s", wantSuffix)
	}
	test.Tap(kittest.DialogButton(t, w, "Opslaan"))
	wait(name + " is saved")
	if !strings.Contains(kittest.DialogText(w), name+" is opgeslagen in") {
		t.Errorf("after saving the dialog says:\n%s", kittest.DialogText(w))
	}
	return name
}

func TestExportsThroughDialogs(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, true)
	m := newWindow(t, s)
	w := m.Window()
	dir := t.TempDir()
	fyne.CurrentApp().Preferences().SetString(contactFolderKey, dir)
	wait := finished(t, m)

	m.env.exportContacts()
	name := saveThroughDialog(t, w, ".csv", wait)
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil || !bytes.HasPrefix(b, []byte("\xEF\xBB\xBFNaam;Organisatie;")) {
		t.Errorf("the CSV: %v %q", err, b[:min(len(b), 40)])
	}
	test.Tap(kittest.DialogButton(t, w, "OK"))

	m.env.exportCalendar()
	name = saveThroughDialog(t, w, ".ics", wait)
	if text := kittest.DialogText(w); !strings.Contains(text, "Afspraken in de agenda:") {
		t.Errorf("the calendar report: %s", text)
	}
	b, _ = os.ReadFile(filepath.Join(dir, name))
	if !bytes.HasPrefix(b, []byte("BEGIN:VCALENDAR\r\n")) {
		t.Errorf("the calendar starts %q", b[:min(len(b), 30)])
	}
	test.Tap(kittest.DialogButton(t, w, "OK"))

	recs, _ := s.List(ctx, "contact")
	m.env.exportPerson(recs[0].ID)
	name = saveThroughDialog(t, w, ".html", wait)
	if !strings.Contains(name, recs[0].Get("name")) {
		t.Errorf("the overview is named %q, without the person's name", name)
	}
	b, _ = os.ReadFile(filepath.Join(dir, name))
	if !strings.Contains(string(b), "Gegevens van "+recs[0].Get("name")) {
		t.Error("the overview does not name the person")
	}
	if got := files(t, dir); len(got) != 3 {
		t.Errorf("the folder holds %v, want the three files alone", got)
	}
}

func TestNotesWarning(t *testing.T) {
	s := newStore(t, false)
	m := newWindow(t, s)
	if w := m.env.notesWarning("Bereikbaar op dinsdag en donderdag"); w != "" {
		t.Errorf("work notes warned: %q", w)
	}
	w := m.env.notesWarning("Cliënt met BSN 111222333, geboren 12-03-1985")
	for _, want := range []string{"een nummer dat een BSN kan zijn (111222333)", "een geboortedatum (geboren 12-03-1985)", "Zorg- en Veiligheidshuis"} {
		if !strings.Contains(w, want) {
			t.Errorf("the warning %q does not say %q", w, want)
		}
	}
}

func TestPrivacyStatement(t *testing.T) {
	for _, want := range []string{"werkcontactgegevens van professionals", "AVG artikel 6 lid 1 sub e", "slachtoffers, verdachten of zaken",
		"twaalf maanden", "Gegevens van deze persoon", "Vergeet deze persoon"} {
		if !strings.Contains(privacyStatement(), want) {
			t.Errorf("the privacy statement does not say %q", want)
		}
	}
	if privacyTitle() != "Privacyverklaring" {
		t.Errorf("title %q", privacyTitle())
	}
}
