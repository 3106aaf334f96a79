package demo

import (
	"context"
	"fmt"
	"hash/fnv"
	"strings"

	"ketenregie/data"
)

// demoClusters are the two clusters of the demo region, lead municipality first.
var demoClusters = []struct {
	name  string
	codes []string
}{
	{"West-Friesland", []string{"GM0405", "GM0388", "GM0498", "GM1598", "GM0420", "GM0432", "GM0532"}},
	{"Zuid-Kennemerland", []string{"GM0392", "GM0397", "GM0377", "GM0473"}},
}

// Summary counts what Load created, by kind.
type Summary map[string]int

// Load fills an empty database with the demo region: the clusters
// West-Friesland and Zuid-Kennemerland, their partners and (invented)
// contacts, ketenafspraken, self-assessments, two beleidsplan drafts and
// figures (counts per municipality or cluster and quarter). It
// goes through the ordinary validated writes, in one transaction.
func Load(ctx context.Context, s *data.Store) (Summary, error) {
	used, err := s.HasUserData(ctx)
	if err != nil {
		return nil, err
	}
	if used {
		return nil, &data.Error{Code: data.CodeInvalid, Reason: "not_empty",
			Msg: "de demoregio kan alleen in een lege database worden geladen; deze database bevat al gegevens"}
	}
	sum := Summary{}
	err = s.Write(ctx, func(t *data.Tx) error {
		create := func(kind string, v map[string]string) (string, error) {
			id, err := t.Create(kind, v)
			if err != nil {
				return "", fmt.Errorf("demo %s %q: %w", kind, v["name"]+v["title"], err)
			}
			sum[kind]++
			return id, nil
		}
		today := t.Now()
		day := func(offset *int) string {
			if offset == nil {
				return ""
			}
			return today.AddDate(0, 0, *offset).Format("2006-01-02")
		}

		clusters := map[string]string{}
		for _, c := range demoClusters {
			id, err := create("cluster", map[string]string{"name": c.name, "lead_municipality_id": c.codes[0],
				"municipality_ids": strings.Join(c.codes, ",")})
			if err != nil {
				return err
			}
			clusters[c.name] = id
		}
		orgs := map[string]string{}
		for _, o := range demoOrgs {
			id, err := create("organisation", map[string]string{"name": o.Name, "type": o.Type,
				"municipality_id": o.Municipality, "address": o.Address, "phone": o.Phone, "email": o.Email, "website": o.Website})
			if err != nil {
				return err
			}
			orgs[o.Key] = id
		}
		for i, c := range demoContacts {
			org, ok := orgs[c.Org]
			if !ok {
				return fmt.Errorf("demo contact %s: unknown organisation %s", c.Name, c.Org)
			}
			// Reviewed at various times; about one in six over a year ago.
			reviewed := today.AddDate(0, 0, -((i * 53) % 440)).Format("2006-01-02")
			if _, err := create("contact", map[string]string{"name": c.Name, "organisation_id": org, "role": c.Role,
				"email": c.Email, "phone": c.Phone, "municipality_ids": strings.Join(c.Municipalities, ","),
				"notes": c.Notes, "last_reviewed": reviewed}); err != nil {
				return err
			}
		}
		agreements := map[string]string{}
		for _, a := range demoAgreements {
			owner := ""
			if a.Owner != "" {
				owner = orgs[a.Owner]
			}
			id, err := create("agreement", map[string]string{"title": a.Title, "type": a.Type, "status": a.Status,
				"level": a.Level, "municipality_ids": strings.Join(a.Municipalities, ","), "owner_id": owner,
				"signed_date": day(a.Signed), "start_date": day(a.InForce), "end_date": day(a.End),
				"evaluation_date": day(a.Evaluation), "legal_basis": a.LegalBasis,
				"personal_data": fmt.Sprint(a.PersonalData), "reference": a.Reference, "notes": a.Notes})
			if err != nil {
				return err
			}
			agreements[a.Key] = id
			for _, p := range a.Parties {
				if _, err := create("party", map[string]string{"agreement_id": id, "organisation_id": orgs[p.Org], "signatory": p.Signatory}); err != nil {
					return err
				}
			}
		}
		for _, a := range demoAgreements {
			if a.Replaces != "" {
				if err := t.Update("agreement", agreements[a.Key], map[string]string{"replaces_id": agreements[a.Replaces]}); err != nil {
					return fmt.Errorf("demo agreement %s: %w", a.Key, err)
				}
			}
		}
		for _, c := range demoClusters {
			for _, code := range c.codes {
				if err := demoAssessments(t, create, code); err != nil {
					return err
				}
			}
		}
		for _, p := range demoPlans {
			if err := loadDemoPlan(t, create, p, clusters[p.Cluster]); err != nil {
				return err
			}
		}
		return demoFigures(today, create, clusters)
	})
	if err != nil {
		return nil, err
	}
	return sum, nil
}

