package data

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/google/uuid"
)

// Each device signs the files it exchanges with its own ed25519 key. The
// private key lives only in this database's local table (it never
// travels); colleagues remember the public key with the device.

// SigningKey returns this device's private key, making it on first use.
func (s *Store) SigningKey(ctx context.Context) (ed25519.PrivateKey, error) {
	var seed string
	err := s.db.QueryRowContext(ctx, "SELECT value FROM local WHERE key = 'signing_key'").Scan(&seed)
	if err == nil {
		b, err := hex.DecodeString(seed)
		if err != nil || len(b) != ed25519.SeedSize {
			return nil, errors.New("signing key in the database is damaged")
		}
		return ed25519.NewKeyFromSeed(b), nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return nil, err
	}
	b := make([]byte, ed25519.SeedSize)
	if _, err := rand.Read(b); err != nil {
		return nil, err
	}
	key := ed25519.NewKeyFromSeed(b)
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, "INSERT INTO local (key, value) VALUES ('signing_key', ?)", hex.EncodeToString(b)); err != nil {
		return nil, err
	}
	if _, err := tx.ExecContext(ctx, "UPDATE device SET public_key = ? WHERE id = ?", EncodeKey(key.Public().(ed25519.PublicKey)), s.device); err != nil {
		return nil, err
	}
	return key, tx.Commit()
}

// ValidDeviceID reports whether s is a device id as this program makes
// them: a UUID in its canonical lower-case form. Ids from exchange files
// are checked with it before they are stored or shown.
func ValidDeviceID(s string) bool {
	u, err := uuid.Parse(s)
	return err == nil && u.String() == s
}

// EncodeKey writes a public key as text for manifests and the device table.
func EncodeKey(pub ed25519.PublicKey) string { return base64.StdEncoding.EncodeToString(pub) }

// DecodeKey reads a public key written by EncodeKey.
func DecodeKey(s string) (ed25519.PublicKey, error) {
	b, err := base64.StdEncoding.DecodeString(s)
	if err != nil || len(b) != ed25519.PublicKeySize {
		return nil, errors.New("geen geldige sleutel")
	}
	return ed25519.PublicKey(b), nil
}

// Fingerprint is a public key's short, readable form for people to compare
// on the phone: the first 16 bytes of its SHA-256 in groups of four hex digits.
func Fingerprint(pub ed25519.PublicKey) string {
	sum := sha256.Sum256(pub)
	h := strings.ToUpper(hex.EncodeToString(sum[:16]))
	var groups []string
	for i := 0; i < len(h); i += 4 {
		groups = append(groups, h[i:i+4])
	}
	return strings.Join(groups, " ")
}

// Peer is what this database knows of a colleague's device.
type Peer struct {
	ID, Name, PublicKey string
	Person              string // the coordinator working on it, as their last file said; may be ""
	LastImport          string // RFC 3339, "" when no file of it was imported
	// KeyVia is the device whose file brought this device's key, when it
	// was not this device's own (its changes came by relay first).
	KeyVia string
}

// Peer looks up a device; ok is false for a device never heard of.
func (s *Store) Peer(ctx context.Context, id string) (p Peer, ok bool, err error) {
	err = s.db.QueryRowContext(ctx, "SELECT id, name, person, public_key, last_import, key_via FROM device WHERE id = ?", id).
		Scan(&p.ID, &p.Name, &p.Person, &p.PublicKey, &p.LastImport, &p.KeyVia)
	if errors.Is(err, sql.ErrNoRows) {
		return Peer{}, false, nil
	}
	return p, err == nil, err
}

