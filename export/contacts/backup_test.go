package contacts

import (
	"context"
	"testing"

	"ketenregie/data"
)

// A contact import, like every import, backs up the database first, so the
// import can be undone from Instellingen › Reservekopieën; an import that
// changes nothing makes no backup (which would push out an older one).
func TestAnImportMakesABackupFirst(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, false)
	path := s.Path()
	importFixture(t, s, "outlook-nl.csv")
	backups, err := data.Backups(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(backups) != 1 || backups[0].Comment != "voor-import" {
		t.Fatalf("backups after a contact import: %+v", backups)
	}
	if n := len(allContacts(t, s)); n != 2 {
		t.Fatalf("%d contacts imported, want 2", n)
	}
	importFixture(t, s, "outlook-nl.csv") // nothing new
	if again, _ := data.Backups(path); len(again) != 1 {
		t.Errorf("an import that changed nothing made a backup: %d backups", len(again))
	}
	if err := s.RestoreBackup(ctx, backups[0].Path); err != nil {
		t.Fatal(err)
	}
	if n := len(allContacts(t, s)); n != 0 {
		t.Errorf("the backup holds %d contacts, want the 0 from before the import", n)
	}
}
