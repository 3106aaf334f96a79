package cli

import (
	"bytes"
	"log"
	"os"
	"testing"
)

// TestQuietOnEveryLocale: help and version print nothing on stderr, nor
// through the log Fyne's errors go to, on the C locale, C.UTF-8 or none.
// The program as built, Fyne linked in, is checked by the root package's
// main_test.go and by clocale.
func TestQuietOnEveryLocale(t *testing.T) {
	var logged bytes.Buffer
	log.SetOutput(&logged)
	t.Cleanup(func() { log.SetOutput(os.Stderr) })
	for _, lang := range []string{"C", "C.UTF-8", ""} {
		t.Setenv("LC_ALL", "")
		t.Setenv("LC_MESSAGES", "")
		t.Setenv("LANG", lang)
		if lang == "" {
			os.Unsetenv("LANG")
		}
		for _, args := range [][]string{{"version"}, {"help"}, {"--help"}, {"help", "pdf"}, {"list", "--help"}} {
			r := cli(t, "", args...)
			if r.code != 0 || r.stderr != "" || logged.Len() > 0 {
				t.Errorf("LANG=%q %v: exit %d, stderr %q, log %q", lang, args, r.code, r.stderr, logged.String())
			}
		}
	}
}
