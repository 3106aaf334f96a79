package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Ask shows a question over win with a dangerous yes and a safe no; a
// panic in the answer's action is reported by r.
func Ask(r Recoverer, win fyne.Window, title, msg, yes, no string, onYes, onNo func()) {
	d := dialog.NewConfirm(title, msg, Safe1(r, func(ok bool) {
		if ok {
			onYes()
		} else if onNo != nil {
			onNo()
		}
	}), win)
	d.SetConfirmText(yes)
	d.SetDismissText(no)
	d.SetConfirmImportance(widget.DangerImportance)
	d.Show()
}

// AskSave asks what to do with changes not saved: save them (save reports
// whether that worked), throw them away, or go back to them. Then runs
// after a save that worked or a discard; back after going back or a save
// that failed (whose message the form shows).
func AskSave(r Recoverer, win fyne.Window, title, msg, saveText, discardText, backText string, save func() bool, discard, then, back func()) {
	var d *dialog.CustomDialog
	label := widget.NewLabel(msg)
	label.Wrapping = fyne.TextWrapWord
	after := func(f func()) func() {
		return func() {
			d.Hide()
			if f != nil {
				f()
			}
		}
	}
	saveB := widget.NewButtonWithIcon(saveText, theme.DocumentSaveIcon(), after(func() {
		if save() {
			then()
		} else if back != nil {
			back()
		}
	}))
	saveB.Importance = widget.HighImportance
	discardB := widget.NewButton(discardText, after(func() {
		if discard != nil {
			discard()
		}
		then()
	}))
	discardB.Importance = widget.DangerImportance
	backB := widget.NewButton(backText, after(back))
	body := container.NewVBox(label, container.NewHBox(layout.NewSpacer(), backB, discardB, saveB))
	GuardTree(r, body)
	d = dialog.NewCustomWithoutButtons(title, body, win)
	d.Resize(fyne.NewSize(560, d.MinSize().Height))
	d.Show()
}
