package data

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// The database is shared by processes: the window, a script, a second
// window, a sync. These tests run real processes (this test binary again,
// as a child doing one job) on one file.

const childEnv = "KETENREGIE_TEST_CHILD"

// TestChildProcess is the child: it does the job childEnv names on the
// database KETENREGIE_TEST_DB and prints one line per failure.
func TestChildProcess(t *testing.T) {
	job := os.Getenv(childEnv)
	if job == "" {
		t.Skip("run by the process tests")
	}
	ctx := context.Background()
	path := os.Getenv("KETENREGIE_TEST_DB")
	n, _ := strconv.Atoi(os.Getenv("KETENREGIE_TEST_N"))
	fail := func(err error) { fmt.Printf("FAILED: %v\n", err) }
	s, err := Open(ctx, path, Options{DeviceName: job})
	if err != nil {
		fail(err)
		return
	}
	defer s.Close()
	if job == "bulk" { // one long write, as a large import is: n records
		start := time.Now()
		err := s.Write(ctx, func(t *Tx) error {
			for j := 0; j < n; j++ {
				if _, err := t.Create("contact", map[string]string{"name": fmt.Sprintf("Bulk %d", j), "phone": "06-12345678", "notes": "uit een grote import"}); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			fail(err)
		}
		fmt.Printf("WROTE %d in %v\n", n, time.Since(start).Round(time.Millisecond))
		return
	}
	if job == "pairs" { // two records changed together, n times
		ids := strings.Split(os.Getenv("KETENREGIE_TEST_IDS"), ",")
		for i := 0; i < n; i++ {
			err := s.Write(ctx, func(t *Tx) error {
				if err := t.Update("organisation", ids[0], map[string]string{"notes": fmt.Sprintf("ronde %d", i)}); err != nil {
					return err
				}
				return t.Update("contact", ids[1], map[string]string{"notes": fmt.Sprintf("ronde %d", i)})
			})
			if err != nil {
				fail(err)
			}
		}
		return
	}
	for i := 0; i < n; i++ {
		switch job {
		case "writer":
			if _, err := s.Create(ctx, "contact", map[string]string{"name": fmt.Sprintf("Contact %d van %d", i, os.Getpid())}); err != nil {
				fail(err)
			}
		case "reader":
			if _, err := s.List(ctx, "contact"); err != nil {
				fail(err)
			}
			if err := s.Dump(ctx, io.Discard); err != nil {
				fail(err)
			}
		case "opener": // a second program looking in, as `list` does
			o, err := Open(ctx, path, Options{})
			if err != nil {
				fail(err)
				continue
			}
			o.Close()
		}
	}
}

// runChildren starts the jobs at once on path and returns every failure.
func runChildren(t *testing.T, path string, jobs map[string][2]int) []string {
	t.Helper()
	var wg sync.WaitGroup
	var mu sync.Mutex
	var failures []string
	for job, spec := range jobs {
		for range spec[0] {
			wg.Add(1)
			go func() {
				defer wg.Done()
				cmd := exec.Command(os.Args[0], "-test.run=^TestChildProcess$")
				cmd.Env = append(os.Environ(), childEnv+"="+job, "KETENREGIE_TEST_DB="+path, "KETENREGIE_TEST_N="+strconv.Itoa(spec[1]))
				out, err := cmd.CombinedOutput()
				mu.Lock()
				defer mu.Unlock()
				if err != nil {
					failures = append(failures, fmt.Sprintf("%s: %v: %s", job, err, out))
				}
				for _, l := range bytes.Split(out, []byte("\n")) {
					if bytes.HasPrefix(l, []byte("FAILED: ")) {
						failures = append(failures, job+": "+string(l))
					}
					if bytes.HasPrefix(l, []byte("WROTE ")) {
						t.Logf("%s: %s", job, l)
					}
				}
			}()
		}
	}
	wg.Wait()
	return failures
}

// TestProcessesCreateAndWriteOneDatabase: three processes create one new
// database at once and write 50 records each while a fourth lists and
// dumps and a fifth keeps opening it: nothing fails, nothing is lost.
func TestProcessesCreateAndWriteOneDatabase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "gedeeld.db")
	failures := runChildren(t, path, map[string][2]int{"writer": {3, 50}, "reader": {1, 20}, "opener": {1, 20}})
	if len(failures) > 0 {
		t.Fatalf("%d failures, the first: %s", len(failures), strings.Join(failures[:min(3, len(failures))], "\n"))
	}
	s, err := Open(context.Background(), path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if list, _ := s.List(context.Background(), "contact"); len(list) != 150 {
		t.Errorf("%d contacts, want 150", len(list))
	}
	mustCheck(t, s)
}

// TestProcessesDuringALongWrite: while one process writes 50,000 records
// in one transaction (as a large import does; longer than the 5 seconds
// every other process used to wait), others write, list, dump and open:
// readers read the last committed state, writers wait, and none fails.
func TestProcessesDuringALongWrite(t *testing.T) {
	if testing.Short() {
		t.Skip("slow; the full run has it")
	}
	path := filepath.Join(t.TempDir(), "gedeeld.db")
	s, err := Open(context.Background(), path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	failures := runChildren(t, path, map[string][2]int{"bulk": {1, 50_000}, "writer": {2, 20}, "reader": {1, 10}, "opener": {1, 10}})
	if len(failures) > 0 {
		t.Fatalf("%d failures, the first: %s", len(failures), strings.Join(failures[:min(3, len(failures))], "\n"))
	}
}

// TestDumpIsOneSnapshot: while another process changes an organisation and
// a contact together, again and again, every dump shows them changed
// together (they are read by two queries).
func TestDumpIsOneSnapshot(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "gedeeld.db")
	s, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	a := mustCreate(t, s, "organisation", map[string]string{"name": "Gemeente Hoorn", "type": "gemeente"})
	b := mustCreate(t, s, "contact", map[string]string{"name": "Bas"})
	cmd := exec.Command(os.Args[0], "-test.run=^TestChildProcess$")
	cmd.Env = append(os.Environ(), childEnv+"=pairs", "KETENREGIE_TEST_DB="+path, "KETENREGIE_TEST_N=300", "KETENREGIE_TEST_IDS="+a+","+b)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error)
	go func() { done <- cmd.Wait() }()
	dumps := 0
	for running := true; running; {
		select {
		case err := <-done:
			if err != nil || strings.Contains(out.String(), "FAILED") {
				t.Fatalf("the writer: %v %s", err, out.String())
			}
			running = false
		default:
		}
		var buf bytes.Buffer
		if err := s.Dump(ctx, &buf); err != nil {
			t.Fatal(err)
		}
		dumps++
		type rec struct{ Notes string }
		var d struct {
			Contact      []rec `json:"contact"`
			Organisation []rec `json:"organisation"`
		}
		if err := json.Unmarshal(buf.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		if len(d.Contact) != 1 || len(d.Organisation) != 1 || d.Contact[0].Notes != d.Organisation[0].Notes {
			t.Fatalf("dump %d shows a state that never was: %+v %+v", dumps, d.Contact, d.Organisation)
		}
	}
	t.Logf("%d dumps while the other process wrote", dumps)
}
