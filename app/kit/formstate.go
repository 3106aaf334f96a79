package kit

import (
	"context"
	"errors"
	"maps"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"ketenregie/app/say"
	"ketenregie/data"
)

// Reader is what a form reads the store through: the window's shell.
type Reader interface {
	Store() *data.Store
	Ctx() context.Context
}

// FormState is what every form of the program keeps to tell unsaved edits
// from what it loaded, to offer Save only when there is something to save,
// and to say under the fields what went wrong or was saved. recordForm,
// the cluster and assessment editors and the plan's details embed one.
type FormState struct {
	Values     func() map[string]string // everything the user can change
	CanSave    func() bool              // when Save is offered; nil: when dirty
	Loaded     map[string]string        // values() as last loaded or saved
	Loading    bool                     // the form is being filled by code: edits are not reported
	ErrEntry   *TextEntry               // the entry marked as wrong, if any
	Message    *widget.Label            // what went wrong or was saved; nil when the form has none of its own
	Panel      fyne.CanvasObject        // laid out again when the message shows or hides; may be nil
	SaveButton *widget.Button           // may be nil

	Kind   string            // the kind of record edited, for messages and error marks
	Stored map[string]string // the record as last read from the store, in its terms
	// Describe is how a message names a field and shows its value in the
	// form; nil: DescribeField. A form sets it to show choices by their
	// label and ids by name.
	Describe func(field, value string) string
}

// Entry makes a form entry that reports edits, passes the shortcut keys to
// onKey, and loses its error mark as soon as the user edits it.
func (f *FormState) Entry(onKey func(fyne.KeyName) bool, multiLine bool) *TextEntry {
	e := NewTextEntry(onKey)
	e.AlwaysShowValidationError = true // room for the error mark from the start: no jumping layout
	if multiLine {
		e.MultiLine = true
		e.Wrapping = fyne.TextWrapWord
	}
	e.OnChanged = func(string) {
		if f.ErrEntry == e && !f.Loading {
			e.SetValidationError(nil)
			f.ErrEntry = nil
		}
		f.Changed()
	}
	return e
}

// EndLoad finishes filling the form by code: what it holds now counts as
// saved.
func (f *FormState) EndLoad() {
	f.Loading = false
	f.Loaded = f.Values()
}

// ChangedFields are the fields of vals that differ from what was loaded:
// an update writes only what the user changed, so it does not overwrite
// another coordinator's edit of a field this user left alone.
func (f *FormState) ChangedFields(vals map[string]string) map[string]string {
	out := map[string]string{}
	for k, v := range vals {
		if old, ok := f.Loaded[k]; !ok || old != v {
			out[k] = v
		}
	}
	return out
}

// TakeStored follows a change of the record being edited that came from
// elsewhere (a colleague's file read in meanwhile): rec is the record as
// stored now, fill loads a record into the form by code as opening one
// does. The fields the user did not touch take the stored values, the
// user's edits stay, and the message says what changed and by whom.
// Saving then writes only the user's edits (changedFields). It reports
// whether the form took anything in.
func (f *FormState) TakeStored(e Reader, rec data.Record, fill func(data.Record)) bool {
	if maps.Equal(rec.Values, f.Stored) {
		return false // nothing new: the form, its cursor and message stay as they are
	}
	before, mine := f.Loaded, f.ChangedFields(f.Values())
	fill(rec)
	stored := f.Loaded
	vals, theirs, clash := Merged(before, stored, mine)
	fill(data.Record{Kind: rec.Kind, ID: rec.ID, Values: vals})
	f.Loaded, f.Stored = stored, rec.Values
	f.Changed()
	if len(theirs)+len(clash) > 0 {
		f.ShowMessage(f.changedElsewhere(e, rec.ID, theirs, clash, stored), widget.WarningImportance)
	}
	return true
}

// Merged is what a form that is being edited shows when the record
// changed underneath it: the stored values, with the user's own edits on
// top. before is what the form loaded, mine the user's edits. theirs are
// the fields the colleague changed that the user did not; clash those both
// changed to different values (the user's value stays in the form, and
// saving writes it).
func Merged(before, stored, mine map[string]string) (values map[string]string, theirs, clash []string) {
	values = maps.Clone(stored)
	for k, v := range stored {
		if before[k] == v {
			continue
		}
		if m, ok := mine[k]; !ok {
			theirs = append(theirs, k)
		} else if m != v {
			clash = append(clash, k)
		}
	}
	for k, v := range mine {
		values[k] = v
	}
	slices.Sort(theirs)
	slices.Sort(clash)
	return values, theirs, clash
}

