package app

import (
	"context"
	"errors"
	"fmt"
	"io"
	"syscall"
	"testing"

	"ketenregie/data"
	"ketenregie/export"
)

// sqliteCode stands in for SQLite's error, which says its result code.
type sqliteCode int

func (c sqliteCode) Error() string { return fmt.Sprintf("sqlite error (%d)", int(c)) }
func (c sqliteCode) Code() int     { return int(c) }

// TestErrorsSaidInTheWindowsLanguage: every error the disk, the file
// system or SQLite gives (data.Explain, and a file that cannot be written)
// has its text among the window's translations, and in Dutch that text is
// word for word what the command line says, with and without a backup to
// restore. Only the raw error stays out of it.
func TestErrorsSaidInTheWindowsLanguage(t *testing.T) {
	loadTranslations("")
	ctx := context.Background()
	s := newStore(t, false)
	path := s.Path()
	raw := []error{sqliteCode(11), sqliteCode(26), sqliteCode(5), sqliteCode(13), fmt.Errorf("write: %w", syscall.ENOSPC),
		sqliteCode(8), fmt.Errorf("open: %w", syscall.EACCES), sqliteCode(10 | 3<<8)}
	check := func(err error) {
		t.Helper()
		e, ok := data.AsError(err)
		if !ok || e.Reason == "" {
			t.Fatalf("%v: not said by data.Said", err)
		}
		if got := saidText(e); got != e.Msg {
			t.Errorf("%s:\n window  %q\n command %q", e.Reason, got, e.Msg)
		}
		if got, want := errorText(err), capitalise(e.Msg); got != want {
			t.Errorf("errorText = %q, want %q", got, want)
		}
	}
	for _, err := range raw {
		check(data.Explain(err, path))
	}
	if _, err := s.Backup(ctx, "test", 10); err != nil {
		t.Fatal(err)
	}
	for _, err := range raw {
		check(data.Explain(err, path))
	}
	for _, err := range []error{syscall.ENOSPC, syscall.EACCES} {
		werr := export.WriteFileAtomic(t.TempDir()+"/x.pdf", func(w io.Writer) error { return err })
		check(werr)
	}
	if text := errorText(errors.New("iets")); text != "Er ging iets mis: iets" {
		t.Errorf("an unknown error: %q", text)
	}
}
