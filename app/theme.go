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
		a.Settings().SetTheme(&ketenTheme{theme.DefaultTheme(), theme.VariantLight, true})
	case themeDark:
		a.Settings().SetTheme(&ketenTheme{theme.DefaultTheme(), theme.VariantDark, true})
	default:
		a.Settings().SetTheme(&ketenTheme{Theme: theme.DefaultTheme()})
	}
}

// ketenTheme is Fyne's theme, in one variant when fixed, with status
// colours that stay readable as text: Fyne's green, orange and red are
// too light on a white background (contrast under 4.5:1).
type ketenTheme struct {
	fyne.Theme
	variant fyne.ThemeVariant
	fixed   bool
}

// Text colours for the light variant, each at least 4.5:1 on white.
var lightStatus = map[fyne.ThemeColorName]color.Color{
	theme.ColorNameSuccess: color.NRGBA{0x1e, 0x7b, 0x34, 0xff},
	theme.ColorNameWarning: color.NRGBA{0xa3, 0x52, 0x00, 0xff},
	theme.ColorNameError:   color.NRGBA{0xc6, 0x28, 0x28, 0xff},
}

func (k *ketenTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if k.fixed {
		v = k.variant
	}
	if c, ok := lightStatus[n]; ok && v == theme.VariantLight {
		return c
	}
	return k.Theme.Color(n, v)
}

// currentVariant is the variant the screens are drawn in.
func currentVariant() fyne.ThemeVariant {
	a := fyne.CurrentApp()
	if k, ok := a.Settings().Theme().(*ketenTheme); ok && k.fixed {
		return k.variant
	}
	return a.Settings().ThemeVariant()
}

// fillColour is Fyne's own status colour, for filling areas (the
// assessment matrix) rather than for text.
func fillColour(n fyne.ThemeColorName) color.Color {
	return theme.DefaultTheme().Color(n, currentVariant())
}
