package planedit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ketenregie/data"
	"ketenregie/data/plandiff"
)

// chapterTree is the plan's chapters and sub-chapters, numbered as the plan
// prints them, with the actions that add, rename, move, nest and delete
// them. Moving a chapter is one change of its position (see place).
type chapterTree struct {
	ed       *planEditor
	sections map[string]data.Record
	children map[string][]string // parent id ("" for the top) -> chapter ids in order
	numbers  map[string]string
	selected string
	syncing  bool // the selection is being set by code

	tree       *widget.Tree
	addButton  *widget.Button
	moreButton *widget.Button
	upButton   *widget.Button
	downButton *widget.Button
	inButton   *widget.Button
	outButton  *widget.Button
	delButton  *widget.Button
	content    fyne.CanvasObject
}

func newChapterTree(ed *planEditor) *chapterTree {
	ct := &chapterTree{ed: ed, sections: map[string]data.Record{}, children: map[string][]string{}}
	ct.tree = widget.NewTree(
		func(uid widget.TreeNodeID) []widget.TreeNodeID { return ct.children[uid] },
		func(uid widget.TreeNodeID) bool { return uid == "" || len(ct.children[uid]) > 0 },
		func(bool) fyne.CanvasObject { return newChapterNode(ct) },
		func(uid widget.TreeNodeID, _ bool, o fyne.CanvasObject) { o.(*chapterNode).set(uid) },
	)
	ct.tree.OnSelected = ct.chosen

	ct.addButton = widget.NewButtonWithIcon(lang.X("plans.chapter.add", "Hoofdstuk"), theme.ContentAddIcon(), func() { ct.add(false) })
	ct.moreButton = widget.NewButtonWithIcon("", theme.MoreVerticalIcon(), func() {
		ct.showMenu(fyne.CurrentApp().Driver().AbsolutePositionForObject(ct.moreButton).Add(fyne.NewPos(0, ct.moreButton.Size().Height)))
	})
	ct.moreButton.Importance = widget.LowImportance
	ct.upButton = widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() { ct.move(-1) })
	ct.downButton = widget.NewButtonWithIcon("", theme.MoveDownIcon(), func() { ct.move(1) })
	ct.outButton = widget.NewButtonWithIcon("", theme.NavigateBackIcon(), ct.outdent)
	ct.inButton = widget.NewButtonWithIcon("", theme.NavigateNextIcon(), ct.indent)
	ct.delButton = widget.NewButtonWithIcon("", theme.DeleteIcon(), ct.confirmDelete)
	for _, b := range []*widget.Button{ct.upButton, ct.downButton, ct.outButton, ct.inButton, ct.delButton} {
		b.Importance = widget.LowImportance
	}
	ed.Guard(ct.tree, ct.addButton, ct.moreButton, ct.upButton, ct.downButton, ct.outButton, ct.inButton, ct.delButton)
	title := widget.NewLabelWithStyle(lang.X("plans.chapters", "Hoofdstukken"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	top := container.NewBorder(nil, nil, nil, container.NewHBox(ct.addButton, ct.moreButton), title)
	tools := container.NewHBox(ct.upButton, ct.downButton, ct.outButton, ct.inButton, ct.delButton)
	ct.content = container.NewBorder(top, container.NewVBox(widget.NewSeparator(), tools), nil, nil, ct.tree)
	return ct
}

// load reads the plan's chapters and shows them, keeping the selection.
func (ct *chapterTree) load() {
	recs, err := ct.ed.Store().ListWhere(ct.ed.Ctx(), data.KindSection, data.Section.PlanID, ct.ed.id)
	if err != nil {
		fyne.LogError("list sections", err)
	}
	ct.sections = map[string]data.Record{}
	ct.children = map[string][]string{}
	for _, r := range recs {
		ct.sections[r.ID] = r
	}
	for _, r := range recs { // by position
		parent := r.Get(data.Section.ParentID)
		if _, ok := ct.sections[parent]; !ok {
			parent = ""
		}
		ct.children[parent] = append(ct.children[parent], r.ID)
	}
	ct.numbers = plandiff.Numbers(ct.children, func(id string) string { return ct.sections[id].Get(data.Section.Title) })
	if _, ok := ct.sections[ct.selected]; !ok {
		ct.selected = ""
	}
	ct.tree.Refresh()
	ct.tree.OpenAllBranches()
	ct.updateButtons()
}

// label is how the tree and the text pane name a chapter: "3.1 Aanleiding".
func (ct *chapterTree) label(id string) string {
	t := ct.sections[id].Get(data.Section.Title)
	if n := ct.numbers[id]; n != "" {
		return n + "  " + t
	}
	return t
}

// parent is the chapter a chapter is under ("" for a top chapter).
func (ct *chapterTree) parent(id string) string {
	p := ct.sections[id].Get(data.Section.ParentID)
	if _, ok := ct.sections[p]; !ok {
		return ""
	}
	return p
}

// records are the chapters with these ids.
func (ct *chapterTree) records(ids []string) []data.Record {
	out := make([]data.Record, len(ids))
	for i, id := range ids {
		out[i] = ct.sections[id]
	}
	return out
}

// index is where a chapter stands among its siblings.
func (ct *chapterTree) index(id string) int {
	for i, x := range ct.children[ct.parent(id)] {
		if x == id {
			return i
		}
	}
	return -1
}

func (ct *chapterTree) updateButtons() {
	sel := ct.selected
	i := ct.index(sel)
	n := len(ct.children[ct.parent(sel)])
	enable := func(b *widget.Button, ok bool) {
		if ok {
			b.Enable()
		} else {
			b.Disable()
		}
	}
	enable(ct.upButton, sel != "" && i > 0)
	enable(ct.downButton, sel != "" && i >= 0 && i < n-1)
	enable(ct.inButton, sel != "" && i > 0)
	enable(ct.outButton, sel != "" && ct.parent(sel) != "")
	enable(ct.delButton, sel != "")
}

// chosen follows a chapter chosen in the tree: the text of the chapter
// left behind is saved first.
func (ct *chapterTree) chosen(uid widget.TreeNodeID) {
	if ct.syncing || uid == ct.selected {
		return
	}
	prev := ct.selected
	if err := ct.ed.text.flush(); err != nil {
		ct.mark(prev)
		return
	}
	ct.selected = uid
	ct.updateButtons()
	ct.ed.text.open(uid)
}

// mark selects a chapter in the tree without opening it.
func (ct *chapterTree) mark(id string) {
	ct.syncing = true
	defer func() { ct.syncing = false }()
	if id == "" {
		ct.tree.UnselectAll()
		return
	}
	for p := ct.parent(id); p != ""; p = ct.parent(p) {
		ct.tree.OpenBranch(p)
	}
	ct.tree.Select(id)
	ct.tree.ScrollTo(id)
}

// selectChapter opens chapter id, as if chosen in the tree.
func (ct *chapterTree) selectChapter(id string) {
	if _, ok := ct.sections[id]; !ok {
		return
	}
	if id == ct.selected {
		ct.mark(id)
		return
	}
	if err := ct.ed.text.flush(); err != nil {
		return
	}
	ct.mark(id)
	ct.selected = id
	ct.updateButtons()
	ct.ed.text.open(id)
}

// selectFirst opens the first chapter, or shows that there is none.
func (ct *chapterTree) selectFirst() {
	if top := ct.children[""]; len(top) > 0 {
		ct.selectChapter(top[0])
		return
	}
	ct.ed.text.open("")
}

// write runs fn in one transaction and reloads the chapters; a refused
// write shows the store's message.
func (ct *chapterTree) write(fn func(t *data.Tx) error) bool {
	if err := ct.ed.text.flush(); err != nil {
		return false
	}
	if err := ct.ed.Store().Write(ct.ed.Ctx(), fn); err != nil {
		ct.ed.showMessage(planErrorText(err), widget.DangerImportance)
		return false
	}
	ct.ed.clearMessage()
	ct.load()
	return true
}

// add makes a new chapter after the selected one, or a sub-chapter at the
// end of it, and puts the cursor in its title.
func (ct *chapterTree) add(sub bool) {
	sel := ct.selected
	parent, index := "", len(ct.children[""])
	title := lang.X("plans.chapter.new", "Nieuw hoofdstuk")
	switch {
	case sel != "" && sub:
		parent, index = sel, len(ct.children[sel])
		title = lang.X("plans.chapter.new.sub", "Nieuwe paragraaf")
	case sel != "":
		parent, index = ct.parent(sel), ct.index(sel)+1
	}
	var id string
	ok := ct.write(func(t *data.Tx) error {
		var err error
		id, err = t.InsertAt(data.KindSection, ct.records(ct.children[parent]), index,
			map[string]string{data.Section.PlanID: ct.ed.id, data.Section.ParentID: parent, data.Section.Title: title})
		return err
	})
	if !ok {
		return
	}
	ct.selectChapter(id)
	ct.ed.text.editTitle()
}

// move moves the selected chapter one place up (-1) or down (1) among its
// siblings.
func (ct *chapterTree) move(delta int) {
	sel := ct.selected
	if sel == "" {
		return
	}
	rest, i := without(ct.records(ct.children[ct.parent(sel)]), sel)
	to := i + delta
	if i < 0 || to < 0 || to > len(rest) {
		return
	}
	if ct.write(func(t *data.Tx) error { return t.Place(data.KindSection, sel, rest, to, nil) }) {
		ct.mark(sel)
	}
}

// indent puts the selected chapter under the chapter before it, at the end.
func (ct *chapterTree) indent() {
	sel := ct.selected
	i := ct.index(sel)
	if sel == "" || i <= 0 {
		return
	}
	newParent := ct.children[ct.parent(sel)][i-1]
	kids := ct.records(ct.children[newParent])
	if ct.write(func(t *data.Tx) error {
		return t.Place(data.KindSection, sel, kids, len(kids), map[string]string{data.Section.ParentID: newParent})
	}) {
		ct.mark(sel)
		ct.ed.text.showHeading()
	}
}

// outdent puts the selected chapter after the chapter it is under.
func (ct *chapterTree) outdent() {
	sel := ct.selected
	parent := ct.parent(sel)
	if sel == "" || parent == "" {
		return
	}
	grand := ct.parent(parent)
	sibs := ct.records(ct.children[grand])
	at := ct.index(parent) + 1
	if ct.write(func(t *data.Tx) error {
		return t.Place(data.KindSection, sel, sibs, at, map[string]string{data.Section.ParentID: grand})
	}) {
		ct.mark(sel)
		ct.ed.text.showHeading()
	}
}

// rename stores a new title for a chapter.
func (ct *chapterTree) rename(id, title string) error {
	if err := ct.ed.Store().Update(ct.ed.Ctx(), data.KindSection, id, map[string]string{data.Section.Title: title}); err != nil {
		return err
	}
	if r, err := ct.ed.Store().Get(ct.ed.Ctx(), data.KindSection, id); err == nil {
		ct.sections[id] = r
	}
	ct.numbers = plandiff.Numbers(ct.children, func(id string) string { return ct.sections[id].Get(data.Section.Title) })
	ct.tree.Refresh()
	return nil
}

// count is the number of chapters under id, at any depth.
func (ct *chapterTree) count(id string) int {
	n := 0
	for _, c := range ct.children[id] {
		n += 1 + ct.count(c)
	}
	return n
}

// confirmDelete asks whether to delete the selected chapter with its text
// and sub-chapters; after deleting, the undo bar offers to bring it back.
func (ct *chapterTree) confirmDelete() {
	sel := ct.selected
	if sel == "" {
		return
	}
	title := ct.sections[sel].Get(data.Section.Title)
	msg := lang.X("plans.chapter.delete.question", "Weet u zeker dat u het hoofdstuk {{.Title}} met de tekst wilt verwijderen?", map[string]any{"Title": title})
	if n := ct.count(sel); n > 0 {
		msg = lang.X("plans.chapter.delete.question.sub", "Weet u zeker dat u het hoofdstuk {{.Title}} wilt verwijderen? De tekst en de {{.Count}} paragrafen eronder worden ook verwijderd.",
			map[string]any{"Title": title, "Count": n})
	}
	ct.ed.Ask(lang.X("plans.chapter.delete.title", "Hoofdstuk verwijderen"), msg,
		lang.X("plans.delete", "Verwijderen"), lang.X("plans.cancel", "Annuleren"),
		func() {
			// The chapter's own unsaved text goes with it.
			ct.ed.text.discard()
			sibs := ct.children[ct.parent(sel)]
			next := ct.parent(sel)
			for i, x := range sibs {
				if x == sel {
					if i+1 < len(sibs) {
						next = sibs[i+1]
					} else if i > 0 {
						next = sibs[i-1]
					}
				}
			}
			if !ct.write(func(t *data.Tx) error { return t.Delete(data.KindSection, sel) }) {
				return
			}
			ct.selected = ""
			if next != "" {
				ct.selectChapter(next)
			} else {
				ct.selectFirst()
			}
			ct.ed.Deleted(title, data.KindSection, sel)
		}, nil)
}

// showMenu shows every action on the selected chapter at pos.
func (ct *chapterTree) showMenu(pos fyne.Position) {
	sel := ct.selected != ""
	i := ct.index(ct.selected)
	item := func(label string, enabled bool, action func()) *fyne.MenuItem {
		m := fyne.NewMenuItem(label, action)
		m.Disabled = !enabled
		return m
	}
	menu := fyne.NewMenu("",
		item(lang.X("plans.chapter.menu.add", "Nieuw hoofdstuk hierna"), true, func() { ct.add(false) }),
		item(lang.X("plans.chapter.menu.sub", "Nieuwe paragraaf hieronder"), sel, func() { ct.add(true) }),
		item(lang.X("plans.chapter.menu.rename", "Naam wijzigen"), sel, ct.ed.text.editTitle),
		fyne.NewMenuItemSeparator(),
		item(lang.X("plans.chapter.menu.up", "Omhoog"), sel && i > 0, func() { ct.move(-1) }),
		item(lang.X("plans.chapter.menu.down", "Omlaag"), sel && i < len(ct.children[ct.parent(ct.selected)])-1, func() { ct.move(1) }),
		item(lang.X("plans.chapter.menu.indent", "Inspringen (onder het vorige hoofdstuk)"), sel && i > 0, ct.indent),
		item(lang.X("plans.chapter.menu.outdent", "Terug naar een hoger niveau"), sel && ct.parent(ct.selected) != "", ct.outdent),
		fyne.NewMenuItemSeparator(),
		item(lang.X("plans.chapter.menu.history", "Geschiedenis…"), sel, func() {
			id := ct.selected
			if r, err := ct.ed.Store().Get(ct.ed.Ctx(), data.KindSection, id); err == nil {
				ct.ed.ShowHistory(data.KindSection, id, r.Get(data.Section.Title), ct.ed.refresh)
			}
		}),
		item(lang.X("plans.chapter.menu.delete", "Verwijderen…"), sel, ct.confirmDelete),
	)
	widget.ShowPopUpMenuAtPosition(ct.ed.GuardMenu(menu), ct.ed.Window().Canvas(), pos)
}

// chapterNode is one chapter in the tree; a right click opens the menu of
// chapter actions.
type chapterNode struct {
	widget.Label
	ct  *chapterTree
	uid string
}

func newChapterNode(ct *chapterTree) *chapterNode {
	n := &chapterNode{ct: ct}
	n.Truncation = fyne.TextTruncateEllipsis
	n.ExtendBaseWidget(n)
	return n
}

func (n *chapterNode) set(uid string) {
	n.uid = uid
	n.TextStyle.Bold = n.ct.parent(uid) == ""
	n.SetText(n.ct.label(uid))
}

// Tapped selects the chapter, as a tap on the tree row would.
func (n *chapterNode) Tapped(*fyne.PointEvent) {
	n.ct.tree.Select(n.uid)
}

// TappedSecondary selects the chapter and shows its menu.
func (n *chapterNode) TappedSecondary(ev *fyne.PointEvent) {
	n.ct.tree.Select(n.uid)
	if n.ct.selected == n.uid {
		n.ct.showMenu(ev.AbsolutePosition)
	}
}
