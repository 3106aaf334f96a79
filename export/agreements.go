package export

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"ketenregie/data"
	"ketenregie/export/typeset"
)

// The overview of ketenafspraken: a landscape table of the agreements that
// pass the same filter as the Ketenafspraken screen, with their parties,
// scope, status and dates.

// WriteAgreements writes the overview of the agreements that pass f to w.
func WriteAgreements(ctx context.Context, s *data.Store, f data.AgreementFilter, w io.Writer) error {
	o, err := loadOverview(ctx, s, f)
	if err != nil {
		return err
	}
	return typeset.Render(w, o.furniture(), o.info(), o.layout)
}

// AgreementsFileName suggests a file name for the overview, dated today.
func AgreementsFileName(s *data.Store) string {
	return FileName("Overzicht ketenafspraken " + data.FormatDate(today(s)))
}

type overview struct {
	filter     data.AgreementFilter
	filterText string
	today      string
	agreements []data.Record
	parties    map[string][]data.Record
	orgs       map[string]data.Record
	munis      map[string]data.Record
	clusters   []data.Record
}

func loadOverview(ctx context.Context, s *data.Store, f data.AgreementFilter) (*overview, error) {
	o := &overview{filter: f, today: today(s)}
	var err error
	if o.agreements, err = s.Agreements(ctx, f); err != nil {
		return nil, err
	}
	orgs, err := s.List(ctx, data.KindOrganisation)
	if err != nil {
		return nil, err
	}
	o.orgs = byID(orgs)
	if o.parties, err = loadParties(ctx, s, o.orgs); err != nil {
		return nil, err
	}
	munis, err := s.List(ctx, data.KindMunicipality)
	if err != nil {
		return nil, err
	}
	o.munis = byID(munis)
	if o.clusters, err = s.List(ctx, data.KindCluster); err != nil {
		return nil, err
	}
	o.filterText = o.describe()
	return o, nil
}

// describe says in words what the filter keeps.
func (o *overview) describe() string {
	f := o.filter
	var parts []string
	if f.Status != "" {
		parts = append(parts, "status "+strings.ToLower(choice(data.AgreementStatuses, f.Status)))
	}
	if f.Type != "" {
		parts = append(parts, "soort "+choice(data.AgreementTypes, f.Type))
	}
	if f.MunicipalityID != "" {
		name := o.munis[f.MunicipalityID].Get(data.Municipality.Name)
		if name == "" {
			name = f.MunicipalityID
		}
		parts = append(parts, "gemeente "+name)
	}
	if f.DueWithinDays > 0 {
		parts = append(parts, fmt.Sprintf("evaluatie of einde verstreken of binnen %d dagen", f.DueWithinDays))
	}
	if q := strings.TrimSpace(f.Query); q != "" {
		parts = append(parts, "zoekterm “"+q+"”")
	}
	if len(parts) == 0 {
		return "Alle ketenafspraken"
	}
	return "Selectie: " + strings.Join(parts, "; ")
}

func (o *overview) furniture() typeset.Furniture {
	day := data.FormatDate(o.today)
	return typeset.Furniture{
		Header:      "Overzicht ketenafspraken",
		HeaderRight: o.filterText,
		FooterRight: func(page, total int) string {
			return fmt.Sprintf("stand per %s · pagina %d van %d", day, page, total)
		},
	}
}

func (o *overview) info() typeset.Info {
	return typeset.Info{
		Title:    "Overzicht ketenafspraken",
		Author:   "Ketenregie",
		Subject:  o.filterText + ", stand per " + data.FormatDate(o.today),
		Keywords: "mensenhandel, ketenafspraken, convenanten, ketensamenwerking",
		Date:     noonUTC(o.today),
	}
}

