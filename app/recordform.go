package app

import (
	"errors"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ketenregie/app/kit"
	"ketenregie/app/say"
	"ketenregie/data"
)

// recordForm is the editing half of a list-and-form screen, as contacts.go
// first drew it: a heading, the fields, a line under them for what went
// wrong or was saved, and Nieuw, Verwijderen and Opslaan, Opslaan offered
// only when the form differs from what was loaded. The Ketenafspraken,
// Organisaties and Contacten screens each hold one. The screen sets values
// (in formState) to everything the user can change, and describe to name
// its choices and ids in messages.
type recordForm struct {
	*env
	kit.FormState
	newHeading string // the heading over an empty form
	discardNew string // the question before throwing away a new record

	id      string // the record in the form; "" for a new one
	shownID string // the record in the form before the one being loaded
	title   string // its title as loaded, for questions
	entries map[string]*kit.TextEntry
	onKey   func(fyne.KeyName) bool
	onSave  func() // the screen's save

	heading       *widget.Label
	newButton     *widget.Button
	deleteButton  *widget.Button
	historyButton *widget.Button // the record's history (history.go)
	// afterRestore runs after an old value was put back from the history.
	afterRestore func()
	tools        fyne.CanvasObject // a row of the screen's own buttons above the form's; may be nil
	body         fyne.CanvasObject // the fields, in the scroll
	scroll       *container.Scroll
}

// newRecordForm makes the frame of a form; the screen adds its fields and
// then calls build.
func newRecordForm(e *env, kind string, onKey func(fyne.KeyName) bool, onNew, onSave, onDelete func()) *recordForm {
	f := &recordForm{env: e, onKey: kit.SafeKey(e, onKey), entries: map[string]*kit.TextEntry{}, onSave: onSave}
	f.Kind = kind
	f.heading = kit.SectionHeading("")
	f.heading.Truncation = fyne.TextTruncateEllipsis
	f.Message = kit.MessageLabel()
	f.newButton = widget.NewButtonWithIcon(lang.X("form.new", "Nieuw"), theme.ContentAddIcon(), e.Safe(onNew))
	f.SaveButton = widget.NewButtonWithIcon(lang.X("form.save", "Opslaan"), theme.DocumentSaveIcon(), e.Safe(onSave))
	f.SaveButton.Importance = widget.HighImportance
	f.deleteButton = widget.NewButtonWithIcon(lang.X("form.delete", "Verwijderen"), theme.DeleteIcon(), e.Safe(onDelete))
	f.deleteButton.Importance = widget.DangerImportance
	f.historyButton = widget.NewButtonWithIcon(lang.X("history.button", "Geschiedenis"), theme.HistoryIcon(), e.Safe(func() {
		if f.id != "" {
			e.ShowHistory(f.Kind, f.id, f.title, f.afterRestore)
		}
	}))
	e.KeepDrafts(kind, &f.FormState, func() string { return say.Join(" ", f.Kind, f.title) })
	return f
}

// formWidth is the widest a record form is drawn.
const formWidth = 1100

// build puts the form together: the heading, body in a scroll, and the
// message and buttons at the bottom.
func (f *recordForm) build(body fyne.CanvasObject) fyne.CanvasObject {
	f.body = body
	buttons := container.NewHBox(f.newButton, f.historyButton, layout.NewSpacer(), f.deleteButton, f.SaveButton)
	f.scroll = kit.VScroll(body)
	bottom := container.NewVBox(f.Message, buttons)
	if f.tools != nil {
		bottom = container.NewVBox(f.Message, f.tools, buttons)
	}
	// At most formWidth wide: on a large screen the fields do not stretch
	// over the whole width, and Opslaan stays near them.
	panel := container.New(&kit.AtMost{Width: formWidth}, container.NewBorder(f.heading, bottom, nil, nil, f.scroll))
	f.Panel = panel
	return panel
}

// fields lays out label, field pairs as the form's fields: beside each
// other where there is room, the label above its field where not.
func (f *recordForm) fields(objs ...fyne.CanvasObject) *fyne.Container {
	c, l := kit.NewFormWrap(objs...)
	l.Reflow = f.relayout
	return c
}

// entry makes a form entry for a store field: it reports edits, passes the
// shortcut keys on, and loses its error mark as soon as the user edits it.
func (f *recordForm) entry(field string, multiLine bool) *kit.TextEntry {
	e := f.FormState.Entry(f.onKey, multiLine)
	e.OnChanged = kit.Safe1(f.env, e.OnChanged)
	if field != "" {
		f.entries[field] = e
	}
	return e
}

