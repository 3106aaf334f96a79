// Package atomicfile writes a file whole or not at all: to a temporary
// file beside it, renamed over it when complete. It is a leaf: what writes
// an exchange file does not link the PDF typesetter to save it.
package atomicfile

import (
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"

	"ketenregie/data"
)

// Write writes a document for anyone the user hands it to (a PDF, a
// calendar) through write, with the permissions the user's umask gives a
// new file. See WritePrivate for how.
func Write(path string, write func(io.Writer) error) error {
	return writeAtomic(path, 0o666, write)
}

// WritePrivate writes a file that holds personal data or the team's
// records (an exchange file, a contact export, a person export) through
// write, readable by its owner only (0600 on Linux and macOS, whatever the
// umask). It is written first to a temporary file in the same folder, then
// renamed over path, so a reader never sees half a file and a failure
// leaves nothing behind (and an existing file as it was). Only a new path
// or a regular file is written: a device, a pipe, a folder or a link at
// path is left alone.
func WritePrivate(path string, write func(io.Writer) error) error {
	return writeAtomic(path, 0o600, write)
}

func writeAtomic(path string, perm os.FileMode, write func(io.Writer) error) (err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return fmt.Errorf("de map %s bestaat niet; kies een bestaande map", filepath.Clean(dir))
	}
	if err := refuseSpecial(path); err != nil {
		return err
	}
	tmp, err := createTemp(dir, "."+base+".", ".tmp", perm)
	if err != nil {
		return writeFailed(path, fmt.Errorf("%s kan niet worden geschreven (%w)", path, err))
	}
	defer func() {
		if r := recover(); r != nil {
			// Nothing half-written stays behind, whatever went wrong; the
			// panic goes on to whoever reports it.
			tmp.Close()
			os.Remove(tmp.Name())
			panic(r)
		}
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
			err = writeFailed(path, err)
		}
	}()
	if err = write(tmp); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// createTemp creates a new file in dir named prefix, a random number and
// suffix, with perm as the umask leaves it (os.CreateTemp always makes
// 0600).
func createTemp(dir, prefix, suffix string, perm os.FileMode) (*os.File, error) {
	for range 100 {
		name := filepath.Join(dir, prefix+strconv.FormatUint(uint64(rand.Uint32()), 10)+suffix)
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, perm)
		if !errors.Is(err, os.ErrExist) {
			return f, err
		}
	}
	return nil, fmt.Errorf("no free temporary name in %s", dir)
}

// refuseSpecial refuses a path that exists and is not a regular file:
// renaming over it would replace a device (/dev/null), a pipe or a link
// with a regular file.
func refuseSpecial(path string) error {
	st, err := os.Lstat(path)
	if err != nil || st.Mode().IsRegular() {
		return nil
	}
	what := "geen gewoon bestand"
	switch m := st.Mode(); {
	case m.IsDir():
		what = "een map"
	case m&os.ModeSymlink != 0:
		what = "een koppeling naar een ander bestand"
	case m&os.ModeDevice != 0:
		what = "een apparaat"
	case m&os.ModeNamedPipe != 0:
		what = "een pipe"
	case m&os.ModeSocket != 0:
		what = "een socket"
	}
	return &data.Error{Code: data.CodeInvalid, Reason: "not_regular",
		Msg: fmt.Sprintf("%s is %s, geen gewoon bestand; kies een nieuwe bestandsnaam of een gewoon bestand. Er is niets gewijzigd", path, what)}
}

// writeFailed is err, a failure to write path, with what to do when the
// user can put it right (make room, or choose another folder); any other
// error is returned as it is.
func writeFailed(path string, err error) error {
	if _, ok := data.AsError(err); ok {
		return err
	}
	dir := filepath.Dir(path)
	switch {
	case data.IsNoSpace(err):
		return data.Said(data.CodeNoSpace, "file_no_space", err, map[string]string{"File": filepath.Base(path)},
			"de schijf is vol: er is geen ruimte om {{.File}} op te slaan. Maak ruimte vrij of kies een map op een andere schijf; er is niets gewijzigd")
	case data.IsNoAccess(err):
		return data.Said(data.CodeNoAccess, "file_no_access", err, map[string]string{"Dir": dir},
			"Ketenregie mag niet schrijven in {{.Dir}}. Kies een andere map (bijvoorbeeld Documenten); er is niets gewijzigd")
	}
	return err
}
