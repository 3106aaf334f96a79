package data

import (
	"context"
	"slices"
	"strings"
	"time"
)

// AgreementFilter is what the Ketenafspraken screen filters on, and what
// the printed overview of agreements prints. Zero fields do not filter.
type AgreementFilter struct {
	Status         string // a code of AgreementStatuses
	Type           string // a code of AgreementTypes
	MunicipalityID string // in scope of this municipality
	// DueWithinDays keeps agreements whose evaluation or end date has
	// passed or falls within this many days; 0 keeps all.
	DueWithinDays int
	Query         string // words in the title, kenmerk or notes, folded
}

// AgreementEnded reports whether an agreement's status means that nothing
// is due any more: it ran out, was ended, or was replaced. Overzicht, the
// filter, the printed documents and the calendar all ask this one rule.
func AgreementEnded(status string) bool {
	return status == "verlopen" || status == "opgezegd" || status == "vervangen"
}

// ActionFinished reports whether an action of the uitvoeringsagenda needs
// no deadline any more: it is done or was dropped.
func ActionFinished(status string) bool {
	return status == "gereed" || status == "vervallen"
}

// Match reports whether an agreement passes the filter on the day today.
func (f AgreementFilter) Match(r Record, today time.Time) bool {
	if f.Status != "" && r.Get("status") != f.Status {
		return false
	}
	if f.Type != "" && r.Get("type") != f.Type {
		return false
	}
	if f.MunicipalityID != "" && !slices.Contains(r.List("municipality_ids"), f.MunicipalityID) {
		return false
	}
	if f.DueWithinDays > 0 {
		if AgreementEnded(r.Get("status")) {
			return false
		}
		limit := today.AddDate(0, 0, f.DueWithinDays).Format("2006-01-02")
		due := false
		for _, d := range []string{r.Get("evaluation_date"), r.Get("end_date")} {
			if d != "" && d <= limit {
				due = true
			}
		}
		if !due {
			return false
		}
	}
	if words := strings.Fields(Fold(f.Query)); len(words) > 0 {
		text := Fold(r.Get("title") + " " + r.Get("reference") + " " + r.Get("notes"))
		for _, w := range words {
			if !strings.Contains(text, w) {
				return false
			}
		}
	}
	return true
}

// Agreements lists the agreements that pass the filter, in Dutch order of
// their titles.
func (s *Store) Agreements(ctx context.Context, f AgreementFilter) ([]Record, error) {
	all, err := s.List(ctx, "agreement")
	if err != nil {
		return nil, err
	}
	now := s.Now()
	out := all[:0]
	for _, r := range all {
		if f.Match(r, now) {
			out = append(out, r)
		}
	}
	return out, nil
}
