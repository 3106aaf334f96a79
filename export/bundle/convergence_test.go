package bundle

import (
	"bytes"
	"context"
	"fmt"
	"math/rand"
	"testing"

	"ketenregie/data"
)

// TestConvergenceThroughFiles has three coordinators edit the same
// contacts at random and pass signed files in random order: directly,
// cut down for one colleague, and relayed (a colleague's work passed on in
// another's file, under its maker's signature). Once everyone has read
// everyone's file, every database prints the same dump and checks clean.
func TestConvergenceThroughFiles(t *testing.T) {
	seeds := int64(4)
	if testing.Short() {
		seeds = 1
	}
	for seed := int64(1); seed <= seeds; seed++ {
		t.Run(fmt.Sprint(seed), func(t *testing.T) { convergeThroughFiles(t, seed) })
	}
}

func convergeThroughFiles(t *testing.T, seed int64) {
	ctx := context.Background()
	rng := rand.New(rand.NewSource(seed))
	peers := []*data.Store{newStore(t, "Laptop Anne"), newStore(t, "Laptop Bas"), newStore(t, "Laptop Claire")}
	send := func(from, to *data.Store, forTo bool) {
		opt := WriteOptions{}
		if forTo {
			opt.For = to.Device()
		}
		b, err := Read(bytes.NewReader(write(t, from, opt)), ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := Import(ctx, to, b); err != nil {
			t.Fatalf("%s to %s: %v", from.Device(), to.Device(), err)
		}
	}
	var ids []string
	for i := 0; i < 4; i++ {
		id, err := peers[0].Create(ctx, "contact", map[string]string{"name": fmt.Sprintf("Contact %d", i)})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	send(peers[0], peers[1], false)
	phones := []string{"06-11111111", "06-22222222", "0229 123456", ""}
	for step := 0; step < 60; step++ {
		p := peers[rng.Intn(len(peers))]
		switch n := rng.Intn(10); {
		case n < 5:
			id := ids[rng.Intn(len(ids))]
			if err := p.Update(ctx, "contact", id, map[string]string{"phone": phones[rng.Intn(len(phones))],
				"notes": fmt.Sprintf("stap %d", step)}); err != nil && !data.IsNotFound(err) {
				t.Fatal(err)
			}
		case n < 6:
			id, err := p.Create(ctx, "contact", map[string]string{"name": fmt.Sprintf("Nieuw %d", step)})
			if err != nil {
				t.Fatal(err)
			}
			ids = append(ids, id)
		case n < 7:
			if err := p.Delete(ctx, "contact", ids[rng.Intn(len(ids))]); err != nil && !data.IsNotFound(err) {
				t.Fatal(err)
			}
		default:
			to := peers[rng.Intn(len(peers))]
			if to != p {
				send(p, to, rng.Intn(2) == 0)
			}
		}
	}
	for round := 0; ; round++ {
		if round == 5 {
			t.Fatal("the peers keep finding new changes")
		}
		before := make([]string, len(peers))
		for i, p := range peers {
			before[i] = dump(t, p)
		}
		for _, from := range peers {
			for _, to := range peers {
				if from != to {
					send(from, to, false)
				}
			}
		}
		same := true
		for i, p := range peers {
			same = same && dump(t, p) == before[i]
		}
		if same {
			break
		}
	}
	for i, p := range peers {
		if dump(t, p) != dump(t, peers[0]) {
			t.Fatalf("peer %d differs from peer 0", i)
		}
		if problems, err := p.Check(ctx); err != nil || len(problems) > 0 {
			t.Fatalf("peer %d: %v %v", i, problems, err)
		}
	}
}
