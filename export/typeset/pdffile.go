package typeset

import (
	"bytes"
	"compress/zlib"
	"encoding/xml"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// language is the language of every document's text.
const language = "nl-NL"

// producer names the program that made the PDF, in Info and in XMP.
const producer = "Ketenregie (gofpdf)"

// rewrite finishes gofpdf's output in one pass over its objects. It
// compresses the streams gofpdf left plain (gofpdf makes a new zlib writer,
// about a megabyte of tables, for every page; we reuse one), and it adds
// to the catalog /Lang, which gofpdf has no setting for, and /Metadata,
// which gofpdf forgets to write; and it gives the fallback font Symbola a
// ToUnicode map under which its emoji read as emoji. It adds the
// structure of a tagged document (tagsfile.go) and makes it PDF 1.7, the
// version PDF/UA builds on. Objects are found
// through the cross-reference table, so nothing inside a stream is taken for
// structure, and the table is written anew.
func rewrite(pdf []byte, lang string, t *tags) ([]byte, error) {
	bad := func(what string) ([]byte, error) {
		return nil, fmt.Errorf("pdf: unexpected %s in gofpdf's output", what)
	}
	sx := bytes.LastIndex(pdf, []byte("startxref\n"))
	if sx < 0 {
		return bad("end")
	}
	numEnd := bytes.IndexByte(pdf[sx+10:], '\n')
	if numEnd < 0 {
		return bad("end")
	}
	xref, err := strconv.Atoi(string(pdf[sx+10 : sx+10+numEnd]))
	if err != nil || xref < 0 || xref >= sx || !bytes.HasPrefix(pdf[xref:], []byte("xref\n0 ")) {
		return bad("cross-reference table")
	}
	pos := xref + len("xref\n0 ")
	eol := bytes.IndexByte(pdf[pos:], '\n')
	n, err := strconv.Atoi(string(pdf[pos : pos+max(eol, 0)]))
	pos += eol + 1
	if eol < 0 || err != nil || n < 2 || pos+20*n > sx {
		return bad("cross-reference table")
	}
	offsets := make([]int, n)
	order := make([]int, 0, n-1)
	for i := 1; i < n; i++ {
		e := pdf[pos+20*i : pos+20*i+20]
		off, err := strconv.Atoi(string(e[:10]))
		if err != nil || off <= 0 || off >= xref || string(e[10:]) != " 00000 n \n" {
			return bad("cross-reference entry")
		}
		offsets[i] = off
		order = append(order, i)
	}
	trailer := pdf[pos+20*n : sx]
	slices.SortFunc(order, func(a, b int) int { return offsets[a] - offsets[b] })

	structRoot, annots := t.number(n)
	info := 0 // the Info dictionary, whose dates lack their time zone
	if m := trailerInfo.FindSubmatch(trailer); m != nil {
		info, _ = strconv.Atoi(strings.TrimSuffix(string(m[1]), " 0 R"))
	}

	var out, packed bytes.Buffer
	out.Grow(len(pdf) / 2)
	zw, _ := zlib.NewWriterLevel(&packed, zlib.DefaultCompression)
	compress := func(data []byte) []byte {
		packed.Reset()
		zw.Reset(&packed)
		zw.Write(data)
		zw.Close()
		return packed.Bytes()
	}
	preamble := pdf[:offsets[order[0]]]
	if bytes.HasPrefix(preamble, []byte("%PDF-1.")) && len(preamble) > 8 {
		out.WriteString("%PDF-1.7")
		preamble = preamble[8:]
	}
	out.Write(preamble)
	newOffsets := make([]int, n)
	metadata := 0   // the XMP stream, which gofpdf writes but does not refer to
	symbolCMap := 0 // the ToUnicode map of the fallback font Symbola
	for k, i := range order {
		end := xref
		if k+1 < len(order) {
			end = offsets[order[k+1]]
		}
		obj := pdf[offsets[i]:end]
		newOffsets[i] = out.Len()
		nl := bytes.IndexByte(obj, '\n')
		if nl < 0 || !bytes.HasPrefix(obj, []byte(strconv.Itoa(i)+" 0 obj\n")) {
			return bad("object")
		}
		head, body := obj[:nl+1], obj[nl+1:]
		switch {
		case bytes.HasPrefix(body, []byte("<</Length ")):
			data, rest, ok := plainStream(body)
			if !ok {
				out.Write(obj) // a stream with a filter already
				continue
			}
			if i == symbolCMap {
				data = symbolToUnicode()
			}
			data = compress(data)
			out.Write(head)
			fmt.Fprintf(&out, "<</Filter /FlateDecode /Length %d>>\nstream\n", len(data))
			out.Write(data)
			out.Write(rest)
		case bytes.HasPrefix(body, []byte(symbolFont)):
			// the emoji moved into the Private Use Area (see pdfRemap) read
			// and copy as themselves, not as private characters
			if m := toUnicodeRef.FindSubmatch(body); m != nil {
				symbolCMap, _ = strconv.Atoi(string(m[1]))
			}
			out.Write(obj)
		case bytes.HasPrefix(body, []byte("<< /Type /Metadata ")):
			metadata = i
			out.Write(obj)
		case bytes.HasPrefix(body, []byte("<</Type /Page\n")):
			out.Write(head)
			out.WriteString("<</Type /Page\n")
			out.WriteString(t.pageEntries((i-1)/2, annots))
			out.Write(body[len("<</Type /Page\n"):])
		case bytes.HasPrefix(body, []byte("<<\n/Type /Catalog\n")):
			out.Write(head)
			out.WriteString("<<\n/Type /Catalog\n/Lang (" + lang + ")\n")
			if metadata > 0 {
				fmt.Fprintf(&out, "/Metadata %d 0 R\n", metadata)
			}
			out.WriteString(catalogEntries(structRoot))
			out.Write(body[len("<<\n/Type /Catalog\n"):])
		case i == info:
			// gofpdf writes the dates of Info without their time zone, which
			// a reader then takes for local time; they are UTC (pdfdoc.go)
			out.Write(head)
			out.Write(infoDate.ReplaceAll(body, []byte("${1}Z)")))
		default:
			out.Write(obj)
		}
	}
	if err := t.writeEnd(&out, t.objects(structRoot, annots), n, newOffsets, trailer, compress); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// symbolFont is how gofpdf starts the font dictionary of Symbola.
var symbolFont = "<</Type /Font\n/Subtype /Type0\n/BaseFont /utf8" + fallbacks[symbolFace].family + "\n"

var toUnicodeRef = regexp.MustCompile(`/ToUnicode (\d+) 0 R`)

// infoDate is a date of the Info dictionary as gofpdf writes it.
var infoDate = regexp.MustCompile(`(/(?:CreationDate|ModDate) \(D:\d{14})\)`)

// plainStream splits an object body "<</Length N>>\nstream\n...\nendstream..."
// into its data and what follows it; ok is false for any other shape.
func plainStream(body []byte) (data, rest []byte, ok bool) {
	p := len("<</Length ")
	q := p
	for q < len(body) && body[q] >= '0' && body[q] <= '9' {
		q++
	}
	length, err := strconv.Atoi(string(body[p:q]))
	if err != nil || !bytes.HasPrefix(body[q:], []byte(">>\nstream\n")) {
		return nil, nil, false
	}
	start := q + len(">>\nstream\n")
	if start+length > len(body) || !bytes.HasPrefix(body[start+length:], []byte("\nendstream")) {
		return nil, nil, false
	}
	return body[start : start+length], body[start+length:], true
}

// xmp is the document's metadata as an XMP packet, which readers show and
// search; unlike the Info dictionary it holds the language, and it says
// that the document means to conform to PDF/UA-1.
func xmp(info Info, lang string) []byte {
	esc := func(s string) string {
		var b strings.Builder
		xml.EscapeText(&b, []byte(s))
		return b.String()
	}
	date := info.Date.UTC().Format("2006-01-02T15:04:05Z")
	return []byte(`<?xpacket begin="` + "\ufeff" + `" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">` + esc(info.Title) + `</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>` + esc(info.Author) + `</rdf:li></rdf:Seq></dc:creator>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">` + esc(info.Subject) + `</rdf:li></rdf:Alt></dc:description>
<dc:language><rdf:Bag><rdf:li>` + esc(lang) + `</rdf:li></rdf:Bag></dc:language>
<pdf:Keywords>` + esc(info.Keywords) + `</pdf:Keywords>
<pdf:Producer>` + producer + `</pdf:Producer>
<xmp:CreatorTool>Ketenregie</xmp:CreatorTool>
<xmp:CreateDate>` + date + `</xmp:CreateDate>
<xmp:ModifyDate>` + date + `</xmp:ModifyDate>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
<pdfuaid:part>1</pdfuaid:part>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="r"?>`)
}
