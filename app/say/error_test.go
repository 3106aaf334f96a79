package say

import (
	"context"
	"errors"
	"fmt"
	"go/ast"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"ketenregie/data"
	"ketenregie/data/demo"
	"ketenregie/export/atomicfile"
	"ketenregie/export/bundle"
)

// sqliteCode stands in for SQLite's error, which says its result code.
type sqliteCode int

func (c sqliteCode) Error() string { return fmt.Sprintf("sqlite error (%d)", int(c)) }
func (c sqliteCode) Code() int     { return int(c) }

// TestErrorsSaidInTheWindowsLanguage: every error the disk, the file
// system or SQLite gives (data.Explain, and a file that cannot be written)
// has its text among the window's translations, and in Dutch that text is
// word for word what the command line says, with and without a backup to
// restore. Only the raw error stays out of it.
func TestErrorsSaidInTheWindowsLanguage(t *testing.T) {
	Load("")
	ctx := context.Background()
	s := newStore(t)
	path := s.Path()
	raw := []error{sqliteCode(11), sqliteCode(26), sqliteCode(5), sqliteCode(13), fmt.Errorf("write: %w", syscall.ENOSPC),
		sqliteCode(8), fmt.Errorf("open: %w", syscall.EACCES), sqliteCode(10 | 3<<8)}
	check := func(err error) {
		t.Helper()
		e, ok := data.AsError(err)
		if !ok || e.Reason == "" {
			t.Fatalf("%v: not said by data.Said", err)
		}
		if got := saidText(e); got != e.Msg {
			t.Errorf("%s:\n window  %q\n command %q", e.Reason, got, e.Msg)
		}
		if got, want := Error(err), Capitalise(e.Msg); got != want {
			t.Errorf("errorText = %q, want %q", got, want)
		}
	}
	for _, err := range raw {
		check(data.Explain(err, path))
	}
	if _, err := s.Backup(ctx, "test", 10); err != nil {
		t.Fatal(err)
	}
	for _, err := range raw {
		check(data.Explain(err, path))
	}
	for _, err := range []error{syscall.ENOSPC, syscall.EACCES} {
		werr := atomicfile.Write(t.TempDir()+"/x.pdf", func(w io.Writer) error { return err })
		check(werr)
	}
	if text := Error(errors.New("iets")); text != "Er ging iets mis: iets" {
		t.Errorf("an unknown error: %q", text)
	}
}

