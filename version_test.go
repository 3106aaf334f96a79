package main

import (
	"path/filepath"
	"regexp"
	"testing"
)

func TestVersionComesFromFyneAppToml(t *testing.T) {
	if !regexp.MustCompile(`^\d+\.\d+\.\d+$`).MatchString(version) {
		t.Fatalf("version %q is not read from FyneApp.toml", version)
	}
	// version needs no database, and creates none.
	db := filepath.Join(t.TempDir(), "none.db")
	if out := mustCLI(t, db, "version"); out != "Ketenregie "+version+"\n" {
		t.Errorf("version printed %q", out)
	}
	if r := cli(t, db, "check"); r.code != 1 {
		t.Error("version created a database")
	}
	if got := tomlVersion("[Details]\n  Version = \"2.3.4\"\n"); got != "2.3.4" {
		t.Errorf("tomlVersion = %q", got)
	}
}
