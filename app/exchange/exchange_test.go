package exchange

import (
	"archive/zip"
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"ketenregie/app/kit/kittest"
	"ketenregie/data"
	"ketenregie/export/bundle"
)

// newDevice opens a fresh database for a computer called name.
func newDevice(t *testing.T, name string) *data.Store {
	t.Helper()
	s, err := data.Open(context.Background(), filepath.Join(t.TempDir(), "k.db"), data.Options{DeviceName: name})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// exchangeOn builds the Uitwisselen screen on s in a window of its own.
func exchangeOn(t *testing.T, a fyne.App, s *data.Store) (*Screen, fyne.Window) {
	t.Helper()
	sh := kittest.NewShellIn(t, a, s)
	x := New(sh, "test")
	sh.Show(x, x.Content())
	return x, sh.Win
}

// settle runs action, which starts slow work, and waits until its result
// is on screen.
func settle(t *testing.T, x *Screen, action func()) {
	t.Helper()
	done := make(chan struct{})
	x.settled = func() { close(done) }
	defer func() { x.settled = nil }()
	action()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("the work did not finish")
	}
}

// sendAll moves every change of from to to, as a colleague's file would.
func sendAll(t *testing.T, from, to *data.Store) {
	t.Helper()
	ctx := context.Background()
	var buf bytes.Buffer
	if _, err := bundle.Write(ctx, from, &buf, bundle.WriteOptions{App: "test"}); err != nil {
		t.Fatal(err)
	}
	b, err := bundle.Read(&buf, bundle.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bundle.Import(ctx, to, b); err != nil {
		t.Fatal(err)
	}
}

// dialogEntry is the first entry in the dialog on top of the window.
func dialogEntry(t *testing.T, w fyne.Window) *widget.Entry {
	t.Helper()
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog on screen")
	}
	for _, o := range test.LaidOutObjects(top) {
		if e, ok := o.(*widget.Entry); ok {
			return e
		}
	}
	t.Fatalf("no entry in the dialog: %q", kittest.DialogText(w))
	return nil
}

// labelsIn is the text of every label under o, one per line.
func labelsIn(o fyne.CanvasObject) string {
	var b strings.Builder
	for _, obj := range test.LaidOutObjects(o) {
		switch l := obj.(type) {
		case *widget.Label:
			b.WriteString(l.Text + "\n")
		case *widget.RichText:
			b.WriteString(l.String() + "\n")
		case *markedText:
			b.WriteString(l.String() + "\n")
		case *widget.Button:
			b.WriteString(l.Text + "\n")
		}
	}
	return b.String()
}

func contactNames(t *testing.T, s *data.Store) []string {
	t.Helper()
	recs, err := s.List(context.Background(), "contact")
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, r := range recs {
		out = append(out, r.Get("name"))
	}
	return out
}

