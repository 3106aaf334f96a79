// The record commands: make, change, delete, list and show records, the
// demo region, the canonical dump and the check of the database.

package cli

import (
	"bytes"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"

	"ketenregie/data"
	"ketenregie/data/demo"
)

const deleteHelp = `  --erase  vergeet een persoon (AVG): ook de wijzigingsgeschiedenis, hier en bij
           collega's die uw bestanden inlezen
`

const checkHelp = `  --repair  wijken de tabellen af van het wijzigingslogboek, bouw ze dan opnieuw
            op uit het logboek (eerst komt er een reservekopie in de map backups
            naast de database). Een beschadigd logboek of databasebestand
            herstelt dit niet.
`

// fieldArgs reads field=value arguments.
func fieldArgs(args []string) (map[string]string, error) {
	vals := map[string]string{}
	for _, a := range args {
		name, value, ok := strings.Cut(a, "=")
		if !ok || name == "" {
			return nil, usageError{fmt.Sprintf("%q is geen veld=waarde", a)}
		}
		if _, dup := vals[name]; dup {
			return nil, usageError{fmt.Sprintf("veld %s staat er twee keer", name)}
		}
		vals[name] = value
	}
	return vals, nil
}

func kindArg(c *call, min, max int) (*data.Kind, error) {
	if len(c.args) < min || (max >= 0 && len(c.args) > max) {
		return nil, usageError{"verkeerd aantal argumenten"}
	}
	k := data.KindNamed(c.args[0])
	if k == nil {
		return nil, usageError{fmt.Sprintf("onbekende soort %q (kies uit: %s)", c.args[0], strings.Join(data.KindNames(), ", "))}
	}
	return k, nil
}

func cmdDemo(c *call) error {
	if len(c.args) > 0 {
		return usageError{"demo neemt geen argumenten"}
	}
	sum, err := demo.Load(c.ctx, c.store)
	if err != nil {
		return err
	}
	fmt.Fprintf(c.stdout, "Demoregio geladen: %d organisaties, %d contactpersonen, %d ketenafspraken, %d beleidsplannen, %d zelfevaluaties, %d cijfers.\n",
		sum[data.KindOrganisation], sum[data.KindContact], sum[data.KindAgreement], sum[data.KindPlan], sum[data.KindAssessment], sum[data.KindFigure])
	return nil
}

func cmdAdd(c *call) error {
	k, err := kindArg(c, 1, -1)
	if err != nil {
		return err
	}
	vals, err := fieldArgs(c.args[1:])
	if err != nil {
		return err
	}
	id, err := c.store.Create(c.ctx, k.Name, vals)
	if err != nil {
		return err
	}
	fmt.Fprintln(c.stdout, id)
	return nil
}

func cmdSet(c *call) error {
	k, err := kindArg(c, 3, -1)
	if err != nil {
		return err
	}
	vals, err := fieldArgs(c.args[2:])
	if err != nil {
		return err
	}
	return c.store.Update(c.ctx, k.Name, c.args[1], vals)
}

// cmdMove puts a section, block or action at a place (0 first) among
// those it is ordered with, as dragging it in the window does.
func cmdMove(c *call) error {
	k, err := kindArg(c, 3, 3)
	if err != nil {
		return err
	}
	index, err := strconv.Atoi(c.args[2])
	if err != nil {
		return usageError{fmt.Sprintf("plaats %q: geef een getal, 0 voor de eerste", c.args[2])}
	}
	return c.store.Write(c.ctx, func(t *data.Tx) error { return t.Move(k.Name, c.args[1], index) })
}

func cmdDelete(c *call) error {
	k, err := kindArg(c, 2, 2)
	if err != nil {
		return err
	}
	if c.flag("erase") {
		return c.store.Erase(c.ctx, k.Name, c.args[1])
	}
	return c.store.Delete(c.ctx, k.Name, c.args[1])
}

// listColumns are the fields list shows besides the id, per kind.
var listColumns = map[string][]string{
	data.KindMunicipality: {data.Municipality.CbsCode, data.Municipality.Name, data.Municipality.Subregion},
	data.KindCluster:      {data.Cluster.Name},
	data.KindOrganisation: {data.Organisation.Name, data.Organisation.Type},
	data.KindContact:      {data.Contact.Name, data.Contact.Role, data.Contact.Email, data.Contact.Phone},
	data.KindAgreement:    {data.Agreement.Title, data.Agreement.Status, data.Agreement.EvaluationDate},
	data.KindParty:        {data.Party.AgreementID, data.Party.OrganisationID, data.Party.Signatory},
	data.KindPlan:         {data.Plan.Title, data.Plan.Status, data.Plan.Version},
	data.KindSection:      {data.Section.PlanID, data.Section.Position, data.Section.Title},
	data.KindBlock:        {data.Block.SectionID, data.Block.Position, data.Block.Style, data.Block.Text},
	data.KindAction:       {data.Action.PlanID, data.Action.Title, data.Action.Status, data.Action.Planning},
	data.KindAssessment:   {data.Assessment.MunicipalityID, data.Assessment.Date, data.Assessment.Item, data.Assessment.Level},
	data.KindPlanversion:  {data.Planversion.PlanID, data.Planversion.Version, data.Planversion.Date, data.Planversion.Change},
	data.KindActivity:     {data.Activity.Date, data.Activity.Title, data.Activity.Type, data.Activity.Status, data.Activity.Participants},
	data.KindMeasure:      {data.Measure.Name},
	data.KindFigure:       {data.Figure.MunicipalityID, data.Figure.ClusterID, data.Figure.Period, data.Figure.Measure, data.Figure.MeasureID, data.Figure.Count},
}

