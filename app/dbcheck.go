package app

import (
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"ketenregie/app/say"
	"ketenregie/data"
)

// dbCheck is what the last check of the database found (data.Store.Check):
// the one at start-up, or the one after a repair from Instellingen. The
// main window keeps it, so Instellingen shows it whenever it is built.
type dbCheck struct {
	running  bool
	done     bool
	at       time.Time
	problems []data.Problem
	err      error
	// repair is the outcome of the last repair from Instellingen.
	repair *repairOutcome
}

type repairOutcome struct {
	result data.RepairResult
	err    error
}

// broken counts the problems that are no drift: damage Repair refuses.
func (c dbCheck) broken() int {
	return data.RepairResult{Before: c.problems}.Broken()
}

// checkDone receives a value each time the check at start-up has finished
// and its result is shown, for tests that wait for it.
var checkDone = make(chan struct{}, 8)

// checkDatabase checks the database in the background, so the window is
// usable at once even where the check of a large database takes a while.
func (m *MainWindow) checkDatabase() {
	m.check = dbCheck{running: true}
	m.showCheck()
	go func() {
		problems, err := m.store.Check(m.ctx)
		if err == nil {
			err = m.store.Damaged() // opened read-only after a failed quick check
		}
		err = data.Explain(err, m.store.Path())
		fyne.Do(func() {
			if err != nil {
				fyne.LogError("database check", err)
			}
			m.check = dbCheck{done: true, at: time.Now(), problems: problems, err: err}
			m.showCheck()
			select { // tell a waiting test, never block
			case checkDone <- struct{}{}:
			default:
			}
		})
	}()
}

// showCheck says under the screens when the check found something wrong,
// with a button to Instellingen, and updates Instellingen if it is built.
func (m *MainWindow) showCheck() {
	c := m.check
	toSettings := func() { m.Show("instellingen") }
	switch {
	case !c.done || c.err == nil && len(c.problems) == 0:
		m.notice.hide()
	case c.err != nil:
		m.notice.label.Importance = widget.DangerImportance
		m.notice.show(lang.X("check.notice.failed", "De controle van de database bij het starten is mislukt. Zie Instellingen."), toSettings)
	case c.broken() > 0:
		m.notice.label.Importance = widget.DangerImportance
		m.notice.show(lang.X("check.notice.broken", "De controle bij het starten vond schade in de database. In Instellingen leest u wat u kunt doen."), toSettings)
	default:
		m.notice.label.Importance = widget.WarningImportance
		m.notice.show(lang.X("check.notice.drift", "De controle bij het starten vond verschillen tussen de tabellen en het wijzigingslogboek. U kunt ze herstellen in Instellingen."), toSettings)
	}
	if st, ok := m.screens["instellingen"].(*settingsScreen); ok {
		st.check.show()
	}
}

// checkView is the Controle row of Instellingen: what the check of the
// database found and, when the tables drifted from the change log, the
// button that rebuilds them (data.Store.Repair).
type checkView struct {
	*env
	label   fyne.CanvasObject // the row's label, hidden with the row
	status  *widget.Label
	list    *widget.Label
	repair  *widget.Button
	outcome *widget.Label
	fixed   *widget.Label // what the repair fixed
	content *fyne.Container
}

func newCheckView(e *env, label fyne.CanvasObject) *checkView {
	v := &checkView{env: e, label: label, status: widget.NewLabel(""), list: widget.NewLabel(""), outcome: widget.NewLabel(""), fixed: widget.NewLabel("")}
	for _, l := range []*widget.Label{v.status, v.list, v.outcome, v.fixed} {
		l.Wrapping = fyne.TextWrapWord
	}
	v.list.Selectable, v.fixed.Selectable = true, true
	v.repair = widget.NewButtonWithIcon(lang.X("settings.check.repair", "Herstellen"), theme.ViewRefreshIcon(), v.askRepair)
	v.content = container.NewVBox(container.NewBorder(nil, nil, nil, container.NewVBox(v.repair), v.status), v.list, v.outcome, v.fixed)
	v.show()
	return v
}

