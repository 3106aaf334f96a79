package say

import (
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"slices"
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

// Languages are the translations Ketenregie ships, the first the source.
var Languages = []string{"nl", "en"}

// loaded is the language whose texts lang.X gives, "" before the first
// loadTranslations; mu guards it.
var translationsState struct {
	mu     sync.Mutex
	loaded string
}

// Translation merges the files of one language into one map. A key in two
// files is an error: each text has one home.
func Translation(language string) (map[string]any, error) {
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

// Load makes lang.X, and Fyne's own buttons and dialogs, speak
// the language chosen in Instellingen (preferred "nl" or "en"), or with no
// choice ("") the system's (see systemLanguage). It may run again with
// another choice: the window then rebuilds its screens (switchLanguage).
//
// Fyne gives the texts of the translation closest to the system's
// languages, and English's for a language it has none of. So the chosen
// language's texts are registered under every language Fyne might pick:
// English, Dutch and the system's own. Registering again replaces the
// texts key by key, and both languages carry every key (lang_test.go).
func Load(preferred string) {
	sys := lang.SystemLocale()
	language := LanguageFor(preferred)
	st := &translationsState
	st.mu.Lock()
	defer st.mu.Unlock()
	if st.loaded == language {
		return
	}
	m, err := Translation(language)
	if err != nil {
		fyne.LogError("load translation "+language, err)
		return
	}
	for _, loc := range fyneLocales(sys) {
		if err := addTranslation(m, loc); err != nil {
			fyne.LogError("load translation "+language+" as "+loc.String(), err)
		}
	}
	st.loaded = language
}

// LanguageFor is the language a choice in Instellingen (preferred "nl",
// "en" or "" for the system's) makes Ketenregie speak.
func LanguageFor(preferred string) string {
	if preferred == "nl" || preferred == "en" {
		return preferred
	}
	return SystemLanguage(lang.SystemLocale())
}

// Loaded is the language lang.X speaks, "" before loadTranslations.
func Loaded() string {
	st := &translationsState
	st.mu.Lock()
	defer st.mu.Unlock()
	return st.loaded
}

// fyneLocales are the languages Fyne may pick on a system whose language
// is sys: its fallback English, Dutch, and the system's own.
func fyneLocales(sys fyne.Locale) []fyne.Locale {
	out := []fyne.Locale{"en", "nl"}
	for _, l := range []fyne.Locale{sys, fyne.Locale(baseLanguage(sys))} {
		if b := baseLanguage(l); b != "" && b != "und" && !slices.Contains(out, l) {
			out = append(out, l)
		}
	}
	return out
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

// SystemLanguage is the language Ketenregie speaks when none is chosen in
// Instellingen. Ketenregie is a Dutch program, so only an English system
// gets English, and any other language (German, Turkish, ...) Dutch. An
// unknown locale ("und", as Fyne reads LANG=C) gets English, Fyne's own
// fallback.
func SystemLanguage(l fyne.Locale) string {
	switch baseLanguage(l) {
	case "", "und", "en":
		return "en"
	}
	return "nl"
}
