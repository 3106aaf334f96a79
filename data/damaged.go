package data

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// A damaged database file (a disk error, a copy cut off, a sync client
// that wrote half of it) is opened read-only when SQLite can still read
// it: what can be read can be viewed and exported, and every write is
// refused with the way back (the newest backup, and how to restore it).
// PRAGMA quick_check decides at every open: 0.29 s on the benchmark's
// 50,000-contact database of 194 MB, a few milliseconds on a usual one
// (PRAGMA integrity_check, which `check` runs, takes 1.6 s there).

// CodeDamaged marks an error from a damaged database.
const CodeDamaged Code = "damaged"

// quickCheck runs SQLite's quick check on the file at path, read-only.
// It returns what is wrong ("" when nothing is), or an error when the file
// cannot be read as a database at all.
func quickCheck(ctx context.Context, path string) (string, error) {
	db, err := openReadOnly(path)
	if err != nil {
		return "", err
	}
	defer db.Close()
	rows, err := db.QueryContext(ctx, "PRAGMA quick_check(5)")
	if err != nil {
		return "", err
	}
	defer rows.Close()
	// The first problem says enough (SQLite's own words, for whoever
	// helps); the rest would fill the screen.
	var first string
	n := 0
	for rows.Next() {
		var r string
		if err := rows.Scan(&r); err != nil {
			return "", err
		}
		for _, l := range strings.Split(r, "\n") {
			if l = strings.TrimSpace(l); l == "ok" || l == "" || strings.HasPrefix(l, "***") {
				continue
			}
			if n++; first == "" {
				first = l
			}
		}
	}
	if err := rows.Err(); err != nil {
		return "", err
	}
	if n >= 5 { // quick_check(5) stops there
		first = "SQLite vond minstens 5 fouten, de eerste: " + first
	} else if n > 1 {
		first = fmt.Sprintf("SQLite vond %d fouten, de eerste: %s", n, first)
	} else if n == 1 {
		first = "SQLite: " + first
	}
	return first, nil
}

// Explain turns what SQLite and the operating system say when the
// database at path cannot be read or written into what a coordinator can
// act on, in Dutch: a damaged file (with the way back), another program
// writing for too long, a full disk, a file or folder that may not be
// written, a disk error. Any other error is returned as it is; so is one
// that already says it in Dutch.
func Explain(err error, path string) error {
	if err == nil {
		return nil
	}
	if _, ok := AsError(err); ok {
		return err
	}
	code := -1
	var coded interface{ Code() int }
	if errors.As(err, &coded) {
		code = coded.Code() & 0xff
	}
	switch {
	case code == sqlite3.SQLITE_CORRUPT || code == sqlite3.SQLITE_NOTADB:
		return damagedError(path, "", err)
	case code == sqlite3.SQLITE_BUSY || code == sqlite3.SQLITE_LOCKED:
		return Said(CodeRefused, "busy", err, map[string]string{"Path": path, "Minutes": fmt.Sprint(busyTimeout / 60_000)},
			"een ander programma (een tweede venster van Ketenregie, een synchronisatie of een script) "+
				"schrijft al meer dan {{.Minutes}} minuten in {{.Path}}; er is niets gewijzigd. Probeer het opnieuw als dat klaar is")
	case IsNoSpace(err):
		return Said(CodeNoSpace, "db_no_space", err, map[string]string{"Path": path},
			"de schijf met {{.Path}} is vol; er is niets gewijzigd. Maak ruimte vrij en probeer het opnieuw")
	case code == sqlite3.SQLITE_READONLY || code == sqlite3.SQLITE_PERM || code == sqlite3.SQLITE_CANTOPEN || IsNoAccess(err):
		return Said(CodeNoAccess, "db_no_access", err, map[string]string{"Path": path},
			"{{.Path}} mag niet worden gelezen of gewijzigd (alleen-lezen, of geen toegang tot het bestand of de map); "+
				"er is niets gewijzigd. Kies een map in uw eigen profiel of vraag toegang")
	case code == sqlite3.SQLITE_IOERR:
		return withRestoreAdvice(Said(CodeDamaged, "disk_error", err, map[string]string{"Path": path},
			"de schijf gaf een fout bij het lezen of schrijven van {{.Path}}; er is niets gewijzigd. "+
				"Staat de database op een USB-stick of netwerkschijf, zet haar dan op de eigen schijf."), path)
	}
	return err
}

// damagedError is the refusal of a write to a damaged database, and the
// message for one that cannot be opened at all: what happened and the
// way back.
func damagedError(path, what string, err error) *Error {
	if what != "" {
		what = " (" + what + ")"
	}
	return withRestoreAdvice(Said(CodeDamaged, "damaged", err, map[string]string{"Path": path, "What": what},
		"de database {{.Path}} is beschadigd{{.What}}."), path)
}

// withRestoreAdvice adds to e the way back to the database at path: its
// newest backup and how to put it back. Args["Backup"] is that backup, ""
// when there is none.
func withRestoreAdvice(e *Error, path string) *Error {
	backups, _ := Backups(path)
	if len(backups) == 0 {
		e.Args["Backup"] = ""
		e.Msg += " " + restoreAdviceNone
		return e
	}
	b := backups[0]
	e.Args["Backup"], e.Args["BackupTime"] = b.Path, b.Time.Local().Format("02-01-2006 15:04")
	e.Msg += " " + Fill(restoreAdvice, e.Args)
	return e
}

