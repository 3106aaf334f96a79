package planedit

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ketenregie/app/kit"
	"ketenregie/app/say"
	"ketenregie/data"
)

// planEditor is one plan opened on the Beleidsplannen screen: a header with
// the way back, the status and the actions on the plan, and tabs for the
// chapters' text, the goals and results, the uitvoeringsagenda, the version
// log and the plan's details.
//
// Text is saved as the coordinator types (see chapterText); the details and
// the goals are a form with a Save button, like the other screens.
type planEditor struct {
	Shell
	p    *Screen // the screen the editor is shown on
	id   string
	plan data.Record

	heading       *widget.Label
	sub           *kit.QuietText
	status        *widget.Select
	statusLoading bool
	saveButton    *widget.Button
	pdfButton     *widget.Button
	moreButton    *widget.Button
	message       *widget.Label

	tabs                                                  *container.AppTabs
	textTab, goalsTab, agendaTab, versionsTab, detailsTab *container.TabItem

	tree     *chapterTree
	text     *chapterText
	details  *planDetails
	agenda   *planAgenda
	versions *planVersions
	content  fyne.CanvasObject
}

func newPlanEditor(p *Screen, id string) *planEditor {
	ed := &planEditor{Shell: p.Shell, p: p, id: id}
	back := widget.NewButtonWithIcon(lang.X("plans.back", "Terug naar de lijst"), theme.NavigateBackIcon(), p.backToList)
	back.Importance = widget.LowImportance
	ed.heading = kit.SectionHeading("")
	ed.heading.Truncation = fyne.TextTruncateEllipsis
	ed.sub = kit.NewQuietText("").Truncated()
	ed.status = widget.NewSelect(say.Choices(data.PlanStatuses), ed.statusChosen)
	ed.saveButton = widget.NewButtonWithIcon(lang.X("plans.save", "Opslaan"), theme.DocumentSaveIcon(), ed.save)
	ed.saveButton.Importance = widget.HighImportance
	ed.saveButton.Disable()
	// The PDF of the plan: makePDF lives in plans_pdf.go.
	ed.pdfButton = widget.NewButtonWithIcon(lang.X("plans.pdf", "PDF maken"), theme.DocumentPrintIcon(), func() { p.makePDF(ed.id) })
	ed.moreButton = widget.NewButtonWithIcon("", theme.MoreVerticalIcon(), ed.showMore)
	ed.moreButton.Importance = widget.LowImportance
	ed.Guard(back, ed.status, ed.saveButton, ed.pdfButton, ed.moreButton)
	ed.message = kit.MessageLabel()

	ed.tree = newChapterTree(ed)
	ed.text = newChapterText(ed)
	ed.details = newPlanDetails(ed)
	ed.agenda = newPlanAgenda(ed)
	ed.versions = newPlanVersions(ed)

	split := container.NewHSplit(ed.tree.content, ed.text.content)
	split.Offset = 0.27
	ed.textTab = container.NewTabItemWithIcon(lang.X("plans.tab.text", "Tekst"), theme.FileTextIcon(), split)
	ed.goalsTab = container.NewTabItemWithIcon(lang.X("plans.tab.goals", "Doelen en resultaten"), theme.ConfirmIcon(), ed.details.goalsContent)
	ed.agendaTab = container.NewTabItemWithIcon(lang.X("plans.tab.agenda", "Uitvoeringsagenda"), theme.ListIcon(), ed.agenda.content)
	ed.versionsTab = container.NewTabItemWithIcon(lang.X("plans.tab.versions", "Versiebeheer"), theme.HistoryIcon(), ed.versions.content)
	ed.detailsTab = container.NewTabItemWithIcon(lang.X("plans.tab.details", "Gegevens"), theme.InfoIcon(), ed.details.content)
	ed.tabs = container.NewAppTabs(ed.textTab, ed.goalsTab, ed.agendaTab, ed.versionsTab, ed.detailsTab)

	statusBox := container.NewHBox(widget.NewLabel(lang.X("plans.status", "Status")), kit.WithMinWidth(ed.status, ed.status.Options...))
	top := container.NewBorder(nil, nil, back, container.NewHBox(statusBox, ed.pdfButton, ed.moreButton, ed.saveButton))
	header := container.NewVBox(top, container.NewPadded(container.NewVBox(ed.heading, ed.sub)), ed.message)
	ed.content = container.NewPadded(container.NewBorder(header, nil, nil, nil, ed.tabs))
	ed.load()
	return ed
}

