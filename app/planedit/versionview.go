package planedit

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"ketenregie/app/kit"
	"ketenregie/data"
	"ketenregie/data/plandiff"
	"ketenregie/data/textdiff"
)

// A version of the plan as it was when it was made, read back from the
// change log (read-only), and what changed since: the chapters added,
// removed, moved and renamed, and every changed passage side by side,
// as it was and as it is, the words that differ in bold (not by colour
// alone).

// showVersion shows the plan as it was at version r, read-only.
func (v *planVersions) showVersion(r data.Record) {
	sn, ok := v.snapshot(r)
	if !ok {
		return
	}
	o, err := plandiff.ReadOutline(v.ed.Ctx(), sn, v.ed.id)
	if err != nil {
		v.ed.ShowError(err)
		return
	}
	var segs []widget.RichTextSegment
	for _, s := range o.Order {
		style := widget.RichTextStyleHeading
		if o.Parent[s.ID] != "" {
			style = widget.RichTextStyleSubHeading
		}
		segs = append(segs, &widget.TextSegment{Text: strings.TrimSpace(o.Number[s.ID] + " " + s.Get(data.Section.Title)), Style: style})
		for _, b := range o.Blocks[s.ID] {
			segs = append(segs, blockSegments(b.Get(data.Block.Text))...)
		}
	}
	text := widget.NewRichText(segs...)
	text.Wrapping = fyne.TextWrapWord
	note := kit.Hint(lang.X("plans.version.view.note", "Zo luidde het plan bij deze versie, uit het logboek gelezen. Deze weergave kan niet worden bewerkt."))
	v.showLarge(lang.X("plans.version.view.title", "Versie {{.Version}}", map[string]any{"Version": r.Get(data.Planversion.Version)}),
		container.NewBorder(note, nil, nil, nil, kit.VScroll(text)))
}

// blockSegments is a block's text as the editor shows it: a paragraph a
// line, its bold and italic words set so, not between their markers.
func blockSegments(text string) []widget.RichTextSegment {
	var segs []widget.RichTextSegment
	for _, line := range strings.Split(text, "\n") {
		spans := data.ParseInline(line)
		for _, sp := range spans {
			style := widget.RichTextStyleInline
			style.TextStyle = fyne.TextStyle{Bold: sp.Bold, Italic: sp.Italic}
			segs = append(segs, &widget.TextSegment{Text: sp.Text, Style: style})
		}
		// the end of the paragraph: a plain segment, as Fyne indents a
		// paragraph whose last segment is italic
		segs = append(segs, &widget.TextSegment{Style: widget.RichTextStyleParagraph})
	}
	return segs
}

// chooseCompare asks what to compare version r with: the text of now, or
// another version; the older of the two is always the one on the left.
func (v *planVersions) chooseCompare(r data.Record) {
	now := lang.X("plans.version.compare.now", "de tekst van nu")
	options := []string{now}
	var others []data.Record // option i+1; two versions may share a number
	for _, o := range v.versions {
		if o.ID == r.ID {
			continue
		}
		options = append(options, lang.X("plans.version.compare.other", "versie {{.Version}}", map[string]any{"Version": o.Get(data.Planversion.Version)}))
		others = append(others, o)
	}
	if len(options) == 1 {
		v.compareVersion(r)
		return
	}
	with := widget.NewSelect(options, nil)
	with.SetSelected(now)
	form := container.NewVBox(widget.NewLabel(lang.X("plans.version.compare.with", "Versie {{.Version}} vergelijken met:", map[string]any{"Version": r.Get(data.Planversion.Version)})), with)
	d := dialog.NewCustomConfirm(lang.X("plans.version.compare.choose", "Vergelijken"), lang.X("plans.version.compare.go", "Vergelijken"), lang.X("plans.version.compare.cancel", "Annuleren"), form,
		kit.Safe1(v.ed, func(ok bool) {
			if !ok {
				return
			}
			i := with.SelectedIndex() - 1
			if i < 0 {
				v.compareVersion(r)
				return
			}
			o := others[i]
			if versionLess(o.Get(data.Planversion.Version), r.Get(data.Planversion.Version)) {
				r, o = o, r
			}
			v.compareVersions(r, o)
		}), v.ed.Window())
	d.Show()
}

// compareVersions shows what changed in the plan from version r to the
// later version o.
func (v *planVersions) compareVersions(r, o data.Record) {
	old, ok := v.snapshot(r)
	if !ok {
		return
	}
	later, ok := v.snapshot(o)
	if !ok {
		return
	}
	v.showComparison(old, later, lang.X("plans.version.compare.between", "Wijzigingen van versie {{.Old}} tot versie {{.New}}",
		map[string]any{"Old": r.Get(data.Planversion.Version), "New": o.Get(data.Planversion.Version)}))
}

// compareVersion shows what changed in the plan since version r: up to
// the working copy.
func (v *planVersions) compareVersion(r data.Record) {
	sn, ok := v.snapshot(r)
	if !ok {
		return
	}
	v.showComparison(sn, v.ed.Store(), lang.X("plans.version.compare.title", "Wijzigingen sinds versie {{.Version}}", map[string]any{"Version": r.Get(data.Planversion.Version)}))
}

