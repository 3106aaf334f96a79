package demo

import (
	"fmt"
	"hash/fnv"
	"strings"
	"time"

	"ketenregie/data"
)

// The demo region's last year and a half of work: trainings that start
// after the plans put them on the agenda and reach more municipalities
// each quarter, an awareness campaign around 18 October (the EU day
// against human trafficking), the network of aandachtsfunctionarissen,
// and figures that tell the story a regional meeting expects: signals via
// the interne meldroute rise as more front-line staff learn to see them.
// Dates are relative to the day the demo is loaded, so the charts always
// end in the present.

// demoActivity is an activity of the demo region. Month is the number of
// months before the month the demo is loaded (0: this month; negative:
// planned, still to come); Day the day of that month.
type demoActivity struct {
	Title     string
	Type      string   // an ActivityTypes code
	Groups    []string // TargetGroups codes
	Munis     []string // CBS codes
	Organiser string   // demoOrg.Key
	Contact   string   // the name of a demo contact, or ""
	Month     int
	Day       int
	Planned   int
	Actual    int    // people who came, for one that took place
	Action    string // the title of the plan action it carries out, or ""
	Theme     string // a Themes code
	Notes     string
}

var westFriesland = []string{"GM0405", "GM0388", "GM0498", "GM1598", "GM0420", "GM0432", "GM0532"}
var zuidKennemerland = []string{"GM0392", "GM0397", "GM0377", "GM0473"}

