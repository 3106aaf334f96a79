// Package clocale keeps Fyne from complaining about the C locale on every
// run. Fyne's lang package reads the locale (LC_ALL, LC_MESSAGES, LANG)
// while the program starts, before main, and cannot parse the C locale
// with a character set, "C.UTF-8", the default in containers and minimal
// installs: it logged "Fyne error: Error parsing user locale C" before
// every command's output, even "ketenregie version". While Fyne starts,
// this package shows it the plain "C" instead, which means the same and
// which Fyne reads as English, the language it falls back to anyway; main
// calls Restore first, so the program and what it starts see the locale
// as it was set.
package clocale

import (
	"os"
	"strings"
)

// changed is the variable init changed and its value before.
var changed struct{ name, value string }

// init runs before Fyne's lang package starts. Go starts the packages of a
// program in the order of their import paths, each once all it imports
// have started (the language spec, since Go 1.21). This package imports
// only what text/template imports too, and ketenregie/cli/clocale sorts
// before text/template, which Fyne's lang package imports: so this package
// starts before text/template, and so before Fyne. clocale_test.go checks
// all three.
func init() {
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} { // the first set is the locale, for Fyne as for C
		value := os.Getenv(name)
		if value == "" {
			continue
		}
		if plain := plainC(value); plain != value {
			os.Setenv(name, plain)
			changed.name, changed.value = name, value
		}
		return
	}
}

// plainC is "C" for the C locale with a character set or modifier
// (C.UTF-8, C.utf8, POSIX.UTF-8 gives "POSIX"), and any other locale as it is.
func plainC(locale string) string {
	base, _, _ := strings.Cut(locale, ".")
	base, _, _ = strings.Cut(base, "@")
	if base == "C" || base == "POSIX" {
		return base
	}
	return locale
}

// Restore sets the locale variable back as it was before Fyne started, for
// the GUI and the programs it opens (a PDF viewer) to read. main calls it
// first.
func Restore() {
	if changed.name != "" {
		os.Setenv(changed.name, changed.value)
		changed.name = ""
	}
}
