package exchange

import (
	"crypto/ed25519"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ketenregie/app/kit"
	"ketenregie/app/say"
	"ketenregie/data"
	"ketenregie/export/atomicfile"
	"ketenregie/export/bundle"
)

// Preference keys of the exchange screen. The team passphrase is never
// stored: it lives in the screen's field until the program closes.
const (
	prefExchangeFolder   = "exchange.folder"     // the sync folder
	prefExchangeLastSync = "exchange.lastSync"   // RFC 3339
	prefExchangeFiles    = "exchange.fileFolder" // where the last file was saved or read
)

// Screen is Uitwisselen: files for colleagues (export and import
// with a preview of who sent them), a shared sync folder, the known
// colleagues' devices, and the conflicts concurrent edits left. The
// dialogs only choose paths; the work is in methods that tests call.
type Screen struct {
	Shell
	version string // the program's, written into the files it makes

	pass *widget.Entry // the team passphrase, in memory only

	tabs         *container.AppTabs
	fileTab      *container.TabItem
	folderTab    *container.TabItem
	peersTab     *container.TabItem
	conflictsTab *container.TabItem

	fileBody     *fyne.Container
	exportWhat   *widget.Select
	everything   string            // the "everything" option of exportWhat
	peerFor      map[string]string // exportWhat option -> device id
	exportCrypt  *widget.Label
	exportResult *widget.Label
	importResult *widget.Label

	folder     *widget.Label
	lastSync   *widget.Label
	syncResult *fyne.Container

	ownName  *widget.Label
	ownPrint *widget.Label
	peers    *kit.TableView
	peerNote *widget.Label

	conflicts *conflictsView
	content   fyne.CanvasObject

	// settled, when set, runs after slow work has finished and its result
	// is on screen; tests wait on it.
	settled func()
}

// New builds the Uitwisselen screen in the window sh, for the program of
// version.
func New(sh Shell, version string) *Screen {
	e := sh
	x := &Screen{Shell: sh, version: version, peerFor: map[string]string{}}

	x.pass = widget.NewPasswordEntry()
	x.pass.SetPlaceHolder(lang.X("exchange.pass.placeholder", "Optioneel"))
	x.pass.OnChanged = func(string) { x.showCrypt() }
	syncTool := widget.NewButtonWithIcon(lang.X("exchange.sync.button", "Synchroniseer"), theme.ViewRefreshIcon(), x.syncNow)
	syncTool.Importance = widget.HighImportance
	passHint := kit.Hint(lang.X("exchange.pass.hint", "Voor versleutelde bestanden. Ketenregie onthoudt het niet."))
	tools := container.NewBorder(nil, nil,
		container.NewHBox(widget.NewLabel(lang.X("exchange.pass", "Teamwachtwoord")), container.New(&kit.MinWidth{Width: 260}, x.pass)),
		syncTool, passHint)

	x.fileTab = container.NewTabItemWithIcon(lang.X("exchange.tab.file", "Bestand"), theme.FileIcon(), x.buildFileTab())
	x.folderTab = container.NewTabItemWithIcon(lang.X("exchange.tab.folder", "Gedeelde map"), theme.FolderIcon(), x.buildFolderTab())
	x.peersTab = container.NewTabItemWithIcon(lang.X("exchange.tab.peers", "Collega's"), theme.AccountIcon(), x.buildPeersTab())
	x.conflicts = newConflictsView(e)
	x.conflicts.onResolved = func() {
		x.showConflictCount()
		x.RefreshOthers(x)
	}
	x.conflictsTab = container.NewTabItemWithIcon(lang.X("exchange.tab.conflicts", "Conflicten"), theme.WarningIcon(), x.conflicts.content)
	x.tabs = container.NewAppTabs(x.fileTab, x.folderTab, x.peersTab, x.conflictsTab)

	x.content = kit.Page(lang.X("exchange.title", "Uitwisselen"), tools, x.tabs)
	e.GuardTree(x.content)
	x.Refresh()
	return x
}

// Tab is one of the screen's tabs.
type Tab int

// The screen's tabs, in the order they are shown.
const (
	TabFile Tab = iota
	TabFolder
	TabPeers
	TabConflicts
)

// ShowTab brings tab to the front.
func (x *Screen) ShowTab(tab Tab) {
	x.tabs.SelectIndex(int(tab))
}

// showResult reports on the Bestand tab what an export or import did.
func (x *Screen) showResult(l *widget.Label, text string, imp widget.Importance) {
	l.Importance = imp
	l.SetText(text)
	l.Show()
	x.fileBody.Refresh() // a label that was hidden needs its place laid out
}

