package app

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ketenregie/app/kit"
	"ketenregie/app/kit/kittest"
	"ketenregie/data"
)

func openSettings(t *testing.T, m *MainWindow) *settingsScreen {
	t.Helper()
	m.Show("instellingen")
	return m.screens["instellingen"].(*settingsScreen)
}

func TestSettingsRenameDevice(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, false)
	m := newWindow(t, s)
	st := openSettings(t, m)
	if st.device.Text != "test" || !st.deviceSave.Disabled() {
		t.Fatalf("device field %q, save disabled %v", st.device.Text, st.deviceSave.Disabled())
	}
	st.device.SetText("")
	test.Tap(st.deviceSave)
	if name, _ := s.DeviceName(ctx); name != "test" {
		t.Errorf("an empty name was stored: %q", name)
	}
	if !st.deviceMsg.Visible() || st.deviceMsg.Importance != widget.DangerImportance || !strings.Contains(st.deviceMsg.Text, "vul een naam in") {
		t.Errorf("no Dutch error for an empty name: %q", st.deviceMsg.Text)
	}
	st.device.SetText("Laptop Hoorn")
	if !st.Dirty() {
		t.Error("a changed name is not unsaved")
	}
	st.device.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault})
	if name, _ := s.DeviceName(ctx); name != "Laptop Hoorn" {
		t.Errorf("Ctrl+S stored %q", name)
	}
	if st.Dirty() || !st.deviceSave.Disabled() {
		t.Errorf("still unsaved after saving: dirty %v, save enabled %v, field %q, loaded %q", st.Dirty(), !st.deviceSave.Disabled(), st.device.Text, st.loaded.Device)
	}
}

func TestSettingsThemeAndLanguageAreRemembered(t *testing.T) {
	s := newStore(t, false)
	m := newWindow(t, s)
	st := openSettings(t, m)
	st.themeGroup.SetSelected("Donker")
	if got := m.app.Preferences().String(prefTheme); got != themeDark {
		t.Errorf("theme preference %q", got)
	}
	bg := m.app.Settings().Theme().Color(theme.ColorNameBackground, theme.VariantLight)
	if r, g, b, _ := bg.RGBA(); r > 0x8000 || g > 0x8000 || b > 0x8000 {
		t.Errorf("dark theme chosen but the background is light: %v", bg)
	}
	st.themeGroup.SetSelected("Licht")
	bg = m.app.Settings().Theme().Color(theme.ColorNameBackground, theme.VariantDark)
	if r, _, _, _ := bg.RGBA(); r < 0x8000 {
		t.Errorf("light theme chosen but the background is dark: %v", bg)
	}
	st.language.SetSelected("English")
	if got := m.app.Preferences().String(prefLanguage); got != "en" {
		t.Errorf("language preference %q", got)
	}
	if !strings.Contains(st.langNote.Text, "volgende keer") {
		t.Errorf("no note that the language changes at the next start: %q", st.langNote.Text)
	}
}

func TestDeletedRecordsCanBeRestored(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, true)
	m := newWindow(t, s)
	plans, _ := s.List(ctx, "plan")
	plan := plans[0]
	sections, _ := s.ListWhere(ctx, "section", "plan_id", plan.ID)
	if err := s.Delete(ctx, "plan", plan.ID); err != nil {
		t.Fatal(err)
	}
	st := openSettings(t, m)
	var restore *widget.Button
	for _, o := range test.LaidOutObjects(st.deleted) {
		if l, ok := o.(*widget.Label); ok && strings.Contains(l.Text, plan.Get("title")) && !strings.Contains(l.Text, "Beleidsplan "+plan.Get("title")) {
			if !strings.HasPrefix(l.Text, "Beleidsplan ") {
				t.Errorf("deleted row %q does not say what it is", l.Text)
			}
		}
		if b, ok := o.(*widget.Button); ok && b.Text == "Terugzetten" {
			restore = b
		}
	}
	if restore == nil {
		t.Fatal("no Terugzetten button for the deleted plan")
	}
	test.Tap(restore)
	if _, err := s.Get(ctx, "plan", plan.ID); err != nil {
		t.Fatalf("plan not restored: %v", err)
	}
	if back, _ := s.ListWhere(ctx, "section", "plan_id", plan.ID); len(back) != len(sections) {
		t.Errorf("%d of %d chapters came back", len(back), len(sections))
	}
	if m.current != "beleidsplannen" {
		t.Errorf("after restoring, the window shows %q, not the plan", m.current)
	}
	if del, _ := s.Deleted(ctx, restorableKinds...); len(del) != 0 {
		t.Errorf("still deleted: %+v", del)
	}
	_ = data.FieldExists
}

