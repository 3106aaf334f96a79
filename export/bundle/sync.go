package bundle

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"ketenregie/data"
	"ketenregie/export/atomicfile"
)

// Ext is the extension of exchange files in a sync folder.
const Ext = ".ketenregie"

// A sync folder (a shared drive, a USB stick, or a folder that OneDrive,
// Nextcloud or Syncthing replicates) holds one file per device, written
// only by that device, so the folder itself never has write conflicts.

// SyncResult is what one sync did, file by file, in sentences for the
// coordinator.
type SyncResult struct {
	Imported []string // "Laptop Anne: 12 nieuwe wijzigingen; ..." per file with news
	Skipped  []string // "desktop.ini (geen uitwisselbestand)", never fatal
	Skips    []Skip   // the same files, with why, for a window that says it in its own language
	Written  string   // this device's file
	Changes  int      // changes in it
	Reports  []data.ApplyReport
}

// Skip is a file a sync left alone, and why: a *Error, a *data.Error (a
// refused import) or another error.
type Skip struct {
	File string
	Err  error
}

// errNotExchangeFile is the reason a sync passes a file of another kind.
var errNotExchangeFile = refuse("not-a-bundle", "not-exchange-file", nil, "geen uitwisselbestand")

// IsNotExchangeFile reports whether a sync skipped a file as not an
// exchange file at all: a line of its own, "desktop.ini (geen
// uitwisselbestand)".
func IsNotExchangeFile(err error) bool {
	return errors.Is(err, errNotExchangeFile)
}

// SyncFileName is a device's file in a sync folder: readable, and unique
// by the device id.
func SyncFileName(name, device string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(data.Fold(name)) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case b.Len() > 0 && !strings.HasSuffix(b.String(), "-"):
			b.WriteByte('-')
		}
	}
	slug := strings.Trim(b.String(), "-")
	if slug == "" {
		slug = "apparaat"
	}
	return "ketenregie-" + slug + "-" + deviceTag(device) + Ext
}

func deviceTag(device string) string {
	t := strings.ReplaceAll(device, "-", "")
	if len(t) > 12 {
		t = t[:12]
	}
	return t
}

// Sync imports every colleague's file in dir that holds something new,
// then writes this device's file (so what was just imported travels on).
// Files that are not bundles, half-copied, or refused are skipped with a
// note; only failing to write this device's own file is an error.
func Sync(ctx context.Context, s *data.Store, dir, passphrase, app string) (SyncResult, error) {
	var res SyncResult
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return res, refuse("not-a-folder", "not-a-folder", map[string]string{"Dir": dir}, "{{.Dir}} is geen map")
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return res, err
	}
	own := deviceTag(s.Device()) + Ext
	var names []string
	for _, e := range entries {
		if !e.IsDir() {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	for _, n := range names {
		switch {
		case strings.HasPrefix(n, "."), strings.HasPrefix(n, "~"):
			continue // temporary files, ours or a sync client's
		case strings.HasSuffix(n, own):
			continue
		case !strings.HasSuffix(n, Ext):
			res.Skipped = append(res.Skipped, fmt.Sprintf("%s (%s)", n, errNotExchangeFile.Msg))
			res.Skips = append(res.Skips, Skip{n, errNotExchangeFile})
			continue
		}
		line, rep, err := syncOne(ctx, s, filepath.Join(dir, n), passphrase)
		switch {
		case err != nil:
			res.Skipped = append(res.Skipped, fmt.Sprintf("%s: %s", n, message(err)))
			res.Skips = append(res.Skips, Skip{n, err})
		case line != "":
			res.Imported = append(res.Imported, line)
			res.Reports = append(res.Reports, rep)
		}
	}
	name, err := s.DeviceName(ctx)
	if err != nil {
		return res, err
	}
	res.Written = SyncFileName(name, s.Device())
	err = atomicfile.WritePrivate(filepath.Join(dir, res.Written), func(w io.Writer) error {
		m, err := Write(ctx, s, w, WriteOptions{App: app, Passphrase: passphrase})
		if err == nil {
			res.Changes = m.Changes
		}
		return err
	})
	if err != nil {
		return res, err
	}
	// Only now that the new file is whole: this device's file under an
	// earlier name (the device was renamed).
	for _, n := range names {
		if strings.HasSuffix(n, own) && n != res.Written {
			os.Remove(filepath.Join(dir, n))
		}
	}
	return res, err
}

// syncOne imports one colleague's file, unless it holds nothing new.
func syncOne(ctx context.Context, s *data.Store, path, passphrase string) (string, data.ApplyReport, error) {
	b, err := ReadFile(path, ReadOptions{Passphrase: passphrase, Held: HeldBy(ctx, s)})
	if err != nil {
		return "", data.ApplyReport{}, err
	}
	if b.Manifest.Device == s.Device() {
		return "", data.ApplyReport{}, refuse("own-file", "own-file", nil, "een kopie van het bestand van deze computer")
	}
	if b.Held { // everything in it is here already
		return "", data.ApplyReport{}, nil
	}
	// A file that is not held is imported even when its numbers say
	// nothing is new: a copy that diverged has the same numbers and other
	// hashes, and Import refuses it with the reason.
	rep, err := Import(ctx, s, b)
	if err != nil || rep.New == 0 {
		return "", rep, err
	}
	return b.Manifest.Name + ": " + ReportText(rep), rep, nil
}

// ReportText says in one sentence what an import did.
func ReportText(rep data.ApplyReport) string {
	if rep.New == 0 {
		return "niets nieuws: alle wijzigingen stonden al in deze database."
	}
	text := fmt.Sprintf("%d nieuwe wijzigingen; %d records nieuw, %d gewijzigd, %d verwijderd; %d conflicten geopend, %d gesloten.",
		rep.New, rep.Created, rep.Changed, rep.Deleted, rep.ConflictsOpened, rep.ConflictsClosed)
	if rep.Kept > 0 {
		text += fmt.Sprintf(" %d records die uw collega verwijderde, zijn hier nog in gebruik en blijven bestaan, gemarkeerd als elders verwijderd.", rep.Kept)
	}
	return text
}

// message is the Dutch message of an error.
func message(err error) string {
	if e, ok := data.AsError(err); ok {
		return e.Msg
	}
	return err.Error()
}