func (x *Screen) buildFileTab() fyne.CanvasObject {
	label := kit.LabelColumn{Width: 160}.Label
	x.everything = lang.X("exchange.export.all", "Alles (aanbevolen)")
	x.exportWhat = widget.NewSelect([]string{x.everything}, nil)
	x.exportWhat.Selected = x.everything
	x.exportCrypt = widget.NewLabel("")
	x.exportCrypt.Wrapping = fyne.TextWrapWord
	x.exportResult = kit.MessageLabel()
	x.importResult = kit.MessageLabel()
	exportButton := widget.NewButtonWithIcon(lang.X("exchange.export.button", "Bestand maken…"), theme.DocumentSaveIcon(), x.chooseExport)
	exportButton.Importance = widget.HighImportance
	importButton := widget.NewButtonWithIcon(lang.X("exchange.import.button", "Bestand inlezen…"), theme.FolderOpenIcon(), x.chooseImport)
	importButton.Importance = widget.HighImportance

	exportForm := container.New(layout.NewFormLayout(),
		label(lang.X("exchange.export.what", "Inhoud")), x.exportWhat,
		label(lang.X("exchange.export.crypt", "Versleuteling")), x.exportCrypt,
	)
	x.fileBody = container.NewVBox(
		kit.SectionHeading(lang.X("exchange.export.title", "Bestand maken voor collega's")),
		kit.Hint(lang.X("exchange.export.hint",
			"Het bestand bevat alles wat deze database van u en uw collega's weet, of alleen wat één collega nog niet heeft. Stuur het per e-mail of zet het op een USB-stick; uw collega leest het in onder Uitwisselen.")),
		exportForm,
		container.NewHBox(exportButton),
		x.exportResult,
		widget.NewSeparator(),
		kit.SectionHeading(lang.X("exchange.import.title", "Bestand van een collega inlezen")),
		kit.Hint(lang.X("exchange.import.hint",
			"U ziet eerst van wie het bestand komt en hoeveel wijzigingen het bevat; pas als u op Importeren klikt, leest Ketenregie het in. Vooraf maakt Ketenregie een reservekopie. Wat u zelf heeft ingevoerd, gaat nooit verloren: tegelijk gewijzigde velden komen onder Conflicten.")),
		container.NewHBox(importButton),
		x.importResult,
	)
	return container.NewVScroll(container.NewPadded(x.fileBody))
}

func (x *Screen) buildFolderTab() fyne.CanvasObject {
	label := kit.LabelColumn{Width: 160}.Label
	x.folder = widget.NewLabel("")
	x.folder.Wrapping = fyne.TextWrapBreak
	x.lastSync = widget.NewLabel("")
	x.syncResult = container.NewVBox()
	choose := widget.NewButtonWithIcon(lang.X("exchange.folder.choose", "Map kiezen…"), theme.FolderOpenIcon(), func() { x.chooseFolder(nil) })
	syncButton := widget.NewButtonWithIcon(lang.X("exchange.sync.button", "Synchroniseer"), theme.ViewRefreshIcon(), x.syncNow)
	syncButton.Importance = widget.HighImportance
	form := container.New(layout.NewFormLayout(),
		label(lang.X("exchange.folder", "Map")), container.NewBorder(nil, nil, nil, choose, x.folder),
		label(lang.X("exchange.folder.last", "Laatste keer")), x.lastSync,
	)
	body := container.NewVBox(
		kit.SectionHeading(lang.X("exchange.folder.title", "Synchroniseren met een gedeelde map")),
		kit.Hint(lang.X("exchange.folder.hint",
			"Kies een map die u met uw collega's deelt: een netwerkmap, een USB-stick, of een map die OneDrive, Nextcloud of Syncthing bijhoudt. Bij Synchroniseer leest Ketenregie de bestanden van uw collega's in die map en schrijft het bestand van deze computer. Elke computer schrijft alleen zijn eigen bestand.")),
		form,
		container.NewHBox(syncButton),
		x.syncResult,
	)
	return container.NewVScroll(container.NewPadded(body))
}