// changedElsewhere says which fields of record id changed elsewhere, by
// whom and to what (stored), and which of them the user changed too.
func (f *FormState) changedElsewhere(e Reader, id string, theirs, clash []string, stored map[string]string) string {
	authors, err := e.Store().FieldAuthors(e.Ctx(), id)
	if err != nil {
		fyne.LogError("read who changed "+id, err)
	}
	describe := f.Describe
	if describe == nil {
		describe = func(field, v string) string { return DescribeField(f.Kind, field, v) }
	}
	var who []string
	list := func(fields []string) string {
		var parts []string
		for _, field := range fields {
			if a := authors[field]; a != "" && !slices.Contains(who, a) {
				who = append(who, a)
			}
			parts = append(parts, describe(field, stored[field]))
		}
		return strings.Join(parts, ", ")
	}
	taken, both := list(theirs), list(clash)
	if len(who) == 0 {
		who = append(who, lang.X("form.changed.colleague", "een collega"))
	}
	msg := changedBy(f.Kind, strings.Join(who, ", "))
	if taken != "" {
		msg += " " + lang.X("form.changed.taken", "Overgenomen: {{.Fields}}.", map[string]any{"Fields": taken})
	}
	if both != "" {
		msg += " " + lang.X("form.changed.clash", "Ook door u gewijzigd, uw waarde blijft staan en wordt opgeslagen: {{.Fields}}.", map[string]any{"Fields": both})
	}
	return msg + " " + lang.X("form.changed.yours", "Uw eigen wijzigingen staan er nog.")
}

// changedBy is the sentence that opens the message: a record of kind was
// changed meanwhile by who.
func changedBy(kind, who string) string {
	args := map[string]any{"Who": who}
	switch kind {
	case "contact":
		return lang.X("form.changed.contact", "Deze contactpersoon is intussen gewijzigd door {{.Who}}.", args)
	case "organisation":
		return lang.X("form.changed.organisation", "Deze organisatie is intussen gewijzigd door {{.Who}}.", args)
	case "agreement":
		return lang.X("form.changed.agreement", "Deze ketenafspraak is intussen gewijzigd door {{.Who}}.", args)
	case "cluster":
		return lang.X("form.changed.cluster", "Dit cluster is intussen gewijzigd door {{.Who}}.", args)
	case "activity":
		return lang.X("form.changed.activity", "Deze activiteit is intussen gewijzigd door {{.Who}}.", args)
	}
	return lang.X("form.changed.record", "Deze gegevens zijn intussen gewijzigd door {{.Who}}.", args)
}

// DescribeField is how a message names a field of kind and shows its
// value in the form, a choice's code or an id as it is; a form's describe
// names those first and then calls this.
func DescribeField(kind, field, v string) string {
	return say.Field(kind, field) + " " + ValueText(field, v)
}

// ValueText is how a message shows a field's value: long text and lists
// of municipalities in short.
func ValueText(field, v string) string {
	switch {
	case v == "":
		return lang.X("form.value.empty", "(leeg)")
	case field == "municipality_ids":
		return lang.X("form.value.municipalities", "({{.N}} gekozen)", map[string]any{"N": len(data.SplitIDs(v))})
	case field == "notes" || strings.Contains(v, "\n"):
		return lang.X("form.value.text", "(tekst)")
	}
	return data.FormatDate(v)
}

// Edited reports whether the form holds changes that are not saved.
func (f *FormState) Edited() bool {
	return f.Loaded != nil && !maps.Equal(f.Values(), f.Loaded)
}

// Changed follows an edit of any field: Save is only offered when there is
// something to save.
func (f *FormState) Changed() {
	if f.Loading || f.SaveButton == nil {
		return
	}
	save := f.Edited
	if f.CanSave != nil {
		save = f.CanSave
	}
	if save() {
		f.SaveButton.Enable()
	} else {
		f.SaveButton.Disable()
	}
}

// Mark marks entry as wrong, saying msg, and takes the Mark off the entry
// marked before.
func (f *FormState) Mark(entry *TextEntry, msg string) {
	f.Unmark()
	entry.SetValidationError(errors.New(msg))
	f.ErrEntry = entry
}

func (f *FormState) Unmark() {
	if f.ErrEntry != nil {
		f.ErrEntry.SetValidationError(nil)
		f.ErrEntry = nil
	}
}

// Fail shows msg as an error under the form and marks field, if given.
func (f *FormState) Fail(msg string, field *TextEntry) {
	if field != nil {
		f.Mark(field, msg)
	}
	f.ShowMessage(msg, widget.DangerImportance)
}

func (f *FormState) ShowMessage(msg string, importance widget.Importance) {
	f.Message.Importance = importance
	f.Message.SetText(msg)
	f.Message.Show()
	if f.Panel != nil {
		f.Panel.Refresh() // make room for the message above the buttons
	}
}

// ClearMessage takes the message and the error mark away.
func (f *FormState) ClearMessage() {
	if f.Message != nil && f.Message.Visible() {
		f.Message.SetText("")
		f.Message.Hide()
		if f.Panel != nil {
			f.Panel.Refresh()
		}
	}
	f.Unmark()
}
