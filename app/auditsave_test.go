package app

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ketenregie/data"
)

// Instellingen' log export writes every change of the period as a list
// for Excel, for the owner's eyes only.
func TestAuditFromSettings(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, false)
	id, err := s.Create(ctx, data.KindContact, map[string]string{data.Contact.Name: "Joke de Vries", data.Contact.Phone: "0229-123456"})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Update(ctx, data.KindContact, id, map[string]string{data.Contact.Phone: "0229-654321"}); err != nil {
		t.Fatal(err)
	}
	m := newWindow(t, s)
	m.Show("instellingen")
	wait := finished(t, m)
	path := filepath.Join(t.TempDir(), "logboek")
	m.env.writeAudit(path, "", "")
	wait("the log is written")
	b, err := os.ReadFile(path + ".csv")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), "0229-123456;0229-654321") {
		t.Errorf("the log lacks the change of the phone number:\n%s", b)
	}
	if fi, _ := os.Stat(path + ".csv"); fi.Mode().Perm() != 0o600 {
		t.Errorf("the log is saved %04o, want 0600", fi.Mode().Perm())
	}
	if d, ok := auditDate("31-02-2026"); ok || d != "" {
		t.Errorf("31-02-2026 read as %q", d)
	}
}