func (x *Screen) buildPeersTab() fyne.CanvasObject {
	label := kit.LabelColumn{Width: 160}.Label
	x.ownName = widget.NewLabel("")
	x.ownPrint = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Monospace: true})
	x.ownPrint.Selectable = true
	x.peerNote = widget.NewLabel("")
	x.peerNote.Wrapping = fyne.TextWrapWord
	x.peers = kit.NewTableView([]kit.Column{
		{Title: lang.X("exchange.peers.col.name", "Collega (computer)"), Min: 180, Weight: 1},
		{Title: lang.X("exchange.peers.col.print", "Vingerafdruk"), Min: 360, Weight: 0},
		{Title: lang.X("exchange.peers.col.last", "Laatst ingelezen"), Min: 210, Weight: 0}})
	own := container.New(layout.NewFormLayout(),
		label(lang.X("exchange.own.name", "Naam")), x.ownName,
		label(lang.X("exchange.own.print", "Vingerafdruk")), x.ownPrint,
	)
	top := container.NewVBox(
		kit.SectionHeading(lang.X("exchange.own.title", "Deze computer")),
		kit.Hint(lang.X("exchange.own.hint",
			"Collega's zien deze vingerafdruk wanneer zij voor het eerst een bestand van u inlezen. Lees hem bijvoorbeeld aan de telefoon voor, zodat zij weten dat het bestand echt van u komt. De naam wijzigt u onder Instellingen.")),
		own,
		widget.NewSeparator(),
		kit.SectionHeading(lang.X("exchange.peers.title", "Computers van collega's")),
		x.peerNote,
	)
	return container.NewPadded(container.NewBorder(top, nil, nil, nil, x.peers.Content()))
}

func (x *Screen) Content() fyne.CanvasObject { return x.content }

// Refresh rereads the colleagues, this device's identity, the sync folder
// and the conflicts.
func (x *Screen) Refresh() {
	peers, err := x.Store().Peers(x.Ctx())
	if err != nil {
		fyne.LogError("list peers", err)
	}
	x.showExportChoices(peers)
	x.showCrypt()
	x.showPeers(peers)
	x.showFolder()
	x.conflicts.Refresh()
	x.showConflictCount()
}

// showExportChoices offers "everything" and, per known colleague, only
// what that device lacks; the choice survives a refresh.
func (x *Screen) showExportChoices(peers []data.Peer) {
	chosen := x.peerFor[x.exportWhat.Selected]
	x.peerFor = map[string]string{}
	options := []string{x.everything}
	selected := x.everything
	names := map[string]int{}
	for _, p := range peers {
		names[p.Name]++
	}
	for _, p := range peers {
		name := p.Name
		if names[p.Name] > 1 {
			name += " (" + shortFingerprint(p.PublicKey) + ")"
		}
		o := lang.X("exchange.export.for", "Alleen wat {{.Name}} nog niet heeft", map[string]any{"Name": name})
		x.peerFor[o] = p.ID
		options = append(options, o)
		if p.ID == chosen {
			selected = o
		}
	}
	x.exportWhat.SetOptions(options)
	x.exportWhat.SetSelected(selected)
}

// showCrypt says whether the next file will be encrypted.
func (x *Screen) showCrypt() {
	if x.exportCrypt == nil {
		return
	}
	if x.pass.Text != "" {
		x.exportCrypt.Importance = widget.SuccessImportance
		x.exportCrypt.SetText(lang.X("exchange.crypt.on", "Versleuteld met het teamwachtwoord (bovenaan dit scherm)."))
		return
	}
	x.exportCrypt.Importance = widget.WarningImportance
	x.exportCrypt.SetText(lang.X("exchange.crypt.off",
		"Niet versleuteld. Vul bovenaan het teamwachtwoord in, zeker als u het bestand per e-mail verstuurt."))
}

// fingerprint is the readable form of a public key as stored, or "".
func fingerprint(key string) string {
	pub, err := data.DecodeKey(key)
	if err != nil {
		return ""
	}
	return data.Fingerprint(pub)
}

// shortFingerprint is the first group of a fingerprint, to tell apart two
// devices with the same name.
func shortFingerprint(key string) string {
	fp, _, _ := strings.Cut(fingerprint(key), " ")
	return fp
}

// localTime shows an RFC 3339 time as dd-mm-jjjj hh:mm in local time.
func localTime(rfc string) string {
	t, err := time.Parse(time.RFC3339, rfc)
	if err != nil {
		return ""
	}
	return lang.X("exchange.time", "{{.Date}} om {{.Time}}", map[string]any{
		"Date": t.Local().Format("02-01-2006"), "Time": t.Local().Format("15:04")})
}

