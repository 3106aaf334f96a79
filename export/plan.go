package export

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"ketenregie/data"
	"ketenregie/data/plandiff"
	"ketenregie/export/typeset"
)

// The beleidsplan as a college van B&W receives it: a cover, versiebeheer,
// a table of contents, the chapters from the plan's section tree, the
// goals and intended results, and the annexes (uitvoeringsagenda, the
// contact list that is not for publication, the plan's own annexes, the
// ketenafspraken and a list of abbreviations).

// PlanOptions choose what a printed plan contains.
type PlanOptions struct {
	// Public leaves out the contact list (bijlage B): it holds personal
	// data of professionals and is not for publication.
	Public bool
	// Version prints the plan as it was at that version ("0.3"), read
	// back from the change log: the same bytes every time, whatever was
	// edited or exchanged since. "" prints the plan as it is now.
	Version string
	// ChangesSince adds an annex of what changed since that version.
	ChangesSince string
}

// Source is what a document reads: the store as it is, or a data.Snapshot
// of it as it was at a plan version.
type Source interface {
	Get(ctx context.Context, kind, id string) (data.Record, error)
	List(ctx context.Context, kind string) ([]data.Record, error)
	ListWhere(ctx context.Context, kind, field string, value ...string) ([]data.Record, error)
	GetMany(ctx context.Context, kind string, ids []string) ([]data.Record, error)
}

// WritePlan writes the beleidsplan with this id to w as a PDF.
func WritePlan(ctx context.Context, s *data.Store, planID string, opt PlanOptions, w io.Writer) error {
	p, err := loadPlanEdition(ctx, s, planID, opt)
	if err != nil {
		return err
	}
	return typeset.Render(w, p.furniture(), p.info(), p.layout)
}

// loadPlanEdition reads the plan as opt asks: as it is now, or as it was
// at a version; with the annex of changes since a version when asked.
func loadPlanEdition(ctx context.Context, s *data.Store, planID string, opt PlanOptions) (*planDoc, error) {
	var src Source = s
	var edition *Edition
	var versions []data.Record
	if opt.Version != "" {
		rec, sn, err := s.PlanVersionAt(ctx, planID, opt.Version)
		if err != nil {
			return nil, err
		}
		src = sn
		date := rec.Get(data.Planversion.Date)
		if date == "" {
			date = sn.Now().Format("2006-01-02")
		}
		edition = &Edition{Version: rec.Get(data.Planversion.Version), Date: date}
		// The versiebeheer as it stood, with the version's own row as it
		// was made: later edits of its description do not change the print.
		if versions, err = sn.ListWhere(ctx, data.KindPlanversion, data.Planversion.PlanID, planID); err != nil {
			return nil, err
		}
		made, err := s.PlanVersionAsMade(ctx, rec.ID)
		if err != nil {
			return nil, err
		}
		versions = append(versions, made)
	}
	var changes *planChanges
	if opt.ChangesSince != "" {
		rec, old, err := s.PlanVersionAt(ctx, planID, opt.ChangesSince)
		if err != nil {
			return nil, err
		}
		cmp, err := plandiff.Compare(ctx, old, src, planID)
		if err != nil {
			return nil, err
		}
		changes = &planChanges{since: rec.Get(data.Planversion.Version), date: rec.Get(data.Planversion.Date), cmp: cmp}
	}
	return loadPlan(ctx, src, planID, opt, s, edition, versions, changes)
}

// chapter is a section of the plan with its number and sub-sections.
type chapter struct {
	id, num, title string
	level          int // 1 for a chapter
	blocks         []data.Record
	children       []*chapter
}

func (c *chapter) key() string { return "sec:" + c.id }

// annex is one annex in print order.
type annex struct {
	letter, title string
	landscape     bool
	marking       string // printed in red in the header of its pages
	own           *chapter
	draw          func(d *typeset.Doc)
}

func (a annex) key() string { return "annex:" + a.letter }

// tocEntry is a line of the table of contents.
type tocEntry struct {
	key, num, title string
	level           int
}

type planDoc struct {
	plan       data.Record
	sc         scope
	versions   []data.Record
	edition    Edition // the version printed, or the working copy
	front      []*chapter
	chapters   []*chapter
	annexes    []annex
	actions    []data.Record
	activities map[string][]data.Record // by the action they carry out, in date order
	groups     []contactGroup
	agreements []data.Record
	parties    map[string][]data.Record
	orgs       map[string]data.Record
	terms      []term
	toc        []tocEntry
	changes    *planChanges // the annex of changes since a version; nil for none
}

// contactGroup is the contacts of one type of organisation.
type contactGroup struct {
	label    string
	contacts []data.Record
}

