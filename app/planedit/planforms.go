package planedit

// Helpers the Beleidsplannen screen shares between its list, its editor and
// its dialogs: the scope of a plan (a municipality or a cluster), a form
// dialog that stays open until the store accepts what was typed, placing a
// record among its ordered siblings, and the names of records.

import (
	"context"
	"errors"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ketenregie/app/kit"
	"ketenregie/app/say"
	"ketenregie/data"
)

// scope is what a plan is for: a municipality or a cluster.
type scope struct {
	kind, id, name string
}

// scopes are the municipalities and clusters a plan can be written for,
// with the labels a select shows them by.
type scopes struct {
	labels  []string
	byLabel map[string]scope
	labelOf map[string]string // id -> label
}

// loadScopes reads the clusters and the municipalities of the region (those
// with a safety region), plus the ones named in keep, so a plan for a
// municipality elsewhere still shows its own.
func loadScopes(ctx context.Context, store *data.Store, keep ...string) scopes {
	sc := scopes{byLabel: map[string]scope{}, labelOf: map[string]string{}}
	add := func(s scope, label string) {
		for _, taken := sc.byLabel[label]; taken; _, taken = sc.byLabel[label] {
			label += " ·"
		}
		sc.labels = append(sc.labels, label)
		sc.byLabel[label] = s
		sc.labelOf[s.id] = label
	}
	clusters, err := store.List(ctx, data.KindCluster)
	if err != nil {
		fyne.LogError("list clusters", err)
	}
	for _, c := range clusters {
		add(scope{data.KindCluster, c.ID, c.Get(data.Cluster.Name)},
			lang.X("plans.scope.cluster", "{{.Name}} (cluster)", map[string]any{"Name": c.Get(data.Cluster.Name)}))
	}
	wanted := map[string]bool{}
	for _, id := range keep {
		wanted[id] = id != ""
	}
	munis, err := store.List(ctx, data.KindMunicipality)
	if err != nil {
		fyne.LogError("list municipalities", err)
	}
	for _, m := range munis {
		if wanted[m.ID] || m.Get(data.Municipality.SafetyRegion) != "" && m.Get(data.Municipality.Retired) != "true" {
			add(scope{data.KindMunicipality, m.ID, m.Get(data.Municipality.Name)}, m.Get(data.Municipality.Name))
		}
	}
	return sc
}

// scopeOf is the scope of a plan record.
func (sc scopes) scopeOf(plan data.Record) (scope, string) {
	for _, id := range []string{plan.Get(data.Plan.MunicipalityID), plan.Get(data.Plan.ClusterID)} {
		if l, ok := sc.labelOf[id]; ok && id != "" {
			return sc.byLabel[l], l
		}
	}
	return scope{}, ""
}

// scopeValues are the plan fields for a scope: one of the two is set.
func scopeValues(s scope) map[string]string {
	v := map[string]string{data.Plan.MunicipalityID: "", data.Plan.ClusterID: ""}
	switch s.kind {
	case data.KindMunicipality:
		v[data.Plan.MunicipalityID] = s.id
	case data.KindCluster:
		v[data.Plan.ClusterID] = s.id
	}
	return v
}

// periodText shows a plan's period as 2025–2028.
func periodText(plan data.Record) string {
	start, end := plan.Get(data.Plan.PeriodStart), plan.Get(data.Plan.PeriodEnd)
	switch {
	case start != "" && end != "" && start != end:
		return start + "–" + end
	case start != "":
		return start
	}
	return end
}

// suggestTitle is the usual title of a plan for a scope and period.
func suggestTitle(scopeName, start, end string) string {
	period := strings.TrimSpace(start)
	if e := strings.TrimSpace(end); e != "" && e != period {
		if period != "" {
			period += "-"
		}
		period += e
	}
	return strings.Join(strings.Fields(lang.X("plans.title.suggest", "Beleidsplan aanpak mensenhandel {{.Scope}} {{.Period}}",
		map[string]any{"Scope": scopeName, "Period": period})), " ")
}

// formDialog is a dialog holding a form, a line for the store's message and
// two buttons. It stays open until confirm succeeds, so nothing typed is
// lost when the store refuses it.
type formDialog struct {
	dlg     *dialog.CustomDialog
	message *widget.Label
	confirm *widget.Button
	cancel  *widget.Button
	onOK    func() error
	onClose func()
	then    func() // after the stored form has closed; may be nil
	done    bool
}

// showForm shows a form dialog over sh's window. onOK stores what was
// typed; an error keeps the dialog open with the message in red. onCancel
// (may be nil) runs when the user gives up.
func showForm(sh Shell, title, confirmText string, form fyne.CanvasObject, width float32, onOK func() error, onCancel func()) *formDialog {
	f := &formDialog{onOK: onOK, onClose: onCancel}
	f.message = kit.MessageLabel()
	f.message.Importance = widget.DangerImportance
	f.cancel = widget.NewButton(lang.X("plans.cancel", "Annuleren"), f.dismiss)
	f.confirm = widget.NewButtonWithIcon(confirmText, theme.ConfirmIcon(), f.submit)
	f.confirm.Importance = widget.HighImportance
	buttons := container.NewHBox(layout.NewSpacer(), f.cancel, f.confirm)
	body := container.NewBorder(nil, container.NewVBox(f.message, buttons), nil, nil, form)
	sh.GuardTree(body)
	f.dlg = dialog.NewCustomWithoutButtons(title, body, sh.Window())
	f.dlg.Resize(fyne.NewSize(width, f.dlg.MinSize().Height))
	f.dlg.Show()
	return f
}

