package data

import (
	"reflect"
	"testing"
)

func TestParseInline(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []Span
	}{
		{"gewone tekst", []Span{{Text: "gewone tekst"}}},
		{"een **vet** woord", []Span{{Text: "een "}, {Text: "vet", Bold: true}, {Text: " woord"}}},
		{"*cursief* en **vet**", []Span{{Text: "cursief", Italic: true}, {Text: " en "}, {Text: "vet", Bold: true}}},
		{"***beide***", []Span{{Text: "beide", Bold: true, Italic: true}}},
		{"5 * 3 = 15", []Span{{Text: "5 * 3 = 15"}}},
		{"open **zonder sluiten", []Span{{Text: "open **zonder sluiten"}}},
		{`een \*ster\*`, []Span{{Text: "een *ster*"}}},
		{"*schuin **en vet** erin*", []Span{{Text: "schuin ", Italic: true}, {Text: "en vet", Bold: true, Italic: true}, {Text: " erin", Italic: true}}},
		{"", nil},
	} {
		if got := ParseInline(tc.in); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("ParseInline(%q) = %+v, want %+v", tc.in, got, tc.want)
		}
	}
}

func TestEscapeInlineRoundTrips(t *testing.T) {
	for _, s := range []string{"a*b", `c:\map\*`, "**niet vet**", "geen"} {
		if got := PlainText(EscapeInline(s)); got != s {
			t.Errorf("PlainText(EscapeInline(%q)) = %q", s, got)
		}
	}
}

func FuzzParseInline(f *testing.F) {
	for _, s := range []string{"**a**", "*b*", `\*`, "***c***", "a * b ** c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		// Parsing never loses characters other than markers and escapes.
		plain := PlainText(s)
		if len(plain) > len(s) {
			t.Fatalf("PlainText(%q) = %q is longer", s, plain)
		}
		if got := PlainText(EscapeInline(plain)); got != plain {
			t.Fatalf("escape round trip of %q gave %q", plain, got)
		}
	})
}