// TestRefusedValuesSaidInTheWindowsLanguage: every value the store refuses
// for a field is said in the window's language, starting with the field's
// label: in Dutch word for word what the command line says (but the
// choices, by label instead of code), in English without a word of it.
func TestRefusedValuesSaidInTheWindowsLanguage(t *testing.T) {
	t.Cleanup(func() { Load("") })
	ctx := context.Background()
	s := newStore(t)
	create := func(kind string, values map[string]string) string {
		t.Helper()
		id, err := s.Create(ctx, kind, values)
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	plan := create("plan", map[string]string{"title": "Plan"})
	other := create("plan", map[string]string{"title": "Ander plan"})
	chapter := create("section", map[string]string{"plan_id": plan, "title": "Een"})
	under := create("section", map[string]string{"plan_id": plan, "parent_id": chapter, "title": "Twee"})
	elsewhere := create("section", map[string]string{"plan_id": other, "title": "Elders"})
	cluster := create("cluster", map[string]string{"name": "Cluster"})
	measure := create("measure", map[string]string{"name": "Voorlichtingen op scholen"})
	figure := func(change map[string]string) map[string]string {
		v := map[string]string{"municipality_id": "GM0405", "period": "2025", "measure": "signalen-meldroute", "count": "4"}
		for k, x := range change {
			v[k] = x
		}
		return v
	}
	create("figure", figure(nil))

	type write struct {
		reason     string
		kind, id   string // id "" creates a record
		values     map[string]string
		englishHas string
	}
	writes := []write{
		{"required", "contact", "", map[string]string{"name": " "}, "Name: fill in"},
		{"length", "contact", "", map[string]string{"name": "Jan", "function": strings.Repeat("a", 201)}, "Job title: is too long (201 characters, at most 200)"},
		{"utf8", "contact", "", map[string]string{"name": "Jan\xff"}, "UTF-8"},
		{"encoding", "contact", "", map[string]string{"name": "Jan\x01"}, "not allowed"},
		{"newline", "organisation", "", map[string]string{"name": "A\nB", "type": "politie"}, "line break"},
		{"date", "contact", "", map[string]string{"name": "Jan", "last_reviewed": "31-02-2024"}, `Last reviewed: "31-02-2024" is not a valid date`},
		{"choice", "contact", "", map[string]string{"name": "Jan", "role": "qqq"}, `"qqq" is not one of the choices`},
		{"bool", "agreement", "", map[string]string{"title": "A", "type": "overig", "personal_data": "qqq"}, "is not yes or no"},
		{"int", "plan", "", map[string]string{"title": "P", "period_start": "qqq"}, "Period from: \"qqq\" is not a whole number"},
		{"email", "contact", "", map[string]string{"name": "Jan", "email": "jan@"}, "not a valid e-mail address"},
		{"phone", "contact", "", map[string]string{"name": "Jan", "phone": "123"}, "not a valid phone number"},
		{"url", "organisation", "", map[string]string{"name": "A", "type": "politie", "website": "ftp://a.nl"}, "not a valid web address"},
		{"position", "section", "", map[string]string{"plan_id": plan, "title": "X", "position": "!"}, "not a valid position"},
		{"ref", "contact", "", map[string]string{"name": "Jan", "municipality_ids": "GM9999"}, "no municipality with CBS code GM9999"},
		{"ref", "contact", "", map[string]string{"name": "Jan", "organisation_id": "zzz"}, "Organisation: there is no organisation with id zzz"},
		{"self", "section", chapter, map[string]string{"parent_id": chapter}, "this chapter cannot refer to itself"},
		{"cycle", "section", chapter, map[string]string{"parent_id": under}, "circular reference"},
		{"plan", "section", under, map[string]string{"parent_id": elsewhere}, "another policy plan"},
		{"period", "plan", "", map[string]string{"title": "P", "period_start": "2026", "period_end": "2025"}, "the period ends before it begins"},
		{"period", "agreement", "", map[string]string{"title": "A", "type": "overig", "start_date": "2025-01-01", "end_date": "2024-01-01"}, "the end date is before"},
		{"scope", "plan", "", map[string]string{"title": "P", "municipality_id": "GM0405", "cluster_id": cluster}, "not both"},
		{"period", "activity", "", map[string]string{"title": "T", "date": "2025-03-02", "end_date": "2025-03-01"}, "End date: the end date is before the start date"},
		{"period_format", "figure", "", figure(map[string]string{"period": "2025-Q7"}), `Period: "2025-Q7" is not a period`},
		{"scope_missing", "figure", "", figure(map[string]string{"municipality_id": ""}), "choose a municipality or a cluster"},
		{"measure", "figure", "", figure(map[string]string{"measure_id": measure}), "not both"},
		{"measure_missing", "figure", "", figure(map[string]string{"measure": ""}), "Measure: choose a measure"},
		{"negative", "figure", "", figure(map[string]string{"count": "-3"}), "Count: cannot be negative"},
		{"duplicate", "figure", "", figure(nil), "there is already a figure"},
		{"case_data", "figure", "", figure(map[string]string{"period": "2024", "notes": "zie 111222333"}), `Notes: "111222333" looks like a citizen service number`},
	}
	for _, w := range writes {
		var err error
		if w.id == "" {
			_, err = s.Create(ctx, w.kind, w.values)
		} else {
			err = s.Update(ctx, w.kind, w.id, w.values)
		}
		e, ok := data.AsError(err)
		if !ok || e.Reason != w.reason {
			t.Errorf("%s %v: got %v, want a refusal for %s", w.kind, w.values, err, w.reason)
			continue
		}
		Load("nl")
		want := Capitalise(e.Msg)
		if w.reason == "choice" { // the window names the choices by their labels, not their codes
			want = "Rol: \"qqq\" is geen geldige keuze (kies uit: " + strings.Join(Choices(data.ContactRoles), ", ") + ")"
		}
		if got := Error(err); got != want {
			t.Errorf("%s in Dutch:\n window  %q\n command %q", w.reason, got, want)
		}
		Load("en")
		english := Error(err)
		if !strings.Contains(english, w.englishHas) {
			t.Errorf("%s in English: %q, want it to hold %q", w.reason, english, w.englishHas)
		}
		if dutch := DutchWords(english); len(dutch) > 0 {
			t.Errorf("%s in English: %q has Dutch %q", w.reason, english, dutch)
		}
	}
}

// saidSentence is a sentence of an error that data or the exchange files
// build from a Dutch template and name by a stable word (the error's
// Reason; for bundle, its Text), as found in their source.
type saidSentence struct {
	at       string // file:line
	bundle   bool
	reason   string // data: the Reason; bundle: the Reason of the Error
	text     string // bundle: the Text
	template string
}

// saidSentences finds, in the source of data, export and export/bundle,
// every call of data.Said, of data's refusal and of bundle's refuse, and
// the reasons of the errors data spells out as &Error{...}. A reason or
// template that is not a literal string fails the test, as a new sentence
// could then escape it.
func saidSentences(t *testing.T) (said []saidSentence, literal map[string]string) {
	t.Helper()
	literal = map[string]string{} // Reason -> its literal Msg, or "" if not a literal
	str := func(e ast.Expr) (string, bool) {
		var eval func(ast.Expr) (string, bool)
		eval = func(e ast.Expr) (string, bool) {
			switch e := e.(type) {
			case *ast.BasicLit:
				if e.Kind != token.STRING {
					return "", false
				}
				s, err := strconv.Unquote(e.Value)
				return s, err == nil
			case *ast.BinaryExpr:
				a, ok1 := eval(e.X)
				b, ok2 := eval(e.Y)
				return a + b, ok1 && ok2 && e.Op == token.ADD
			case *ast.ParenExpr:
				return eval(e.X)
			}
			return "", false
		}
		return eval(e)
	}
	for _, dir := range []string{"../../data", "../../export", "../../export/bundle"} {
		inBundle := filepath.Base(dir) == "bundle"
		for _, src := range goSources(t, dir) {
			fset, file := src.fset, src.file
			for _, decl := range file.Decls {
				fn, ok := decl.(*ast.FuncDecl)
				helper := ok && slices.Contains([]string{"Said", "refusal", "refuse"}, fn.Name.Name)
				ast.Inspect(decl, func(n ast.Node) bool {
					if n == nil {
						return false
					}
					at := fset.Position(n.Pos()).String()
					switch n := n.(type) {
					case *ast.CallExpr:
						var name string
						switch fun := n.Fun.(type) {
						case *ast.Ident:
							name = fun.Name
						case *ast.SelectorExpr:
							name = fun.Sel.Name
						}
						var reason, text, template string
						ok1, ok2, ok3 := false, true, false
						switch {
						case name == "Said" && len(n.Args) == 5:
							reason, ok1 = str(n.Args[1])
							template, ok3 = str(n.Args[4])
						case name == "refusal" && len(n.Args) == 3 && !inBundle:
							reason, ok1 = str(n.Args[0])
							template, ok3 = str(n.Args[2])
						case name == "refuse" && len(n.Args) == 4 && inBundle:
							reason, ok1 = str(n.Args[0])
							text, ok2 = str(n.Args[1])
							template, ok3 = str(n.Args[3])
						default:
							return true
						}
						switch {
						case helper:
						case !ok1 || !ok2 || !ok3 || reason == "" || (inBundle && text == ""):
							t.Errorf("%s: %s without a literal reason and template", at, name)
						default:
							said = append(said, saidSentence{at: at, bundle: inBundle && name == "refuse", reason: reason, text: text, template: template})
						}
					case *ast.CompositeLit:
						if id, ok := n.Type.(*ast.Ident); !ok || id.Name != "Error" {
							return true
						}
						var reason, msg string
						var hasReason, literalMsg bool
						for _, el := range n.Elts {
							kv, ok := el.(*ast.KeyValueExpr)
							if !ok {
								continue
							}
							switch kv.Key.(*ast.Ident).Name {
							case "Reason":
								reason, hasReason = str(kv.Value)
							case "Msg":
								msg, literalMsg = str(kv.Value)
							}
						}
						switch {
						case helper || !hasReason:
						case inBundle:
							t.Errorf("%s: a refusal with Reason %q that refuse does not name", at, reason)
						case literalMsg:
							literal[reason] = msg
						default:
							literal[reason] = ""
						}
					}
					return true
				})
			}
		}
	}
	if len(said) < 80 {
		t.Fatalf("found only %d sentences; is the scan still working?", len(said))
	}
	return said, literal
}

// notSaidHere are the reasons data gives in an &Error{...} of its own
// that the window does not say by saidText, and why.
var notSaidHere = map[string]string{
	"required":     "a field left empty: invalidText says it, or for the names of Instellingen identityError",
	"name-invalid": "a name Instellingen refuses: identityError says it",
	"kind":         "a kind of record by name, which only the command line takes",
	"field":        "a field by name, which only the command line takes",
}

var templateName = regexp.MustCompile(`\{\{\.(\w+)\}\}`)

// TestEveryReasonSaidInTheWindowsLanguage: every sentence data and the
// exchange files name by a reason (found in their source, so a new one
// without a translation fails here) is said in the window's language: in
// Dutch word for word what the command line says, in English without a
// word of Dutch. The kind an error is about, and the records that still
// use one, are named in the window's language too.
func TestEveryReasonSaidInTheWindowsLanguage(t *testing.T) {
	t.Cleanup(func() { Load("") })
	said, literal := saidSentences(t)
	contact := data.KindNamed("contact")
	orgField, _ := contact.Field("organisation_id")
	build := func(s saidSentence) error {
		args := map[string]string{}
		for i, m := range templateName.FindAllStringSubmatch(s.template, -1) {
			args[m[1]] = fmt.Sprintf("\u2039%d\u203a", i+1) // no letters: no words of either language
		}
		if s.bundle {
			return &bundle.Error{Reason: s.reason, Text: s.text, Args: args, Msg: data.Fill(s.template, args)}
		}
		kind := ""
		if _, ok := args["Kind"]; ok {
			kind, args["Kind"] = "contact", contact.Label
		}
		if _, ok := args["Kinds"]; ok {
			kind, args["Kinds"] = "contact", contact.Plural
		}
		if s.reason == "in_use" {
			kind, args["Kind"] = "organisation", data.KindNamed("organisation").Label
			args["Uses"] = fmt.Sprintf("2 %s (%s)", contact.Plural, orgField.Label)
			args["UsedBy"] = "contact.organisation_id=2"
		}
		e := data.Said("", s.reason, nil, args, s.template)
		e.Kind = kind
		return e
	}
	seen := map[string]string{}
	check := func(at, name string, err error, msg string) {
		t.Helper()
		Load("nl")
		dutch := Error(err)
		if want := Capitalise(msg); dutch != want {
			t.Errorf("%s: %s in Dutch:\n window  %q\n command %q", at, name, dutch, want)
		}
		Load("en")
		english := Error(err)
		switch {
		case english == dutch:
			t.Errorf("%s: %s is not said in English: %q", at, name, english)
		case strings.Contains(english, "{{") || strings.Contains(english, "<no value>"):
			t.Errorf("%s: %s in English has a value missing: %q", at, name, english)
		}
		if words := DutchWords(english); len(words) > 0 {
			t.Errorf("%s: %s in English: %q has Dutch %q", at, name, english, words)
		}
	}
	for _, s := range said {
		name := s.reason
		if s.bundle {
			name = "bundle " + s.text
		}
		// One name, one sentence: the window has one text per name.
		if prev, ok := seen[name]; ok && prev != s.template {
			t.Errorf("%s: %s names two sentences:\n %q\n %q", s.at, name, prev, s.template)
		}
		seen[name] = s.template
		err := build(s)
		msg := err.Error()
		check(s.at, name, err, msg)
	}
	for reason, msg := range literal {
		if _, ok := notSaidHere[reason]; ok {
			continue
		}
		if msg == "" {
			t.Errorf("data gives reason %q in a sentence it fills itself: make it with Said, so the window can say it", reason)
			continue
		}
		check("data", reason, &data.Error{Reason: reason, Msg: msg}, msg)
	}
}

// TestStoreErrorsSaidInTheWindowsLanguage: errors the window meets, made
// by the store itself, are said in the window's language, in Dutch as the
// command line says them: a record that is gone, one still in use, one
// that cannot be forgotten or restored, an unknown conflict, the demo
// region in a used database, a file refused as not coming from a device.
func TestStoreErrorsSaidInTheWindowsLanguage(t *testing.T) {
	t.Cleanup(func() { Load("") })
	ctx := context.Background()
	s := newStore(t)
	org, err := s.Create(ctx, "organisation", map[string]string{"name": "Politie", "type": "politie"})
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range []map[string]string{{"name": "Jan", "organisation_id": org}, {"name": "Piet", "organisation_id": org}} {
		if _, err := s.Create(ctx, "contact", v); err != nil {
			t.Fatal(err)
		}
	}
	gone, err := s.Create(ctx, "contact", map[string]string{"name": "Klaas"})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Erase(ctx, "contact", gone); err != nil {
		t.Fatal(err)
	}
	_, notFound := s.Get(ctx, "organisation", "zzz")
	_, noConflict := s.Conflict(ctx, "zzz")
	_, demoErr := demo.Load(ctx, s)
	_, unknown := s.ApplyFrom(ctx, data.Sender{}, nil)
	for _, c := range []struct {
		reason     string
		err        error
		englishHas string
	}{
		{"not_found", notFound, "no organisation with id zzz"},
		{"in_use", s.Delete(ctx, "organisation", org), "organisation is still used by 2 contacts (organisation); change those first"},
		{"not_erasable", s.Erase(ctx, "organisation", org), "not organisations"},
		{"erased", s.Write(ctx, func(t *data.Tx) error { return t.Restore("contact", gone) }), "forgotten"},
		{"not_found_deleted", s.Write(ctx, func(t *data.Tx) error { return t.Restore("organisation", "zzz") }), "no deleted organisation"},
		{"conflict_not_found", noConflict, "no open conflict"},
		{"not_empty", demoErr, "demo region"},
		{"sender_unknown", unknown, "which device"},
	} {
		e, ok := data.AsError(c.err)
		if !ok || e.Reason != c.reason {
			t.Errorf("got %v, want an error for %s", c.err, c.reason)
			continue
		}
		Load("nl")
		if got, want := Error(c.err), Capitalise(e.Msg); got != want {
			t.Errorf("%s in Dutch:\n window  %q\n command %q", c.reason, got, want)
		}
		Load("en")
		english := Error(c.err)
		if !strings.Contains(english, c.englishHas) {
			t.Errorf("%s in English: %q, want it to hold %q", c.reason, english, c.englishHas)
		}
		if words := DutchWords(english); len(words) > 0 {
			t.Errorf("%s in English: %q has Dutch %q", c.reason, english, words)
		}
	}
}

// TestExchangeRefusalsSaidInTheWindowsLanguage: a file that is no
// exchange file and what a sync leaves alone are said in the window's
// language, in Dutch as the command line says them.
func TestExchangeRefusalsSaidInTheWindowsLanguage(t *testing.T) {
	t.Cleanup(func() { Load("") })
	ctx := context.Background()
	s := newStore(t)
	_, notZip := bundle.Read(strings.NewReader("geen zip"), bundle.ReadOptions{})
	dir := t.TempDir()
	for name, body := range map[string]string{"desktop.ini": "[x]", "kapot.ketenregie": "geen zip"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	res, err := bundle.Sync(ctx, s, dir, "", "test")
	if err != nil {
		t.Fatal(err)
	}
	_, noFolder := bundle.Sync(ctx, s, filepath.Join(dir, "desktop.ini"), "", "test")
	var be *bundle.Error
	if !errors.As(notZip, &be) || be.Reason != "not-a-bundle" || be.Text != "not-zip" {
		t.Fatalf("got %v, want a file refused as no exchange file", notZip)
	}
	if !errors.As(noFolder, &be) || be.Reason != "not-a-folder" {
		t.Fatalf("got %v, want a sync refused for want of a folder", noFolder)
	}
	for _, err := range []error{notZip, noFolder} {
		Load("nl")
		if got, want := Error(err), Capitalise(err.Error()); got != want {
			t.Errorf("in Dutch:\n window  %q\n command %q", got, want)
		}
		Load("en")
		if english := Error(err); english == Capitalise(err.Error()) || len(DutchWords(english)) > 0 {
			t.Errorf("in English: %q", english)
		}
	}
	if len(res.Skips) != 2 || len(res.Skipped) != 2 {
		t.Fatalf("skipped %v, want desktop.ini and kapot.ketenregie", res.Skipped)
	}
	for i, skip := range res.Skips {
		Load("nl")
		if got := Skip(skip); got != res.Skipped[i] {
			t.Errorf("skipped in Dutch:\n window  %q\n command %q", got, res.Skipped[i])
		}
		Load("en")
		english := Skip(skip)
		if !strings.HasPrefix(english, skip.File) || english == res.Skipped[i] || len(DutchWords(english)) > 0 {
			t.Errorf("skipped in English: %q", english)
		}
	}
}
