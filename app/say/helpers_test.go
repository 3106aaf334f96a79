package say

import (
	"context"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ketenregie/data"
)

// TestMain runs the tests on a Dutch system, as the window's tests do.
func TestMain(m *testing.M) {
	os.Setenv("LC_ALL", "nl_NL.UTF-8")
	os.Unsetenv("LANGUAGE")
	os.Exit(m.Run())
}

func readTranslation(t *testing.T, language string) map[string]any {
	t.Helper()
	m, err := Translation(language)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// newStore is an empty store in a temporary folder.
func newStore(t testing.TB) *data.Store {
	t.Helper()
	s, err := data.Open(context.Background(), filepath.Join(t.TempDir(), "t.db"), data.Options{DeviceName: "test"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// goSource is a parsed Go file.
type goSource struct {
	fset *token.FileSet
	file *ast.File
}

// goSources are the Go files of dir, tests left out, parsed: for the
// tests that read which sentences a package can say.
func goSources(t *testing.T, dir string) []goSource {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	var out []goSource
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		fset := token.NewFileSet()
		file, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, goSource{fset, file})
	}
	return out
}
