package data

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"testing"
)

var (
	bigOnce sync.Once
	bigPath string
	bigErr  error
)

// bigStore returns a database with 50,000 contacts at 500 organisations,
// made once per test binary and copied for each benchmark.
func bigStore(b *testing.B) *Store {
	b.Helper()
	ctx := context.Background()
	bigOnce.Do(func() {
		dir, err := os.MkdirTemp("", "ketenregie-bench")
		if err != nil {
			bigErr = err
			return
		}
		bigPath = filepath.Join(dir, "big.db")
		s, err := Open(ctx, bigPath, Options{DeviceName: "bench"})
		if err != nil {
			bigErr = err
			return
		}
		defer s.Close()
		bigErr = fillContacts(ctx, s, 500, 50_000)
	})
	if bigErr != nil {
		b.Fatal(bigErr)
	}
	dst := filepath.Join(b.TempDir(), "big.db")
	if err := copyFile(bigPath, dst); err != nil {
		b.Fatal(err)
	}
	s, err := Open(ctx, dst, Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	return s
}

var firstNames = []string{"Jan", "Noëlle", "Ayşe", "Mohamed", "Sanne", "José", "Pieter", "Chaïma", "Fleur", "Kees", "Yusuf", "Ingrid", "Daan", "Ilse", "Bram", "Femke"}
var lastNames = []string{"de Vries", "Öztürk", "Bakker", "El Amrani", "Jansen", "van Dijk", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos", "Vos", "Peters", "Hendriks", "Dekker", "Brouwer", "de Graaf", "Koster", "Prins"}

func fillContacts(ctx context.Context, s *Store, orgs, contacts int) error {
	return s.Write(ctx, func(t *Tx) error {
		orgIDs := make([]string, orgs)
		for i := range orgIDs {
			id, err := t.Create("organisation", map[string]string{"name": fmt.Sprintf("Zorgcoördinatie team %03d", i), "type": "zorgcoordinatie"})
			if err != nil {
				return err
			}
			orgIDs[i] = id
		}
		for i := 0; i < contacts; i++ {
			_, err := t.Create("contact", map[string]string{
				"name":            fmt.Sprintf("%s %s %d", firstNames[i%len(firstNames)], lastNames[(i/7)%len(lastNames)], i),
				"organisation_id": orgIDs[i%orgs],
				"email":           fmt.Sprintf("persoon%d@example.org", i),
				"phone":           fmt.Sprintf("06-%08d", i),
				"role":            ContactRoles[i%len(ContactRoles)].Code,
			})
			if err != nil {
				return err
			}
		}
		return nil
	})
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// BenchmarkSearchContacts is one keystroke of search-as-you-type over 50,000
// contacts, showing the first 200 hits. Budget: under 10 ms.
func BenchmarkSearchContacts(b *testing.B) {
	s := bigStore(b)
	ctx := context.Background()
	s.SearchIDs(ctx, "contact", "") // build the index once, as the contacts screen does on opening
	for _, q := range []string{"o", "öz", "ozturk", "ozturk 4711", "zorgcoordinatie", "jan de vries 12", "example", "aandachtsfunctionaris"} {
		b.Run(q, func(b *testing.B) {
			for b.Loop() {
				rs, err := s.Search(ctx, "contact", q, 200)
				if err != nil || len(rs) == 0 {
					b.Fatalf("%d results, %v", len(rs), err)
				}
			}
		})
	}
}

// BenchmarkSearchAfterWrite is the first keystroke after a save: the search
// index is rebuilt from the database. It has no budget of its own but shows
// what the first search after a change costs.
func BenchmarkSearchAfterWrite(b *testing.B) {
	s := bigStore(b)
	ctx := context.Background()
	rs, _ := s.Search(ctx, "contact", "", 1)
	i := 0
	for b.Loop() {
		b.StopTimer()
		i++
		if err := s.Update(ctx, "contact", rs[0].ID, map[string]string{"notes": fmt.Sprint(i)}); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if _, err := s.Search(ctx, "contact", "ozturk", 200); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWriteContact is one record write with its change rows, in its own
// transaction, on a database of 50,000 contacts. Budget: under 2 ms.
func BenchmarkWriteContact(b *testing.B) {
	s := bigStore(b)
	ctx := context.Background()
	rs, _ := s.Search(ctx, "contact", "", 1)
	id := rs[0].ID
	i := 0
	b.Run("update", func(b *testing.B) {
		for b.Loop() {
			i++
			if err := s.Update(ctx, "contact", id, map[string]string{"notes": fmt.Sprintf("Gesproken op overleg %d", i)}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("create", func(b *testing.B) {
		for b.Loop() {
			i++
			if _, err := s.Create(ctx, "contact", map[string]string{"name": fmt.Sprintf("Nieuw %d", i), "email": "nieuw@example.org", "phone": "0229 123456", "role": "ketenregisseur"}); err != nil {
				b.Fatal(err)
			}
		}
	})
}
