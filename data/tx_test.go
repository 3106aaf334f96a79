package data

import (
	"context"
	"strings"
	"testing"
)

// New records' changes are written many to a statement, later (Tx.flush).
// These tests hold the promises that rest on that: a transaction reads what
// it wrote, a write that fails late still changes nothing, and a record
// deleted in a transaction cannot be referred to later in it.

func TestTransactionReadsWhatItWroteBeforeFlushing(t *testing.T) {
	s := newTestStore(t)
	ctx := context.Background()
	var id string
	err := s.Write(ctx, func(tx *Tx) error {
		var err error
		if id, err = tx.Create("organisation", map[string]string{"name": "GGD Hollands Noorden", "type": "ggd"}); err != nil {
			return err
		}
		// Update reads the heads of the fields just created.
		if err := tx.Update("organisation", id, map[string]string{"name": "GGD Hollands-Noorden"}); err != nil {
			return err
		}
		_, err = tx.Create("contact", map[string]string{"name": "Ans Kok", "organisation_id": id})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	r, err := s.Get(ctx, "organisation", id)
	if err != nil {
		t.Fatal(err)
	}
	if r.Values["name"] != "GGD Hollands-Noorden" {
		t.Errorf("name %q, want the updated one", r.Values["name"])
	}
	mustCheck(t, s) // the heads and rows match the log: no head of the old name is left
}

func TestFailedFlushChangesNothing(t *testing.T) {
	s := newTestStore(t)
	ctx := context.Background()
	mustCreate(t, s, "organisation", map[string]string{"name": "Politie Noord-Holland", "type": "politie"})
	before := dumpString(t, s)
	n := changeCount(t, s)

	// A change numbered like one already stored fails only when the pending
	// changes are written: at the commit, or at the next read.
	for _, read := range []bool{false, true} {
		err := s.Write(ctx, func(tx *Tx) error {
			if _, err := tx.Create("organisation", map[string]string{"name": "RIEC Noord-Holland", "type": "riec"}); err != nil {
				return err
			}
			c := Change{Origin: s.Device(), Seq: 1, Entity: "organisation", EntityID: "x", Field: "name", Value: "dubbel", HLC: 1, Hash: "h"}
			if err := tx.insertChange(&c); err != nil {
				return err
			}
			if read {
				tx.exists(KindNamed("organisation"), "x") // flushes; the error stays with the transaction
			}
			return nil
		})
		if err == nil || !strings.Contains(err.Error(), "append change") {
			t.Errorf("read %v: err %v, want the failed append", read, err)
		}
		if dumpString(t, s) != before || changeCount(t, s) != n {
			t.Errorf("read %v: a failed write changed the database", read)
		}
	}
}

func TestDeletedInTheSameTransactionIsNotLive(t *testing.T) {
	s := newTestStore(t)
	ctx := context.Background()
	org := mustCreate(t, s, "organisation", map[string]string{"name": "Veiligheidshuis", "type": "zvh"})
	before := dumpString(t, s)
	err := s.Write(ctx, func(tx *Tx) error {
		if _, err := tx.Create("contact", map[string]string{"name": "Bram Smit", "organisation_id": org}); err != nil {
			return err // org is now known live in this transaction
		}
		if err := tx.Delete("contact", mustOnlyContact(t, tx)); err != nil {
			return err
		}
		if err := tx.Delete("organisation", org); err != nil {
			return err
		}
		_, err := tx.Create("contact", map[string]string{"name": "Els Dekker", "organisation_id": org})
		return err
	})
	if err == nil || !strings.Contains(err.Error(), "geen organisatie") {
		t.Fatalf("a contact at an organisation deleted in the same write: %v", err)
	}
	if dumpString(t, s) != before {
		t.Error("the refused write changed the database")
	}
}

func mustOnlyContact(t *testing.T, tx *Tx) string {
	t.Helper()
	ids, err := tx.idsWhere(KindNamed("contact"), "1 = 1")
	if err != nil || len(ids) != 1 {
		t.Fatalf("contacts %v, %v", ids, err)
	}
	return ids[0]
}