func TestWindowRemembersSizeAndScreen(t *testing.T) {
	s := newStore(t, false)
	a := test.NewTempApp(t)
	m := NewMainWindow(a, s)
	m.Show("ketenafspraken")
	m.Window().Resize(fyne.NewSize(1500, 900))
	m.closeRequested()

	m2 := NewMainWindow(a, s)
	t.Cleanup(m2.Window().Close)
	if m2.current != "ketenafspraken" {
		t.Errorf("opened on %q, want the last screen ketenafspraken", m2.current)
	}
	if got := m2.Window().Canvas().Size(); got.Width != 1500 || got.Height != 900 {
		t.Errorf("opened at %v, want 1500x900", got)
	}
}

func TestRestoreBackupFromSettings(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, false)
	kept, _ := s.Create(ctx, "contact", map[string]string{"name": "Voor de reservekopie"})
	if _, err := s.Backup(ctx, "handmatig", 10); err != nil {
		t.Fatal(err)
	}
	later, _ := s.Create(ctx, "contact", map[string]string{"name": "Na de reservekopie"})
	m := newWindow(t, s)
	st := openSettings(t, m)
	var restore *widget.Button
	for _, o := range test.LaidOutObjects(st.backupList) {
		if b, ok := o.(*widget.Button); ok && b.Text == "Terugzetten" {
			restore = b
		}
	}
	if restore == nil {
		t.Fatal("no Terugzetten next to the backup")
	}
	test.Tap(restore)
	if !strings.Contains(kittest.DialogText(m.Window()), "eerst een reservekopie") {
		t.Errorf("the question does not say a backup is made first: %q", kittest.DialogText(m.Window()))
	}
	// The restore runs off the UI goroutine; a signal an earlier test's
	// work left behind must not pass for its end.
	drain(checkDone)
	busyThen(t, m, func() { test.Tap(kittest.DialogButton(t, m.Window(), "Terugzetten")) })
	// The database is checked again after a restore, in the background.
	select {
	case <-checkDone:
	case <-time.After(30 * time.Second):
		t.Fatal("the database was not checked after the restore")
	}
	if _, err := s.Get(ctx, "contact", later); !data.IsNotFound(err) {
		t.Fatalf("the backup was not restored: %v", err)
	}
	if _, err := s.Get(ctx, "contact", kept); err != nil {
		t.Errorf("the contact from before the backup is gone: %v", err)
	}
}

// TestStatusTextReadable checks that red, orange and green text (errors,
// dates due, saved) stays readable on the background in both variants.
func TestStatusTextReadable(t *testing.T) {
	a := test.NewTempApp(t)
	for _, name := range []string{themeLight, themeDark} {
		applyTheme(a, name)
		th := a.Settings().Theme()
		bg := th.Color(theme.ColorNameBackground, theme.VariantLight)
		for _, c := range []fyne.ThemeColorName{theme.ColorNameError, theme.ColorNameWarning, theme.ColorNameSuccess} {
			if r := contrast(th.Color(c, theme.VariantLight), bg); r < 4.5 {
				t.Errorf("%s theme: %s text has contrast %.2f, want at least 4.5", name, c, r)
			}
		}
	}
}

