package app

import (
	"embed"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
)

// translations holds nl.json (the source language, also carrying Dutch for
// Fyne's own buttons and dialogs, which Fyne does not ship) and en.json.
//
//go:embed translations/*.json
var translations embed.FS

var translationsOnce sync.Once

// loadTranslations registers Ketenregie's translations with Fyne, once.
//
// Fyne picks the translation closest to the system's languages and falls
// back to English for a language it has no file for. Ketenregie is a Dutch
// program, so only an English system gets English: for any other language
// (German, Turkish, ...) the Dutch file is registered under that language as
// well, which makes Fyne choose Dutch for the program and for its own dialogs.
func loadTranslations() {
	translationsOnce.Do(func() {
		if err := lang.AddTranslationsFS(translations, "translations"); err != nil {
			fyne.LogError("load translations", err)
			return
		}
		sys := lang.SystemLocale()
		if !dutchInstead(sys) {
			return
		}
		nl, err := translations.ReadFile("translations/nl.json")
		if err != nil {
			fyne.LogError("read nl.json", err)
			return
		}
		if err := lang.AddTranslationsForLocale(nl, sys); err != nil {
			fyne.LogError("register Dutch for "+sys.String(), err)
		}
	})
}

// dutchInstead reports whether a system locale that is neither Dutch nor
// English should be served the Dutch translation. An unknown locale ("und",
// as Fyne reads LANG=C) cannot be matched and keeps Fyne's English fallback.
func dutchInstead(l fyne.Locale) bool {
	base, _, _ := strings.Cut(strings.ToLower(l.String()), "-")
	switch base {
	case "", "und", "en", "nl":
		return false
	}
	return true
}
