package cli

import (
	"fmt"
	"strings"
)

// VersionFrom reads the version from FyneApp.toml's `Version = "x.y.z"`.
// FyneApp.toml is the one place the version is written: the fyne packaging
// tool reads it for the installers, and main embeds it and passes what
// this finds to Run.
func VersionFrom(toml string) string {
	for _, line := range strings.Split(toml, "\n") {
		k, v, ok := strings.Cut(strings.TrimSpace(line), "=")
		if ok && strings.TrimSpace(k) == "Version" {
			return strings.Trim(strings.TrimSpace(v), `"`)
		}
	}
	return "onbekend"
}

func cmdVersion(c *call) error {
	if len(c.args) > 0 {
		return usageError{"version neemt geen argumenten"}
	}
	fmt.Fprintf(c.stdout, "Ketenregie %s\n", c.version)
	return nil
}
