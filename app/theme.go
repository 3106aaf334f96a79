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
// too light on a white background (contrast under 4.5:1). Its input
// borders stand out from the background, so an unticked check box or
// radio button does not look disabled.
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

// inputBorder is the border of entries and of unticked check boxes and
// radio buttons, at least 3:1 against the background and the input field
// in each variant. Fyne draws it in its disabled colour (#e3e3e3 on white,
// 1.3:1), so an unticked box looked as if it could not be clicked.
var inputBorder = map[fyne.ThemeVariant]color.Color{
	theme.VariantLight: color.NRGBA{0x85, 0x85, 0x85, 0xff},
	theme.VariantDark:  color.NRGBA{0x75, 0x75, 0x75, 0xff},
}

// Fyne's unticked check box and radio button are drawn with a line 1/24 of
// the icon wide, under a pixel at the usual 20 px: blurred, even a dark
// border came out at 2:1. These have a 2 px line on the pixel grid at
// 20 px, the size of the ticked box Fyne draws.
var (
	checkBoxIcon = &fyne.StaticResource{StaticName: "check-box.svg", StaticContent: []byte(
		`<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20" viewBox="0 0 20 20">` +
			`<path d="M3.5,2 H16.5 A1.5,1.5 0 0 1 18,3.5 V16.5 A1.5,1.5 0 0 1 16.5,18 H3.5 A1.5,1.5 0 0 1 2,16.5 V3.5 A1.5,1.5 0 0 1 3.5,2 Z ` +
			`M4,4 V16 H16 V4 Z"/></svg>`)}
	radioButtonIcon = &fyne.StaticResource{StaticName: "radio-button.svg", StaticContent: []byte(
		`<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20" viewBox="0 0 20 20">` +
			`<path d="M10,1.5 A8.5,8.5 0 1 1 10,18.5 A8.5,8.5 0 1 1 10,1.5 Z ` +
			`M10,3.25 A6.75,6.75 0 1 0 10,16.75 A6.75,6.75 0 1 0 10,3.25 Z"/></svg>`)}
)

func (k *ketenTheme) Icon(n fyne.ThemeIconName) fyne.Resource {
	switch n {
	case theme.IconNameCheckButton:
		return theme.NewThemedResource(checkBoxIcon)
	case theme.IconNameRadioButton:
		return theme.NewThemedResource(radioButtonIcon)
	}
	return k.Theme.Icon(n)
}

func (k *ketenTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if k.fixed {
		v = k.variant
	}
	if c, ok := lightStatus[n]; ok && v == theme.VariantLight {
		return c
	}
	if c, ok := inputBorder[v]; ok && n == theme.ColorNameInputBorder {
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
