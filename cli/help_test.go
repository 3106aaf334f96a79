package cli

import (
	"slices"
	"strings"
	"testing"
)

// TestCommandTable: the table holds every command once, each with a
// handler, and help lists exactly its commands in its order; "help NAME"
// and "NAME --help" explain each of them.
func TestCommandTable(t *testing.T) {
	want := []string{"demo", "add", "set", "delete", "list", "show", "dump", "check", "backup",
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
