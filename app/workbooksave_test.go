package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ketenregie/app/kit/kittest"
)

// Overzicht's Werkmap button writes the workbook where the coordinator
// chose, with .xlsx added, and says where it is.
func TestWorkbookFromOverview(t *testing.T) {
	s := newStore(t, true)
	m := newWindow(t, s)
	m.Show("overzicht")
	wait := finished(t, m)
	path := filepath.Join(t.TempDir(), "regio-overleg")
	m.env.writeWorkbook(path)
	wait("the workbook is written")
	b, err := os.ReadFile(path + ".xlsx")
	if err != nil || !strings.HasPrefix(string(b), "PK\x03\x04") {
		t.Fatalf("no workbook at %s.xlsx: %v", path, err)
	}
	if text := kittest.DialogText(m.Window()); !strings.Contains(text, "regio-overleg.xlsx is opgeslagen") {
		t.Errorf("the window says %q", text)
	}
	if _, err := os.Stat(path); err == nil {
		t.Error("the name without .xlsx was left behind")
	}
}
