package data

import (
	"fmt"
	"net/mail"
	"net/url"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Length limits keep a single value from swamping lists, PDFs and bundles.
const (
	maxText     = 500
	maxLongText = 200_000
)

// invalid is the error for a value of field f that cannot be stored. Its
// Msg is the field's label, ": " and format filled with args, in Dutch;
// its Args hold the values filled in, by the names invalidArgs gives them,
// so the window can say the message in its own language from the Reason
// (app/say/error.go).
func invalid(kind *Kind, f Field, reason, format string, args ...any) *Error {
	e := &Error{Code: CodeInvalid, Kind: kind.Name, Field: f.Name, Reason: reason,
		Msg: f.Label + ": " + fmt.Sprintf(format, args...)}
	names, verbs := invalidArgs[format], formatVerb.FindAllString(format, -1)
	if len(names) == len(args) && len(verbs) == len(args) && len(args) > 0 {
		e.Args = make(map[string]string, len(args))
		for i, name := range names {
			e.Args[name] = fmt.Sprintf(verbs[i], args[i]) // as Msg shows it, quotes and all
		}
	}
	return e
}

// invalidArgs names, for each message of invalid that fills in values,
// those values in order. A message missing here is said in Dutch in the
// window too.
var invalidArgs = map[string][]string{
	"is te lang (%d tekens, hoogstens %d)":    {"Count", "Max"},
	"%q is geen geldige datum (dd-mm-jjjj)":   {"Value"},
	"%q is geen geldige keuze (kies uit: %s)": {"Value", "Choices"},
	"%q is geen ja of nee":                    {"Value"},
	"%q is geen geheel getal":                 {"Value"},
	"%q is geen geldig e-mailadres":           {"Value"},
	"%q is geen geldig telefoonnummer (bijvoorbeeld 06-12345678, 0229 123456 of +31 20 1234567)": {"Value"},
	"%q is geen geldig webadres":    {"Value"},
	"%q is geen geldige positie":    {"Value"},
	"geen gemeente met CBS-code %s": {"Code"},
	"geen %s met id %s":             {"Kind", "ID"},
	"%q is geen periode (een jaar, een kwartaal of een maand: 2025, 2025-Q3 of 2025-07)":                              {"Value"},
	"%q lijkt een BSN of een geboortedatum: gegevens over slachtoffers, verdachten of zaken horen niet in Ketenregie": {"Value"},
	"een %s kan niet naar zichzelf verwijzen":                                                                         {"Kind"},
}

// formatVerb finds the verbs of invalid's messages.
var formatVerb = regexp.MustCompile(`%[a-z]`)

// Canonical is raw as the store would keep it in field of kind, or the
// error a write of it would give: for an import that checks every value
// before it writes any. A reference is not looked up.
func Canonical(kind, field, raw string) (string, error) {
	k := KindNamed(kind)
	if k == nil {
		return "", fmt.Errorf("onbekende soort %q", kind)
	}
	f, ok := k.Field(field)
	if !ok {
		return "", fmt.Errorf("%s heeft geen veld %q", kind, field)
	}
	v, err := canonical(k, f, raw)
	if err != nil {
		return "", err
	}
	return v, nil
}

// canonical checks a typed value for field f and returns the form stored in
// the change log. Empty means "not filled in" and is always well-formed;
// whether it is allowed is the caller's question (Field.Required).
func canonical(kind *Kind, f Field, raw string) (string, *Error) {
	if !utf8.ValidString(raw) {
		return "", invalid(kind, f, "utf8", "de tekst is geen geldige UTF-8")
	}
	v := raw
	if f.Type != LongText {
		v = strings.TrimSpace(v)
		if strings.ContainsAny(v, "\n\r") {
			return "", invalid(kind, f, "newline", "mag geen regeleinde bevatten")
		}
	} else {
		v = strings.TrimRight(strings.ReplaceAll(v, "\r\n", "\n"), " \t\n")
	}
	if strings.ContainsRune(v, 0) || hasControl(v, f.Type == LongText) {
		return "", invalid(kind, f, "encoding", "bevat een ongeldig teken")
	}
	limit := maxText
	if f.Type == LongText || f.Type == RefList {
		// A list of ids (37 bytes each) may name every municipality: a
		// police or regional contact easily covers sixteen.
		limit = maxLongText
	}
	if len(v) > limit {
		return "", invalid(kind, f, "length", "is te lang (%d tekens, hoogstens %d)", utf8.RuneCountInString(v), limit)
	}
	if n := utf8.RuneCountInString(v); f.Max > 0 && n > f.Max {
		return "", invalid(kind, f, "length", "is te lang (%d tekens, hoogstens %d)", n, f.Max)
	}
	if v == "" {
		return "", nil
	}
	switch f.Type {
	case Date:
		d, ok := ParseDate(v)
		if !ok {
			return "", invalid(kind, f, "date", "%q is geen geldige datum (dd-mm-jjjj)", v)
		}
		return d, nil
	case Enum:
		code, ok := MatchChoice(f.Choices, v)
		if !ok {
			codes := make([]string, len(f.Choices))
			for i, c := range f.Choices {
				codes[i] = c.Code
			}
			return "", invalid(kind, f, "choice", "%q is geen geldige keuze (kies uit: %s)", v, strings.Join(codes, ", "))
		}
		return code, nil
	case EnumList:
		return canonicalEnumList(kind, f, v)
	case Period:
		p, ok := ParsePeriod(v)
		if !ok {
			return "", invalid(kind, f, "period_format", "%q is geen periode (een jaar, een kwartaal of een maand: 2025, 2025-Q3 of 2025-07)", v)
		}
		return p, nil
	case Ref:
		return v, nil // existence is checked against the database
	case RefList:
		seen := map[string]bool{}
		var ids []string
		for _, p := range strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == ' ' || r == ';' }) {
			if !seen[p] {
				seen[p] = true
				ids = append(ids, p)
			}
		}
		sort.Strings(ids)
		return strings.Join(ids, ","), nil
	case Bool:
		switch strings.ToLower(v) {
		case "true", "ja", "j", "yes", "1", "waar":
			return "true", nil
		case "false", "nee", "n", "no", "0", "onwaar":
			return "false", nil
		}
		return "", invalid(kind, f, "bool", "%q is geen ja of nee", v)
	case Int:
		n, err := strconv.Atoi(v)
		if err != nil {
			return "", invalid(kind, f, "int", "%q is geen geheel getal", v)
		}
		return strconv.Itoa(n), nil
	case Email:
		if !ValidEmail(v) {
			return "", invalid(kind, f, "email", "%q is geen geldig e-mailadres", v)
		}
		return v, nil
	case Phone:
		if !ValidPhone(v) {
			return "", invalid(kind, f, "phone", "%q is geen geldig telefoonnummer (bijvoorbeeld 06-12345678, 0229 123456 of +31 20 1234567)", v)
		}
		return v, nil
	case URL:
		if !strings.Contains(v, "://") {
			v = "https://" + v
		}
		u, err := url.Parse(v)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || !strings.Contains(u.Host, ".") {
			return "", invalid(kind, f, "url", "%q is geen geldig webadres", raw)
		}
		return v, nil
	case Position:
		if !ValidPosition(v) {
			return "", invalid(kind, f, "position", "%q is geen geldige positie", v)
		}
		return v, nil
	}
	return v, nil
}

