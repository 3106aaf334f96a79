package data

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/google/uuid"
	_ "modernc.org/sqlite" // the pure-Go SQLite driver
	sqlite3 "modernc.org/sqlite/lib"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// Store is an open Ketenregie database.
type Store struct {
	db     *sql.DB
	path   string
	device string
	search searchCache
	// damaged, when set, is why the database is open read-only (see
	// openDamaged); every write is refused with it.
	damaged *Error
	// Now is the wall clock; tests replace it to control time.
	Now func() time.Time
}

// Options tune Open. The zero value is what the program uses.
type Options struct {
	// DeviceName names a new database's device; the host name when empty.
	DeviceName string
	// KeepBackups is how many backups to keep before a migration; 10 when zero.
	KeepBackups int
	// Migrations limits the schema to the first N migrations (tests only).
	Migrations int
}

// ErrNewerSchema is returned for a database written by a newer Ketenregie.
var ErrNewerSchema = errors.New("newer schema")

// Open opens or creates the database at path, applies pending migrations
// (after a backup of an existing database), loads reference data and
// creates the device identity of a new database.
//
// SQLite gives up at once, without waiting out the busy timeout, when two
// processes create or convert the same new file at the same moment (its
// switch to WAL): the loser is tried again for a few seconds, as the
// database it will find is the one the winner made.
func Open(ctx context.Context, path string, opt Options) (*Store, error) {
	fi, err := os.Stat(path)
	creating := err != nil || fi.Size() == 0 // only a new file races so; an existing one waits out the busy timeout
	deadline := time.Now().Add(5 * time.Second)
	for {
		s, err := open(ctx, path, opt)
		var coded interface{ Code() int }
		busy := errors.As(err, &coded) && (coded.Code()&0xff == sqlite3.SQLITE_BUSY || coded.Code()&0xff == sqlite3.SQLITE_LOCKED)
		if !busy || !creating || time.Now().After(deadline) {
			return s, err
		}
		select {
		case <-ctx.Done():
			return nil, err
		case <-time.After(100 * time.Millisecond):
		}
	}
}

func open(ctx context.Context, path string, opt Options) (*Store, error) {
	migs, err := migrations()
	if err != nil {
		return nil, err
	}
	if opt.Migrations > 0 && opt.Migrations < len(migs) {
		migs = migs[:opt.Migrations]
	}
	existing := false
	if fi, err := os.Stat(path); err == nil && fi.Size() > 0 {
		existing = true
		// Look before touching: opening read-write would switch an old or
		// foreign file to WAL mode before we know we may.
		v, err := schemaVersion(ctx, path)
		if err != nil {
			if isDamage(err, path) {
				return nil, damagedError(path, "", err)
			}
			return nil, err
		}
		if problems, err := quickCheck(ctx, path); err != nil {
			return nil, damagedError(path, "", err)
		} else if problems != "" {
			if v != len(migs) {
				// A schema to bring up to date, and a file that cannot be
				// written: nothing to do but restore.
				return nil, damagedError(path, problems, nil)
			}
			return openDamaged(ctx, path, problems)
		}
		if v > len(migrations0()) {
			return nil, Said(CodeNewerSchema, "newer_schema", ErrNewerSchema, map[string]string{"Path": path, "Version": fmt.Sprint(v), "Known": fmt.Sprint(len(migrations0()))},
				"{{.Path}} is gemaakt door een nieuwere versie van Ketenregie (schema {{.Version}}; deze versie kent schema {{.Known}}). Werk Ketenregie bij; het bestand is niet gewijzigd.")
		}
		if v < len(migs) && v > 0 {
			if err := backup(ctx, path, "voor-migratie", opt.KeepBackups); err != nil {
				return nil, fmt.Errorf("backup before migration: %w", err)
			}
		}
		keepPrivate(path)
	} else if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return nil, fmt.Errorf("create %s: %w", dir, err)
		}
		// Owner-only, as it holds the device's signing key: SQLite would
		// create it 0644, and gives its -wal and -shm the file's mode.
		if f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600); err == nil {
			f.Close()
		}
	}
	db, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		return nil, err
	}
	s := &Store{db: db, path: path, Now: time.Now}
	if err := s.migrate(ctx, migs); err != nil {
		db.Close()
		if existing {
			return nil, fmt.Errorf("migrate %s: %w", path, err)
		}
		return nil, err
	}
	if err := s.initDevice(ctx, opt.DeviceName); err != nil {
		db.Close()
		return nil, err
	}
	if err := s.loadReference(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("reference data: %w", err)
	}
	return s, nil
}