func (x *Screen) showPeers(peers []data.Peer) {
	own, err := x.Store().Identity(x.Ctx())
	if err != nil {
		fyne.LogError("device name", err)
	}
	x.ownName.SetText(data.ColleagueName(own.Device, own.Person))
	if key, err := x.Store().SigningKey(x.Ctx()); err != nil {
		x.ownPrint.SetText(say.Error(err))
	} else {
		x.ownPrint.SetText(data.Fingerprint(key.Public().(ed25519.PublicKey)))
	}
	names := map[string]string{}
	for _, p := range peers {
		names[p.ID] = data.ColleagueName(p.Name, p.Person)
	}
	rows := make([][]kit.Cell, len(peers))
	for i, p := range peers {
		last := kit.Plain(localTime(p.LastImport))
		if last.Text == "" {
			last = kit.Plain(lang.X("exchange.peers.never", "nog niet"))
		}
		if p.KeyVia != "" {
			// Its key came with a colleague's file: worth a phone call.
			via := names[p.KeyVia]
			if via == "" {
				via = p.KeyVia
			}
			last = kit.Cell{Text: lang.X("exchange.peers.via", "sleutel via {{.Via}}", map[string]any{"Via": via}), Importance: widget.WarningImportance}
		}
		rows[i] = []kit.Cell{kit.Plain(names[p.ID]), kit.Plain(fingerprint(p.PublicKey)), last}
	}
	x.peers.SetRows(rows)
	if len(peers) == 0 {
		x.peerNote.SetText(lang.X("exchange.peers.none",
			"Nog geen. Een collega verschijnt hier zodra u een bestand van die computer heeft ingelezen, of werk van die computer in het bestand van een ander."))
	} else {
		x.peerNote.SetText(lang.X("exchange.peers.hint",
			"Elke computer ondertekent zijn eigen wijzigingen. Een wijziging die zegt van een van deze computers te komen maar met een andere sleutel is ondertekend, weigert Ketenregie, ook als een ander haar doorgeeft. Staat er \"sleutel via\", dan kwam de sleutel met het bestand van die collega en nog niet van de computer zelf: vergelijk de vingerafdruk, bijvoorbeeld aan de telefoon."))
	}
}

func (x *Screen) showFolder() {
	prefs := fyne.CurrentApp().Preferences()
	if dir := prefs.String(prefExchangeFolder); dir != "" {
		x.folder.SetText(dir)
	} else {
		x.folder.SetText(lang.X("exchange.folder.none", "Nog geen map gekozen."))
	}
	if last := localTime(prefs.String(prefExchangeLastSync)); last != "" {
		x.lastSync.SetText(last)
	} else {
		x.lastSync.SetText(lang.X("exchange.folder.never", "Nog niet gesynchroniseerd."))
	}
}

// showConflictCount puts the number of open conflicts in the tab's name.
func (x *Screen) showConflictCount() {
	n := len(x.conflicts.items)
	text := lang.X("exchange.tab.conflicts", "Conflicten")
	if n > 0 {
		text = lang.X("exchange.tab.conflicts.count", "Conflicten ({{.Count}})", map[string]any{"Count": n})
	}
	if x.conflictsTab.Text != text {
		x.conflictsTab.Text = text
		x.tabs.Refresh()
	}
}

// run is env.busy that tells tests when the result is on screen.
func (x *Screen) run(title, text string, work func() error, done func(error)) {
	x.Busy(title, text, work, func(err error) {
		done(err)
		if x.settled != nil {
			x.settled()
		}
	})
}

// changesText is "1 wijziging" or "N wijzigingen".
func changesText(n int) string {
	if n == 1 {
		return lang.X("exchange.changes.one", "1 wijziging")
	}
	return lang.X("exchange.changes", "{{.Count}} wijzigingen", map[string]any{"Count": n})
}

// fileDialog starts a file dialog in the folder last used on this screen.
func rememberFileFolder(u fyne.URI) {
	if u.Scheme() == "file" {
		kit.RememberFolder(prefExchangeFiles, u.Path())
	}
}

// exportName is the suggested name of a file for colleagues:
// "Ketenregie <apparaat> dd-mm-jjjj.ketenregie".
func (x *Screen) exportName() string {
	name, _ := x.Store().DeviceName(x.Ctx())
	name = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`/\:*?"<>|`, r) || r < ' ' {
			return '-'
		}
		return r
	}, strings.TrimSpace(name))
	if name == "" {
		return "Ketenregie " + x.Store().Now().Format("02-01-2006") + bundle.Ext
	}
	return "Ketenregie " + name + " " + x.Store().Now().Format("02-01-2006") + bundle.Ext
}

// chooseExport asks where to save a file for colleagues, then makes it.
func (x *Screen) chooseExport() {
	d := dialog.NewFileSave(kit.Safe2(x.Shell, func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			x.ShowError(err)
			return
		}
		if w == nil {
			return
		}
		u := w.URI()
		rememberFileFolder(u)
		if u.Scheme() != "file" {
			x.export(u.Name(), func(write func(io.Writer) error) error {
				err := write(w)
				if cerr := w.Close(); err == nil {
					err = cerr
				}
				return err
			})
			return
		}
		w.Close() // the dialog made an empty file; the file is written beside it and renamed over it
		path := u.Path()
		if !strings.EqualFold(filepath.Ext(path), bundle.Ext) {
			kit.RemoveIfEmpty(path)
			path += bundle.Ext
		}
		x.ExportFile(path)
	}), x.Window())
	d.SetTitleText(lang.X("exchange.export.dialog", "Bestand voor collega's opslaan"))
	d.SetFileName(x.exportName())
	d.SetFilter(storage.NewExtensionFileFilter([]string{bundle.Ext}))
	kit.ShowFileDialog(d, prefExchangeFiles)
}