func cmdList(c *call) error {
	k, err := kindArg(c, 1, -1)
	if err != nil {
		return err
	}
	filters, err := fieldArgs(c.args[1:])
	if err != nil {
		return err
	}
	for name := range filters {
		if _, ok := k.Field(name); !ok && name != "id" {
			return usageError{fmt.Sprintf("%s heeft geen veld %q", k.Name, name)}
		}
	}
	var recs []data.Record
	if q, ok := c.flags["search"]; ok {
		recs, err = c.store.Search(c.ctx, k.Name, q, 0)
	} else {
		recs, err = c.store.List(c.ctx, k.Name)
	}
	if err != nil {
		return err
	}
	var keep []data.Record
	for _, r := range recs {
		ok := true
		for name, want := range filters {
			if r.Values[name] != want && !(name == "id" && r.ID == want) {
				ok = false
			}
		}
		if ok {
			keep = append(keep, r)
		}
	}
	if c.flag("json") {
		out := make([]any, len(keep))
		for i, r := range keep {
			out[i] = data.RecordJSON(r)
		}
		c.stdout.Write(append(data.EscapeJSON(data.MarshalCanonical(out)), '\n'))
		return nil
	}
	tw := tabwriter.NewWriter(c.stdout, 2, 4, 2, ' ', 0)
	cols := listColumns[k.Name]
	fmt.Fprintf(tw, "id\t%s\n", strings.Join(cols, "\t"))
	for _, r := range keep {
		cells := []string{r.ID}
		for _, col := range cols {
			v := data.Printable(strings.ReplaceAll(r.Values[col], "\n", " "), false)
			if len([]rune(v)) > 60 {
				v = string([]rune(v)[:59]) + "…"
			}
			cells = append(cells, v)
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t"))
	}
	return tw.Flush()
}

func cmdShow(c *call) error {
	k, err := kindArg(c, 2, 2)
	if err != nil {
		return err
	}
	r, err := c.store.Get(c.ctx, k.Name, c.args[1])
	if err != nil {
		return err
	}
	if c.flag("json") {
		c.stdout.Write(append(data.EscapeJSON(data.MarshalCanonical(data.RecordJSON(r))), '\n'))
		return nil
	}
	tw := tabwriter.NewWriter(c.stdout, 2, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "id\t%s\n", r.ID)
	for _, f := range k.Fields {
		v := r.Values[f.Name]
		if f.Type == data.Enum {
			if label := data.ChoiceLabel(f.Choices, v); label != v {
				v += " (" + label + ")"
			}
		}
		v = strings.ReplaceAll(v, "\t", " ") // a tab would break the columns
		fmt.Fprintf(tw, "%s\t%s\n", f.Name, strings.ReplaceAll(data.Printable(v, true), "\n", "\n\t"))
	}
	return tw.Flush()
}

func cmdDump(c *call) error {
	if len(c.args) > 0 {
		return usageError{"dump neemt geen argumenten"}
	}
	var buf bytes.Buffer
	if err := c.store.Dump(c.ctx, &buf); err != nil {
		return err
	}
	_, err := c.stdout.Write(data.EscapeJSON(buf.Bytes()))
	return err
}

func cmdCheck(c *call) error {
	if len(c.args) > 0 {
		return usageError{"check neemt geen argumenten"}
	}
	var r data.RepairResult
	var err error
	if c.flag("repair") {
		r, err = c.store.Repair(c.ctx)
	} else {
		r.Before, err = c.store.Check(c.ctx)
	}
	if len(r.Before) == 0 {
		if err != nil {
			return err
		}
		fmt.Fprintf(c.stdout, "In orde: %s\n", c.store.Path())
		return nil
	}
	problems := r.Before
	printProblems(c.stdout, problems)
	if broken := r.Broken(); broken > 0 {
		// Rebuilding from a damaged log would only copy the damage.
		return fmt.Errorf("%d problemen gevonden in %s, waarvan %d in het wijzigingslogboek of het databasebestand zelf: "+
			"die kan check --repair niet herstellen, dus er is niets veranderd. Zet een reservekopie terug uit %s",
			len(problems), c.store.Path(), broken, data.BackupDir(c.store.Path()))
	}
	if !c.flag("repair") {
		return fmt.Errorf("%d problemen gevonden in %s: de tabellen wijken af van het wijzigingslogboek. "+
			"Herstel ze met 'ketenregie check --repair' (met dezelfde database); dat maakt eerst een reservekopie",
			len(problems), c.store.Path())
	}
	if r.Backup != "" {
		fmt.Fprintf(c.stdout, "Reservekopie van de database vóór het herstel: %s\n", r.Backup)
	}
	if err != nil {
		return err
	}
	if len(r.After) > 0 {
		fmt.Fprintln(c.stdout, "Na het herstel:")
		printProblems(c.stdout, r.After)
		return fmt.Errorf("na het herstel nog %d problemen in %s; de reservekopie van daarvoor staat in %s", len(r.After), c.store.Path(), r.Backup)
	}
	fixed := "het probleem hierboven is opgelost"
	if len(problems) > 1 {
		fixed = fmt.Sprintf("de %d problemen hierboven zijn opgelost", len(problems))
	}
	fmt.Fprintf(c.stdout, "Hersteld: de tabellen zijn opnieuw opgebouwd uit het wijzigingslogboek; %s.\n", fixed)
	fmt.Fprintf(c.stdout, "In orde: %s\n", c.store.Path())
	return nil
}

func printProblems(w io.Writer, problems []data.Problem) {
	sort.Slice(problems, func(i, j int) bool { return problems[i].String() < problems[j].String() })
	for _, p := range problems {
		fmt.Fprintln(w, p)
	}
}
