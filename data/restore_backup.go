package data

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"time"

	"github.com/google/uuid"
)

// RestoreBackup replaces the database with one of its backups (see
// Backups) and reopens it. The current state is backed up first, so the
// restore can itself be undone.
//
// The restored database takes a new device identity: its own history was
// rewound, and changes this device made after the backup may already be
// with colleagues. Writing on under the old id would make two different
// histories under one device id; under a new one, the colleagues' files
// simply bring those later changes back as a colleague's.
func (s *Store) RestoreBackup(ctx context.Context, backupPath string) error {
	if s.damaged != nil {
		// A damaged database cannot be backed up the usual way: it is
		// set aside as it is, and the store reopened on the backup.
		if err := s.db.Close(); err != nil {
			return err
		}
		return s.reopen(ctx, RestoreBackupFile(ctx, s.path, backupPath))
	}
	name, err := s.DeviceName(ctx)
	if err != nil {
		return err
	}
	tmp, err := stageBackup(ctx, s.path, backupPath, name, s.Now())
	if err != nil {
		return err
	}
	defer os.Remove(tmp)
	if _, err := s.Backup(ctx, "voor-terugzetten", 10); err != nil {
		return fmt.Errorf("reservekopie van de huidige toestand: %w", err)
	}
	if err := s.db.Close(); err != nil {
		return err
	}
	return s.reopen(ctx, swapIn(tmp, s.path))
}

// reopen opens the store's file again after a restore that ended in
// restoreErr, which it returns unless the file does not open at all.
func (s *Store) reopen(ctx context.Context, restoreErr error) error {
	ns, err := Open(ctx, s.path, Options{})
	if err != nil {
		if restoreErr != nil {
			return restoreErr
		}
		return fmt.Errorf("de database kan na het terugzetten niet worden geopend: %w", err)
	}
	s.db, s.device, s.search, s.damaged = ns.db, ns.device, searchCache{}, ns.damaged
	return restoreErr
}

// newIdentity gives the database file at path a new device id and signing
// key, keeping the device's name.
func newIdentity(ctx context.Context, path, name string, now time.Time) error {
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		return err
	}
	defer db.Close()
	id := uuid.Must(uuid.NewV7()).String()
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for _, q := range []struct {
		sql  string
		args []any
	}{
		{"INSERT INTO device (id, name, created) VALUES (?, ?, ?)", []any{id, name, now.UTC().Format(time.RFC3339)}},
		{"UPDATE local SET value = ? WHERE key = 'device'", []any{id}},
		{"DELETE FROM local WHERE key = 'signing_key'", nil},
	} {
		if _, err := tx.ExecContext(ctx, q.sql, q.args...); err != nil {
			return err
		}
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	return db.Close()
}
