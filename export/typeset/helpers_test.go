package typeset

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

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

// pageText is the text of the whole document.
func pageText(t testing.TB, path string) string {
	t.Helper()
	return runTool(t, "pdftotext", "-enc", "UTF-8", path, "-")
}

func squash(s string) string { return strings.Join(strings.Fields(s), " ") }