// ExportFile writes a file for colleagues to path, atomically, with what
// the screen says: everything or one colleague's share, encrypted when a
// team passphrase is filled in.
func (x *Screen) ExportFile(path string) {
	x.export(filepath.Base(path), func(write func(io.Writer) error) error {
		return atomicfile.WritePrivate(path, write)
	})
}

// export writes a bundle through sink off the UI goroutine and reports.
func (x *Screen) export(name string, sink func(write func(io.Writer) error) error) {
	opt := bundle.WriteOptions{App: x.version, For: x.peerFor[x.exportWhat.Selected], Passphrase: x.pass.Text}
	var m *bundle.Manifest
	x.run(lang.X("exchange.export.busy.title", "Bestand maken"), lang.X("exchange.export.busy", "Ketenregie maakt het bestand voor uw collega's…"),
		func() error {
			return sink(func(w io.Writer) error {
				var err error
				m, err = bundle.Write(x.Ctx(), x.Store(), w, opt)
				return err
			})
		},
		func(err error) {
			if err != nil {
				msg := lang.X("exchange.export.failed", "Het bestand is niet gemaakt: {{.Err}}", map[string]any{"Err": say.Error(err)})
				x.showResult(x.exportResult, msg, widget.DangerImportance)
				dialog.ShowInformation(lang.X("exchange.export.failed.title", "Bestand niet gemaakt"), msg, x.Window())
				return
			}
			msg := lang.X("exchange.export.done", "{{.File}} is gemaakt, met {{.Changes}}.", map[string]any{"File": name, "Changes": changesText(m.Changes)})
			if opt.Passphrase != "" {
				msg += " " + lang.X("exchange.export.done.crypt", "Het is versleuteld met het teamwachtwoord.")
			} else {
				msg += " " + lang.X("exchange.export.done.plain", "Het is niet versleuteld.")
			}
			x.showResult(x.exportResult, msg, widget.SuccessImportance)
			dialog.ShowInformation(lang.X("exchange.export.done.title", "Bestand gemaakt"), msg, x.Window())
		})
}

// importSource is a file to read, which may be read more than once (when a
// passphrase turns out to be needed).
type importSource struct {
	name string
	open func() (io.ReadCloser, error)
}

// chooseImport asks for a colleague's file, then reads it.
func (x *Screen) chooseImport() {
	d := dialog.NewFileOpen(kit.Safe2(x.Shell, func(r fyne.URIReadCloser, err error) {
		if err != nil {
			x.ShowError(err)
			return
		}
		if r == nil {
			return
		}
		r.Close()
		u := r.URI()
		rememberFileFolder(u)
		x.read(importSource{u.Name(), func() (io.ReadCloser, error) { return storage.Reader(u) }}, x.pass.Text)
	}), x.Window())
	d.SetTitleText(lang.X("exchange.import.dialog", "Bestand van een collega openen"))
	d.SetFilter(storage.NewExtensionFileFilter([]string{bundle.Ext}))
	kit.ShowFileDialog(d, prefExchangeFiles)
}

// ImportFile reads a colleague's file and shows who sent it; nothing is
// applied until the coordinator agrees.
func (x *Screen) ImportFile(path string) {
	x.read(importSource{filepath.Base(path), func() (io.ReadCloser, error) { return os.Open(path) }}, x.pass.Text)
}

// read reads and checks a file off the UI goroutine, then shows the
// preview, asks for the passphrase, or says why the file is refused.
func (x *Screen) read(src importSource, pass string) {
	var b *bundle.Bundle
	var info data.KeyInfo
	x.run(lang.X("exchange.read.busy.title", "Bestand controleren"),
		lang.X("exchange.read.busy", "Ketenregie controleert of het bestand heel is en van wie het komt…"),
		func() error {
			r, err := src.open()
			if err != nil {
				return err
			}
			defer r.Close()
			if b, err = bundle.Read(r, bundle.ReadOptions{Passphrase: pass, Held: bundle.HeldBy(x.Ctx(), x.Store())}); err != nil {
				return err
			}
			info, err = x.Store().Recognise(x.Ctx(), b.Manifest.Sender())
			return err
		},
		func(err error) {
			var be *bundle.Error
			switch {
			case errors.As(err, &be) && be.Reason == "passphrase":
				x.askPassphrase(src, pass != "")
			case err != nil:
				x.refused(src.name, err)
			default:
				if b.Encrypted && x.pass.Text == "" {
					x.pass.SetText(pass) // for the next file, this session only
				}
				x.preview(b, info)
			}
		})
}