// showComparison shows the plan's changes from old to new under title.
func (v *planVersions) showComparison(old, new plandiff.Reader, title string) {
	cmp, err := plandiff.Compare(v.ed.Ctx(), old, new, v.ed.id)
	if err != nil {
		v.ed.ShowError(err)
		return
	}
	if !cmp.Changed() {
		v.showLarge(title, widget.NewLabel(lang.X("plans.version.compare.none", "Er is niets gewijzigd tussen deze twee.")))
		return
	}
	var rows []fyne.CanvasObject
	if cmp.OldTitle != cmp.NewTitle {
		rows = append(rows, widget.NewLabel(lang.X("plans.version.compare.plantitle", "De titel van het plan was “{{.Old}}” en is “{{.New}}”.",
			map[string]any{"Old": cmp.OldTitle, "New": cmp.NewTitle})))
	}
	for _, ch := range cmp.Chapters {
		if !ch.Changed() {
			continue
		}
		rows = append(rows, kit.SectionHeading(chapterChange(ch)))
		for _, b := range ch.Blocks {
			if b.Status == plandiff.Same {
				continue
			}
			was, is := sides(b.Spans)
			rows = append(rows, container.NewGridWithColumns(2, was, is))
		}
	}
	heads := container.NewGridWithColumns(2, widget.NewLabelWithStyle(lang.X("plans.version.compare.was", "Was"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		widget.NewLabelWithStyle(lang.X("plans.version.compare.is", "Wordt"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	note := kit.Hint(lang.X("plans.version.compare.note", "Links de oudere tekst, rechts de nieuwere; wat is weggehaald of toegevoegd staat vet."))
	v.showLarge(title, container.NewBorder(container.NewVBox(note, heads), nil, nil, nil, kit.VScroll(container.NewVBox(rows...))))
}

// chapterChange says in one line what happened to a chapter.
func chapterChange(ch plandiff.Chapter) string {
	switch ch.Status {
	case plandiff.Added:
		return lang.X("plans.version.compare.added", "{{.Number}} {{.Title}} (nieuw)", map[string]any{"Number": ch.NewNumber, "Title": ch.NewTitle})
	case plandiff.Removed:
		return lang.X("plans.version.compare.removed", "{{.Number}} {{.Title}} (verwijderd)", map[string]any{"Number": ch.OldNumber, "Title": ch.OldTitle})
	}
	var notes []string
	if ch.Renamed {
		notes = append(notes, lang.X("plans.version.compare.renamed", "was “{{.Title}}”", map[string]any{"Title": ch.OldTitle}))
	}
	if ch.Moved {
		notes = append(notes, lang.X("plans.version.compare.moved", "verplaatst, was {{.Number}}", map[string]any{"Number": ch.OldNumber}))
	}
	line := ch.NewNumber + " " + ch.NewTitle
	if len(notes) > 0 {
		line += " (" + strings.Join(notes, "; ") + ")"
	}
	return line
}

// sides is a changed passage as it was and as it is, the differing words
// bold.
func sides(spans []textdiff.Span) (was, is *widget.RichText) {
	var a, b []widget.RichTextSegment
	plain := widget.RichTextStyleInline
	marked := widget.RichTextStyleInline
	marked.TextStyle = fyne.TextStyle{Bold: true}
	note := widget.RichTextStyleInline
	note.TextStyle = fyne.TextStyle{Italic: true}
	for _, sp := range spans {
		switch sp.Op {
		case textdiff.Same:
			a = append(a, &widget.TextSegment{Text: sp.Text, Style: plain})
			b = append(b, &widget.TextSegment{Text: sp.Text, Style: plain})
		case textdiff.Removed:
			a = append(a, &widget.TextSegment{Text: sp.Text, Style: marked})
		case textdiff.Added:
			b = append(b, &widget.TextSegment{Text: sp.Text, Style: marked})
		}
	}
	if len(a) == 0 {
		a = append(a, &widget.TextSegment{Text: lang.X("plans.version.compare.new", "(nieuw)"), Style: note})
	}
	if len(b) == 0 {
		b = append(b, &widget.TextSegment{Text: lang.X("plans.version.compare.gone", "(verwijderd)"), Style: note})
	}
	was, is = widget.NewRichText(a...), widget.NewRichText(b...)
	was.Wrapping, is.Wrapping = fyne.TextWrapWord, fyne.TextWrapWord
	return was, is
}

// snapshot is the database as it was at version r, or false after
// telling why it cannot be read.
func (v *planVersions) snapshot(r data.Record) (*data.Snapshot, bool) {
	sn, err := v.ed.Store().VersionAt(v.ed.Ctx(), r)
	if err != nil {
		v.ed.ShowError(err)
		return nil, false
	}
	return sn, true
}

// showLarge shows content in a dialog as large as the window allows.
func (v *planVersions) showLarge(title string, content fyne.CanvasObject) {
	d := dialog.NewCustom(title, lang.X("plans.version.close", "Sluiten"), content, v.ed.Window())
	d.Show()
	size := v.ed.Window().Canvas().Size()
	d.Resize(fyne.NewSize(min(1100, size.Width-40), min(720, size.Height-40)))
}
