package bundle

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"database/sql"
	"encoding/json"
	"strings"
	"testing"

	"ketenregie/data"
)

// signTip makes a signed tip as anyone with key can: for device, naming
// key's public half.
func signTip(t testing.TB, key ed25519.PrivateKey, device, name string, seq int64, hash string) data.SignedTip {
	t.Helper()
	st, err := json.Marshal(map[string]any{"format": "ketenregie-tip/1", "device": device, "name": name,
		"public_key": data.EncodeKey(key.Public().(ed25519.PublicKey)), "seq": seq, "hash": hash})
	if err != nil {
		t.Fatal(err)
	}
	return data.SignedTip{Statement: st, Signature: ed25519.Sign(key, st)}
}

// forgeAs is x's file with one more change in the name of device: a new
// phone number for a contact, sealed into device's chain (the chain is no
// secret). It returns the changes text and the forged change.
func forgeAs(t testing.TB, x, victim *data.Store, contact string) (string, data.Change) {
	t.Helper()
	ctx := context.Background()
	all, err := x.ChangesSince(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	var last data.Change
	for _, c := range all {
		if c.Origin == victim.Device() && c.Seq > last.Seq {
			last = c
		}
	}
	forged := data.Change{Origin: victim.Device(), Seq: last.Seq + 1, Entity: "contact", EntityID: contact, Field: "phone",
		Value: "06-66666666", HLC: last.HLC + 1, Nonce: "00112233445566778899aabbccddeeff"}
	var mine []data.Change // the victim's chain, to seal the forged change onto
	for _, c := range all {
		if c.Origin == victim.Device() {
			mine = append(mine, c)
		}
	}
	mine = append(mine, forged)
	data.Reseal(mine)
	forged = mine[len(mine)-1]
	all = append(all, forged)
	var b strings.Builder
	for i := range all {
		b.Write(appendLine(nil, &all[i]))
	}
	return b.String(), forged
}

// TestARelayCannotSpeakForAColleague: Xander holds Anne's changes and
// adds one in her name. However he signs it, a database that knows
// Anne's key refuses it, and Anne is never told her own history is an
// old copy.
func TestARelayCannotSpeakForAColleague(t *testing.T) {
	ctx := context.Background()
	anne, xander, bas := withContacts(t, "Laptop Anne"), newStore(t, "Laptop Xander"), newStore(t, "Laptop Bas")
	fromAnne := write(t, anne, WriteOptions{})
	mustImport(t, xander, fromAnne, ReadOptions{})
	mustImport(t, bas, fromAnne, ReadOptions{})
	contacts, err := anne.List(ctx, "contact")
	if err != nil || len(contacts) == 0 {
		t.Fatal(contacts, err)
	}
	key, err := xander.SigningKey(ctx)
	if err != nil {
		t.Fatal(err)
	}
	good := write(t, xander, WriteOptions{})
	text, forged := forgeAs(t, xander, anne, contacts[0].ID)
	var m Manifest
	if err := json.Unmarshal([]byte(entries(t, good)[manifestName]), &m); err != nil {
		t.Fatal(err)
	}
	var annesTip data.SignedTip // Anne's real tip, as Xander holds it
	for _, st := range m.Origins {
		if tip, _ := st.Verify(); tip.Device == anne.Device() {
			annesTip = st
		}
	}
	_, fakeKey, _ := ed25519.GenerateKey(rand.Reader)
	others := func(m *Manifest, add ...data.SignedTip) {
		var keep []data.SignedTip
		for _, st := range m.Origins {
			if tip, _ := st.Verify(); tip.Device != anne.Device() {
				keep = append(keep, st)
			}
		}
		m.Origins = append(keep, add...)
	}
	for _, tc := range []struct {
		name string
		edit func(*Manifest)
		want string
	}{
		{"without Anne's signature", func(m *Manifest) { others(m) }, "zonder diens handtekening"},
		{"under Anne's older signature", func(m *Manifest) { others(m, annesTip) }, "dekt niet"},
		{"signed by Xander in Anne's name", func(m *Manifest) {
			others(m, signTip(t, key, anne.Device(), "Laptop Anne", forged.Seq, forged.Hash))
		}, "andere sleutel"},
		{"signed with a new key in Anne's name", func(m *Manifest) {
			others(m, signTip(t, fakeKey, anne.Device(), "Laptop Anne", forged.Seq, forged.Hash))
		}, "andere sleutel"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			file := resign(t, good, key, tc.edit, &text)
			before := dump(t, bas)
			read, err := Read(bytes.NewReader(file), ReadOptions{})
			if err == nil {
				_, err = Import(ctx, bas, read)
			}
			if e, ok := data.AsError(err); !ok || e.Code != data.CodeRefused || !strings.Contains(e.Msg, tc.want) {
				t.Errorf("%v, want a refusal mentioning %q", err, tc.want)
			}
			if dump(t, bas) != before {
				t.Error("refused, but the database changed")
			}
		})
	}
	// Anne works on; her next file still goes in everywhere.
	if err := anne.Update(ctx, "contact", contacts[0].ID, map[string]string{"phone": "06-12121212"}); err != nil {
		t.Fatal(err)
	}
	mustImport(t, bas, write(t, anne, WriteOptions{}), ReadOptions{})
}

