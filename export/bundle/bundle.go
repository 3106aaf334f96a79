// Package bundle writes and reads exchange files: the changes of one
// Ketenregie database, signed by its device, optionally encrypted with age,
// for a colleague to import (DESIGN.md, "Exchange files").
//
// A bundle is a zip with exactly three entries: manifest.json (who made it,
// what it holds, the SHA-256 of the changes), changes.jsonl (one change per
// line) and manifest.sig (the ed25519 signature of the manifest's bytes).
// Reading checks, in order: size limits, decryption, the entry names, the
// format version, the signature, the checksum and every line; only then
// may the changes be applied, all in one transaction.
package bundle

import (
	"archive/zip"
	"bufio"
	"bytes"
	"compress/flate"
	"context"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"filippo.io/age"

	"ketenregie/data"
)

// Format is the bundle format this version writes and the newest it reads.
// Format 2 carries each device's signed tip (see data.SignedTip); format 1
// files, without them, are refused with the advice to update the sender.
const Format = 2

// requires is the first version of Ketenregie that reads Format.
const requires = "0.2.0"

// maxOrigins bounds the signed tips a manifest may carry: one per device
// whose changes the file holds.
const maxOrigins = 1000

// Entry names, exactly as they must appear in the zip.
const (
	manifestName  = "manifest.json"
	changesName   = "changes.jsonl"
	signatureName = "manifest.sig"
)

// MemoryLimit is the soft limit on the Go heap (runtime/debug's
// SetMemoryLimit) a program that imports sets: the collector then works
// harder instead of letting the garbage of reading a file double the heap.
// With it, no import of a file within the limits below goes past 512 MB
// of memory (BenchmarkImportPeakMemory); without it, one took 665 MB.
const MemoryLimit = 320 << 20

// Limits against hostile or damaged files. Every change of a file is held
// in memory until it is applied, so these bound what an import can take:
// the benchmark's region of 50,000 contacts (363,200 changes, 119 MB of
// changes.jsonl, compressed 4.2 to 1) fits with room to spare, and no file
// within them takes an import past 512 MB (BenchmarkImportPeakMemory). A
// database that outgrows them cannot be exported (Write says so) rather
// than make a file its colleagues refuse. Variables, so a test can go past
// them without writing 192 MB.
var (
	maxChangesSize uint64 = 192 << 20 // changes.jsonl unpacked
	maxChanges            = 750_000
)

const (
	MaxFileSize     = 512 << 20 // the file as it arrives
	maxManifestSize = 1 << 20
	// A value is at most 200,000 bytes when written here (data's long
	// text); fields and kinds of a newer version get the same room.
	maxValueSize = 256 << 10
	maxLineSize  = 2 << 20 // a value of maxValueSize escaped, and its parents
	maxParents   = 1000    // a delete names the heads of each of its record's fields
	// maxRatio is how much more changes.jsonl may unpack to than it takes
	// in the file: real logs compress about 4 to 1 (hashes and ids do not
	// compress); a zip bomb does 1,000 to 1 and more.
	maxRatio = 64
)

// Manifest describes a bundle. It is signed; the changes are bound to it
// by their checksum.
type Manifest struct {
	Format    int               `json:"format"`
	Requires  string            `json:"requires"` // the Ketenregie version that reads this format
	App       string            `json:"app"`      // the Ketenregie version that wrote it
	Device    string            `json:"device"`
	Name      string            `json:"name"`
	Person    string            `json:"person,omitempty"` // the coordinator working on the device; older versions leave it out
	PublicKey string            `json:"public_key"`
	Created   string            `json:"created"`
	Known     map[string]int64  `json:"known"`
	Tips      map[string]string `json:"tips,omitempty"` // per origin, the hash of its change numbered Known[origin]
	For       string            `json:"for,omitempty"`  // the colleague's device it was cut down for
	Changes   int               `json:"changes"`
	SHA256    string            `json:"sha256"`
	// Origins is, for every device whose changes the file holds (the
	// sender's own included), that device's signed tip, which its changes
	// in the file end at.
	Origins []data.SignedTip `json:"origins"`
}

// Sender is who made the bundle, in the terms the store uses.
func (m *Manifest) Sender() data.Sender {
	return data.Sender{Device: m.Device, Name: m.Name, Person: m.Person, PublicKey: m.PublicKey, Known: m.Known, Signed: m.Origins}
}

