package figures

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// barChart is the navigation's icon of Cijfers: three bars on a base
// line, drawn like Fyne's own icons so the theme colours it.
var barChart = &fyne.StaticResource{StaticName: "bar-chart.svg", StaticContent: []byte(
	`<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24">` +
		`<path d="M4 19h16v2H4zM5 11h3v7H5zM10.5 6h3v12h-3zM16 13h3v5h-3z"/></svg>`)}

// Icon is the icon of Cijfers in the navigation, in the theme's colours.
func Icon() fyne.Resource { return theme.NewThemedResource(barChart) }
