package export

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"ketenregie/data"
	"ketenregie/data/demo"
)

// testDay is "today" in every test, so dates and due agreements are fixed.
var testDay = time.Date(2026, 10, 1, 9, 0, 0, 0, time.UTC)

// newStore opens a fresh database with a fixed clock, with the demo region
// when demo is set.
func newStore(t testing.TB, withDemo bool) *data.Store {
	t.Helper()
	ctx := context.Background()
	s, err := data.Open(ctx, filepath.Join(t.TempDir(), "t.db"), data.Options{DeviceName: "test"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	s.Now = func() time.Time { return testDay }
	if withDemo {
		if _, err := demo.Load(ctx, s); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

// planByTitle finds a plan whose title contains part.
func planByTitle(t testing.TB, s *data.Store, part string) data.Record {
	t.Helper()
	plans, err := s.List(context.Background(), "plan")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range plans {
		if strings.Contains(p.Get("title"), part) {
			return p
		}
	}
	t.Fatalf("no plan with %q in its title", part)
	return data.Record{}
}

// writePDF renders into a file in a temporary folder and returns its path.
func writePDF(t testing.TB, write func(w *bytes.Buffer) error) (string, []byte) {
	t.Helper()
	var buf bytes.Buffer
	if err := write(&buf); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "out.pdf")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path, buf.Bytes()
}

// needTool skips the test when a PDF tool is missing on a developer's
// machine; in CI (CI set) the tools must be there.
func needTool(t testing.TB, name string) {
	t.Helper()
	if _, err := exec.LookPath(name); err != nil {
		if os.Getenv("CI") == "" {
			t.Skipf("%s is not installed (apt-get install poppler-utils qpdf)", name)
		}
		t.Fatalf("%s is not installed", name)
	}
}

func runTool(t testing.TB, name string, args ...string) string {
	t.Helper()
	needTool(t, name)
	out, err := exec.Command(name, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %v: %v\n%s", name, args, err, out)
	}
	return string(out)
}

// pages is the page count pdfinfo reports.
func pages(t testing.TB, path string) int {
	t.Helper()
	m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)`).FindStringSubmatch(runTool(t, "pdfinfo", path))
	if m == nil {
		t.Fatal("pdfinfo shows no page count")
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// pageText is the text of one page (all pages when page is 0).
func pageText(t testing.TB, path string, page int) string {
	t.Helper()
	args := []string{"-enc", "UTF-8"}
	if page > 0 {
		args = append(args, "-f", strconv.Itoa(page), "-l", strconv.Itoa(page))
	}
	return runTool(t, "pdftotext", append(args, path, "-")...)
}

// pageTexts is the text of every page, from 1, in reading order; with
// mode "-layout" as laid out on the page (a table row on one line), with
// "-raw" in the order the content stream draws it.
func pageTexts(t testing.TB, path string, mode ...string) []string {
	t.Helper()
	all := runTool(t, "pdftotext", append(append([]string{"-enc", "UTF-8"}, mode...), path, "-")...)
	parts := strings.Split(all, "\f")
	n := pages(t, path)
	if len(parts) < n {
		t.Fatalf("pdftotext gave %d pages, pdfinfo %d", len(parts), n)
	}
	return append([]string{""}, parts[:n]...)
}

// outline is one bookmark as qpdf reports it.
type outline struct {
	Title string    `json:"title"`
	Page  int       `json:"destpageposfrom1"`
	Kids  []outline `json:"kids"`
}

func outlines(t testing.TB, path string) []outline {
	t.Helper()
	var doc struct {
		Outlines []outline `json:"outlines"`
	}
	if err := json.Unmarshal([]byte(runTool(t, "qpdf", "--json", "--json-key=outlines", path)), &doc); err != nil {
		t.Fatal(err)
	}
	var flat []outline
	var walk func([]outline)
	walk = func(os []outline) {
		for _, o := range os {
			flat = append(flat, o)
			walk(o.Kids)
		}
	}
	walk(doc.Outlines)
	return flat
}

// checkWellFormed runs qpdf --check, checks with pdffonts that every font
// is embedded and with checkTagged that the document is tagged.
func checkWellFormed(t *testing.T, path string) {
	t.Helper()
	runTool(t, "qpdf", "--check", path)
	fonts := strings.Split(strings.TrimSpace(runTool(t, "pdffonts", path)), "\n")
	if len(fonts) < 3 {
		t.Fatalf("pdffonts lists no fonts:\n%s", strings.Join(fonts, "\n"))
	}
	for _, l := range fonts[2:] {
		f := strings.Fields(l)
		// name type... encoding emb sub uni object ID
		if len(f) < 6 || f[len(f)-5] != "yes" {
			t.Errorf("font not embedded: %s", l)
		}
	}
	checkTagged(t, path)
}

// squash folds runs of white space, so text that pdftotext spreads over
// lines or columns can be searched.
func squash(s string) string { return strings.Join(strings.Fields(s), " ") }