// tab is the editor's tab named tab; nil for none.
func (ed *planEditor) tab(tab Tab) *container.TabItem {
	switch tab {
	case TextTab:
		return ed.textTab
	case GoalsTab:
		return ed.goalsTab
	case AgendaTab:
		return ed.agendaTab
	case VersionsTab:
		return ed.versionsTab
	case DetailsTab:
		return ed.detailsTab
	}
	return nil
}

// load reads the plan and everything shown about it.
func (ed *planEditor) load() {
	ed.loadPlan()
	ed.details.load(ed.plan)
	ed.tree.load()
	ed.agenda.load()
	ed.versions.load()
}

// loadPlan rereads the plan record for the header.
func (ed *planEditor) loadPlan() {
	rec, err := ed.Store().Get(ed.Ctx(), data.KindPlan, ed.id)
	if err != nil {
		fyne.LogError("read plan", err)
		return
	}
	ed.plan = rec
	ed.heading.SetText(rec.Get(data.Plan.Title))
	var parts []string
	if s := ed.scopeName(); s != "" {
		parts = append(parts, s)
	}
	if per := periodText(rec); per != "" {
		parts = append(parts, per)
	}
	if v := rec.Get(data.Plan.Version); v != "" {
		parts = append(parts, lang.X("plans.sub.version", "versie {{.Version}}", map[string]any{"Version": v}))
	}
	if a := rec.Get(data.Plan.Author); a != "" {
		parts = append(parts, a)
	}
	if d := rec.Get(data.Plan.AdoptedDate); rec.Get(data.Plan.Status) == data.PlanStatusVastgesteld && d != "" {
		parts = append(parts, lang.X("plans.sub.adopted", "vastgesteld op {{.Date}}", map[string]any{"Date": data.FormatDate(d)}))
	}
	ed.sub.SetText(strings.Join(parts, " · "))
	ed.statusLoading = true
	ed.status.SetSelected(say.Choice(data.PlanStatuses, rec.Get(data.Plan.Status)))
	ed.statusLoading = false
}

// scopeName is the name of the plan's municipality or cluster.
func (ed *planEditor) scopeName() string {
	for _, s := range []struct{ kind, field, name string }{
		{data.KindMunicipality, data.Plan.MunicipalityID, data.Municipality.Name},
		{data.KindCluster, data.Plan.ClusterID, data.Cluster.Name},
	} {
		if id := ed.plan.Get(s.field); id != "" {
			if r, err := ed.Store().Get(ed.Ctx(), s.kind, id); err == nil {
				return r.Get(s.name)
			}
		}
	}
	return ""
}

// opened runs once the editor is on screen: the first chapter opens.
func (ed *planEditor) opened() {
	ed.tree.selectFirst()
}

// refresh rereads the plan after the screen is shown again or another
// screen wrote; unsaved details stay, pending text is saved first.
func (ed *planEditor) refresh() {
	if err := ed.text.flush(); err != nil {
		ed.loadPlan()
		return
	}
	ed.loadPlan()
	ed.details.refresh(ed.plan)
	ed.tree.load()
	ed.agenda.load()
	ed.versions.load()
	ed.text.reload()
}

// close stops the editor's timers; it is no longer shown.
func (ed *planEditor) close() { ed.text.stop() }

// discard throws unsaved edits away.
func (ed *planEditor) discard() {
	ed.text.discard()
	ed.details.load(ed.plan)
	ed.changed()
}

// dirty reports edits not yet in the store.
func (ed *planEditor) dirty() bool { return ed.details.Edited() || ed.text.hasPending() }

// changed follows every edit: Save is offered when there is something to save.
func (ed *planEditor) changed() {
	if ed.dirty() {
		ed.saveButton.Enable()
	} else {
		ed.saveButton.Disable()
	}
}

// save stores the pending text and the details form.
func (ed *planEditor) save() {
	if err := ed.text.flush(); err != nil {
		return
	}
	ed.details.save()
	ed.changed()
}

// showMessage shows a message under the header; an error in red.
func (ed *planEditor) showMessage(msg string, importance widget.Importance) {
	ed.message.Importance = importance
	ed.message.SetText(msg)
	ed.message.Show()
}

func (ed *planEditor) clearMessage() {
	if ed.message.Visible() {
		ed.message.SetText("")
		ed.message.Hide()
	}
}

