package data

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// Who made a change is proved by the device that made it, not by the
// colleague whose file brought it. Each device signs the tip of its own
// history: "my changes 1 to Seq end in the change with hash Hash". The
// hash chain makes that one signature cover every earlier change of the
// device too. A file carries, for every device whose changes it holds,
// that device's latest signed tip, and its changes of that device end
// exactly there; an import accepts the new changes of a device only when
// its tip, signed with its key, ends them. A relay can pass a colleague's
// work on, never alter or invent it: it does not have the key.
//
// Keys are trusted on first use. A device's key is the one its first
// signed tip came with: from its own file (the manifest's key) or, when a
// colleague's file brought its changes first, from that relay; then
// key_via names the relay, and Uitwisselen › Collega's says so, to compare
// fingerprints. A later tip signed with another key is refused.

// tipFormat names the statement's layout; it is part of what is signed,
// so a signature on anything else can never pass for one.
const tipFormat = "ketenregie-tip/1"

// maxStatementSize bounds a signed tip as it travels.
const maxStatementSize = 4 << 10

// Tip is a device's word on its own history.
type Tip struct {
	Device    string `json:"device"`
	Name      string `json:"name"` // the device's name when it signed
	PublicKey string `json:"public_key"`
	Seq       int64  `json:"seq"`
	Hash      string `json:"hash"`
}

// SignedTip is a Tip as it travels: the statement's exact bytes and the
// device's signature on them.
type SignedTip struct {
	Statement []byte `json:"statement"`
	Signature []byte `json:"signature"`
}

type tipStatement struct {
	Format string `json:"format"`
	Tip
}

// Verify reads a signed tip and checks that the key it names signed it.
// Whether that key is the device's is the importer's question.
func (st SignedTip) Verify() (Tip, error) {
	if len(st.Statement) > maxStatementSize || len(st.Signature) != ed25519.SignatureSize {
		return Tip{}, refusal("tip_size", nil, "een handtekening in het bestand is ongeldig (grootte)")
	}
	var s tipStatement
	dec := json.NewDecoder(bytes.NewReader(st.Statement))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&s); err != nil || s.Format != tipFormat {
		return Tip{}, refusal("tip_unreadable", nil, "een handtekening in het bestand is ongeldig (onleesbaar)")
	}
	if !ValidDeviceID(s.Device) || s.Seq <= 0 || len(s.Hash) != 64 || len(s.Name) > 200 || HasControl(s.Name) {
		return Tip{}, refusal("tip_content", nil, "een handtekening in het bestand is ongeldig (inhoud)")
	}
	pub, err := DecodeKey(s.PublicKey)
	if err != nil || !ed25519.Verify(pub, st.Statement, st.Signature) {
		return Tip{}, refusal("tip_signature", nil, "een handtekening in het bestand is ongeldig (de handtekening klopt niet)")
	}
	return s.Tip, nil
}

// SignTip signs this device's history up to its change seq.
func (s *Store) SignTip(ctx context.Context, seq int64) (SignedTip, error) {
	key, err := s.SigningKey(ctx)
	if err != nil {
		return SignedTip{}, err
	}
	name, err := s.DeviceName(ctx)
	if err != nil {
		return SignedTip{}, err
	}
	hash, err := s.hashOf(ctx, s.device, seq)
	if err != nil {
		return SignedTip{}, fmt.Errorf("tip %d: %w", seq, err)
	}
	st, err := json.Marshal(tipStatement{Format: tipFormat, Tip: Tip{Device: s.device, Name: name,
		PublicKey: EncodeKey(key.Public().(ed25519.PublicKey)), Seq: seq, Hash: hash}})
	if err != nil {
		return SignedTip{}, err
	}
	return SignedTip{Statement: st, Signature: ed25519.Sign(key, st)}, nil
}

// HeldTip is the latest signed tip this database holds of another device:
// its changes of that device up to Seq may be passed on, with Signed.
type HeldTip struct {
	Seq    int64
	Signed SignedTip
}

// HeldTips returns the signed tip held of every other device. Changes of a
// device beyond its tip (or of a device without one: taken in before
// devices signed their tips) stay here until that device's own file, or a
// relay's with its newer tip, brings them to colleagues.
func (s *Store) HeldTips(ctx context.Context) (map[string]HeldTip, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT origin, seq, statement, signature FROM signed_tip")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]HeldTip{}
	for rows.Next() {
		var origin string
		var h HeldTip
		if err := rows.Scan(&origin, &h.Seq, &h.Signed.Statement, &h.Signed.Signature); err != nil {
			return nil, err
		}
		out[origin] = h
	}
	return out, rows.Err()
}

