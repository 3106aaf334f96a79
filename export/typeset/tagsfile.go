package typeset

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
)

// The structure tree as PDF objects, written after gofpdf's own by rewrite.

// pageObj is the object number gofpdf gives page n (from 1): pages and
// their content streams alternate from object 3.
func pageObj(n int) int { return 1 + 2*n }

// prune drops elements that hold nothing, except table cells, which keep
// their table's rows and columns whole.
func prune(e *elem) bool {
	kids := e.kids[:0]
	for _, k := range e.kids {
		if c, ok := k.(*elem); ok && !prune(c) {
			continue
		}
		kids = append(kids, k)
	}
	e.kids = kids
	return len(e.kids) > 0 || e.role == roleTD || e.role == roleTH
}

// number gives the elements, the tree's root and the link annotations
// their object numbers from next on.
func (t *tags) number(next int) (root int, annots []int) {
	prune(t.root)
	var walk func(e *elem)
	walk = func(e *elem) {
		e.obj = next
		next++
		for _, k := range e.kids {
			if c, ok := k.(*elem); ok {
				walk(c)
			}
		}
	}
	walk(t.root)
	root = next
	next++
	annots = make([]int, len(t.links))
	for i := range t.links {
		annots[i] = next
		next++
	}
	return root, annots
}

// pageEntries are what page n (from 1) adds to its dictionary: its key in
// the parent tree, the tab order of the structure, and its links.
func (t *tags) pageEntries(n int, annots []int) string {
	s := fmt.Sprintf("/StructParents %d\n/Tabs /S\n", n-1)
	var refs []string
	for i, l := range t.links {
		if l.page == n {
			refs = append(refs, fmt.Sprintf("%d 0 R", annots[i]))
		}
	}
	if len(refs) > 0 {
		s += "/Annots [" + strings.Join(refs, " ") + "]\n"
	}
	return s
}

// catalogEntries mark the document as tagged and make a reader's title bar
// show its title rather than its file name.
func catalogEntries(root int) string {
	return fmt.Sprintf("/MarkInfo <</Marked true>>\n/StructTreeRoot %d 0 R\n/ViewerPreferences <</DisplayDocTitle true>>\n", root)
}

// packed is an object that goes into an object stream.
type packed struct {
	num  int
	body []byte
}

// objects are the objects that number numbered, in order.
func (t *tags) objects(root int, annots []int) []packed {
	var objs []packed
	var out *bytes.Buffer
	obj := func(n int) {
		objs = append(objs, packed{num: n})
		out = &bytes.Buffer{}
	}
	done := func() { objs[len(objs)-1].body = out.Bytes() }
	var walk func(e *elem, parent int)
	walk = func(e *elem, parent int) {
		obj(e.obj)
		fmt.Fprintf(out, "<</S /%s /P %d 0 R", e.role, parent)
		if e.alt != "" {
			fmt.Fprintf(out, " /Alt %s", pdfText(e.alt))
		}
		if e.attrs != "" {
			fmt.Fprintf(out, " /A <</O /Table %s>>", e.attrs)
		}
		pg := -1 // the element's page: its marked content there is a bare MCID
		for _, k := range e.kids {
			if m, ok := k.(mcr); ok {
				pg = m.page
				fmt.Fprintf(out, " /Pg %d 0 R", pageObj(pg+1))
				break
			}
		}
		out.WriteString(" /K [")
		for i, k := range e.kids {
			if i > 0 {
				out.WriteByte(' ')
			}
			switch k := k.(type) {
			case *elem:
				fmt.Fprintf(out, "%d 0 R", k.obj)
			case mcr:
				if k.page == pg {
					fmt.Fprintf(out, "%d", k.mcid)
				} else {
					fmt.Fprintf(out, "<</Type /MCR /Pg %d 0 R /MCID %d>>", pageObj(k.page+1), k.mcid)
				}
			case objr:
				fmt.Fprintf(out, "<</Type /OBJR /Pg %d 0 R /Obj %d 0 R>>", pageObj(k.page+1), annots[k.link])
			}
		}
		out.WriteString("]>>")
		done()
		for _, k := range e.kids {
			if c, ok := k.(*elem); ok {
				walk(c, e.obj)
			}
		}
	}
	walk(t.root, root)

	obj(root)
	fmt.Fprintf(out, "<</Type /StructTreeRoot /K %d 0 R /ParentTree <</Nums [", t.root.obj)
	for p, es := range t.parents {
		fmt.Fprintf(out, "%d [", p)
		for i, e := range es {
			if i > 0 {
				out.WriteByte(' ')
			}
			fmt.Fprintf(out, "%d 0 R", e.obj)
		}
		out.WriteString("] ")
	}
	for i, l := range t.links {
		fmt.Fprintf(out, "%d %d 0 R ", len(t.parents)+i, l.elem.obj)
	}
	fmt.Fprintf(out, "]>> /ParentTreeNextKey %d>>", len(t.parents)+len(t.links))
	done()

	for i, l := range t.links {
		obj(annots[i])
		pageH := t.heights[l.page-1]
		x1, y1 := l.x*PtPerMM, (pageH-l.y-l.h)*PtPerMM
		x2, y2 := (l.x+l.w)*PtPerMM, (pageH-l.y)*PtPerMM
		to, ok := t.anchors[l.key]
		if !ok {
			to = spot{1, 0}
		}
		destY := (t.heights[to.page-1] - to.y) * PtPerMM
		text := l.elem.text.String()
		if text == "" {
			text = "Link"
		}
		fmt.Fprintf(out, "<</Type /Annot /Subtype /Link /Rect [%.2f %.2f %.2f %.2f] /Border [0 0 0] /F 4 /Dest [%d 0 R /XYZ 0 %.2f null] /StructParent %d /Contents %s>>",
			x1, y1, x2, y2, pageObj(to.page), destY, len(t.parents)+i, pdfText(text))
		done()
	}
	return objs
}

