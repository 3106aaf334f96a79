package exchange

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"ketenregie/app/kit/kittest"
	"ketenregie/data"
)

// concurrent makes a record on anne, gives it to bram, lets both change it
// without knowing of the other's change, and exchanges both ways: the
// changed fields are then in conflict on both computers.
func concurrent(t *testing.T, anne, bram *data.Store, kind string, start, byAnne, byBram map[string]string) string {
	t.Helper()
	ctx := context.Background()
	id, err := anne.Create(ctx, kind, start)
	if err != nil {
		t.Fatal(err)
	}
	sendAll(t, anne, bram)
	if err := anne.Update(ctx, kind, id, byAnne); err != nil {
		t.Fatal(err)
	}
	if err := bram.Update(ctx, kind, id, byBram); err != nil {
		t.Fatal(err)
	}
	sendAll(t, anne, bram)
	sendAll(t, bram, anne)
	return id
}

func openConflicts(t *testing.T, s *data.Store) []data.Conflict {
	t.Helper()
	cs, err := s.Conflicts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return cs
}

func TestConflictShortFieldResolvedByPicking(t *testing.T) {
	ctx := context.Background()
	anne, bram := newDevice(t, "Laptop Anne"), newDevice(t, "Laptop Bram")
	id := concurrent(t, anne, bram, "contact",
		map[string]string{"name": "Jan Jansen", "email": "jan@hoorn.nl", "role": "ketenregisseur"},
		map[string]string{"email": "j.jansen@hoorn.nl", "role": "aandachtsfunctionaris"},
		map[string]string{"email": "jan.jansen@hoorn.nl", "role": "beleidsadviseur-oov"})
	if n := len(openConflicts(t, bram)); n != 2 {
		t.Fatalf("%d conflicts, want 2 (e-mail and role)", n)
	}
	a := test.NewTempApp(t)
	x, _ := exchangeOn(t, a, bram)
	if x.conflictsTab.Text != "Conflicten (2)" {
		t.Errorf("the tab says %q", x.conflictsTab.Text)
	}
	var email, role conflictItem
	for _, it := range x.conflicts.items {
		switch it.c.Field {
		case "email":
			email = it
		case "role":
			role = it
		}
		if it.title != "Jan Jansen" || it.kind.Label != "contactpersoon" {
			t.Errorf("conflict listed as %q (%s)", it.title, it.kind.Label)
		}
	}

	// A choice field shows its labels, not its codes.
	x.OpenRecord("conflict", role.c.ID)
	if x.tabs.Selected() != x.conflictsTab || x.conflicts.shown == nil || x.conflicts.shown.item.c.ID != role.c.ID {
		t.Fatal("OpenRecord(conflict) does not show the conflict")
	}
	options := strings.Join(x.conflicts.shown.choice.Options, "\n")
	for _, want := range []string{"Aandachtsfunctionaris mensenhandel   (van Laptop Anne", "Beleidsadviseur OOV   (van deze computer"} {
		if !strings.Contains(options, want) {
			t.Errorf("the role's values lack %q:\n%s", want, options)
		}
	}
	if !strings.Contains(options, "nu getoond") {
		t.Errorf("the provisional value is not marked:\n%s", options)
	}

	x.OpenRecord("conflict", email.c.ID)
	d := x.conflicts.shown
	if d.proposal != nil || d.choice == nil {
		t.Fatal("a short field does not offer a choice")
	}
	if !d.keep.Disabled() {
		t.Error("Deze waarde houden is enabled before a value is chosen")
	}
	if text := labelsIn(d.content); !strings.Contains(text, "Contactpersoon: Jan Jansen") || !strings.Contains(text, "Veld: e-mail") {
		t.Errorf("the conflict does not say what it is about:\n%s", text)
	}
	var anneOption string
	for _, o := range d.choice.Options {
		if strings.HasPrefix(o, "j.jansen@hoorn.nl   (van Laptop Anne") {
			anneOption = o
		}
	}
	if anneOption == "" {
		t.Fatalf("Anne's value is not offered: %q", d.choice.Options)
	}
	d.choice.SetSelected(anneOption)
	test.Tap(d.keep)

	r, err := bram.Get(ctx, "contact", id)
	if err != nil {
		t.Fatal(err)
	}
	if r.Get("email") != "j.jansen@hoorn.nl" {
		t.Errorf("e-mail after resolving: %q", r.Get("email"))
	}
	left := openConflicts(t, bram)
	if len(left) != 1 || left[0].Field != "role" {
		t.Errorf("open after resolving the e-mail: %+v", left)
	}
	if !strings.Contains(x.conflicts.status.Text, "Opgelost: e-mail van Jan Jansen") || x.conflictsTab.Text != "Conflicten (1)" {
		t.Errorf("after resolving: status %q, tab %q", x.conflicts.status.Text, x.conflictsTab.Text)
	}
	if x.conflicts.shown == nil || x.conflicts.shown.item.c.Field != "role" {
		t.Error("the next conflict is not shown after resolving one")
	}

	// Ctrl+S keeps the chosen value too.
	x.conflicts.shown.choice.SetSelected(x.conflicts.shown.choice.Options[1])
	x.Shortcut(fyne.KeyS)
	if n := len(openConflicts(t, bram)); n != 0 || len(x.conflicts.items) != 0 || x.conflictsTab.Text != "Conflicten" {
		t.Errorf("after Ctrl+S: %d conflicts in the store, %d listed, tab %q", n, len(x.conflicts.items), x.conflictsTab.Text)
	}
	if !strings.Contains(labelsIn(x.conflicts.detail), "Er zijn geen open conflicten") {
		t.Errorf("with no conflicts left the view says:\n%s", labelsIn(x.conflicts.detail))
	}

	// The resolution travels and closes the conflicts on Anne's computer.
	sendAll(t, bram, anne)
	if n := len(openConflicts(t, anne)); n != 0 {
		t.Errorf("Anne still has %d conflicts", n)
	}
	if r, _ := anne.Get(ctx, "contact", id); r.Get("email") != "j.jansen@hoorn.nl" {
		t.Errorf("Anne's e-mail after the exchange: %q", r.Get("email"))
	}
}