// dateEntry makes an entry for a date field, typed as dd-mm-jjjj, with a
// button beside it that picks the date from a calendar.
func (f *recordForm) dateEntry(field string) (*kit.TextEntry, fyne.CanvasObject) {
	e := f.entry(field, false)
	e.SetPlaceHolder(lang.X("form.date.hint", "dd-mm-jjjj"))
	var pick *widget.Button
	pick = widget.NewButtonWithIcon("", theme.CalendarIcon(), f.Safe(func() {
		start := f.store.Now()
		if iso, ok := data.ParseDate(e.Text); ok {
			start, _ = time.Parse("2006-01-02", iso)
		}
		var pop *widget.PopUp
		cal := widget.NewCalendar(start, kit.Safe1(f.env, func(t time.Time) {
			e.SetText(t.Format("02-01-2006"))
			pop.Hide()
		}))
		pop = widget.NewPopUp(cal, f.win.Canvas())
		at := fyne.CurrentApp().Driver().AbsolutePositionForObject(pick)
		pop.ShowAtPosition(at.Add(fyne.NewPos(0, pick.Size().Height)))
	}))
	pick.Importance = widget.LowImportance
	return e, container.NewBorder(nil, nil, nil, pick, e)
}

// relayout lays the fields out again after parts of the form were shown
// or hidden, which their container does not notice by itself.
func (f *recordForm) relayout() {
	f.scroll.Refresh() // the scroll resizes the fields to their new height
	f.body.Refresh()   // and they are laid out even when the height stayed
}

// beginLoad starts filling the form by code with rec (an empty Record for
// a new one): edits are not reported.
func (f *recordForm) beginLoad(rec data.Record) {
	f.Loading = true
	f.shownID, f.id = f.id, rec.ID
	f.Stored = rec.Values
}

// endLoad finishes filling the form with the record called title: what it
// holds now counts as saved. Another record than before starts at the top.
func (f *recordForm) endLoad(title string) {
	f.title = title
	id := f.id
	if id != f.shownID && f.scroll != nil {
		f.scroll.ScrollToTop()
	}
	f.FormState.EndLoad()
	f.ClearMessage()
	if id == "" {
		f.heading.SetText(f.newHeading)
		f.deleteButton.Disable()
		f.historyButton.Disable()
	} else {
		f.heading.SetText(title)
		f.deleteButton.Enable()
		f.historyButton.Enable()
	}
	f.Changed()
}

// whenDiscarded runs then at once when the form has no unsaved changes,
// and otherwise after the user chose to save them (and the save worked)
// or to throw them away; going back to the form runs cancel.
func (f *recordForm) whenDiscarded(then, cancel func()) {
	if !f.Edited() {
		then()
		return
	}
	msg := f.discardNew
	if f.id != "" {
		msg = lang.X("form.discard.question", "U heeft de gegevens van {{.Name}} gewijzigd maar niet opgeslagen. Wilt u de wijzigingen opslaan of weggooien?",
			map[string]any{"Name": strings.TrimSpace(f.title)})
	}
	f.AskSave(lang.X("form.discard.title", "Wijzigingen niet opgeslagen"), msg,
		lang.X("form.save", "Opslaan"), lang.X("form.discard.yes", "Weggooien"), lang.X("form.discard.no", "Terug naar het formulier"),
		func() bool { f.onSave(); return !f.Edited() }, nil, then, cancel)
}

// showError shows a store error under the form and marks the field at fault.
func (f *recordForm) showError(err error) {
	msg := lang.X("form.error", "Er ging iets mis: {{.Err}}", map[string]any{"Err": err.Error()})
	var field *kit.TextEntry
	if e, ok := data.AsError(err); ok {
		msg = say.Error(err)
		if e.Kind == f.Kind {
			field = f.entries[e.Field]
		}
	}
	f.Fail(msg, field)
}

// choiceSelect is a Select that shows labels and stands for ids: record ids
// or the codes of an enum. It may offer a "(geen)" option.
type choiceSelect struct {
	*widget.Select
	none  string            // the "nothing chosen" option; "" when there is none
	ids   map[string]string // label -> id
	label map[string]string // id -> label
	quiet bool              // options are being set: the choice did not change
}

func newChoiceSelect(none string, onChanged func()) *choiceSelect {
	c := &choiceSelect{none: none, ids: map[string]string{}, label: map[string]string{}}
	c.Select = widget.NewSelect(nil, func(string) {
		if onChanged != nil && !c.quiet {
			onChanged()
		}
	})
	return c
}

