package data

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// newTestStore opens a fresh database whose clock starts at a fixed time and
// advances a second per write, so tests control time.
func newTestStore(t testing.TB) *Store {
	t.Helper()
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "test.db"), Options{DeviceName: "test"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	now := time.Date(2026, 3, 2, 10, 0, 0, 0, time.Local)
	s.Now = func() time.Time { now = now.Add(time.Second); return now }
	return s
}

func dumpString(t testing.TB, s *Store) string {
	t.Helper()
	var b bytes.Buffer
	if err := s.Dump(context.Background(), &b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func changeCount(t testing.TB, s *Store) int {
	t.Helper()
	var n int
	if err := s.db.QueryRow("SELECT count(*) FROM change").Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func mustCreate(t testing.TB, s *Store, kind string, values map[string]string) string {
	t.Helper()
	id, err := s.Create(context.Background(), kind, values)
	if err != nil {
		t.Fatalf("create %s: %v", kind, err)
	}
	return id
}

func mustCheck(t testing.TB, s *Store) {
	t.Helper()
	problems, err := s.Check(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range problems {
		t.Error(p)
	}
}

// fixture creates one record of every kind that others point at.
type fixture struct {
	org, org2, agreement, plan, section string
}

func newFixture(t testing.TB, s *Store) fixture {
	var f fixture
	f.org = mustCreate(t, s, "organisation", map[string]string{"name": "Gemeente Hoorn", "type": "gemeente", "municipality_id": "GM0405"})
	f.org2 = mustCreate(t, s, "organisation", map[string]string{"name": "RIEC Noord-Holland", "type": "riec"})
	f.agreement = mustCreate(t, s, "agreement", map[string]string{"title": "RIEC-convenant", "type": "riec-convenant"})
	f.plan = mustCreate(t, s, "plan", map[string]string{"title": "Beleidsplan Hoorn", "municipality_id": "GM0405"})
	f.section = mustCreate(t, s, "section", map[string]string{"plan_id": f.plan, "title": "Inleiding"})
	return f
}

func TestRoundTripEveryKind(t *testing.T) {
	ctx := context.Background()
	s := newTestStore(t)
	f := newFixture(t, s)
	hoorn := MunicipalityID("GM0405")
	cases := []struct {
		kind           string
		create, update map[string]string
	}{
		{"municipality", map[string]string{"cbs_code": "GM9999", "name": "Proefgemeente"}, map[string]string{"subregion": "West-Friesland"}},
		{"cluster", map[string]string{"name": "West-Friesland", "municipality_ids": "GM0405,GM0388"}, map[string]string{"lead_municipality_id": hoorn}},
		{"organisation", map[string]string{"name": "GGD Hollands Noorden", "type": "ggd"}, map[string]string{"phone": "088-0100555", "website": "www.example.org"}},
		{"contact", map[string]string{"name": "Noëlle de Vries", "email": "n.devries@example.org", "organisation_id": f.org}, map[string]string{"phone": "06-12345678", "role": "aandachtsfunctionaris"}},
		{"agreement", map[string]string{"title": "Modelconvenant", "type": "modelconvenant", "status": "actief"}, map[string]string{"evaluation_date": "01-06-2027", "personal_data": "ja"}},
		{"party", map[string]string{"agreement_id": f.agreement, "organisation_id": f.org}, map[string]string{"signatory": "burgemeester"}},
		{"plan", map[string]string{"title": "Plan Enkhuizen", "municipality_id": "GM0388"}, map[string]string{"status": "ter bespreking", "period_start": "2026", "period_end": "2029"}},
		{"section", map[string]string{"plan_id": f.plan, "title": "Wat is mensenhandel"}, map[string]string{"parent_id": f.section}},
		{"block", map[string]string{"section_id": f.section, "text": "Mensenhandel is **uitbuiting**."}, map[string]string{"style": "bullets"}},
		{"action", map[string]string{"plan_id": f.plan, "title": "Training baliemedewerkers"}, map[string]string{"status": "loopt", "theme": "signalering"}},
		{"assessment", map[string]string{"municipality_id": hoorn, "date": "2019-05-01", "item": "basis-signalering", "level": "deels"}, map[string]string{"level": "volledig"}},
		{"planversion", map[string]string{"plan_id": f.plan, "version": "0.1"}, map[string]string{"change": "Eerste opzet"}},
	}
	for _, c := range cases {
		t.Run(c.kind, func(t *testing.T) {
			id := mustCreate(t, s, c.kind, c.create)
			if err := s.Update(ctx, c.kind, id, c.update); err != nil {
				t.Fatal(err)
			}
			r, err := s.Get(ctx, c.kind, id)
			if err != nil {
				t.Fatal(err)
			}
			k := KindNamed(c.kind)
			for name, typed := range c.update {
				want, verr := canonical(k, mustField(t, k, name), typed)
				if verr != nil {
					t.Fatal(verr)
				}
				if r.Values[name] != want && !strings.HasSuffix(name, "_id") {
					t.Errorf("%s = %q, want %q", name, r.Values[name], want)
				}
			}
			if err := s.Delete(ctx, c.kind, id); err != nil {
				t.Fatal(err)
			}
			if _, err := s.Get(ctx, c.kind, id); !IsNotFound(err) {
				t.Fatalf("after delete: %v, want not found", err)
			}
		})
	}
	mustCheck(t, s)
}

func mustField(t testing.TB, k *Kind, name string) Field {
	f, ok := k.Field(name)
	if !ok {
		t.Fatalf("%s has no field %s", k.Name, name)
	}
	return f
}

func TestInvalidWriteChangesNothing(t *testing.T) {
	ctx := context.Background()
	s := newTestStore(t)
	f := newFixture(t, s)
	contact := mustCreate(t, s, "contact", map[string]string{"name": "Jan Bakker", "organisation_id": f.org})
	before, changes := dumpString(t, s), changeCount(t, s)
	cases := []struct {
		name, field, reason string
		write               func() error
	}{
		{"bad e-mail", "email", "email", func() error {
			_, err := s.Create(ctx, "contact", map[string]string{"name": "A", "email": "a@@example"})
			return err
		}},
		{"bad phone", "phone", "phone", func() error {
			return s.Update(ctx, "contact", contact, map[string]string{"name": "Jan B.", "phone": "12345"})
		}},
		{"missing name", "name", "required", func() error {
			_, err := s.Create(ctx, "contact", map[string]string{"email": "a@example.org"})
			return err
		}},
		{"blank required", "name", "required", func() error {
			return s.Update(ctx, "contact", contact, map[string]string{"name": "  "})
		}},
		{"bad date", "evaluation_date", "date", func() error {
			return s.Update(ctx, "agreement", f.agreement, map[string]string{"title": "Nieuw", "evaluation_date": "31-02-2026"})
		}},
		{"bad choice", "status", "choice", func() error {
			return s.Update(ctx, "agreement", f.agreement, map[string]string{"status": "misschien"})
		}},
		{"unknown field", "colour", "field", func() error {
			_, err := s.Create(ctx, "contact", map[string]string{"name": "B", "colour": "blauw"})
			return err
		}},
		{"dangling reference", "organisation_id", "ref", func() error {
			_, err := s.Create(ctx, "contact", map[string]string{"name": "C", "organisation_id": "nope"})
			return err
		}},
		{"unknown cbs code", "municipality_ids", "ref", func() error {
			_, err := s.Create(ctx, "contact", map[string]string{"name": "D", "municipality_ids": "GM0405,GM0001"})
			return err
		}},
		{"chapter under itself", "parent_id", "self", func() error {
			return s.Update(ctx, "section", f.section, map[string]string{"parent_id": f.section})
		}},
		{"period backwards", "period_end", "period", func() error {
			return s.Update(ctx, "plan", f.plan, map[string]string{"period_start": "2028", "period_end": "2025"})
		}},
		{"organisation in use", "", "in_use", func() error { return s.Delete(ctx, "organisation", f.org) }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := c.write()
			e, ok := AsError(err)
			if !ok {
				t.Fatalf("got %v, want a *data.Error", err)
			}
			if e.Field != c.field || e.Reason != c.reason {
				t.Errorf("field %q reason %q, want %q %q (%s)", e.Field, e.Reason, c.field, c.reason, e.Msg)
			}
			if e.Msg == "" {
				t.Error("no message for the user")
			}
			if got := dumpString(t, s); got != before {
				t.Error("the refused write changed the records")
			}
			if n := changeCount(t, s); n != changes {
				t.Errorf("the refused write appended %d changes", n-changes)
			}
		})
	}
}

func TestDeleteTakesOwnedRecords(t *testing.T) {
	ctx := context.Background()
	s := newTestStore(t)
	f := newFixture(t, s)
	sub := mustCreate(t, s, "section", map[string]string{"plan_id": f.plan, "parent_id": f.section, "title": "Aanleiding"})
	mustCreate(t, s, "block", map[string]string{"section_id": sub, "text": "Tekst"})
	mustCreate(t, s, "action", map[string]string{"plan_id": f.plan, "title": "Actie"})
	mustCreate(t, s, "party", map[string]string{"agreement_id": f.agreement, "organisation_id": f.org2})
	if err := s.Delete(ctx, "plan", f.plan); err != nil {
		t.Fatal(err)
	}
	if err := s.Delete(ctx, "agreement", f.agreement); err != nil {
		t.Fatal(err)
	}
	for _, kind := range []string{"plan", "section", "block", "action", "party", "agreement"} {
		if rs, _ := s.List(ctx, kind); len(rs) != 0 {
			t.Errorf("%d %s left after deleting their owner", len(rs), kind)
		}
	}
	mustCheck(t, s)
	// Undelete brings the plan back with its values.
	if err := s.Write(ctx, func(tx *Tx) error { return tx.Undelete("plan", f.plan) }); err != nil {
		t.Fatal(err)
	}
	if r, err := s.Get(ctx, "plan", f.plan); err != nil || r.Get("title") != "Beleidsplan Hoorn" {
		t.Fatalf("undelete: %v %v", r, err)
	}
	mustCheck(t, s)
}

func TestUpdateWithoutDifferenceAppendsNothing(t *testing.T) {
	s := newTestStore(t)
	f := newFixture(t, s)
	n := changeCount(t, s)
	if err := s.Update(context.Background(), "organisation", f.org, map[string]string{"name": " Gemeente Hoorn ", "type": "Gemeente"}); err != nil {
		t.Fatal(err)
	}
	if got := changeCount(t, s); got != n {
		t.Errorf("an update that changes nothing appended %d changes", got-n)
	}
}

func TestRebuildFromLogEqualsTables(t *testing.T) {
	ctx := context.Background()
	s := newTestStore(t)
	f := newFixture(t, s)
	for i := 0; i < 20; i++ {
		id := mustCreate(t, s, "contact", map[string]string{"name": "Contact " + string(rune('A'+i)), "organisation_id": f.org})
		if i%3 == 0 {
			s.Update(ctx, "contact", id, map[string]string{"notes": "Bijgewerkt"})
		}
		if i%5 == 0 {
			s.Delete(ctx, "contact", id)
		}
	}
	s.Update(ctx, "municipality", MunicipalityID("GM0405"), map[string]string{"notes": "Centrumgemeente"})
	before := dumpString(t, s)
	mustCheck(t, s)
	if err := s.Rebuild(ctx); err != nil {
		t.Fatal(err)
	}
	if after := dumpString(t, s); after != before {
		t.Errorf("rebuilt tables differ from the materialised ones:\n%s\n---\n%s", before, after)
	}
	mustCheck(t, s)
	// Search follows the rebuilt tables.
	if rs, _ := s.Search(ctx, "contact", "contact", 0); len(rs) != 16 {
		t.Errorf("search after rebuild found %d, want the 16 live contacts", len(rs))
	}
}

func TestCheckFindsTampering(t *testing.T) {
	cases := []struct {
		name   string
		tamper func(f fixture) string
	}{
		{"edited row", func(f fixture) string {
			return "UPDATE organisation SET name = 'Gemeente Horn' WHERE id = '" + f.org + "'"
		}},
		{"edited log", func(f fixture) string {
			return "UPDATE change SET value = 'Gemeente Horn' WHERE entity_id = '" + f.org + "' AND field = 'name'"
		}},
		{"lost row", func(f fixture) string { return "DELETE FROM plan WHERE id = '" + f.plan + "'" }},
		{"lost change", func(f fixture) string {
			return "DELETE FROM change WHERE entity_id = '" + f.section + "' AND field = 'title'"
		}},
		{"extra row", func(f fixture) string {
			return "INSERT INTO cluster (id, name) VALUES ('x', 'Spookcluster')"
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := newTestStore(t)
			f := newFixture(t, s)
			mustCheck(t, s)
			if _, err := s.db.Exec(c.tamper(f)); err != nil {
				t.Fatal(err)
			}
			problems, err := s.Check(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			if len(problems) == 0 {
				t.Error("check found nothing")
			}
		})
	}
}

func TestMigrations(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "old.db")
	// A database of schema 5, before the last three migrations, with a
	// contact in it whose job title (schema 6's column) came from a
	// colleague on a newer version: in the log, not in the table. Schema 7
	// adds the device's person, empty until named. Schema 8 adds
	// activities and figures: a colleague's, kept in the log as kinds the
	// old version did not know, get their rows.
	old, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	org, _ := old.Create(ctx, "organisation", map[string]string{"name": "Veilig Thuis Noord-Holland Noord", "type": "veilig-thuis"})
	id, err := old.Create(ctx, "contact", map[string]string{"name": "Chaïma El Amrani", "organisation_id": org, "function": "Adviseur"})
	if err != nil {
		t.Fatal(err)
	}
	training, err := old.Create(ctx, KindActivity, map[string]string{Activity.Title: "Training baliemedewerkers", Activity.Date: "2025-03-12",
		Activity.TargetGroups: "baliemedewerkers", Activity.Participants: "14"})
	if err != nil {
		t.Fatal(err)
	}
	figure, err := old.Create(ctx, KindFigure, map[string]string{Figure.MunicipalityID: "GM0405", Figure.Period: "2025-Q1",
		Figure.Measure: MeasureSignalenMeldroute, Figure.Count: "7"})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"ALTER TABLE contact DROP COLUMN function", "ALTER TABLE device DROP COLUMN person",
		"DROP TABLE activity", "DROP TABLE measure", "DROP TABLE figure", "ALTER TABLE planversion DROP COLUMN point",
		"PRAGMA user_version = 5"} {
		if _, err := old.db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	old.Close()

	s, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var v int
	s.db.QueryRow("PRAGMA user_version").Scan(&v)
	if v != SchemaVersion() {
		t.Fatalf("user_version %d after upgrade, want %d", v, SchemaVersion())
	}
	rs, err := s.Search(ctx, "contact", "chaima veilig", 0)
	if err != nil || len(rs) != 1 {
		t.Fatalf("contact from before the upgrade: %d found, %v", len(rs), err)
	}
	if c, _ := s.Get(ctx, "contact", id); c.Get("function") != "Adviseur" {
		t.Errorf("the job title in the log is %q in the table after the upgrade", c.Get("function"))
	}
	if a, err := s.Get(ctx, KindActivity, training); err != nil || a.Get(Activity.Participants) != "14" || a.Get(Activity.Status) != ActivityStatusGepland {
		t.Errorf("the activity in the log after the upgrade: %v, %v", a.Values, err)
	}
	if f, err := s.Get(ctx, KindFigure, figure); err != nil || f.Get(Figure.Count) != "7" || f.Get(Figure.MunicipalityID) != MunicipalityID("GM0405") {
		t.Errorf("the figure in the log after the upgrade: %v, %v", f.Values, err)
	}
	backups, _ := Backups(path)
	if len(backups) != 1 || backups[0].Comment != "voor-migratie" {
		t.Errorf("want one backup before the migration, got %+v", backups)
	}
	mustCheck(t, s)
}

func TestNewerSchemaRefusedAndUntouched(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "newer.db")
	s, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	s.db.Exec("PRAGMA wal_checkpoint(TRUNCATE)")
	s.db.Exec("PRAGMA journal_mode = DELETE")
	s.db.Exec("PRAGMA user_version = 99")
	s.Close()
	before, _ := os.ReadFile(path)

	_, err = Open(ctx, path, Options{})
	e, ok := AsError(err)
	if !ok || e.Code != CodeNewerSchema || !errors.Is(err, ErrNewerSchema) {
		t.Fatalf("got %v, want a newer-schema error", err)
	}
	if !strings.Contains(e.Msg, "nieuwere versie") {
		t.Errorf("message %q does not tell the user to update", e.Msg)
	}
	after, _ := os.ReadFile(path)
	if !bytes.Equal(before, after) {
		t.Error("the refused database file was changed")
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), "-wal") || e.Name() == "backups" {
			t.Errorf("refusing the file left %s behind", e.Name())
		}
	}
}