// TestAColleagueFirstHeardOfByRelay: Bas never had a file of Anne's; her
// work reaches him in Xander's file, under her own signature. Bas learns
// her key from it, and Collega's says it came through Xander; her own
// file later confirms it. Had Xander made up a key for her, her own file
// is refused, so the lie comes out.
func TestAColleagueFirstHeardOfByRelay(t *testing.T) {
	ctx := context.Background()
	anne, xander, bas := withContacts(t, "Laptop Anne"), newStore(t, "Laptop Xander"), newStore(t, "Laptop Bas")
	mustImport(t, xander, write(t, anne, WriteOptions{}), ReadOptions{})
	relayed := write(t, xander, WriteOptions{})
	read, err := Read(bytes.NewReader(relayed), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	// The preview names Anne, whose key the file would bring.
	info, err := bas.Recognise(ctx, read.Manifest.Sender())
	if err != nil || len(info.Relayed) != 1 || info.Relayed[0].Name != "Laptop Anne" || !info.Relayed[0].FirstSeen {
		t.Errorf("the preview of Xander's file: %+v %v", info, err)
	}
	if rep := mustImport(t, bas, relayed, ReadOptions{}); rep.Created != 3 {
		t.Fatalf("Anne's contacts did not come through Xander: %+v", rep)
	}
	p, ok, err := bas.Peer(ctx, anne.Device())
	if err != nil || !ok || p.KeyVia != xander.Device() || p.Name != "Laptop Anne" {
		t.Fatalf("Anne as Bas knows her: %+v %v %v", p, ok, err)
	}
	mustImport(t, bas, write(t, anne, WriteOptions{}), ReadOptions{})
	if p, _, _ := bas.Peer(ctx, anne.Device()); p.KeyVia != "" {
		t.Errorf("Anne's own file did not confirm her key: via %q", p.KeyVia)
	}

	// Xander relays Anne's work under a key he made for her.
	claire := newStore(t, "Laptop Claire")
	key, _ := xander.SigningKey(ctx)
	_, fakeKey, _ := ed25519.GenerateKey(rand.Reader)
	good := write(t, xander, WriteOptions{})
	changes := entries(t, good)[changesName]
	file := resign(t, good, key, func(m *Manifest) {
		for i, st := range m.Origins {
			if tip, _ := st.Verify(); tip.Device == anne.Device() {
				m.Origins[i] = signTip(t, fakeKey, tip.Device, tip.Name, tip.Seq, tip.Hash)
			}
		}
	}, &changes)
	mustImport(t, claire, file, ReadOptions{})
	read, err = Read(bytes.NewReader(write(t, anne, WriteOptions{})), ReadOptions{})
	if err == nil {
		_, err = Import(ctx, claire, read)
	}
	if e, ok := data.AsError(err); !ok || !strings.Contains(e.Msg, "andere sleutel") {
		t.Errorf("Anne's own file after a made-up key: %v", err)
	}
}

// TestChangesWithoutASignedTipStay: changes a database took in before
// devices signed their tips cannot be vouched for by their maker, so they
// are not passed on; the rest of the file is.
func TestChangesWithoutASignedTipStay(t *testing.T) {
	ctx := context.Background()
	anne, bas, claire := withContacts(t, "Laptop Anne"), newStore(t, "Laptop Bas"), newStore(t, "Laptop Claire")
	mustImport(t, bas, write(t, anne, WriteOptions{}), ReadOptions{})
	db, err := sql.Open("sqlite", bas.Path()) // as a version before signed tips left it
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.ExecContext(ctx, "DELETE FROM signed_tip"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if _, err := bas.Create(ctx, "organisation", map[string]string{"name": "Gemeente Hoorn", "type": "gemeente"}); err != nil {
		t.Fatal(err)
	}
	rep := mustImport(t, claire, write(t, bas, WriteOptions{}), ReadOptions{})
	if rep.Created != 1 {
		t.Errorf("report %+v, want only Bas's organisation", rep)
	}
}
