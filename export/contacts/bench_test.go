package contacts

import (
	"context"
	"encoding/csv"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"ketenregie/data"
)

// The budget: a 50,000-row CSV imports within 3x of the time the
// sqlite3 shell's .import needs for the same file into a plain table.

var benchFirst = []string{"Jan", "Noëlle", "Mohamed", "Sanne", "José", "Pieter", "Chaïma", "Fleur", "Kees", "Yusuf", "Ingrid", "Daan"}
var benchLast = []string{"de Vries", "Öztürk", "Bakker", "El Amrani", "Jansen", "van Dijk", "Visser", "Smit", "Meijer", "de Boer"}

// writeBenchCSV writes a contact list as Dutch Excel saves it: n rows at
// 500 organisations, with roles, work e-mail, phones, a municipality and
// notes.
func writeBenchCSV(b *testing.B, path string, n int) {
	var sb strings.Builder
	sb.WriteString("\uFEFFNaam;Organisatie;Rol;E-mail;Telefoon;Gemeenten;Notities\r\n")
	munis := []string{"Hoorn", "Medemblik", "Enkhuizen", "Koggenland", "Opmeer", "Drechterland", "Stede Broec", "Haarlem"}
	for i := 0; i < n; i++ {
		fmt.Fprintf(&sb, "%s %s %d;Organisatie %03d;%s;persoon%d@example.org;06-%08d;%s;\"Bereikbaar ma-do; via het secretariaat\"\r\n",
			benchFirst[i%len(benchFirst)], benchLast[(i/7)%len(benchLast)], i, i%500,
			data.ContactRoles[i%len(data.ContactRoles)].Label, i, i, munis[i%len(munis)])
	}
	if err := os.WriteFile(path, []byte(sb.String()), 0o644); err != nil {
		b.Fatal(err)
	}
}

func BenchmarkImportCSV50k(b *testing.B) {
	const rows = 50_000
	ctx := context.Background()
	dir := b.TempDir()
	file := filepath.Join(dir, "contacten.csv")
	writeBenchCSV(b, file, rows)
	shell := sqliteImport(b, file)
	planTime := timePlan(b, file)

	var total, floor time.Duration
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		s, err := data.Open(ctx, filepath.Join(dir, fmt.Sprintf("k%d.db", i)), data.Options{DeviceName: "bench"})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		start := time.Now()
		raw, err := os.ReadFile(file)
		if err != nil {
			b.Fatal(err)
		}
		f, err := Read(raw)
		if err != nil {
			b.Fatal(err)
		}
		p, err := Apply(ctx, s, f, GuessMapping(f))
		if err != nil {
			b.Fatal(err)
		}
		total += time.Since(start)
		b.StopTimer()
		if p.Creates != rows {
			b.Fatalf("%d contacts created, want %d", p.Creates, rows)
		}
		if i == 0 && shell > 0 {
			floor = logFloor(b, s)
		}
		s.Close()
		b.StartTimer()
	}
	// What this package itself takes: reading the file and planning the
	// import; the rest is the store writing the contacts.
	b.ReportMetric(float64(planTime.Milliseconds()), "read+plan-ms")
	if shell > 0 {
		b.ReportMetric(float64(total)/float64(b.N)/float64(shell), "x-sqlite3")
		b.ReportMetric(float64(shell.Milliseconds()), "sqlite3-ms")
		b.ReportMetric(float64(floor)/float64(shell), "log-floor-x")
	}
}

// logFloor times the sqlite3 shell importing only the change rows the
// import wrote (one per field, DESIGN.md) into an empty change table with
// its index: the least the change log costs in C SQLite, without heads,
// record rows, hashing or checks. Divided by the plain .import it shows
// how close to that budget any import that keeps the log can come.
func logFloor(b *testing.B, s *data.Store) time.Duration {
	ctx := context.Background()
	dir := b.TempDir()
	var schema []string
	rows, err := s.DB().QueryContext(ctx, "SELECT sql FROM sqlite_master WHERE tbl_name = 'change' AND sql IS NOT NULL")
	if err != nil {
		b.Fatal(err)
	}
	for rows.Next() {
		var q string
		rows.Scan(&q)
		schema = append(schema, q+";")
	}
	rows.Close()
	db := filepath.Join(dir, "log.db")
	if out, err := exec.Command("sqlite3", db, strings.Join(schema, "\n")).CombinedOutput(); err != nil {
		b.Fatalf("sqlite3: %v %s", err, out)
	}
	f, err := os.Create(filepath.Join(dir, "changes.csv"))
	if err != nil {
		b.Fatal(err)
	}
	w := csv.NewWriter(f)
	rows, err = s.DB().QueryContext(ctx, "SELECT origin, seq, entity, entity_id, field, value, parents, hlc, nonce, hash FROM change")
	if err != nil {
		b.Fatal(err)
	}
	rec := make([]string, 10)
	ptrs := make([]any, 10)
	for i := range rec {
		ptrs[i] = &rec[i]
	}
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			b.Fatal(err)
		}
		w.Write(rec)
	}
	rows.Close()
	w.Flush()
	f.Close()
	start := time.Now()
	if out, err := exec.Command("sqlite3", "-csv", db, ".import "+f.Name()+" change").CombinedOutput(); err != nil || len(out) > 0 {
		b.Fatalf("sqlite3 .import of the change rows: %v %s", err, out)
	}
	return time.Since(start)
}

// timePlan times reading the file and planning its import into an empty
// store, without writing.
func timePlan(b *testing.B, file string) time.Duration {
	s, err := data.Open(context.Background(), filepath.Join(b.TempDir(), "plan.db"), data.Options{DeviceName: "bench"})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	start := time.Now()
	raw, err := os.ReadFile(file)
	if err != nil {
		b.Fatal(err)
	}
	f, err := Read(raw)
	if err != nil {
		b.Fatal(err)
	}
	idx, err := LoadIndex(context.Background(), s)
	if err != nil {
		b.Fatal(err)
	}
	if p := NewPlan(f, GuessMapping(f), idx); !p.OK() {
		b.Fatal(p.Problems[0])
	}
	return time.Since(start)
}

// sqliteImport times the sqlite3 shell importing the file into a plain
// table of a new database, the fastest of three runs (the machine is
// shared); 0 when sqlite3 is not installed.
func sqliteImport(b *testing.B, file string) time.Duration {
	if _, err := exec.LookPath("sqlite3"); err != nil {
		b.Log("sqlite3 is not installed: no comparison")
		return 0
	}
	var best time.Duration
	for i := range 3 {
		db := filepath.Join(b.TempDir(), fmt.Sprintf("shell%d.db", i))
		start := time.Now()
		out, err := exec.Command("sqlite3", "-csv", "-separator", ";", db, ".import "+file+" t").CombinedOutput()
		took := time.Since(start)
		if err != nil {
			b.Fatalf("sqlite3 .import: %v %s", err, out)
		}
		if best == 0 || took < best {
			best = took
		}
	}
	return best
}
