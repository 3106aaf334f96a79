package bundle

import (
	"os/exec"
	"strings"
	"testing"
)

// The store and the exchange files link neither the window nor the PDF
// typesetter: a command that only syncs starts small, and a change to the
// typesetter cannot break reading a colleague's file.
func TestLinksNeitherWindowNorTypesetter(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go tool on PATH")
	}
	out, err := exec.Command(goTool, "list", "-deps", "-tags", "migrated_fynedo", "ketenregie/data", "ketenregie/export/bundle").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, dep := range strings.Fields(string(out)) {
		if strings.HasPrefix(dep, "fyne.io/") || strings.Contains(dep, "gofpdf") || strings.HasPrefix(dep, "github.com/go-gl/") {
			t.Errorf("data or export/bundle links %s", dep)
		}
	}
}