// askPassphrase asks for the team passphrase of an encrypted file, saying
// so when the last one did not fit.
func (x *Screen) askPassphrase(src importSource, wrong bool) {
	entry := widget.NewPasswordEntry()
	msg := widget.NewLabel(lang.X("exchange.pass.ask", "{{.File}} is versleuteld. Vul het wachtwoord van uw team in om het te openen.", map[string]any{"File": src.name}))
	msg.Wrapping = fyne.TextWrapWord
	content := container.NewVBox(msg, entry)
	if wrong {
		bad := widget.NewLabel(lang.X("exchange.pass.wrong", "Dit wachtwoord past niet bij het bestand. Probeer het opnieuw, of vraag het wachtwoord na bij uw collega."))
		bad.Wrapping = fyne.TextWrapWord
		bad.Importance = widget.DangerImportance
		content.Add(bad)
	}
	d := dialog.NewCustomConfirm(lang.X("exchange.pass.title", "Wachtwoord nodig"), lang.X("exchange.pass.open", "Openen"), lang.L("Cancel"), content,
		kit.Safe1(x.Shell, func(ok bool) {
			if !ok {
				x.showResult(x.importResult, lang.X("exchange.import.cancelled", "{{.File}} is niet ingelezen.", map[string]any{"File": src.name}), widget.MediumImportance)
				return
			}
			x.read(src, entry.Text)
		}), x.Window())
	entry.OnSubmitted = func(string) { d.Confirm() }
	d.Resize(fyne.NewSize(520, d.MinSize().Height))
	d.Show()
	x.Window().Canvas().Focus(entry)
}

// refused says why a file was not read in; nothing was applied.
func (x *Screen) refused(name string, err error) {
	msg := say.Error(err)
	x.showResult(x.importResult, lang.X("exchange.import.refused", "{{.File}} is niet ingelezen: {{.Reason}}", map[string]any{"File": name, "Reason": msg}), widget.DangerImportance)
	dialog.ShowInformation(lang.X("exchange.import.refused.title", "Bestand niet ingelezen"),
		msg+"\n\n"+lang.X("exchange.import.nothing", "Er is niets gewijzigd."), x.Window())
}

