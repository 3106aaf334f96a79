package say

import (
	"os"
	"regexp"
	"testing"

	"fyne.io/fyne/v2/lang"

	"ketenregie/data"
)

// probeTranslations makes lang.X answer every key of the translations with
// the key itself in brackets, "⟨choice.role.politie⟩", so a test sees
// which key a text went through; a text without one stays Dutch. The
// system's language comes back after the test.
func probeTranslations(t *testing.T) {
	t.Helper()
	m := readTranslation(t, "nl")
	for k := range m {
		m[k] = "⟨" + k + "⟩"
	}
	st := &translationsState
	st.mu.Lock()
	defer st.mu.Unlock()
	for _, loc := range fyneLocales(lang.SystemLocale()) {
		if err := addTranslation(m, loc); err != nil {
			t.Fatal(err)
		}
	}
	st.loaded = "probe"
	t.Cleanup(func() { Load("") })
}

// TestChoiceLabelsTranslated: every choice of every list in data has a
// label of its own in the window's language, under the key its list and
// code give it, the same as data's in Dutch; and a label read back from a
// list gives its code in both Languages.
func TestChoiceLabelsTranslated(t *testing.T) {
	key := func(list, code string) string {
		switch list {
		case "checklist":
			return "assessment.item." + code
		case "assessmentlevel":
			return "assessment.level." + code
		}
		return "choice." + list + "." + code
	}
	probeTranslations(t)
	for _, l := range choiceLists {
		for _, c := range l.choices {
			if got, want := Choice(l.choices, c.Code), "⟨"+key(l.name, c.Code)+"⟩"; got != want {
				t.Errorf("%s %q: the label is %q, want %s: add a case to choiceText in choicetext.go and the key to translations/nl/choices.json and en/choices.json",
					l.name, c.Code, got, want)
			}
		}
	}
	for _, language := range Languages {
		Load(language)
		for _, l := range choiceLists {
			labels := Choices(l.choices, "(geen)")
			for i, c := range l.choices {
				label := Choice(l.choices, c.Code)
				if language == "nl" && label != c.Label {
					t.Errorf("%s %q: Dutch label %q, data says %q", l.name, c.Code, label, c.Label)
				}
				if labels[i+1] != label {
					t.Errorf("%s %s: choiceLabels gives %q, choiceLabel %q", language, c.Code, labels[i+1], label)
				}
				if got := Code(l.choices, label); got != c.Code {
					t.Errorf("%s %s: %q reads back as %q, want %q", language, l.name, label, got, c.Code)
				}
				if got := Code(l.choices, c.Label); got != c.Code {
					t.Errorf("%s %s: the Dutch %q reads back as %q, want %q", language, l.name, c.Label, got, c.Code)
				}
			}
		}
	}
	if got := Choice(data.ContactRoles, "onbekend"); got != "onbekend" {
		t.Errorf("an unknown code shows as %q", got)
	}
}

// TestEveryChoiceListIsNamed: every list of choices in data, those of the
// fields and those only the window uses, is in choiceLists.
func TestEveryChoiceListIsNamed(t *testing.T) {
	for _, k := range data.Kinds() {
		for _, f := range k.Fields {
			if f.Type == data.Enum && choiceListName(f.Choices) == "" {
				t.Errorf("the choices of %s.%s are not in choiceLists (choicetext.go)", k.Name, f.Name)
			}
		}
	}
	src, err := os.ReadFile("../../data/choices.go")
	if err != nil {
		t.Fatal(err)
	}
	lists := regexp.MustCompile(`(?m)^var \w+ = \[\]Choice\{`).FindAll(src, -1)
	if len(lists) < 9 || len(lists) != len(choiceLists)-1 { // the checklist is in checklist.go
		t.Errorf("data/choices.go has %d lists of choices, choiceLists (choicetext.go) knows %d of them", len(lists), len(choiceLists)-1)
	}
}

// TestFieldLabelsTranslated: every kind and every field of data has its
// label in the window's language under "kind.<kind>" and
// "field.<kind>.<field>", the same as data's in Dutch.
func TestFieldLabelsTranslated(t *testing.T) {
	probeTranslations(t)
	for _, k := range data.Kinds() {
		if got, want := Kind(k.Name), "⟨kind."+k.Name+"⟩"; got != want {
			t.Errorf("kind %s: the label is %q, want %s: add a case to kindLabel in choicetext.go and the key to translations/nl/fields.json and en/fields.json", k.Name, got, want)
		}
		for _, f := range k.Fields {
			if got, want := Field(k.Name, f.Name), "⟨field."+k.Name+"."+f.Name+"⟩"; got != want {
				t.Errorf("field %s.%s: the label is %q, want %s: add a case to fieldLabel in choicetext.go and the key to translations/nl/fields.json and en/fields.json", k.Name, f.Name, got, want)
			}
		}
	}
	Load("nl")
	for _, k := range data.Kinds() {
		if got := Kind(k.Name); got != k.Label {
			t.Errorf("kind %s: Dutch label %q, data says %q", k.Name, got, k.Label)
		}
		for _, f := range k.Fields {
			if got := Field(k.Name, f.Name); got != f.Label {
				t.Errorf("field %s.%s: Dutch label %q, data says %q", k.Name, f.Name, got, f.Label)
			}
		}
	}
}