// checkAuthors accepts the fresh changes of an import only under their
// makers' signatures (see the top of this file): for every device with
// fresh changes, its signed tip must end the file's changes of it, and be
// signed with the key this database knows for it, or, for a device not
// heard of before, the key it is learned with now.
func (t *Tx) checkAuthors(from Sender, changes []Change, fresh []*Change) error {
	tips := map[string]SignedTip{}
	verified := map[string]Tip{}
	for _, st := range from.Signed {
		tip, err := st.Verify()
		if err != nil {
			return err
		}
		if _, dup := verified[tip.Device]; dup {
			return refusal("tip_twice", map[string]string{"Device": tip.Device}, "het bestand bevat twee handtekeningen van apparaat {{.Device}}")
		}
		verified[tip.Device], tips[tip.Device] = tip, st
	}
	last := map[string]*Change{} // per device, its last change in the file
	for i := range changes {
		c := &changes[i]
		if l, ok := last[c.Origin]; !ok || c.Seq > l.Seq {
			last[c.Origin] = c
		}
	}
	done := map[string]bool{}
	for _, c := range fresh {
		if done[c.Origin] {
			continue
		}
		done[c.Origin] = true
		tip, ok := verified[c.Origin]
		if !ok {
			return refusal("tip_missing", map[string]string{"Device": c.Origin},
				"het bestand bevat wijzigingen van apparaat {{.Device}} zonder diens handtekening; "+
					"wie het bestand maakte, kan ze niet doorgeven. Lees een bestand van dat apparaat zelf in")
		}
		if l := last[c.Origin]; tip.Seq != l.Seq || tip.Hash != l.Hash {
			return refusal("tip_short", map[string]string{"Name": tip.Name, "Device": c.Origin},
				"de handtekening van {{.Name}} ({{.Device}}) dekt niet de wijzigingen van dat apparaat in het bestand")
		}
		if err := t.learnKey(from, tip); err != nil {
			return err
		}
		st := tips[c.Origin]
		if _, err := t.exec(`INSERT INTO signed_tip (origin, seq, statement, signature) VALUES (?, ?, ?, ?)
			ON CONFLICT (origin) DO UPDATE SET seq = excluded.seq, statement = excluded.statement, signature = excluded.signature
			WHERE excluded.seq > signed_tip.seq`, tip.Device, tip.Seq, st.Statement, st.Signature); err != nil {
			return err
		}
	}
	return nil
}

// learnKey checks a signed tip's key against the one known for its device,
// and remembers it for a device first heard of.
func (t *Tx) learnKey(from Sender, tip Tip) error {
	if tip.Device == from.Device && tip.PublicKey != from.PublicKey {
		return refusal("tip_key_differs", map[string]string{"Name": from.Name},
			"het bestand van {{.Name}} bevat een handtekening van dat apparaat met een andere sleutel dan het bestand zelf")
	}
	var key string
	err := t.queryRow("SELECT public_key FROM device WHERE id = ?", tip.Device).Scan(&key)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		// Heard of first through from's file: its key comes by relay.
		_, err = t.exec("INSERT INTO device (id, name, created, public_key, key_via) VALUES (?, ?, ?, ?, ?)",
			tip.Device, tip.Name, t.now.UTC().Format(time.RFC3339), tip.PublicKey, from.Device)
		return err
	case err != nil:
		return err
	case key == "":
		_, err = t.exec("UPDATE device SET public_key = ?, key_via = ? WHERE id = ?", tip.PublicKey, from.Device, tip.Device)
		return err
	case key != tip.PublicKey:
		return refusal("relayed_key_changed", map[string]string{"Name": from.Name, "Author": tip.Name, "Device": tip.Device},
			"het bestand van {{.Name}} bevat wijzigingen die zeggen van {{.Author}} ({{.Device}}) te komen, maar ondertekend met een andere sleutel dan eerder van dat apparaat. "+
				"Het is niet geïmporteerd; vraag uw collega's hoe het bestand is gemaakt.")
	}
	return nil
}