// preview shows who sent a file before anything of it is applied.
func (x *Screen) preview(b *bundle.Bundle, info data.KeyInfo) {
	m := b.Manifest
	state := widget.NewLabel("")
	state.Wrapping = fyne.TextWrapWord
	own := m.Device == x.Store().Device()
	switch {
	case own:
		state.SetText(lang.X("exchange.preview.own", "Een bestand van deze computer: inlezen verandert niets."))
	case info.Mismatch:
		state.Importance = widget.DangerImportance
		state.SetText(lang.X("exchange.preview.mismatch",
			"Let op: dit bestand is ondertekend met een andere sleutel dan eerdere bestanden van dit apparaat. Het komt misschien niet van uw collega. Ketenregie leest het niet in; vraag uw collega hoe het bestand is gemaakt."))
	case info.FirstSeen:
		state.Importance = widget.WarningImportance
		state.SetText(lang.X("exchange.preview.first", "Voor het eerst gezien — vergelijk de vingerafdruk met uw collega, bijvoorbeeld aan de telefoon."))
	default:
		state.Importance = widget.SuccessImportance
		state.SetText(lang.X("exchange.preview.known", "Bekend apparaat: dezelfde sleutel als bij eerdere bestanden."))
	}
	label := kit.LabelColumn{Width: 120}.Label
	printLabel := widget.NewLabelWithStyle(info.Fingerprint, fyne.TextAlignLeading, fyne.TextStyle{Monospace: true})
	printLabel.Selectable = true
	crypt := lang.X("exchange.preview.plain", "nee")
	if b.Encrypted {
		crypt = lang.X("exchange.preview.crypt", "ja, met het teamwachtwoord")
	}
	form := container.New(layout.NewFormLayout(),
		label(lang.X("exchange.preview.from", "Van")), widget.NewLabelWithStyle(info.Name, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		label(lang.X("exchange.preview.print", "Vingerafdruk")), printLabel,
		layout.NewSpacer(), state,
		label(lang.X("exchange.preview.created", "Gemaakt op")), widget.NewLabel(localTime(m.Created)),
		label(lang.X("exchange.preview.changes", "Wijzigingen")), widget.NewLabel(fmt.Sprint(m.Changes)),
		label(lang.X("exchange.preview.encrypted", "Versleuteld")), widget.NewLabel(crypt),
	)
	content := container.NewVBox(form)
	for _, r := range info.Relayed {
		// Work of a colleague this file passes on, whose key is new here.
		text := lang.X("exchange.preview.relayed", "Het bestand geeft ook werk van {{.Name}} door. Die sleutel komt via dit bestand: vergelijk de vingerafdruk {{.Print}} met die collega.",
			map[string]any{"Name": r.Name, "Print": r.Fingerprint})
		importance := widget.WarningImportance
		if r.Mismatch {
			text = lang.X("exchange.preview.relayed.mismatch", "Let op: het bestand geeft werk van {{.Name}} door, ondertekend met een andere sleutel dan eerder van dat apparaat. Ketenregie leest het niet in.",
				map[string]any{"Name": r.Name})
			importance = widget.DangerImportance
		}
		l := widget.NewLabel(text)
		l.Wrapping = fyne.TextWrapWord
		l.Importance = importance
		content.Add(l)
	}
	if m.For != "" && m.For != x.Store().Device() && !own {
		note := kit.Hint(lang.X("exchange.preview.for",
			"Dit bestand is gemaakt voor een andere computer en bevat alleen wat die nog niet had. Mist deze database eerdere wijzigingen, dan weigert Ketenregie het; vraag dan om een volledig bestand."))
		content.Add(note)
	}
	title := lang.X("exchange.preview.title", "Bestand van een collega")
	if info.Mismatch {
		d := dialog.NewCustom(title, lang.X("exchange.preview.close", "Sluiten"), content, x.Window())
		d.Resize(fyne.NewSize(640, d.MinSize().Height))
		d.Show()
		x.showResult(x.importResult, lang.X("exchange.import.mismatch", "Een bestand van {{.Name}} met een andere sleutel is niet ingelezen.", map[string]any{"Name": info.Name}), widget.DangerImportance)
		return
	}
	d := dialog.NewCustomConfirm(title, lang.X("exchange.preview.import", "Importeren"), lang.L("Cancel"), content, kit.Safe1(x.Shell, func(ok bool) {
		if ok {
			x.apply(b)
		}
	}), x.Window())
	d.Resize(fyne.NewSize(640, d.MinSize().Height))
	d.Show()
}

// apply imports a read file, after a backup, in one transaction, then
// reports what changed and refreshes every screen.
func (x *Screen) apply(b *bundle.Bundle) {
	var rep data.ApplyReport
	x.run(lang.X("exchange.import.busy.title", "Inlezen"), lang.X("exchange.import.busy", "Ketenregie maakt een reservekopie en leest de wijzigingen in…"),
		func() error {
			var err error
			rep, err = bundle.Import(x.Ctx(), x.Store(), b)
			return err
		},
		func(err error) {
			if err != nil {
				x.refused(b.Manifest.Name, err)
				return
			}
			msg := lang.X("exchange.import.done", "Ingelezen van {{.Name}}: {{.Report}}", map[string]any{"Name": b.Manifest.Name, "Report": bundle.ReportText(rep)})
			x.showResult(x.importResult, msg, widget.SuccessImportance)
			x.Refresh()
			x.RefreshOthers(x)
			title := lang.X("exchange.import.done.title", "Bestand ingelezen")
			if n := len(x.conflicts.items); n > 0 {
				d := dialog.NewConfirm(title, msg+"\n\n"+lang.X("exchange.import.conflicts", "Er zijn {{.Count}} open conflicten: velden die u en een collega tegelijk hebben gewijzigd. Kies per veld welke waarde blijft.", map[string]any{"Count": n}),
					kit.Safe1(x.Shell, func(ok bool) {
						if ok {
							x.tabs.Select(x.conflictsTab)
						}
					}), x.Window())
				d.SetConfirmText(lang.X("exchange.import.show", "Conflicten bekijken"))
				d.SetDismissText(lang.X("exchange.preview.close", "Sluiten"))
				d.Show()
				return
			}
			dialog.ShowInformation(title, msg, x.Window())
		})
}

// chooseFolder asks for the sync folder and remembers it; then, when set,
// runs after a folder was chosen.
func (x *Screen) chooseFolder(then func()) {
	d := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
		if err != nil {
			x.ShowError(err)
			return
		}
		if u == nil {
			return
		}
		if u.Scheme() != "file" {
			dialog.ShowInformation(lang.X("exchange.folder.title", "Synchroniseren met een gedeelde map"),
				lang.X("exchange.folder.local", "Kies een map op deze computer, een netwerkschijf of een USB-stick."), x.Window())
			return
		}
		x.SetFolder(u.Path())
		if then != nil {
			then()
		}
	}, x.Window())
	d.SetTitleText(lang.X("exchange.folder.dialog", "Gedeelde map kiezen"))
	kit.ShowFileDialog(d, prefExchangeFolder)
}

