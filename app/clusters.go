package app

import (
	"slices"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ketenregie/app/kit"
	"ketenregie/app/say"
	"ketenregie/data"
)

// clusterEditor is the right side of Gemeenten for one of the
// coordinator's clusters: its name, its municipalities (ticked in a list
// filtered by region and search), its centrumgemeente and notes. A
// cluster is what Overzicht shows.
type clusterEditor struct {
	m *municipalitiesScreen
	kit.FormState

	id     string          // "" for a new cluster
	chosen map[string]bool // the municipalities ticked

	heading *widget.Label
	name    *kit.TextEntry
	lead    *widget.Select
	leadIDs []string // parallel to lead's options; "" for none
	summary *widget.Label
	region  *widget.Select
	filter  *kit.TextEntry
	list    *widget.List
	listIDs []string
	notes   *kit.TextEntry

	deleteButton *widget.Button

	none, nh, picked, everywhere string // fixed options of the selects

	content fyne.CanvasObject
}

func newClusterEditor(m *municipalitiesScreen) *clusterEditor {
	c := &clusterEditor{m: m, chosen: map[string]bool{},
		none:       lang.X("clusters.none", "(geen)"),
		nh:         lang.X("clusters.region.nh", "Noord-Holland"),
		picked:     lang.X("clusters.region.chosen", "Alleen gekozen gemeenten"),
		everywhere: lang.X("clusters.region.all", "Heel Nederland")}
	m.KeepDrafts(data.KindCluster, &c.FormState, func() string { return data.KindCluster })
	c.heading = kit.SectionHeading("")
	c.heading.Truncation = fyne.TextTruncateEllipsis
	c.Values = c.fields
	c.Kind = data.KindCluster
	c.Describe = c.fieldText
	c.name = c.Entry(m.shortcut, false)
	c.name.SetPlaceHolder(lang.X("clusters.name.hint", "bijvoorbeeld West-Friesland"))
	c.lead = widget.NewSelect(nil, func(string) { c.Changed() })
	c.summary = widget.NewLabel("")
	c.summary.Wrapping = fyne.TextWrapWord
	c.region = widget.NewSelect(nil, func(string) { c.showList() })
	c.filter = kit.NewTextEntry(m.shortcut)
	c.filter.SetPlaceHolder(lang.X("clusters.filter", "Gemeente zoeken…"))
	c.filter.OnChanged = func(string) { c.showList() }
	c.list = widget.NewList(func() int { return len(c.listIDs) },
		func() fyne.CanvasObject { return widget.NewCheck("", nil) }, c.updateRow)
	c.notes = kit.NewTextEntry(m.shortcut)
	c.notes.MultiLine = true
	c.notes.Wrapping = fyne.TextWrapWord
	c.notes.SetMinRowsVisible(2)
	c.notes.SetPlaceHolder(lang.X("clusters.notes.hint", "Afspraken over de samenwerking in dit cluster"))
	c.notes.OnChanged = func(string) { c.Changed() }
	c.Message = kit.MessageLabel()

	c.SaveButton = widget.NewButtonWithIcon(lang.X("clusters.save", "Opslaan"), theme.DocumentSaveIcon(), c.save)
	c.SaveButton.Importance = widget.HighImportance
	c.deleteButton = widget.NewButtonWithIcon(lang.X("clusters.delete", "Verwijderen"), theme.DeleteIcon(), c.confirmDelete)
	c.deleteButton.Importance = widget.DangerImportance
	m.Guard(c.name, c.lead, c.region, c.filter, c.notes, c.SaveButton, c.deleteButton)

	form := container.New(layout.NewFormLayout(),
		kit.FormLabel(lang.X("clusters.field.name", "Naam *")), c.name,
		kit.FormLabel(lang.X("clusters.field.lead", "Centrumgemeente")), c.lead,
		kit.FormLabel(lang.X("clusters.field.municipalities", "Gemeenten *")), c.summary,
	)
	filterRow := container.NewBorder(nil, nil,
		container.New(layout.NewGridWrapLayout(fyne.NewSize(220, c.region.MinSize().Height)), c.region), nil, c.filter)
	top := container.NewVBox(c.heading, form, filterRow)
	notesRow := container.New(layout.NewFormLayout(), kit.FormLabel(lang.X("clusters.field.notes", "Notities")), c.notes)
	buttons := container.NewHBox(layout.NewSpacer(), c.deleteButton, c.SaveButton)
	c.content = container.NewBorder(top, container.NewVBox(notesRow, c.Message, buttons), nil, nil, c.list)
	c.Panel = c.content
	return c
}

