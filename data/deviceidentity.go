package data

import (
	"context"
	"strings"
	"unicode/utf8"
)

// maxIdentityName bounds a device's and a person's name, as colleagues
// see them (an exchange file's manifest allows no more).
const maxIdentityName = 200

// Identity is who colleagues see behind this database's changes: the
// device's name and the coordinator working on it. Confirmed says the
// coordinator has seen and confirmed both (the window asks once).
type Identity struct {
	Device    string
	Person    string
	Confirmed bool
}

// Identity reads this database's identity.
func (s *Store) Identity(ctx context.Context) (Identity, error) {
	var id Identity
	err := s.db.QueryRowContext(ctx, `SELECT name, person,
		EXISTS (SELECT 1 FROM local WHERE key = 'identity_confirmed')
		FROM device WHERE id = ?`, s.device).Scan(&id.Device, &id.Person, &id.Confirmed)
	return id, err
}

// SetIdentity names this device and its coordinator, and marks the names
// confirmed. The device needs a name; the person may stay empty. Names
// are trimmed; control characters and names longer than colleagues'
// files may carry are refused.
func (s *Store) SetIdentity(ctx context.Context, id Identity) error {
	device, person := strings.TrimSpace(id.Device), strings.TrimSpace(id.Person)
	if device == "" {
		return &Error{Code: CodeInvalid, Field: "name", Reason: "required", Msg: "naam: vul een naam in"}
	}
	for field, v := range map[string]string{"name": device, "person": person} {
		if len(v) > maxIdentityName || HasControl(v) || !utf8.ValidString(v) {
			return &Error{Code: CodeInvalid, Field: field, Reason: "name-invalid", Msg: field + ": ten hoogste 200 tekens, zonder regeleinden"}
		}
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return Explain(err, s.path)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, "UPDATE device SET name = ?, person = ? WHERE id = ?", device, person, s.device); err != nil {
		return Explain(err, s.path)
	}
	if _, err := tx.ExecContext(ctx, "INSERT OR IGNORE INTO local (key, value) VALUES ('identity_confirmed', '1')"); err != nil {
		return Explain(err, s.path)
	}
	return Explain(tx.Commit(), s.path)
}

// clip keeps a colleague's name within what is shown: at most
// maxIdentityName bytes, cut at a character.
func clip(name string) string {
	if len(name) <= maxIdentityName {
		return name
	}
	cut := maxIdentityName
	for cut > 0 && !utf8.RuneStart(name[cut]) {
		cut--
	}
	return name[:cut]
}

// ColleagueName is how a device is named on screen: the person and, in
// brackets, the device ("Renée Hoekstra (laptop Hoorn)"); the device alone
// when no person is known.
func ColleagueName(device, person string) string {
	if person == "" || person == device {
		return device
	}
	return person + " (" + device + ")"
}