// canonicalEnumList reads codes or labels separated by commas or
// semicolons and gives the codes in the order of the list, each once.
func canonicalEnumList(kind *Kind, f Field, v string) (string, *Error) {
	chosen := map[string]bool{}
	for _, part := range strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == ';' }) {
		if strings.TrimSpace(part) == "" {
			continue
		}
		code, ok := MatchChoice(f.Choices, strings.TrimSpace(part))
		if !ok {
			codes := make([]string, len(f.Choices))
			for i, c := range f.Choices {
				codes[i] = c.Code
			}
			return "", invalid(kind, f, "choice", "%q is geen geldige keuze (kies uit: %s)", strings.TrimSpace(part), strings.Join(codes, ", "))
		}
		chosen[code] = true
	}
	var codes []string
	for _, c := range f.Choices {
		if chosen[c.Code] {
			codes = append(codes, c.Code)
		}
	}
	return strings.Join(codes, ","), nil
}

// HasControl reports whether s holds a character that steers a terminal
// or the direction of text instead of showing: C0 and C1 controls (the
// line breaks too), DEL, and the bidirectional overrides and isolates
// (U+202A-U+202E, U+2066-U+2069) that make a name read backwards.
func HasControl(s string) bool { return hasControl(s, false) }

// hasControl is HasControl that allows the line feed and tab of long
// text when multiline is set.
func hasControl(s string, multiline bool) bool {
	for _, r := range s {
		switch {
		case multiline && (r == '\n' || r == '\t'):
		case steering(r):
			return true
		}
	}
	return false
}