// whenDiscarded runs then once the plan's edits are saved or given up:
// pending text is saved without asking; when that fails, or the details
// form has changes, the coordinator chooses.
func (ed *planEditor) whenDiscarded(then, cancel func()) {
	if err := ed.text.flush(); err != nil {
		ed.Ask(lang.X("plans.discard.title", "Wijzigingen niet opgeslagen"),
			lang.X("plans.discard.text", "De tekst kon niet worden opgeslagen: {{.Err}} Wilt u deze wijzigingen weggooien?", map[string]any{"Err": planErrorText(err)}),
			lang.X("plans.discard.yes", "Weggooien"), lang.X("plans.discard.no", "Terug naar het plan"),
			func() {
				ed.text.discard()
				ed.whenDiscarded(then, cancel)
			}, cancel)
		return
	}
	if !ed.details.Edited() {
		then()
		return
	}
	ed.askSave(then, cancel)
}

// askSave asks what to do with changed details: save, throw away, or go back.
func (ed *planEditor) askSave(then, cancel func()) {
	ed.AskSave(lang.X("plans.discard.title", "Wijzigingen niet opgeslagen"),
		lang.X("plans.discard.details", "U heeft de gegevens van {{.Title}} gewijzigd maar niet opgeslagen. Wilt u de wijzigingen opslaan?",
			map[string]any{"Title": ed.plan.Get(data.Plan.Title)}),
		lang.X("plans.save", "Opslaan"), lang.X("plans.discard.yes", "Weggooien"), lang.X("plans.discard.no", "Terug naar het plan"),
		ed.details.save, ed.discard, then, cancel)
}

// shortcut handles the window's shortcuts in the editor.
func (ed *planEditor) shortcut(key fyne.KeyName) bool {
	switch key {
	case fyne.KeyS:
		ed.save()
	case fyne.KeyN:
		switch ed.tabs.Selected() {
		case ed.textTab:
			ed.text.addBlock()
		case ed.agendaTab:
			ed.agenda.add()
		case ed.versionsTab:
			ed.versions.add()
		default:
			return false
		}
	case fyne.KeyEscape:
		if ed.details.Edited() {
			ed.askSave(func() {}, nil)
			return true
		}
		if b := ed.text.current; b != nil && b.entry != nil {
			// Escape ends editing the block: saved, and shown formatted.
			if ed.text.deactivate(b) != nil {
				return true
			}
		}
		if ed.Window().Canvas().Focused() != nil {
			ed.Window().Canvas().Unfocus()
			return true
		}
		return false
	default:
		return false
	}
	return true
}

// show opens a record of the plan: a chapter, a block, an action or a version.
func (ed *planEditor) show(kind, id string) {
	switch kind {
	case data.KindSection:
		ed.tabs.Select(ed.textTab)
		ed.tree.selectChapter(id)
	case data.KindBlock:
		r, err := ed.Store().Get(ed.Ctx(), data.KindBlock, id)
		if err != nil {
			return
		}
		ed.tabs.Select(ed.textTab)
		ed.tree.selectChapter(r.Get(data.Block.SectionID))
		ed.text.focusBlock(id)
	case data.KindAction:
		ed.tabs.Select(ed.agendaTab)
		ed.agenda.selectAction(id)
	case data.KindPlanversion:
		ed.tabs.Select(ed.versionsTab)
	}
}

// showMore offers the actions on the whole plan.
func (ed *planEditor) showMore() { showMenuUnder(ed, ed.moreMenu(), ed.moreButton) }

// moreMenu is the menu of the editor's ⋯ button.
func (ed *planEditor) moreMenu() *fyne.Menu {
	return fyne.NewMenu("",
		fyne.NewMenuItem(lang.X("plans.copy", "Kopie voor een andere gemeente…"), func() { ed.p.copyDialog(ed.id) }),
		fyne.NewMenuItem(lang.X("plans.history", "Geschiedenis van de gegevens…"), func() {
			ed.ShowHistory(data.KindPlan, ed.id, ed.plan.Get(data.Plan.Title), ed.refresh)
		}),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(lang.X("plans.delete.plan", "Plan verwijderen…"), func() { ed.p.confirmDelete(ed.id) }),
	)
}

// deleteRow deletes the chosen row of a table in the plan editor (an action
// of the agenda, a version of the log), reloads with reload and offers to
// undo it; what names the row in that offer.
func (ed *planEditor) deleteRow(t *kit.RecordTable, kind, id, what string, reload func()) {
	if err := ed.Store().Delete(ed.Ctx(), kind, id); err != nil {
		ed.showMessage(planErrorText(err), widget.DangerImportance)
		return
	}
	t.Selected = ""
	reload()
	ed.Deleted(what, kind, id)
}