// submit stores the form, or shows why not.
func (f *formDialog) submit() {
	if f.done {
		return
	}
	if err := f.onOK(); err != nil {
		f.message.SetText(planErrorText(err))
		f.message.Show()
		return
	}
	f.done = true
	f.dlg.Hide()
	if f.then != nil {
		f.then()
	}
}

func (f *formDialog) dismiss() {
	if f.done {
		return
	}
	f.done = true
	f.dlg.Hide()
	if f.onClose != nil {
		f.onClose()
	}
}

// key handles Enter-like shortcuts (Ctrl+S) and Escape from the dialog's fields.
func (f *formDialog) key(k fyne.KeyName) bool {
	switch k {
	case fyne.KeyS:
		f.submit()
	case fyne.KeyEscape:
		f.dismiss()
	default:
		return false
	}
	return true
}

// dialogFields are the fields of a form dialog; they are made before the
// dialog, so their shortcut handler looks the dialog up when called.
type dialogFields struct{ f *formDialog }

func (d *dialogFields) entry() *kit.TextEntry {
	e := kit.NewTextEntry(func(k fyne.KeyName) bool { return d.f != nil && d.f.key(k) })
	e.OnSubmitted = func(string) {
		if d.f != nil {
			d.f.submit()
		}
	}
	return e
}

func (d *dialogFields) multiLine(rows int) *kit.TextEntry {
	e := kit.NewTextEntry(func(k fyne.KeyName) bool { return d.f != nil && d.f.key(k) })
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	e.SetMinRowsVisible(rows)
	return e
}

// without returns recs without the record id, and where it stood (-1 if absent).
func without(recs []data.Record, id string) ([]data.Record, int) {
	out := make([]data.Record, 0, len(recs))
	at := -1
	for i, r := range recs {
		if r.ID == id {
			at = i
			continue
		}
		out = append(out, r)
	}
	return out, at
}

// parseYear reads a year typed in a period field; empty is allowed.
func parseYear(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1900 || n > 2200 {
		return "", errorf(lang.X("plans.error.year", "{{.Value}} is geen jaartal; vul een jaar in zoals 2026.", map[string]any{"Value": s}))
	}
	return strconv.Itoa(n), nil
}

// formError is a message about what was typed, found before the store
// is asked: it is shown as it is.
type formError string

func (e formError) Error() string { return string(e) }

func errorf(msg string) error { return formError(msg) }

// planErrorText is the message for an error of a form or of the store.
func planErrorText(err error) string {
	var fe formError
	if errors.As(err, &fe) {
		return string(fe)
	}
	return say.Error(err)
}

// nextVersion suggests the version after v: 0.4 becomes 0.5, 1.0 becomes 1.1.
func nextVersion(v string) string {
	major, minor, ok := strings.Cut(strings.TrimSpace(v), ".")
	n, err := strconv.Atoi(minor)
	if _, merr := strconv.Atoi(major); !ok || err != nil || merr != nil {
		if v == "" {
			return "0.1"
		}
		return v
	}
	return major + "." + strconv.Itoa(n+1)
}

// versionLess orders version numbers such as 0.9 and 0.10 as numbers.
func versionLess(a, b string) bool {
	pa, pb := strings.Split(a, "."), strings.Split(b, ".")
	for i := 0; i < len(pa) && i < len(pb); i++ {
		na, ea := strconv.Atoi(pa[i])
		nb, eb := strconv.Atoi(pb[i])
		if ea != nil || eb != nil {
			if pa[i] != pb[i] {
				return pa[i] < pb[i]
			}
			continue
		}
		if na != nb {
			return na < nb
		}
	}
	return len(pa) < len(pb)
}

// showMenuUnder shows menu under button, its right edge at the button's, so
// that a menu from a button at the right of the window stays inside it.
func showMenuUnder(sh Shell, menu *fyne.Menu, button fyne.CanvasObject) {
	pop := widget.NewPopUpMenu(sh.GuardMenu(menu), sh.Window().Canvas())
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(button)
	x := pos.X + button.Size().Width - pop.MinSize().Width
	pop.ShowAtPosition(fyne.NewPos(max(0, x), pos.Y+button.Size().Height))
}

// names maps the ids of a kind's records to their title.
func names(ctx context.Context, s *data.Store, kind string) map[string]string {
	recs, err := s.List(ctx, kind)
	if err != nil {
		fyne.LogError("list "+kind, err)
	}
	k := data.KindNamed(kind)
	out := make(map[string]string, len(recs))
	for _, r := range recs {
		out[r.ID] = r.Get(k.Title)
	}
	return out
}
