package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Theme names as stored in the preferences; "" follows the system.
const (
	themeSystem = ""
	themeLight  = "light"
	themeDark   = "dark"
)

// applyTheme sets the light or dark theme, or the system's for "".
func applyTheme(a fyne.App, name string) {
	switch name {
	case themeLight:
		a.Settings().SetTheme(&fixedVariant{theme.DefaultTheme(), theme.VariantLight})
	case themeDark:
		a.Settings().SetTheme(&fixedVariant{theme.DefaultTheme(), theme.VariantDark})
	default:
		a.Settings().SetTheme(theme.DefaultTheme())
	}
}

// fixedVariant is Fyne's theme in one variant, whatever the system uses.
type fixedVariant struct {
	fyne.Theme
	variant fyne.ThemeVariant
}

func (f *fixedVariant) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return f.Theme.Color(n, f.variant)
}
