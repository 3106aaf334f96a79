package clocale

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestPlainC(t *testing.T) {
	for locale, want := range map[string]string{
		"C.UTF-8": "C", "C.utf8": "C", "C@euro": "C", "POSIX.UTF-8": "POSIX",
		"C": "C", "POSIX": "POSIX", "nl_NL.UTF-8": "nl_NL.UTF-8", "en_US": "en_US", "Ca_ES.UTF-8": "Ca_ES.UTF-8",
	} {
		if got := plainC(locale); got != want {
			t.Errorf("plainC(%q) = %q, want %q", locale, got, want)
		}
	}
}

func goTool(t *testing.T) string {
	t.Helper()
	path, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go tool on PATH")
	}
	return path
}

func goList(t *testing.T, args ...string) []string {
	t.Helper()
	out, err := exec.Command(goTool(t), append([]string{"list", "-tags", "migrated_fynedo"}, args...)...).CombinedOutput()
	if err != nil {
		t.Fatalf("go list %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return strings.Fields(string(out))
}

// TestStartsBeforeFyne checks what init's order rests on: Fyne's lang
// package imports text/template, this package sorts before it and imports
// nothing text/template does not.
func TestStartsBeforeFyne(t *testing.T) {
	const self, template = "ketenregie/cli/clocale", "text/template"
	if !slices.Contains(goList(t, "-f", `{{join .Imports " "}}`, "fyne.io/fyne/v2/lang"), template) {
		t.Errorf("Fyne's lang package no longer imports %s: find another package it imports that sorts after %s", template, self)
	}
	if !(self < template) {
		t.Errorf("%s sorts after %s", self, template)
	}
	templateDeps := goList(t, "-deps", template)
	for _, dep := range goList(t, "-deps", self) {
		if dep != self && !slices.Contains(templateDeps, dep) {
			t.Errorf("%s imports %s, which text/template does not: Fyne might start first", self, dep)
		}
	}
}

// TestFyneIsQuiet runs a program that links Fyne's lang package as
// Ketenregie does: with clocale it says nothing on C.UTF-8, and sees the
// locale as it was set once main runs.
func TestFyneIsQuiet(t *testing.T) {
	dir := t.TempDir()
	build := func(name string) string {
		bin := filepath.Join(dir, name)
		if out, err := exec.Command(goTool(t), "build", "-tags", "migrated_fynedo", "-o", bin, "./testdata/"+name).CombinedOutput(); err != nil {
			t.Fatalf("go build %s: %v\n%s", name, err, out)
		}
		return bin
	}
	withFix, without := build("withfix"), build("without")
	for _, locale := range [][]string{{"LANG=C.UTF-8"}, {"LC_ALL=C.utf8", "LANG=nl_NL.UTF-8"}, {"LANG=C"}, {}} {
		env := locale
		for _, kv := range os.Environ() {
			if !strings.HasPrefix(kv, "LANG") && !strings.HasPrefix(kv, "LC_") {
				env = append(env, kv)
			}
		}
		run := func(bin string) (stdout, stderr string) {
			var out, errOut strings.Builder
			cmd := exec.Command(bin)
			cmd.Env, cmd.Stdout, cmd.Stderr = env, &out, &errOut
			if err := cmd.Run(); err != nil {
				t.Fatalf("%s with %v: %v\n%s", bin, locale, err, errOut.String())
			}
			return out.String(), errOut.String()
		}
		if len(locale) > 0 && strings.Contains(locale[0], "C.") {
			if _, stderr := run(without); !strings.Contains(stderr, "Fyne error") {
				t.Logf("with %v, Fyne no longer complains even without clocale: clocale may go", locale)
			}
		}
		stdout, stderr := run(withFix)
		if stderr != "" {
			t.Errorf("with %v the program printed:\n%s", locale, stderr)
		}
		want := map[string]string{"LC_ALL": "", "LANG": ""}
		for _, kv := range locale {
			k, v, _ := strings.Cut(kv, "=")
			want[k] = v
		}
		if w := "LC_ALL=" + want["LC_ALL"] + " LANG=" + want["LANG"] + "\n"; stdout != w {
			t.Errorf("with %v main saw %q, want %q", locale, stdout, w)
		}
	}
}