// load fills the editor with cluster r; an empty Record is a new cluster.
func (c *clusterEditor) load(r data.Record) {
	c.Loading = true
	c.id = r.ID
	c.Stored = r.Values
	c.name.SetText(r.Get(data.Cluster.Name))
	c.chosen = map[string]bool{}
	for _, id := range r.List(data.Cluster.MunicipalityIDs) {
		c.chosen[id] = true
	}
	c.notes.SetText(r.Get(data.Cluster.Notes))
	regions := []string{c.nh}
	seen := map[string]bool{}
	for _, mr := range c.m.munis {
		if reg := mr.Get(data.Municipality.SafetyRegion); reg != "" && !seen[reg] {
			seen[reg] = true
			regions = append(regions, reg)
		}
	}
	sort.Strings(regions[1:])
	regions = append(regions, c.picked, c.everywhere)
	c.region.Options = regions
	c.region.Selected = c.nh
	if lead, ok := c.m.byID[r.Get(data.Cluster.LeadMunicipalityID)]; ok && lead.Get(data.Municipality.SafetyRegion) != "" {
		c.region.Selected = lead.Get(data.Municipality.SafetyRegion)
	}
	c.region.Refresh()
	c.filter.SetText("")
	c.leadOptions(r.Get(data.Cluster.LeadMunicipalityID))
	c.EndLoad()
	c.ClearMessage()
	if c.id == "" {
		c.heading.SetText(lang.X("clusters.heading.new", "Nieuw cluster"))
		c.deleteButton.Disable()
	} else {
		c.heading.SetText(lang.X("clusters.heading", "Cluster {{.Name}}", map[string]any{"Name": r.Get(data.Cluster.Name)}))
		c.deleteButton.Enable()
	}
	c.showList()
	c.Changed()
}

// refresh shows cluster r as stored now: loaded when the editor holds no
// edits, otherwise taken into them (formState.takeStored), the region and
// search of the municipality list kept as the user left them.
func (c *clusterEditor) refresh(r data.Record) {
	if !c.Edited() {
		c.load(r)
		return
	}
	region, filter := c.region.Selected, c.filter.Text
	if c.TakeStored(c.m.env, r, c.load) {
		c.region.Selected = region
		c.region.Refresh()
		c.filter.SetText(filter)
		c.showList()
	}
}

// fieldText is how a message names a field of a cluster and shows its
// value in the editor.
func (c *clusterEditor) fieldText(field, v string) string {
	if field == data.Cluster.LeadMunicipalityID && v != "" {
		v = c.m.name(v)
	}
	return kit.DescribeField(data.KindCluster, field, v)
}

// chosenIDs are the ticked municipalities in Dutch order.
func (c *clusterEditor) chosenIDs() []string {
	var ids []string
	for _, r := range c.m.munis {
		if c.chosen[r.ID] {
			ids = append(ids, r.ID)
		}
	}
	for id := range c.chosen { // ids the store does not know (cannot happen, but keep them)
		if _, ok := c.m.byID[id]; !ok && c.chosen[id] {
			ids = append(ids, id)
		}
	}
	return ids
}

// leadOptions offers the ticked municipalities as centrumgemeente,
// selecting lead when it is one of them.
func (c *clusterEditor) leadOptions(lead string) {
	c.leadIDs = []string{""}
	options := []string{c.none}
	for _, id := range c.chosenIDs() {
		c.leadIDs = append(c.leadIDs, id)
		options = append(options, c.m.name(id))
	}
	c.lead.Options = options
	i := slices.Index(c.leadIDs, lead)
	if i < 0 {
		i = 0
	}
	c.lead.Selected = options[i]
	c.lead.Refresh()
	names := options[1:]
	switch len(names) {
	case 0:
		c.summary.SetText(lang.X("clusters.summary.none", "Nog geen gemeenten gekozen: vink ze hieronder aan."))
	default:
		c.summary.SetText(lang.X("clusters.summary", "{{.Count}} gekozen: {{.Names}}",
			map[string]any{"Count": len(names), "Names": strings.Join(names, ", ")}))
	}
}

// leadID is the chosen centrumgemeente, or "".
func (c *clusterEditor) leadID() string {
	i := c.lead.SelectedIndex()
	if i < 0 || i >= len(c.leadIDs) {
		return ""
	}
	return c.leadIDs[i]
}

// showList shows the municipalities of the chosen region that match the
// search, retired ones only when they are ticked.
func (c *clusterEditor) showList() {
	words := strings.Fields(data.Fold(c.filter.Text))
	region := c.region.Selected
	c.listIDs = c.listIDs[:0]
next:
	for _, r := range c.m.munis {
		switch region {
		case c.everywhere:
		case c.picked:
			if !c.chosen[r.ID] {
				continue
			}
		case c.nh:
			if r.Get(data.Municipality.SafetyRegion) == "" {
				continue
			}
		default:
			if r.Get(data.Municipality.SafetyRegion) != region {
				continue
			}
		}
		if r.Get(data.Municipality.Retired) == "true" && !c.chosen[r.ID] {
			continue
		}
		text := data.Fold(r.Get(data.Municipality.Name) + " " + r.Get(data.Municipality.CbsCode))
		for _, w := range words {
			if !strings.Contains(text, w) {
				continue next
			}
		}
		c.listIDs = append(c.listIDs, r.ID)
	}
	c.list.Refresh()
	c.list.ScrollToTop()
}

