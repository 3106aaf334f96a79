package cli

import (
	"os/exec"
	"strings"
	"testing"
)

// The command line, and its tests, link neither Fyne nor OpenGL: only
// main.go starts the GUI, so every command runs, and is tested, without a
// display, cgo or a C compiler (CGO_ENABLED=0).
func TestLinksNoGUI(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go tool on PATH")
	}
	out, err := exec.Command(goTool, "list", "-deps", "-test", "-tags", "migrated_fynedo", ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	deps := strings.Fields(string(out))
	if len(deps) < 10 {
		t.Fatalf("go list gave only %q", deps)
	}
	for _, dep := range deps {
		if strings.HasPrefix(dep, "fyne.io/") || strings.HasPrefix(dep, "github.com/go-gl/") {
			t.Errorf("the command line links %s", dep)
		}
	}
}