// perStream is how many objects an object stream holds at most.
const perStream = 500

// writeEnd finishes the file from out on: the structure's objects packed
// into compressed object streams, then a cross-reference stream (which
// objects in object streams need in place of the table) holding trailer,
// whose /Size it sets. offsets are those of the objects written before,
// by number; objects from first on are the structure's and the streams'.
func (t *tags) writeEnd(out *bytes.Buffer, objs []packed, first int, offsets []int, trailer []byte, zw func([]byte) []byte) error {
	root := trailerRoot.FindSubmatch(trailer)
	info := trailerInfo.FindSubmatch(trailer)
	if root == nil || info == nil {
		return fmt.Errorf("pdf: unexpected trailer in gofpdf's output")
	}
	next := first + len(objs)
	type where struct{ stream, index int }
	inStream := map[int]where{}
	offsets = append(offsets[:first:first], make([]int, len(objs)+(len(objs)+perStream-1)/perStream+1)...)
	for from := 0; from < len(objs); from += perStream {
		part := objs[from:min(from+perStream, len(objs))]
		var head, body bytes.Buffer
		for i, o := range part {
			fmt.Fprintf(&head, "%d %d ", o.num, body.Len())
			body.Write(o.body)
			body.WriteByte('\n')
			inStream[o.num] = where{next, i}
		}
		data := zw(append(head.Bytes(), body.Bytes()...))
		offsets[next] = out.Len()
		fmt.Fprintf(out, "%d 0 obj\n<</Type /ObjStm /N %d /First %d /Filter /FlateDecode /Length %d>>\nstream\n", next, len(part), head.Len(), len(data))
		out.Write(data)
		out.WriteString("\nendstream\nendobj\n")
		next++
	}
	xref := next
	size := xref + 1
	offsets[xref] = out.Len()
	var rows bytes.Buffer
	for i := 0; i < size; i++ {
		switch w, ok := inStream[i]; {
		case i == 0:
			rows.Write([]byte{0, 0, 0, 0, 0, 0xFF, 0xFF})
		case ok:
			rows.Write([]byte{2, byte(w.stream >> 24), byte(w.stream >> 16), byte(w.stream >> 8), byte(w.stream), byte(w.index >> 8), byte(w.index)})
		default:
			o := offsets[i]
			rows.Write([]byte{1, byte(o >> 24), byte(o >> 16), byte(o >> 8), byte(o), 0, 0})
		}
	}
	data := zw(rows.Bytes())
	fmt.Fprintf(out, "%d 0 obj\n<</Type /XRef /Size %d /W [1 4 2] /Root %s /Info %s /Filter /FlateDecode /Length %d>>\nstream\n", xref, size, root[1], info[1], len(data))
	out.Write(data)
	fmt.Fprintf(out, "\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n", offsets[xref])
	return nil
}

var (
	trailerRoot = regexp.MustCompile(`/Root (\d+ 0 R)`)
	trailerInfo = regexp.MustCompile(`/Info (\d+ 0 R)`)
)
