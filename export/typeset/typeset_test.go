package typeset

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

func TestWrap(t *testing.T) {
	spans := []Span{{Text: "Mensenhandel is strafbaar gesteld in "}, {Text: "artikel 273f van het Wetboek van Strafrecht", Bold: true},
		{Text: ", kort gezegd: "}, {Text: "werven, vervoeren of huisvesten", Italic: true}, {Text: " met het oogmerk van uitbuiting."}}
	const w = 60.0
	lines := Wrap(spans, Body, w)
	if len(lines) < 3 {
		t.Fatalf("%d lines for a sentence in a 60 mm column", len(lines))
	}
	var words []string
	for i, l := range lines {
		if l.W > w+0.001 {
			t.Errorf("line %d is %.1f mm wide in a %.0f mm column", i, l.W, w)
		}
		if l.hard != (i == len(lines)-1) {
			t.Errorf("line %d: hard %v; only the last line is not justified", i, l.hard)
		}
		for _, wd := range l.words {
			var b strings.Builder
			for _, p := range wd.pieces {
				b.WriteString(p.text)
			}
			words = append(words, b.String())
		}
	}
	if got, want := strings.Join(words, " "), "Mensenhandel is strafbaar gesteld in artikel 273f van het Wetboek van Strafrecht, kort gezegd: werven, vervoeren of huisvesten met het oogmerk van uitbuiting."; got != want {
		t.Errorf("wrapping lost or changed text:\n%s\n%s", got, want)
	}
	// "Strafrecht**," is one word of two faces: bold, then the comma.
	found := false
	for _, l := range lines {
		for _, wd := range l.words {
			if len(wd.pieces) == 2 && wd.pieces[0].text == "Strafrecht" && wd.pieces[0].style == Bold && wd.pieces[1].text == "," && wd.pieces[1].style == Regular {
				found = true
			}
		}
	}
	if !found {
		t.Error("a bold word followed by a plain comma is not kept together")
	}

	long := Wrap(Plain("mail naar ketenregisseur.mensenhandel.westfriesland@voorbeeldgemeente.example.org"), cellText, 30)
	for i, l := range long {
		if l.W > 30.001 {
			t.Errorf("a long address overflows on line %d: %.1f mm", i, l.W)
		}
	}
	if len(long) < 3 {
		t.Errorf("a long address is not broken: %d lines", len(long))
	}
	if got := Wrap(Plain("een\nregel\n\nverder"), Body, 100); len(got) != 4 || !got[0].hard {
		t.Errorf("line breaks in the text: %d lines", len(got))
	}
}

func TestRewrite(t *testing.T) {
	d := newDoc(true, Furniture{}, Info{Title: "Proef voor B&W <concept>"}, 1, nil)
	d.NewPage(false)
	d.Paragraph(Plain("Zorgcoördinatie kost € 12.000 per jaar."), Body, 0)
	var raw bytes.Buffer
	if err := d.pdf.Output(&raw); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(raw.Bytes(), []byte("Tj ET")) {
		t.Fatal("gofpdf compressed the page itself; rewrite has nothing to do")
	}
	out, err := rewrite(raw.Bytes(), "nl-NL", d.tags)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(out, []byte("Tj ET")) {
		t.Error("the page content is still uncompressed")
	}
	if !bytes.Contains(out, []byte("/Type /Catalog\n/Lang (nl-NL)\n")) {
		t.Error("no /Lang in the catalog")
	}
	if !bytes.Contains(out, []byte("<rdf:li xml:lang=\"x-default\">Proef voor B&amp;W &lt;concept&gt;</rdf:li>")) {
		t.Error("the XMP title is missing or not escaped")
	}
	if !bytes.Contains(out, []byte("/Metadata ")) || !bytes.Contains(out, []byte("<?xpacket begin=\"\xef\xbb\xbf\"")) {
		t.Error("the catalog does not refer to the XMP metadata, or the packet lacks its byte order mark")
	}
	path := filepath.Join(t.TempDir(), "proef.pdf")
	os.WriteFile(path, out, 0o644)
	runTool(t, "qpdf", "--check", path)
	if got := squash(pageText(t, path)); got != "Zorgcoördinatie kost € 12.000 per jaar." {
		t.Errorf("the rewritten PDF reads %q", got)
	}
	for _, broken := range [][]byte{[]byte("not a pdf"), raw.Bytes()[:raw.Len()/2], bytes.Replace(raw.Bytes(), []byte(" 00000 n \n"), []byte(" 00000 x \n"), 1)} {
		if _, err := rewrite(broken, "nl-NL", newTags()); err == nil {
			t.Errorf("rewrite accepted %d bytes that are not gofpdf's output", len(broken))
		}
	}
}

// An amount keeps its currency sign: "€ 86.000" never breaks after the €,
// at any width.
func TestCurrencyKeepsItsAmount(t *testing.T) {
	text := "Het budget is € 86.000 per jaar, waarvan € 12.500 voor trainingen en € 4.000 voor de campagne."
	for w := 20.0; w <= 120; w += 0.5 {
		for _, l := range Wrap(Plain(text), Body, w) {
			last := l.words[len(l.words)-1]
			p := last.pieces[len(last.pieces)-1].text
			if strings.HasSuffix(p, "€") {
				t.Fatalf("at %.1f mm a line ends with the euro sign", w)
			}
		}
	}
}

// A number column holds 10, 11 and 12 on one line, however narrow its
// weight makes it.
func TestNumberColumnNeverBreaksANumber(t *testing.T) {
	tab := NewTable(NumberColumn("#"), Col("Actie", 100, 'L'), Col("Indicator", 100, 'L'))
	tab.computeWidths(180)
	if need := TextWidth("000", Regular, tab.Style.Size); tab.widths[0] < need {
		t.Errorf("the # column is %.1f mm, a number needs %.1f", tab.widths[0], need)
	}
}

// The dates of Info carry their time zone, so a reader does not take noon
// UTC for noon where it runs.
func TestInfoDatesCarryTheirZone(t *testing.T) {
	var b bytes.Buffer
	info := Info{Title: "Test", Date: time.Date(2026, 3, 2, 12, 0, 0, 0, time.UTC)}
	if err := Render(&b, Furniture{}, info, func(d *Doc) error { d.NewPage(false); d.Paragraph(Plain("Tekst."), Body, 0); return nil }); err != nil {
		t.Fatal(err)
	}
	got := regexp.MustCompile(`/(CreationDate|ModDate) \(([^)]*)\)`).FindAllStringSubmatch(b.String(), -1)
	if len(got) != 2 || got[0][2] != "D:20260302120000Z" || got[1][2] != "D:20260302120000Z" {
		t.Errorf("Info dates %q", got)
	}
}

// Heading tags follow the levels the layout asks for as a tree: never a
// level skipped, and siblings set at one size tagged alike.
func TestHeadingLevels(t *testing.T) {
	d := newDoc(true, Furniture{}, Info{}, 1, nil)
	var got []string
	for _, asked := range []int{1, 3, 3, 1, 2, 4, 4, 2, 3, 4, 1, 4} {
		got = append(got, string(d.headingRole(asked)))
	}
	want := "H1 H2 H2 H1 H2 H3 H3 H2 H3 H4 H1 H2"
	if s := strings.Join(got, " "); s != want {
		t.Errorf("headings tagged %s, want %s", s, want)
	}
}
