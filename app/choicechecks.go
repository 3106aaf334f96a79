package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"ketenregie/app/kit"
	"ketenregie/app/say"
	"ketenregie/data"
)

// choiceChecks chooses several codes of a list of choices (an activity's
// target groups): a check box for each, in as many columns as fit, as
// municipalityChecks offers municipalities.
type choiceChecks struct {
	choices  []data.Choice
	checks   []*widget.Check
	relayout func() // the form around must make room when the columns change
	content  *fyne.Container
}

func newChoiceChecks(choices []data.Choice, onChanged func()) *choiceChecks {
	c := &choiceChecks{choices: choices}
	var grid *kit.FlowGrid
	c.content, grid = kit.NewFlowGrid()
	grid.Reflow = func() {
		if c.relayout != nil {
			c.relayout()
		}
	}
	for _, ch := range choices {
		check := widget.NewCheck(say.Choice(choices, ch.Code), func(bool) { onChanged() })
		c.checks = append(c.checks, check)
		c.content.Add(check)
	}
	return c
}

// set ticks codes, and only those.
func (c *choiceChecks) set(codes []string) {
	tick := map[string]bool{}
	for _, code := range codes {
		tick[code] = true
	}
	for i, ch := range c.choices {
		c.checks[i].SetChecked(tick[ch.Code])
	}
}

// chosen are the ticked codes, in the list's order.
func (c *choiceChecks) chosen() []string {
	var codes []string
	for i, ch := range c.choices {
		if c.checks[i].Checked {
			codes = append(codes, ch.Code)
		}
	}
	return codes
}

// value is the ticked codes as the store keeps an EnumList.
func (c *choiceChecks) value() string { return strings.Join(c.chosen(), ",") }

// choiceLabels are the labels of codes among choices, in the window's
// language, separated by commas.
func choiceLabels(choices []data.Choice, codes []string) string {
	labels := make([]string, len(codes))
	for i, code := range codes {
		labels[i] = say.Choice(choices, code)
	}
	return strings.Join(labels, ", ")
}