// scopeText names the municipalities of an agreement: a cluster's name
// when they are exactly a cluster, else their names, else how many.
func (o *overview) scopeText(a data.Record) string {
	ids := a.List(data.Agreement.MunicipalityIDs)
	level := choice(data.AgreementLevels, a.Get(data.Agreement.Level))
	if len(ids) == 0 {
		return level
	}
	var where string
	for _, c := range o.clusters {
		cs := c.List(data.Cluster.MunicipalityIDs)
		if len(cs) == len(ids) && !slices.ContainsFunc(ids, func(id string) bool { return !slices.Contains(cs, id) }) {
			where = "cluster " + c.Get(data.Cluster.Name)
		}
	}
	if where == "" {
		names := muniNames(o.munis, ids)
		if len(names) > 8 {
			where = fmt.Sprintf("%d gemeenten", len(names))
		} else {
			where = strings.Join(unbroken(names), ", ")
		}
	}
	if level == "" {
		return where
	}
	return level + ": " + where
}

func (o *overview) layout(d *typeset.Doc) error {
	d.NewPage(true)
	d.Anchor("agreements", "Overzicht ketenafspraken", 0)
	d.Text(d.Left, d.Y+4, "Stand per "+data.FormatDate(o.today), typeset.Bold, 11, typeset.ColMuted)
	d.Y += 7
	d.TitleBlock("", "Overzicht ketenafspraken")
	d.Y -= 3
	count := plural(len(o.agreements), "ketenafspraak", "ketenafspraken")
	d.Paragraph(typeset.Plain(o.filterText+": "+count+". Evaluatie- en einddatums die verstreken zijn staan in rood."), typeset.BodyLeft, 4)
	if len(o.agreements) == 0 {
		d.Paragraph(typeset.Plain("Geen ketenafspraken gevonden met deze selectie."), typeset.BodyLeft, 0)
		return nil
	}
	t := typeset.NewTable(typeset.Col("Ketenafspraak", 56, 'L'), typeset.Col("Partijen (ondertekenaar)", 64, 'L'), typeset.Col("Gemeenten", 36, 'L'),
		typeset.Col("Trekker", 30, 'L'), typeset.Col("Status", 20, 'L'), typeset.DateColumn("Ondertekend"), typeset.DateColumn("In werking"),
		typeset.DateColumn("Evaluatie"), typeset.DateColumn("Einde"))
	t.Style = typeset.Style{Size: 8, Lead: 3.8, Color: typeset.ColText}
	rows := make([][]typeset.Cell, len(o.agreements))
	for i, a := range o.agreements {
		sub := choice(data.AgreementTypes, a.Get(data.Agreement.Type))
		if r := a.Get(data.Agreement.Reference); r != "" {
			sub += " · " + r
		}
		if a.Get(data.Agreement.PersonalData) == "true" {
			sub += " · persoonsgegevens gedeeld"
			if lb := a.Get(data.Agreement.LegalBasis); lb != "" {
				sub += " (" + lb + ")"
			}
		}
		eval, end := dueDate(a.Get(data.Agreement.EvaluationDate), o.today), dueDate(a.Get(data.Agreement.EndDate), o.today)
		if data.AgreementEnded(a.Get(data.Agreement.Status)) {
			eval, end = typeset.TextCell(dateOr(a.Get(data.Agreement.EvaluationDate), "–")), typeset.TextCell(dateOr(a.Get(data.Agreement.EndDate), "–"))
		}
		rows[i] = []typeset.Cell{{Spans: typeset.Plain(a.Get(data.Agreement.Title)), Bold: true, Sub: sub},
			typeset.TextCell(partyList(o.parties[a.ID], o.orgs)), typeset.TextCell(o.scopeText(a)),
			typeset.TextCell(orgName(o.orgs, a.Get(data.Agreement.OwnerID))), typeset.TextCell(choice(data.AgreementStatuses, a.Get(data.Agreement.Status))),
			typeset.TextCell(dateOr(a.Get(data.Agreement.SignedDate), "–")), typeset.TextCell(dateOr(a.Get(data.Agreement.StartDate), "–")), eval, end}
	}
	t.Draw(d, rows)
	return nil
}
