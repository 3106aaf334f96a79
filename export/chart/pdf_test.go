package chart

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"ketenregie/export/typeset"
)

// pdfText renders layout and returns the text of each page, by pdftotext.
func pdfText(t *testing.T, layout func(d *typeset.Doc) error) []string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		if os.Getenv("CI") == "" {
			t.Skip("pdftotext is not installed (apt-get install poppler-utils)")
		}
		t.Fatal("pdftotext is not installed")
	}
	var buf bytes.Buffer
	if err := typeset.Render(&buf, typeset.Furniture{}, typeset.Info{Title: "chart"}, layout); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "chart.pdf")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(string(out), "\f")
}

// TestDrawPDF prints a chart as a reader sees it: labels, numbers, the
// legend and the axis as text; and a chart longer than a page goes on,
// on the next, after a heading that says so.
func TestDrawPDF(t *testing.T) {
	c := sampleChart()
	for i := range 30 {
		c.Groups = append(c.Groups, Group{Label: fmt.Sprintf("Gemeente %02d", i), Bars: []Bar{{Label: "2024", Values: []int{1, 2, 3}}, {Label: "2025", Values: []int{0, 1, 5}}}})
	}
	pages := pdfText(t, func(d *typeset.Doc) error {
		d.NewPage(false)
		d.TitleBlock("", "Signalerend vermogen")
		DrawPDF(d, c, func() {
			d.NewPage(false)
			d.TitleBlock("", "Signalerend vermogen (vervolg)")
		})
		return nil
	})
	first := strings.Join(strings.Fields(pages[0]), " ")
	for _, want := range []string{"Niet Deels Volledig", "West-Friesland", "14-06-2019 8 5 1 14", "Hoorn", "aantal onderdelen"} {
		if !strings.Contains(first, want) {
			t.Errorf("the first page does not show %q:\n%s", want, pages[0])
		}
	}
	if len(pages) < 3 || !strings.Contains(pages[1], "(vervolg)") {
		t.Fatalf("the chart of 32 groups fills %d pages", len(pages)-1)
	}
	all := strings.Join(pages, " ")
	if !strings.Contains(all, "Gemeente 29") {
		t.Error("the last group is missing")
	}
	for i, p := range pages[:len(pages)-1] {
		if !strings.Contains(p, "aantal onderdelen") {
			t.Errorf("page %d has no axis", i+1)
		}
	}
}
