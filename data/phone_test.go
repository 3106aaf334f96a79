package data

import "testing"

func TestFormatPhone(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		// Four-digit area codes: 4 + 6.
		{"0229252200", "0229 252200"},
		{"0229-252200", "0229 252200"},
		{" 0229 252200 ", "0229 252200"},
		{"(0229) 25 22 00", "0229 252200"},
		{"0111 123456", "0111 123456"},
		// Two digits after the zero: 3 + 7.
		{"0201234567", "020 1234567"},
		{"020-5617500", "020 5617500"},
		{"(023) 511 51 15", "023 5115115"},
		{"010-1234567", "010 1234567"},
		{"079 1234567", "079 1234567"},
		{"088 - 123 45 67", "088 1234567"},
		{"085-1234567", "085 1234567"},
		{"0911234567", "091 1234567"},
		// Mobile: 2 + 8.
		{"0612345678", "06 12345678"},
		{"06-41873265", "06 41873265"},
		{"06 12 34 56 78", "06 12345678"},
		// Information numbers: 4 + the rest.
		{"0800-1234", "0800 1234"},
		{"0900-1234567", "0900 1234567"},
		{"09061234", "0906 1234"},
		{"0909 12345", "0909 12345"},
		// International form, with or without the trunk zero.
		{"+31612345678", "+31 6 12345678"},
		{"+31 6 12345678", "+31 6 12345678"},
		{"+31 (0)6 12345678", "+31 6 12345678"},
		{"+31 (0)20 1234567", "+31 20 1234567"},
		{"+31229252200", "+31 229 252200"},
		{"0031 6 12345678", "+31 6 12345678"},
		{"0031 (0)229 252200", "+31 229 252200"},
		{"+31 800 123456", "+31 800 123456"},
		// Not ours to group: left as written, without surrounding spaces.
		{"+32 2 123 45 67", "+32 2 123 45 67"},
		{" +44 20 7946 0958", "+44 20 7946 0958"},
		{"0229 252200 toestel 12", "0229 252200 toestel 12"},
		{"06-1234567", "06-1234567"},
		{"12345678", "12345678"},
		{"telefoon", "telefoon"},
		{"", ""},
	} {
		got := FormatPhone(c.in)
		if got != c.want {
			t.Errorf("FormatPhone(%q) = %q, want %q", c.in, got, c.want)
		}
		if ValidPhone(c.in) && !ValidPhone(got) {
			t.Errorf("FormatPhone(%q) = %q, which ValidPhone refuses", c.in, got)
		}
		if again := FormatPhone(got); again != got {
			t.Errorf("FormatPhone(%q) = %q, but FormatPhone(%q) = %q", c.in, got, got, again)
		}
	}
}

// FuzzFormatPhone: whatever a person typed, a valid number stays valid,
// and grouping it again changes nothing.
func FuzzFormatPhone(f *testing.F) {
	for _, s := range []string{"0229252200", "06-12345678", "+31 (0)20 1234567", "0800-1234", "+32 2 123 45 67", "0229 252200 toestel 12", "0031612345678"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := FormatPhone(s)
		if FormatPhone(got) != got {
			t.Errorf("FormatPhone(%q) = %q is not stable", s, got)
		}
		if !ValidPhone(s) {
			return
		}
		if !ValidPhone(got) {
			t.Errorf("FormatPhone(%q) = %q, which ValidPhone refuses", s, got)
		}
	})
}
