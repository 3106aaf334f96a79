package contacts

import (
	"archive/zip"
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"ketenregie/data"
)

// WriteVCardZip writes contacts (every contact when ids is nil) as a zip
// file with one vCard 3.0 file per contact, named after the person
// ("Noelle van der Meer.vcf"). Outlook for Windows reads only the first
// card of a .vcf file and no vCard 4.0, so this is the form in which it
// takes every contact: unpack the zip and open the files.
func WriteVCardZip(ctx context.Context, s *data.Store, ids []string, w io.Writer) error {
	list, err := loadExport(ctx, s, ids)
	if err != nil {
		return err
	}
	now := s.Now()
	zw := zip.NewWriter(w)
	names := vcardFileNames(list)
	for i, c := range list {
		h := &zip.FileHeader{Name: names[i], Method: zip.Deflate, Modified: now}
		// Personal data: whoever unpacks the file on Linux or a Mac
		// gets files for their own eyes, as the zip itself is.
		h.SetMode(0o600)
		f, err := zw.CreateHeader(h)
		if err != nil {
			return err
		}
		bw := bufio.NewWriter(f)
		writeCard(bw, c, vCard3)
		if err := bw.Flush(); err != nil {
			return err
		}
	}
	return zw.Close()
}

// maxFileNameRunes keeps a file name short enough for any unpacking
// program and for Windows' 260-character paths, with room for the folder.
const maxFileNameRunes = 80

// vcardFileNames names the file of each contact after the person, made
// safe for every system and unique in the zip, without regard to case
// (Windows and a Mac do not tell "jan.vcf" from "Jan.vcf"): a second
// "Jan de Vries" is "Jan de Vries (2).vcf".
//
// The names are ASCII ("Noëlle" as "Noelle", see fileNameText): a zip says
// a name is UTF-8 with a flag that not every unpacking program honours,
// and an older Windows would show "NoÃ«lle"; a name in plain letters
// unpacks the same everywhere, and the card inside holds the name as it is.
func vcardFileNames(list []exported) []string {
	out := make([]string, len(list))
	used := map[string]bool{}
	for i, c := range list {
		base := fileNameText(c.Get(data.Contact.Name))
		if base == "" {
			base = "contactpersoon"
		}
		name := base + ".vcf"
		for n := 2; used[strings.ToLower(name)]; n++ {
			name = fmt.Sprintf("%s (%d).vcf", base, n)
		}
		used[strings.ToLower(name)] = true
		out[i] = name
	}
	return out
}

// windowsReserved are the names Windows keeps for devices, whatever the
// extension: "CON.vcf" cannot be made.
var windowsReserved = map[string]bool{"CON": true, "PRN": true, "AUX": true, "NUL": true,
	"COM1": true, "COM2": true, "COM3": true, "COM4": true, "COM5": true, "COM6": true, "COM7": true, "COM8": true, "COM9": true,
	"LPT1": true, "LPT2": true, "LPT3": true, "LPT4": true, "LPT5": true, "LPT6": true, "LPT7": true, "LPT8": true, "LPT9": true}

// fileNameText makes a person's name a file name (without extension) that
// every system can make: ASCII letters, digits, spaces and a few safe
// marks; accents taken off (asciiLetters); anything else a space, and
// spaces joined; no dot or space at the end, which Windows
// drops; not a device name; at most maxFileNameRunes long.
func fileNameText(name string) string {
	var b strings.Builder
	space := false
	for _, r := range asciiLetters(name) {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', strings.ContainsRune("-_.,'()&+", r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		default: // a space, a mark no system allows, a letter not in ASCII
			space = true
		}
	}
	s := b.String()
	if utf8.RuneCountInString(s) > maxFileNameRunes {
		s = s[:maxFileNameRunes] // ASCII: bytes are runes
	}
	s = strings.TrimLeft(strings.TrimRight(s, ". "), ". ")
	if windowsReserved[strings.ToUpper(s)] {
		s = "_" + s
	}
	return s
}

// asciiLetters is s with the accents taken off its letters ("Noëlle" as
// "Noelle", "Yılmaz" as "Yilmaz", "Øztürk" as "Ozturk"), by decomposing
// them (NFD) and keeping the ASCII letter, or by a plain spelling for the
// letters that do not decompose (latinLetters, noAccent). Other characters
// stay as they are.
func asciiLetters(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r < utf8.RuneSelf {
			b.WriteRune(r)
			continue
		}
		if a, ok := latinLetters[r]; ok {
			b.WriteString(a)
			continue
		}
		if a, ok := noAccent[r]; ok {
			b.WriteString(a)
			continue
		}
		base := ""
		for _, d := range norm.NFD.String(string(r)) {
			if !unicode.Is(unicode.Mn, d) {
				base += string(d)
			}
		}
		if base != "" && base != string(r) && isASCII(base) {
			b.WriteString(base)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// latinLetters are the letters that do not decompose into an ASCII letter
// and a mark, as people write them in plain ASCII, and the typographic
// apostrophe and dashes.
var latinLetters = map[rune]string{'ß': "ss", 'æ': "ae", 'Æ': "AE", 'œ': "oe", 'Œ': "OE", 'ø': "o", 'Ø': "O",
	'ð': "d", 'Ð': "D", 'þ': "th", 'Þ': "Th", '’': "'", '‘': "'", '–': "-", '—': "-"}