// setOptions offers ids under labels, after the "(geen)" option, keeping the
// chosen id when it is still offered. Equal labels get a mark to tell
// them apart.
func (c *choiceSelect) setOptions(ids, labels []string) {
	chosen := c.chosen()
	c.ids, c.label = map[string]string{}, map[string]string{}
	var opts []string
	if c.none != "" {
		opts = append(opts, c.none)
	}
	for i, id := range ids {
		l := labels[i]
		for _, taken := c.ids[l]; taken || l == c.none; _, taken = c.ids[l] {
			l += " ·"
		}
		c.ids[l], c.label[id] = id, l
		opts = append(opts, l)
	}
	c.quiet = true
	defer func() { c.quiet = false }()
	c.Select.Options = opts
	c.choose(chosen)
}

// setChoices offers the codes of an enum under their labels in the
// window's language.
func (c *choiceSelect) setChoices(choices []data.Choice) {
	ids, labels := make([]string, len(choices)), make([]string, len(choices))
	for i, ch := range choices {
		ids[i], labels[i] = ch.Code, say.Choice(choices, ch.Code)
	}
	c.setOptions(ids, labels)
}

// chosen is the id of the chosen option, "" for none.
func (c *choiceSelect) chosen() string { return c.ids[c.Selected] }

// choose selects the option of id; an id not offered selects "(geen)", or
// nothing when there is no such option.
func (c *choiceSelect) choose(id string) {
	if l, ok := c.label[id]; ok {
		c.SetSelected(l)
	} else if c.none != "" {
		c.SetSelected(c.none)
	} else {
		c.ClearSelected()
	}
}

// withOpenButton puts a small button that opens the chosen record beside a select.
func withOpenButton(s *choiceSelect, open func(id string)) fyne.CanvasObject {
	b := widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() {
		if id := s.chosen(); id != "" {
			open(id)
		}
	})
	b.Importance = widget.LowImportance
	return container.NewBorder(nil, nil, nil, b, s.Select)
}

// region is the municipalities the forms offer: those of the coordinators'
// clusters first, then the rest of the safety regions (Noord-Holland).
type region struct {
	munis map[string]data.Record
	all   []string // every municipality, in Dutch order
	own   []string // the municipalities of the clusters, in Dutch order
	more  []string // the other municipalities of the safety regions, not retired, in Dutch order
}

func loadRegion(e *env) region {
	r := region{munis: map[string]data.Record{}}
	clusters, err := e.store.List(e.ctx, data.KindCluster)
	if err != nil {
		fyne.LogError("list clusters", err)
	}
	inCluster := map[string]bool{}
	for _, cl := range clusters {
		for _, id := range cl.List(data.Cluster.MunicipalityIDs) {
			inCluster[id] = true
		}
	}
	munis, err := e.store.List(e.ctx, data.KindMunicipality)
	if err != nil {
		fyne.LogError("list municipalities", err)
	}
	for _, m := range munis {
		r.munis[m.ID] = m
		r.all = append(r.all, m.ID)
		switch {
		case inCluster[m.ID]:
			r.own = append(r.own, m.ID)
		case m.Get(data.Municipality.SafetyRegion) != "" && m.Get(data.Municipality.Retired) != "true":
			r.more = append(r.more, m.ID)
		}
	}
	return r
}

// name is how a form shows municipality id.
func (r region) name(id string) string {
	m, ok := r.munis[id]
	if !ok {
		return id
	}
	if m.Get(data.Municipality.Retired) == "true" {
		return lang.X("form.municipality.retired", "{{.Name}} (opgeheven)", map[string]any{"Name": m.Get(data.Municipality.Name)})
	}
	return m.Get(data.Municipality.Name)
}

// names are the names of ids.
func (r region) names(ids []string) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = r.name(id)
	}
	return out
}

// refuseDelete shows why the store will not delete the record in the form:
// its reason under the form, and in a dialog titled title with a hint on
// what to do first.
func (f *recordForm) refuseDelete(title, hint string, err error) {
	e, ok := data.AsError(err)
	if !ok || e.Code != data.CodeInUse {
		f.showError(err)
		return
	}
	reason := say.Error(err) + "."
	f.ShowMessage(reason, widget.DangerImportance)
	dialog.NewInformation(title, reason+"\n\n"+hint, f.win).Show()
}

// errDryRun undoes a trial write.
var errDryRun = errors.New("dry run")

// deleteRefused is the store's reason not to delete a record (a *data.Error
// with CodeInUse when other records still point at it), found by trying the
// delete in a transaction that is then rolled back; nil when it may go.
func deleteRefused(e *env, kind, id string) error {
	err := e.store.Write(e.ctx, func(t *data.Tx) error {
		if err := t.Delete(kind, id); err != nil {
			return err
		}
		return errDryRun
	})
	if errors.Is(err, errDryRun) {
		return nil
	}
	return err
}