// keepPrivate makes a database that older versions created readable by
// others (0644) owner-only, with its -wal, -shm and backups: it holds the
// device's signing key and people's contact details. Only what is this
// user's and too open is changed; a failure changes nothing else.
func keepPrivate(path string) {
	if runtime.GOOS == "windows" {
		return // the profile folder is the user's own
	}
	for _, p := range []string{path, path + "-wal", path + "-shm"} {
		if st, err := os.Stat(p); err == nil && st.Mode().IsRegular() && st.Mode().Perm()&0o077 != 0 {
			os.Chmod(p, st.Mode().Perm()&0o700)
		}
	}
	dir := BackupDir(path)
	if st, err := os.Stat(dir); err == nil && st.IsDir() && st.Mode().Perm()&0o077 != 0 {
		os.Chmod(dir, 0o700)
	}
	if backups, err := Backups(path); err == nil {
		for _, b := range backups {
			if st, err := os.Stat(b.Path); err == nil && st.Mode().Perm()&0o077 != 0 {
				os.Chmod(b.Path, st.Mode().Perm()&0o700)
			}
		}
	}
}

// busyTimeout is how long, in milliseconds, a connection waits for
// another process's write to end before it gives up: longer than the
// longest write there is (an import of a region of 50,000 contacts takes
// about 15 seconds on a laptop), so a moment of contention is never an
// error.
const busyTimeout = 120_000

// openReadOnly opens the database file at path for reading only, with
// the same busy timeout as every connection: another process may be
// writing (or creating this very file) right now.
func openReadOnly(path string) (*sql.DB, error) {
	return sql.Open("sqlite", "file:"+path+"?mode=ro&_pragma=busy_timeout%28"+strconv.Itoa(busyTimeout)+"%29")
}

func dsn(path string) string {
	q := url.Values{}
	// secure_delete: what is deleted or overwritten is zeroed in the file,
	// so an erased person (AVG) does not linger in free pages.
	// cache_size: up to 32 MB of pages a connection (SQLite's default is
	// 2 MB); a large import otherwise writes pages to the WAL twice.
	for _, p := range []string{"busy_timeout(" + strconv.Itoa(busyTimeout) + ")", "foreign_keys(1)", "journal_mode(WAL)", "synchronous(NORMAL)", "secure_delete(1)", "cache_size(-32768)"} {
		q.Add("_pragma", p)
	}
	q.Set("_txlock", "immediate")
	return "file:" + path + "?" + q.Encode()
}

// schemaVersion reads user_version without changing the file. A file that
// is not SQLite, or another program's SQLite database, is refused.
func schemaVersion(ctx context.Context, path string) (int, error) {
	db, err := openReadOnly(path)
	if err != nil {
		return 0, err
	}
	defer db.Close()
	// Both in one statement, so one snapshot: a process creating the
	// database commits its tables and their version together.
	var v, tables int
	err = db.QueryRowContext(ctx, "SELECT (SELECT user_version FROM pragma_user_version), (SELECT count(*) FROM sqlite_schema)").Scan(&v, &tables)
	if err != nil {
		return 0, Said(CodeInvalid, "not_a_database", err, map[string]string{"Path": path, "Err": err.Error()},
			"{{.Path}} is geen Ketenregie-database ({{.Err}}); het bestand is niet gewijzigd")
	}
	if v < 0 {
		return 0, Said(CodeInvalid, "bad_schema_version", nil, map[string]string{"Path": path, "Version": fmt.Sprint(v)},
			"{{.Path}} heeft een schemaversie ({{.Version}}) die Ketenregie nooit schrijft; het is geen Ketenregie-database of het is beschadigd. Het bestand is niet gewijzigd")
	}
	if v == 0 && tables > 0 {
		return 0, Said(CodeInvalid, "not_ketenregie", nil, map[string]string{"Path": path},
			"{{.Path}} is een database van een ander programma; het bestand is niet gewijzigd")
	}
	return v, nil
}

type migration struct {
	version int
	name    string
	sql     string
}

// migrations0 is the full list compiled into this program.
func migrations0() []migration {
	m, _ := migrations()
	return m
}

func migrations() ([]migration, error) {
	entries, err := fs.ReadDir(migrationFiles, "migrations")
	if err != nil {
		return nil, err
	}
	var out []migration
	for _, e := range entries {
		n, err := strconv.Atoi(strings.SplitN(e.Name(), "_", 2)[0])
		if err != nil {
			return nil, fmt.Errorf("migration %s: name must start with its number", e.Name())
		}
		b, err := migrationFiles.ReadFile("migrations/" + e.Name())
		if err != nil {
			return nil, err
		}
		out = append(out, migration{n, e.Name(), string(b)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].version < out[j].version })
	for i, m := range out {
		if m.version != i+1 {
			return nil, fmt.Errorf("migration %s: expected number %d", m.name, i+1)
		}
	}
	return out, nil
}

