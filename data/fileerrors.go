package data

import (
	"errors"
	"io/fs"
	"runtime"
	"syscall"
)

// The kinds of a failure to write a file that the user, not the program,
// can put right.
const (
	CodeNoSpace  Code = "no_space"  // the disk (or the user's quota) is full
	CodeNoAccess Code = "no_access" // the folder or file may not be written
)

// sqliteFull is SQLite's SQLITE_FULL, the code of "database or disk is full".
const sqliteFull = 13

// IsNoSpace reports whether err says there is no room left to write: the
// disk or the user's quota is full, in the operating system's words or
// SQLite's.
func IsNoSpace(err error) bool {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		switch {
		case errno == syscall.ENOSPC, errno == syscall.EDQUOT:
			return true
		case runtime.GOOS == "windows" && (errno == 112 || errno == 39): // ERROR_DISK_FULL, ERROR_HANDLE_DISK_FULL
			return true
		}
	}
	var coded interface{ Code() int }
	return errors.As(err, &coded) && coded.Code()&0xff == sqliteFull
}

// IsNoAccess reports whether err says a folder or file may not be written:
// no permission, or a read-only disk.
func IsNoAccess(err error) bool {
	return errors.Is(err, fs.ErrPermission) || errors.Is(err, syscall.EROFS)
}
