package cli

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"
)

func TestVersionComesFromFyneAppToml(t *testing.T) {
	toml, err := os.ReadFile(filepath.Join("..", "FyneApp.toml")) // what main embeds
	if err != nil {
		t.Fatal(err)
	}
	if v := VersionFrom(string(toml)); !regexp.MustCompile(`^\d+\.\d+\.\d+$`).MatchString(v) {
		t.Fatalf("FyneApp.toml gives version %q", v)
	}
	if got := VersionFrom("[Details]\n  Version = \"2.3.4\"\n"); got != "2.3.4" {
		t.Errorf("VersionFrom = %q", got)
	}
	// version prints the version it is given, needs no database, and
	// creates none.
	db := filepath.Join(t.TempDir(), "none.db")
	if out := mustCLI(t, db, "version"); out != "Ketenregie "+testVersion+"\n" {
		t.Errorf("version printed %q", out)
	}
	if r := cli(t, db, "check"); r.code != 1 {
		t.Error("version created a database")
	}
}
