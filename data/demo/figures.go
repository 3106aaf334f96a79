package demo

import (
	"fmt"
	"hash/fnv"
	"strconv"
	"time"

	"ketenregie/data"
)

// demoSize is how many signals a demo municipality has in a quarter at
// most, about as its size goes: Hoorn and Haarlem most.
var demoSize = map[string]int{
	"GM0405": 9, "GM0392": 12, "GM0420": 5, "GM0532": 3, "GM0388": 3, "GM0498": 2, "GM1598": 3, "GM0432": 2,
	"GM0397": 4, "GM0377": 2, "GM0473": 3,
}

// demoOwnMeasure is the demo region's own measure.
var demoOwnMeasure = struct{ name, description string }{
	"Integrale controles met aandacht voor mensenhandel",
	"Controles van horeca, massagesalons en short stay door gemeente, politie en Arbeidsinspectie samen, " +
		"waarbij op signalen van mensenhandel is gelet. Bron: het controleoverzicht van team Toezicht en Handhaving.",
}

// demoFigures records invented counts from the first quarter of last year
// up to the quarter that ended last: signals via the interne meldroute per
// municipality and quarter (and the whole of last year), meldingen at
// zorgcoördinatie per cluster and quarter, people trained per
// municipality in last year, and the region's own measure for
// West-Friesland. Only aggregate counts, as DOMAIN.md allows.
func demoFigures(today time.Time, create func(string, map[string]string) (string, error), clusters map[string]string) error {
	last := today.Year() - 1
	var periods []string
	for y := last; y <= today.Year(); y++ {
		for q := 1; q <= 4; q++ {
			if y == today.Year() && 3*q > int(today.Month())-1 {
				break // the quarter has not ended yet
			}
			periods = append(periods, fmt.Sprintf("%d-Q%d", y, q))
		}
	}
	// count is an invented count from 0 to most, the same each time.
	count := func(key string, most int) int {
		h := fnv.New32a()
		h.Write([]byte(key))
		return int(h.Sum32() % uint32(most+1))
	}
	figure := func(vals map[string]string, n int) error {
		vals[data.Figure.Count] = strconv.Itoa(n)
		_, err := create(data.KindFigure, vals)
		return err
	}
	own, err := create(data.KindMeasure, map[string]string{data.Measure.Name: demoOwnMeasure.name, data.Measure.Description: demoOwnMeasure.description})
	if err != nil {
		return err
	}
	lastYear := strconv.Itoa(last)
	for _, c := range demoClusters {
		for _, code := range c.codes {
			total := 0
			for _, p := range periods {
				n := count(code+p+"signalen", demoSize[code])
				vals := map[string]string{data.Figure.MunicipalityID: code, data.Figure.Period: p, data.Figure.Measure: data.MeasureSignalenMeldroute}
				if code == "GM0405" && p == lastYear+"-Q2" {
					vals[data.Figure.Source] = "Registratie interne meldroute"
					vals[data.Figure.Notes] = "Meer signalen na de training voor baliemedewerkers in april."
				}
				if err := figure(vals, n); err != nil {
					return err
				}
				if p[:4] == lastYear {
					total += n
				}
				if c.name == "West-Friesland" {
					if err := figure(map[string]string{data.Figure.MunicipalityID: code, data.Figure.Period: p, data.Figure.MeasureID: own},
						count(code+p+"controles", 2+demoSize[code]/2)); err != nil {
						return err
					}
				}
			}
			if err := figure(map[string]string{data.Figure.MunicipalityID: code, data.Figure.Period: lastYear,
				data.Figure.Measure: data.MeasureSignalenMeldroute, data.Figure.Source: "Jaaroverzicht meldroute"}, total); err != nil {
				return err
			}
			if err := figure(map[string]string{data.Figure.MunicipalityID: code, data.Figure.Period: lastYear,
				data.Figure.Measure: data.MeasureMedewerkersGetraind}, 8+count(code+"getraind", 6*demoSize[code])); err != nil {
				return err
			}
		}
		for _, p := range periods {
			if err := figure(map[string]string{data.Figure.ClusterID: clusters[c.name], data.Figure.Period: p,
				data.Figure.Measure: data.MeasureMeldingenZorgcoordinatie, data.Figure.Source: "Kwartaalrapportage zorgcoördinatie"},
				3+count(c.name+p+"zorg", 6)); err != nil {
				return err
			}
		}
	}
	return nil
}
