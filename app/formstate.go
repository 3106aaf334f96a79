package app

import (
	"errors"
	"maps"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// formState is what every form of the program keeps to tell unsaved edits
// from what it loaded, to offer Save only when there is something to save,
// and to say under the fields what went wrong or was saved. recordForm,
// the cluster and assessment editors and the plan's details embed one.
type formState struct {
	values     func() map[string]string // everything the user can change
	canSave    func() bool              // when Save is offered; nil: when dirty
	loaded     map[string]string        // values() as last loaded or saved
	loading    bool                     // the form is being filled by code: edits are not reported
	errEntry   *textEntry               // the entry marked as wrong, if any
	message    *widget.Label            // what went wrong or was saved; nil when the form has none of its own
	panel      fyne.CanvasObject        // laid out again when the message shows or hides; may be nil
	saveButton *widget.Button           // may be nil
}

// entry makes a form entry that reports edits, passes the shortcut keys to
// onKey, and loses its error mark as soon as the user edits it.
func (f *formState) entry(onKey func(fyne.KeyName) bool, multiLine bool) *textEntry {
	e := newTextEntry(onKey)
	e.AlwaysShowValidationError = true // room for the error mark from the start: no jumping layout
	if multiLine {
		e.MultiLine = true
		e.Wrapping = fyne.TextWrapWord
	}
	e.OnChanged = func(string) {
		if f.errEntry == e && !f.loading {
			e.SetValidationError(nil)
			f.errEntry = nil
		}
		f.changed()
	}
	return e
}

// endLoad finishes filling the form by code: what it holds now counts as
// saved.
func (f *formState) endLoad() {
	f.loading = false
	f.loaded = f.values()
}

// changedFields are the fields of vals that differ from what was loaded:
// an update writes only what the user changed, so it does not overwrite
// another coordinator's edit of a field this user left alone.
func (f *formState) changedFields(vals map[string]string) map[string]string {
	out := map[string]string{}
	for k, v := range vals {
		if old, ok := f.loaded[k]; !ok || old != v {
			out[k] = v
		}
	}
	return out
}

// merged is what a form that is being edited shows when the record
// changed underneath it (a colleague's file came in): the stored values,
// with the user's own edits on top. theirs are the fields the colleague
// changed that the user did not; clash those both changed (the user's
// value stays in the form, and saving writes it).
func merged(before, stored, mine map[string]string) (values map[string]string, theirs, clash []string) {
	values = maps.Clone(stored)
	for k, v := range stored {
		if before[k] == v {
			continue
		}
		if _, ok := mine[k]; ok {
			clash = append(clash, k)
		} else {
			theirs = append(theirs, k)
		}
	}
	for k, v := range mine {
		values[k] = v
	}
	slices.Sort(theirs)
	slices.Sort(clash)
	return values, theirs, clash
}

// dirty reports whether the form holds changes that are not saved.
func (f *formState) dirty() bool {
	return f.loaded != nil && !maps.Equal(f.values(), f.loaded)
}

// changed follows an edit of any field: Save is only offered when there is
// something to save.
func (f *formState) changed() {
	if f.loading || f.saveButton == nil {
		return
	}
	save := f.dirty
	if f.canSave != nil {
		save = f.canSave
	}
	if save() {
		f.saveButton.Enable()
	} else {
		f.saveButton.Disable()
	}
}

// mark marks entry as wrong, saying msg, and takes the mark off the entry
// marked before.
func (f *formState) mark(entry *textEntry, msg string) {
	f.unmark()
	entry.SetValidationError(errors.New(msg))
	f.errEntry = entry
}

func (f *formState) unmark() {
	if f.errEntry != nil {
		f.errEntry.SetValidationError(nil)
		f.errEntry = nil
	}
}

// fail shows msg as an error under the form and marks field, if given.
func (f *formState) fail(msg string, field *textEntry) {
	if field != nil {
		f.mark(field, msg)
	}
	f.showMessage(msg, widget.DangerImportance)
}

func (f *formState) showMessage(msg string, importance widget.Importance) {
	f.message.Importance = importance
	f.message.SetText(msg)
	f.message.Show()
	if f.panel != nil {
		f.panel.Refresh() // make room for the message above the buttons
	}
}

// clearMessage takes the message and the error mark away.
func (f *formState) clearMessage() {
	if f.message != nil && f.message.Visible() {
		f.message.SetText("")
		f.message.Hide()
		if f.panel != nil {
			f.panel.Refresh()
		}
	}
	f.unmark()
}
