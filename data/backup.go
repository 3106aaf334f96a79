package data

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// BackupDir is the folder beside the database that holds its backups.
func BackupDir(dbPath string) string {
	return filepath.Join(filepath.Dir(dbPath), "backups")
}

// Backup writes a consistent copy of the database into BackupDir with VACUUM
// INTO and prunes all but the newest keep copies (10 when keep is zero).
func (s *Store) Backup(ctx context.Context, reason string, keep int) (string, error) {
	return vacuumInto(ctx, s.db, s.path, reason, keep, s.Now())
}

// backup copies a database that is not open yet, without changing it.
func backup(ctx context.Context, path, reason string, keep int) error {
	db, err := openReadOnly(path)
	if err != nil {
		return err
	}
	defer db.Close()
	_, err = vacuumInto(ctx, db, path, reason, keep, time.Now())
	return err
}

func vacuumInto(ctx context.Context, db *sql.DB, path, reason string, keep int, now time.Time) (string, error) {
	if keep <= 0 {
		keep = 10
	}
	dir := BackupDir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", backupFailed(dir, err)
	}
	base := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	name := fmt.Sprintf("%s-%s-%s.sqlite", base, now.Format("20060102-150405.000"), backupSlug(reason))
	dst := filepath.Join(dir, name)
	// The copy is made under a hidden temporary name (which Backups never
	// lists) and renamed only once whole, so a copy cut short by a full
	// disk or a killed program is never taken for a backup nor counted
	// among those kept. The file exists before SQLite writes it, owner-only:
	// SQLite would create it 0644, and it holds the device's signing key.
	tmp, err := os.CreateTemp(dir, "."+name+".*"+backupTempExt)
	if err != nil {
		return "", backupFailed(dir, err)
	}
	tmp.Close()
	if err := copyInto(ctx, db, tmp.Name()); err != nil {
		os.Remove(tmp.Name())
		return "", backupFailed(dir, err)
	}
	if err := os.Rename(tmp.Name(), dst); err != nil {
		os.Remove(tmp.Name())
		return "", backupFailed(dir, err)
	}
	removeStaleTemps(dir, now)
	backups, err := Backups(path)
	if err != nil {
		return dst, err
	}
	for i := keep; i < len(backups); i++ {
		os.Remove(backups[i].Path)
	}
	return dst, nil
}

// backupTempExt ends the name of a backup being written.
const backupTempExt = ".tmp"

// copyInto writes a consistent copy of db into the empty file at path and
// flushes it to the disk.
func copyInto(ctx context.Context, db *sql.DB, path string) error {
	if _, err := db.ExecContext(ctx, "VACUUM INTO ?", path); err != nil {
		return err
	}
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	err = f.Sync()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// removeStaleTemps removes what backups cut short (the program was
// killed) left in dir more than an hour ago; a younger one may be another
// Ketenregie's backup being written.
func removeStaleTemps(dir string, now time.Time) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if !strings.HasPrefix(e.Name(), ".") || !strings.HasSuffix(e.Name(), backupTempExt) {
			continue
		}
		if info, err := e.Info(); err == nil && info.Mode().IsRegular() && now.Sub(info.ModTime()) > time.Hour {
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}

// backupFailed is err, a backup that could not be written into dir, with
// what to do: make room, or make the folder writable.
func backupFailed(dir string, err error) error {
	switch {
	case IsNoSpace(err):
		return Said(CodeNoSpace, "backup_no_space", err, map[string]string{"Dir": dir},
			"de schijf is vol: er is geen ruimte voor een reservekopie in {{.Dir}}. Maak ruimte vrij (bijvoorbeeld door oude bestanden te verwijderen) en probeer het opnieuw; er is niets gewijzigd")
	case IsNoAccess(err):
		return Said(CodeNoAccess, "backup_no_access", err, map[string]string{"Dir": dir},
			"Ketenregie mag geen reservekopie schrijven in {{.Dir}}. Geef uw account schrijfrechten op die map (of vraag het de beheerder) en probeer het opnieuw; er is niets gewijzigd")
	}
	return Said("", "backup_failed", err, map[string]string{"Dir": dir, "Err": err.Error()},
		"de reservekopie in {{.Dir}} kon niet worden geschreven ({{.Err}}); er is niets gewijzigd. Is de schijf vol of niet bereikbaar? Maak ruimte vrij en probeer het opnieuw")
}

// backupSlug is the reason as it may appear in a file name: lower-case
// letters, digits and single hyphens, at most 40 bytes. Callers pass words
// of their own ("import", "herstel"), but a reason never becomes a path,
// whatever text reaches it: no separator, no "..", no reserved Windows name
// (the slug always follows the time stamp in the name).
func backupSlug(reason string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(Fold(reason)) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case b.Len() > 0 && !strings.HasSuffix(b.String(), "-"):
			b.WriteByte('-')
		}
		if b.Len() >= 40 {
			break
		}
	}
	slug := strings.Trim(b.String(), "-")
	if slug == "" {
		return "reservekopie"
	}
	return slug
}

// BackupFile is one backup copy of a database.
type BackupFile struct {
	Path    string
	Time    time.Time
	Size    int64
	Comment string
}

// Backups lists the backups of the database at dbPath, newest first.
func Backups(dbPath string) ([]BackupFile, error) {
	dir := BackupDir(dbPath)
	base := strings.TrimSuffix(filepath.Base(dbPath), filepath.Ext(dbPath)) + "-"
	entries, err := os.ReadDir(dir)
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var out []BackupFile
	for _, e := range entries {
		name := e.Name()
		if !strings.HasPrefix(name, base) || !strings.HasSuffix(name, ".sqlite") {
			continue
		}
		rest := strings.TrimSuffix(strings.TrimPrefix(name, base), ".sqlite")
		if len(rest) < len("20060102-150405.000") {
			continue
		}
		t, err := time.ParseInLocation("20060102-150405.000", rest[:19], time.Local)
		if err != nil {
			continue
		}
		info, err := e.Info()
		if err != nil {
			continue
		}
		out = append(out, BackupFile{Path: filepath.Join(dir, name), Time: t, Size: info.Size(),
			Comment: strings.TrimPrefix(rest[19:], "-")})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path > out[j].Path })
	return out, nil
}
