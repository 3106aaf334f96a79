package figures

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"ketenregie/app/kit"
	"ketenregie/data"
)

// The region's own measures, beside the standard ones: added, renamed
// and deleted from the menu beside the measure. A measure that figures
// still count cannot be deleted (the store says by how many).

// ownMenu is the menu of the Eigen maten button; renaming and deleting
// are for an own measure shown.
func (s *Screen) ownMenu() *fyne.Menu {
	add := fyne.NewMenuItem(lang.X("figures.own.add", "Nieuwe eigen maat…"), s.newMeasure)
	edit := fyne.NewMenuItem(lang.X("figures.own.edit", "Deze maat wijzigen…"), s.editMeasure)
	del := fyne.NewMenuItem(lang.X("figures.own.delete", "Deze maat verwijderen…"), s.deleteMeasure)
	edit.Disabled = s.measure.id == ""
	del.Disabled = s.measure.id == ""
	return kit.GuardMenu(s.Shell, fyne.NewMenu("", add, edit, del))
}

func (s *Screen) showOwnMenu() {
	c := s.Window().Canvas()
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(s.ownButton).AddXY(0, s.ownButton.Size().Height)
	widget.ShowPopUpMenuAtPosition(s.ownMenu(), c, pos)
}

// newMeasure asks for the name and description of a new own measure,
// stores it and shows its grid.
func (s *Screen) newMeasure() {
	s.measureDialog(lang.X("figures.own.add.title", "Nieuwe eigen maat"), lang.X("figures.own.add.confirm", "Toevoegen"), measure{},
		func(name, desc string) {
			id, err := s.Store().Create(s.Ctx(), data.KindMeasure, map[string]string{data.Measure.Name: name, data.Measure.Description: desc})
			if err != nil {
				s.ShowError(err)
				return
			}
			s.RefreshOthers(s)
			s.OpenRecord(data.KindMeasure, id)
		})
}

// editMeasure renames the own measure shown, or changes its description.
func (s *Screen) editMeasure() {
	m := s.measure
	if m.id == "" {
		return
	}
	s.measureDialog(lang.X("figures.own.edit.title", "Eigen maat wijzigen"), lang.X("figures.save", "Opslaan"), m,
		func(name, desc string) {
			vals := map[string]string{}
			if name != m.name {
				vals[data.Measure.Name] = name
			}
			if desc != m.desc {
				vals[data.Measure.Description] = desc
			}
			if len(vals) == 0 {
				return
			}
			if err := s.Store().Update(s.Ctx(), data.KindMeasure, m.id, vals); err != nil {
				s.ShowError(err)
				return
			}
			s.readStore()
			for _, o := range s.measures {
				if o.id == m.id {
					s.measure = o
				}
			}
			s.showChoosers()
			s.RefreshOthers(s)
		})
}

// deleteMeasure deletes the own measure shown, after asking; the store
// refuses while figures count it.
func (s *Screen) deleteMeasure() {
	m := s.measure
	if m.id == "" {
		return
	}
	s.WhenDiscarded(func() {
		s.Ask(lang.X("figures.own.delete.title", "Eigen maat verwijderen?"),
			lang.X("figures.own.delete.question", "De eigen maat {{.Name}} wordt verwijderd. Dat kan alleen als er geen cijfers voor zijn.", map[string]any{"Name": m.name}),
			lang.X("figures.own.delete.yes", "Verwijderen"), lang.X("figures.delete.no", "Terug"),
			func() {
				if err := s.Store().Delete(s.Ctx(), data.KindMeasure, m.id); err != nil {
					s.ShowError(err)
					return
				}
				s.measure = s.measures[0]
				s.readStore()
				s.showChoosers()
				s.showGrid()
				s.RefreshOthers(s)
				s.Deleted(lang.X("figures.own.deleted", "De eigen maat {{.Name}}", map[string]any{"Name": m.name}), data.KindMeasure, m.id)
			}, nil)
	}, nil)
}

// measureDialog asks for a measure's name and description, starting from
// m's; done gets them when the coordinator confirms. A name another
// measure has is refused: a file of figures names measures by name.
func (s *Screen) measureDialog(title, confirm string, m measure, done func(name, desc string)) {
	name := widget.NewEntry()
	name.SetText(m.name)
	name.Validator = func(text string) error {
		text = strings.TrimSpace(text)
		if text == "" {
			return errors.New(lang.X("figures.own.name.required", "Geef de maat een naam"))
		}
		for _, o := range s.measures {
			if m.id != "" && o.id == m.id {
				continue // the measure renamed
			}
			key := data.ChoiceKey(text)
			if data.ChoiceKey(o.name) == key || o.code != "" && (data.ChoiceKey(o.code) == key || data.ChoiceKey(data.ChoiceLabel(data.Measures, o.code)) == key) {
				return errors.New(lang.X("figures.own.name.taken", "Er is al een maat met deze naam"))
			}
		}
		return nil
	}
	desc := widget.NewMultiLineEntry()
	desc.SetText(m.desc)
	desc.SetMinRowsVisible(3)
	desc.Wrapping = fyne.TextWrapWord
	desc.SetPlaceHolder(lang.X("figures.own.desc.placeholder", "Wat telt deze maat, en waar komen de cijfers vandaan?"))
	items := []*widget.FormItem{
		widget.NewFormItem(lang.X("figures.own.name", "Naam"), name),
		widget.NewFormItem(lang.X("figures.own.desc", "Omschrijving"), desc),
	}
	d := dialog.NewForm(title, confirm, lang.X("figures.cancel", "Annuleren"), items, kit.Safe1(s.Shell, func(ok bool) {
		if ok {
			done(strings.TrimSpace(name.Text), strings.TrimSpace(desc.Text))
		}
	}), s.Window())
	d.Resize(fyne.NewSize(560, d.MinSize().Height))
	d.Show()
	s.Window().Canvas().Focus(name)
}