// loadPlan reads plan id from s. An edition given is what the print is
// (a version, with its versiebeheer); without one the store's state of the
// plan decides it (loadVersions).
func loadPlan(ctx context.Context, s Source, id string, opt PlanOptions, store *data.Store, edition *Edition, versions []data.Record, changes *planChanges) (*planDoc, error) {
	plan, err := s.Get(ctx, data.KindPlan, id)
	if err != nil {
		return nil, err
	}
	p := &planDoc{plan: plan, changes: changes}
	if p.sc, err = loadScope(ctx, s, plan.Get(data.Plan.MunicipalityID), plan.Get(data.Plan.ClusterID)); err != nil {
		return nil, err
	}
	if edition != nil {
		p.edition = *edition
		p.versions = sortVersions(versions)
	} else if err := p.loadVersions(ctx, store); err != nil {
		return nil, err
	}
	if err := p.loadSections(ctx, s); err != nil {
		return nil, err
	}
	if p.actions, err = s.ListWhere(ctx, data.KindAction, data.Action.PlanID, id); err != nil {
		return nil, err
	}
	if p.activities, err = actionActivities(ctx, s, p.actions); err != nil {
		return nil, err
	}
	orgs, err := s.List(ctx, data.KindOrganisation)
	if err != nil {
		return nil, err
	}
	p.orgs = byID(orgs)
	if err := p.loadContacts(ctx, s); err != nil {
		return nil, err
	}
	if err := p.loadAgreements(ctx, s); err != nil {
		return nil, err
	}
	p.terms = termsIn(p.corpus())
	p.planAnnexes(opt)
	p.buildTOC()
	return p, nil
}

// sortVersions puts the versiebeheer in order: by date, then by number.
func sortVersions(vs []data.Record) []data.Record {
	slices.SortStableFunc(vs, func(a, b data.Record) int {
		if c := strings.Compare(a.Get(data.Planversion.Date), b.Get(data.Planversion.Date)); c != 0 {
			return c
		}
		return compareVersions(a.Get(data.Planversion.Version), b.Get(data.Planversion.Version))
	})
	return vs
}

// loadVersions reads the versiebeheer, oldest first, and what the print
// is: the version made last, dated as its row says, when nothing in the
// plan changed after it was made; otherwise a working copy after that
// version, dated by its last change.
func (p *planDoc) loadVersions(ctx context.Context, s *data.Store) error {
	vs, err := s.ListWhere(ctx, data.KindPlanversion, data.Planversion.PlanID, p.plan.ID)
	if err != nil {
		return err
	}
	p.versions = sortVersions(vs)
	st, err := s.PlanVersionState(ctx, p.plan.ID)
	if err != nil {
		return err
	}
	if st.Working() {
		p.edition = Edition{Working: true, Version: st.Version, Date: st.Changed.Format("2006-01-02")}
		return nil
	}
	p.edition = Edition{Version: st.Version, Date: st.Made.Format("2006-01-02")}
	for _, v := range vs {
		if v.ID == st.VersionID && v.Get(data.Planversion.Date) != "" {
			p.edition.Date = v.Get(data.Planversion.Date)
		}
	}
	return nil
}

// compareVersions orders "0.9" before "0.10".
func compareVersions(a, b string) int {
	as, bs := strings.Split(a, "."), strings.Split(b, ".")
	for i := 0; i < len(as) && i < len(bs); i++ {
		x, errX := strconv.Atoi(as[i])
		y, errY := strconv.Atoi(bs[i])
		if errX == nil && errY == nil {
			if x != y {
				return x - y
			}
		} else if c := strings.Compare(as[i], bs[i]); c != 0 {
			return c
		}
	}
	return len(as) - len(bs)
}

// frontMatter are chapter titles printed before chapter 1, unnumbered,
// when a plan starts with them.
var frontMatter = []string{"voorwoord", "samenvatting", "managementsamenvatting", "bestuurlijke samenvatting", "colofon"}