func TestConflictLongTextMergedAndSavedExactly(t *testing.T) {
	ctx := context.Background()
	anne, bram := newDevice(t, "Laptop Anne"), newDevice(t, "Laptop Bram")
	base := "Eerste regel over signalering.\nTweede regel blijft.\n\tDerde regel, ingesprongen."
	theirs := "Eerste regel over signalering door wijkagenten.\nTweede regel blijft.\n\tDerde regel, ingesprongen."
	mine := "Eerste regel over signalering.\nTweede regel blijft.\n\tDerde regel, ingesprongen, met handhaving."
	id := concurrent(t, anne, bram, "contact",
		map[string]string{"name": "Els de Boer", "notes": base},
		map[string]string{"notes": theirs}, map[string]string{"notes": mine})
	cs := openConflicts(t, bram)
	if len(cs) != 1 || cs[0].Field != "notes" {
		t.Fatalf("conflicts: %+v", cs)
	}
	a := test.NewTempApp(t)
	x, w := exchangeOn(t, a, bram)
	x.OpenRecord("conflict", cs[0].ID)
	d := x.conflicts.shown
	if d == nil || d.proposal == nil {
		t.Fatal("a long text does not show the side-by-side view")
	}
	text := labelsIn(d.content)
	for _, want := range []string{"Gemeenschappelijke basis", "Mijn versie", "Hun versie", "Laptop Anne", "deze computer",
		base, mine, theirs, "Voorstel", "samengevoegd"} {
		if !strings.Contains(text, want) {
			t.Errorf("the conflict view lacks %q:\n%s", want, text)
		}
	}
	if labelOrder := strings.Index(text, "Mijn versie") < strings.Index(text, "Hun versie"); !labelOrder {
		t.Error("Hun versie comes before Mijn versie")
	}
	merged := "Eerste regel over signalering door wijkagenten.\nTweede regel blijft.\n\tDerde regel, ingesprongen, met handhaving."
	if d.proposal.Text != merged {
		t.Errorf("the proposal is\n%q\nwant the line merge\n%q", d.proposal.Text, merged)
	}
	if x.Dirty() {
		t.Error("an untouched proposal counts as unsaved")
	}

	// The coordinator edits the proposal: white space and all is kept.
	final := merged + "\n\n  Nieuwe alinea — met één accent en  twee spaties."
	d.proposal.SetText(final)
	if !x.Dirty() {
		t.Error("an edited proposal does not count as unsaved")
	}
	d.proposal.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault})
	if cs := openConflicts(t, bram); len(cs) != 0 {
		t.Fatalf("still open after saving: %+v", cs)
	}
	r, err := bram.Get(ctx, "contact", id)
	if err != nil {
		t.Fatal(err)
	}
	if r.Get("notes") != final {
		t.Errorf("saved notes\n%q\nwant byte for byte\n%q", r.Get("notes"), final)
	}
	if x.Dirty() || w.Canvas().Overlays().Top() != nil {
		t.Errorf("after saving: dirty %v, dialog %q", x.Dirty(), kittest.DialogText(w))
	}
	sendAll(t, bram, anne)
	if r, _ := anne.Get(ctx, "contact", id); r.Get("notes") != final || len(openConflicts(t, anne)) != 0 {
		t.Errorf("Anne has %q after the exchange", r.Get("notes"))
	}
}

