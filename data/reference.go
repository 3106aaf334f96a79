package data

import (
	"bytes"
	"context"
	_ "embed"
	"encoding/csv"
	"fmt"
	"sort"

	"github.com/google/uuid"
)

// ReferenceOrigin is the origin of the built-in reference changes. Every
// database appends the same reference changes (same ids, numbers, clocks and
// hashes), so two coordinators' edits of a municipality meet on common parents
// and reference data never needs to travel in a bundle.
const ReferenceOrigin = "reference"

//go:embed reference/gemeenten-nl.csv
var gemeentenCSV []byte

//go:embed reference/noord-holland.csv
var noordHollandCSV []byte

// referenceNamespace derives the fixed ids of reference records.
var referenceNamespace = uuid.MustParse("6f1c2a52-8f0e-4d1e-9a43-0c9b6f6d4e10")

// MunicipalityID is the id every database gives the municipality with this CBS code.
func MunicipalityID(cbs string) string {
	return uuid.NewSHA1(referenceNamespace, []byte("municipality:"+cbs)).String()
}

// retired municipalities old records may still name, with their successor.
var retiredMunicipalities = []struct{ code, name, successor string }{
	{"GM0370", "Beemster", "GM0439"},
	{"GM0457", "Weesp", "GM0363"},
	{"GM0398", "Heerhugowaard", "GM1980"},
	{"GM0416", "Langedijk", "GM1980"},
}

// referenceChanges are the reference data as changes of ReferenceOrigin, in
// a fixed order. A later version may only append to this list.
func referenceChanges() ([]Change, error) {
	all, err := csv.NewReader(bytes.NewReader(gemeentenCSV)).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("gemeenten-nl.csv: %w", err)
	}
	nh, err := csv.NewReader(bytes.NewReader(noordHollandCSV)).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("noord-holland.csv: %w", err)
	}
	type muni struct{ code, name, region, sub, successor string }
	byCode := map[string]*muni{}
	for _, row := range all[1:] {
		byCode[row[0]] = &muni{code: row[0], name: row[1]}
	}
	for _, row := range nh[1:] {
		m, ok := byCode[row[0]]
		if !ok {
			return nil, fmt.Errorf("noord-holland.csv: %s is not in gemeenten-nl.csv", row[0])
		}
		m.region, m.sub = row[2], row[3]
	}
	for _, r := range retiredMunicipalities {
		s := byCode[r.successor]
		byCode[r.code] = &muni{code: r.code, name: r.name, region: s.region, sub: s.sub, successor: r.successor}
	}
	codes := make([]string, 0, len(byCode))
	for c := range byCode {
		codes = append(codes, c)
	}
	sort.Strings(codes)

	var out []Change
	var prev string
	last := map[string]ChangeID{} // a later reference change of a field replaces the earlier one
	add := func(id, field, value string) {
		c := Change{Origin: ReferenceOrigin, Seq: int64(len(out) + 1), Entity: "municipality",
			EntityID: id, Field: field, Value: value}
		if p, ok := last[id+"/"+field]; ok {
			c.Parents = []ChangeID{p}
		}
		last[id+"/"+field] = c.ID()
		c.HLC = c.Seq
		c.Hash = c.chainHash(prev, c.ValueDigest())
		prev = c.Hash
		out = append(out, c)
	}
	for _, code := range codes {
		m := byCode[code]
		id := MunicipalityID(code)
		add(id, FieldExists, "true")
		add(id, "cbs_code", code)
		add(id, "name", m.name)
		if m.region != "" {
			add(id, "safety_region", m.region)
			add(id, "subregion", m.sub)
		}
		if m.successor != "" {
			add(id, "retired", "true")
			add(id, "successor_id", MunicipalityID(m.successor))
		} else {
			add(id, "retired", "false")
		}
	}
	return out, nil
}

// loadReference appends the reference changes this database does not have yet.
func (s *Store) loadReference(ctx context.Context) error {
	changes, err := referenceChanges()
	if err != nil {
		return err
	}
	var have int64
	if err := s.db.QueryRowContext(ctx, "SELECT coalesce(max(seq), 0) FROM change WHERE origin = ?", ReferenceOrigin).Scan(&have); err != nil {
		return err
	}
	if have >= int64(len(changes)) {
		return nil
	}
	return s.Write(ctx, func(t *Tx) error {
		// Again under the write lock: another process opening the same new
		// database may have loaded them since the look above.
		if err := t.queryRow("SELECT coalesce(max(seq), 0) FROM change WHERE origin = ?", ReferenceOrigin).Scan(&have); err != nil {
			return err
		}
		touched := map[string]bool{}
		for i := have; i < int64(len(changes)); i++ {
			c := changes[i]
			if err := t.insertChange(&c); err != nil {
				return err
			}
			touched[c.EntityID] = true
		}
		k := KindNamed("municipality")
		for id := range touched {
			if err := t.refresh(k, id); err != nil {
				return err
			}
		}
		return nil
	})
}

// HasUserData reports whether anything beyond the reference data was ever written.
func (s *Store) HasUserData(ctx context.Context) (bool, error) {
	var one int
	err := s.db.QueryRowContext(ctx, "SELECT EXISTS (SELECT 1 FROM change WHERE origin <> ?)", ReferenceOrigin).Scan(&one)
	return one == 1, err
}