// demoActivities are the activities of the demo region, oldest first.
func demoActivities() []demoActivity {
	var out []demoActivity
	const signal = "Signaleringstraining frontlijnmedewerkers"
	// Signaling trainings for front-desk staff: one municipality after the
	// other, every few months, as the plan's agenda has them.
	trainings := []struct {
		code    string
		month   int
		planned int
		actual  int
	}{{"GM0405", 16, 25, 22}, {"GM0388", 13, 15, 14}, {"GM0420", 11, 20, 19}, {"GM0498", 9, 12, 12},
		{"GM1598", 7, 12, 10}, {"GM0532", 5, 15, 15}, {"GM0432", 3, 10, 9}, {"GM0405", 1, 20, 18}}
	for _, t := range trainings {
		out = append(out, demoActivity{Title: "Signaleringstraining baliemedewerkers " + muniName(t.code), Type: "training",
			Groups: []string{"baliemedewerkers"}, Munis: []string{t.code}, Organiser: "comensha", Contact: "Lotte van Beek",
			Month: t.month, Day: 10 + t.month%12, Planned: t.planned, Actual: t.actual, Action: signal, Theme: "signalering",
			Notes: "E-learning vooraf, daarna een dagdeel met casuïstiek uit de eigen gemeente."})
	}
	out = append(out,
		demoActivity{Title: "Training toezichthouders en handhavers West-Friesland", Type: "training",
			Groups: []string{"toezicht-handhaving", "inspectie"}, Munis: westFriesland, Organiser: "riec-nh", Contact: "Raphaël Cohen",
			Month: 12, Day: 7, Planned: 30, Actual: 27, Action: "Integrale controles huisvesting arbeidsmigranten", Theme: "signalering",
			Notes: "Signalen van arbeidsuitbuiting bij controles op huisvesting en horeca."},
		demoActivity{Title: "Training aandachtsfunctionarissen mensenhandel", Type: "training",
			Groups: []string{"ketenpartners"}, Munis: append(append([]string{}, westFriesland...), zuidKennemerland...), Organiser: "comensha",
			Contact: "Lotte van Beek", Month: 14, Day: 21, Planned: 11, Actual: 11, Theme: "beleid",
			Notes: "Tweedaagse basistraining voor de aandachtsfunctionarissen van beide clusters."},
		demoActivity{Title: "Fototentoonstelling Open je ogen voor mensenhandel", Type: "bewustwording",
			Groups: []string{"overig"}, Munis: []string{"GM0405"}, Organiser: "gem-hoorn", Contact: "Noëlle van der Meer",
			Month: 14, Day: 3, Theme: "bewustwording", Action: "Regionale campagne rond de Europese dag tegen mensenhandel",
			Notes: "Vier weken in de bibliotheek van Hoorn; rondleidingen voor scholen."},
		demoActivity{Title: "Voorlichting huisartsen en spoedeisende hulp Kennemerland", Type: "training",
			Groups: []string{"medisch"}, Munis: zuidKennemerland, Organiser: "ggd-kennemerland", Month: 10, Day: 15,
			Planned: 40, Actual: 34, Action: "Voorlichting huisartsen en spoedeisende hulp", Theme: "bewustwording"},
		demoActivity{Title: "Training sociaal wijkteam Haarlem", Type: "training",
			Groups: []string{"wijkteams"}, Munis: []string{"GM0392"}, Organiser: "comensha", Contact: "Lotte van Beek",
			Month: 8, Day: 12, Planned: 35, Actual: 31, Action: "Signaleringstraining frontlijnmedewerkers en toezichthouders", Theme: "signalering"},
		demoActivity{Title: "Training toezichthouders Zandvoort: signalering bij seizoenswerk", Type: "training",
			Groups: []string{"toezicht-handhaving"}, Munis: []string{"GM0473"}, Organiser: "riec-nh", Contact: "Raphaël Cohen",
			Month: 4, Day: 18, Planned: 12, Actual: 12, Action: "Signalering bij evenementen en seizoenswerk aan de kust", Theme: "signalering"},
		demoActivity{Title: "Gastlessen criminele uitbuiting ROC Horizon College", Type: "bewustwording",
			Groups: []string{"onderwijs"}, Munis: []string{"GM0405", "GM0388"}, Organiser: "roc-horizon",
			Month: 6, Day: 9, Planned: 120, Actual: 104, Action: "Gastlessen loverboymethode en criminele uitbuiting", Theme: "bewustwording"},
		demoActivity{Title: "Regionale campagne Europese dag tegen mensenhandel", Type: "bewustwording",
			Groups: []string{"overig"}, Munis: append(append([]string{}, westFriesland...), zuidKennemerland...), Organiser: "nhsv",
			Month: 2, Day: 18, Action: "Regionale campagne rond de Europese dag tegen mensenhandel", Theme: "bewustwording",
			Notes: "Posters, social media en een artikel in de huis-aan-huisbladen."},
		demoActivity{Title: "Informatieplein mensenhandel met het RIEC", Type: "informatieplein",
			Groups: []string{"ketenpartners", "politie"}, Munis: westFriesland, Organiser: "riec-nh", Contact: "Raphaël Cohen",
			Month: 6, Day: 24, Planned: 14, Actual: 13, Theme: "samenwerking"},
		demoActivity{Title: "Voorlichting arbeidsmigranten in eigen taal", Type: "bewustwording",
			Groups: []string{"overig"}, Munis: []string{"GM0420", "GM0498"}, Organiser: "fairwork", Contact: "Andrés Martínez",
			Month: -1, Day: 14, Planned: 60, Action: "Voorlichting aan arbeidsmigranten in eigen taal", Theme: "bewustwording"},
		demoActivity{Title: "Training baliemedewerkers Bloemendaal", Type: "training", Groups: []string{"baliemedewerkers"},
			Munis: []string{"GM0377"}, Organiser: "comensha", Month: -2, Day: 5, Planned: 15, Theme: "signalering",
			Action: "Signaleringstraining frontlijnmedewerkers en toezichthouders"},
		demoActivity{Title: "Training wijkteam Heemstede", Type: "training", Groups: []string{"wijkteams"},
			Munis: []string{"GM0397"}, Organiser: "comensha", Month: 5, Day: 20, Planned: 18, Theme: "signalering",
			Notes: "Geannuleerd wegens te weinig aanmeldingen; opnieuw gepland met Bloemendaal."},
	)
	// The network of aandachtsfunctionarissen meets every quarter, and the
	// regional meeting twice a year.
	for m := 16; m >= -2; m -= 3 {
		out = append(out, demoActivity{Title: "Netwerkbijeenkomst aandachtsfunctionarissen", Type: "netwerkbijeenkomst",
			Groups: []string{"ketenpartners"}, Munis: append(append([]string{}, westFriesland...), zuidKennemerland...),
			Organiser: "gem-hoorn", Contact: "Noëlle van der Meer", Month: m, Day: 8, Planned: 12, Actual: 9 + (16-m)%4, Theme: "samenwerking"})
	}
	for m := 15; m >= 0; m -= 6 {
		out = append(out, demoActivity{Title: "Regionaal overleg mensenhandel", Type: "regionaal-overleg",
			Groups: []string{"ketenpartners", "politie"}, Munis: append(append([]string{}, westFriesland...), zuidKennemerland...),
			Organiser: "nhsv", Month: m, Day: 25, Theme: "samenwerking"})
	}
	return out
}