func TestExchangeExportThenImportWithPreview(t *testing.T) {
	ctx := context.Background()
	anne, bram := newDevice(t, "Laptop Anne"), newDevice(t, "Laptop Bram")
	org, err := anne.Create(ctx, "organisation", map[string]string{"name": "GGD Hollands Noorden", "type": "ggd"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := anne.Create(ctx, "contact", map[string]string{"name": "Fatima el Amrani", "organisation_id": org}); err != nil {
		t.Fatal(err)
	}
	a := test.NewTempApp(t)
	xa, wa := exchangeOn(t, a, anne)
	xb, wb := exchangeOn(t, a, bram)

	if got := xa.exportName(); got != "Ketenregie Laptop Anne "+anne.Now().Format("02-01-2006")+".ketenregie" {
		t.Errorf("suggested file name %q", got)
	}
	path := filepath.Join(t.TempDir(), "van anne.ketenregie")
	settle(t, xa, func() { xa.ExportFile(path) })
	all, _ := anne.ChangesSince(ctx, nil)
	want := changesText(len(all))
	if !strings.Contains(xa.exportResult.Text, "van anne.ketenregie is gemaakt, met "+want) || !strings.Contains(kittest.DialogText(wa), want) {
		t.Errorf("after export the screen says %q, the dialog %q; want %q", xa.exportResult.Text, kittest.DialogText(wa), want)
	}
	if !strings.Contains(xa.exportResult.Text, "niet versleuteld") {
		t.Errorf("an export without passphrase does not say it is not encrypted: %q", xa.exportResult.Text)
	}
	if leftovers, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".*")); len(leftovers) > 0 {
		t.Errorf("temporary files left: %v", leftovers)
	}

	settle(t, xb, func() { xb.ImportFile(path) })
	preview := kittest.DialogText(wb)
	for _, want := range []string{"Laptop Anne", kittest.OwnFingerprint(t, anne), "Voor het eerst gezien", "vergelijk de vingerafdruk", want[:strings.Index(want, " ")]} {
		if !strings.Contains(preview, want) {
			t.Errorf("the preview lacks %q:\n%s", want, preview)
		}
	}
	if names := contactNames(t, bram); len(names) != 0 {
		t.Fatalf("applied before the coordinator agreed: %v", names)
	}
	settle(t, xb, func() { test.Tap(kittest.DialogButton(t, wb, "Importeren")) })
	if names := contactNames(t, bram); len(names) != 1 || names[0] != "Fatima el Amrani" {
		t.Errorf("after import Bram has contacts %v", names)
	}
	for _, want := range []string{"Ingelezen van Laptop Anne", "2 records nieuw"} {
		if !strings.Contains(xb.importResult.Text, want) || !strings.Contains(kittest.DialogText(wb), want) {
			t.Errorf("the report lacks %q: screen %q, dialog %q", want, xb.importResult.Text, kittest.DialogText(wb))
		}
	}
	if rows := strings.Join(xb.peers.Text(), "\n"); !strings.Contains(rows, "Laptop Anne | "+kittest.OwnFingerprint(t, anne)) {
		t.Errorf("Collega's does not list Anne's computer with its fingerprint: %q", rows)
	}
	if xb.ownName.Text != "Laptop Bram" || xb.ownPrint.Text != kittest.OwnFingerprint(t, bram) {
		t.Errorf("this computer shown as %q %q", xb.ownName.Text, xb.ownPrint.Text)
	}
	found := false
	for _, o := range xb.exportWhat.Options {
		if o == "Alleen wat Laptop Anne nog niet heeft" {
			found = true
			xb.exportWhat.SetSelected(o)
		}
	}
	if !found {
		t.Fatalf("no export for Anne's computer only: %q", xb.exportWhat.Options)
	}

	// The same file again: a known device, and nothing new.
	test.Tap(kittest.DialogButton(t, wb, "OK"))
	settle(t, xb, func() { xb.ImportFile(path) })
	if preview := kittest.DialogText(wb); !strings.Contains(preview, "Bekend apparaat") {
		t.Errorf("the second time the preview says:\n%s", preview)
	}
	settle(t, xb, func() { test.Tap(kittest.DialogButton(t, wb, "Importeren")) })
	if !strings.Contains(xb.importResult.Text, "niets nieuws") {
		t.Errorf("importing a file twice reports %q", xb.importResult.Text)
	}

	// Only what Anne lacks: Bram has made nothing, so nothing.
	back := filepath.Join(t.TempDir(), "voor anne.ketenregie")
	settle(t, xb, func() { xb.ExportFile(back) })
	if !strings.Contains(xb.exportResult.Text, "met 0 wijzigingen") {
		t.Errorf("a file with only what Anne lacks: %q", xb.exportResult.Text)
	}
}

