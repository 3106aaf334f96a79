package bundle

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"ketenregie/data"
)

// The budget: with 50,000 contacts, 2,000 agreements and 200 plans,
// a full export under 2 s; a full import into an empty database within 2x
// of the sqlite3 shell loading the same rows from a .dump; re-importing a
// file already seen under a tenth of a full import. KETENREGIE_BENCH_CONTACTS
// makes the region smaller for a quick look.

var (
	regionOnce sync.Once
	regionDir  string
	regionFile []byte
	regionErr  error
)

// benchRegion builds the large region once per test binary and returns the
// path of its database and a full bundle of it.
func benchRegion(b *testing.B) (string, []byte) {
	regionOnce.Do(func() {
		contacts := 50000
		if n, err := strconv.Atoi(os.Getenv("KETENREGIE_BENCH_CONTACTS")); err == nil && n > 0 {
			contacts = n
		}
		regionDir, regionErr = os.MkdirTemp("", "ketenregie-bench-*")
		if regionErr != nil {
			return
		}
		ctx := context.Background()
		s, err := data.Open(ctx, filepath.Join(regionDir, "region.db"), data.Options{DeviceName: "Regio"})
		if err != nil {
			regionErr = err
			return
		}
		defer s.Close()
		regionErr = s.Write(ctx, func(t *data.Tx) error {
			orgs := make([]string, 500)
			for i := range orgs {
				id, err := t.Create("organisation", map[string]string{"name": fmt.Sprintf("Organisatie %03d", i), "type": "overig", "email": fmt.Sprintf("info%d@example.org", i)})
				if err != nil {
					return err
				}
				orgs[i] = id
			}
			for i := 0; i < contacts; i++ {
				if _, err := t.Create("contact", map[string]string{"name": fmt.Sprintf("Persoon %d Öztürk", i), "organisation_id": orgs[i%len(orgs)],
					"email": fmt.Sprintf("p%d@example.org", i), "phone": "06-12345678", "role": "beleidsadviseur-oov"}); err != nil {
					return err
				}
			}
			for i := 0; i < 2000; i++ {
				a, err := t.Create("agreement", map[string]string{"title": fmt.Sprintf("Convenant %d", i), "type": "riec-convenant", "status": "actief",
					"evaluation_date": "2027-01-01", "owner_id": orgs[i%len(orgs)]})
				if err != nil {
					return err
				}
				if _, err := t.Create("party", map[string]string{"agreement_id": a, "organisation_id": orgs[(i+1)%len(orgs)], "signatory": "Burgemeester"}); err != nil {
					return err
				}
			}
			for i := 0; i < 200; i++ {
				p, err := t.Create("plan", map[string]string{"title": fmt.Sprintf("Beleidsplan %d", i)})
				if err != nil {
					return err
				}
				for j := 0; j < 8; j++ {
					sec, err := t.Create("section", map[string]string{"plan_id": p, "title": fmt.Sprintf("Hoofdstuk %d", j+1)})
					if err != nil {
						return err
					}
					for k := 0; k < 4; k++ {
						if _, err := t.Create("block", map[string]string{"section_id": sec, "text": "Een alinea over de aanpak van mensenhandel in de regio, met afspraken over signalering en melding."}); err != nil {
							return err
						}
					}
				}
			}
			return nil
		})
		if regionErr != nil {
			return
		}
		var buf bytes.Buffer
		_, regionErr = Write(ctx, s, &buf, WriteOptions{App: "bench"})
		regionFile = buf.Bytes()
	})
	if regionErr != nil {
		b.Fatal(regionErr)
	}
	return filepath.Join(regionDir, "region.db"), regionFile
}

func BenchmarkExportFull(b *testing.B) {
	path, _ := benchRegion(b)
	ctx := context.Background()
	s, err := data.Open(ctx, path, data.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	// Into a file, as the coordinator's export is: a growing in-memory
	// buffer would measure page faults rather than the export.
	out := filepath.Join(b.TempDir(), "export.ketenregie")
	b.ResetTimer()
	for b.Loop() {
		f, err := os.Create(out)
		if err != nil {
			b.Fatal(err)
		}
		m, err := Write(ctx, s, f, WriteOptions{})
		if err != nil {
			b.Fatal(err)
		}
		st, _ := f.Stat()
		f.Close()
		b.ReportMetric(float64(m.Changes), "changes")
		b.ReportMetric(float64(st.Size())/1e6, "MB")
	}
}

func BenchmarkImportFull(b *testing.B) {
	src, file := benchRegion(b)
	ctx := context.Background()
	var total time.Duration
	for i := 0; b.Loop(); i++ {
		b.StopTimer()
		s, err := data.Open(ctx, filepath.Join(b.TempDir(), fmt.Sprintf("to%d.db", i)), data.Options{DeviceName: "Bas"})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		start := time.Now()
		bd, err := Read(bytes.NewReader(file), ReadOptions{})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := s.ApplyFrom(ctx, bd.Manifest.Sender(), bd.Changes); err != nil {
			b.Fatal(err)
		}
		total += time.Since(start)
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
	if shell := sqliteShellLoad(b, src); shell > 0 {
		b.ReportMetric(float64(total)/float64(b.N)/float64(shell), "x-sqlite3")
	}
}

func BenchmarkReimport(b *testing.B) {
	src, file := benchRegion(b)
	ctx := context.Background()
	s, err := data.Open(ctx, filepath.Join(b.TempDir(), "to.db"), data.Options{DeviceName: "Bas"})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	bd, err := Read(bytes.NewReader(file), ReadOptions{})
	if err != nil {
		b.Fatal(err)
	}
	if _, err := s.ApplyFrom(ctx, bd.Manifest.Sender(), bd.Changes); err != nil {
		b.Fatal(err)
	}
	_ = src
	b.ResetTimer()
	path := filepath.Join(b.TempDir(), "seen.ketenregie")
	if err := os.WriteFile(path, file, 0o600); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		bd, err := ReadFile(path, ReadOptions{Held: HeldBy(ctx, s)})
		if err != nil {
			b.Fatal(err)
		}
		rep, err := Import(ctx, s, bd)
		if err != nil || rep.New != 0 || !bd.Held {
			b.Fatalf("%+v %v", rep, err)
		}
	}
}

// sqliteShellLoad times the sqlite3 shell loading the rows of the database
// at src from a .dump into a new file; 0 when there is no sqlite3.
func sqliteShellLoad(b *testing.B, src string) time.Duration {
	if _, err := exec.LookPath("sqlite3"); err != nil {
		return 0
	}
	dir := b.TempDir()
	dump := filepath.Join(dir, "dump.sql")
	out, err := exec.Command("sqlite3", src, ".output "+dump, ".dump").CombinedOutput()
	if err != nil {
		b.Fatalf("sqlite3 .dump: %v %s", err, out)
	}
	f, err := os.Open(dump)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	cmd := exec.Command("sqlite3", filepath.Join(dir, "loaded.db"))
	cmd.Stdin = f
	start := time.Now()
	if out, err := cmd.CombinedOutput(); err != nil {
		b.Fatalf("sqlite3 load: %v %s", err, out)
	}
	return time.Since(start)
}