// The way back from a damaged database, with and without a backup.
const (
	restoreAdvice = "Zet een reservekopie terug: in Ketenregie onder Instellingen › Reservekopieën, of met " +
		"'ketenregie backup restore {{.Backup}}' (de nieuwste, van {{.BackupTime}}). Wat u daarna met collega's uitwisselde, krijgt u van hen terug."
	restoreAdviceNone = "Er is geen reservekopie. Sluit Ketenregie, bewaar een kopie van het bestand en vraag om hulp; " +
		"wat u met collega's uitwisselde, krijgt u van hen terug met hun bestanden."
)

// openDamaged opens a damaged database read-only.
func openDamaged(ctx context.Context, path, what string) (*Store, error) {
	db, err := openReadOnly(path)
	if err != nil {
		return nil, err
	}
	s := &Store{db: db, path: path, Now: time.Now, damaged: damagedError(path, what, nil)}
	// The device, when it can still be read; nothing is written anyway.
	db.QueryRowContext(ctx, "SELECT value FROM local WHERE key = 'device'").Scan(&s.device)
	return s, nil
}

// Damaged says why the database is open read-only; nil when it is not.
func (s *Store) Damaged() error {
	if s.damaged == nil {
		return nil
	}
	return s.damaged
}

// RestoreBackupFile puts the backup at backupPath in place of the
// database at dbPath, which need not (and, damaged, may not) open. The
// file it replaces is kept beside the backups as it is, byte for byte,
// ("beschadigd"), and the restored database takes a new device identity,
// as Store.RestoreBackup explains.
func RestoreBackupFile(ctx context.Context, dbPath, backupPath string) error {
	name := "Ketenregie"
	if old, err := openReadOnly(dbPath); err == nil {
		old.QueryRowContext(ctx, "SELECT d.name FROM device d JOIN local l ON l.key = 'device' AND l.value = d.id").Scan(&name)
		old.Close()
	}
	tmp, err := stageBackup(ctx, dbPath, backupPath, name, time.Now())
	if err != nil {
		return err
	}
	defer os.Remove(tmp)
	// The damaged file, kept as it is: something may yet be read from it.
	if _, err := os.Stat(dbPath); err == nil {
		if err := os.MkdirAll(BackupDir(dbPath), 0o700); err != nil {
			return err
		}
		base := strings.TrimSuffix(filepath.Base(dbPath), filepath.Ext(dbPath))
		kept := filepath.Join(BackupDir(dbPath), fmt.Sprintf("%s-%s-beschadigd.sqlite", base, time.Now().Format("20060102-150405.000")))
		if err := os.Rename(dbPath, kept); err != nil {
			return fmt.Errorf("de beschadigde database opzijzetten: %w", err)
		}
	}
	return swapIn(tmp, dbPath)
}

// stageBackup checks the backup at backupPath and copies it beside the
// database at dbPath under a temporary name, with a new device identity
// named name (see Store.RestoreBackup), ready to take the database's
// place. The copy comes first: backing up the current state may prune the
// oldest backup, which may be the one being restored. The caller removes
// the returned file when it is not renamed.
func stageBackup(ctx context.Context, dbPath, backupPath, name string, now time.Time) (string, error) {
	if st, err := os.Stat(backupPath); err != nil || !st.Mode().IsRegular() {
		return "", Said(CodeInvalid, "backup_missing", nil, map[string]string{"File": backupPath},
			"de reservekopie {{.File}} bestaat niet of is geen gewoon bestand; zie 'ketenregie backup list'")
	}
	v, err := schemaVersion(ctx, backupPath)
	if err != nil {
		return "", err
	}
	if v < 1 || v > len(migrations0()) {
		return "", Said(CodeInvalid, "backup_unusable", nil, map[string]string{"File": filepath.Base(backupPath)},
			"{{.File}} is geen reservekopie die deze versie van Ketenregie kan terugzetten")
	}
	if problems, err := quickCheck(ctx, backupPath); err != nil || problems != "" {
		return "", Said(CodeInvalid, "backup_damaged", nil, map[string]string{"File": filepath.Base(backupPath)},
			"de reservekopie {{.File}} is zelf beschadigd; kies een andere (ketenregie backup list)")
	}
	tmp, err := os.CreateTemp(filepath.Dir(dbPath), ".~terugzetten-*.db")
	if err != nil {
		return "", err
	}
	err = copyFileTo(tmp, backupPath)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	// The copy takes its new identity before it replaces anything, so the
	// database never holds the restored history under the old id.
	if err == nil {
		err = newIdentity(ctx, tmp.Name(), name, now)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return "", err
	}
	return tmp.Name(), nil
}

// swapIn puts the staged file tmp in the database's place, with no -wal or
// -shm of the file it replaces left to be read with it.
func swapIn(tmp, dbPath string) error {
	for _, ext := range []string{"-wal", "-shm"} {
		os.Remove(dbPath + ext)
	}
	return os.Rename(tmp, dbPath)
}

func copyFileTo(dst *os.File, src string) error {
	f, err := os.Open(src)
	if err != nil {
		return err
	}
	defer f.Close()
	if _, err := io.Copy(dst, f); err != nil {
		return err
	}
	return dst.Sync()
}

// isDamage says whether err is SQLite finding a database file damaged: a
// malformed page (SQLITE_CORRUPT), or, for a file that has backups and so
// was a Ketenregie database, a header that is not a database's any more
// (SQLITE_NOTADB). Another program's file is not "damaged".
func isDamage(err error, path string) bool {
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return false
	}
	switch se.Code() & 0xff {
	case sqlite3.SQLITE_CORRUPT:
		return true
	case sqlite3.SQLITE_NOTADB:
		backups, _ := Backups(path)
		return len(backups) > 0
	}
	return false
}