func TestExchangeEncryptedFileAsksForThePassphrase(t *testing.T) {
	ctx := context.Background()
	anne, bram := newDevice(t, "Laptop Anne"), newDevice(t, "Laptop Bram")
	if _, err := anne.Create(ctx, "contact", map[string]string{"name": "Pieter de Vries"}); err != nil {
		t.Fatal(err)
	}
	a := test.NewTempApp(t)
	xa, _ := exchangeOn(t, a, anne)
	xb, wb := exchangeOn(t, a, bram)
	if !strings.Contains(xa.exportCrypt.Text, "Niet versleuteld") {
		t.Errorf("without a passphrase the screen says %q", xa.exportCrypt.Text)
	}
	xa.pass.SetText("kievit-zomer-42")
	if !strings.Contains(xa.exportCrypt.Text, "Versleuteld met het teamwachtwoord") {
		t.Errorf("with a passphrase the screen says %q", xa.exportCrypt.Text)
	}
	path := filepath.Join(t.TempDir(), "geheim.ketenregie")
	settle(t, xa, func() { xa.ExportFile(path) })
	if raw, _ := os.ReadFile(path); !bytes.HasPrefix(raw, []byte("age-encryption.org/v1\n")) {
		t.Fatalf("the file is not encrypted with age: %q", raw[:min(len(raw), 30)])
	}

	settle(t, xb, func() { xb.ImportFile(path) })
	if text := kittest.DialogText(wb); !strings.Contains(text, "geheim.ketenregie is versleuteld") || strings.Contains(text, "past niet") {
		t.Fatalf("an encrypted file does not ask for the passphrase:\n%s", text)
	}
	test.Type(dialogEntry(t, wb), "verkeerd")
	settle(t, xb, func() { test.Tap(kittest.DialogButton(t, wb, "Openen")) })
	if text := kittest.DialogText(wb); !strings.Contains(text, "Dit wachtwoord past niet bij het bestand") {
		t.Fatalf("a wrong passphrase does not say so:\n%s", text)
	}
	test.Type(dialogEntry(t, wb), "kievit-zomer-42")
	settle(t, xb, func() { test.Tap(kittest.DialogButton(t, wb, "Openen")) })
	if text := kittest.DialogText(wb); !strings.Contains(text, "ja, met het teamwachtwoord") || !strings.Contains(text, "Laptop Anne") {
		t.Fatalf("the right passphrase does not lead to the preview:\n%s", text)
	}
	if xb.pass.Text != "kievit-zomer-42" {
		t.Errorf("the passphrase is not kept for this session: %q", xb.pass.Text)
	}
	settle(t, xb, func() { test.Tap(kittest.DialogButton(t, wb, "Importeren")) })
	if names := contactNames(t, bram); len(names) != 1 {
		t.Errorf("after the encrypted import Bram has %v", names)
	}

	// Cancelling the question reads nothing in.
	xb.pass.SetText("")
	settle(t, xb, func() { xb.ImportFile(path) })
	test.Tap(kittest.DialogButton(t, wb, "Annuleren"))
	if !strings.Contains(xb.importResult.Text, "is niet ingelezen") {
		t.Errorf("after cancelling the screen says %q", xb.importResult.Text)
	}
}

func TestExchangeRefusesAJunkFile(t *testing.T) {
	ctx := context.Background()
	bram := newDevice(t, "Laptop Bram")
	if _, err := bram.Create(ctx, "contact", map[string]string{"name": "Eigen Contact"}); err != nil {
		t.Fatal(err)
	}
	before, _ := bram.Known(ctx)
	a := test.NewTempApp(t)
	xb, wb := exchangeOn(t, a, bram)
	dir := t.TempDir()
	for name, want := range map[string]string{
		"onzin.ketenregie":      "Dit is geen uitwisselbestand van Ketenregie",
		"afgebroken.ketenregie": "afgebroken",
	} {
		content := "Dit is geen uitwisselbestand maar een boodschappenlijst."
		if name == "afgebroken.ketenregie" {
			content = "PK\x03\x04\x14\x00\x00\x00\x08\x00"
		}
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		settle(t, xb, func() { xb.ImportFile(path) })
		if text := kittest.DialogText(wb); !strings.Contains(text, want) || !strings.Contains(text, "Er is niets gewijzigd") {
			t.Errorf("%s: the refusal says:\n%s", name, text)
		}
		if xb.importResult.Importance != widget.DangerImportance || !strings.HasPrefix(xb.importResult.Text, name+" is niet ingelezen: ") {
			t.Errorf("%s: the screen says %q", name, xb.importResult.Text)
		}
		test.Tap(kittest.DialogButton(t, wb, "OK"))
	}
	after, _ := bram.Known(ctx)
	if len(after) != len(before) || after[bram.Device()] != before[bram.Device()] {
		t.Errorf("a refused file changed the database: %v -> %v", before, after)
	}
	if names := contactNames(t, bram); len(names) != 1 {
		t.Errorf("contacts after refusals: %v", names)
	}
}

