package data

import (
	"context"
)

// Snapshot returns a read-only view of the database as it is now, for
// work that reads much and writes nothing (a PDF, an export): every query
// through it sees this one moment, whatever other windows and processes
// write meanwhile, so a document never mixes before and after. Close it
// when done; writes through it are refused.
func (s *Store) Snapshot(ctx context.Context) (*Store, error) {
	db, err := openReadOnly(s.path)
	if err != nil {
		return nil, err
	}
	// One connection, in one read transaction from the first read on:
	// SQLite keeps what that connection sees until the transaction ends.
	db.SetMaxOpenConns(1)
	db.SetConnMaxLifetime(0)
	var n int
	if _, err = db.ExecContext(ctx, "BEGIN"); err == nil {
		err = db.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema").Scan(&n)
	}
	if err != nil {
		db.Close()
		return nil, err
	}
	return &Store{db: db, path: s.path, device: s.device, Now: s.Now,
		damaged: Said(CodeInvalid, "snapshot_read_only", nil, nil, "een momentopname kan niet schrijven")}, nil
}