// SetFolder makes dir the sync folder.
func (x *Screen) SetFolder(dir string) {
	fyne.CurrentApp().Preferences().SetString(prefExchangeFolder, dir)
	x.showFolder()
}

// syncNow syncs with the chosen folder, asking for one first if need be.
func (x *Screen) syncNow() {
	x.tabs.Select(x.folderTab)
	dir := fyne.CurrentApp().Preferences().String(prefExchangeFolder)
	if dir == "" {
		x.chooseFolder(x.syncNow)
		return
	}
	x.SyncFolder(dir)
}

// SyncFolder imports every colleague's file in dir that holds something
// new and writes this device's file there, off the UI goroutine.
func (x *Screen) SyncFolder(dir string) {
	var res bundle.SyncResult
	pass := x.pass.Text
	x.run(lang.X("exchange.sync.busy.title", "Synchroniseren"),
		lang.X("exchange.sync.busy", "Ketenregie leest de bestanden van uw collega's in de map en schrijft het bestand van deze computer…"),
		func() error {
			var err error
			res, err = bundle.Sync(x.Ctx(), x.Store(), dir, pass, x.version)
			return err
		},
		func(err error) {
			if err == nil {
				fyne.CurrentApp().Preferences().SetString(prefExchangeLastSync, x.Store().Now().UTC().Format(time.RFC3339))
			}
			x.Refresh()
			x.RefreshOthers(x)
			x.showSyncResult(res, err)
		})
}

// showSyncResult lists what a sync did, file by file.
func (x *Screen) showSyncResult(res bundle.SyncResult, err error) {
	x.syncResult.RemoveAll()
	line := func(text string, imp widget.Importance) {
		l := widget.NewLabel(text)
		l.Wrapping = fyne.TextWrapWord
		l.Importance = imp
		x.syncResult.Add(l)
	}
	x.syncResult.Add(widget.NewSeparator())
	x.syncResult.Add(widget.NewLabelWithStyle(lang.X("exchange.sync.result", "Resultaat"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	if len(res.Imported) == 0 && err == nil {
		line(lang.X("exchange.sync.nothing", "Geen nieuwe wijzigingen van collega's."), widget.MediumImportance)
	}
	for _, l := range res.Imported {
		line(lang.X("exchange.sync.imported", "Ingelezen: {{.Line}}", map[string]any{"Line": l}), widget.SuccessImportance)
	}
	for _, s := range res.Skips { // in file name order
		line(lang.X("exchange.sync.skipped", "Overgeslagen: {{.Line}}", map[string]any{"Line": say.Skip(s)}), widget.WarningImportance)
	}
	if err != nil {
		line(lang.X("exchange.sync.failed", "Het bestand van deze computer is niet geschreven: {{.Err}}", map[string]any{"Err": say.Error(err)}), widget.DangerImportance)
	} else {
		line(lang.X("exchange.sync.written", "Geschreven: {{.File}} ({{.Changes}})", map[string]any{"File": res.Written, "Changes": changesText(res.Changes)}), widget.MediumImportance)
	}
	if n := len(x.conflicts.items); n > 0 {
		l := widget.NewButtonWithIcon(lang.X("exchange.sync.conflicts", "{{.Count}} open conflicten bekijken", map[string]any{"Count": n}), theme.WarningIcon(),
			func() { x.tabs.Select(x.conflictsTab) })
		x.syncResult.Add(container.NewHBox(l))
	}
}

// OpenRecord shows an open conflict: kind "conflict", id its conflict id.
func (x *Screen) OpenRecord(kind, id string) {
	if kind != "conflict" {
		return
	}
	x.tabs.Select(x.conflictsTab)
	x.conflicts.open(id)
}

// Dirty reports an edited but unsaved merge of a conflict.
func (x *Screen) Dirty() bool { return x.conflicts.dirty() }

// WhenDiscarded asks before an unsaved merge is thrown away.
func (x *Screen) WhenDiscarded(then, cancel func()) { x.conflicts.whenDiscarded(then, cancel) }

// Shortcut: Ctrl+S saves the resolution of the conflict on screen.
func (x *Screen) Shortcut(key fyne.KeyName) bool {
	if x.tabs.Selected() == x.conflictsTab {
		return x.conflicts.shortcut(key)
	}
	return false
}