func TestExchangeSyncFolder(t *testing.T) {
	ctx := context.Background()
	anne, carla, bram := newDevice(t, "Laptop Anne"), newDevice(t, "Laptop Carla"), newDevice(t, "Laptop Bram")
	for s, name := range map[*data.Store]string{anne: "Contact van Anne", carla: "Contact van Carla", bram: "Contact van Bram"} {
		if _, err := s.Create(ctx, "contact", map[string]string{"name": name}); err != nil {
			t.Fatal(err)
		}
	}
	dir := t.TempDir()
	for _, s := range []*data.Store{anne, carla} {
		if _, err := bundle.Sync(ctx, s, dir, "", "test"); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "desktop.ini"), []byte("[.ShellClassInfo]\r\n"), 0o600); err != nil {
		t.Fatal(err)
	}

	a := test.NewTempApp(t)
	xb, _ := exchangeOn(t, a, bram)
	if xb.lastSync.Text != "Nog niet gesynchroniseerd." || xb.folder.Text != "Nog geen map gekozen." {
		t.Errorf("before the first sync: folder %q, last %q", xb.folder.Text, xb.lastSync.Text)
	}
	xb.SetFolder(dir)
	if got := a.Preferences().String(prefExchangeFolder); got != dir || xb.folder.Text != dir {
		t.Errorf("the folder is not remembered: preference %q, shown %q", got, xb.folder.Text)
	}
	settle(t, xb, xb.syncNow)
	if xb.tabs.Selected() != xb.folderTab {
		t.Error("Synchroniseer does not show the folder tab with the result")
	}
	result := labelsIn(xb.syncResult)
	for _, want := range []string{
		"Ingelezen: Laptop Anne: ", "Ingelezen: Laptop Carla: ",
		"Overgeslagen: desktop.ini (geen uitwisselbestand)",
		"Geschreven: " + bundle.SyncFileName("Laptop Bram", bram.Device()),
	} {
		if !strings.Contains(result, want) {
			t.Errorf("the sync result lacks %q:\n%s", want, result)
		}
	}
	if names := contactNames(t, bram); len(names) != 3 {
		t.Errorf("after the sync Bram has %v", names)
	}
	if _, err := os.Stat(filepath.Join(dir, bundle.SyncFileName("Laptop Bram", bram.Device()))); err != nil {
		t.Errorf("Bram's file is not in the folder: %v", err)
	}
	if !strings.HasPrefix(xb.lastSync.Text, bram.Now().Local().Format("02-01-2006")+" om ") {
		t.Errorf("last sync shown as %q", xb.lastSync.Text)
	}
	if rows := xb.peers.Text(); len(rows) != 2 {
		t.Errorf("after the sync Collega's lists %q", rows)
	}

	// A second sync finds nothing new but still notes the stray file.
	settle(t, xb, xb.syncNow)
	result = labelsIn(xb.syncResult)
	if !strings.Contains(result, "Geen nieuwe wijzigingen van collega's.") || !strings.Contains(result, "desktop.ini") {
		t.Errorf("the second sync says:\n%s", result)
	}
}