// show shows the main window's last check; nothing when none ran.
func (v *checkView) show() {
	if v.main == nil || !v.main.check.running && !v.main.check.done {
		v.label.Hide()
		v.content.Hide()
		return
	}
	v.label.Show()
	v.content.Show()
	c := v.main.check
	v.list.Hide()
	v.repair.Hide()
	imp := widget.MediumImportance
	var text string
	switch {
	case c.running:
		text = lang.X("settings.check.running", "De database wordt gecontroleerd…")
	case c.err != nil:
		if e, ok := data.AsError(c.err); ok && e.Code == data.CodeDamaged {
			// What is damaged, and the way back.
			imp, text = widget.DangerImportance, say.Error(c.err)
			break
		}
		imp, text = widget.DangerImportance, lang.X("settings.check.failed", "De controle van de database is mislukt: {{.Err}}", map[string]any{"Err": say.Error(c.err)})
	case len(c.problems) == 0 && c.repair != nil:
		text = lang.X("settings.check.okAfterRepair", "Na het herstel gecontroleerd op {{.Date}} om {{.Time}}: in orde.",
			map[string]any{"Date": c.at.Format("02-01-2006"), "Time": c.at.Format("15:04")})
	case len(c.problems) == 0:
		text = lang.X("settings.check.ok", "Database gecontroleerd bij het starten, op {{.Date}} om {{.Time}}: in orde.",
			map[string]any{"Date": c.at.Format("02-01-2006"), "Time": c.at.Format("15:04")})
	case c.broken() > 0:
		imp, text = widget.DangerImportance, lang.X("settings.check.broken",
			"De controle vond schade in het wijzigingslogboek of in het databasebestand zelf. Dat kan Ketenregie niet herstellen: zet hieronder bij Reservekopieën een reservekopie van vóór de schade terug. Dit vond de controle:")
		if backups, err := data.Backups(v.store.Path()); err == nil && len(backups) == 0 {
			text = lang.X("settings.check.brokenNoBackup",
				"De controle vond schade in het wijzigingslogboek of in het databasebestand zelf. Dat kan Ketenregie niet herstellen, en er is nog geen reservekopie om terug te zetten. Sluit Ketenregie, bewaar een kopie van het databasebestand en vraag hulp. Dit vond de controle:")
		}
		v.list.SetText(problemLines(c.problems))
		v.list.Show()
	default:
		imp, text = widget.WarningImportance, lang.X("settings.check.drift",
			"De tabellen wijken af van het wijzigingslogboek, waarin al uw wijzigingen staan. Herstellen bouwt de tabellen opnieuw op uit het logboek; eerst komt er een reservekopie. Dit vond de controle:")
		v.list.SetText(problemLines(c.problems))
		v.list.Show()
		v.repair.Show()
	}
	v.status.Importance = imp
	v.status.SetText(text)
	v.showOutcome(c.repair)
}

// showOutcome says what the last repair did: what it fixed and where the
// backup from before it is, or why it failed.
func (v *checkView) showOutcome(o *repairOutcome) {
	v.fixed.Hide()
	if o == nil {
		v.outcome.Hide()
		return
	}
	r := o.result
	backup := map[string]any{"Backup": r.Backup}
	var text string
	imp := widget.DangerImportance
	switch {
	case o.err != nil:
		text = say.Error(o.err)
		if r.Backup != "" {
			text += " " + lang.X("settings.check.backup", "De reservekopie van vóór het herstel staat in {{.Backup}}.", backup)
		}
	case len(r.Before) == 0:
		imp, text = widget.MediumImportance, lang.X("settings.check.nothing", "Er was niets meer te herstellen.")
	case len(r.After) > 0:
		text = lang.X("settings.check.notRepaired", "Na het herstel vond de controle nog de problemen hierboven. De reservekopie van vóór het herstel staat in {{.Backup}}.", backup)
	default:
		imp = widget.SuccessImportance
		text = lang.X("settings.check.repaired", "Hersteld: de tabellen zijn opnieuw opgebouwd uit het wijzigingslogboek. De reservekopie van vóór het herstel staat in {{.Backup}}. Opgelost:", backup)
		v.fixed.SetText(problemLines(r.Before))
		v.fixed.Show()
	}
	v.outcome.Importance = imp
	v.outcome.SetText(text)
	v.outcome.Show()
}

// askRepair confirms, then rebuilds the tables from the change log.
func (v *checkView) askRepair() {
	title := lang.X("settings.check.repair.title", "Database herstellen")
	v.Ask(title, lang.X("settings.check.repair.question",
		"Ketenregie bouwt de tabellen opnieuw op uit het wijzigingslogboek. Eerst komt er een reservekopie van de huidige toestand in {{.Dir}}. Doorgaan?",
		map[string]any{"Dir": data.BackupDir(v.store.Path())}),
		lang.X("settings.check.repair.yes", "Herstellen"), lang.X("settings.check.repair.no", "Annuleren"), func() {
			var r data.RepairResult
			v.Busy(title, lang.X("settings.check.repair.busy", "De tabellen worden opnieuw opgebouwd…"),
				func() (err error) {
					r, err = v.store.Repair(v.ctx)
					return err
				},
				func(err error) {
					// Unless it failed, Repair checked again afterwards;
					// when it failed, nothing changed.
					c := dbCheck{done: true, at: time.Now(), problems: r.Before, repair: &repairOutcome{r, err}}
					if err == nil && r.Backup != "" {
						c.problems = r.After
					}
					v.main.check = c
					v.main.showCheck()
					v.main.refreshAll() // the tables, and the new backup
				})
		}, nil)
}

// maxProblemLines is how many problems Instellingen lists before it says
// how many more there are.
const maxProblemLines = 8

// problemLines lists problems one a line, those Repair cannot repair
// first, at most maxProblemLines of them.
func problemLines(problems []data.Problem) string {
	ps := slices.Clone(problems)
	slices.SortStableFunc(ps, func(a, b data.Problem) int {
		if a.Drift != b.Drift {
			if !a.Drift {
				return -1
			}
			return 1
		}
		return strings.Compare(a.String(), b.String())
	})
	var lines []string
	for i, p := range ps {
		if i == maxProblemLines {
			lines = append(lines, lang.X("settings.check.more", "en nog {{.Count}} meer", map[string]any{"Count": len(ps) - i}))
			break
		}
		lines = append(lines, "• "+p.String())
	}
	return strings.Join(lines, "\n")
}
