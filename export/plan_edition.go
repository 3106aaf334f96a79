package export

import (
	"context"
	"strings"

	"ketenregie/data"
	"ketenregie/export/typeset"
)

// Edition is what a printed plan says it is, on its cover, in every footer
// and in its file name: a version that was made, or a working copy. A PDF
// of a plan edited after version 0.4 that still said "versie 0.4" would
// pass for the text that was sent round as 0.4.
type Edition struct {
	// Working is set for a working copy: changed since its last version,
	// or without any version.
	Working bool
	// Version is the version printed, or the one a working copy follows;
	// "" for a plan without versions.
	Version string
	// Date (ISO) is the date of that version, or of a working copy's last change.
	Date string
}

// Label is "versie 0.4", "werkversie na 0.4", or "werkversie" for a plan
// of which no version was made yet.
func (e Edition) Label() string {
	switch {
	case e.Working && e.Version != "":
		return "werkversie na " + e.Version
	case e.Working:
		return "werkversie"
	case e.Version != "":
		return "versie " + e.Version
	}
	return ""
}

// String is the label with its date: "werkversie na 0.4 · 03-12-2026".
func (e Edition) String() string {
	var parts []string
	if l := e.Label(); l != "" {
		parts = append(parts, l)
	}
	if e.Date != "" {
		parts = append(parts, data.FormatDate(e.Date))
	}
	return strings.Join(parts, " · ")
}

// PlanEdition says what a print of plan planID made now would be, for the
// file name a save dialog proposes and the question before printing.
func PlanEdition(ctx context.Context, s *data.Store, planID string) (Edition, error) {
	p := &planDoc{}
	var err error
	if p.plan, err = s.Get(ctx, data.KindPlan, planID); err != nil {
		return Edition{}, err
	}
	if err := p.loadVersions(ctx, s); err != nil {
		return Edition{}, err
	}
	return p.edition, nil
}

// PlanFileName suggests a file name for a printed plan: its title and what
// it is, e.g. "Beleidsplan mensenhandel Hoorn 2025-2028 v0.3.pdf" for a
// version and "... werkversie na 0.3 · 03-12-2026.pdf" for a working copy,
// which carries its date so that two of them saved on different days do
// not overwrite each other.
func PlanFileName(plan data.Record, ed Edition) string {
	name := plan.Get(data.Plan.Title)
	switch {
	case ed.Working:
		name += " " + ed.String()
	case ed.Version != "":
		name += " v" + ed.Version
	}
	return FileName(name)
}

// coverVersion is the cover's Versie: the number, or what the working copy is.
func (p *planDoc) coverVersion() string {
	if p.edition.Working {
		return p.edition.Label()
	}
	return p.edition.Version
}

// coverNote is the box at the foot of the cover: the adoption, or the
// warning that this is a draft. A working copy says so first, and of an
// adopted plan that it is not the text that was adopted.
func (p *planDoc) coverNote() string {
	e := p.edition
	switch {
	case !e.Working && p.adopted():
		return p.adoptionText()
	case !e.Working:
		return "Dit is een conceptversie. Aan dit document kunnen geen rechten worden ontleend."
	}
	work := "Dit is een werkversie: er is nog geen versie van dit plan vastgelegd."
	if e.Version != "" {
		work = "Dit is een werkversie: de tekst is gewijzigd na versie " + e.Version + ", laatst op " + data.FormatDate(e.Date) + "."
	}
	if p.adopted() {
		adoption := strings.TrimSuffix(p.adoptionText(), ".")
		return work + " Het plan is v" + strings.TrimPrefix(adoption, "V") + "; deze werkversie is niet de vastgestelde tekst."
	}
	return work + " Aan dit document kunnen geen rechten worden ontleend."
}

// workingRow closes the versiebeheer of a working copy, so the table says
// where this print stands among the versions.
func (p *planDoc) workingRow() []typeset.Cell {
	change := "Nog geen versie vastgelegd"
	if v := p.edition.Version; v != "" {
		change = "Gewijzigd na versie " + v + "; nog geen nieuwe versie vastgelegd"
	}
	return []typeset.Cell{typeset.TextCell("werkversie"), typeset.TextCell(data.FormatDate(p.edition.Date)), typeset.TextCell(""), typeset.TextCell(change)}
}