func TestExchangePreviewWarnsOfAnotherKey(t *testing.T) {
	ctx := context.Background()
	anne, bram, carla := newDevice(t, "Laptop Anne"), newDevice(t, "Laptop Bram"), newDevice(t, "Laptop Carla")
	if _, err := anne.Create(ctx, "contact", map[string]string{"name": "Echt Contact"}); err != nil {
		t.Fatal(err)
	}
	sendAll(t, anne, bram) // Bram knows Anne's key from now on

	// Carla makes a file that claims to come from Anne's computer.
	var buf bytes.Buffer
	if _, err := bundle.Write(ctx, carla, &buf, bundle.WriteOptions{App: "test"}); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	entries := map[string][]byte{}
	for _, f := range zr.File {
		r, _ := f.Open()
		entries[f.Name], _ = io.ReadAll(r)
		r.Close()
	}
	var m bundle.Manifest
	if err := json.Unmarshal(entries["manifest.json"], &m); err != nil {
		t.Fatal(err)
	}
	m.Device, m.Name = anne.Device(), "Laptop Anne"
	entries["manifest.json"], _ = json.MarshalIndent(m, "", "  ")
	key, _ := carla.SigningKey(ctx)
	entries["manifest.sig"] = ed25519.Sign(key, entries["manifest.json"])
	path := filepath.Join(t.TempDir(), "vals.ketenregie")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	zw := zip.NewWriter(f)
	for _, name := range []string{"manifest.json", "changes.jsonl", "manifest.sig"} {
		w, _ := zw.Create(name)
		w.Write(entries[name])
	}
	zw.Close()
	f.Close()

	a := test.NewTempApp(t)
	xb, wb := exchangeOn(t, a, bram)
	settle(t, xb, func() { xb.ImportFile(path) })
	text := kittest.DialogText(wb)
	if !strings.Contains(text, "andere sleutel") || !strings.Contains(text, kittest.OwnFingerprint(t, carla)) {
		t.Errorf("the preview of a file with another key says:\n%s", text)
	}
	for _, o := range test.LaidOutObjects(wb.Canvas().Overlays().Top()) {
		if b, ok := o.(*widget.Button); ok && b.Text == "Importeren" {
			t.Error("a file with another key can still be imported")
		}
	}
	test.Tap(kittest.DialogButton(t, wb, "Sluiten"))
	if xb.importResult.Importance != widget.DangerImportance || !strings.Contains(xb.importResult.Text, "andere sleutel") {
		t.Errorf("the screen says %q", xb.importResult.Text)
	}
}

// TestCollegasSaysWhichKeyCameByRelay: Anne's work reaches Bram in
// Xander's file; Collega's lists Anne with a warning that her key came via
// Xander, until her own file confirms it.
func TestCollegasSaysWhichKeyCameByRelay(t *testing.T) {
	ctx := context.Background()
	anne, xander, bram := newDevice(t, "Laptop Anne"), newDevice(t, "Laptop Xander"), newDevice(t, "Laptop Bram")
	if _, err := anne.Create(ctx, "contact", map[string]string{"name": "Contact van Anne"}); err != nil {
		t.Fatal(err)
	}
	sendAll(t, anne, xander)
	sendAll(t, xander, bram)
	a := test.NewTempApp(t)
	xb, _ := exchangeOn(t, a, bram)
	xb.Refresh()
	rows := strings.Join(xb.peers.Text(), "\n")
	if !strings.Contains(rows, "Laptop Anne | "+kittest.OwnFingerprint(t, anne)+" | sleutel via Laptop Xander") {
		t.Errorf("Collega's does not say Anne's key came via Xander:\n%s", rows)
	}
	sendAll(t, anne, bram)
	xb.Refresh()
	if rows := strings.Join(xb.peers.Text(), "\n"); strings.Contains(rows, "sleutel via") {
		t.Errorf("after Anne's own file Collega's still says:\n%s", rows)
	}
}
