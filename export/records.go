package export

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"

	"ketenregie/data"
	"ketenregie/export/typeset"
)

// byID indexes records by id.
func byID(recs []data.Record) map[string]data.Record {
	m := make(map[string]data.Record, len(recs))
	for _, r := range recs {
		m[r.ID] = r
	}
	return m
}

// scope is the area a document is about: one municipality or a cluster.
type scope struct {
	name    string          // "Hoorn" or "West-Friesland"
	cluster bool            // a cluster of municipalities
	munis   []data.Record   // its municipalities, in Dutch order
	set     map[string]bool // their ids
}

// covers reports whether any of ids lies in the scope.
func (sc scope) covers(ids []string) bool {
	for _, id := range ids {
		if sc.set[id] {
			return true
		}
	}
	return false
}

// muniNames lists the names of the scope's municipalities.
func (sc scope) muniNames() []string {
	out := make([]string, len(sc.munis))
	for i, m := range sc.munis {
		out[i] = m.Get(data.Municipality.Name)
	}
	return out
}

// unbroken keeps each name on one line in running text ("Stede Broec").
func unbroken(names []string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = strings.ReplaceAll(n, " ", "\u00a0")
	}
	return out
}

// loadScope reads the municipality or the cluster (and its municipalities).
func loadScope(ctx context.Context, s Source, municipalityID, clusterID string) (scope, error) {
	var sc scope
	var ids []string
	switch {
	case clusterID != "":
		c, err := s.Get(ctx, data.KindCluster, clusterID)
		if err != nil {
			return sc, err
		}
		sc.name, sc.cluster, ids = c.Get(data.Cluster.Name), true, c.List(data.Cluster.MunicipalityIDs)
	case municipalityID != "":
		ids = []string{municipalityID}
	}
	munis, err := s.GetMany(ctx, data.KindMunicipality, ids)
	if err != nil {
		return sc, err
	}
	sortByName(munis, data.Municipality.Name)
	sc.munis = munis
	sc.set = map[string]bool{}
	for _, m := range munis {
		sc.set[m.ID] = true
	}
	if !sc.cluster && len(munis) == 1 {
		sc.name = munis[0].Get(data.Municipality.Name)
	}
	return sc, nil
}

// sortByName sorts records in Dutch order of a field, as lists do.
func sortByName(recs []data.Record, field string) {
	slices.SortStableFunc(recs, func(a, b data.Record) int {
		return strings.Compare(data.Fold(a.Get(field)), data.Fold(b.Get(field)))
	})
}

// joinAnd joins names Dutch style: "a, b en c".
func joinAnd(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " en " + names[len(names)-1]
}

// noonUTC is the document date of an ISO date: fixed, so the same data
// gives the same bytes.
func noonUTC(iso string) time.Time {
	t, err := time.Parse("2006-01-02", iso)
	if err != nil {
		return time.Date(2000, 1, 1, 12, 0, 0, 0, time.UTC)
	}
	return t.Add(12 * time.Hour)
}

// today is the store's date, as an ISO date.
func today(s *data.Store) string { return s.Now().Format("2006-01-02") }

var unsafeName = regexp.MustCompile(`[\\/:*?"<>|\x00-\x1f]+`)

// FileName makes a file name from a document title: characters that some
// file systems refuse become a hyphen, and ".pdf" is added.
func FileName(title string) string {
	t := strings.TrimSpace(unsafeName.ReplaceAllString(title, "-"))
	t = strings.Trim(t, ". ")
	if t == "" {
		t = "document"
	}
	return t + ".pdf"
}

// choice is the Dutch label of an enum value.
func choice(choices []data.Choice, code string) string {
	if code == "" {
		return ""
	}
	return data.ChoiceLabel(choices, code)
}

// orgName names an organisation by id ("" when unknown).
func orgName(orgs map[string]data.Record, id string) string {
	if o, ok := orgs[id]; ok {
		return o.Get(data.Organisation.Name)
	}
	return ""
}

// dateOr prints an ISO date as dd-mm-jjjj, or alt when empty.
func dateOr(iso, alt string) string {
	if iso == "" {
		return alt
	}
	return data.FormatDate(iso)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}

// lines splits text into its non-empty lines, without list markers a
// user may have typed.
func textLines(text string) []string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		l = strings.TrimSpace(l)
		for _, m := range []string{"- ", "* ", "• ", "– "} {
			l = strings.TrimPrefix(l, m)
		}
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// inline is plan text with its emphasis markup as spans for the typesetter.
func inline(text string) []typeset.Span {
	ds := data.ParseInline(text)
	spans := make([]typeset.Span, len(ds))
	for i, s := range ds {
		spans[i] = typeset.Span{Text: s.Text, Bold: s.Bold, Italic: s.Italic}
	}
	return spans
}
