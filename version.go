package main

import (
	_ "embed"

	"ketenregie/cli"
)

// FyneApp.toml is the one place the version is written: the fyne packaging
// tool reads it for the installers, and the program embeds it here.
//
//go:embed FyneApp.toml
var fyneAppTOML string

// version is the program's version, as FyneApp.toml says.
var version = cli.VersionFrom(fyneAppTOML)
