package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"ketenregie/app/kit"
	"ketenregie/data"
)

// recordScreen is the one way a list-and-form screen works (Organisaties,
// Ketenafspraken, Contacten): a search and filters over a list on the
// left, the form of the chosen record on the right. It opens, saves,
// deletes, asks before edits are thrown away, answers the shortcut keys and
// takes in a colleague's change; what differs per kind is a recordSpec.
type recordScreen struct {
	*env
	self   screen // the kind's screen, which the window knows
	spec   recordSpec
	form   *recordForm
	search *kit.TextEntry
	count  *widget.Label
	view   *recordList
}

// recordSpec is what a kind's screen adds to recordScreen.
type recordSpec struct {
	kind string

	// read gives the record as the form shows it (an agreement with its
	// parties folded in); nil reads it from the store.
	read func(id string) (data.Record, error)
	// load fills the form with rec; an empty Record empties it.
	load func(rec data.Record)
	// fields are the store's fields of the record as the form has them;
	// nil takes the form's values (which may hold more, such as an
	// agreement's parties).
	fields func() map[string]string
	// list shows the records the search and filters let through, in the
	// list and in the count above it.
	list func()
	// choices rereads what the form and the filters offer; may be nil.
	choices func()
	// showAll clears the search and filters, so a saved record they
	// would hide shows in the list.
	showAll func()
	// first is the field a new record starts in.
	first func() fyne.Focusable
	// write saves, in the same transaction as the record, what it has
	// beside its fields (an agreement's parties); may be nil.
	write func(t *data.Tx, id string) error
	// take takes a stored record into a form with edits; nil does what
	// formState.takeStored does.
	take func(rec data.Record)
	// owner gives the record of this kind another kind's record belongs
	// to (the agreement of a party), for OpenRecord; may be nil.
	owner func(kind, id string) (string, bool)

	// The question before deleting, and why deleting was refused.
	deleteTitle    string
	deleteQuestion func(title string) string
	inUseTitle     string
	inUseHint      string
	// deleted runs after a record was deleted; may be nil.
	deleted func()
}

// newRecordScreen makes the frame for self; the screen then sets the spec,
// builds its form (newForm), filters and list, and calls begin.
func newRecordScreen(e *env, self screen, kind, searchHint string) *recordScreen {
	s := &recordScreen{env: e, self: self, spec: recordSpec{kind: kind}}
	s.search = kit.NewTextEntry(s.shortcut)
	s.search.SetPlaceHolder(searchHint)
	s.search.OnChanged = func(string) { s.list() }
	s.count = widget.NewLabel("")
	s.count.Truncation = fyne.TextTruncateEllipsis
	s.view = newRecordList(e, s.selected)
	e.Guard(s.search)
	return s
}

// newForm makes the screen's form, wired to the screen's New, Save and Delete.
func (s *recordScreen) newForm() *recordForm {
	s.form = newRecordForm(s.env, s.spec.kind, s.shortcut, s.newRecord, s.save, s.confirmDelete)
	s.form.afterRestore = func() {
		s.Refresh()
		s.RefreshOthers(s.self)
	}
	return s.form
}

// begin fills the screen for the first time.
func (s *recordScreen) begin() {
	s.choices()
	s.list()
	s.spec.load(data.Record{})
}

func (s *recordScreen) list() {
	if s.form != nil && s.spec.list != nil {
		s.spec.list()
	}
}

func (s *recordScreen) choices() {
	if s.spec.choices != nil {
		s.spec.choices()
	}
}

func (s *recordScreen) read(id string) (data.Record, error) {
	if s.spec.read != nil {
		return s.spec.read(id)
	}
	return s.store.Get(s.ctx, s.spec.kind, id)
}

// Refresh rereads the choices and the list; an edit in progress stays in
// the form and takes in a colleague's change of the fields the user left
// alone; otherwise the form shows the record as stored now.
func (s *recordScreen) Refresh() {
	s.choices()
	s.list()
	if !s.form.Edited() {
		s.reopen()
		return
	}
	if s.form.id == "" {
		return
	}
	rec, err := s.read(s.form.id)
	if err != nil {
		return // deleted elsewhere: the form keeps what was typed
	}
	if s.spec.take != nil {
		s.spec.take(rec)
	} else {
		s.form.TakeStored(s.env, rec, s.spec.load)
	}
	s.form.relayout()
}

// reopen shows the record in the form as stored, or an empty form when it is gone.
func (s *recordScreen) reopen() {
	rec := data.Record{}
	if s.form.id != "" {
		if r, err := s.read(s.form.id); err == nil {
			rec = r
		}
	}
	s.spec.load(rec)
}

// open shows record id in the form.
func (s *recordScreen) open(id string) {
	rec, err := s.read(id)
	if err != nil {
		s.ShowError(err)
		return
	}
	s.spec.load(rec)
}

