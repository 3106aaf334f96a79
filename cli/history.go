package cli

import (
	"encoding/json"
	"fmt"
	"strings"
	"text/tabwriter"
	"time"

	"ketenregie/data"
	"ketenregie/export"
)

// cmdHistory prints every change of one record, oldest first: when, by
// whom, which field, from what to what, and whether it came in from an
// exchange file, was made alongside a colleague's change (a conflict) or
// settled one. A value forgotten for the AVG shows as "gewist (AVG)".
func cmdHistory(c *call) error {
	k, err := kindArg(c, 2, 2)
	if err != nil {
		return err
	}
	id := c.args[1]
	h, err := c.store.History(c.ctx, k.Name, id)
	if err != nil {
		return err
	}
	if len(h) == 0 {
		return fmt.Errorf("geen %s met id %s in het logboek", k.Label, id)
	}
	if c.flag("json") {
		out := make([]map[string]any, len(h))
		for i, ch := range h {
			old := make([]any, len(ch.Old))
			for j, v := range ch.Old {
				old[j] = v
				if ch.OldErased[j] {
					old[j] = nil
				}
			}
			var value any = ch.Value
			if ch.Erased {
				value = nil
			}
			out[i] = map[string]any{"time": ch.Time.Format(time.RFC3339), "device": ch.Device, "device_name": ch.DeviceName,
				"person": ch.Person, "field": ch.Field, "old": old, "new": value, "erased": ch.Erased, "remote": ch.Remote,
				"conflict": ch.Concurrent, "resolves": ch.Resolves}
		}
		b, err := json.Marshal(out)
		if err != nil {
			return err
		}
		c.stdout.Write(append(data.EscapeJSON(b), '\n'))
		return nil
	}
	tw := tabwriter.NewWriter(c.stdout, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "tijd\tcollega\tveld\toud → nieuw\therkomst\t")
	title := export.Titles(c.ctx, c.store)
	for _, ch := range h {
		when := ch.Time.Local().Format("02-01-2006 15:04")
		if ch.Device == data.ReferenceOrigin {
			when = "—"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", when, data.Printable(ch.Colleague(), false),
			export.FieldLabel(k, ch.Field, ch.Value), historyValues(k, ch, title), origin(ch), marks(ch))
	}
	return tw.Flush()
}

// historyValues is "old → new", each cut to one short line.
func historyValues(k *data.Kind, ch data.FieldChange, title func(kind, id string) string) string {
	if ch.Field == data.FieldExists || ch.Field == data.FieldErased {
		return ""
	}
	show := func(v string, erased bool) string {
		v = strings.Join(strings.Fields(data.Printable(export.ValueText(k, ch.Field, v, erased, title), false)), " ")
		if r := []rune(v); len(r) > 40 {
			v = string(r[:39]) + "…"
		}
		return v
	}
	var old []string
	for i, v := range ch.Old {
		old = append(old, show(v, ch.OldErased[i]))
	}
	if len(old) == 0 {
		return show(ch.Value, ch.Erased)
	}
	return strings.Join(old, " / ") + " → " + show(ch.Value, ch.Erased)
}

func origin(ch data.FieldChange) string {
	if ch.Remote {
		return "uitwisselbestand"
	}
	if ch.Device == data.ReferenceOrigin {
		return "referentiegegevens"
	}
	return "deze computer"
}

func marks(ch data.FieldChange) string {
	switch {
	case ch.Resolves:
		return "conflict opgelost"
	case ch.Concurrent:
		return "conflict"
	}
	return ""
}