// Peers lists the colleagues' devices this database has imported from.
func (s *Store) Peers(ctx context.Context) ([]Peer, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT id, name, person, public_key, last_import, key_via FROM device WHERE id <> ? AND public_key <> '' ORDER BY name, id", s.device)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Peer
	for rows.Next() {
		var p Peer
		if err := rows.Scan(&p.ID, &p.Name, &p.Person, &p.PublicKey, &p.LastImport, &p.KeyVia); err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// PeerKnown is what a colleague's device is known to hold, per origin.
func (s *Store) PeerKnown(ctx context.Context, device string) (map[string]int64, error) {
	return seqsByOrigin(s.db.QueryContext(ctx, "SELECT origin, seq FROM peer_known WHERE device = ?", device))
}

// Sender is who made an exchange file, as its signed manifest says.
type Sender struct {
	Device, Name, PublicKey string
	Person                  string           // the coordinator, when the file says
	Known                   map[string]int64 // what the sender held when it wrote the file
	Signed                  []SignedTip      // the signed tip of every device whose changes the file holds
}

// ApplyFrom is Apply for a file from sender: in the same transaction it
// checks the sender's key against the one remembered for that device (a
// different key is refused), remembers the device (trust on first use),
// notes what the sender holds, and accepts each device's changes only
// under that device's own signature (see checkAuthors).
func (s *Store) ApplyFrom(ctx context.Context, from Sender, changes []Change) (ApplyReport, error) {
	authors := func(t *Tx, fresh []*Change) error { return t.checkAuthors(from, changes, fresh) }
	if from.Device == s.device {
		// One's own file: its own changes are here already, or it is a
		// diverged copy, which apply refuses; colleagues' changes in it
		// need their signatures as in any file.
		return s.apply(ctx, changes, nil, authors)
	}
	if _, err := DecodeKey(from.PublicKey); err != nil || from.Device == "" {
		return ApplyReport{}, refusal("sender_unknown", nil, "het bestand zegt niet van welk apparaat het komt")
	}
	return s.apply(ctx, changes, func(t *Tx) error {
		var key string
		err := t.queryRow("SELECT public_key FROM device WHERE id = ?", from.Device).Scan(&key)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			_, err = t.exec("INSERT INTO device (id, name, person, created, public_key, last_import) VALUES (?, ?, ?, ?, ?, ?)",
				from.Device, from.Name, clip(from.Person), t.now.UTC().Format(time.RFC3339), from.PublicKey, t.now.UTC().Format(time.RFC3339))
			if err != nil {
				return err
			}
		case err != nil:
			return err
		case key != "" && key != from.PublicKey:
			return refusal("sender_key_changed", map[string]string{"Name": from.Name, "Device": from.Device},
				"het bestand zegt van {{.Name}} ({{.Device}}) te komen, maar is ondertekend met een andere sleutel dan eerder van dat apparaat. "+
					"Het is niet geïmporteerd; vraag uw collega hoe het bestand is gemaakt.")
		default:
			// Its own file: the key, if it came by relay, is now its own word.
			if _, err := t.exec("UPDATE device SET name = ?, person = ?, public_key = ?, key_via = '', last_import = ? WHERE id = ?",
				from.Name, clip(from.Person), from.PublicKey, t.now.UTC().Format(time.RFC3339), from.Device); err != nil {
				return err
			}
		}
		for origin, seq := range from.Known {
			if _, err := t.exec(`INSERT INTO peer_known (device, origin, seq) VALUES (?, ?, ?)
				ON CONFLICT (device, origin) DO UPDATE SET seq = max(seq, excluded.seq)`, from.Device, origin, seq); err != nil {
				return err
			}
		}
		return nil
	}, authors)
}

// KeyInfo describes a device for the import preview: its name, the
// fingerprint of its key, and whether that key is the one seen before.
type KeyInfo struct {
	Name, Fingerprint string
	FirstSeen         bool // no file of this device was imported before
	Mismatch          bool // a file of this device came before with another key
	// Relayed are the other devices whose work the file passes on that
	// this database has no key for yet, or another key: the file would
	// bring their keys (compare fingerprints), or is refused.
	Relayed []KeyInfo
}

// Recognise tells the import preview what this database knows of a sender.
func (s *Store) Recognise(ctx context.Context, from Sender) (KeyInfo, error) {
	pub, err := DecodeKey(from.PublicKey)
	if err != nil {
		return KeyInfo{}, fmt.Errorf("sender key: %w", err)
	}
	info := KeyInfo{Name: from.Name, Fingerprint: Fingerprint(pub)}
	p, ok, err := s.Peer(ctx, from.Device)
	if err != nil {
		return info, err
	}
	info.FirstSeen = !ok || p.PublicKey == ""
	info.Mismatch = ok && p.PublicKey != "" && p.PublicKey != from.PublicKey
	for _, st := range from.Signed {
		tip, err := st.Verify()
		if err != nil || tip.Device == from.Device || tip.Device == s.device {
			continue // a bad one refuses the import, which says why
		}
		p, ok, err := s.Peer(ctx, tip.Device)
		if err != nil {
			return info, err
		}
		if ok && p.PublicKey == tip.PublicKey {
			continue
		}
		pub, _ := DecodeKey(tip.PublicKey)
		info.Relayed = append(info.Relayed, KeyInfo{Name: tip.Name, Fingerprint: Fingerprint(pub),
			FirstSeen: !ok || p.PublicKey == "", Mismatch: ok && p.PublicKey != ""})
	}
	return info, nil
}

// Tips returns, for each origin in known, the hash of the change numbered
// known[origin]: with Known, what an exchange file tells about the end of
// each device's history it holds.
func (s *Store) Tips(ctx context.Context, known map[string]int64) (map[string]string, error) {
	out := make(map[string]string, len(known))
	for origin, seq := range known {
		h, err := s.hashOf(ctx, origin, seq)
		if err != nil {
			return nil, err
		}
		out[origin] = h
	}
	return out, nil
}

// hashOf is the chain hash of one change.
func (s *Store) hashOf(ctx context.Context, origin string, seq int64) (string, error) {
	var h string
	err := s.db.QueryRowContext(ctx, "SELECT hash FROM change WHERE origin = ? AND seq = ?", origin, seq).Scan(&h)
	return h, err
}

// HoldsAll reports whether this database holds every change a file
// describes by its known and tips: the same number of changes of each
// device, ending in the same hash (so, by the hash chains, the same
// changes). Then importing the file would change nothing.
func (s *Store) HoldsAll(ctx context.Context, known map[string]int64, tips map[string]string) (bool, error) {
	for origin, seq := range known {
		if origin == ReferenceOrigin {
			continue
		}
		tip, ok := tips[origin]
		if !ok {
			return false, nil
		}
		h, err := s.hashOf(ctx, origin, seq)
		if errors.Is(err, sql.ErrNoRows) || (err == nil && h != tip) {
			return false, nil
		}
		if err != nil {
			return false, err
		}
	}
	return true, nil
}