// selected is the user choosing a record in the list.
func (s *recordScreen) selected(id string) {
	if id == s.form.id {
		return
	}
	s.form.whenDiscarded(func() { s.open(id) }, func() { s.view.selectID(s.form.id) })
}

// newRecord empties the form for a new record.
func (s *recordScreen) newRecord() {
	s.form.whenDiscarded(func() {
		s.spec.load(data.Record{})
		if s.spec.first != nil {
			s.win.Canvas().Focus(s.spec.first())
		}
	}, nil)
}

// save stores the form: a new record, or the fields the user changed (a
// colleague's change of another field, taken in while the form was open,
// stays), with what spec.write adds, in one transaction. On an error
// nothing is saved and the form says what to correct.
func (s *recordScreen) save() {
	f := s.form
	if f.id != "" && !f.Edited() {
		return
	}
	f.ClearMessage()
	vals := f.Values()
	if s.spec.fields != nil {
		vals = s.spec.fields()
	}
	id := f.id
	err := s.store.Write(s.ctx, func(t *data.Tx) error {
		var err error
		if id == "" {
			if id, err = t.Create(s.spec.kind, vals); err != nil {
				return err
			}
		} else if changed := f.ChangedFields(vals); len(changed) > 0 {
			if err := t.Update(s.spec.kind, id, changed); err != nil {
				return err
			}
		}
		if s.spec.write != nil {
			return s.spec.write(t, id)
		}
		return nil
	})
	if err != nil {
		f.showError(err)
		return
	}
	s.choices()
	s.open(id)
	s.list()
	if s.view.index(id) < 0 && s.spec.showAll != nil {
		s.spec.showAll() // show the saved record, even if the search or a filter would hide it
		s.list()
	}
	s.view.selectID(id)
	f.ShowMessage(lang.X("form.saved", "{{.Name}} is opgeslagen.", map[string]any{"Name": f.title}), widget.SuccessImportance)
	s.RefreshOthers(s.self)
}

// confirmDelete says why the record cannot be deleted while others point
// at it, and otherwise asks first.
func (s *recordScreen) confirmDelete() {
	if s.form.id == "" {
		return
	}
	id, title := s.form.id, s.form.title
	if err := deleteRefused(s.env, s.spec.kind, id); err != nil {
		s.refuseDelete(err)
		return
	}
	s.Ask(s.spec.deleteTitle, s.spec.deleteQuestion(title),
		lang.X("form.delete", "Verwijderen"), lang.X("form.cancel", "Annuleren"),
		func() { s.delete(id, title) }, nil)
}

func (s *recordScreen) refuseDelete(err error) {
	s.form.refuseDelete(s.spec.inUseTitle, s.spec.inUseHint, err)
}

func (s *recordScreen) delete(id, title string) {
	if err := s.store.Delete(s.ctx, s.spec.kind, id); err != nil {
		s.refuseDelete(err)
		return
	}
	s.spec.load(data.Record{})
	s.choices()
	s.list()
	if s.spec.deleted != nil {
		s.spec.deleted()
	}
	s.RefreshOthers(s.self)
	s.Deleted(title, s.spec.kind, id)
}

// shortcut handles Ctrl+F (search), Ctrl+N (new) and Ctrl+S (save), Cmd
// on macOS, and Escape (give up the edits in the form, after asking).
func (s *recordScreen) shortcut(key fyne.KeyName) bool {
	switch key {
	case fyne.KeyF:
		s.win.Canvas().Focus(s.search)
	case fyne.KeyN:
		s.newRecord()
	case fyne.KeyS:
		s.save()
	case fyne.KeyEscape:
		if !s.form.Edited() {
			return false
		}
		s.form.whenDiscarded(s.reopen, nil)
	default:
		return false
	}
	return true
}

// Dirty reports unsaved edits in the form.
func (s *recordScreen) Dirty() bool { return s.form.Edited() }

// WhenDiscarded runs then once the form's edits are saved or given up.
func (s *recordScreen) WhenDiscarded(then, cancel func()) { s.form.whenDiscarded(then, cancel) }

// Shortcut handles the window's shortcut keys for this screen.
func (s *recordScreen) Shortcut(key fyne.KeyName) bool { return s.shortcut(key) }

// OpenRecord shows a record of the screen's kind, or the one another
// kind's record belongs to, in the form.
func (s *recordScreen) OpenRecord(kind, id string) {
	if kind != s.spec.kind {
		if s.spec.owner == nil {
			return
		}
		var ok bool
		if id, ok = s.spec.owner(kind, id); !ok {
			return
		}
	}
	if id == s.form.id {
		return
	}
	s.form.whenDiscarded(func() {
		s.open(id)
		if s.view.index(id) < 0 && s.spec.showAll != nil {
			s.spec.showAll() // show it in the list too, even if the search or a filter would hide it
			s.list()
			s.view.selectID(id)
		}
	}, nil)
}
