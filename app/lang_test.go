package app

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"

	"ketenregie/app/kit/kittest"
	"ketenregie/app/say"
)

func readTranslation(t *testing.T, language string) map[string]any {
	t.Helper()
	m, err := say.Translation(language)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestTranslationFilesPair checks that every screen's file exists in every
// language.
func TestTranslationFilesPair(t *testing.T) {
	names := func(language string) []string {
		files, err := filepath.Glob("say/translations/" + language + "/*.json")
		if err != nil {
			t.Fatal(err)
		}
		for i, f := range files {
			files[i] = filepath.Base(f)
		}
		return files
	}
	nl := names("nl")
	for _, l := range say.Languages[1:] {
		if got := names(l); !slices.Equal(got, nl) {
			t.Errorf("%s has files %v, nl has %v", l, got, nl)
		}
	}
	if len(nl) < 5 {
		t.Errorf("only %d translation files", len(nl))
	}
}

var (
	// lang.X("key", "fallback" or lang.L("text"
	langCall = regexp.MustCompile(`lang\.(X|L)\(\s*("(?:[^"\\]|\\.)*")(?:\s*,\s*("(?:[^"\\]|\\.)*"))?`)
	// any lang call whose first argument is not a string literal
	langDynamic = regexp.MustCompile(`lang\.(X|L|N|XN)\(\s*[^"\s]`)
	placeholder = regexp.MustCompile(`\{\{\s*\.\w+\s*\}\}`)
)

// dynamicKeys are the files that call lang with a key made elsewhere, and
// the test that checks those keys instead.
var dynamicKeys = map[string]string{
	"say/sheet.go": "what an import says about a file and its rows, named in export/sheet, export/figures, export/contacts and export/muni: TestEveryImportProblemSaidInTheWindowsLanguage",
}

func TestTranslationsComplete(t *testing.T) {
	nl, en := readTranslation(t, "nl"), readTranslation(t, "en")
	for k := range nl {
		if _, ok := en[k]; !ok {
			t.Errorf("en lacks %q", k)
		}
	}
	for k := range en {
		if _, ok := nl[k]; !ok {
			t.Errorf("nl lacks %q", k)
		}
	}
	for k, v := range nl {
		if v == "" || v == nil {
			t.Errorf("nl.json: %q is empty", k)
		}
		if s, ok := en[k]; ok && !samePlaceholders(fmt.Sprint(v), fmt.Sprint(s)) {
			t.Errorf("%q: nl %q and en %q use different placeholders", k, v, s)
		}
	}

	files := sourceFiles(t)
	used := 0
	for _, f := range files {
		if filepath.Ext(f) != ".go" || len(f) > 8 && f[len(f)-8:] == "_test.go" {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if m := langDynamic.Find(src); m != nil && dynamicKeys[filepath.ToSlash(f)] == "" {
			t.Errorf("%s: %s... has no literal key, so it cannot be checked", f, m)
		}
		for _, m := range langCall.FindAllSubmatch(src, -1) {
			used++
			key, err := strconv.Unquote(string(m[2]))
			if err != nil {
				t.Fatalf("%s: %s: %v", f, m[2], err)
			}
			have, ok := nl[key]
			if !ok {
				t.Errorf("%s: key %q is not in translations/nl", f, key)
				continue
			}
			if string(m[1]) == "X" && m[3] != nil {
				fallback, _ := strconv.Unquote(string(m[3]))
				if have != fallback {
					t.Errorf("%s: %q is %q in the source but %q in nl.json", f, key, fallback, have)
				}
			}
		}
	}
	if used < 50 {
		t.Errorf("found only %d lang calls; is the scan still working?", used)
	}
}

func samePlaceholders(a, b string) bool {
	pa, pb := placeholder.FindAllString(a, -1), placeholder.FindAllString(b, -1)
	sort.Strings(pa)
	sort.Strings(pb)
	if len(pa) != len(pb) {
		return false
	}
	for i := range pa {
		if pa[i] != pb[i] {
			return false
		}
	}
	return true
}

// TestDutchForFyne checks that Fyne's own buttons speak Dutch on a Dutch
// system (TestMain sets LC_ALL=nl_NL.UTF-8).
func TestDutchForFyne(t *testing.T) {
	say.Load("")
	for key, want := range map[string]string{"Cancel": "Annuleren", "Yes": "Ja", "No": "Nee", "Save": "Opslaan",
		"Open": "Openen", "Quit": "Afsluiten", "Error": "Fout", "Confirm": "Bevestigen"} {
		if got := lang.L(key); got != want {
			t.Errorf("lang.L(%q) = %q, want %q", key, got, want)
		}
	}
	if got := lang.X("nav.contacts", "?"); got != "Contacten" {
		t.Errorf("nav.contacts = %q", got)
	}
}

func TestSystemLanguage(t *testing.T) {
	for loc, want := range map[fyne.Locale]string{"de-DE": "nl", "tr": "nl", "fr-BE": "nl", "nl-NL": "nl", "nl-BE": "nl",
		"en": "en", "en-GB": "en", "und": "en", "": "en"} {
		if got := say.SystemLanguage(loc); got != want {
			t.Errorf("systemLanguage(%s) = %q, want %q", loc, got, want)
		}
	}
}

// TestLanguageChoiceDecides: the language chosen in Instellingen decides
// over the system's (Dutch in tests), for Ketenregie's texts and Fyne's
// own, and choosing again switches back.
func TestLanguageChoiceDecides(t *testing.T) {
	t.Cleanup(func() { say.Load("") })
	check := func(when, contacts, cancel string) {
		t.Helper()
		if got := lang.X("nav.contacts", "?"); got != contacts {
			t.Errorf("%s: nav.contacts = %q, want %q", when, got, contacts)
		}
		if got := lang.L("Cancel"); got != cancel {
			t.Errorf("%s: Fyne's Cancel = %q, want %q", when, got, cancel)
		}
	}
	say.Load("en")
	check("English chosen on a Dutch system", "Contacts", "Cancel")
	say.Load("nl")
	check("then Nederlands", "Contacten", "Annuleren")
	say.Load("en")
	say.Load("")
	check("then the system's", "Contacten", "Annuleren")
}

// TestSavedLanguageDecidesAtStart: a window opened with English saved in
// the preferences speaks English, though the system is Dutch.
func TestSavedLanguageDecidesAtStart(t *testing.T) {
	t.Cleanup(func() { say.Load("") })
	a := test.NewTempApp(t)
	a.Preferences().SetString(prefLanguage, "en")
	m := NewMainWindow(a, newStore(t, false))
	t.Cleanup(m.Window().Close)
	if got := m.items[0].label; got != "Overview" {
		t.Errorf("the first screen in the navigation is %q, want Overview", got)
	}
}

// userLiteral finds text handed straight to a widget or dialog instead of
// through lang: widget.NewLabel("Opslaan"), x.SetText("..."), PlaceHolder = "...".
var userLiteral = regexp.MustCompile(`(?:widget\.New\w*\(|dialog\.New\w*\(|dialog\.Show\w*\(|\.SetText\(|\.SetPlaceHolder\(|PlaceHolder = |\.SetTitle\(|\.SetConfirmText\(|\.SetDismissText\()\s*"([^"]*[A-Za-z][^"]*)"`)

// TestNoLiteralUserText checks that no user-visible text bypasses lang.
func TestNoLiteralUserText(t *testing.T) {
	files := sourceFiles(t)
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range userLiteral.FindAllSubmatch(src, -1) {
			t.Errorf("%s: %s... shows %q without lang.X", f, m[0], m[1])
		}
	}
}

// TestSwitchLanguageNow: choosing English in Instellingen and Nu
// overschakelen builds the window again in English, Instellingen in front
// and every screen in English; an unsaved edit is asked about first.
func TestSwitchLanguageNow(t *testing.T) {
	t.Cleanup(func() { say.Load("") })
	m := newWindow(t, newStore(t, false))
	m.Show("contacten")
	st := openSettings(t, m)
	st.language.SetSelected("Nederlands")
	if st.langChange.Visible() {
		t.Error("choosing the language already spoken asks to switch")
	}
	st.device.SetText("Laptop")
	st.language.SetSelected("English")
	if !st.langChange.Visible() || !st.langNow.Visible() {
		t.Fatal("no offer to switch to English now")
	}
	test.Tap(st.langNow)
	if got := m.items[0].label; got != "Overzicht" {
		t.Fatalf("switched with an unsaved device name: the navigation says %q", got)
	}
	test.Tap(kittest.DialogButton(t, m.Window(), "Weggooien"))
	if got := m.items[0].label; got != "Overview" {
		t.Errorf("after switching, the navigation says %q", got)
	}
	if m.current != "instellingen" || m.screens["instellingen"] == st {
		t.Errorf("after switching, the window shows %q (the old Instellingen: %v)", m.current, m.screens["instellingen"] == st)
	}
	if _, built := m.screens["contacten"]; built {
		t.Error("Contacten, built in Dutch, was kept")
	}
	var texts []string
	visibleTexts(m.Window().Content(), func(text string, _ bool) { texts = append(texts, text) })
	if all := strings.Join(texts, "\n"); !strings.Contains(all, "Settings") || !strings.Contains(all, "Language") {
		t.Errorf("the window after switching:\n%s", all)
	}
	if dutch := say.DutchWords(strings.Join(texts, "\n")); len(dutch) > 0 {
		t.Errorf("Dutch after switching: %q", dutch)
	}
}

// sourceFiles are the Go files of app and of its packages (kit, say and
// the screens' packages), which the checks on user-visible text read.
func sourceFiles(t *testing.T) []string {
	var files []string
	err := filepath.WalkDir(".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && filepath.Ext(p) == ".go" {
			files = append(files, p)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}