// muniName is the name of a demo municipality.
func muniName(code string) string {
	return map[string]string{"GM0405": "Hoorn", "GM0388": "Enkhuizen", "GM0498": "Drechterland", "GM1598": "Koggenland",
		"GM0420": "Medemblik", "GM0432": "Opmeer", "GM0532": "Stede Broec", "GM0392": "Haarlem", "GM0397": "Heemstede",
		"GM0377": "Bloemendaal", "GM0473": "Zandvoort"}[code]
}

// activityDate is the date of an activity Month months before the month of
// today, on its Day (the last day of a shorter month).
func activityDate(today time.Time, a demoActivity) time.Time {
	first := time.Date(today.Year(), today.Month(), 1, 12, 0, 0, 0, time.UTC).AddDate(0, -a.Month, 0)
	d := first.AddDate(0, 0, a.Day-1)
	if d.Month() != first.Month() {
		d = first.AddDate(0, 1, -1)
	}
	return d
}

// loadDemoActivities creates the activities, linked to the actions of the
// demo plans by their titles, and returns them with their dates.
func loadDemoActivities(t *data.Tx, create func(string, map[string]string) (string, error), orgs, contacts, actions map[string]string) ([]datedActivity, error) {
	today := t.Now()
	var out []datedActivity
	for _, a := range demoActivities() {
		when := activityDate(today, a)
		status := "uitgevoerd"
		switch {
		case when.After(today):
			status = "gepland"
		case strings.Contains(a.Notes, "Geannuleerd"):
			status = "geannuleerd"
		}
		v := map[string]string{"title": a.Title, "type": a.Type, "date": when.Format("2006-01-02"),
			"target_groups": strings.Join(a.Groups, ","), "municipality_ids": strings.Join(a.Munis, ","),
			"organiser_id": orgs[a.Organiser], "contact_id": contacts[a.Contact], "theme": a.Theme, "status": status, "notes": a.Notes}
		if a.Organiser != "" && orgs[a.Organiser] == "" {
			return nil, fmt.Errorf("demo activity %s: unknown organisation %s", a.Title, a.Organiser)
		}
		if a.Contact != "" && contacts[a.Contact] == "" {
			return nil, fmt.Errorf("demo activity %s: unknown contact %s", a.Title, a.Contact)
		}
		if a.Action != "" {
			if actions[a.Action] == "" {
				return nil, fmt.Errorf("demo activity %s: no plan action %q", a.Title, a.Action)
			}
			v["action_id"] = actions[a.Action]
		}
		if a.Planned > 0 {
			v["participants_planned"] = fmt.Sprint(a.Planned)
		}
		if status == "uitgevoerd" && a.Actual > 0 {
			v["participants"] = fmt.Sprint(a.Actual)
		}
		if _, err := create(data.KindActivity, v); err != nil {
			return nil, err
		}
		out = append(out, datedActivity{a, when, status})
	}
	return out, nil
}

// datedActivity is an activity as loaded.
type datedActivity struct {
	demoActivity
	date   time.Time
	status string
}

// quarter is the canonical period of the quarter of d: 2025-Q3.
func quarter(d time.Time) string { return fmt.Sprintf("%d-Q%d", d.Year(), (int(d.Month())-1)/3+1) }

