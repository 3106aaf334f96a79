package cli

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"ketenregie/data"
)

// TestCommandTable: the table holds every command once, each with a
// handler, and help lists exactly its commands in its order; "help NAME"
// and "NAME --help" explain each of them.
func TestCommandTable(t *testing.T) {
	want := []string{"demo", "add", "set", "move", "delete", "list", "show", "diff", "history", "dump", "check", "backup",
		"bundle", "sync", "conflicts", "resolve", "import", "export", "pdf", "version"}
	var names []string
	for _, c := range commands {
		if c.run == nil {
			t.Errorf("%s has no handler", c.name)
		}
		if c.summary == "" {
			t.Errorf("%s has no summary for help", c.name)
		}
		names = append(names, c.name)
	}
	if !slices.Equal(names, want) {
		t.Errorf("the command table holds\n%v\nwant\n%v", names, want)
	}

	_, listed, ok := strings.Cut(mustCLI(t, "", "--help"), "Commando's:\n")
	listed, _, _ = strings.Cut(listed, "\n\n")
	if !ok {
		t.Fatal("help has no list of commands")
	}
	var inHelp []string
	for _, line := range strings.Split(listed, "\n") {
		// A command starts its line two spaces in; its summary and a
		// usage too long for one line continue further in.
		if strings.HasPrefix(line, "  ") && !strings.HasPrefix(line, "   ") {
			inHelp = append(inHelp, strings.Fields(line)[0])
		}
	}
	if !slices.Equal(inHelp, names) {
		t.Errorf("help lists\n%v\nthe table holds\n%v", inHelp, names)
	}

	for _, c := range commands {
		help := mustCLI(t, "", "help", c.name)
		if !strings.HasPrefix(help, "Gebruik: ketenregie [--db BESTAND] "+c.name) {
			t.Errorf("help %s begins %q", c.name, strings.SplitN(help, "\n", 2)[0])
		}
		if flag := mustCLI(t, "", c.name, "--help"); flag != help {
			t.Errorf("%s --help differs from help %s", c.name, c.name)
		}
	}
}

// TestHelpFitsEightyColumns: help, and the help of every command, fits a
// terminal 80 columns wide, whatever the length of a command's options.
func TestHelpFitsEightyColumns(t *testing.T) {
	t.Setenv("HOME", "/home/coordinator")
	t.Setenv("XDG_DATA_HOME", "")
	t.Setenv("LOCALAPPDATA", "")
	calls := [][]string{{"--help"}, {"help"}, {"-h"}, {"help", "onbekend"}}
	for _, c := range commands {
		calls = append(calls, []string{"help", c.name}, []string{c.name, "--help"})
	}
	for _, args := range calls {
		for i, line := range strings.Split(mustCLI(t, "", args...), "\n") {
			if n := utf8.RuneCountInString(line); n > 80 {
				t.Errorf("ketenregie %s, line %d is %d wide:\n%s", strings.Join(args, " "), i+1, n, line)
			}
		}
	}
}

// TestHelpKeepsOptionsWhole: a usage too long for a line breaks between
// options, never inside one, and a database path with spaces stays whole.
func TestHelpKeepsOptionsWhole(t *testing.T) {
	home := "/home/Jan de Vries van de Regionale Coördinatie Mensenhandel Noord-Holland"
	t.Setenv("HOME", home)
	t.Setenv("XDG_DATA_HOME", "")
	t.Setenv("LOCALAPPDATA", "")
	help := mustCLI(t, "", "--help")
	if path := data.DefaultPath(); !strings.Contains(help, "\n"+path+",\n") {
		t.Errorf("help breaks the database path %s:\n%s", path, help)
	}
	pdf := mustCLI(t, "", "help", "pdf")
	for _, line := range strings.Split(pdf, "\n") {
		if strings.Count(line, "[") != strings.Count(line, "]") || strings.HasSuffix(line, " -o") {
			t.Errorf("help pdf breaks an option: %q", line)
		}
	}
	for _, option := range []string{"[--municipality GEMEENTE]", "[--due-within DAGEN]", "[--search TEKST]"} {
		if !strings.Contains(pdf, option) {
			t.Errorf("help pdf lacks %s:\n%s", option, pdf)
		}
	}
}

func TestWrap(t *testing.T) {
	long := strings.Repeat("x", 90)
	for _, c := range []struct {
		text, first, rest, want string
	}{
		{"kort", "  ", "    ", "  kort\n"},
		{"", "Gebruik: ", "", "Gebruik: \n"},
		{strings.Repeat("woord ", 20), "", "  ", strings.TrimSpace(strings.Repeat("woord ", 13)) + "\n  " + strings.TrimSpace(strings.Repeat("woord ", 7)) + "\n"},
		{"a " + long + " b", "", "", "a\n" + long + "\nb\n"},
		{"pdf [--status S] [--skip-invalid [--rejects BESTAND]] -o BESTAND --pick N", "", "", "pdf [--status S] [--skip-invalid [--rejects BESTAND]] -o BESTAND --pick N\n"},
	} {
		if got := wrap(words(c.text), c.first, c.rest); got != c.want {
			t.Errorf("wrap(%q) =\n%q\nwant\n%q", c.text, got, c.want)
		}
	}
	if got := words("pdf [--skip-invalid [--rejects BESTAND]] -o BESTAND --pick N plan ID"); len(got) != 6 {
		t.Errorf("words: %q", got)
	}
}
