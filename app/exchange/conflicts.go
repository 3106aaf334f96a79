package exchange

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ketenregie/app/kit"
	"ketenregie/app/say"
	"ketenregie/data"
	"ketenregie/data/merge3"
)

// Conflicts are fields that two coordinators changed at the same time. The
// store keeps every value; this view shows them and lets the coordinator
// choose one (short fields) or write the merged text (long text), which
// travels to the colleagues and closes the conflict there too.

// conflictItem is an open conflict with what the list shows of it.
type conflictItem struct {
	c     data.Conflict
	kind  *data.Kind
	field data.Field
	title string // the record's title, one line
	where string // the records it belongs to: "hoofdstuk X, beleidsplan Y"
}

// conflictsView is the Conflicten tab: the open conflicts on the left, the
// one chosen on the right.
type conflictsView struct {
	Shell

	items   []conflictItem
	list    *widget.List
	count   *widget.Label
	status  *widget.Label // what the last resolution did
	detail  *fyne.Container
	shown   *conflictDetail // nil when no conflict is chosen
	syncing bool            // the list selection is being set by code
	names   map[string]string
	content fyne.CanvasObject

	// onResolved runs after a conflict was resolved here.
	onResolved func()
}

// conflictDetail is the right-hand side for one conflict.
type conflictDetail struct {
	item    conflictItem
	content fyne.CanvasObject
	message *widget.Label

	// a short field: pick one of the values
	choice      *widget.RadioGroup
	choiceIndex map[string]int
	keep        *widget.Button

	// long text: mine, theirs, the base and an editable proposal
	proposal *kit.TextEntry
	initial  string
	save     *widget.Button
}

func newConflictsView(e Shell) *conflictsView {
	v := &conflictsView{Shell: e, names: map[string]string{}}
	v.count = widget.NewLabel("")
	v.count.Wrapping = fyne.TextWrapWord
	v.status = kit.MessageLabel()
	v.list = widget.NewList(func() int { return len(v.items) }, kit.NewTwoLineRow, v.updateRow)
	v.list.OnSelected = v.selected
	e.Guard(v.list)
	v.detail = container.NewStack()
	left := container.NewBorder(v.count, nil, nil, nil, v.list)
	right := container.NewBorder(v.status, nil, nil, nil, v.detail)
	split := container.NewHSplit(left, container.NewPadded(right))
	split.Offset = 0.27
	v.content = split
	return v
}

func (v *conflictsView) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	title, detail := "", ""
	if i >= 0 && i < len(v.items) {
		it := v.items[i]
		title = it.title
		detail = say.Capitalise(say.Kind(it.kind.Name)) + " · " + say.Field(it.kind.Name, it.field.Name)
	}
	kit.SetTwoLineRow(o, title, detail)
}

// Refresh rereads the open conflicts. The conflict on screen stays, with
// an unsaved proposal, as long as it is still open with the same values.
func (v *conflictsView) Refresh() {
	cs, err := v.Store().Conflicts(v.Ctx())
	if err != nil {
		fyne.LogError("list conflicts", err)
	}
	v.names = map[string]string{}
	v.items = v.items[:0]
	for _, c := range cs {
		if it, ok := v.item(c); ok {
			v.items = append(v.items, it)
		}
	}
	v.list.Refresh()
	switch n := len(v.items); n {
	case 0:
		v.count.SetText(lang.X("conflicts.count.none", "Geen open conflicten."))
	case 1:
		v.count.SetText(lang.X("conflicts.count.one", "1 open conflict"))
	default:
		v.count.SetText(lang.X("conflicts.count", "{{.Count}} open conflicten", map[string]any{"Count": n}))
	}
	if v.shown == nil {
		v.showNothing()
		return
	}
	i := v.index(v.shown.item.c.ID)
	switch {
	case i < 0:
		v.showNothing()
	case slices.Equal(v.items[i].c.Values, v.shown.item.c.Values):
		v.selectInList(i)
	default:
		text, dirty := "", v.dirty()
		if dirty {
			text = v.shown.proposal.Text
		}
		v.show(i)
		if dirty && v.shown.proposal != nil {
			v.shown.proposal.SetText(text)
		}
	}
}

