package cli

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"ketenregie/data"
)

type result struct {
	stdout, stderr string
	code           int
}

// testVersion is the version the tests' program says it is.
const testVersion = "1.2.3"

// cli runs one command line against db, as the program would.
func cli(t *testing.T, db string, args ...string) result {
	t.Helper()
	var out, errOut bytes.Buffer
	if db != "" {
		args = append([]string{"--db", db}, args...)
	}
	code := Run(args, &out, &errOut, testVersion, func(string) error {
		t.Fatalf("%v opened the GUI", args)
		return nil
	})
	return result{out.String(), errOut.String(), code}
}

func mustCLI(t *testing.T, db string, args ...string) string {
	t.Helper()
	r := cli(t, db, args...)
	if r.code != 0 {
		t.Fatalf("%v: exit %d: %s", args, r.code, r.stderr)
	}
	return r.stdout
}

var uuidLine = regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}\n$`)

func TestCommandsSucceed(t *testing.T) {
	db := filepath.Join(t.TempDir(), "k.db")
	org := mustCLI(t, db, "add", "organisation", "name=Gemeente Hoorn", "type=gemeente", "municipality_id=GM0405")
	if !uuidLine.MatchString(org) {
		t.Fatalf("add printed %q, want the id alone", org)
	}
	org = strings.TrimSpace(org)
	id := strings.TrimSpace(mustCLI(t, db, "add", "contact", "name=Noëlle de Vries", "organisation_id="+org,
		"email=n.devries@example.org", "phone=0229 123456", "role=Aandachtsfunctionaris mensenhandel", "municipality_ids=GM0405,GM0388"))
	mustCLI(t, db, "set", "contact", id, "phone=06-12345678", "notes=")

	var shown map[string]any
	if err := json.Unmarshal([]byte(mustCLI(t, db, "show", "contact", id, "--json")), &shown); err != nil {
		t.Fatal(err)
	}
	if shown["phone"] != "06-12345678" || shown["role"] != "aandachtsfunctionaris" || len(shown["municipality_ids"].([]any)) != 2 {
		t.Errorf("show --json: %v", shown)
	}
	if out := mustCLI(t, db, "show", "contact", id); !strings.Contains(out, "Noëlle de Vries") || !strings.Contains(out, "Aandachtsfunctionaris") {
		t.Errorf("show: %s", out)
	}
	var listed []map[string]any
	json.Unmarshal([]byte(mustCLI(t, db, "list", "contact", "--json")), &listed)
	if len(listed) != 1 || listed[0]["id"] != id {
		t.Errorf("list --json: %v", listed)
	}
	if out := mustCLI(t, db, "list", "contact", "--search", "noelle"); !strings.Contains(out, id) {
		t.Errorf("list --search noelle: %s", out)
	}
	if out := mustCLI(t, db, "list", "contact", "--search=ozturk"); strings.Contains(out, id) {
		t.Errorf("list --search ozturk found Noëlle: %s", out)
	}
	if out := mustCLI(t, db, "list", "municipality", "cbs_code=GM0405"); !strings.Contains(out, "Hoorn") || strings.Contains(out, "Enkhuizen") {
		t.Errorf("list municipality cbs_code=GM0405: %s", out)
	}
	if out := mustCLI(t, db, "check"); !strings.Contains(out, "In orde") {
		t.Errorf("check: %s", out)
	}

	dump := mustCLI(t, db, "dump")
	var all map[string]json.RawMessage
	if err := json.Unmarshal([]byte(dump), &all); err != nil {
		t.Fatalf("dump is not JSON: %v", err)
	}
	for _, k := range append(data.KindNames(), "conflicts") {
		if _, ok := all[k]; !ok {
			t.Errorf("dump lacks %q", k)
		}
	}
	if again := mustCLI(t, db, "dump"); again != dump {
		t.Error("two dumps of the same database differ")
	}
	// A copy of the database holds the same changes and dumps the same bytes.
	cp := filepath.Join(t.TempDir(), "copy.db")
	mustCLI(t, db, "check") // checkpoints nothing, but proves the file is readable
	copyDB(t, db, cp)
	if mustCLI(t, cp, "dump") != dump {
		t.Error("a copy of the database dumps differently")
	}

	mustCLI(t, db, "delete", "contact", id)
	if r := cli(t, db, "show", "contact", id); r.code != 1 {
		t.Errorf("show after delete: exit %d", r.code)
	}
}

func copyDB(t *testing.T, src, dst string) {
	t.Helper()
	db, err := sql.Open("sqlite", src)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec("VACUUM INTO ?", dst); err != nil {
		t.Fatal(err)
	}
}

func TestCommandErrorsChangeNothing(t *testing.T) {
	db := filepath.Join(t.TempDir(), "k.db")
	org := strings.TrimSpace(mustCLI(t, db, "add", "organisation", "name=RIEC Noord-Holland", "type=riec"))
	contact := strings.TrimSpace(mustCLI(t, db, "add", "contact", "name=Jan Bakker", "organisation_id="+org))
	before := mustCLI(t, db, "dump")
	cases := []struct {
		name string
		args []string
		want string // in the message
	}{
		{"unknown command", []string{"frobnicate"}, "onbekend commando"},
		{"unknown option", []string{"list", "contact", "--colour"}, "--colour"},
		{"add unknown kind", []string{"add", "person", "name=X"}, "onbekende soort"},
		{"add unknown field", []string{"add", "contact", "name=X", "shoe_size=42"}, "geen veld"},
		{"add invalid e-mail", []string{"add", "contact", "name=X", "email=x@"}, "geen geldig e-mailadres"},
		{"add invalid phone", []string{"add", "contact", "name=X", "phone=123"}, "geen geldig telefoonnummer"},
		{"add missing required", []string{"add", "organisation", "name=GGD"}, "vul dit veld in"},
		{"add not field=value", []string{"add", "contact", "Jan"}, "veld=waarde"},
		{"add duplicate field", []string{"add", "contact", "name=A", "name=B"}, "twee keer"},
		{"set unknown id", []string{"set", "contact", "0190aaaa-0000-7000-8000-000000000000", "name=X"}, "geen contactpersoon"},
		{"set unknown kind", []string{"set", "person", contact, "name=X"}, "onbekende soort"},
		{"set unknown field", []string{"set", "contact", contact, "colour=blue"}, "geen veld"},
		{"set invalid date", []string{"set", "contact", contact, "last_reviewed=31-04-2026"}, "geen geldige datum"},
		{"set invalid reference", []string{"set", "contact", contact, "organisation_id=nope"}, "geen organisatie"},
		{"set without fields", []string{"set", "contact", contact}, "argumenten"},
		{"delete unknown id", []string{"delete", "contact", "nope"}, "geen contactpersoon"},
		{"delete unknown kind", []string{"delete", "person", contact}, "onbekende soort"},
		{"delete in use", []string{"delete", "organisation", org}, "nog gebruikt"},
		{"show unknown id", []string{"show", "agreement", "nope"}, "geen ketenafspraak"},
		{"list unknown kind", []string{"list", "persons"}, "onbekende soort"},
		{"list unknown field", []string{"list", "contact", "colour=blue"}, "geen veld"},
		{"demo on a used database", []string{"demo"}, "lege database"},
		{"dump with arguments", []string{"dump", "extra"}, "geen argumenten"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := cli(t, db, c.args...)
			if r.code != 1 {
				t.Errorf("exit %d, want 1", r.code)
			}
			if !strings.Contains(r.stderr, c.want) {
				t.Errorf("stderr %q does not say %q", r.stderr, c.want)
			}
			if r.stdout != "" {
				t.Errorf("stdout %q, want nothing", r.stdout)
			}
			if after := mustCLI(t, db, "dump"); after != before {
				t.Error("the failed command changed the database")
			}
		})
	}
}

func TestHelpForEveryCommand(t *testing.T) {
	db := filepath.Join(t.TempDir(), "never.db")
	for _, c := range commands {
		for _, args := range [][]string{{c.name, "--help"}, {"help", c.name}} {
			r := cli(t, db, args...)
			if r.code != 0 || !strings.Contains(r.stdout, "Gebruik: ketenregie") || !strings.Contains(r.stdout, c.name) {
				t.Errorf("%v: exit %d, %q", args, r.code, r.stdout)
			}
		}
	}
	r := cli(t, "", "--help")
	// The help as one line, its wrapping undone.
	unwrapped := regexp.MustCompile(`\n +`).ReplaceAllString(r.stdout, " ")
	columns := map[int]bool{}
	for _, c := range commands {
		if !strings.Contains(r.stdout, "\n  "+c.name) {
			t.Errorf("--help does not list %s", c.name)
		}
		if !strings.Contains(unwrapped, c.summary) {
			t.Errorf("--help lacks the summary of %s", c.name)
		}
		// Every summary starts in the same, readable column, however
		// long the longest command is.
		start := strings.Join(strings.Fields(c.summary)[:2], " ")
		i := strings.Index(r.stdout, start)
		column := i - strings.LastIndexByte(r.stdout[:max(i, 0)], '\n') - 1
		if i < 0 || column > 40 {
			t.Errorf("--help puts the summary of %s far to the right (column %d)", c.name, column)
		}
		columns[column] = true
	}
	if len(columns) != 1 {
		t.Errorf("--help starts the summaries in columns %v", columns)
	}
	if _, err := os.Stat(db); err == nil {
		t.Error("asking for help created a database")
	}
}

func TestDatabaseChoice(t *testing.T) {
	dir := t.TempDir()
	envDB := filepath.Join(dir, "env.db")
	flagDB := filepath.Join(dir, "flag.db")
	t.Setenv(data.EnvDB, envDB)
	mustCLI(t, "", "add", "cluster", "name=West-Friesland")
	if _, err := os.Stat(envDB); err != nil {
		t.Fatalf("KETENREGIE_DB was not used: %v", err)
	}
	mustCLI(t, flagDB, "add", "cluster", "name=Zuid-Kennemerland")
	if out := mustCLI(t, "", "list", "cluster"); !strings.Contains(out, "West-Friesland") || strings.Contains(out, "Zuid") {
		t.Errorf("KETENREGIE_DB database: %s", out)
	}
	// A read command on a database that does not exist says so and creates nothing.
	missing := filepath.Join(dir, "typo.db")
	if r := cli(t, missing, "list", "contact"); r.code != 1 || !strings.Contains(r.stderr, "bestaat niet") {
		t.Errorf("list on a missing database: %+v", r)
	}
	if _, err := os.Stat(missing); err == nil {
		t.Error("a read command created the database")
	}
	// An empty file is not a database, and a read command leaves it so.
	empty := filepath.Join(dir, "leeg.db")
	if err := os.WriteFile(empty, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if r := cli(t, empty, "list", "contact"); r.code != 1 || !strings.Contains(r.stderr, "leeg (0 bytes)") {
		t.Errorf("list on an empty file: %+v", r)
	}
	if st, err := os.Stat(empty); err != nil || st.Size() != 0 {
		t.Errorf("list changed the empty file: %v", err)
	}
	// --db= with nothing after it is a mistake, not the default database.
	if code := Run([]string{"--db=", "list", "cluster"}, &bytes.Buffer{}, &bytes.Buffer{}, testVersion, nil); code != 1 {
		t.Errorf("--db= (empty) gave exit %d", code)
	}
	// A user_version Ketenregie never writes is refused before anything
	// is written.
	odd := filepath.Join(dir, "negatief.db")
	if db, err := sql.Open("sqlite", odd); err != nil {
		t.Fatal(err)
	} else if _, err := db.Exec("PRAGMA user_version = -1"); err != nil || db.Close() != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(odd)
	if r := cli(t, odd, "add", "cluster", "name=X"); r.code != 1 || !strings.Contains(r.stderr, "schemaversie") {
		t.Errorf("add on user_version -1: %+v", r)
	}
	if after, _ := os.ReadFile(odd); !bytes.Equal(before, after) {
		t.Error("the file with user_version -1 was changed")
	}
	// No command opens the GUI on the chosen database.
	var opened string
	code := Run([]string{"--db", flagDB}, &bytes.Buffer{}, &bytes.Buffer{}, testVersion, func(p string) error { opened = p; return nil })
	if code != 0 || opened != flagDB {
		t.Errorf("GUI opened on %q (exit %d), want %q", opened, code, flagDB)
	}
}

func TestDemoCommand(t *testing.T) {
	db := filepath.Join(t.TempDir(), "demo.db")
	out := mustCLI(t, db, "demo")
	if !strings.Contains(out, "Demoregio geladen") {
		t.Errorf("demo: %s", out)
	}
	s, err := data.Open(context.Background(), db, data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	plans, _ := s.List(context.Background(), "plan")
	if len(plans) != 2 {
		t.Errorf("%d plans after demo, want 2", len(plans))
	}
	if out := mustCLI(t, db, "check"); !strings.Contains(out, "In orde") {
		t.Errorf("check after demo: %s", out)
	}
}

func TestCheckReportsDamage(t *testing.T) {
	db := filepath.Join(t.TempDir(), "k.db")
	mustCLI(t, db, "add", "cluster", "name=West-Friesland")
	raw, err := sql.Open("sqlite", db)
	if err != nil {
		t.Fatal(err)
	}
	raw.Exec("UPDATE cluster SET name = 'Oost-Friesland'")
	raw.Close()
	r := cli(t, db, "check")
	if r.code != 1 || !strings.Contains(r.stdout, "Oost-Friesland") || !strings.Contains(r.stderr, "problemen") {
		t.Errorf("check on a damaged database: %+v", r)
	}
}

func TestCheckRepair(t *testing.T) {
	db := filepath.Join(t.TempDir(), "k.db")
	org := strings.TrimSpace(mustCLI(t, db, "add", "organisation", "name=RIEC Noord-Holland", "type=riec"))
	contact := strings.TrimSpace(mustCLI(t, db, "add", "contact", "name=Jan Bakker", "organisation_id="+org))
	mustCLI(t, db, "add", "cluster", "name=West-Friesland")
	before := mustCLI(t, db, "dump")
	raw, err := sql.Open("sqlite", db)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		"UPDATE contact SET name = 'Jan Bakkker' WHERE id = '" + contact + "'",
		"DELETE FROM cluster",
	} {
		if _, err := raw.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	raw.Close()

	r := cli(t, db, "check")
	if r.code != 1 || !strings.Contains(r.stdout, "Jan Bakkker") || !strings.Contains(r.stderr, "check --repair") {
		t.Fatalf("check on drifted tables: %+v", r)
	}
	if backups, _ := data.Backups(db); len(backups) != 0 {
		t.Errorf("check without --repair made %d backups", len(backups))
	}

	r = cli(t, db, "check", "--repair")
	if r.code != 0 {
		t.Fatalf("check --repair: %+v", r)
	}
	backups, err := data.Backups(db)
	if err != nil || len(backups) != 1 {
		t.Fatalf("check --repair made backups %v, %v; want one", backups, err)
	}
	for _, want := range []string{"Jan Bakkker", "Reservekopie", filepath.Base(backups[0].Path), "Hersteld", "In orde"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("check --repair does not say %q:\n%s", want, r.stdout)
		}
	}
	if out := mustCLI(t, db, "check"); !strings.Contains(out, "In orde") {
		t.Errorf("check after repair: %s", out)
	}
	if after := mustCLI(t, db, "dump"); after != before {
		t.Errorf("repair did not give back the tables of the log:\n%s\n---\n%s", before, after)
	}
	// The backup holds the tables as they were before the repair.
	r = cli(t, backups[0].Path, "check")
	if r.code != 1 || !strings.Contains(r.stdout, "Jan Bakkker") {
		t.Errorf("the backup is not the database before the repair: %+v", r)
	}
}

func TestCheckRepairRefusesABrokenLog(t *testing.T) {
	db := filepath.Join(t.TempDir(), "k.db")
	mustCLI(t, db, "add", "cluster", "name=West-Friesland")
	raw, err := sql.Open("sqlite", db)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec("UPDATE change SET value = 'Oost-Friesland' WHERE field = 'name'"); err != nil {
		t.Fatal(err)
	}
	raw.Close()
	r := cli(t, db, "check", "--repair")
	if r.code != 1 || !strings.Contains(r.stdout, "hash klopt niet") || !strings.Contains(r.stderr, "niet herstellen") {
		t.Errorf("check --repair on a broken log: %+v", r)
	}
	if backups, _ := data.Backups(db); len(backups) != 0 {
		t.Errorf("a refused repair made %d backups", len(backups))
	}
	if out := mustCLI(t, db, "list", "cluster"); !strings.Contains(out, "West-Friesland") {
		t.Errorf("a refused repair changed the tables: %s", out)
	}
}

// TestOutputNeverSteersTheTerminal: a name with an escape sequence and a
// right-to-left override (as a database could hold from before writes
// refused them) is shown, never obeyed, by list, show and dump.
func TestOutputNeverSteersTheTerminal(t *testing.T) {
	db := filepath.Join(t.TempDir(), "k.db")
	id := strings.TrimSpace(mustCLI(t, db, "add", "contact", "name=Bas"))
	conn, err := sql.Open("sqlite", db)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := conn.Exec("UPDATE contact SET name = ?, notes = ? WHERE id = ?", "Bas\x1b]0;gehackt\x07 \u202egpj.exe\u0085", "regel\x1b[2J", id); err != nil {
		t.Fatal(err)
	}
	conn.Close()
	for _, args := range [][]string{{"list", "contact"}, {"show", "contact", id}, {"show", "contact", id, "--json"}, {"list", "contact", "--json"}, {"dump"}} {
		out := mustCLI(t, db, args...)
		if strings.ContainsAny(out, "\x1b\x07\u202e\u0085") {
			t.Errorf("%s prints control characters raw: %q", strings.Join(args, " "), out)
		}
		if !strings.Contains(out, "Bas") {
			t.Errorf("%s lost the name: %q", strings.Join(args, " "), out)
		}
	}
}

// move puts an action at another place of its plan's agenda, as the window
// does; a place that is no number, or a kind without order, is refused.
func TestMoveOrdersAsTheWindowDoes(t *testing.T) {
	db := filepath.Join(t.TempDir(), "k.db")
	plan := strings.TrimSpace(mustCLI(t, db, "add", "plan", "title=Plan"))
	var ids []string
	for _, title := range []string{"Eerste", "Tweede", "Derde"} {
		ids = append(ids, strings.TrimSpace(mustCLI(t, db, "add", "action", "plan_id="+plan, "title="+title, "position="+string(rune('A'+len(ids))))))
	}
	mustCLI(t, db, "move", "action", ids[2], "0")
	list := mustCLI(t, db, "list", "action", "plan_id="+plan)
	if d, e := strings.Index(list, "Derde"), strings.Index(list, "Eerste"); d < 0 || e < 0 || d > e {
		t.Errorf("after moving Derde to 0 the list reads:\n%s", list)
	}
	for _, bad := range [][]string{{"move", "action", ids[0], "eerste"}, {"move", "plan", plan, "0"}, {"move", "action", ids[0], "-1"}} {
		if r := cli(t, db, bad...); r.code == 0 || r.stderr == "" {
			t.Errorf("%v: exit %d, %q", bad, r.code, r.stderr)
		}
	}
}

// TestListShowsEveryKind: list names the fields that tell records apart
// for every kind, so a kind added to data is not listed as bare ids.
func TestListShowsEveryKind(t *testing.T) {
	for _, k := range data.Kinds() {
		cols, ok := listColumns[k.Name]
		if !ok || len(cols) == 0 {
			t.Errorf("list shows no fields of %s", k.Name)
		}
		for _, c := range cols {
			if _, ok := k.Field(c); !ok {
				t.Errorf("list of %s shows %q, which is no field of it", k.Name, c)
			}
		}
	}
}
