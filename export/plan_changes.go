package export

import (
	"strconv"
	"strings"

	"ketenregie/data"
	"ketenregie/data/plandiff"
	"ketenregie/data/textdiff"
	"ketenregie/export/typeset"
)

// The annex "Wijzigingen ten opzichte van versie 0.3", as a municipal
// wijzigingsoverzicht has it: first the chapters that were added,
// removed, moved or renamed, then every changed passage as it was and as
// it is, the words that differ in bold, so the college sees at a glance
// what changed since the text the ketenpartners commented on.

// planChanges is what changed in the printed plan since a version.
type planChanges struct {
	since, date string // the version and its date
	cmp         plandiff.Comparison
}

func (p *planDoc) drawChanges(d *typeset.Doc) {
	c := p.changes
	intro := "Deze bijlage noemt wat er in dit plan is gewijzigd sinds versie " + c.since
	if c.date != "" {
		intro += " van " + data.FormatDate(c.date)
	}
	intro += ". Tekst die is weggehaald of toegevoegd staat vet."
	if c.cmp.OldTitle != c.cmp.NewTitle {
		intro += " De titel van het plan was “" + c.cmp.OldTitle + "”."
	}
	if !c.cmp.Changed() {
		intro += " Er is niets gewijzigd."
	}
	d.Paragraph(typeset.Plain(intro), typeset.Body, 3)
	if !c.cmp.Changed() {
		return
	}
	// Chapters in this print go by the numbers the print gives them; a
	// removed one by its place in the outline it had.
	printed := map[string]string{}
	var walk func(cs []*chapter)
	walk = func(cs []*chapter) {
		for _, c := range cs {
			printed[c.id] = c.num
			walk(c.children)
		}
	}
	walk(p.front)
	walk(p.chapters)
	for _, a := range p.annexes {
		if a.own != nil {
			printed[a.own.id] = a.letter
			walk(a.own.children)
		}
	}
	number := func(ch plandiff.Chapter) string {
		if n, ok := printed[ch.ID]; ok && ch.Status != plandiff.Removed {
			return n
		}
		return ch.OldNumber
	}
	var rows [][]typeset.Cell
	for _, ch := range c.cmp.Chapters {
		if !ch.Changed() {
			continue
		}
		num, title := number(ch), ch.NewTitle
		var what []string
		switch ch.Status {
		case plandiff.Added:
			what = append(what, "nieuw hoofdstuk")
		case plandiff.Removed:
			title = ch.OldTitle
			what = append(what, "hoofdstuk verwijderd")
		default:
			if ch.Renamed {
				what = append(what, "titel was “"+ch.OldTitle+"”")
			}
			if ch.Moved {
				what = append(what, "verplaatst")
			}
			switch n := ch.TextChanged(); n {
			case 0:
			case 1:
				what = append(what, "1 passage gewijzigd")
			default:
				what = append(what, strconv.Itoa(n)+" passages gewijzigd")
			}
		}
		rows = append(rows, []typeset.Cell{typeset.TextCell(num), typeset.TextCell(title), typeset.TextCell(strings.Join(what, "; "))})
	}
	t := typeset.NewTable(typeset.Col("Nr.", 10, 'L'), typeset.Col("Hoofdstuk", 45, 'L'), typeset.Col("Wijziging", 60, 'L'))
	t.Style = typeset.Style{Size: 9.5, Lead: 4.6, Color: typeset.ColText}
	if len(rows) > 0 { // only the plan's title changed: the intro says so
		t.Draw(d, rows)
	}

	rows = nil
	for _, ch := range c.cmp.Chapters {
		for i, b := range ch.Blocks {
			if b.Status == plandiff.Same {
				continue
			}
			num := number(ch)
			var was, is []typeset.Span
			for _, sp := range b.Spans {
				switch sp.Op {
				case textdiff.Same:
					was = append(was, typeset.Span{Text: sp.Text})
					is = append(is, typeset.Span{Text: sp.Text})
				case textdiff.Removed:
					was = append(was, typeset.Span{Text: sp.Text, Bold: true})
				case textdiff.Added:
					is = append(is, typeset.Span{Text: sp.Text, Bold: true})
				}
			}
			if len(was) == 0 {
				was = typeset.Plain("(nieuw)")
			}
			if len(is) == 0 {
				is = typeset.Plain("(verwijderd)")
			}
			rows = append(rows, []typeset.Cell{typeset.TextCell(num + " §" + strconv.Itoa(i+1)), {Spans: was}, {Spans: is}})
		}
	}
	if len(rows) == 0 {
		return
	}
	d.Gap(4)
	t = typeset.NewTable(typeset.Col("Plaats", 12, 'L'), typeset.Col("Was", 55, 'L'), typeset.Col("Wordt", 55, 'L'))
	t.Style = typeset.Style{Size: 9, Lead: 4.4, Color: typeset.ColText}
	t.Draw(d, rows)
}