// line is a change as one line of changes.jsonl.
type line struct {
	Origin  string   `json:"origin"`
	Seq     int64    `json:"seq"`
	Entity  string   `json:"entity"`
	ID      string   `json:"id"`
	Field   string   `json:"field"`
	Value   string   `json:"value"`
	Parents []string `json:"parents"`
	HLC     int64    `json:"hlc"`
	Nonce   string   `json:"nonce"`
	Hash    string   `json:"hash"`
}

// WriteOptions choose what a bundle holds and how it is protected.
type WriteOptions struct {
	App string // this program's version, recorded in the manifest
	// For, when set, is a colleague's device: the bundle then holds only
	// the changes that device is not known to have.
	For string
	// Passphrase encrypts the bundle with age (scrypt); Recipients with the
	// team's age X25519 public keys ("age1..."). Neither: not encrypted.
	Passphrase string
	Recipients []string
}

// Write writes a bundle of s's changes to w.
func Write(ctx context.Context, s *data.Store, w io.Writer, opt WriteOptions) (*Manifest, error) {
	key, err := s.SigningKey(ctx)
	if err != nil {
		return nil, err
	}
	who, err := s.Identity(ctx)
	if err != nil {
		return nil, err
	}
	name := who.Device
	var since map[string]int64
	if opt.For != "" {
		if since, err = s.PeerKnown(ctx, opt.For); err != nil {
			return nil, err
		}
	}
	out := w
	var closer io.Closer
	if opt.Passphrase != "" || len(opt.Recipients) > 0 {
		var rs []age.Recipient
		if opt.Passphrase != "" {
			r, err := age.NewScryptRecipient(opt.Passphrase)
			if err != nil {
				return nil, err
			}
			rs = append(rs, r)
		}
		for _, k := range opt.Recipients {
			r, err := age.ParseX25519Recipient(strings.TrimSpace(k))
			if err != nil {
				return nil, fmt.Errorf("sleutel %q is geen age-sleutel (age1...): %w", k, err)
			}
			rs = append(rs, r)
		}
		ew, err := age.Encrypt(w, rs...)
		if err != nil {
			return nil, err
		}
		out, closer = ew, ew
	}
	zw := zip.NewWriter(out)
	// Fast compression: the text compresses well at any level, and a large
	// region's export must stay under two seconds.
	zw.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) {
		return flate.NewWriter(w, flate.BestSpeed)
	})
	// The changes first, streamed from the log and hashed on the way; then
	// the manifest, which names their checksum and count, and its signature.
	f, err := zw.CreateHeader(&zip.FileHeader{Name: changesName, Method: zip.Deflate, Modified: time.Unix(0, 0).UTC()})
	if err != nil {
		return nil, err
	}
	sum := sha256.New()
	body := bufio.NewWriterSize(io.MultiWriter(f, sum), 256<<10)
	// Colleagues' changes travel only as far as their signed tips, which
	// travel with them; this device signs its own tip when it is written.
	held, err := s.HeldTips(ctx)
	if err != nil {
		return nil, err
	}
	inFile := map[string]bool{}
	var ownLast int64
	var lineBuf []byte
	count, size := 0, uint64(0)
	err = s.EachChangeSince(ctx, since, func(c *data.Change) error {
		if c.Origin == s.Device() {
			ownLast = max(ownLast, c.Seq)
		} else if tip, ok := held[c.Origin]; !ok || c.Seq > tip.Seq {
			return nil
		}
		inFile[c.Origin] = true
		lineBuf = appendLine(lineBuf[:0], c)
		count++
		size += uint64(len(lineBuf))
		if count > maxChanges || size > maxChangesSize {
			return refuse("size", "too-many-changes", map[string]string{"Max": fmt.Sprint(maxChanges), "MB": fmt.Sprint(maxChangesSize >> 20)},
				"de database heeft meer wijzigingen dan één uitwisselbestand mag bevatten "+
					"(hoogstens {{.Max}} wijzigingen en {{.MB}} MB); maak een bestand voor één collega, met alleen wat die nog niet heeft")
		}
		_, err := body.Write(lineBuf)
		return err
	})
	if err == nil {
		err = body.Flush()
	}
	if err != nil {
		return nil, err
	}
	// What this database holds, read after the changes, so it covers them.
	known, err := s.Known(ctx)
	if err != nil {
		return nil, err
	}
	tips, err := s.Tips(ctx, known)
	if err != nil {
		return nil, err
	}
	origins := make([]data.SignedTip, 0, len(inFile))
	for origin := range inFile {
		if origin == s.Device() {
			st, err := s.SignTip(ctx, ownLast)
			if err != nil {
				return nil, err
			}
			origins = append(origins, st)
		} else {
			origins = append(origins, held[origin].Signed)
		}
	}
	sort.Slice(origins, func(i, j int) bool { return bytes.Compare(origins[i].Statement, origins[j].Statement) < 0 })
	m := &Manifest{Format: Format, Requires: requires, App: opt.App, Device: s.Device(), Name: name, Person: who.Person,
		PublicKey: data.EncodeKey(key.Public().(ed25519.PublicKey)), Created: s.Now().UTC().Format(time.RFC3339),
		Known: known, Tips: tips, For: opt.For, Changes: count, SHA256: hex.EncodeToString(sum.Sum(nil)), Origins: origins}
	mb, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return nil, err
	}
	for _, e := range []struct {
		name string
		b    []byte
	}{{manifestName, mb}, {signatureName, ed25519.Sign(key, mb)}} {
		f, err := zw.CreateHeader(&zip.FileHeader{Name: e.name, Method: zip.Deflate, Modified: time.Unix(0, 0).UTC()})
		if err != nil {
			return nil, err
		}
		if _, err := f.Write(e.b); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	if closer != nil {
		if err := closer.Close(); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// Bundle is a read and verified exchange file.
type Bundle struct {
	Manifest  Manifest
	Changes   []data.Change
	Encrypted bool
	Held      bool // everything in it is here already: nothing was read, nothing to apply
}

// HeldBy answers ReadOptions.Held for store s: a file already seen (or
// one's own) is then recognised from its manifest alone.
func HeldBy(ctx context.Context, s *data.Store) func(*Manifest) bool {
	return func(m *Manifest) bool {
		ok, err := s.HoldsAll(ctx, m.Known, m.Tips)
		return err == nil && ok
	}
}

// Error is why a file was refused (or, in a sync, left alone), in a
// sentence for the coordinator.
type Error struct {
	// Reason is a stable word: "size", "not-a-bundle", "passphrase",
	// "entries", "version", "signature", "checksum", "line",
	// "unreadable", "not-a-folder", "own-file". Several sentences share
	// one.
	Reason string
	// Text names the sentence of Msg, one stable word per sentence, and
	// Args are the values in it by name: the window says it in its own
	// language from them, under the key "error.bundle."+Text (see
	// data.Said, which does the same for the store's errors).
	Text string
	Args map[string]string
	Msg  string // the Dutch sentence, as the command line prints it
}

func (e *Error) Error() string { return e.Msg }

// refuse is the Error for reason whose sentence text is template, in
// Dutch, with every {{.Name}} replaced by args[Name].
func refuse(reason, text string, args map[string]string, template string) *Error {
	return &Error{Reason: reason, Text: text, Args: args, Msg: data.Fill(template, args)}
}

// ErrNeedPassphrase is returned (wrapped in *Error, Reason "passphrase")
// for an encrypted file read without a passphrase or key.
var ErrNeedPassphrase = errors.New("passphrase needed")

// ReadOptions unlock an encrypted bundle.
type ReadOptions struct {
	// Held, when set, is asked after the signature is checked whether the
	// reader already holds everything the file describes (see HeldBy);
	// then the changes are not read at all and the bundle is marked Held.
	Held       func(*Manifest) bool
	Passphrase string
	Identities []string // age X25519 secret keys ("AGE-SECRET-KEY-1...")
}

const ageHeader = "age-encryption.org/v1\n"

// Read reads and verifies a bundle of at most MaxFileSize bytes. Nothing
// is applied; see Import. The file as it arrives (encrypted, if it is) is
// copied to a temporary file to read the zip in place; its plaintext never
// touches the disk. ReadFile reads from disk without a copy.
func Read(r io.Reader, opt ReadOptions) (*Bundle, error) {
	tmp, err := os.CreateTemp("", "ketenregie-import-*")
	if err != nil {
		return nil, err
	}
	defer os.Remove(tmp.Name())
	defer tmp.Close()
	n, err := io.Copy(tmp, io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return nil, err
	}
	return readFrom(tmp, n, opt)
}

// ReadFile reads and verifies the bundle at path. Only a regular file is
// read: a named pipe, a device or a socket (as a hostile sync folder may
// hold) would block or never end, and a symbolic link is not followed.
func ReadFile(path string, opt ReadOptions) (*Bundle, error) {
	lst, err := os.Lstat(path)
	if err != nil {
		return nil, refuse("unreadable", "unreadable", map[string]string{"Path": path}, "{{.Path}} bestaat niet of is niet te lezen")
	}
	if !lst.Mode().IsRegular() {
		return nil, refuse("not-a-bundle", "not-regular", map[string]string{"File": filepath.Base(path)}, "{{.File}} is geen gewoon bestand en wordt niet gelezen")
	}
	if lst.Size() > MaxFileSize {
		return nil, tooLarge()
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, refuse("unreadable", "unreadable", map[string]string{"Path": path}, "{{.Path}} bestaat niet of is niet te lezen")
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() || !os.SameFile(lst, st) {
		return nil, refuse("not-a-bundle", "changed-while-read", map[string]string{"File": filepath.Base(path)}, "{{.File}} veranderde tijdens het lezen en wordt niet gelezen")
	}
	return readFrom(f, st.Size(), opt)
}

func tooLarge() error {
	return refuse("size", "too-large", map[string]string{"MB": fmt.Sprint(MaxFileSize >> 20)}, "het bestand is groter dan {{.MB}} MB en wordt niet gelezen")
}

// readFrom reads a bundle of size bytes in place. An encrypted one is
// decrypted chunk by chunk as the zip reader asks for it (age's
// DecryptReaderAt authenticates every chunk it returns): its plaintext is
// never written anywhere, and only one chunk is held at a time.
func readFrom(f io.ReaderAt, size int64, opt ReadOptions) (*Bundle, error) {
	if size > MaxFileSize {
		return nil, tooLarge()
	}
	head := make([]byte, len(ageHeader))
	k, _ := f.ReadAt(head, 0)
	b := &Bundle{}
	if string(head[:k]) == ageHeader {
		b.Encrypted = true
		plain, n, err := decrypt(f, size, opt)
		if err != nil {
			return nil, err
		}
		f, size = plain, n
	}
	zr, err := zip.NewReader(f, size)
	if err != nil {
		return nil, refuse("not-a-bundle", "not-zip", nil, "dit is geen uitwisselbestand van Ketenregie (of het is afgebroken)")
	}
	return readZip(b, zr, opt.Held)
}

// decrypt opens an age file for reading at random places.
func decrypt(r io.ReaderAt, size int64, opt ReadOptions) (io.ReaderAt, int64, error) {
	if opt.Passphrase == "" && len(opt.Identities) == 0 {
		return nil, 0, refuse("passphrase", "passphrase-needed", nil, "het bestand is versleuteld; geef het wachtwoord van het team op")
	}
	var ids []age.Identity
	if opt.Passphrase != "" {
		id, err := age.NewScryptIdentity(opt.Passphrase)
		if err != nil {
			return nil, 0, err
		}
		ids = append(ids, id)
	}
	for _, k := range opt.Identities {
		id, err := age.ParseX25519Identity(strings.TrimSpace(k))
		if err != nil {
			return nil, 0, refuse("passphrase", "not-an-age-key", nil, "de geheime sleutel is geen age-sleutel")
		}
		ids = append(ids, id)
	}
	plain, n, err := age.DecryptReaderAt(r, size, ids...)
	if err != nil {
		var noMatch *age.NoIdentityMatchError
		if errors.As(err, &noMatch) {
			return nil, 0, refuse("passphrase", "passphrase-wrong", nil, "het wachtwoord of de sleutel past niet bij dit bestand")
		}
		return nil, 0, refuse("not-a-bundle", "encrypted-damaged", nil, "het versleutelde bestand is beschadigd of afgebroken")
	}
	if n > MaxFileSize {
		return nil, 0, tooLarge()
	}
	return plain, n, nil
}

// readZip checks a bundle's entries, manifest, signature and changes.
func readZip(b *Bundle, zr *zip.Reader, held func(*Manifest) bool) (*Bundle, error) {
	entries := map[string]*zip.File{}
	for _, f := range zr.File {
		if _, dup := entries[f.Name]; dup {
			return nil, refuse("entries", "entry-twice", map[string]string{"Entry": f.Name}, "het bestand bevat {{.Entry}} twee keer")
		}
		entries[f.Name] = f
	}
	if len(entries) != 3 || entries[manifestName] == nil || entries[changesName] == nil || entries[signatureName] == nil {
		names := make([]string, 0, len(entries))
		for n := range entries {
			names = append(names, n)
		}
		sort.Strings(names)
		return nil, refuse("entries", "entries", map[string]string{"Entries": strings.Join(names, ", ")}, "dit is geen uitwisselbestand van Ketenregie: het bevat {{.Entries}}")
	}
	mb, err := readEntry(entries[manifestName], maxManifestSize)
	if err != nil {
		return nil, err
	}
	var probe struct {
		Format   int    `json:"format"`
		Requires string `json:"requires"`
	}
	if err := json.Unmarshal(mb, &probe); err != nil {
		return nil, refuse("not-a-bundle", "manifest-unreadable", nil, "de inhoudsopgave van het bestand is onleesbaar")
	}
	if probe.Format > Format {
		return nil, refuse("version", "newer", map[string]string{"Version": probe.Requires},
			"dit bestand is gemaakt met een nieuwere Ketenregie; werk Ketenregie bij naar versie {{.Version}} of nieuwer")
	}
	if probe.Format == 1 {
		return nil, refuse("version", "older", map[string]string{"Version": requires},
			"dit bestand is gemaakt met een oudere Ketenregie, zonder handtekening per apparaat; "+
				"vraag uw collega Ketenregie bij te werken naar versie {{.Version}} of nieuwer en het bestand opnieuw te maken")
	}
	dec := json.NewDecoder(bytes.NewReader(mb))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&b.Manifest); err != nil || probe.Format < 1 {
		return nil, refuse("not-a-bundle", "manifest-unreadable", nil, "de inhoudsopgave van het bestand is onleesbaar")
	}
	if err := checkManifest(&b.Manifest); err != nil {
		return nil, err
	}
	sig, err := readEntry(entries[signatureName], ed25519.SignatureSize)
	if err != nil {
		return nil, err
	}
	pub, err := data.DecodeKey(b.Manifest.PublicKey)
	if err != nil || len(sig) != ed25519.SignatureSize || !ed25519.Verify(pub, mb, sig) {
		return nil, refuse("signature", "signature", nil, "de handtekening van het bestand klopt niet: het is na het maken veranderd, of niet door Ketenregie gemaakt")
	}
	if held != nil && held(&b.Manifest) {
		b.Held = true
		return b, nil
	}
	if b.Changes, err = readChanges(entries[changesName], b.Manifest); err != nil {
		return nil, err
	}
	return b, nil
}

// maxNameSize bounds the device name a manifest gives, as shown on screen.
const maxNameSize = 200

// checkManifest refuses a manifest whose device ids are not ids this
// program makes (UUIDs), whose name is too long or holds control
// characters, or whose numbers are out of range. The device name is only
// ever shown, never used in a path, but a screen deserves no escape codes.
func checkManifest(m *Manifest) error {
	if !data.ValidDeviceID(m.Device) {
		return refuse("not-a-bundle", "manifest-device", nil, "de inhoudsopgave van het bestand is ongeldig (apparaat)")
	}
	if m.For != "" && !data.ValidDeviceID(m.For) {
		return refuse("not-a-bundle", "manifest-for", nil, "de inhoudsopgave van het bestand is ongeldig (bestemd voor)")
	}
	if len(m.Name) > maxNameSize || data.HasControl(m.Name) {
		return refuse("not-a-bundle", "manifest-name", nil, "de inhoudsopgave van het bestand is ongeldig (naam van het apparaat)")
	}
	if len(m.Person) > maxNameSize || data.HasControl(m.Person) {
		return refuse("not-a-bundle", "manifest-person", nil, "de inhoudsopgave van het bestand is ongeldig (naam van de coördinator)")
	}
	if len(m.Origins) > maxOrigins {
		return refuse("not-a-bundle", "manifest-origins", nil, "de inhoudsopgave van het bestand is ongeldig (handtekeningen)")
	}
	for origin, seq := range m.Known {
		if (origin != data.ReferenceOrigin && !data.ValidDeviceID(origin)) || seq < 0 {
			return refuse("not-a-bundle", "manifest-known", nil, "de inhoudsopgave van het bestand is ongeldig (bekende wijzigingen)")
		}
	}
	for origin, h := range m.Tips {
		if (origin != data.ReferenceOrigin && !data.ValidDeviceID(origin)) || len(h) != 64 {
			return refuse("not-a-bundle", "manifest-tips", nil, "de inhoudsopgave van het bestand is ongeldig (laatste wijzigingen)")
		}
	}
	return nil
}

func readEntry(f *zip.File, limit int64) ([]byte, error) {
	if f.UncompressedSize64 > uint64(limit) {
		return nil, refuse("size", "entry-too-large", map[string]string{"Entry": f.Name}, "{{.Entry}} in het bestand is te groot")
	}
	rc, err := f.Open()
	if err != nil {
		return nil, refuse("not-a-bundle", "entry-unreadable", map[string]string{"Entry": f.Name}, "{{.Entry}} in het bestand is onleesbaar")
	}
	defer rc.Close()
	b, err := io.ReadAll(io.LimitReader(rc, limit+1))
	if err != nil {
		return nil, refuse("not-a-bundle", "entry-damaged", map[string]string{"Entry": f.Name}, "{{.Entry}} in het bestand is beschadigd of afgebroken")
	}
	if int64(len(b)) > limit {
		return nil, refuse("size", "entry-too-large", map[string]string{"Entry": f.Name}, "{{.Entry}} in het bestand is te groot")
	}
	return b, nil
}

// readChanges streams changes.jsonl, checking each line and the checksum
// of the whole; the file is never held in memory at once.
func readChanges(f *zip.File, m Manifest) ([]data.Change, error) {
	if m.Changes < 0 || m.Changes > maxChanges {
		return nil, refuse("line", "count-impossible", map[string]string{"Count": fmt.Sprint(m.Changes)}, "het bestand zegt {{.Count}} wijzigingen te bevatten; dat kan niet")
	}
	// archive/zip fails a read past the declared size, so these hold for
	// what is read, not only for what the file claims.
	if f.UncompressedSize64 > maxChangesSize {
		return nil, refuse("size", "unpacked-too-large", map[string]string{"MB": fmt.Sprint(f.UncompressedSize64 >> 20), "Max": fmt.Sprint(maxChangesSize >> 20)},
			"de wijzigingen in het bestand zijn uitgepakt {{.MB}} MB, meer dan de {{.Max}} MB die Ketenregie leest")
	}
	if f.UncompressedSize64 > maxRatio*f.CompressedSize64+1<<20 {
		return nil, refuse("size", "ratio", map[string]string{"Ratio": fmt.Sprint(f.UncompressedSize64 / max(f.CompressedSize64, 1))},
			"de wijzigingen in het bestand pakken {{.Ratio}} keer zo groot uit als ze zijn; zo comprimeert geen echt uitwisselbestand")
	}
	// First the checksum, so an altered file is called altered, not
	// unreadable; then the lines. Both passes stream.
	rc, err := f.Open()
	if err != nil {
		return nil, refuse("not-a-bundle", "entry-unreadable", map[string]string{"Entry": f.Name}, "{{.Entry}} in het bestand is onleesbaar")
	}
	sum := sha256.New()
	_, err = io.Copy(sum, io.LimitReader(rc, int64(maxChangesSize)))
	rc.Close()
	if err != nil {
		return nil, refuse("not-a-bundle", "entry-damaged", map[string]string{"Entry": f.Name}, "{{.Entry}} in het bestand is beschadigd of afgebroken")
	}
	if hex.EncodeToString(sum.Sum(nil)) != m.SHA256 {
		return nil, refuse("checksum", "checksum", nil, "de wijzigingen in het bestand zijn veranderd of afgebroken (de controlesom klopt niet)")
	}
	if rc, err = f.Open(); err != nil {
		return nil, refuse("not-a-bundle", "entry-unreadable", map[string]string{"Entry": f.Name}, "{{.Entry}} in het bestand is onleesbaar")
	}
	defer rc.Close()
	sc := bufio.NewScanner(io.LimitReader(rc, int64(maxChangesSize)))
	sc.Buffer(make([]byte, 64<<10), maxLineSize)
	// Room for every change at once (no copying as the list grows), but
	// no more than the unpacked size can hold: a line of a real change is
	// over 100 bytes.
	out := make([]data.Change, 0, min(m.Changes, int(f.UncompressedSize64/100)+1))
	// The same few origins, kinds and fields recur on every line: one
	// copy of each is kept, not one per change.
	names := map[string]string{}
	intern := func(s string) string {
		if len(s) > 64 {
			return s
		}
		if v, ok := names[s]; ok {
			return v
		}
		names[s] = s
		return s
	}
	n := 0
	for sc.Scan() {
		n++
		if n > m.Changes {
			return nil, refuse("line", "more-changes", map[string]string{"Count": fmt.Sprint(m.Changes)}, "het bestand bevat meer wijzigingen dan het zegt ({{.Count}})")
		}
		var l line
		dec := json.NewDecoder(bytes.NewReader(sc.Bytes()))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&l); err != nil {
			return nil, refuse("line", "line-unreadable", map[string]string{"Line": fmt.Sprint(n)}, "regel {{.Line}} van de wijzigingen is onleesbaar")
		}
		if len(l.Value) > maxValueSize {
			return nil, refuse("line", "line-value-too-large", map[string]string{"Line": fmt.Sprint(n)}, "regel {{.Line}} van de wijzigingen heeft een te grote waarde")
		}
		// Reference data is built into every copy and never travels: a
		// file's changes are all made on devices, named by their ids.
		if !data.ValidDeviceID(l.Origin) {
			return nil, refuse("line", "line-no-device", map[string]string{"Line": fmt.Sprint(n)}, "regel {{.Line}} van de wijzigingen komt niet van een apparaat")
		}
		if len(l.Parents) > maxParents {
			return nil, refuse("line", "line-too-many-parents", map[string]string{"Line": fmt.Sprint(n)}, "regel {{.Line}} van de wijzigingen noemt te veel voorgangers")
		}
		c := data.Change{Origin: intern(l.Origin), Seq: l.Seq, Entity: intern(l.Entity), EntityID: l.ID, Field: intern(l.Field),
			Value: l.Value, HLC: l.HLC, Nonce: l.Nonce, Hash: l.Hash}
		if len(l.Parents) > 0 {
			c.Parents = make([]data.ChangeID, 0, len(l.Parents))
		}
		for _, p := range l.Parents {
			id, err := data.ParseChangeID(p)
			if err != nil || !data.ValidDeviceID(id.Origin) {
				return nil, refuse("line", "line-bad-parent", map[string]string{"Line": fmt.Sprint(n)}, "regel {{.Line}} van de wijzigingen noemt een onleesbare voorganger")
			}
			id.Origin = intern(id.Origin)
			c.Parents = append(c.Parents, id)
		}
		out = append(out, c)
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return nil, refuse("line", "line-too-long", map[string]string{"Line": fmt.Sprint(n + 1)}, "regel {{.Line}} van de wijzigingen is te lang")
		}
		return nil, refuse("not-a-bundle", "entry-damaged", map[string]string{"Entry": f.Name}, "{{.Entry}} in het bestand is beschadigd of afgebroken")
	}
	if len(out) != m.Changes {
		return nil, refuse("line", "count-differs", map[string]string{"Count": fmt.Sprint(len(out)), "Want": fmt.Sprint(m.Changes)},
			"het bestand bevat {{.Count}} wijzigingen in plaats van {{.Want}}")
	}
	return out, nil
}

// Import applies a read bundle to s in one transaction, after a backup of
// the database (the last ten are kept).
func Import(ctx context.Context, s *data.Store, b *Bundle) (data.ApplyReport, error) {
	if b.Held {
		return data.ApplyReport{Received: b.Manifest.Changes}, nil
	}
	// The backup's name is the program's own word: nothing from the file,
	// whose manifest is the sender's text, ever becomes part of a path.
	if _, err := s.Backup(ctx, "voor-import", 10); err != nil {
		return data.ApplyReport{}, fmt.Errorf("reservekopie vóór de import: %w", err)
	}
	return s.ApplyFrom(ctx, b.Manifest.Sender(), b.Changes)
}
