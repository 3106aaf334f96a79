package figures

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"ketenregie/app/kit/kittest"
	"ketenregie/app/say"
)

// A file of figures is read and shown first: new, changed, the same, and
// problems. Inlezen writes it and the grid shows its counts; a file with
// a wrong line is only shown, and nothing changes.
func TestReadAFileOfFigures(t *testing.T) {
	st := westFriesland(t, may2026)
	addFigure(t, st, "GM0405", "2026-Q1", "6")
	addFigure(t, st, "GM0420", "2026-Q1", "2")
	s, sh := figuresOn(t, st)
	dir := t.TempDir()
	good := filepath.Join(dir, "cijfers.csv")
	os.WriteFile(good, []byte("gemeente;periode;maat;aantal\n"+
		"Hoorn;2026-Q1;Signalen via de interne meldroute;8\n"+
		"Medemblik;2026-Q1;signalen-meldroute;2\n"+
		"Koggenland;Q2 2026;signalen-meldroute;5\n"+
		"West-Friesland;2026;signalen-meldroute;40\n"), 0o600)

	s.ReadFile(good)
	waitBusy(t, sh)
	text := kittest.DialogText(sh.Win)
	if !strings.Contains(text, "2 nieuw, 1 gewijzigd, 1 ongewijzigd.") || !strings.Contains(text, "CSV, UTF-8, gescheiden door puntkomma's") {
		t.Errorf("the preview says:\n%s", text)
	}
	if len(stored(t, st)) != 2 {
		t.Fatal("the preview changed the store")
	}
	test.Tap(kittest.DialogButton(t, sh.Win, "Inlezen"))
	waitBusy(t, sh)
	want := map[string]string{"Hoorn 2026-Q1 signalen-meldroute": "8", "Medemblik 2026-Q1 signalen-meldroute": "2",
		"Koggenland 2026-Q2 signalen-meldroute": "5", "West-Friesland 2026 signalen-meldroute": "40"}
	got := stored(t, st)
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: stored %q, want %q", k, got[k], v)
		}
	}
	if shown(t, s, "Hoorn", "2026-Q1") != "8" || shown(t, s, "West-Friesland", "2026") != "40" {
		t.Error("the grid does not show what was read in")
	}
	if msg := messageOf(s); msg != "✓ 3 cijfers ingelezen uit cijfers.csv." {
		t.Errorf("message %q", msg)
	}

	bad := filepath.Join(dir, "fout.csv")
	os.WriteFile(bad, []byte("gemeente;periode;maat;aantal\nHoorn;2026-Q2;signalen-meldroute;3\nHoorn;2026-Q3;signalen-meldroute;veel\n"), 0o600)
	s.ReadFile(bad)
	waitBusy(t, sh)
	text = kittest.DialogText(sh.Win)
	if !strings.Contains(text, "1 probleem: er wordt niets ingelezen.") || !strings.Contains(text, "\"veel\" is geen aantal") {
		t.Errorf("a file with a wrong line:\n%s", text)
	}
	test.Tap(kittest.DialogButton(t, sh.Win, "Sluiten"))
	if _, ok := stored(t, st)["Hoorn 2026-Q2 signalen-meldroute"]; ok {
		t.Error("a file with a wrong line was read in")
	}

	s.ReadFile(filepath.Join(dir, "er-niet.csv"))
	waitBusy(t, sh)
	if text := kittest.DialogText(sh.Win); !strings.Contains(text, "Het bestand kan niet worden ingelezen") {
		t.Errorf("a file that is not there: %q", text)
	}
}

// A note that seems to name a person is warned about before the file is
// read in, as the command line does, in the window's language; the name
// stays as the file writes it.
func TestReadAFileOfFiguresWarnsOfAPerson(t *testing.T) {
	t.Cleanup(func() { say.Load("") })
	path := filepath.Join(t.TempDir(), "cijfers.csv")
	os.WriteFile(path, []byte("gemeente;periode;maat;aantal;toelichting\n"+
		"Hoorn;2026-Q1;signalen-meldroute;8;\n"+
		"Medemblik;2026-Q1;signalen-meldroute;2;gesprek met mevrouw Jansen\n"), 0o600)
	for _, c := range []struct{ language, want string }{
		{"nl", `Let op, regel 3: toelichting: "mevrouw Jansen" lijkt een persoon te noemen; een cijfer is een aantal, noem geen slachtoffers, verdachten of cliënten`},
		{"en", `Warning, line 3: notes: "mevrouw Jansen" seems to name a person; a figure is a count, do not name victims, suspects or clients`},
	} {
		s, sh := figuresOn(t, westFriesland(t, may2026))
		say.Load(c.language)
		s.ReadFile(path)
		waitBusy(t, sh)
		text := kittest.DialogText(sh.Win)
		if !strings.Contains(text, c.want) {
			t.Errorf("%s: the preview does not warn %q:\n%s", c.language, c.want, text)
		}
	}
}
