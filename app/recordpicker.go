package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ketenregie/app/kit"
)

// recordPicker chooses one record among many (an organisation, a contact,
// an action of a plan) by typing part of its label, as Contacten chooses
// an organisation: a kit.FilterSelect that stands for ids, offering none
// first, with a button beside it that opens the chosen record.
type recordPicker struct {
	*kit.FilterSelect
	none    string
	ids     map[string]string // label -> id
	label   map[string]string // id -> label
	openB   *widget.Button
	content fyne.CanvasObject
}

// newRecordPicker makes a picker whose "nothing chosen" option says none;
// onChanged follows a choice, open shows the chosen record.
func newRecordPicker(e *env, none string, onChanged func(), open func(id string)) *recordPicker {
	p := &recordPicker{none: none, ids: map[string]string{}, label: map[string]string{}}
	p.FilterSelect = kit.NewFilterSelect([]string{none}, func(string) {
		p.showOpen()
		if onChanged != nil {
			onChanged()
		}
	})
	p.openB = widget.NewButtonWithIcon("", theme.NavigateNextIcon(), e.Safe(func() {
		if id := p.chosen(); id != "" {
			open(id)
		}
	}))
	p.openB.Importance = widget.LowImportance
	p.openB.Disable()
	p.content = container.NewBorder(nil, nil, nil, p.openB, p.FilterSelect)
	e.Guard(p.openB)
	return p
}

// setOptions offers ids under labels, after none, keeping the chosen id
// when it is still offered. Equal labels get a mark to tell them apart.
func (p *recordPicker) setOptions(ids, labels []string) {
	chosen := p.chosen()
	p.ids, p.label = map[string]string{}, map[string]string{}
	opts := make([]string, 0, len(ids)+1)
	opts = append(opts, p.none)
	for i, id := range ids {
		l := labels[i]
		for _, taken := p.ids[l]; taken || l == p.none; _, taken = p.ids[l] {
			l += " ·"
		}
		p.ids[l], p.label[id] = id, l
		opts = append(opts, l)
	}
	p.SetOptions(opts)
	p.show(chosen)
}

// chosen is the id of the chosen record, "" for none.
func (p *recordPicker) chosen() string { return p.ids[p.Selected] }

// choose chooses record id; an id not offered chooses none.
func (p *recordPicker) choose(id string) {
	if l, ok := p.label[id]; ok {
		p.SetSelected(l)
	} else {
		p.SetSelected(p.none)
	}
	p.showOpen()
}

// show chooses id as choose does, without reporting a change: the options
// changed, not the choice.
func (p *recordPicker) show(id string) {
	on := p.OnChanged
	p.OnChanged = nil
	defer func() { p.OnChanged = on }()
	p.choose(id)
}

// showOpen offers the open button only while a record is chosen.
func (p *recordPicker) showOpen() {
	if p.chosen() == "" {
		p.openB.Disable()
	} else {
		p.openB.Enable()
	}
}
