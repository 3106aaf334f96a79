package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// exchangeScreen explains that exchanging files with colleagues is not there yet.
type exchangeScreen struct{ content fyne.CanvasObject }

func newExchangeScreen(e *env) *exchangeScreen {
	text := widget.NewLabel(lang.X("exchange.text",
		"Gegevens uitwisselen met collega-coördinatoren (via een USB-stick, e-mail of een gedeelde map) komt in een latere versie van Ketenregie. Tot die tijd staan al uw gegevens alleen in de database op deze computer."))
	text.Wrapping = fyne.TextWrapWord
	return &exchangeScreen{content: page(lang.X("exchange.title", "Uitwisselen"), nil, container.NewVBox(text))}
}

func (e *exchangeScreen) Content() fyne.CanvasObject { return e.content }
func (e *exchangeScreen) Refresh()                   {}