// loadDemoFigures writes the counts of the last six whole quarters: signals
// via the meldroute that rise as trainings reach a municipality, meldingen
// at zorgcoördinatie that follow them, the people trained as the
// activities counted them, and the cases the ZVH discussed per cluster.
func loadDemoFigures(t *data.Tx, create func(string, map[string]string) (string, error), acts []datedActivity, clusters map[string]string) error {
	today := t.Now()
	thisQuarter := time.Date(today.Year(), time.Month((int(today.Month())-1)/3*3+1), 1, 12, 0, 0, 0, time.UTC)
	var quarters []time.Time
	for i := 6; i >= 1; i-- {
		quarters = append(quarters, thisQuarter.AddDate(0, -3*i, 0))
	}
	size := map[string]int{"GM0405": 6, "GM0388": 2, "GM0498": 2, "GM1598": 2, "GM0420": 4, "GM0432": 1, "GM0532": 2,
		"GM0392": 9, "GM0397": 2, "GM0377": 2, "GM0473": 2}
	trainedBy := map[string]time.Time{} // municipality -> first signaling training
	trained := map[string]int{}         // municipality + quarter -> people trained
	afTrained := map[string]int{}
	for _, a := range acts {
		if a.status != "uitgevoerd" || a.Type != "training" {
			continue
		}
		q := quarter(a.date)
		for _, m := range a.Munis {
			if strings.Contains(a.Title, "aandachtsfunctionarissen") {
				afTrained[m+q]++
				continue
			}
			if first, ok := trainedBy[m]; !ok || a.date.Before(first) {
				trainedBy[m] = a.date
			}
			trained[m+q] += a.Actual / len(a.Munis)
		}
	}
	jitter := func(key string, n int) int {
		h := fnv.New32a()
		h.Write([]byte(key))
		return int(h.Sum32() % uint32(n))
	}
	for _, m := range append(append([]string{}, westFriesland...), zuidKennemerland...) {
		for i, q := range quarters {
			period := quarter(q)
			signals := size[m] * (2 + i) / 3
			if first, ok := trainedBy[m]; ok && !q.Before(first.AddDate(0, -2, 0)) {
				signals += size[m] + jitter(m+period, 3) // awareness after the training
			}
			signals += jitter(period+m, 2)
			figures := []struct {
				measure string
				count   int
			}{
				{"signalen-meldroute", signals},
				{"meldingen-zorgcoordinatie", signals * 2 / 5},
				{"medewerkers-getraind", trained[m+period]},
				{"af-getraind", afTrained[m+period]},
			}
			for _, f := range figures {
				if f.count == 0 && f.measure != "signalen-meldroute" {
					continue // a quarter with no training has no count, not a zero
				}
				if _, err := create(data.KindFigure, map[string]string{"municipality_id": m, "period": period,
					"measure": f.measure, "count": fmt.Sprint(f.count), "source": demoSource(f.measure)}); err != nil {
					return err
				}
			}
		}
	}
	for name, id := range clusters {
		for i, q := range quarters {
			if _, err := create(data.KindFigure, map[string]string{"cluster_id": id, "period": quarter(q),
				"measure": "casussen-overleg", "count": fmt.Sprint(2 + i/2 + jitter(name+quarter(q), 3)),
				"source": "Zorg- en Veiligheidshuis, casusoverleg mensenhandel"}); err != nil {
				return err
			}
		}
	}
	// An own measure: visitors of the photo exhibition.
	visitors, err := create(data.KindMeasure, map[string]string{"name": "Bezoekers fototentoonstelling",
		"description": "Bezoekers van de tentoonstelling Open je ogen voor mensenhandel, geteld bij de ingang."})
	if err != nil {
		return err
	}
	for _, a := range acts {
		if strings.HasPrefix(a.Title, "Fototentoonstelling") {
			if _, err := create(data.KindFigure, map[string]string{"municipality_id": "GM0405", "period": quarter(a.date),
				"measure_id": visitors, "count": "1240", "source": "Bibliotheek Hoorn",
				"notes": "Geteld bij de ingang; de rondleidingen voor scholen zijn apart geteld."}); err != nil {
				return err
			}
		}
	}
	return nil
}

// demoSource is where a region gets a standard measure's count from.
func demoSource(measure string) string {
	switch measure {
	case "signalen-meldroute":
		return "Registratie interne meldroute"
	case "meldingen-zorgcoordinatie":
		return "HVO-Querido, zorgcoördinatie mensenhandel"
	}
	return "Presentielijsten trainingen"
}
