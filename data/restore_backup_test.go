package data

import (
	"context"
	"testing"
)

func TestRestoreBackup(t *testing.T) {
	ctx := context.Background()
	a, b := newPeer(t, "a", day), newPeer(t, "b", day)
	kept := mustCreate(t, a, "contact", map[string]string{"name": "Voor de reservekopie"})
	path, err := a.Backup(ctx, "test", 10)
	if err != nil {
		t.Fatal(err)
	}
	later := mustCreate(t, a, "contact", map[string]string{"name": "Na de reservekopie"})
	send(t, a, b) // a colleague already has the later contact
	oldDevice := a.Device()

	if err := a.RestoreBackup(ctx, path); err != nil {
		t.Fatal(err)
	}
	mustCheck(t, a)
	if _, err := a.Get(ctx, "contact", kept); err != nil {
		t.Errorf("the contact from before the backup is gone: %v", err)
	}
	if _, err := a.Get(ctx, "contact", later); !IsNotFound(err) {
		t.Errorf("the later contact is still there: %v", err)
	}
	if a.Device() == oldDevice {
		t.Fatal("the restored database kept its device id")
	}
	if name, _ := a.DeviceName(ctx); name != "a" {
		t.Errorf("device name %q after restoring", name)
	}
	// Writing on, and exchanging with the colleague, merges without refusal:
	// the later contact comes back from b.
	mustCreate(t, a, "contact", map[string]string{"name": "Na het terugzetten"})
	send(t, b, a)
	send(t, a, b)
	if _, err := a.Get(ctx, "contact", later); err != nil {
		t.Errorf("the colleague's copy did not bring the later contact back: %v", err)
	}
	if dumpString(t, a) != dumpString(t, b) {
		t.Error("dumps differ after exchanging")
	}
	// The state before the restore was kept as a backup.
	list, _ := Backups(a.Path())
	found := false
	for _, bf := range list {
		found = found || bf.Comment == "voor-terugzetten"
	}
	if !found {
		t.Errorf("no backup of the state before restoring: %+v", list)
	}
}