func TestThemeChangeRebuildsHiddenScreensButKeepsEdits(t *testing.T) {
	s := newStore(t, true)
	m := newWindow(t, s)
	m.Show("organisaties")
	c := openContacts(t, m)
	c.view.list.Select(0)
	test.Type(c.notes, "half getypt")
	st := openSettings(t, m)
	st.themeGroup.SetSelected("Licht")
	if _, ok := m.screens["organisaties"]; ok {
		t.Error("a hidden screen without edits was kept in the old theme")
	}
	if m.screens["contacten"] != c || !c.Dirty() {
		t.Error("a screen with unsaved edits was dropped")
	}
	m.Show("organisaties") // built again
	if _, ok := m.screens["organisaties"]; !ok {
		t.Error("the screen was not built again")
	}
}

// TestFirstStartAsksWhoWorksHere: until the coordinator has confirmed
// them once, the start asks for their name and this computer's, prefilled
// with the host name, says colleagues will see them, refuses an empty
// computer name without closing, and saves both. Later asks again next time.
func TestFirstStartAsksWhoWorksHere(t *testing.T) {
	ctx := context.Background()
	s := newStore(t, false)
	m := newWindow(t, s)
	answered := 0
	m.askIdentity(func() { answered++ })
	text := kittest.DialogText(m.Window())
	if !strings.Contains(text, "Collega's met wie u gegevens uitwisselt, zien bij elke wijziging van u deze twee namen") {
		t.Fatalf("the first start does not say colleagues see the names: %q", text)
	}
	var entries []*kit.TextEntry
	for _, o := range test.LaidOutObjects(m.Window().Canvas().Overlays().Top()) {
		if e, ok := o.(*kit.TextEntry); ok {
			entries = append(entries, e)
		}
	}
	if len(entries) != 2 {
		t.Fatalf("%d entries in the question, want the person's and the computer's", len(entries))
	}
	person, device := entries[0], entries[1]
	own, _ := s.Identity(ctx)
	if person.Text != "" || device.Text != own.Device {
		t.Errorf("prefilled with %q and %q, want empty and %q", person.Text, device.Text, own.Device)
	}
	test.Tap(kittest.DialogButton(t, m.Window(), "Later"))
	if answered != 1 {
		t.Fatalf("Later did not go on (%d)", answered)
	}
	if id, _ := s.Identity(ctx); id.Confirmed {
		t.Error("Later counted as an answer")
	}

	m.askIdentity(func() { answered++ })
	entries = entries[:0]
	for _, o := range test.LaidOutObjects(m.Window().Canvas().Overlays().Top()) {
		if e, ok := o.(*kit.TextEntry); ok {
			entries = append(entries, e)
		}
	}
	person, device = entries[0], entries[1]
	person.SetText("Renée Hoekstra")
	device.SetText("  ")
	test.Tap(kittest.DialogButton(t, m.Window(), "Opslaan"))
	if answered != 1 || !strings.Contains(kittest.DialogText(m.Window()), "vul een naam in") {
		t.Fatalf("an empty computer name closed the question (%d) or went unexplained: %q", answered, kittest.DialogText(m.Window()))
	}
	device.SetText("Laptop regio West-Friesland")
	test.Tap(kittest.DialogButton(t, m.Window(), "Opslaan"))
	if answered != 2 {
		t.Fatalf("saving did not go on (%d)", answered)
	}
	want := data.Identity{Device: "Laptop regio West-Friesland", Person: "Renée Hoekstra", Confirmed: true}
	if id, _ := s.Identity(ctx); id != want {
		t.Errorf("stored %+v, want %+v", id, want)
	}
	m.askIdentity(func() { answered++ })
	if answered != 3 || m.Window().Canvas().Overlays().Top() != nil {
		t.Error("asked again after the names were confirmed")
	}
}