func TestNotADatabase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notes.db")
	os.WriteFile(path, []byte("dit is geen database, maar een boodschappenlijst\n"), 0o600)
	before, _ := os.ReadFile(path)
	if _, err := Open(context.Background(), path, Options{}); err == nil {
		t.Fatal("opened a text file as a database")
	}
	after, _ := os.ReadFile(path)
	if !bytes.Equal(before, after) {
		t.Error("the file was changed")
	}
}

func TestForeignDatabaseUntouched(t *testing.T) {
	path := filepath.Join(t.TempDir(), "other.sqlite")
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	db.Exec("CREATE TABLE recipes (name TEXT)")
	db.Close()
	before, _ := os.ReadFile(path)
	_, err = Open(context.Background(), path, Options{})
	if e, ok := AsError(err); !ok || e.Reason != "not_ketenregie" {
		t.Fatalf("got %v, want a refusal", err)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Error("another program's database was changed")
	}
}

func TestReferenceData(t *testing.T) {
	ctx := context.Background()
	a, b := newTestStore(t), newTestStore(t)
	if dumpString(t, a) != dumpString(t, b) {
		t.Fatal("two new databases differ")
	}
	ms, _ := a.List(ctx, "municipality")
	if len(ms) != 342+4 {
		t.Errorf("%d municipalities, want 342 and 4 retired", len(ms))
	}
	hoorn, err := a.Get(ctx, "municipality", MunicipalityID("GM0405"))
	if err != nil || hoorn.Get("name") != "Hoorn" || hoorn.Get("subregion") != "West-Friesland" || hoorn.Get("safety_region") != "Noord-Holland Noord" {
		t.Errorf("Hoorn: %+v %v", hoorn, err)
	}
	beemster, _ := a.Get(ctx, "municipality", MunicipalityID("GM0370"))
	if beemster.Get("retired") != "true" || beemster.Get("successor_id") != MunicipalityID("GM0439") {
		t.Errorf("Beemster should be retired into Purmerend: %+v", beemster.Values)
	}
	// Reopening appends nothing.
	n := changeCount(t, a)
	a2, err := Open(ctx, a.path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer a2.Close()
	if changeCount(t, a2) != n {
		t.Error("reopening appended reference changes again")
	}
	if a2.Device() != a.Device() {
		t.Error("reopening made a new device identity")
	}
}

func TestSearchIgnoresCaseAndDiacritics(t *testing.T) {
	ctx := context.Background()
	s := newTestStore(t)
	zc := mustCreate(t, s, "organisation", map[string]string{"name": "Zorgcoördinatie mensenhandel HVO-Querido", "type": "zorgcoordinatie"})
	mustCreate(t, s, "contact", map[string]string{"name": "Ayşe Öztürk", "organisation_id": zc})
	mustCreate(t, s, "contact", map[string]string{"name": "Oscar Zuidema", "function": "Teamleider Veiligheid"})
	cases := []struct {
		kind, query string
		want        int
	}{
		{"contact", "ozturk", 1},
		{"contact", "ÖZTÜRK", 1},
		{"contact", "ayse", 1},
		{"contact", "coordinatie", 1}, // by organisation name
		{"contact", "o", 2},
		{"contact", "ozt querido", 1},
		{"contact", "ozt zuid", 0},
		{"contact", "teamleider", 1}, // by job title
		{"contact", "zuidema veiligheid", 1},
		{"contact", "handel", 1},
		{"contact", "oz", 1},
		{"contact", "öz", 1},
		{"contact", "ayşe öz", 1},
		{"contact", `"); DROP TABLE contact; --`, 0},
		{"contact", "%", 0},
		{"organisation", "coordinatie", 1},
		{"organisation", "hvo", 1},
		{"contact", "", 2},
	}
	for _, c := range cases {
		rs, err := s.Search(ctx, c.kind, c.query, 0)
		if err != nil {
			t.Fatalf("%q: %v", c.query, err)
		}
		if len(rs) != c.want {
			t.Errorf("search %s %q: %d results, want %d", c.kind, c.query, len(rs), c.want)
		}
	}
	// A renamed organisation: its contacts are found by the new name.
	if err := s.Update(ctx, "organisation", zc, map[string]string{"name": "ACM Noord-Holland"}); err != nil {
		t.Fatal(err)
	}
	if rs, _ := s.Search(ctx, "contact", "acm", 0); len(rs) != 1 {
		t.Errorf("after renaming the organisation: %d found, want 1", len(rs))
	}
}

func TestDutchOrder(t *testing.T) {
	ctx := context.Background()
	s := newTestStore(t)
	for _, n := range []string{"Zuidema", "Öztürk", "'t Hart", "de Boer", "Ëlla", "Aalders"} {
		mustCreate(t, s, "contact", map[string]string{"name": n})
	}
	rs, _ := s.List(ctx, "contact")
	var got []string
	for _, r := range rs {
		got = append(got, r.Get("name"))
	}
	want := "Aalders, de Boer, Ëlla, Öztürk, 't Hart, Zuidema"
	if strings.Join(got, ", ") != want {
		t.Errorf("order %s, want %s", strings.Join(got, ", "), want)
	}
}

func TestDeviceIdentity(t *testing.T) {
	s := newTestStore(t)
	if s.Device() == "" {
		t.Fatal("no device id")
	}
	name, err := s.DeviceName(context.Background())
	if err != nil || name != "test" {
		t.Errorf("device name %q, %v", name, err)
	}
	var origin string
	newFixture(t, s)
	s.db.QueryRow("SELECT DISTINCT origin FROM change WHERE origin <> ?", ReferenceOrigin).Scan(&origin)
	if origin != s.Device() {
		t.Errorf("changes written by %q, want the device %q", origin, s.Device())
	}
}