// item describes a conflict for the list. A conflict of a record's
// existence is a record deleted on one computer while it was edited on
// another ("elders verwijderd").
func (v *conflictsView) item(c data.Conflict) (conflictItem, bool) {
	k := data.KindNamed(c.Kind)
	if k == nil {
		return conflictItem{}, false
	}
	f, ok := k.Field(c.Field)
	if c.Field == data.FieldExists {
		f = data.Field{Name: c.Field, Label: lang.X("conflicts.exists.field", "elders verwijderd"), Type: data.Bool}
	} else if !ok {
		f = data.Field{Name: c.Field, Label: c.Field, Type: data.Text}
	}
	it := conflictItem{c: c, kind: k, field: f}
	r, err := v.Store().Get(v.Ctx(), c.Kind, c.RecordID)
	if err != nil {
		it.title = lang.X("conflicts.title.gone", "(verwijderd)")
		return it, true
	}
	it.title = say.Title(k, r)
	var where []string
	for depth := 0; depth < 3; depth++ {
		var owner data.Field
		for _, of := range k.Fields {
			if of.Owner && r.Get(of.Name) != "" {
				owner = of
				break
			}
		}
		if owner.Name == "" {
			break
		}
		pk := data.KindNamed(owner.Target)
		parent, err := v.Store().Get(v.Ctx(), owner.Target, r.Get(owner.Name))
		if err != nil || pk == nil {
			break
		}
		where = append(where, say.Kind(pk.Name)+" "+say.Title(pk, parent))
		k, r = pk, parent
	}
	it.where = strings.Join(where, ", ")
	return it, true
}

func (v *conflictsView) index(id string) int {
	for i, it := range v.items {
		if it.c.ID == id {
			return i
		}
	}
	return -1
}

// deviceName is the name of the device a value came from.
func (v *conflictsView) deviceName(origin string) string {
	if origin == v.Store().Device() {
		return lang.X("conflicts.device.own", "deze computer")
	}
	if n, ok := v.names[origin]; ok {
		return n
	}
	name := origin
	if p, ok, err := v.Store().Peer(v.Ctx(), origin); err == nil && ok && p.Name != "" {
		name = p.Name
	}
	v.names[origin] = name
	return name
}

// valueText shows a stored value the way the forms do.
func (v *conflictsView) valueText(f data.Field, value string) string {
	if value == "" {
		return lang.X("conflicts.value.empty", "(leeg)")
	}
	switch f.Type {
	case data.Date:
		return data.FormatDate(value)
	case data.Enum:
		return say.Choice(f.Choices, value)
	case data.Bool:
		if value == "true" {
			return lang.X("conflicts.value.yes", "ja")
		}
		return lang.X("conflicts.value.no", "nee")
	case data.Ref, data.RefList:
		k := data.KindNamed(f.Target)
		var titles []string
		for _, id := range data.SplitIDs(value) {
			t := id
			if r, err := v.Store().Get(v.Ctx(), f.Target, id); err == nil && k != nil {
				t = say.Title(k, r)
			}
			titles = append(titles, t)
		}
		return strings.Join(titles, ", ")
	}
	return value
}

func (v *conflictsView) selected(i widget.ListItemID) {
	if v.syncing {
		return
	}
	if v.shown != nil && i < len(v.items) && v.shown.item.c.ID == v.items[i].c.ID {
		return
	}
	prev := -1
	if v.shown != nil {
		prev = v.index(v.shown.item.c.ID)
	}
	v.whenDiscarded(func() {
		v.status.Hide()
		v.show(i)
	}, func() {
		if prev >= 0 {
			v.selectInList(prev)
		} else {
			v.syncing = true
			v.list.UnselectAll()
			v.syncing = false
		}
	})
}

func (v *conflictsView) selectInList(i int) {
	v.syncing = true
	defer func() { v.syncing = false }()
	v.list.Select(i)
}

