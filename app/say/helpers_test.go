package say

import (
	"context"
	"os"
	"path/filepath"
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