func TestConflictLongTextWithoutSafeMergeShowsBoth(t *testing.T) {
	anne, bram := newDevice(t, "Laptop Anne"), newDevice(t, "Laptop Bram")
	concurrent(t, anne, bram, "organisation",
		map[string]string{"name": "Veilig Thuis", "type": "veilig-thuis", "notes": "Overleg elke maand."},
		map[string]string{"notes": "Overleg elke week."}, map[string]string{"notes": "Overleg elke twee weken."})
	a := test.NewTempApp(t)
	x, w := exchangeOn(t, a, bram)
	if len(x.conflicts.items) != 1 {
		t.Fatalf("conflicts listed: %d", len(x.conflicts.items))
	}
	x.conflicts.list.Select(0)
	d := x.conflicts.shown
	if d.proposal.Text != "Overleg elke twee weken.\n\nOverleg elke week." {
		t.Errorf("the proposal is %q, want mine and theirs one after the other", d.proposal.Text)
	}
	if !strings.Contains(labelsIn(d.content), "beide versies na elkaar") {
		t.Errorf("the view does not say the proposal holds both versions:\n%s", labelsIn(d.content))
	}
	test.Tap(kittest.FindButton(t, d.content, "Hun versie"))
	if d.proposal.Text != "Overleg elke week." {
		t.Errorf("Hun versie puts %q in the proposal", d.proposal.Text)
	}
	test.Tap(kittest.FindButton(t, d.content, "Mijn versie"))
	if d.proposal.Text != "Overleg elke twee weken." {
		t.Errorf("Mijn versie puts %q in the proposal", d.proposal.Text)
	}
	discarded := false
	x.WhenDiscarded(func() { discarded = true }, nil)
	if discarded || !strings.Contains(kittest.DialogText(w), "niet opgeslagen") {
		t.Errorf("leaving an edited proposal does not ask: %q", kittest.DialogText(w))
	}
	test.Tap(kittest.DialogButton(t, w, "Weggooien"))
	if !discarded {
		t.Error("Weggooien does not go on")
	}
}

// The proposal is the merge where data/merge3 finds one (its tests hold
// the merge itself), and both versions one after the other where it does
// not or there is no common base.
func TestMergeProposal(t *testing.T) {
	for _, c := range []struct {
		name               string
		base               string
		hasBase            bool
		mine, theirs, want string
		merged             bool
	}{
		{"lines", "a\nb\nc", true, "A\nb\nc", "a\nb\nC", "A\nb\nC", true},
		{"sentences of one paragraph", "Een. Twee. Drie.", true, "Eén. Twee. Drie.", "Een. Twee. Drie!", "Eén. Twee. Drie!", true},
		{"one side unchanged", "x", true, "x", "z", "z", true},
		{"same sentence", "Een twee.", true, "Een drie.", "Een vier.", "Een drie.\n\nEen vier.", false},
		{"adjacent line and an added one", "a\nb", true, "A\nb", "a\nB\nc", "A\nb\n\na\nB\nc", false},
		{"no base", "", false, "mijn", "hun", "mijn\n\nhun", false},
		{"no base, one side empty", "", false, "", "hun", "hun", false},
		{"insertions at one place", "a\nc", true, "a\nb1\nc", "a\nb2\nc", "a\nb1\nc\n\na\nb2\nc", false},
	} {
		got, merged := mergeProposal(c.base, c.hasBase, c.mine, c.theirs)
		if got != c.want || merged != c.merged {
			t.Errorf("%s: got %q (merged %v), want %q (%v)", c.name, got, merged, c.want, c.merged)
		}
	}
}

func TestDeletedElsewhereKeptOrDeleted(t *testing.T) {
	ctx := context.Background()
	anne, bram := newDevice(t, "Laptop Anne"), newDevice(t, "Laptop Bram")
	var ids []string
	for _, n := range []string{"Jan Jansen", "Piet Bakker"} {
		id, _ := anne.Create(ctx, "contact", map[string]string{"name": n})
		ids = append(ids, id)
	}
	sendAll(t, anne, bram)
	for _, id := range ids {
		anne.Delete(ctx, "contact", id)
		bram.Update(ctx, "contact", id, map[string]string{"notes": "Nieuw nummer volgt"})
	}
	sendAll(t, anne, bram)
	a := test.NewTempApp(t)
	x, _ := exchangeOn(t, a, bram)
	if len(x.conflicts.items) != 2 {
		t.Fatalf("%d conflicts listed, want the 2 records deleted elsewhere", len(x.conflicts.items))
	}
	x.conflicts.show(0)
	first := x.conflicts.items[0].c.RecordID
	test.Tap(kittest.FindButton(t, x.conflicts.shown.content, "Behouden"))
	if _, err := bram.Get(ctx, "contact", first); err != nil {
		t.Errorf("Behouden lost the record: %v", err)
	}
	second := x.conflicts.items[0].c.RecordID
	x.conflicts.show(0)
	test.Tap(kittest.FindButton(t, x.conflicts.shown.content, "Verwijderen"))
	if _, err := bram.Get(ctx, "contact", second); !data.IsNotFound(err) {
		t.Errorf("Verwijderen kept the record: %v", err)
	}
	if cs := openConflicts(t, bram); len(cs) != 0 {
		t.Errorf("still open: %+v", cs)
	}
}