// steering reports whether r steers a terminal or the direction of text
// instead of showing: a C0 or C1 control, DEL, or a bidirectional
// override or isolate. The one list behind HasControl, Printable and
// EscapeJSON.
func steering(r rune) bool {
	return r < 0x20 || (r >= 0x7f && r <= 0x9f) || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069)
}

var emailLocal = regexp.MustCompile(`^[A-Za-z0-9.!#$%&'*+/=?^_{|}~-]+$`)
var emailDomain = regexp.MustCompile(`^([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$`)

// ValidEmail accepts a plain address such as "j.devries@hoorn.nl".
func ValidEmail(s string) bool {
	a, err := mail.ParseAddress(s)
	if err != nil || a.Address != s || a.Name != "" {
		return false
	}
	at := strings.LastIndexByte(s, '@')
	return at > 0 && emailLocal.MatchString(s[:at]) && emailDomain.MatchString(s[at+1:])
}

// ValidPhone accepts Dutch numbers as people write them ("06-12345678",
// "0229 123456", "(023) 511 51 15", "+31 6 12345678", "+31 (0)20 1234567",
// "0800-1234", "0900-1234567") and international numbers with a + prefix.
func ValidPhone(s string) bool {
	var digits strings.Builder
	for i, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits.WriteRune(r)
		case r == '+' && i == 0:
			digits.WriteRune(r)
		case r == ' ' || r == '-' || r == '(' || r == ')' || r == '.':
		default:
			return false
		}
	}
	d := digits.String()
	switch {
	case strings.HasPrefix(d, "+31"):
		d = strings.TrimPrefix(d[3:], "0") // "+31 (0)20 ..." writes the trunk zero
		return len(d) == 9 && d[0] != '0'
	case strings.HasPrefix(d, "0031"):
		d = strings.TrimPrefix(d[4:], "0")
		return len(d) == 9 && d[0] != '0'
	case strings.HasPrefix(d, "+"):
		return len(d) >= 9 && len(d) <= 16 && d[1] != '0'
	case strings.HasPrefix(d, "0800"), strings.HasPrefix(d, "0900"), strings.HasPrefix(d, "0906"), strings.HasPrefix(d, "0909"):
		return len(d) >= 8 && len(d) <= 11
	case strings.HasPrefix(d, "00"):
		return false
	case strings.HasPrefix(d, "0"):
		return len(d) == 10
	}
	return false
}

// ParseDate reads a date as YYYY-MM-DD or as the Dutch dd-mm-jjjj (also with
// slashes or dots) and returns it as YYYY-MM-DD.
func ParseDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{"2006-01-02", "02-01-2006", "2-1-2006", "02/01/2006", "2/1/2006", "02.01.2006", "2.1.2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			if t.Year() < 1900 || t.Year() > 2200 {
				return "", false
			}
			return t.Format("2006-01-02"), true
		}
	}
	return "", false
}

// FormatDate shows a stored YYYY-MM-DD date the Dutch way, dd-mm-jjjj.
func FormatDate(iso string) string {
	t, err := time.Parse("2006-01-02", iso)
	if err != nil {
		return iso
	}
	return t.Format("02-01-2006")
}
