package chart

import (
	"fmt"
	"slices"
	"strconv"

	"ketenregie/data"
)

// Activities and the people they reached: per municipality and per target
// group, the participants of the activities held and of those still
// planned, with the number of activities beside. An activity for several
// municipalities or target groups counts with each; one cancelled counts
// nowhere.

var (
	heldLook    = Look{Fill: RGB{120, 160, 200}, Hatch: Plain}
	plannedLook = Look{Fill: RGB{232, 240, 248}, Hatch: Falling}
)

// Named is a municipality or a cluster.
type Named struct{ ID, Name string }

func activitySeries() []Series {
	return []Series{
		{Key: data.ActivityStatusUitgevoerd, Name: "Deelnemers uitgevoerd", Look: heldLook},
		{Key: data.ActivityStatusGepland, Name: "Deelnemers gepland", Look: plannedLook},
	}
}

// tally is what a bar of activities counts.
type tally struct {
	held, planned, activities int
}

func (t *tally) add(a data.Record) {
	t.activities++
	if a.Get(data.Activity.Status) == data.ActivityStatusUitgevoerd {
		t.held += number(a.Get(data.Activity.Participants))
	} else {
		t.planned += number(a.Get(data.Activity.ParticipantsPlanned))
	}
}

func (t tally) bar(label string) Group {
	note := "geen activiteiten"
	if t.activities > 0 {
		note = fmt.Sprintf("%d activiteit", t.activities)
		if t.activities != 1 {
			note += "en"
		}
	}
	return Group{Label: label, Bars: []Bar{{Values: []int{t.held, t.planned}, Note: note}}}
}

func number(s string) int {
	n, _ := strconv.Atoi(s)
	return max(n, 0)
}

// ActivitiesByMunicipality is a bar per municipality of munis, in their
// order, and one for the activities that name none of them.
func ActivitiesByMunicipality(acts []data.Record, munis []Named) Chart {
	tallies := make([]tally, len(munis))
	var regional tally
	for _, a := range acts {
		if a.Get(data.Activity.Status) == data.ActivityStatusGeannuleerd {
			continue
		}
		named := false
		for i, m := range munis {
			if slices.Contains(a.List(data.Activity.MunicipalityIDs), m.ID) {
				tallies[i].add(a)
				named = true
			}
		}
		if !named {
			regional.add(a)
		}
	}
	c := Chart{Series: activitySeries(), Axis: "aantal deelnemers"}
	for i, m := range munis {
		c.Groups = append(c.Groups, tallies[i].bar(m.Name))
	}
	if regional.activities > 0 {
		c.Groups = append(c.Groups, regional.bar("Regionaal (geen gemeente genoemd)"))
	}
	return c
}

// ActivitiesByTargetGroup is a bar per target group that an activity is
// for, in the order of data.TargetGroups, and one for activities that name
// none.
func ActivitiesByTargetGroup(acts []data.Record) Chart {
	tallies := map[string]*tally{}
	for _, a := range acts {
		if a.Get(data.Activity.Status) == data.ActivityStatusGeannuleerd {
			continue
		}
		groups := a.List(data.Activity.TargetGroups)
		if len(groups) == 0 {
			groups = []string{""}
		}
		for _, g := range groups {
			if tallies[g] == nil {
				tallies[g] = &tally{}
			}
			tallies[g].add(a)
		}
	}
	c := Chart{Series: activitySeries(), Axis: "aantal deelnemers"}
	for _, tg := range data.TargetGroups {
		if t := tallies[tg.Code]; t != nil {
			c.Groups = append(c.Groups, t.bar(tg.Label))
			c.Groups[len(c.Groups)-1].Key = tg.Code
		}
	}
	if t := tallies[""]; t != nil {
		c.Groups = append(c.Groups, t.bar("Geen doelgroep genoemd"))
	}
	return c
}
