package main

import (
	_ "embed"
	"fmt"
	"strings"
)

// FyneApp.toml is the one place the version is written: the fyne packaging
// tool reads it for the installers, and the program reads it here.
//
//go:embed FyneApp.toml
var fyneAppTOML string

// version is the program's version, as FyneApp.toml says.
var version = tomlVersion(fyneAppTOML)

// tomlVersion finds `Version = "x.y.z"` in FyneApp.toml.
func tomlVersion(toml string) string {
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
	fmt.Fprintf(c.stdout, "Ketenregie %s\n", version)
	return nil
}
