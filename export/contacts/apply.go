package contacts

import (
	"context"
	"fmt"

	"ketenregie/data"
	"ketenregie/export/sheet"
)

// RefusedError is an import refused because rows are wrong; nothing was
// changed.
type RefusedError = sheet.RefusedError

// Apply imports f with mapping m: it plans against the store as it is now
// and, when no row is wrong, writes every new organisation, new contact and
// update in one transaction. It returns the plan it carried out. A refused
// file returns a *RefusedError, and a write the store refuses names the
// row; either way nothing is changed.
func Apply(ctx context.Context, s *data.Store, f *File, m Mapping) (*Plan, error) {
	return ApplyWith(ctx, s, f, m, Choices{})
}

// ApplyWith is Apply with the user's choices.
func ApplyWith(ctx context.Context, s *data.Store, f *File, m Mapping, ch Choices) (*Plan, error) {
	idx, err := LoadIndex(ctx, s)
	if err != nil {
		return nil, err
	}
	p := NewPlanWith(f, m, idx, ch)
	return p, p.Write(ctx, s)
}

// Write carries out a plan just made against the store (NewPlan) without
// planning again, after a backup of the database (the last ten are kept);
// a plan shown to a user for a while is better carried out with Apply,
// against the store as it is then. A plan with problems returns a
// *RefusedError, and a write the store refuses names the row; either way
// nothing is changed.
func (p *Plan) Write(ctx context.Context, s *data.Store) error {
	if !p.OK() {
		return &RefusedError{Problems: p.Problems}
	}
	// A backup first, as before every import, unless nothing will change.
	if p.Creates+p.Updates+p.OrgUpdates+len(p.NewOrganisations) > 0 {
		if _, err := s.Backup(ctx, "voor-import", 10); err != nil {
			return fmt.Errorf("reservekopie vóór de import: %w", err)
		}
	}
	return s.Write(ctx, func(t *data.Tx) error {
		orgIDs := make([]string, len(p.NewOrganisations))
		for i, o := range p.NewOrganisations {
			vals := map[string]string{data.Organisation.Name: o.Name, data.Organisation.Type: o.Type}
			for k, v := range o.Values {
				vals[k] = v
			}
			id, err := t.Create(data.KindOrganisation, vals)
			if err != nil {
				return fmt.Errorf("regel %d: organisatie %s: %w", o.Lines[0], o.Name, err)
			}
			orgIDs[i] = id
		}
		for _, r := range p.Rows {
			var err error
			switch {
			case r.Kind == data.KindOrganisation && r.Action == Update:
				err = t.Update(data.KindOrganisation, r.OrganisationID, r.Changes)
			case r.Kind == data.KindOrganisation:
				// a new one is made above
			case r.Action == Create:
				if r.newOrg >= 0 {
					r.Values[data.Contact.OrganisationID] = orgIDs[r.newOrg]
				}
				_, err = t.Create(data.KindContact, r.Values)
			case r.Action == Update:
				if r.newOrg >= 0 {
					r.Changes[data.Contact.OrganisationID] = orgIDs[r.newOrg]
				}
				err = t.Update(data.KindContact, r.ContactID, r.Changes)
			}
			if err != nil {
				return fmt.Errorf("regel %d: %w", r.Line, err)
			}
		}
		return nil
	})
}

// Apply carries out the plan's file and mapping against the store as it is
// now (see the function Apply).
func (p *Plan) Apply(ctx context.Context, s *data.Store) (*Plan, error) {
	return ApplyWith(ctx, s, p.File, p.Mapping, p.Choices)
}
