// Package plandiff compares two states of a plan: two frozen versions, or
// a version and the working copy. It says which chapters were added,
// removed, moved or renamed, and within each chapter's text blocks which
// words were added and removed. The command line's diff, the window's
// comparison and the PDF's annex of changes all show what it finds.
package plandiff

import (
	"context"
	"strconv"
	"strings"

	"ketenregie/data"
	"ketenregie/data/textdiff"
)

// Reader is a state of the database: the store (the working copy) or a
// data.Snapshot (a version).
type Reader interface {
	Get(ctx context.Context, kind, id string) (data.Record, error)
	ListWhere(ctx context.Context, kind, field string, value ...string) ([]data.Record, error)
}

// Status says what happened to a chapter or a block between two states.
type Status int

const (
	Same    Status = iota
	Added          // only in the new state
	Removed        // only in the old state
	Changed        // a block's text, or a chapter's blocks
)

// Chapter is one chapter (section) in either state.
type Chapter struct {
	ID                   string
	OldNumber, NewNumber string // "2.1" in the outline; "" where it is not
	OldTitle, NewTitle   string
	Status               Status // Added, Removed, or Same (see Moved, Renamed and Blocks)
	Moved                bool   // its place in the Outline changed
	Renamed              bool
	Blocks               []Block
}

// Block is one text block of a chapter in either state.
type Block struct {
	ID     string
	Status Status
	Spans  []textdiff.Span // the words, marked; for an added or removed block all Added or Removed
}

// Changed reports whether anything about the chapter differs.
func (c Chapter) Changed() bool {
	return c.Status != Same || c.Moved || c.Renamed || c.TextChanged() > 0
}

// TextChanged counts the chapter's blocks whose text differs.
func (c Chapter) TextChanged() int {
	n := 0
	for _, b := range c.Blocks {
		if b.Status != Same {
			n++
		}
	}
	return n
}

// Comparison is what differs between two states of a plan.
type Comparison struct {
	OldTitle, NewTitle string
	Chapters           []Chapter // in the new outline's order, removed ones where they stood
}

// Changed reports whether the two states differ at all.
func (c Comparison) Changed() bool {
	if c.OldTitle != c.NewTitle {
		return true
	}
	for _, ch := range c.Chapters {
		if ch.Changed() {
			return true
		}
	}
	return false
}

// Outline is a plan's chapters in reading order: each with its number as
// the editor and the print give it, its parent chapter ("" for a chapter
// of the plan itself) and its blocks.
type Outline struct {
	Order  []data.Record
	Number map[string]string
	Parent map[string]string
	Blocks map[string][]data.Record
}

// ReadOutline reads the outline of plan planID from r.
func ReadOutline(ctx context.Context, r Reader, planID string) (Outline, error) {
	o := Outline{Number: map[string]string{}, Parent: map[string]string{}, Blocks: map[string][]data.Record{}}
	secs, err := r.ListWhere(ctx, data.KindSection, data.Section.PlanID, planID)
	if err != nil {
		return o, err
	}
	children := map[string][]data.Record{}
	for _, s := range secs {
		children[s.Get(data.Section.ParentID)] = append(children[s.Get(data.Section.ParentID)], s)
	}
	ids, titles := map[string][]string{}, map[string]string{}
	for _, s := range secs {
		ids[s.Get(data.Section.ParentID)] = append(ids[s.Get(data.Section.ParentID)], s.ID)
		titles[s.ID] = s.Get(data.Section.Title)
	}
	o.Number = Numbers(ids, func(id string) string { return titles[id] })
	var walk func(parent string) error
	walk = func(parent string) error {
		for _, s := range children[parent] {
			o.Order = append(o.Order, s)
			o.Parent[s.ID] = parent
			bs, err := r.ListWhere(ctx, data.KindBlock, data.Block.SectionID, s.ID)
			if err != nil {
				return err
			}
			o.Blocks[s.ID] = bs
			if err := walk(s.ID); err != nil {
				return err
			}
		}
		return nil
	}
	return o, walk("")
}

// Numbers numbers chapters as the plan editor shows them and a plan
// prints them: front matter
// (Voorwoord, Samenvatting) before the first chapter has no number; then
// 1, 2, 3 with sub-chapters 1.1, 1.2; annexes (a title that starts with
// Bijlage) are lettered A, B with sub-chapters A.1.
func Numbers(children map[string][]string, title func(string) string) map[string]string {
	nums := map[string]string{}
	var sub func(parent, prefix string)
	sub = func(parent, prefix string) {
		for i, id := range children[parent] {
			n := ""
			if prefix != "" {
				n = prefix + "." + strconv.Itoa(i+1)
			}
			nums[id] = n
			sub(id, n)
		}
	}
	chapter, annex := 0, 0
	for _, id := range children[""] {
		t := strings.ToLower(strings.TrimSpace(title(id)))
		n := ""
		switch {
		case chapter == 0 && annex == 0 && (t == "voorwoord" || t == "samenvatting"):
		case strings.HasPrefix(t, "bijlage"):
			if annex < 26 {
				n = string(rune('A' + annex))
			} else {
				n = "A" + strconv.Itoa(annex)
			}
			annex++
		default:
			chapter++
			n = strconv.Itoa(chapter)
		}
		nums[id] = n
		sub(id, n)
	}
	return nums
}