// migrate brings the schema up to date. A database that is up to date is
// only read: opening it for a `list` takes no write lock, so it never waits
// for (or holds up) another process's write. Otherwise every pending
// migration runs in one transaction under the write lock, which decides
// again what is pending (another process may have migrated meanwhile): no
// process ever sees a schema half-way, and a new database created by
// several processes at once is created once.
func (s *Store) migrate(ctx context.Context, migs []migration) error {
	var v int
	if err := s.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return err
	}
	if v >= len(migs) {
		return nil
	}
	tx, err := s.db.BeginTx(ctx, nil) // immediate: the write lock
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return err
	}
	var kinds []string // to materialise once every table has its last shape
	for _, m := range migs {
		if v >= m.version {
			continue
		}
		if _, err := tx.ExecContext(ctx, m.sql); err != nil {
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
		for _, line := range strings.Split(m.sql, "\n") {
			if rest, ok := strings.CutPrefix(line, "-- materialise:"); ok {
				kinds = append(kinds, strings.Fields(rest)...)
			}
		}
		if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", m.version)); err != nil {
			return err
		}
	}
	if err := s.materialiseKinds(ctx, tx, kinds); err != nil {
		return fmt.Errorf("migration: %w", err)
	}
	return tx.Commit()
}

// materialiseKinds builds the rows of the kinds that migrations name on a
// line "-- materialise: KIND...", from the changes the log already holds
// of them: a previous version keeps the records of kinds it does not know,
// and the migration that gives them a table must show them. It runs after
// the last migration, in its transaction, as it writes rows of every field
// the kind has now, which a later migration may have added.
func (s *Store) materialiseKinds(ctx context.Context, tx *sql.Tx, kinds []string) error {
	kinds = slices.Compact(slices.Sorted(slices.Values(kinds)))
	t := &Tx{ctx: ctx, tx: tx, store: s, now: s.Now()}
	for _, kind := range kinds {
		k := KindNamed(kind)
		if k == nil {
			return fmt.Errorf("materialise: no kind %s", kind)
		}
		var ids []string
		rows, err := tx.QueryContext(ctx, "SELECT DISTINCT entity_id FROM change WHERE entity = ?", kind)
		if err != nil {
			return err
		}
		for rows.Next() {
			var id string
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return err
			}
			ids = append(ids, id)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for _, id := range ids {
			if err := t.refresh(k, id); err != nil {
				return err
			}
		}
	}
	return nil
}

// SchemaVersion is the schema this program writes.
func SchemaVersion() int { return len(migrations0()) }

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// Path is the database file.
func (s *Store) Path() string { return s.path }

// Device is this database's device id: the origin of its own changes.
func (s *Store) Device() string { return s.device }

// DeviceName is the human name of this database's device.
func (s *Store) DeviceName(ctx context.Context) (string, error) {
	var name string
	err := s.db.QueryRowContext(ctx, "SELECT name FROM device WHERE id = ?", s.device).Scan(&name)
	return name, err
}

// SetDeviceName renames this device, as colleagues will see it.
func (s *Store) SetDeviceName(ctx context.Context, name string) error {
	name = strings.TrimSpace(name)
	if name == "" {
		return &Error{Code: CodeInvalid, Field: "name", Reason: "required", Msg: "naam: vul een naam in"}
	}
	_, err := s.db.ExecContext(ctx, "UPDATE device SET name = ? WHERE id = ?", name, s.device)
	return err
}

func (s *Store) initDevice(ctx context.Context, name string) error {
	err := s.db.QueryRowContext(ctx, "SELECT value FROM local WHERE key = 'device'").Scan(&s.device)
	if err == nil {
		return nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	if name == "" {
		name, _ = os.Hostname()
	}
	if name == "" {
		name = "Ketenregie"
	}
	id := uuid.Must(uuid.NewV7()).String()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	// Again under the write lock: another process opening the same new
	// database may have made its device since the look above.
	err = tx.QueryRowContext(ctx, "SELECT value FROM local WHERE key = 'device'").Scan(&s.device)
	if err == nil {
		return nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	if _, err := tx.ExecContext(ctx, "INSERT INTO local (key, value) VALUES ('device', ?)", id); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, "INSERT INTO device (id, name, created) VALUES (?, ?, ?)",
		id, name, s.Now().UTC().Format(time.RFC3339)); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	s.device = id
	return nil
}
