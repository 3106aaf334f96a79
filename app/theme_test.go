package app

import (
	"image"
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// TestUntickedControlsReadable checks that the border of an unticked check
// box and radio button, as drawn, stands out from the background (at least
// 3:1, WCAG's contrast for the parts of a control) in the light and the dark
// theme, and more than a disabled one does: in Fyne's light theme they
// were drawn in the disabled colour and looked as if they could not be
// clicked.
func TestUntickedControlsReadable(t *testing.T) {
	a := test.NewTempApp(t)
	for _, name := range []string{themeLight, themeDark} {
		applyTheme(a, name)
		th := a.Settings().Theme()
		bg := th.Color(theme.ColorNameBackground, theme.VariantLight)
		for _, c := range []struct {
			what string
			make func(disabled bool) fyne.CanvasObject
		}{
			{"check box", func(disabled bool) fyne.CanvasObject {
				c := widget.NewCheck("", nil)
				if disabled {
					c.Disable()
				}
				return c
			}},
			{"radio button", func(disabled bool) fyne.CanvasObject {
				r := widget.NewRadioGroup([]string{""}, nil)
				if disabled {
					r.Disable()
				}
				return r
			}},
		} {
			enabled := strongestContrast(t, c.make(false), bg)
			disabled := strongestContrast(t, c.make(true), bg)
			if enabled < 3 {
				t.Errorf("%s theme: an unticked %s has contrast %.2f against the background, want at least 3", name, c.what, enabled)
			}
			if enabled < 2*disabled {
				t.Errorf("%s theme: an unticked %s (contrast %.2f) looks like a disabled one (%.2f)", name, c.what, enabled, disabled)
			}
		}
	}
}

// strongestContrast draws o alone in a window and returns the strongest
// contrast any of its pixels has against bg: for an unticked control, that
// of its border.
func strongestContrast(t *testing.T, o fyne.CanvasObject, bg color.Color) float64 {
	t.Helper()
	w := test.NewWindow(container.NewVBox(o))
	defer w.Close()
	w.Resize(fyne.NewSize(60, 60))
	img := w.Canvas().Capture()
	strongest := 1.0
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			strongest = max(strongest, contrast(opaque(img, x, y), bg))
		}
	}
	return strongest
}

// opaque is the pixel at x, y, with any transparency taken off.
func opaque(img image.Image, x, y int) color.Color {
	c := color.NRGBAModel.Convert(img.At(x, y)).(color.NRGBA)
	c.A = 0xff
	return c
}