// Compare compares the plan planID in state old with the same plan in
// state new.
func Compare(ctx context.Context, old, new Reader, planID string) (Comparison, error) {
	var c Comparison
	op, err := old.Get(ctx, data.KindPlan, planID)
	if err != nil {
		return c, err
	}
	np, err := new.Get(ctx, data.KindPlan, planID)
	if err != nil {
		return c, err
	}
	c.OldTitle, c.NewTitle = op.Get(data.Plan.Title), np.Get(data.Plan.Title)
	a, err := ReadOutline(ctx, old, planID)
	if err != nil {
		return c, err
	}
	b, err := ReadOutline(ctx, new, planID)
	if err != nil {
		return c, err
	}
	inOld := map[string]data.Record{}
	for _, s := range a.Order {
		inOld[s.ID] = s
	}
	inNew := map[string]bool{}
	for _, s := range b.Order {
		inNew[s.ID] = true
	}
	// Removed chapters are shown after the chapter that stood before them.
	removedAfter := map[string][]data.Record{}
	prev := ""
	for _, s := range a.Order {
		if !inNew[s.ID] {
			removedAfter[prev] = append(removedAfter[prev], s)
			continue
		}
		prev = s.ID
	}
	removed := func(after string) {
		for _, s := range removedAfter[after] {
			c.Chapters = append(c.Chapters, Chapter{ID: s.ID, OldNumber: a.Number[s.ID], OldTitle: s.Get(data.Section.Title),
				Status: Removed, Blocks: blocks(a.Blocks[s.ID], nil)})
		}
	}
	removed("")
	for _, s := range b.Order {
		ch := Chapter{ID: s.ID, NewNumber: b.Number[s.ID], NewTitle: s.Get(data.Section.Title)}
		if o, ok := inOld[s.ID]; ok {
			ch.OldNumber, ch.OldTitle = a.Number[s.ID], o.Get(data.Section.Title)
			ch.Renamed = ch.OldTitle != ch.NewTitle
			ch.Moved = a.Parent[s.ID] != b.Parent[s.ID] || movedAmongSiblings(a, b, s.ID)
			ch.Blocks = blocks(a.Blocks[s.ID], b.Blocks[s.ID])
		} else {
			ch.Status = Added
			ch.Blocks = blocks(nil, b.Blocks[s.ID])
		}
		c.Chapters = append(c.Chapters, ch)
		removed(s.ID)
	}
	return c, nil
}

// movedAmongSiblings reports whether a chapter's place changed relative to
// the siblings it has in both states: a chapter whose neighbour was
// deleted has not moved.
func movedAmongSiblings(a, b Outline, id string) bool {
	order := func(o Outline) []string {
		var ids []string
		for _, s := range o.Order {
			if o.Parent[s.ID] == o.Parent[id] {
				ids = append(ids, s.ID)
			}
		}
		return ids
	}
	both := func(ids []string, other Outline) []string {
		var out []string
		for _, x := range ids {
			if _, ok := other.Number[x]; ok {
				out = append(out, x)
			}
		}
		return out
	}
	oa, ob := both(order(a), b), both(order(b), a)
	return strings.Join(oa, ",") != strings.Join(ob, ",")
}

// blocks pairs the blocks of a chapter in both states by id, in the new
// order, removed ones where they stood, and compares their words.
func blocks(old, new []data.Record) []Block {
	oldByID := map[string]data.Record{}
	for _, b := range old {
		oldByID[b.ID] = b
	}
	inNew := map[string]bool{}
	for _, b := range new {
		inNew[b.ID] = true
	}
	removedAfter := map[string][]data.Record{}
	prev := ""
	for _, b := range old {
		if !inNew[b.ID] {
			removedAfter[prev] = append(removedAfter[prev], b)
			continue
		}
		prev = b.ID
	}
	var out []Block
	removed := func(after string) {
		for _, b := range removedAfter[after] {
			out = append(out, Block{ID: b.ID, Status: Removed, Spans: []textdiff.Span{{Op: textdiff.Removed, Text: b.Get(data.Block.Text)}}})
		}
	}
	removed("")
	for _, b := range new {
		o, ok := oldByID[b.ID]
		switch {
		case !ok:
			out = append(out, Block{ID: b.ID, Status: Added, Spans: []textdiff.Span{{Op: textdiff.Added, Text: b.Get(data.Block.Text)}}})
		case o.Get(data.Block.Text) == b.Get(data.Block.Text):
			out = append(out, Block{ID: b.ID, Status: Same, Spans: []textdiff.Span{{Op: textdiff.Same, Text: b.Get(data.Block.Text)}}})
		default:
			out = append(out, Block{ID: b.ID, Status: Changed, Spans: textdiff.Words(o.Get(data.Block.Text), b.Get(data.Block.Text))})
		}
		removed(b.ID)
	}
	return out
}
