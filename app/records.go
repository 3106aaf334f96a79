package app

import (
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"ketenregie/app/kit"
	"ketenregie/data"
)

// Small helpers that read the store for more than one screen.

// dueWithin is how far ahead the overview looks for evaluations and end dates.
const dueWithin = 60

// today is the store's date as YYYY-MM-DD, and the date dueWithin days on.
func today(s *data.Store) (string, string) {
	now := s.Now()
	return now.Format("2006-01-02"), now.AddDate(0, 0, dueWithin).Format("2006-01-02")
}

// dueCell shows an agreement date, marked red with "te laat" when it has
// passed and orange when it is within dueWithin days.
func dueCell(date, status, today, soon string) kit.Cell {
	c := kit.Plain(data.FormatDate(date))
	if date == "" || data.AgreementEnded(status) {
		return c
	}
	switch {
	case date < today:
		c.Text = lang.X("agreements.overdue", "{{.Date}} (te laat)", map[string]any{"Date": c.Text})
		c.Importance = widget.DangerImportance
	case date <= soon:
		c.Importance = widget.WarningImportance
	}
	return c
}
