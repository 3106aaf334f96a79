package app

import (
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
)

// translations holds one folder per language (nl, the source language, and
// en), each with a file per screen, so that the texts of one screen sit
// together. nl/fyne.json carries Dutch for Fyne's own buttons and dialogs,
// which Fyne does not ship.
//
//go:embed translations
var translations embed.FS

// languages are the translations Ketenregie ships, the first the source.
var languages = []string{"nl", "en"}

var translationsOnce sync.Once

// translation merges the files of one language into one map. A key in two
// files is an error: each text has one home.
func translation(language string) (map[string]any, error) {
	dir := path.Join("translations", language)
	files, err := fs.Glob(translations, dir+"/*.json")
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	out := map[string]any{}
	from := map[string]string{}
	for _, f := range files {
		b, err := translations.ReadFile(f)
		if err != nil {
			return nil, err
		}
		var m map[string]any // a text, or its plural forms
		if err := json.Unmarshal(b, &m); err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		for k, v := range m {
			if prev, ok := from[k]; ok {
				return nil, fmt.Errorf("%s: key %q is also in %s", f, k, prev)
			}
			out[k], from[k] = v, f
		}
	}
	return out, nil
}

// loadTranslations registers Ketenregie's translations with Fyne, once.
//
// Fyne picks the translation closest to the system's languages and falls
// back to English for a language it has no file for. Ketenregie is a Dutch
// program, so only an English system gets English: for any other language
// (German, Turkish, ...) the Dutch texts are registered under that language
// as well, which makes Fyne choose Dutch for the program and for its own
// dialogs. A language chosen in Instellingen (preferred "nl" or "en")
// overrides the system's: "en" registers English alone, "nl" registers
// Dutch under every language Fyne might pick.
func loadTranslations(preferred string) {
	translationsOnce.Do(func() {
		sys := lang.SystemLocale()
		register := map[string][]fyne.Locale{"nl": {"nl"}, "en": {"en"}}
		switch {
		case preferred == "en":
			register = map[string][]fyne.Locale{"en": {"en"}}
		case preferred == "nl":
			register["nl"] = []fyne.Locale{"nl", "en", sys}
			delete(register, "en")
		case dutchInstead(sys):
			register["nl"] = append(register["nl"], sys)
		}
		for _, l := range languages {
			m, err := translation(l)
			for _, loc := range register[l] {
				if err == nil {
					err = addTranslation(m, loc)
				}
			}
			if err != nil {
				fyne.LogError("load translation "+l, err)
			}
		}
	})
}

func addTranslation(m map[string]any, l fyne.Locale) error {
	b, err := json.Marshal(m)
	if err != nil {
		return err
	}
	return lang.AddTranslationsForLocale(b, l)
}

func baseLanguage(l fyne.Locale) string {
	base, _, _ := strings.Cut(strings.ToLower(l.String()), "-")
	return base
}

// dutchInstead reports whether a system locale that is neither Dutch nor
// English should be served the Dutch translation. An unknown locale ("und",
// as Fyne reads LANG=C) cannot be matched and keeps Fyne's English fallback.
func dutchInstead(l fyne.Locale) bool {
	switch baseLanguage(l) {
	case "", "und", "en", "nl":
		return false
	}
	return true
}
