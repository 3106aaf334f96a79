package data

import (
	"errors"
	"fmt"
	"strings"
	"syscall"
	"testing"
)

// codeErr stands in for SQLite's error, which says its result code.
type codeErr int

func (c codeErr) Error() string { return fmt.Sprintf("sqlite error (%d)", int(c)) }
func (c codeErr) Code() int     { return int(c) }

// TestExplainSaysWhatToDo: what SQLite and the system say in English
// becomes Dutch a coordinator can act on; errors it does not know, and
// Dutch ones, stay as they are.
func TestExplainSaysWhatToDo(t *testing.T) {
	path := "/home/anne/ketenregie.db"
	for _, tc := range []struct {
		name string
		err  error
		want string
	}{
		{"malformed", codeErr(11), "is beschadigd"},
		{"not a database", codeErr(26), "is beschadigd"},
		{"locked", codeErr(5), "schrijft al meer dan 2 minuten"},
		{"full", codeErr(13), "is vol"},
		{"no space", fmt.Errorf("write: %w", syscall.ENOSPC), "is vol"},
		{"read-only", codeErr(8), "mag niet worden gelezen of gewijzigd"},
		{"permission", fmt.Errorf("open: %w", syscall.EACCES), "mag niet worden gelezen of gewijzigd"},
		{"disk error", codeErr(10 | 3<<8), "de schijf gaf een fout"},
	} {
		e, ok := AsError(Explain(tc.err, path))
		if !ok || !strings.Contains(e.Msg, tc.want) || !strings.Contains(e.Msg, path) || !errors.Is(e, tc.err) {
			t.Errorf("%s: %v, want %q", tc.name, e, tc.want)
		}
	}
	other := errors.New("iets anders")
	if Explain(other, path) != other || Explain(nil, path) != nil {
		t.Error("Explain changed an error it does not know")
	}
	dutch := &Error{Code: CodeInvalid, Msg: "naam: vul een naam in"}
	if Explain(dutch, path) != error(dutch) {
		t.Error("Explain changed a Dutch message")
	}
}
