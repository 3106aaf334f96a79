package app

import (
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
)

// BenchmarkSwitchScreens builds the main window on the demo region and
// shows every screen in turn, as a coordinator clicking down the
// navigation does; a screen shown again rereads the store. It reports the
// average time per switch, and the average of the slowest screen. Budget:
// under 100 ms a switch (issue 3).
func BenchmarkSwitchScreens(b *testing.B) {
	s := newStore(b, true)
	m := NewMainWindow(test.NewTempApp(b), s)
	defer m.Window().Close()
	for _, it := range m.items {
		m.Show(it.id) // build every screen once, outside the timing
	}
	per := make([]time.Duration, len(m.items))
	rounds := 0
	for b.Loop() {
		for i, it := range m.items {
			start := time.Now()
			m.Show(it.id)
			per[i] += time.Since(start)
		}
		rounds++
	}
	var total, slowest time.Duration
	for _, d := range per {
		total += d
		slowest = max(slowest, d)
	}
	ms := func(d time.Duration, n int) float64 { return float64(d) / float64(time.Millisecond) / float64(n) }
	b.ReportMetric(ms(total, rounds*len(m.items)), "ms/switch")
	b.ReportMetric(ms(slowest, rounds), "ms/slowest-screen")
}