// open shows the conflict with this id, if it is open.
func (v *conflictsView) open(id string) {
	v.Refresh()
	i := v.index(id)
	if i < 0 {
		return
	}
	v.whenDiscarded(func() {
		v.status.Hide()
		v.show(i)
	}, nil)
}

// showNothing empties the right-hand side.
func (v *conflictsView) showNothing() {
	v.shown = nil
	v.syncing = true
	v.list.UnselectAll()
	v.syncing = false
	text := lang.X("conflicts.choose", "Kies links een conflict om het op te lossen.")
	if len(v.items) == 0 {
		text = lang.X("conflicts.none",
			"Er zijn geen open conflicten. Wijzigen u en een collega hetzelfde veld voordat u elkaars wijzigingen heeft ingelezen, dan bewaart Ketenregie beide waarden en ziet u het veld hier. U kiest dan welke waarde blijft; die keuze gaat bij de volgende uitwisseling mee naar uw collega's.")
	}
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	v.detail.Objects = []fyne.CanvasObject{container.NewVBox(l)}
	v.detail.Refresh()
}

// show puts the i-th conflict on the right.
func (v *conflictsView) show(i int) {
	it := v.items[i]
	var d *conflictDetail
	switch {
	case it.c.Field == data.FieldExists:
		d = v.existsDetail(it)
	case it.field.Type == data.LongText:
		d = v.longDetail(it)
	default:
		d = v.shortDetail(it)
	}
	v.shown = d
	v.detail.Objects = []fyne.CanvasObject{d.content}
	v.detail.Refresh()
	v.selectInList(i)
}

