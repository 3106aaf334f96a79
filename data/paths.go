package data

import (
	"os"
	"path/filepath"
	"runtime"
)

// EnvDB names the environment variable that chooses another database file.
const EnvDB = "KETENREGIE_DB"

// DefaultPath is where the database lives unless --db or KETENREGIE_DB says
// otherwise: in the user's local (not roaming) data folder.
//
//	Windows  %LOCALAPPDATA%\Ketenregie\ketenregie.db
//	macOS    ~/Library/Application Support/Ketenregie/ketenregie.db
//	Linux    $XDG_DATA_HOME/ketenregie/ketenregie.db (~/.local/share/...)
func DefaultPath() string {
	home, _ := os.UserHomeDir()
	switch runtime.GOOS {
	case "windows":
		dir := os.Getenv("LOCALAPPDATA")
		if dir == "" {
			dir = filepath.Join(home, "AppData", "Local")
		}
		return filepath.Join(dir, "Ketenregie", "ketenregie.db")
	case "darwin":
		return filepath.Join(home, "Library", "Application Support", "Ketenregie", "ketenregie.db")
	}
	dir := os.Getenv("XDG_DATA_HOME")
	if dir == "" {
		dir = filepath.Join(home, ".local", "share")
	}
	return filepath.Join(dir, "ketenregie", "ketenregie.db")
}
