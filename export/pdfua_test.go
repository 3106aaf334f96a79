package export

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/jung-kurt/gofpdf"
)

// The structural checks of a tagged PDF, on the file as qpdf reads it
// (qpdf --json, with the page streams decoded): what a PDF/UA validator
// checks of the structure, so far as it can be checked without one.
//
//   - the catalog marks the document tagged, names its language, shows its
//     title in the title bar and refers to XMP that claims PDF/UA-1;
//   - every text run and every painted path of every page is inside marked
//     content with an MCID or inside an artifact, never both, and marked
//     content is balanced on each page;
//   - every MCID is reached from the structure tree, once, through the
//     parent tree too;
//   - headings start at H1 and never skip a level;
//   - tables have header cells with a scope; figures have alternative text;
//     every link annotation sits in a Link element and says where it leads;
//   - outside tables, the structure reads in the order the pages draw.

// pdfObjects is a PDF as qpdf --json gives it: values by object reference.
type pdfObjects struct {
	objs    map[string]any    // "3 0 R" -> value (a stream: its dictionary)
	streams map[string][]byte // "4 0 R" -> decoded data
	trailer map[string]any
}

func readPDFObjects(t *testing.T, path string) *pdfObjects {
	t.Helper()
	out := runTool(t, "qpdf", "--json", "--json-key=qpdf", "--json-stream-data=inline", "--decode-level=generalized", path)
	var doc struct {
		QPDF []map[string]json.RawMessage `json:"qpdf"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil || len(doc.QPDF) != 2 {
		t.Fatalf("qpdf --json: %v", err)
	}
	p := &pdfObjects{objs: map[string]any{}, streams: map[string][]byte{}}
	for k, raw := range doc.QPDF[1] {
		var o struct {
			Value  any `json:"value"`
			Stream *struct {
				Dict any    `json:"dict"`
				Data string `json:"data"`
			} `json:"stream"`
		}
		if err := json.Unmarshal(raw, &o); err != nil {
			t.Fatalf("qpdf --json, %s: %v", k, err)
		}
		if k == "trailer" {
			p.trailer, _ = o.Value.(map[string]any)
			continue
		}
		ref := strings.TrimPrefix(k, "obj:")
		if o.Stream != nil {
			p.objs[ref] = o.Stream.Dict
			data, err := base64.StdEncoding.DecodeString(o.Stream.Data)
			if err != nil {
				t.Fatalf("stream %s: %v", ref, err)
			}
			p.streams[ref] = data
			continue
		}
		p.objs[ref] = o.Value
	}
	return p
}

// pageStreams are the decoded content streams of the pages, in order.
func pageStreams(t *testing.T, path string) []string {
	t.Helper()
	p := readPDFObjects(t, path)
	var out []string
	for _, k := range asArray(p.dict(p.dict(p.trailer["/Root"])["/Pages"])["/Kids"]) {
		c, _ := p.dict(k)["/Contents"].(string)
		out = append(out, string(p.streams[c]))
	}
	return out
}

// dict is the dictionary v is or refers to.
func (p *pdfObjects) dict(v any) map[string]any {
	if s, ok := v.(string); ok && strings.HasSuffix(s, " R") {
		v = p.objs[s]
	}
	d, _ := v.(map[string]any)
	return d
}

// pdfString is a string value as qpdf writes it ("u:text").
func pdfString(v any) string {
	s, _ := v.(string)
	return strings.TrimPrefix(s, "u:")
}

// taggedNode is a structure element as the checks read it.
type taggedNode struct {
	Role string
	Text string // the text of its marked content and its kids', in order
	Alt  string
	Kids []*taggedNode
	attr map[string]any
	refs []mcRef // its own marked content, in order
	objr []string
}

type mcRef struct{ page, mcid int }

// find lists the elements of role r under n, in reading order.
func (n *taggedNode) find(r string) []*taggedNode {
	var out []*taggedNode
	for _, k := range n.Kids {
		if k.Role == r {
			out = append(out, k)
		}
		out = append(out, k.find(r)...)
	}
	return out
}

// pageContent is what one page's content stream holds.
type pageContent struct {
	ids  map[int]bool   // the MCIDs on the page
	text map[int]string // MCID -> its text
}

// checkTagged runs every structural check on the PDF at path and returns
// its structure tree, whose root is the Document element.
func checkTagged(t *testing.T, path string) *taggedNode {
	t.Helper()
	doc, problems := tagProblems(readPDFObjects(t, path))
	for i, pr := range problems {
		if i == 12 {
			t.Errorf("… and %d more", len(problems)-i)
			break
		}
		t.Error(pr)
	}
	if doc == nil {
		t.FailNow()
	}
	return doc
}

// tagProblems lists what is wrong with the tagging of p, and returns its
// structure tree (nil when there is none).
func tagProblems(p *pdfObjects) (*taggedNode, []string) {
	var problems []string
	bad := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }
	cat := p.dict(p.trailer["/Root"])
	if mi := p.dict(cat["/MarkInfo"]); mi["/Marked"] != true {
		bad("the catalog lacks /MarkInfo <</Marked true>>")
	}
	if pdfString(cat["/Lang"]) != "nl-NL" {
		bad("the document's language is %v, not nl-NL", cat["/Lang"])
	}
	if vp := p.dict(cat["/ViewerPreferences"]); vp["/DisplayDocTitle"] != true {
		bad("a reader's title bar would show the file name, not the title (DisplayDocTitle)")
	}
	if meta, _ := cat["/Metadata"].(string); !strings.Contains(string(p.streams[meta]), "<pdfuaid:part>1</pdfuaid:part>") {
		bad("the XMP does not claim PDF/UA-1 (pdfuaid:part)")
	}
	if info := p.dict(p.trailer["/Info"]); pdfString(info["/Title"]) == "" {
		bad("the document has no title")
	}

	// The pages: marked content, and the text of each MCID.
	pagesDict := p.dict(cat["/Pages"])
	kids, _ := pagesDict["/Kids"].([]any)
	pageIndex := map[string]int{}
	pages := make([]pageContent, len(kids))
	var annots []string
	for i, k := range kids {
		ref := k.(string)
		pageIndex[ref] = i
		pd := p.dict(ref)
		if pd["/Tabs"] != "/S" {
			bad("page %d does not follow the structure's tab order (/Tabs /S)", i+1)
		}
		if sp, ok := pd["/StructParents"].(float64); !ok || int(sp) != i {
			bad("page %d has /StructParents %v", i+1, pd["/StructParents"])
		}
		for _, a := range asArray(pd["/Annots"]) {
			annots = append(annots, a.(string))
		}
		var data []byte
		switch c := pd["/Contents"].(type) {
		case string:
			data = p.streams[c]
		case []any:
			for _, s := range c {
				data = append(append(data, p.streams[s.(string)]...), '\n')
			}
		}
		pages[i] = scanContent(bad, i+1, data)
	}

	// The structure tree, walked in order.
	root := p.dict(cat["/StructTreeRoot"])
	if root == nil {
		bad("the catalog has no structure tree")
		return nil, problems
	}
	seen := map[mcRef]bool{}
	var order []mcRef // marked content outside tables, in reading order
	var walk func(ref string, parent string, inTable bool) *taggedNode
	walk = func(ref string, parent string, inTable bool) *taggedNode {
		e := p.dict(ref)
		n := &taggedNode{Role: strings.TrimPrefix(fmt.Sprint(e["/S"]), "/"), Alt: pdfString(e["/Alt"]), attr: p.dict(e["/A"])}
		if e["/P"] != parent {
			bad("element %s (%s) names %v as its parent, not %s", ref, n.Role, e["/P"], parent)
		}
		inTable = inTable || n.Role == "Table"
		pg, _ := e["/Pg"].(string)
		var text strings.Builder
		add := func(s string) {
			if text.Len() > 0 && s != "" {
				text.WriteByte(' ')
			}
			text.WriteString(s)
		}
		addRef := func(page string, mcid int) {
			pi, ok := pageIndex[page]
			if !ok {
				bad("element %s refers to %q, which is no page", ref, page)
				return
			}
			r := mcRef{pi, mcid}
			if seen[r] {
				bad("MCID %d of page %d is in the structure twice", mcid, pi+1)
			}
			seen[r] = true
			n.refs = append(n.refs, r)
			if !inTable {
				order = append(order, r)
			}
			if !pages[pi].ids[mcid] {
				bad("element %s (%s) refers to MCID %d, which page %d does not have", ref, n.Role, mcid, pi+1)
			}
			add(pages[pi].text[mcid])
		}
		for _, k := range asArray(e["/K"]) {
			switch k := k.(type) {
			case float64:
				addRef(pg, int(k))
			case string:
				c := walk(k, ref, inTable)
				n.Kids = append(n.Kids, c)
				add(c.Text)
			case map[string]any:
				switch k["/Type"] {
				case "/MCR":
					addRef(k["/Pg"].(string), int(k["/MCID"].(float64)))
				case "/OBJR":
					n.objr = append(n.objr, k["/Obj"].(string))
				default:
					bad("element %s has a kid %v", ref, k)
				}
			}
		}
		n.Text = squash(text.String())
		return n
	}
	docKids := asArray(root["/K"])
	if len(docKids) != 1 {
		bad("the structure tree has %d roots, not one Document", len(docKids))
		return nil, problems
	}
	rootRef := ""
	for k, v := range p.objs {
		if d, ok := v.(map[string]any); ok && d["/Type"] == "/StructTreeRoot" {
			rootRef = k
		}
	}
	doc := walk(docKids[0].(string), rootRef, false)
	if doc.Role != "Document" {
		bad("the structure starts with %s, not Document", doc.Role)
	}
	for pi, pc := range pages {
		for mcid := range pc.ids {
			if !seen[mcRef{pi, mcid}] {
				bad("MCID %d of page %d is in no structure element", mcid, pi+1)
			}
		}
	}
	for i := 1; i < len(order); i++ {
		if a, b := order[i-1], order[i]; b.page < a.page || b.page == a.page && b.mcid < a.mcid {
			bad("the structure reads MCID %d of page %d after MCID %d of page %d: not the order the page draws", b.mcid, b.page+1, a.mcid, a.page+1)
			break
		}
	}

	// The parent tree leads each MCID back to its element.
	nums := asArray(p.dict(root["/ParentTree"])["/Nums"])
	if len(nums)/2 < len(pages) {
		bad("the parent tree has %d entries for %d pages", len(nums)/2, len(pages))
	}

	// Headings nest without gaps.
	level := 0
	for _, h := range headings(doc) {
		n, _ := strconv.Atoi(h.Role[1:])
		if n > level+1 {
			bad("heading %q is %s after H%d", h.Text, h.Role, level)
		}
		level = n
	}
	for _, tb := range doc.find("Table") {
		ths := tb.find("TH")
		if len(ths) == 0 {
			bad("a table (%.40q) has no header cells", tb.Text)
		}
		for _, th := range ths {
			if th.attr["/Scope"] == nil {
				bad("header cell %q has no scope", th.Text)
			}
		}
	}
	for _, f := range doc.find("Figure") {
		if strings.TrimSpace(f.Alt) == "" {
			bad("a figure has no alternative text")
		}
	}
	linked := map[string]bool{}
	for _, l := range doc.find("Link") {
		if len(l.objr) == 0 {
			bad("Link %q has no annotation", l.Text)
		}
		for _, o := range l.objr {
			linked[o] = true
		}
	}
	for _, a := range annots {
		ad := p.dict(a)
		if !linked[a] {
			bad("annotation %s is in no Link element", a)
		}
		if _, ok := ad["/StructParent"].(float64); !ok {
			bad("annotation %s has no /StructParent", a)
		}
		if pdfString(ad["/Contents"]) == "" {
			bad("annotation %s does not say where it leads (/Contents)", a)
		}
	}
	return doc, problems
}

// headings are the headings under n, in reading order.
func headings(n *taggedNode) []*taggedNode {
	var out []*taggedNode
	for _, k := range n.Kids {
		if len(k.Role) == 2 && k.Role[0] == 'H' && k.Role[1] >= '1' && k.Role[1] <= '6' {
			out = append(out, k)
		}
		out = append(out, headings(k)...)
	}
	return out
}

func asArray(v any) []any {
	switch v := v.(type) {
	case []any:
		return v
	case nil:
		return nil
	}
	return []any{v}
}

// scanContent reads a page's content stream: it checks that every text run
// and painted path is in marked content with an MCID or in an artifact,
// and returns its MCIDs and their text.
func scanContent(bad func(string, ...any), page int, data []byte) pageContent {
	pc := pageContent{ids: map[int]bool{}, text: map[int]string{}}
	type mark struct {
		artifact bool
		mcid     int // -1: none
	}
	var stack []mark
	var operands []string
	inside := func() (mark, bool) {
		for i := len(stack) - 1; i >= 0; i-- {
			if stack[i].artifact || stack[i].mcid >= 0 {
				return stack[i], true
			}
		}
		return mark{}, false
	}
	complaints := 0
	complain := func(format string, args ...any) {
		if complaints < 5 {
			bad("page %d: "+format, append([]any{page}, args...)...)
		}
		complaints++
	}
	for _, tok := range contentTokens(data) {
		if !tok.op {
			operands = append(operands, tok.text)
			continue
		}
		switch tok.text {
		case "BDC", "BMC":
			m := mark{mcid: -1}
			if len(operands) > 0 && operands[0] == "/Artifact" {
				m.artifact = true
			}
			if len(operands) > 1 {
				if id := mcidOf.FindStringSubmatch(operands[1]); id != nil {
					m.mcid, _ = strconv.Atoi(id[1])
				}
			}
			if outer, ok := inside(); ok && (m.artifact || m.mcid >= 0) {
				complain("marked content (artifact %v, MCID %d) inside other (artifact %v, MCID %d)", m.artifact, m.mcid, outer.artifact, outer.mcid)
			}
			if m.mcid >= 0 {
				if pc.ids[m.mcid] {
					complain("MCID %d is used twice", m.mcid)
				}
				pc.ids[m.mcid] = true
			}
			stack = append(stack, m)
		case "EMC":
			if len(stack) == 0 {
				complain("EMC without BDC")
			} else {
				stack = stack[:len(stack)-1]
			}
		case "Tj", "TJ", "'", "\"":
			m, ok := inside()
			if !ok {
				complain("text %q is neither tagged nor an artifact", decodeShown(operands))
			} else if !m.artifact {
				if pc.text[m.mcid] != "" {
					pc.text[m.mcid] += " "
				}
				pc.text[m.mcid] += decodeShown(operands)
			}
		case "f", "F", "f*", "S", "s", "B", "B*", "b", "b*", "Do", "sh":
			if _, ok := inside(); !ok {
				complain("a painted path (%s) is neither tagged nor an artifact", tok.text)
			}
		}
		operands = operands[:0]
	}
	if len(stack) != 0 {
		complain("%d marked contents left open", len(stack))
	}
	return pc
}

var mcidOf = regexp.MustCompile(`/MCID\s+(\d+)`)

type contentToken struct {
	text string
	op   bool
}

// contentTokens splits a content stream into operands and operators. A
// literal string is kept with its parentheses, a dictionary or array as
// one operand.
func contentTokens(b []byte) []contentToken {
	var out []contentToken
	i := 0
	for i < len(b) {
		c := b[i]
		switch {
		case c == ' ' || c == '\n' || c == '\r' || c == '\t':
			i++
		case c == '%':
			for i < len(b) && b[i] != '\n' {
				i++
			}
		case c == '(':
			j, depth := i+1, 1
			for j < len(b) && depth > 0 {
				switch b[j] {
				case '\\':
					j++
				case '(':
					depth++
				case ')':
					depth--
				}
				j++
			}
			out = append(out, contentToken{text: string(b[i:j])})
			i = j
		case c == '<' && i+1 < len(b) && b[i+1] == '<', c == '[':
			open, close := "<<", ">>"
			if c == '[' {
				open, close = "[", "]"
			}
			j, depth := i+len(open), 1
			for j < len(b) && depth > 0 {
				switch {
				case b[j] == '(':
					for j++; j < len(b) && b[j] != ')'; j++ {
						if b[j] == '\\' {
							j++
						}
					}
				case strings.HasPrefix(string(b[j:min(j+2, len(b))]), open):
					depth++
					j += len(open) - 1
				case strings.HasPrefix(string(b[j:min(j+2, len(b))]), close):
					depth--
					j += len(close) - 1
				}
				j++
			}
			out = append(out, contentToken{text: string(b[i:j])})
			i = j
		case c == '/':
			j := i + 1
			for j < len(b) && !strings.ContainsRune(" \n\r\t/<>[]()%", rune(b[j])) {
				j++
			}
			out = append(out, contentToken{text: string(b[i:j])})
			i = j
		case c == '<':
			j := i + 1
			for j < len(b) && b[j] != '>' {
				j++
			}
			out = append(out, contentToken{text: string(b[i : j+1])})
			i = j + 1
		case c == '-' || c == '+' || c == '.' || c >= '0' && c <= '9':
			j := i + 1
			for j < len(b) && (b[j] == '.' || b[j] >= '0' && b[j] <= '9') {
				j++
			}
			out = append(out, contentToken{text: string(b[i:j])})
			i = j
		default:
			j := i + 1
			for j < len(b) && !strings.ContainsRune(" \n\r\t/<>[]()%", rune(b[j])) {
				j++
			}
			out = append(out, contentToken{text: string(b[i:j]), op: true})
			i = j
		}
	}
	return out
}

// decodeShown is the text a Tj shows: gofpdf writes UTF-16BE in a
// literal string.
func decodeShown(operands []string) string {
	if len(operands) == 0 {
		return ""
	}
	s := operands[len(operands)-1]
	if !strings.HasPrefix(s, "(") {
		return ""
	}
	s = s[1 : len(s)-1]
	var raw []byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' || i+1 == len(s) {
			raw = append(raw, c)
			continue
		}
		i++
		switch s[i] {
		case 'n':
			raw = append(raw, '\n')
		case 'r':
			raw = append(raw, '\r')
		case 't':
			raw = append(raw, '\t')
		case 'b':
			raw = append(raw, '\b')
		case 'f':
			raw = append(raw, '\f')
		default:
			if s[i] >= '0' && s[i] <= '7' {
				j := i
				for j < len(s) && j < i+3 && s[j] >= '0' && s[j] <= '7' {
					j++
				}
				v, _ := strconv.ParseUint(s[i:j], 8, 8)
				raw = append(raw, byte(v))
				i = j - 1
			} else {
				raw = append(raw, s[i])
			}
		}
	}
	u := make([]uint16, len(raw)/2)
	for i := range u {
		u[i] = uint16(raw[2*i])<<8 | uint16(raw[2*i+1])
	}
	return string(utf16.Decode(u))
}

// TestPublicPlanIsTagged checks the public plan of the demo region as a
// screen reader meets it: its headings are its chapters, in order and
// numbered as printed; the table of contents is a TOC whose entries link
// to them; lists and tables are lists and tables; the CONCEPT mark and the
// running header and footer are not read.
func TestPublicPlanIsTagged(t *testing.T) {
	s := newStore(t, true)
	plan := planByTitle(t, s, "West-Friesland")
	path, _ := writePDF(t, func(w *bytes.Buffer) error {
		return WritePlan(context.Background(), s, plan.ID, PlanOptions{Public: true}, w)
	})
	doc := checkTagged(t, path)
	var hs []string
	for _, h := range headings(doc) {
		hs = append(hs, h.Role+" "+h.Text)
	}
	got := strings.Join(hs, "\n")
	for _, want := range []string{
		"H1 Regionaal beleidsplan aanpak mensenhandel West-Friesland 2025-2028\nH1 Versiebeheer\nH2 Colofon\nH1 Inhoudsopgave\nH1 Voorwoord",
		"H1 2 Wat is mensenhandel\nH2 2.1 Seksuele uitbuiting",
		"H1 Bijlage A Uitvoeringsagenda",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the headings do not read %q:\n%s", want, got)
		}
	}
	tocs := doc.find("TOC")
	if len(tocs) != 1 {
		t.Fatalf("%d tables of contents in the structure", len(tocs))
	}
	entries := tocs[0].find("TOCI")
	if len(entries) < 20 {
		t.Errorf("the table of contents has %d entries", len(entries))
	}
	for _, e := range entries {
		if ls := e.find("Link"); len(ls) != 1 || len(ls[0].objr) != 1 {
			t.Errorf("entry %q of the table of contents is no link", e.Text)
		}
	}
	if e := entries[len(entries)-1]; !strings.HasPrefix(e.Text, "Bijlage D Begrippenlijst") {
		t.Errorf("the last entry of the table of contents reads %q", e.Text)
	}
	lists := doc.find("L")
	if len(lists) == 0 {
		t.Error("the plan's bulleted texts are no lists")
	}
	for _, l := range lists {
		for _, li := range l.find("LI") {
			if len(li.Kids) != 2 || li.Kids[0].Role != "Lbl" || li.Kids[1].Role != "LBody" {
				t.Errorf("list item %q is not a label and a body", li.Text)
			}
		}
	}
	agenda := false
	for _, tb := range doc.find("Table") {
		var heads []string
		for _, th := range tb.find("TH") {
			heads = append(heads, th.Text)
		}
		if strings.HasPrefix(strings.Join(heads, "|"), "#|Actie") {
			agenda = true
			if tb.find("THead") == nil || tb.find("TBody") == nil || len(tb.find("TR")) < 10 {
				t.Errorf("the uitvoeringsagenda has no head and body of rows")
			}
		}
	}
	if !agenda {
		t.Error("the uitvoeringsagenda is no table with header cells")
	}
	if all := doc.find("P"); len(all) < 50 {
		t.Errorf("the plan has %d paragraphs", len(all))
	}
	if strings.Contains(flatten(doc), "pagina 2 van") {
		t.Error("the page footer is read as text")
	}

	// The checks find what is wrong: a skipped heading level, a table
	// without header cells, an untagged file.
	// The structure is in compressed object streams: qpdf writes it out
	// plain (QDF), the bytes are changed, and fix-qdf mends the offsets.
	dir := t.TempDir()
	qdf := filepath.Join(dir, "plain.pdf")
	runTool(t, "qpdf", "--qdf", "--object-streams=disable", path, qdf)
	plain, err := os.ReadFile(qdf)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ from, to, want string }{
		{"/S /H2\n", "/S /H3\n", "is H3 after H1"},
		{"/S /TH\n", "/S /TD\n", "has no header cells"},
		{"/Marked true", "/Marked null", "/MarkInfo"},
	} {
		changed := filepath.Join(dir, "changed.pdf")
		os.WriteFile(changed, bytes.ReplaceAll(plain, []byte(c.from), []byte(c.to)), 0o644)
		bad := filepath.Join(dir, "bad.pdf")
		os.WriteFile(bad, []byte(runTool(t, "fix-qdf", changed)), 0o644)
		_, problems := tagProblems(readPDFObjects(t, bad))
		if !strings.Contains(strings.Join(problems, "\n"), c.want) {
			t.Errorf("with %q for %q the checks did not find %q: %q", c.to, c.from, c.want, problems)
		}
	}
	untagged := filepath.Join(t.TempDir(), "untagged.pdf")
	p := gofpdf.New("P", "mm", "A4", "")
	p.AddPage()
	p.SetFont("Helvetica", "", 12)
	p.Text(20, 20, "Inleiding")
	p.Line(20, 22, 100, 22)
	if err := p.OutputFileAndClose(untagged); err != nil {
		t.Fatal(err)
	}
	if _, problems := tagProblems(readPDFObjects(t, untagged)); !strings.Contains(strings.Join(problems, "\n"), "no structure tree") {
		t.Errorf("an untagged file passes: %q", problems)
	}
	var ops []string
	scanContent(func(f string, a ...any) { ops = append(ops, fmt.Sprintf(f, a...)) }, 1,
		[]byte("/P <</MCID 0>> BDC BT (\000a) Tj ET EMC 0 0 1 1 re f BT (\000b) Tj ET /Artifact BMC 0 0 m 1 1 l S EMC"))
	if got := strings.Join(ops, "\n"); !strings.Contains(got, "painted path (f)") || !strings.Contains(got, `text "b"`) || strings.Contains(got, `"a"`) {
		t.Errorf("the content checks found %q", got)
	}
}

// flatten is the text of n and everything under it.
func flatten(n *taggedNode) string { return n.Text }

// TestReportIsTagged checks the voortgangsrapportage's charts: each is a
// figure whose alternative text gives its numbers.
func TestReportIsTagged(t *testing.T) {
	s := periodStore(t)
	path, _ := writePDF(t, func(w *bytes.Buffer) error { return WriteReport(context.Background(), s, "", w, year2025) })
	doc := checkTagged(t, path)
	figs := doc.find("Figure")
	if len(figs) < 6 {
		t.Fatalf("the report has %d figures; every chart should be one", len(figs))
	}
	for _, f := range figs {
		if !strings.HasPrefix(f.Alt, "Staafdiagram") || !regexp.MustCompile(`\d`).MatchString(f.Alt) {
			t.Errorf("a chart's alternative text does not give its numbers: %q", f.Alt)
		}
	}
	// The two charts of a theme have headings of one level, under the
	// theme's.
	roles := map[string]string{}
	for _, h := range headings(doc) {
		roles[h.Text] = h.Role
	}
	if a, b := roles["Alle gemeenten samen"], roles["Per gemeente"]; a != "H2" || b != "H2" {
		t.Errorf("the chart headings of a theme are %q and %q, not both H2", a, b)
	}
}