// header is the top of a conflict: which record and field, with a button
// that opens the record on its own screen.
func (v *conflictsView) header(it conflictItem, explanation string) fyne.CanvasObject {
	h := widget.NewLabelWithStyle(say.Capitalise(say.Kind(it.kind.Name))+": "+it.title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	h.SizeName = theme.SizeNameSubHeadingText
	h.Wrapping = fyne.TextWrapWord
	sub := lang.X("conflicts.field", "Veld: {{.Field}}", map[string]any{"Field": say.Field(it.kind.Name, it.field.Name)})
	if it.where != "" {
		sub = lang.X("conflicts.field.where", "Veld: {{.Field}} · in {{.Where}}", map[string]any{"Field": say.Field(it.kind.Name, it.field.Name), "Where": it.where})
	}
	subLabel := widget.NewLabel(sub)
	subLabel.Wrapping = fyne.TextWrapWord
	openRecord := widget.NewButtonWithIcon(lang.X("conflicts.open", "Openen"), theme.NavigateNextIcon(), func() {
		v.ShowRecord(it.c.Kind, it.c.RecordID)
	})
	v.Guard(openRecord)
	if !v.Opens(it.c.Kind) {
		openRecord.Hide()
	}
	return container.NewVBox(
		container.NewBorder(nil, nil, nil, container.NewVBox(openRecord), h),
		subLabel,
		kit.Hint(explanation),
	)
}

func newMessage() *widget.Label {
	m := kit.MessageLabel()
	m.Importance = widget.DangerImportance
	return m
}

// shortDetail offers the values of a short field to choose from.
func (v *conflictsView) shortDetail(it conflictItem) *conflictDetail {
	d := &conflictDetail{item: it, message: newMessage(), choiceIndex: map[string]int{}}
	var options []string
	for i, val := range it.c.Values {
		args := map[string]any{"Value": v.valueText(it.field, val), "Device": v.deviceName(it.c.Origins[i])}
		o := lang.X("conflicts.option", "{{.Value}}   (van {{.Device}})", args)
		if i == 0 {
			o = lang.X("conflicts.option.shown", "{{.Value}}   (van {{.Device}}; nu getoond)", args)
		}
		for base, n := o, 1; slices.Contains(options, o); n++ {
			o = base + " " + strings.Repeat("·", n)
		}
		d.choiceIndex[o] = i
		options = append(options, o)
	}
	d.keep = widget.NewButtonWithIcon(lang.X("conflicts.keep", "Deze waarde houden"), theme.ConfirmIcon(), func() { v.keep(d) })
	d.keep.Importance = widget.HighImportance
	d.keep.Disable()
	d.choice = widget.NewRadioGroup(options, func(string) {
		if d.choice.Selected == "" {
			d.keep.Disable()
		} else {
			d.keep.Enable()
		}
	})
	v.Guard(d.keep, d.choice)
	top := v.header(it, lang.X("conflicts.short.hint",
		"Dit veld is op twee computers gewijzigd voordat de wijzigingen waren uitgewisseld. Ketenregie bewaart beide waarden en toont voorlopig de eerste. Kies welke waarde blijft; uw keuze gaat bij de volgende uitwisseling mee naar uw collega's."))
	values := widget.NewLabelWithStyle(lang.X("conflicts.values", "Waarden"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	d.content = container.NewVScroll(container.NewVBox(top, widget.NewSeparator(), values, d.choice,
		d.message, container.NewHBox(d.keep)))
	return d
}

// existsDetail offers to keep or delete a record that was deleted on one
// computer while it was being edited on another.
func (v *conflictsView) existsDetail(it conflictItem) *conflictDetail {
	d := &conflictDetail{item: it, message: newMessage()}
	who := v.deviceName(it.c.Origins[len(it.c.Origins)-1])
	top := v.header(it, lang.X("conflicts.exists.hint",
		"{{.Device}} heeft dit record verwijderd, terwijl het op een andere computer nog werd gewijzigd. Ketenregie heeft het daarom bewaard. Kies of het blijft of alsnog verdwijnt; uw keuze gaat bij de volgende uitwisseling mee naar uw collega's.",
		map[string]any{"Device": who}))
	keep := widget.NewButtonWithIcon(lang.X("conflicts.exists.keep", "Behouden"), theme.ConfirmIcon(), func() { v.resolve(d, "true") })
	keep.Importance = widget.HighImportance
	remove := widget.NewButtonWithIcon(lang.X("conflicts.exists.delete", "Verwijderen"), theme.DeleteIcon(), func() { v.resolve(d, "false") })
	remove.Importance = widget.DangerImportance
	v.Guard(keep, remove)
	d.content = container.NewVScroll(container.NewVBox(top, widget.NewSeparator(), d.message, container.NewHBox(keep, remove)))
	return d
}

// keep resolves a short field with the chosen value.
func (v *conflictsView) keep(d *conflictDetail) {
	i, ok := d.choiceIndex[d.choice.Selected]
	if !ok {
		return
	}
	v.resolve(d, d.item.c.Values[i])
}

// longDetail shows mine, theirs and the base side by side, with an
// editable proposal under them.
func (v *conflictsView) longDetail(it conflictItem) *conflictDetail {
	d := &conflictDetail{item: it, message: newMessage()}
	c := it.c
	mine := 0
	for i, o := range c.Origins {
		if o == v.Store().Device() {
			mine = i
			break
		}
	}
	order := []int{mine}
	for i := range c.Values {
		if i != mine {
			order = append(order, i)
		}
	}
	base, hasBase, err := v.Store().ConflictBase(v.Ctx(), c)
	if err != nil {
		fyne.LogError("conflict base", err)
		hasBase = false
	}
	mineText, theirsText := c.Values[order[0]], c.Values[order[1]]

	var heads, bodies []fyne.CanvasObject
	column := func(title, sub string, body fyne.CanvasObject) {
		head := widget.NewRichText(
			&widget.TextSegment{Style: widget.RichTextStyle{Inline: true, ColorName: theme.ColorNameForeground,
				SizeName: theme.SizeNameText, TextStyle: fyne.TextStyle{Bold: true}}, Text: title + "  "},
			&widget.TextSegment{Style: widget.RichTextStyle{Inline: true, ColorName: theme.ColorNamePlaceHolder,
				SizeName: theme.SizeNameText, TextStyle: fyne.TextStyle{Italic: true}}, Text: sub},
		)
		head.Wrapping = fyne.TextWrapWord
		heads = append(heads, head)
		scroll := container.NewVScroll(body)
		if mt, ok := body.(*markedText); ok {
			mt.resized = scroll.Refresh
		}
		bodies = append(bodies, widget.NewCard("", "", scroll))
	}
	var baseBody fyne.CanvasObject
	if hasBase {
		baseBody = versionText(base, "")
	} else {
		none := widget.NewLabelWithStyle(lang.X("conflicts.base.none", "geen: beide versies zijn los van elkaar begonnen"), fyne.TextAlignLeading, fyne.TextStyle{Italic: true})
		none.Wrapping = fyne.TextWrapWord
		baseBody = none
	}
	ref := func(other string) string {
		if hasBase {
			return base
		}
		return other
	}
	column(lang.X("conflicts.base", "Gemeenschappelijke basis"), "", baseBody)
	column(lang.X("conflicts.mine", "Mijn versie"), v.deviceName(c.Origins[order[0]]), versionText(mineText, ref(theirsText)))
	column(lang.X("conflicts.theirs", "Hun versie"), v.deviceName(c.Origins[order[1]]), versionText(theirsText, ref(mineText)))
	for _, i := range order[2:] {
		column(lang.X("conflicts.other", "Nog een versie"), v.deviceName(c.Origins[i]), versionText(c.Values[i], ref(mineText)))
	}
	versions := container.NewBorder(container.NewGridWithColumns(len(heads), heads...), nil, nil, nil,
		container.NewGridWithColumns(len(bodies), bodies...))

	var proposal string
	var merged bool
	if len(c.Values) == 2 {
		proposal, merged = mergeProposal(base, hasBase, mineText, theirsText)
	} else {
		var all []string
		for _, i := range order {
			all = append(all, c.Values[i])
		}
		proposal = bothVersions(all...)
	}
	d.initial = proposal
	d.proposal = kit.NewTextEntry(v.shortcut)
	d.proposal.MultiLine = true
	d.proposal.Wrapping = fyne.TextWrapWord
	d.proposal.SetText(proposal)
	d.proposal.SetMinRowsVisible(4)

	proposalHint := lang.X("conflicts.proposal.both", "Voorstel: beide versies na elkaar. Maak er één tekst van en sla die op.")
	if merged {
		proposalHint = lang.X("conflicts.proposal.merged", "Voorstel: de wijzigingen uit beide versies samengevoegd. Controleer de tekst en pas hem zo nodig aan.")
	}
	useMine := widget.NewButton(lang.X("conflicts.use.mine", "Mijn versie"), func() { d.proposal.SetText(mineText) })
	useTheirs := widget.NewButton(lang.X("conflicts.use.theirs", "Hun versie"), func() { d.proposal.SetText(theirsText) })
	useBoth := widget.NewButton(lang.X("conflicts.use.both", "Beide na elkaar"), func() { d.proposal.SetText(bothVersions(mineText, theirsText)) })
	d.save = widget.NewButtonWithIcon(lang.X("conflicts.save", "Oplossing opslaan"), theme.DocumentSaveIcon(), func() { v.resolve(d, d.proposal.Text) })
	d.save.Importance = widget.HighImportance
	v.Guard(useMine, useTheirs, useBoth, d.save)
	buttons := container.NewHBox(widget.NewLabel(lang.X("conflicts.use", "Overnemen:")), useMine, useTheirs, useBoth, layout.NewSpacer(), d.save)

	proposalTitle := widget.NewLabelWithStyle(lang.X("conflicts.proposal", "Voorstel"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	proposalBox := container.NewBorder(container.NewVBox(proposalTitle, kit.Hint(proposalHint)), container.NewVBox(d.message, buttons), nil, nil, d.proposal)
	split := container.NewVSplit(versions, proposalBox)
	split.Offset = 0.5
	top := v.header(it, lang.X("conflicts.long.hint",
		"Deze tekst is op twee computers tegelijk gewijzigd. Beide versies zijn letterlijk bewaard; wat afwijkt van de basis is gemarkeerd. Maak in het voorstel de tekst die blijft."))
	d.content = container.NewBorder(top, nil, nil, nil, split)
	return d
}

// versionText shows a version, with the words that differ from ref
// marked; ref "" marks nothing.
func versionText(text, ref string) fyne.CanvasObject {
	if text == "" {
		return widget.NewLabelWithStyle(lang.X("conflicts.value.empty", "(leeg)"), fyne.TextAlignLeading, fyne.TextStyle{Italic: true})
	}
	tokens := merge3.Words(text)
	if len(tokens) > maxMarkedWords {
		rt := widget.NewRichText(&widget.TextSegment{Style: widget.RichTextStyleInline, Text: text})
		rt.Wrapping = fyne.TextWrapWord
		return rt
	}
	marked := make([]bool, len(tokens))
	if ref != "" {
		if m, ok := merge3.Matches(tokens, merge3.Words(ref)); ok {
			for i, t := range tokens {
				marked[i] = m[i] < 0 && strings.TrimSpace(t) != ""
			}
		}
	}
	return newMarkedText(tokens, marked)
}

// markedText is a text with some words marked (bold, in the primary
// colour), wrapped between words. It exists because Fyne's RichText wraps
// a segment that starts close to the right edge one letter per line.
type markedText struct {
	widget.BaseWidget
	tokens []string // words and runs of white space; joined, the text
	marked []bool
	// resized runs when the text's height changed with its width, so the
	// scroll around it can make room.
	resized func()
}

func newMarkedText(tokens []string, marked []bool) *markedText {
	m := &markedText{tokens: tokens, marked: marked}
	m.ExtendBaseWidget(m)
	return m
}

// String is the text, for tests.
func (m *markedText) String() string { return strings.Join(m.tokens, "") }

func (m *markedText) CreateRenderer() fyne.WidgetRenderer {
	r := &markedRenderer{m: m, texts: make([]*canvas.Text, len(m.tokens)), widths: make([]float32, len(m.tokens))}
	for i, t := range m.tokens {
		if strings.TrimSpace(t) == "" {
			continue
		}
		r.texts[i] = canvas.NewText(t, nil)
		if m.marked[i] {
			r.texts[i].TextStyle = fyne.TextStyle{Bold: true}
		}
		r.objects = append(r.objects, r.texts[i])
	}
	r.measure()
	return r
}

type markedRenderer struct {
	m       *markedText
	texts   []*canvas.Text // per token; nil for white space
	widths  []float32
	objects []fyne.CanvasObject
	space   float32
	line    float32
	height  float32 // at the last layout
	laying  bool
}

// measure takes the theme's size and colours and measures every word.
func (r *markedRenderer) measure() {
	size := theme.TextSize()
	for i, t := range r.texts {
		if t == nil {
			continue
		}
		t.TextSize = size
		t.Color = theme.Color(theme.ColorNameForeground)
		if r.m.marked[i] {
			t.Color = theme.Color(theme.ColorNamePrimary)
		}
		r.widths[i] = fyne.MeasureText(t.Text, size, t.TextStyle).Width
	}
	r.space = fyne.MeasureText(" ", size, fyne.TextStyle{}).Width
	r.line = fyne.MeasureText("Mg", size, fyne.TextStyle{}).Height
}

// place lays the words out in width (moving them when move is set) and
// returns the height they take.
func (r *markedRenderer) place(width float32, move bool) float32 {
	pad := theme.InnerPadding()
	avail := width - 2*pad
	x, y := float32(0), float32(0)
	for i, tok := range r.m.tokens {
		if r.texts[i] == nil {
			for _, c := range tok {
				switch c {
				case '\n':
					x, y = 0, y+r.line
				case '\t':
					x += 4 * r.space
				case '\r':
				default:
					x += r.space
				}
			}
			continue
		}
		w := r.widths[i]
		if x > 0 && x+w > avail {
			x, y = 0, y+r.line
		}
		if move {
			r.texts[i].Move(fyne.NewPos(pad+x, pad+y))
			r.texts[i].Resize(fyne.NewSize(w, r.line))
		}
		x += w
	}
	return y + r.line + 2*pad
}

func (r *markedRenderer) Layout(size fyne.Size) {
	h := r.place(size.Width, true)
	if h != r.height && !r.laying {
		r.height = h
		if r.m.resized != nil {
			r.laying = true
			r.m.resized()
			r.laying = false
		}
	}
}

func (r *markedRenderer) MinSize() fyne.Size {
	w := r.m.Size().Width
	if w <= 0 {
		return fyne.NewSize(0, r.line+2*theme.InnerPadding())
	}
	return fyne.NewSize(0, r.place(w, false))
}

func (r *markedRenderer) Refresh() {
	r.measure()
	for _, o := range r.objects {
		o.Refresh()
	}
	r.Layout(r.m.Size())
}

func (r *markedRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *markedRenderer) Destroy()                     {}

// resolve closes the conflict on screen with value, byte for byte.
func (v *conflictsView) resolve(d *conflictDetail, value string) {
	if _, err := v.Store().Resolve(v.Ctx(), d.item.c.ID, value); err != nil {
		d.message.SetText(say.Error(err))
		d.message.Show()
		return
	}
	i := v.index(d.item.c.ID)
	v.shown = nil
	v.Refresh()
	v.status.Importance = widget.SuccessImportance
	v.status.SetText(lang.X("conflicts.resolved", "Opgelost: {{.Field}} van {{.Title}}. De keuze gaat bij de volgende uitwisseling mee naar uw collega's.",
		map[string]any{"Field": say.Field(d.item.kind.Name, d.item.field.Name), "Title": d.item.title}))
	v.status.Show()
	if len(v.items) > 0 {
		v.show(min(max(i, 0), len(v.items)-1))
	}
	if v.onResolved != nil {
		v.onResolved()
	}
}

// dirty reports a proposal that was edited but not saved.
func (v *conflictsView) dirty() bool {
	return v.shown != nil && v.shown.proposal != nil && v.shown.proposal.Text != v.shown.initial
}

// whenDiscarded runs then, after asking when an edited proposal would be lost.
func (v *conflictsView) whenDiscarded(then, cancel func()) {
	if !v.dirty() {
		then()
		return
	}
	v.Ask(lang.X("conflicts.discard.title", "Voorstel niet opgeslagen"),
		lang.X("conflicts.discard.question", "U heeft het voorstel aangepast maar niet opgeslagen. Wilt u het weggooien?"),
		lang.X("conflicts.discard.yes", "Weggooien"), lang.X("conflicts.discard.no", "Terug"), func() {
			v.shown.initial = v.shown.proposal.Text
			then()
		}, cancel)
}

// shortcut: Ctrl+S saves the resolution on screen.
func (v *conflictsView) shortcut(key fyne.KeyName) bool {
	if key != fyne.KeyS || v.shown == nil {
		return false
	}
	switch {
	case v.shown.proposal != nil:
		v.resolve(v.shown, v.shown.proposal.Text)
	case v.shown.choice.Selected != "":
		v.keep(v.shown)
	default:
		return false
	}
	return true
}

// Merging: a proposal for two versions of a text that started from a
// common base. data/merge3 merges them where the two sides changed
// different lines (or different sentences of a paragraph); otherwise the
// proposal puts both versions one after the other for the coordinator to
// combine.

// maxMarkedWords is the most words of a version shown with its
// differences marked.
const maxMarkedWords = 4000

// mergeProposal proposes the resolution of a long-text conflict; merged
// reports that the changes of both sides were combined.
func mergeProposal(base string, hasBase bool, mine, theirs string) (text string, merged bool) {
	if hasBase {
		if text, ok := merge3.Text(base, mine, theirs); ok {
			return text, true
		}
	}
	return bothVersions(mine, theirs), false
}

// bothVersions puts versions one after the other, a blank line between.
func bothVersions(versions ...string) string {
	var keep []string
	for _, s := range versions {
		if s != "" && !slices.Contains(keep, s) {
			keep = append(keep, s)
		}
	}
	return strings.Join(keep, "\n\n")
}
