package app

import (
	"errors"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ketenregie/app/kit"
	"ketenregie/app/say"
	"ketenregie/data"
	"ketenregie/export"
)

// A record's history, as the change log has it: every change with its
// date and time, the colleague (the person and the device's name, as
// Collega's shows them), the field, the value before and after, whether it
// came from an exchange file, and the conflicts and their resolutions. A
// value forgotten for the AVG shows as erased, never as it was. An old
// value can be put back: as a new change, the log is never rewritten.

// historyRow is one row of the history: a change and whether its old value
// can be put back.
type historyRow struct {
	change  data.FieldChange
	restore string // the value to put back; "" with can false when there is none
	can     bool
}

// historyView is the history of one record: the table of its changes, and
// the button that puts a chosen change's old value back.
type historyView struct {
	table   *kit.RowTable
	restore *widget.Button
	content fyne.CanvasObject
	done    func() // closes what shows the view, after a value was put back
}

// ShowHistory shows the history of record kind id in a dialog; after runs
// when an old value was put back.
func (e *env) ShowHistory(kind, id, title string, after func()) {
	v, err := e.newHistoryView(kind, id, after)
	if err != nil {
		e.ShowError(err)
		return
	}
	d := dialog.NewCustom(lang.X("history.title", "Geschiedenis van {{.Title}}", map[string]any{"Title": title}),
		lang.X("history.close", "Sluiten"), v.content, e.win)
	v.done = d.Hide
	d.Show()
	size := e.win.Canvas().Size()
	d.Resize(fyne.NewSize(min(1000, size.Width-40), min(560, size.Height-40)))
}

// newHistoryView reads the history of record kind id.
func (e *env) newHistoryView(kind, id string, after func()) (*historyView, error) {
	k := data.KindNamed(kind)
	h, err := e.store.History(e.ctx, kind, id)
	if err != nil {
		return nil, err
	}
	if len(h) == 0 {
		return nil, errors.New(lang.X("history.none", "Van dit record staat niets in het logboek."))
	}
	slices.Reverse(h) // the latest first
	words := data.Words{Choice: say.Choice, Erased: lang.X("history.erased", "gewist (AVG)"), Empty: lang.X("history.empty", "(leeg)"),
		Yes: lang.X("history.yes", "ja"), No: lang.X("history.no", "nee"),
		Title: export.Titles(e.ctx, e.store)}
	value := func(field, v string, erased bool) string {
		t := strings.Join(strings.Fields(data.ValueText(k, field, v, erased, words)), " ")
		if r := []rune(t); len(r) > 80 {
			t = string(r[:79]) + "…"
		}
		return t
	}
	var rows []historyRow
	var cells [][]kit.Cell
	for _, c := range h {
		r := historyRow{change: c}
		what := ""
		switch c.Field {
		case data.FieldExists:
			what = lang.X("history.deleted", "verwijderd")
			if c.Value == "true" {
				what = lang.X("history.made", "aangemaakt of teruggezet")
			}
		case data.FieldErased:
			what = lang.X("history.forgotten", "gewist (AVG)")
		default:
			var old []string
			for i, v := range c.Old {
				old = append(old, value(c.Field, v, c.OldErased[i]))
			}
			what = value(c.Field, c.Value, c.Erased)
			if len(old) > 0 {
				what = strings.Join(old, " / ") + " → " + what
			}
			if _, known := k.Field(c.Field); known && len(c.Old) == 1 && !c.OldErased[0] && c.Old[0] != c.Value {
				r.restore, r.can = c.Old[0], true
			}
		}
		switch {
		case c.Resolves:
			what += " " + lang.X("history.resolved", "(conflict opgelost)")
		case c.Concurrent:
			what += " " + lang.X("history.conflict", "(conflict)")
		}
		from := lang.X("history.here", "deze computer")
		if c.Remote {
			from = lang.X("history.file", "uitwisselbestand")
		}
		when := c.Time.Local().Format("02-01-2006 15:04")
		if c.Device == data.ReferenceOrigin {
			when, from = "—", lang.X("history.reference", "referentiegegevens")
		}
		field := say.Field(kind, c.Field)
		if c.Field == data.FieldExists || c.Field == data.FieldErased {
			field = say.Capitalise(say.Kind(kind))
		}
		rows = append(rows, r)
		cells = append(cells, []kit.Cell{kit.Plain(when), kit.Plain(c.Colleague()), kit.Plain(say.Capitalise(field)),
			kit.Plain(what), kit.Plain(from)})
	}
	table := kit.NewRowTable([]kit.Column{
		{Title: lang.X("history.col.when", "Wanneer"), Min: 145},
		{Title: lang.X("history.col.who", "Collega"), Min: 130, Weight: 1},
		{Title: lang.X("history.col.field", "Veld"), Min: 160},
		{Title: lang.X("history.col.change", "Wijziging"), Min: 240, Weight: 3},
		{Title: lang.X("history.col.from", "Herkomst"), Min: 135},
	})
	table.SetRows(cells, -1)
	v := &historyView{table: table}
	restore := widget.NewButtonWithIcon(lang.X("history.restore", "Deze waarde terugzetten"), theme.HistoryIcon(), nil)
	restore.Disable()
	table.OnSelect = kit.Safe1(e, func(i int) {
		if i >= 0 && i < len(rows) && rows[i].can {
			restore.Enable()
		} else {
			restore.Disable()
		}
	})
	restore.OnTapped = e.Safe(func() {
		i := table.Selected
		if i < 0 || i >= len(rows) || !rows[i].can {
			return
		}
		r := rows[i]
		field := say.Field(kind, r.change.Field)
		e.Ask(lang.X("history.restore.title", "Waarde terugzetten"),
			lang.X("history.restore.question", "{{.Field}} weer op “{{.Value}}” zetten? Dit wordt een nieuwe wijziging; de geschiedenis blijft zoals ze is.",
				map[string]any{"Field": say.Capitalise(field), "Value": value(r.change.Field, r.restore, false)}),
			lang.X("history.restore.yes", "Terugzetten"), lang.X("history.restore.no", "Annuleren"),
			func() {
				err := e.store.Write(e.ctx, func(t *data.Tx) error {
					return t.Update(kind, id, map[string]string{r.change.Field: r.restore})
				})
				if err != nil {
					e.ShowError(err)
					return
				}
				if v.done != nil {
					v.done()
				}
				if after != nil {
					after()
				}
			}, nil)
	})
	note := kit.Hint(lang.X("history.note", "Elke wijziging staat in het logboek met wie hem maakte en wanneer. Terugzetten maakt een nieuwe wijziging; niets wordt uit de geschiedenis verwijderd."))
	v.restore = restore
	v.content = container.NewBorder(nil, container.NewVBox(note, container.NewHBox(restore)), nil, nil, table.Content())
	return v, nil
}