// demoAssessments records a 0-meting in 2019 and a later measurement in 2024
// for one municipality: mostly niet or deels then, better now, with the
// verdieping levels lagging behind the basis levels as in practice.
func demoAssessments(t *data.Tx, create func(string, map[string]string) (string, error), code string) error {
	levels := []string{"niet", "deels", "volledig"}
	for round, date := range []string{"2019-06-14", "2024-10-04"} {
		for _, item := range data.Checklist {
			h := fnv.New32a()
			h.Write([]byte(code + item.Code))
			r := int(h.Sum32() % 100)
			score := 0 // niet
			switch {
			case r < 25:
			case r < 70:
				score = 1
			default:
				score = 2
			}
			if round == 0 {
				score = max(0, score-1)
			}
			if strings.HasSuffix(item.Code, "-verdieping") {
				score = max(0, score-1)
			}
			level := levels[score]
			if item.Code == "basis-zorgcoordinatie" && round == 1 {
				level = "volledig" // regional zorgcoördinatie via HVO-Querido covers every municipality
			}
			note := ""
			if round == 0 {
				note = "0-meting (VNG/CoMensha-uitvraag 2019)"
			} else if level != "volledig" {
				note = "Opgenomen in de uitvoeringsagenda van het beleidsplan."
			}
			if _, err := create("assessment", map[string]string{"municipality_id": code, "date": date,
				"item": item.Code, "level": level, "note": note}); err != nil {
				return err
			}
		}
	}
	return nil
}

func loadDemoPlan(t *data.Tx, create func(string, map[string]string) (string, error), p demoPlan, cluster string) error {
	plan, err := create("plan", map[string]string{"title": p.Title, "cluster_id": cluster, "municipality_id": p.Scope,
		"period_start": fmt.Sprint(p.PeriodStart), "period_end": fmt.Sprint(p.PeriodEnd), "status": p.Status,
		"version": p.Version, "author": p.Author, "goals": p.Goals, "results": p.Results})
	if err != nil {
		return err
	}
	var addSections func(parent string, sections []demoSection) error
	addSections = func(parent string, sections []demoSection) error {
		for _, sec := range sections {
			id, err := create("section", map[string]string{"plan_id": plan, "parent_id": parent, "title": sec.Title})
			if err != nil {
				return err
			}
			for _, b := range sec.Blocks {
				if _, err := create("block", map[string]string{"section_id": id, "style": b.Style, "text": b.Text}); err != nil {
					return err
				}
			}
			if err := addSections(id, sec.Children); err != nil {
				return err
			}
		}
		return nil
	}
	if err := addSections("", p.Sections); err != nil {
		return err
	}
	for _, a := range p.Actions {
		if _, err := create("action", map[string]string{"plan_id": plan, "title": a.Title, "theme": a.Theme,
			"owner": a.Owner, "partners": a.Partners, "planning": a.Planning, "status": a.Status, "indicator": a.Indicator}); err != nil {
			return err
		}
	}
	for _, v := range p.Versions {
		if _, err := create("planversion", map[string]string{"plan_id": plan, "version": v.Version,
			"date": v.Date, "author": v.Author, "change": v.Change}); err != nil {
			return err
		}
	}
	return nil
}
