package contacts

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"ketenregie/data"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestPersonGolden holds the access request (AVG article 15) byte for
// byte, as text and as HTML, through a contact's whole life: made here,
// changed on a colleague's laptop, a field emptied, deleted, restored,
// deleted and finally forgotten. A change in wording, order or a value's
// form shows as a diff of testdata/person-*.
func TestPersonGolden(t *testing.T) {
	ctx := context.Background()
	at := func(s *data.Store, day, hour int) {
		s.Now = func() time.Time { return time.Date(2025, 3, day, hour, 30, 0, 0, time.Local) }
	}
	hoorn := newStore(t, false)
	zaandam, err := data.Open(ctx, filepath.Join(t.TempDir(), "z.db"), data.Options{DeviceName: "Laptop Zaandam"})
	if err != nil {
		t.Fatal(err)
	}
	defer zaandam.Close()
	send := func(from, to *data.Store) {
		t.Helper()
		changes, err := from.ChangesSince(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := to.Apply(ctx, changes); err != nil {
			t.Fatal(err)
		}
	}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}

	at(hoorn, 1, 9)
	org, err := hoorn.Create(ctx, "organisation", map[string]string{"name": "GGD Hollands Noorden", "type": "gemeente"})
	must(err)
	id, err := hoorn.Create(ctx, "contact", map[string]string{
		"name":             "Joke de Vries",
		"organisation_id":  org,
		"role":             "aandachtsfunctionaris",
		"email":            "j.devries@example.nl",
		"phone":            "0229-123456",
		"municipality_ids": data.JoinIDs([]string{data.MunicipalityID("GM0405"), data.MunicipalityID("GM0398")}),
		"notes":            "Bereikbaar ma-do.\nNiet op vrijdag.",
	})
	must(err)
	_, err = hoorn.Create(ctx, "agreement", map[string]string{"title": "Meldroute West-Friesland", "type": "modelconvenant",
		"notes": "Afgestemd met JOKE DE VRIES op het ketenoverleg van maart."})
	must(err)
	send(hoorn, zaandam)
	at(zaandam, 3, 14)
	must(zaandam.Update(ctx, "contact", id, map[string]string{"phone": "06-10203040", "function": "adviseur"}))
	send(zaandam, hoorn)
	at(hoorn, 5, 10)
	must(hoorn.Update(ctx, "contact", id, map[string]string{"notes": "", "last_reviewed": "2025-03-05"}))

	// The colleague's device is not named in this database: the history
	// shows its id, which differs at every run.
	other := zaandam.Device()
	golden := func(name string, html bool) {
		t.Helper()
		var b bytes.Buffer
		if err := WritePerson(ctx, hoorn, id, html, &b); err != nil {
			t.Fatal(err)
		}
		got := strings.ReplaceAll(b.String(), other, "<apparaat van de collega>")
		path := filepath.Join("testdata", name)
		if *update {
			if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			return
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if got != string(want) {
			t.Errorf("%s differs (go test -run TestPersonGolden -update rewrites it):\n%s", name, got)
		}
	}
	golden("person-live.txt", false)
	golden("person-live.html", true)

	at(hoorn, 6, 11)
	must(hoorn.Delete(ctx, "contact", id))
	at(hoorn, 7, 12)
	must(hoorn.Write(ctx, func(t *data.Tx) error { return t.Restore("contact", id) }))
	at(hoorn, 8, 13)
	must(hoorn.Delete(ctx, "contact", id))
	golden("person-deleted.txt", false)

	at(hoorn, 9, 15)
	must(hoorn.Erase(ctx, "contact", id))
	golden("person-erased.txt", false)
	golden("person-erased.html", true)
}