func (c *clusterEditor) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	if i < 0 || i >= len(c.listIDs) {
		return
	}
	id := c.listIDs[i]
	ch := o.(*widget.Check)
	ch.OnChanged = nil
	text := c.m.name(id)
	if r, ok := c.m.byID[id]; ok && r.Get(data.Municipality.Retired) == "true" {
		text = lang.X("clusters.retired", "{{.Name}} (opgeheven)", map[string]any{"Name": text})
	}
	ch.Text = text
	ch.Checked = c.chosen[id]
	ch.Refresh()
	ch.OnChanged = kit.Safe1(c.m.env, func(on bool) { c.tick(id, on) })
}

// tick adds a municipality to the cluster or takes it out.
func (c *clusterEditor) tick(id string, on bool) {
	if on {
		c.chosen[id] = true
	} else {
		delete(c.chosen, id)
	}
	c.leadOptions(c.leadID())
	if c.ErrEntry == nil && c.Message.Visible() {
		c.ClearMessage()
	}
	c.Changed()
}

// fields are the editor's fields as the store's field map.
func (c *clusterEditor) fields() map[string]string {
	return map[string]string{
		data.Cluster.Name:               c.name.Text,
		data.Cluster.LeadMunicipalityID: c.leadID(),
		data.Cluster.MunicipalityIDs:    data.JoinIDs(c.chosenIDs()),
		data.Cluster.Notes:              c.notes.Text,
	}
}

// unsaved is the question before throwing the edits away.
func (c *clusterEditor) unsaved() string {
	if c.id == "" {
		return lang.X("clusters.discard.new", "Het nieuwe cluster is nog niet opgeslagen. Wilt u deze gegevens weggooien?")
	}
	return lang.X("clusters.discard", "U heeft cluster {{.Name}} gewijzigd maar niet opgeslagen. Wilt u deze wijzigingen weggooien?",
		map[string]any{"Name": c.Loaded[data.Cluster.Name]})
}

// revert gives up the edits.
func (c *clusterEditor) revert() {
	r := data.Record{}
	if c.id != "" {
		r, _ = c.m.store.Get(c.m.ctx, data.KindCluster, c.id)
	}
	c.load(r)
}

// save checks and stores the cluster. On an error nothing is saved and the
// editor says what to correct.
func (c *clusterEditor) save() {
	if !c.Edited() {
		return
	}
	c.ClearMessage()
	m := c.m
	vals := c.Values()
	name := strings.TrimSpace(vals[data.Cluster.Name])
	for _, other := range m.clusters {
		if other.ID != c.id && name != "" && data.Fold(other.Get(data.Cluster.Name)) == data.Fold(name) {
			c.Fail(lang.X("clusters.error.name", "Er is al een cluster met de naam {{.Name}}; kies een andere naam.", map[string]any{"Name": name}), c.name)
			return
		}
	}
	if vals[data.Cluster.MunicipalityIDs] == "" {
		c.Fail(lang.X("clusters.error.empty", "Kies ten minste één gemeente voor het cluster."), nil)
		return
	}
	id := c.id
	var err error
	if id == "" {
		id, err = m.store.Create(m.ctx, data.KindCluster, vals)
	} else {
		// Only what the user changed, so a colleague's change of another
		// field stays.
		err = m.store.Update(m.ctx, data.KindCluster, id, c.ChangedFields(vals))
	}
	if err != nil {
		var field *kit.TextEntry
		if e, ok := data.AsError(err); ok && e.Field == data.Cluster.Name {
			field = c.name
		}
		c.Fail(say.Error(err), field)
		return
	}
	m.afterWrite()
	m.reveal(data.KindCluster, id)
	m.show(data.KindCluster, id)
	c.ShowMessage(say.Done(lang.X("clusters.saved", "Cluster {{.Name}} is opgeslagen.", map[string]any{"Name": name})), widget.MediumImportance)
}

// confirmDelete asks whether to delete the cluster.
func (c *clusterEditor) confirmDelete() {
	if c.id == "" {
		return
	}
	id, name := c.id, c.Loaded[data.Cluster.Name]
	c.m.Ask(lang.X("clusters.delete.title", "Cluster verwijderen"),
		lang.X("clusters.delete.question", "Weet u zeker dat u cluster {{.Name}} wilt verwijderen? De gemeenten zelf en hun gegevens blijven bewaard.",
			map[string]any{"Name": name}),
		lang.X("clusters.delete", "Verwijderen"), lang.X("clusters.cancel", "Annuleren"),
		func() { c.delete(id, name) }, nil)
}

func (c *clusterEditor) delete(id, name string) {
	m := c.m
	if err := m.store.Delete(m.ctx, data.KindCluster, id); err != nil {
		c.Fail(say.Error(err), nil)
		return
	}
	c.Loaded = nil
	m.show("", "")
	m.afterWrite()
	m.Deleted(lang.X("clusters.deleted", "Cluster {{.Name}}", map[string]any{"Name": name}), data.KindCluster, id)
}