// annexTitle reports whether a top-level section is one of the plan's own
// annexes ("Bijlage: Meldroute", "Bijlage 2 Meldroute"), and its title.
func annexTitle(title string) (string, bool) {
	t := strings.TrimSpace(title)
	if len(t) < 7 || !strings.EqualFold(t[:7], "bijlage") {
		return "", false
	}
	rest := t[7:]
	if r, _ := utf8.DecodeRuneInString(rest); unicode.IsLetter(r) {
		return "", false // "Bijlagen", a chapter that holds annexes
	}
	rest = strings.TrimSpace(rest)
	// Drop the annex's own number or letter: the print letters them anew.
	if f := strings.Fields(rest); len(f) > 1 {
		label := strings.TrimRight(f[0], ":.–-")
		if isDigits(label) || (len(label) == 1 && label[0] >= 'A' && label[0] <= 'Z') {
			rest = rest[len(f[0]):]
		}
	}
	rest = strings.TrimSpace(strings.TrimLeft(rest, ":.–- "))
	if rest == "" {
		return t, true
	}
	return rest, true
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

func (p *planDoc) loadSections(ctx context.Context, s Source) error {
	secs, err := s.ListWhere(ctx, data.KindSection, data.Section.PlanID, p.plan.ID)
	if err != nil {
		return err
	}
	children := map[string][]data.Record{}
	for _, sec := range secs {
		children[sec.Get(data.Section.ParentID)] = append(children[sec.Get(data.Section.ParentID)], sec)
	}
	var build func(sec data.Record, num string, level int) (*chapter, error)
	build = func(sec data.Record, num string, level int) (*chapter, error) {
		blocks, err := s.ListWhere(ctx, data.KindBlock, data.Block.SectionID, sec.ID)
		if err != nil {
			return nil, err
		}
		c := &chapter{id: sec.ID, num: num, title: sec.Get(data.Section.Title), level: level, blocks: blocks}
		for i, child := range children[sec.ID] {
			n := ""
			if num != "" {
				n = fmt.Sprintf("%s.%d", num, i+1)
			}
			cc, err := build(child, n, level+1)
			if err != nil {
				return nil, err
			}
			c.children = append(c.children, cc)
		}
		return c, nil
	}
	top := children[""]
	n := 0
	for i, sec := range top {
		title := data.Fold(strings.TrimSpace(sec.Get(data.Section.Title)))
		if len(p.chapters) == 0 && slices.Contains(frontMatter, title) && i == len(p.front) {
			c, err := build(sec, "", 1)
			if err != nil {
				return err
			}
			p.front = append(p.front, c)
			continue
		}
		if t, ok := annexTitle(sec.Get(data.Section.Title)); ok {
			c, err := build(sec, "", 1)
			if err != nil {
				return err
			}
			c.title = t
			p.annexes = append(p.annexes, annex{title: t, own: c})
			continue
		}
		n++
		c, err := build(sec, strconv.Itoa(n), 1)
		if err != nil {
			return err
		}
		p.chapters = append(p.chapters, c)
	}
	return nil
}

// loadContacts finds the contacts covering the plan's municipalities or
// working at an organisation in one of them, grouped by organisation type.
func (p *planDoc) loadContacts(ctx context.Context, s Source) error {
	if len(p.sc.set) == 0 {
		return nil
	}
	all, err := s.List(ctx, data.KindContact)
	if err != nil {
		return err
	}
	byType := map[string][]data.Record{}
	for _, c := range all {
		org := p.orgs[c.Get(data.Contact.OrganisationID)]
		if !p.sc.covers(c.List(data.Contact.MunicipalityIDs)) && !p.sc.set[org.Get(data.Organisation.MunicipalityID)] {
			continue
		}
		t := org.Get(data.Organisation.Type)
		if t == "" {
			t = data.OrganisationTypeOverig
		}
		byType[t] = append(byType[t], c)
	}
	for _, t := range data.OrganisationTypes {
		cs := byType[t.Code]
		if len(cs) == 0 {
			continue
		}
		slices.SortStableFunc(cs, func(a, b data.Record) int {
			return strings.Compare(data.Fold(orgName(p.orgs, a.Get(data.Contact.OrganisationID))), data.Fold(orgName(p.orgs, b.Get(data.Contact.OrganisationID))))
		})
		p.groups = append(p.groups, contactGroup{t.Label, cs})
	}
	return nil
}

// loadAgreements finds the ketenafspraken for the plan's municipalities
// that have not ended, with their parties.
func (p *planDoc) loadAgreements(ctx context.Context, s Source) error {
	if len(p.sc.set) == 0 {
		return nil
	}
	all, err := s.List(ctx, data.KindAgreement)
	if err != nil {
		return err
	}
	for _, a := range all {
		if p.sc.covers(a.List(data.Agreement.MunicipalityIDs)) && !data.AgreementEnded(a.Get(data.Agreement.Status)) {
			p.agreements = append(p.agreements, a)
		}
	}
	p.parties, err = loadParties(ctx, s, p.orgs)
	return err
}

// loadParties reads every party, grouped by agreement, in Dutch order of
// the organisation's name.
func loadParties(ctx context.Context, s Source, orgs map[string]data.Record) (map[string][]data.Record, error) {
	all, err := s.List(ctx, data.KindParty)
	if err != nil {
		return nil, err
	}
	slices.SortStableFunc(all, func(a, b data.Record) int {
		return strings.Compare(data.Fold(orgName(orgs, a.Get(data.Party.OrganisationID))), data.Fold(orgName(orgs, b.Get(data.Party.OrganisationID))))
	})
	out := map[string][]data.Record{}
	for _, pt := range all {
		out[pt.Get(data.Party.AgreementID)] = append(out[pt.Get(data.Party.AgreementID)], pt)
	}
	return out, nil
}

// actionActivities are the activities that carry out actions, by action,
// in date order.
func actionActivities(ctx context.Context, s Source, actions []data.Record) (map[string][]data.Record, error) {
	out := map[string][]data.Record{}
	if len(actions) == 0 {
		return out, nil
	}
	ours := map[string]bool{}
	for _, a := range actions {
		ours[a.ID] = true
	}
	all, err := s.List(ctx, data.KindActivity)
	if err != nil {
		return nil, err
	}
	for _, r := range all { // in Dutch order of their titles
		if id := r.Get(data.Activity.ActionID); ours[id] {
			out[id] = append(out[id], r)
		}
	}
	for _, list := range out {
		slices.SortStableFunc(list, func(x, y data.Record) int {
			return strings.Compare(x.Get(data.Activity.Date), y.Get(data.Activity.Date))
		})
	}
	return out, nil
}

// activityLines are the activities that carry out an action, one a bullet:
// date, title and status, and for one held how many took part.
func activityLines(activities []data.Record) string {
	lines := make([]string, len(activities))
	for i, r := range activities {
		status := choice(data.ActivityStatuses, r.Get(data.Activity.Status))
		if n := r.Get(data.Activity.Participants); n != "" && r.Get(data.Activity.Status) == data.ActivityStatusUitgevoerd {
			status += ", " + n + " deelnemers"
		}
		lines[i] = fmt.Sprintf("• %s %s (%s)", data.FormatDate(r.Get(data.Activity.Date)), r.Get(data.Activity.Title), strings.ToLower(status))
	}
	return strings.Join(lines, "\n")
}

// corpus is all text the plan prints, for finding abbreviations.
func (p *planDoc) corpus() string {
	var b strings.Builder
	add := func(s ...string) {
		for _, x := range s {
			b.WriteString(x)
			b.WriteByte('\n')
		}
	}
	add(p.plan.Get(data.Plan.Title), p.plan.Get(data.Plan.Goals), p.plan.Get(data.Plan.Results), p.plan.Get(data.Plan.AdoptedBy))
	var walk func(c *chapter)
	walk = func(c *chapter) {
		add(c.title)
		for _, bl := range c.blocks {
			add(data.PlainText(bl.Get(data.Block.Text)))
		}
		for _, cc := range c.children {
			walk(cc)
		}
	}
	for _, c := range p.front {
		walk(c)
	}
	for _, c := range p.chapters {
		walk(c)
	}
	for _, a := range p.annexes {
		walk(a.own)
	}
	for _, a := range p.actions {
		add(a.Get(data.Action.Title), a.Get(data.Action.Owner), a.Get(data.Action.Partners), a.Get(data.Action.Planning), a.Get(data.Action.Indicator))
		for _, r := range p.activities[a.ID] {
			add(r.Get(data.Activity.Title))
		}
	}
	for _, a := range p.agreements {
		add(a.Get(data.Agreement.Title), choice(data.AgreementTypes, a.Get(data.Agreement.Type)))
		for _, pt := range p.parties[a.ID] {
			add(orgName(p.orgs, pt.Get(data.Party.OrganisationID)))
		}
	}
	return b.String()
}

// planAnnexes puts the annexes in print order and letters them: the
// uitvoeringsagenda, the contact list, the plan's own annexes, the
// ketenafspraken and the list of abbreviations. Empty ones are left out,
// except the uitvoeringsagenda.
func (p *planDoc) planAnnexes(opt PlanOptions) {
	own := p.annexes
	list := []annex{{title: "Uitvoeringsagenda", landscape: true, draw: p.drawActions}}
	if !opt.Public && len(p.groups) > 0 {
		list = append(list, annex{title: "Contactenlijst", marking: "Niet openbaar", draw: p.drawContacts})
	}
	list = append(list, own...)
	if len(p.agreements) > 0 {
		list = append(list, annex{title: "Overzicht ketenafspraken", landscape: true, draw: p.drawAgreements})
	}
	if len(p.terms) > 0 {
		list = append(list, annex{title: "Begrippenlijst", draw: p.drawTerms})
	}
	if p.changes != nil {
		list = append(list, annex{title: "Wijzigingen ten opzichte van versie " + p.changes.since, draw: p.drawChanges})
	}
	for i := range list {
		list[i].letter = string(rune('A' + i))
		if c := list[i].own; c != nil {
			renumber(c, list[i].letter)
		}
	}
	p.annexes = list
}

// renumber numbers an annex's sub-sections C.1, C.2 ...
func renumber(c *chapter, num string) {
	for i, cc := range c.children {
		cc.num = fmt.Sprintf("%s.%d", num, i+1)
		renumber(cc, cc.num)
	}
}

func (p *planDoc) hasGoals() bool {
	return len(textLines(p.plan.Get(data.Plan.Goals))) > 0 || len(textLines(p.plan.Get(data.Plan.Results))) > 0
}

// buildTOC lists chapters and their paragraphs, and the annexes.
func (p *planDoc) buildTOC() {
	add := func(c *chapter) {
		p.toc = append(p.toc, tocEntry{c.key(), c.num, c.title, 1})
		for _, cc := range c.children {
			p.toc = append(p.toc, tocEntry{cc.key(), cc.num, cc.title, 2})
		}
	}
	for _, c := range p.front {
		add(c)
	}
	if p.hasGoals() {
		p.toc = append(p.toc, tocEntry{"goals", "", "Doelen en beoogde resultaten", 1})
	}
	for _, c := range p.chapters {
		add(c)
	}
	for _, a := range p.annexes {
		p.toc = append(p.toc, tocEntry{a.key(), "Bijlage " + a.letter, a.title, 1})
		if a.own != nil {
			for _, cc := range a.own.children {
				p.toc = append(p.toc, tocEntry{cc.key(), cc.num, cc.title, 2})
			}
		}
	}
}

func (p *planDoc) adopted() bool { return p.plan.Get(data.Plan.Status) == data.PlanStatusVastgesteld }

func (p *planDoc) period() string {
	a, b := p.plan.Get(data.Plan.PeriodStart), p.plan.Get(data.Plan.PeriodEnd)
	switch {
	case a != "" && b != "":
		return a + "–" + b
	case a != "":
		return "vanaf " + a
	case b != "":
		return "tot en met " + b
	}
	return ""
}

func (p *planDoc) furniture() typeset.Furniture {
	edition := p.edition.String()
	f := typeset.Furniture{
		Header:      p.plan.Get(data.Plan.Title),
		HeaderRight: p.sc.name,
		CoverPlain:  true,
		FooterRight: func(page, total int) string {
			s := fmt.Sprintf("pagina %d van %d", page, total)
			if edition != "" {
				s = edition + " · " + s
			}
			return s
		},
	}
	if !p.adopted() {
		f.Watermark = "CONCEPT"
		f.FooterLeft = choice(data.PlanStatuses, p.plan.Get(data.Plan.Status))
	}
	return f
}

func (p *planDoc) info() typeset.Info {
	subject := "Beleidsplan aanpak mensenhandel"
	if p.sc.name != "" {
		subject += " " + p.sc.name
	}
	if per := p.period(); per != "" {
		subject += " " + per
	}
	keywords := append([]string{"mensenhandel", "beleidsplan", "aanpak mensenhandel"}, p.sc.muniNames()...)
	if p.sc.cluster {
		keywords = append(keywords, p.sc.name)
	}
	return typeset.Info{
		Title:    p.plan.Get(data.Plan.Title),
		Author:   p.plan.Get(data.Plan.Author),
		Subject:  subject,
		Keywords: strings.Join(keywords, ", "),
		Date:     noonUTC(p.edition.Date),
	}
}

func (p *planDoc) layout(d *typeset.Doc) error {
	p.cover(d)
	p.versionPage(d)
	p.contents(d)
	for _, c := range p.front {
		p.chapter(d, c, "")
	}
	if p.hasGoals() {
		p.goals(d)
	}
	for _, c := range p.chapters {
		p.chapter(d, c, "")
	}
	for _, a := range p.annexes {
		d.SetMarking(a.marking)
		d.LabelledHeading(a.key(), "Bijlage "+a.letter, a.title, a.landscape, "Bijlage "+a.letter+" "+a.title)
		if a.own != nil {
			p.sectionBody(d, a.own)
		} else {
			a.draw(d)
		}
		d.SetMarking("")
	}
	return nil
}

// cover is the title page.
func (p *planDoc) cover(d *typeset.Doc) {
	d.NewPage(false)
	d.Fill(0, 0, d.W, 14, typeset.ColAccent)
	x, w := 25.0, 160.0

	label := "Beleidsplan aanpak mensenhandel"
	switch {
	case p.sc.cluster:
		label = "Cluster " + p.sc.name
	case p.sc.name != "":
		label = "Gemeente " + p.sc.name
	}
	d.Tag(typeset.RoleP, func() { d.Text(x, 62, label, typeset.Bold, 11, typeset.ColMuted) })

	title := typeset.Style{Size: 26, Lead: 11.5, Color: typeset.ColAccent, Bold: true}
	d.Y = 70
	lines := typeset.Wrap(typeset.Plain(p.plan.Get(data.Plan.Title)), title, w)
	d.Heading(1, func() {
		for _, l := range lines {
			d.DrawLine(l, x, d.Y, w, title)
			d.Y += title.Lead
		}
	})
	if p.sc.cluster && len(p.sc.munis) > 0 {
		d.Y += 3
		sub := typeset.Style{Size: 11, Lead: 5.5, Color: typeset.ColMuted}
		d.Tag(typeset.RoleP, func() {
			for _, l := range typeset.Wrap(typeset.Plain("Gemeenten "+joinAnd(unbroken(p.sc.muniNames()))), sub, w) {
				d.DrawLine(l, x, d.Y, w, sub)
				d.Y += sub.Lead
			}
		})
	}
	d.Y = max(d.Y+10, 140)
	d.Line(x, d.Y, x+40, d.Y, typeset.ColAccent, 0.8)
	d.Y += 8

	d.KeyValues(p.coverRows(), x, w, 28, typeset.Style{Size: 11, Lead: 6.5, Color: typeset.ColText})

	note := p.coverNote()
	ts := typeset.Style{Size: 10.5, Lead: 5.4, Color: typeset.ColText}
	nl := typeset.Wrap(typeset.Plain(note), ts, w-12)
	h := ts.Height(len(nl)) + 10
	top := 250 - h
	d.Fill(x, top, w, h, typeset.ColTint)
	d.Fill(x, top, 1.6, h, typeset.ColAccent)
	y := top + 5
	d.Tag(typeset.RoleP, func() {
		for _, l := range nl {
			d.DrawLine(l, x+7, y, w-12, ts)
			y += ts.Lead
		}
	})
	d.Fill(0, d.H-6, d.W, 6, typeset.ColAccent)
}

// coverRows are the facts under the title on the cover; a row without a
// value is not printed.
func (p *planDoc) coverRows() []typeset.KV {
	return []typeset.KV{
		{Label: "Periode", Value: p.period()},
		{Label: "Versie", Value: p.coverVersion()},
		{Label: "Datum", Value: data.FormatDate(p.edition.Date)},
		{Label: "Status", Value: choice(data.PlanStatuses, p.plan.Get(data.Plan.Status))},
		{Label: "Auteur", Value: p.plan.Get(data.Plan.Author)},
		{Label: "Kenmerk", Value: p.plan.Get(data.Plan.Reference)},
	}
}

// adoptionText is "Vastgesteld door het college van B&W van ... op ...,
// kenmerk ...".
func (p *planDoc) adoptionText() string {
	by := strings.TrimSpace(p.plan.Get(data.Plan.AdoptedBy))
	f := data.Fold(by)
	switch {
	case by == "" && p.sc.cluster:
		by = "de colleges van B&W van " + joinAnd(unbroken(p.sc.muniNames()))
	case by == "":
		by = "het college van B&W van " + p.sc.name
	case strings.HasPrefix(f, "het ") || strings.HasPrefix(f, "de ") || strings.HasPrefix(f, "college") ||
		strings.HasPrefix(f, "colleges") || strings.HasPrefix(f, "gemeenteraad") || strings.HasPrefix(f, "raad"):
	default:
		by = "het college van B&W van " + by
	}
	s := "Vastgesteld door " + by
	if d := p.plan.Get(data.Plan.AdoptedDate); d != "" {
		s += " op " + data.FormatDate(d)
	}
	if r := p.plan.Get(data.Plan.Reference); r != "" {
		s += ", kenmerk " + r
	}
	return s + "."
}

// versionPage holds the versiebeheer and a colofon.
func (p *planDoc) versionPage(d *typeset.Doc) {
	d.ChapterHeading("versions", "", "Versiebeheer", false, "Versiebeheer")
	t := typeset.NewTable(typeset.Col("Versie", 12, 'L'), typeset.DateColumn("Datum"), typeset.Col("Auteur", 28, 'L'), typeset.Col("Wijziging", 70, 'L'))
	var rows [][]typeset.Cell
	for _, v := range p.versions {
		rows = append(rows, []typeset.Cell{typeset.TextCell(v.Get(data.Planversion.Version)), typeset.TextCell(data.FormatDate(v.Get(data.Planversion.Date))),
			typeset.TextCell(v.Get(data.Planversion.Author)), typeset.TextCell(v.Get(data.Planversion.Change))})
	}
	if p.edition.Working {
		rows = append(rows, p.workingRow())
		// "werkversie" on one line; a plan's own numbers keep their narrow column.
		t.Cols[0].Min = typeset.TextWidth("werkversie", typeset.Regular, t.Style.Size) + 2*t.PadX + 0.5
	}
	t.Draw(d, rows)

	d.Gap(12)
	d.SubHeading("", "", "Colofon", 3)
	adopted := "nog niet vastgesteld"
	if p.adopted() {
		adopted = strings.TrimSuffix(p.adoptionText(), ".")
	}
	scope := p.sc.name
	if p.sc.cluster {
		scope = p.sc.name + " (" + joinAnd(unbroken(p.sc.muniNames())) + ")"
	}
	d.KeyValues([]typeset.KV{
		{Label: "Titel", Value: p.plan.Get(data.Plan.Title)},
		{Label: "Gemeente of cluster", Value: scope},
		{Label: "Periode", Value: p.period()},
		{Label: "Opgesteld door", Value: p.plan.Get(data.Plan.Author)},
		{Label: "Status", Value: choice(data.PlanStatuses, p.plan.Get(data.Plan.Status))},
		{Label: "Vaststelling", Value: adopted},
		{Label: "Kenmerk", Value: p.plan.Get(data.Plan.Reference)},
	}, d.Left, d.Width(), 38, typeset.BodyLeft)
}

// contents is the table of contents, with the page numbers the previous
// pass found; each line links to its chapter.
func (p *planDoc) contents(d *typeset.Doc) {
	d.ChapterHeading("contents", "", "Inhoudsopgave", false, "Inhoudsopgave")
	const numW, pageW = 20.0, 12.0
	d.Open(typeset.RoleTOC)
	defer d.Close()
	for _, e := range p.toc {
		ts := typeset.BodyLeft
		x := d.Left
		if e.level == 1 {
			ts.Bold = true
			if !d.AtTop() {
				d.Gap(2.2)
			}
		} else {
			x += 8
		}
		tw := d.Right - pageW - (x + numW)
		if e.num == "" && e.level == 1 {
			tw += numW
		}
		lines := typeset.Wrap(typeset.Plain(e.title), ts, tw)
		d.Need(ts.Height(len(lines)))
		top := d.Y
		d.Open(typeset.RoleTOCI)
		d.Open(typeset.RoleLink)
		tx := x + numW
		if e.num == "" && e.level == 1 {
			tx = x
		}
		for i, l := range lines {
			base := d.Y + ts.Lead*0.5 + ts.Size/typeset.PtPerMM*0.35
			if i == 0 && e.num != "" {
				d.Text(x, base, e.num, typeset.StyleOf(ts.Bold, false), ts.Size, ts.Color)
			}
			d.DrawLine(l, tx, d.Y, tw, ts)
			if i == len(lines)-1 {
				page := strconv.Itoa(d.PageOf(e.key))
				pw := typeset.TextWidth(page, typeset.StyleOf(ts.Bold, false), ts.Size)
				d.Dots(tx+l.W+2, d.Right-pw-2, base)
				d.Text(d.Right-pw, base, page, typeset.StyleOf(ts.Bold, false), ts.Size, ts.Color)
			}
			d.Y += ts.Lead
		}
		d.Link(e.key, d.Left, top, d.Width(), d.Y-top)
		d.Close()
		d.Close()
	}
}

// chapter prints a chapter on a new page, or a paragraph in the flow.
func (p *planDoc) chapter(d *typeset.Doc, c *chapter, _ string) {
	if c.level == 1 {
		d.ChapterHeading(c.key(), c.num, c.title, false, strings.TrimSpace(c.num+" "+c.title))
	} else {
		d.SubHeading(c.key(), c.num, c.title, c.level)
	}
	p.sectionBody(d, c)
}

// sectionBody prints a section's blocks and then its sub-sections.
func (p *planDoc) sectionBody(d *typeset.Doc, c *chapter) {
	for _, b := range c.blocks {
		switch b.Get(data.Block.Style) {
		case data.BlockStyleHeading:
			d.SubHeading("", "", data.PlainText(b.Get(data.Block.Text)), 4)
		case data.BlockStyleBullets:
			var items [][]typeset.Span
			for _, l := range textLines(b.Get(data.Block.Text)) {
				items = append(items, inline(l))
			}
			d.Bullets(items, typeset.BodyLeft, typeset.Bullet, 2.5)
		default:
			for _, l := range textLines(b.Get(data.Block.Text)) {
				d.Paragraph(inline(l), typeset.Body, 2.5)
			}
		}
	}
	for _, cc := range c.children {
		p.chapter(d, cc, "")
	}
}

// goals prints the plan's doelen (numbered) and beoogde resultaten.
func (p *planDoc) goals(d *typeset.Doc) {
	d.ChapterHeading("goals", "", "Doelen en beoogde resultaten", false, "Doelen en beoogde resultaten")
	if goals := textLines(p.plan.Get(data.Plan.Goals)); len(goals) > 0 {
		d.SubHeading("", "", "Doelen", 2)
		var items [][]typeset.Span
		for _, g := range goals {
			items = append(items, inline(g))
		}
		d.Bullets(items, typeset.BodyLeft, func(i int) string { return strconv.Itoa(i+1) + "." }, 4)
	}
	if results := textLines(p.plan.Get(data.Plan.Results)); len(results) > 0 {
		d.SubHeading("", "", "Beoogde resultaten", 2)
		var items [][]typeset.Span
		for _, r := range results {
			items = append(items, inline(r))
		}
		d.Bullets(items, typeset.BodyLeft, typeset.Bullet, 4)
	}
}

var (
	colDone    = typeset.RGB{R: 0, G: 110, B: 60}
	colDelayed = typeset.ColWarning
)

// drawActions is bijlage A: the uitvoeringsagenda, with under each action
// the activities that carry it out.
func (p *planDoc) drawActions(d *typeset.Doc) {
	if len(p.actions) == 0 {
		d.Paragraph(typeset.Plain("Er zijn nog geen acties opgenomen in de uitvoeringsagenda."), typeset.BodyLeft, 0)
		return
	}
	t := typeset.NewTable(typeset.NumberColumn("#"), typeset.Col("Actie", 42, 'L'), typeset.Col("Thema", 24, 'L'), typeset.Col("Eigenaar", 30, 'L'),
		typeset.Col("Partners", 42, 'L'), typeset.Col("Planning", 16, 'L'), typeset.Col("Status", 18, 'L'), typeset.Col("Indicator", 42, 'L'))
	rows := make([][]typeset.Cell, len(p.actions))
	for i, a := range p.actions {
		status := typeset.TextCell(choice(data.ActionStatuses, a.Get(data.Action.Status)))
		switch a.Get(data.Action.Status) {
		case data.ActionStatusGereed:
			status.Color = &colDone
		case data.ActionStatusVertraagd:
			status.Color, status.Bold = &colDelayed, true
		}
		rows[i] = []typeset.Cell{typeset.TextCell(strconv.Itoa(i + 1)), {Spans: inline(a.Get(data.Action.Title)), Bold: true, Sub: activityLines(p.activities[a.ID])},
			typeset.TextCell(choice(data.Themes, a.Get(data.Action.Theme))), typeset.TextCell(a.Get(data.Action.Owner)), typeset.TextCell(a.Get(data.Action.Partners)),
			typeset.TextCell(a.Get(data.Action.Planning)), status, typeset.TextCell(a.Get(data.Action.Indicator))}
	}
	t.Draw(d, rows)
}

// drawContacts is bijlage B: the contact list, not for publication. The
// job title stands under the organisation, as on a business card, and the
// role from Ketenregie's list under the name; a phone number is grouped
// as it is said (data.FormatPhone), so the list reads alike whoever typed
// the numbers.
func (p *planDoc) drawContacts(d *typeset.Doc) {
	d.Paragraph(typeset.Plain("Deze bijlage bevat namen en werkgegevens van professionals en is niet openbaar. "+
		"Laat haar weg wanneer u het plan publiceert of buiten de kring van ketenpartners verspreidt."), typeset.SmallNote, 5)
	for _, g := range p.groups {
		t := typeset.NewTable(typeset.Col("Naam en rol", 50, 'L'), typeset.Col("Organisatie en functie", 50, 'L'), typeset.Col("E-mail en telefoon", 63, 'L'))
		rows := make([][]typeset.Cell, len(g.contacts))
		for i, c := range g.contacts {
			reach := strings.TrimSpace(c.Get(data.Contact.Email) + "\n" + data.FormatPhone(c.Get(data.Contact.Phone)))
			work := typeset.Cell{Spans: typeset.Plain(orgName(p.orgs, c.Get(data.Contact.OrganisationID))), Sub: c.Get(data.Contact.Function)}
			if work.Spans[0].Text == "" {
				work = typeset.TextCell(c.Get(data.Contact.Function))
			}
			rows[i] = []typeset.Cell{{Spans: typeset.Plain(c.Get(data.Contact.Name)), Bold: true, Sub: choice(data.ContactRoles, c.Get(data.Contact.Role))},
				work, typeset.TextCell(reach)}
		}
		d.KeepHeading(g.label, t.StartHeight(d, rows))
		t.Draw(d, rows)
		d.Gap(6)
	}
}

// drawAgreements is the annex with the ketenafspraken for the plan's municipalities.
func (p *planDoc) drawAgreements(d *typeset.Doc) {
	d.Paragraph(typeset.Plain("Ketenafspraken die gelden voor "+scopePhrase(p.sc)+", met hun partijen. "+
		"Verlopen, opgezegde en vervangen afspraken zijn niet opgenomen."), typeset.SmallNote, 4)
	t := typeset.NewTable(typeset.Col("Ketenafspraak", 60, 'L'), typeset.Col("Partijen (ondertekenaar)", 90, 'L'), typeset.Col("Niveau", 20, 'L'),
		typeset.Col("Status", 22, 'L'), typeset.DateColumn("In werking"), typeset.DateColumn("Evaluatie"), typeset.DateColumn("Einde"))
	rows := make([][]typeset.Cell, len(p.agreements))
	for i, a := range p.agreements {
		sub := choice(data.AgreementTypes, a.Get(data.Agreement.Type))
		if r := a.Get(data.Agreement.Reference); r != "" {
			sub += " · " + r
		}
		rows[i] = []typeset.Cell{{Spans: typeset.Plain(a.Get(data.Agreement.Title)), Bold: true, Sub: sub},
			typeset.TextCell(partyList(p.parties[a.ID], p.orgs)),
			typeset.TextCell(choice(data.AgreementLevels, a.Get(data.Agreement.Level))), typeset.TextCell(choice(data.AgreementStatuses, a.Get(data.Agreement.Status))),
			typeset.TextCell(dateOr(a.Get(data.Agreement.StartDate), "–")), typeset.TextCell(dateOr(a.Get(data.Agreement.EvaluationDate), "–")),
			typeset.TextCell(dateOr(a.Get(data.Agreement.EndDate), "–"))}
	}
	t.Draw(d, rows)
}

// scopePhrase is "de gemeenten A, B en C" or "de gemeente A".
func scopePhrase(sc scope) string {
	names := sc.muniNames()
	if len(names) == 1 {
		return "de gemeente " + names[0]
	}
	return "de gemeenten " + joinAnd(unbroken(names))
}

// partyList is one line per party: "Organisatie (ondertekenaar)".
func partyList(parties []data.Record, orgs map[string]data.Record) string {
	lines := make([]string, 0, len(parties))
	for _, pt := range parties {
		s := orgName(orgs, pt.Get(data.Party.OrganisationID))
		if sig := pt.Get(data.Party.Signatory); sig != "" {
			s += " (" + sig + ")"
		}
		lines = append(lines, s)
	}
	if len(lines) == 0 {
		return "–"
	}
	return strings.Join(lines, "\n")
}

// drawTerms is the list of abbreviations that occur in the plan.
func (p *planDoc) drawTerms(d *typeset.Doc) {
	t := typeset.NewTable(typeset.Col("Afkorting", 22, 'L'), typeset.Col("Betekenis", 100, 'L'))
	rows := make([][]typeset.Cell, len(p.terms))
	for i, tm := range p.terms {
		rows[i] = []typeset.Cell{{Spans: typeset.Plain(tm.abbr), Bold: true}, typeset.TextCell(tm.meaning)}
	}
	t.Style = typeset.Style{Size: 9.5, Lead: 4.6, Color: typeset.ColText}
	t.Draw(d, rows)
}
