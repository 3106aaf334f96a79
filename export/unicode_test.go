package export

import (
	"bytes"
	"compress/zlib"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"ketenregie/data"
	"ketenregie/export/typeset"
)

// unicodeFixture is the small plan with a cluster around Hoorn, so that
// every document prints the records whose text the tests change.
type unicodeFixture struct {
	s                   *data.Store
	plan, block, agreem string
	org, action         string
}

func newUnicodeFixture(t testing.TB) *unicodeFixture {
	t.Helper()
	ctx := context.Background()
	s := newStore(t, false)
	fx := &unicodeFixture{s: s, plan: smallPlan(t, s)}
	err := s.Write(ctx, func(tx *data.Tx) error {
		_, err := tx.Create("cluster", map[string]string{"name": "West-Friesland", "municipality_ids": "GM0405"})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	first := func(kind, field, value string) string {
		all, err := s.List(ctx, kind)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range all {
			if strings.Contains(r.Get(field), value) {
				return r.ID
			}
		}
		t.Fatalf("no %s with %q", kind, value)
		return ""
	}
	fx.block = first("block", "text", "aanpak van mensenhandel")
	fx.agreem = first("agreement", "title", "Convenant ketensamenwerking")
	fx.org = first("organisation", "name", "Politie")
	fx.action = first("action", "title", "Signaleringstraining")
	return fx
}

// set puts text into a title, a paragraph, an agreement, an organisation
// and an action, which the plan, the report and the overview print.
func (fx *unicodeFixture) set(text string) error {
	return fx.s.Write(context.Background(), func(tx *data.Tx) error {
		for _, u := range []struct{ kind, id, field string }{
			{"plan", fx.plan, "title"},
			{"block", fx.block, "text"},
			{"agreement", fx.agreem, "title"},
			{"organisation", fx.org, "name"},
			{"action", fx.action, "title"},
		} {
			if err := tx.Update(u.kind, u.id, map[string]string{u.field: text}); err != nil {
				return err
			}
		}
		return nil
	})
}

// documents are the three printed documents, each written to a Printout.
func (fx *unicodeFixture) documents() map[string]func(p *typeset.Printout) error {
	ctx := context.Background()
	return map[string]func(p *typeset.Printout) error{
		"plan":       func(p *typeset.Printout) error { return WritePlan(ctx, fx.s, fx.plan, PlanOptions{}, p) },
		"report":     func(p *typeset.Printout) error { return WriteReport(ctx, fx.s, "", p) },
		"agreements": func(p *typeset.Printout) error { return WriteAgreements(ctx, fx.s, data.AgreementFilter{}, p) },
	}
}

// TestUnicodeIssueCases prints the texts of issue 13 in every document:
// emoji and ✓ used to crash gofpdf, CJK printed as empty boxes without a
// word. Now symbols, emoji, Chinese and Korean print from the fallback
// fonts, and what no font has (Ethiopic, Mongolian) prints as □ and is
// reported with its page.
func TestUnicodeIssueCases(t *testing.T) {
	fx := newUnicodeFixture(t)
	for _, c := range []struct {
		name, text string
		replaced   bool   // some characters print as □
		want       string // what pdftotext finds
	}{
		{"emoji", "Overleg 😀 👍🏽 ❤️ 👨‍👩‍👧 🎉", false, "Overleg 😀 👍 ❤ 👨👩👧 🎉"},
		{"symbols", "Gereed ✓ ✗ → ★ • ☎ ⚠", false, "Gereed ✓ ✗ → ★ • ☎ ⚠"},
		{"cjk", "Overleg 北京 東京 大阪 서울", false, "Overleg 北京 東京 大阪 서울"},
		{"no font", "Overleg ሰላም ᠮᠣᠩᠭᠣᠯ", true, "Overleg □□□ □□□□□□"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if err := fx.set(c.text); err != nil {
				t.Fatal(err)
			}
			for name, write := range fx.documents() {
				var buf bytes.Buffer
				p := &typeset.Printout{Writer: &buf}
				if err := write(p); err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				path, _ := writePDF(t, func(w *bytes.Buffer) error { _, err := w.Write(buf.Bytes()); return err })
				checkWellFormed(t, path)
				if doc := squash(pageText(t, path, 0)); !strings.Contains(doc, c.want) {
					t.Errorf("%s does not show %q", name, c.want)
				}
				if c.replaced != (p.Count() > 0) {
					t.Errorf("%s: %d characters replaced (%v), want replaced=%v", name, p.Count(), p.Examples(3), c.replaced)
				}
				if c.replaced && (len(p.Pages()) == 0 || p.Pages()[0] < 1 || !strings.Contains(strings.Join(p.Examples(3), " "), "□□")) {
					t.Errorf("%s does not say where: pages %v, %v", name, p.Pages(), p.Examples(3))
				}
			}
		})
	}
}

// FuzzDocuments feeds any text, valid UTF-8 or not, into every document:
// through the records where the data layer accepts it, and straight into
// the page furniture, metadata, bookmarks and running text. Each must give
// a well-formed PDF.
func FuzzDocuments(f *testing.F) {
	for _, seed := range []string{
		"Overleg 😀 ✓ 北京 ሰላም", "\x00\x1b[2J\u202e\u0301\u200d\ufe0f", "\xff\xfe\xc3", "𝐯𝐞𝐭 🂡 \U0010FFFD \U000E0001",
		"a\u0300\u0301\u0302\u0303 ﷺ ꧁꧂ \uFFFF \uE000 \uD7FF", strings.Repeat("👍🏽", 300),
	} {
		f.Add(seed)
	}
	fx := newUnicodeFixture(f)
	f.Fuzz(func(t *testing.T, text string) {
		var buf bytes.Buffer
		err := typeset.Render(&buf, typeset.Furniture{Header: text, HeaderRight: text, FooterLeft: text, Watermark: text,
			FooterRight: func(page, total int) string { return text }},
			typeset.Info{Title: text, Author: text, Subject: text, Keywords: text},
			func(d *typeset.Doc) error {
				d.NewPage(false)
				d.Anchor("x", text, 0)
				d.Paragraph([]typeset.Span{{Text: text}, {Text: text, Bold: true}, {Text: text, Italic: true}}, typeset.Body, 2)
				d.Bullets([][]typeset.Span{typeset.Plain(text)}, typeset.BodyLeft, typeset.Bullet, 2)
				d.NewPage(true)
				d.Text(d.Left, d.Top, d.Fit(text, typeset.BoldItalic, 10, 40), typeset.BoldItalic, 10, typeset.ColText)
				return nil
			})
		if err != nil {
			t.Fatal(err)
		}
		checkPDF(t, buf.Bytes())
		if fx.set(text) != nil {
			return // refused by the data layer, which is allowed
		}
		for name, write := range fx.documents() {
			var buf bytes.Buffer
			if err := write(&typeset.Printout{Writer: &buf}); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			checkPDF(t, buf.Bytes())
		}
	})
}

// checkPDF runs qpdf --check when it is installed, and always checks the
// structure in Go: every cross-reference entry points at its object, every
// stream is as long as it says and every compressed one inflates.
func checkPDF(t *testing.T, pdf []byte) {
	t.Helper()
	if err := pdfStructure(pdf); err != nil {
		t.Fatal(err)
	}
	if _, err := exec.LookPath("qpdf"); err != nil {
		return
	}
	path := filepath.Join(t.TempDir(), "f.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("qpdf", "--check", path).CombinedOutput(); err != nil {
		t.Fatalf("qpdf --check: %v\n%s", err, out)
	}
}

var streamLength = regexp.MustCompile(`/Length (\d+)`)

// pdfStructure checks the file's cross-reference stream: every object it
// places in the file is there, every stream in it is as long as it says and
// inflates, and every object it places in an object stream names one.
func pdfStructure(pdf []byte) error {
	if !bytes.HasPrefix(pdf, []byte("%PDF-1.")) || !bytes.HasSuffix(pdf, []byte("%%EOF\n")) {
		return fmt.Errorf("no PDF header or end")
	}
	sx := bytes.LastIndex(pdf, []byte("startxref\n"))
	var xref int
	if _, err := fmt.Sscanf(string(pdf[sx:]), "startxref\n%d", &xref); err != nil || xref <= 0 || xref >= sx {
		return fmt.Errorf("bad startxref")
	}
	rows, err := streamData(pdf[xref:sx])
	if err != nil || !bytes.Contains(pdf[xref:sx], []byte("/Type /XRef /Size ")) || !bytes.Contains(pdf[xref:sx], []byte("/W [1 4 2]")) || len(rows)%7 != 0 {
		return fmt.Errorf("bad cross-reference stream: %v", err)
	}
	n := len(rows) / 7
	entry := func(i int) (kind, a, b int) {
		r := rows[7*i:]
		return int(r[0]), int(r[1])<<24 | int(r[2])<<16 | int(r[3])<<8 | int(r[4]), int(r[5])<<8 | int(r[6])
	}
	for i := 1; i < n; i++ {
		kind, off, _ := entry(i)
		switch kind {
		case 2:
			if k, _, _ := entry(off); off >= n || k != 1 {
				return fmt.Errorf("object %d is in object stream %d, which is not in the file", i, off)
			}
			continue
		case 1:
		default:
			return fmt.Errorf("object %d has cross-reference type %d", i, kind)
		}
		if off <= 0 || off > xref || !bytes.HasPrefix(pdf[off:], []byte(strconv.Itoa(i)+" 0 obj\n")) {
			return fmt.Errorf("object %d is not where the xref says", i)
		}
		obj := pdf[off:]
		obj = obj[:bytes.Index(obj, []byte("endobj"))]
		if !bytes.Contains(obj, []byte("stream\n")) {
			continue
		}
		if _, err := streamData(obj); err != nil {
			return fmt.Errorf("object %d: %v", i, err)
		}
	}
	return nil
}

// streamData is the data of the stream object obj, inflated if it is
// compressed.
func streamData(obj []byte) ([]byte, error) {
	at := bytes.Index(obj, []byte("stream\n"))
	if at < 0 {
		return nil, fmt.Errorf("no stream")
	}
	dict := obj[:at]
	dict = dict[bytes.LastIndex(dict, []byte("<<")):]
	m := streamLength.FindSubmatch(dict)
	if m == nil {
		return nil, fmt.Errorf("a stream without a length")
	}
	length, _ := strconv.Atoi(string(m[1]))
	data := obj[at+len("stream\n"):]
	if len(data) < length || !bytes.HasPrefix(data[length:], []byte("\nendstream")) {
		return nil, fmt.Errorf("stream length %d is wrong", length)
	}
	if !bytes.Contains(dict, []byte("/FlateDecode")) {
		return data[:length], nil
	}
	out, err := zlibAll(data[:length])
	if err != nil {
		return nil, fmt.Errorf("stream does not inflate: %v", err)
	}
	return out, nil
}

func zlibAll(b []byte) ([]byte, error) {
	r, err := zlib.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	return io.ReadAll(r)
}
