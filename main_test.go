package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestMain lets the test binary be the program, Fyne and all: with
// KETENREGIE_TEST_MAIN=1 in its environment it runs main on its arguments.
func TestMain(m *testing.M) {
	if os.Getenv("KETENREGIE_TEST_MAIN") == "1" {
		main()
	}
	os.Exit(m.Run())
}

// TestCommandsSayOnlyTheirOwn: a command prints what it has to say and
// nothing from Fyne, whatever the locale (LANG=C.UTF-8, the default in
// containers, made Fyne log a parse error before every command), and
// version says the version FyneApp.toml gives.
func TestCommandsSayOnlyTheirOwn(t *testing.T) {
	if !regexp.MustCompile(`^\d+\.\d+\.\d+$`).MatchString(version) {
		t.Fatalf("version %q is not read from FyneApp.toml", version)
	}
	db := filepath.Join(t.TempDir(), "none.db")
	for _, locale := range [][]string{{"LANG=C.UTF-8"}, {"LC_ALL=C.utf8", "LANG=nl_NL.UTF-8"}, {"LANG=C"}, {}} {
		env := append([]string{"KETENREGIE_TEST_MAIN=1", "KETENREGIE_DB=" + db}, locale...)
		for _, kv := range os.Environ() {
			if !strings.HasPrefix(kv, "LANG") && !strings.HasPrefix(kv, "LC_") && !strings.HasPrefix(kv, "KETENREGIE_") {
				env = append(env, kv)
			}
		}
		for _, args := range [][]string{{"version"}, {"help"}, {"help", "pdf"}, {"list", "cluster"}} {
			var stdout, stderr strings.Builder
			cmd := exec.Command(os.Args[0], args...)
			cmd.Env, cmd.Stdout, cmd.Stderr = env, &stdout, &stderr
			err := cmd.Run()
			want := "" // on stderr
			if args[0] == "list" {
				want = "ketenregie: database " + db + " bestaat niet\n" // and exit status 1
				if err == nil {
					t.Errorf("%v: list on a missing database succeeded", locale)
				}
			} else if err != nil {
				t.Errorf("%v ketenregie %s: %v", locale, strings.Join(args, " "), err)
			}
			if stderr.String() != want {
				t.Errorf("%v ketenregie %s printed on stderr:\n%s", locale, strings.Join(args, " "), stderr.String())
			}
			if args[0] == "version" && stdout.String() != "Ketenregie "+version+"\n" {
				t.Errorf("%v ketenregie version printed %q", locale, stdout.String())
			}
		}
	}
}
