package cli

import (
	"fmt"
	"io"
	"strings"

	"ketenregie/data"
	"ketenregie/data/plandiff"
	"ketenregie/data/textdiff"
)

// cmdDiff prints what changed in a plan between two of its versions, or
// between a version and the working copy: chapters added, removed, moved
// and renamed, and in each changed block the words removed [-so-] and
// added {+so+}.
func cmdDiff(c *call) error {
	if len(c.args) < 3 || len(c.args) > 4 || c.args[0] != "plan" {
		return usageError{"diff plan ID VERSIE [VERSIE]: vergelijk een versie met een latere, of met de werkversie"}
	}
	planID := c.args[1]
	if _, err := c.store.Get(c.ctx, data.KindPlan, planID); err != nil {
		return err // an unknown plan is that, not one without this version
	}
	old, oldName, err := planState(c, planID, c.args[2])
	if err != nil {
		return err
	}
	var new plandiff.Reader = c.store
	newName := "de werkversie"
	if len(c.args) == 4 {
		if new, newName, err = planState(c, planID, c.args[3]); err != nil {
			return err
		}
	}
	cmp, err := plandiff.Compare(c.ctx, old, new, planID)
	if err != nil {
		return err
	}
	printComparison(c.stdout, cmp, oldName, newName)
	return nil
}

// planState is the plan as it was at its version named version.
func planState(c *call, planID, version string) (plandiff.Reader, string, error) {
	rec, sn, err := c.store.PlanVersionAt(c.ctx, planID, version)
	if err != nil {
		return nil, "", err
	}
	name := "versie " + rec.Get(data.Planversion.Version)
	if d := rec.Get(data.Planversion.Date); d != "" {
		name += " (" + data.FormatDate(d) + ")"
	}
	return sn, name, nil
}

// printComparison writes a comparison as text: an overview of the
// chapters, then each changed chapter's blocks with their words marked.
func printComparison(w io.Writer, cmp plandiff.Comparison, oldName, newName string) {
	fmt.Fprintf(w, "Wijzigingen in %q van %s tot %s\n", data.Printable(cmp.NewTitle, false), oldName, newName)
	if cmp.OldTitle != cmp.NewTitle {
		fmt.Fprintf(w, "De titel was %q.\n", data.Printable(cmp.OldTitle, false))
	}
	if !cmp.Changed() {
		fmt.Fprintln(w, "Er is niets gewijzigd.")
		return
	}
	fmt.Fprintln(w, "\nHoofdstukken:")
	for _, ch := range cmp.Chapters {
		if !ch.Changed() {
			continue
		}
		fmt.Fprintf(w, "  %s\n", chapterLine(ch))
	}
	for _, ch := range cmp.Chapters {
		if ch.TextChanged() == 0 {
			continue
		}
		num, title := ch.NewNumber, ch.NewTitle
		if ch.Status == plandiff.Removed {
			num, title = ch.OldNumber, ch.OldTitle
		}
		fmt.Fprintf(w, "\n%s %s\n", num, data.Printable(title, false))
		for i, b := range ch.Blocks {
			if b.Status == plandiff.Same {
				continue
			}
			what := map[plandiff.Status]string{plandiff.Added: "nieuw", plandiff.Removed: "verwijderd", plandiff.Changed: "gewijzigd"}[b.Status]
			fmt.Fprintf(w, "  Alinea %d (%s):\n", i+1, what)
			var text strings.Builder
			for _, sp := range b.Spans {
				t := data.Printable(sp.Text, true)
				switch sp.Op {
				case textdiff.Added:
					text.WriteString("{+" + t + "+}")
				case textdiff.Removed:
					text.WriteString("[-" + t + "-]")
				default:
					text.WriteString(t)
				}
			}
			for _, line := range strings.Split(text.String(), "\n") {
				fmt.Fprintf(w, "    %s\n", line)
			}
		}
	}
}

// chapterLine says in one line what happened to a chapter.
func chapterLine(ch plandiff.Chapter) string {
	switch ch.Status {
	case plandiff.Added:
		return fmt.Sprintf("+ %s %s (nieuw)", ch.NewNumber, data.Printable(ch.NewTitle, false))
	case plandiff.Removed:
		return fmt.Sprintf("- %s %s (verwijderd)", ch.OldNumber, data.Printable(ch.OldTitle, false))
	}
	var notes []string
	if ch.Renamed {
		notes = append(notes, fmt.Sprintf("was %q", data.Printable(ch.OldTitle, false)))
	}
	if ch.Moved {
		notes = append(notes, "verplaatst, was "+ch.OldNumber)
	}
	if ch.TextChanged() > 0 {
		notes = append(notes, "tekst gewijzigd")
	}
	return fmt.Sprintf("~ %s %s (%s)", ch.NewNumber, data.Printable(ch.NewTitle, false), strings.Join(notes, "; "))
}
