package data

import (
	"context"
	"fmt"
	"math/rand"
	"sort"
	"strings"
	"testing"
	"time"
)

// step is one operation of a workload; ids holds what earlier steps created.
type step struct {
	name string
	fn   func(tx *Tx, ids map[string]string) error
}

func createStep(name, kind string, vals func(ids map[string]string) map[string]string) step {
	return step{"create " + name, func(tx *Tx, ids map[string]string) error {
		id, err := tx.Create(kind, vals(ids))
		if err != nil {
			return fmt.Errorf("create %s: %w", name, err)
		}
		ids[name] = id
		return nil
	}}
}

func opStep(name string, fn func(tx *Tx, ids map[string]string) error) step {
	return step{name, func(tx *Tx, ids map[string]string) error {
		if err := fn(tx, ids); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		return nil
	}}
}

func mixedWorkload() []step {
	var st []step
	c := func(v map[string]string) func(map[string]string) map[string]string {
		return func(map[string]string) map[string]string { return v }
	}
	for i := 0; i < 70; i++ {
		v := map[string]string{"name": fmt.Sprintf("Org %02d", i), "type": "politie"}
		switch i % 4 {
		case 1:
			v["municipality_id"] = "GM0405"
			v["phone"] = ""
		case 2:
			v["notes"] = ""
			v["email"] = "info@example.org"
		case 3:
			v["address"] = "Straat 1"
		}
		st = append(st, createStep(fmt.Sprintf("org%d", i), "organisation", c(v)))
	}
	st = append(st,
		createStep("a1", "agreement", c(map[string]string{"title": "A1", "type": "riec-convenant"})),
		createStep("a2", "agreement", c(map[string]string{"title": "A2", "type": "riec-convenant", "personal_data": "true"})),
		createStep("a3", "agreement", c(map[string]string{"title": "A3", "type": "riec-convenant", "personal_data": "", "municipality_ids": ""})),
		createStep("a4", "agreement", c(map[string]string{"title": "A4", "type": "riec-convenant", "personal_data": "false"})),
		createStep("p1", "party", func(ids map[string]string) map[string]string {
			return map[string]string{"agreement_id": ids["a1"], "organisation_id": ids["org3"]}
		}),
		createStep("p2", "party", func(ids map[string]string) map[string]string {
			return map[string]string{"agreement_id": ids["a1"], "organisation_id": ids["org4"], "signatory": "X"}
		}),
		createStep("a5", "agreement", func(ids map[string]string) map[string]string {
			return map[string]string{"title": "A5", "type": "riec-convenant", "replaces_id": ids["a4"], "owner_id": ids["org7"]}
		}),
		opStep("update org0", func(tx *Tx, ids map[string]string) error {
			return tx.Update("organisation", ids["org0"], map[string]string{"name": "Org nul", "phone": "0201234567"})
		}),
		opStep("update a1", func(tx *Tx, ids map[string]string) error {
			return tx.Update("agreement", ids["a1"], map[string]string{"personal_data": "true"})
		}),
		opStep("update a2", func(tx *Tx, ids map[string]string) error {
			return tx.Update("agreement", ids["a2"], map[string]string{"personal_data": "false", "notes": ""})
		}),
		createStep("plan", "plan", c(map[string]string{"title": "Plan", "municipality_id": "GM0405"})),
		createStep("s1", "section", func(ids map[string]string) map[string]string {
			return map[string]string{"plan_id": ids["plan"], "title": "S1"}
		}),
		createStep("s2", "section", func(ids map[string]string) map[string]string {
			return map[string]string{"plan_id": ids["plan"], "title": "S2"}
		}),
		createStep("s3", "section", func(ids map[string]string) map[string]string {
			return map[string]string{"plan_id": ids["plan"], "parent_id": ids["s1"], "title": "S3"}
		}),
		createStep("b1", "block", func(ids map[string]string) map[string]string {
			return map[string]string{"section_id": ids["s3"], "text": "tekst"}
		}),
		createStep("b2", "block", func(ids map[string]string) map[string]string {
			return map[string]string{"section_id": ids["s3"], "text": "tekst 2", "position": ""}
		}),
		opStep("delete s1", func(tx *Tx, ids map[string]string) error { return tx.Delete("section", ids["s1"]) }),
		createStep("s4", "section", func(ids map[string]string) map[string]string {
			return map[string]string{"plan_id": ids["plan"], "title": "S4"}
		}),
		opStep("restore s1", func(tx *Tx, ids map[string]string) error { return tx.Restore("section", ids["s1"]) }),
		createStep("c1", "contact", func(ids map[string]string) map[string]string {
			return map[string]string{"name": "C1", "organisation_id": ids["org5"], "municipality_ids": "GM0405", "phone": "0612345678"}
		}),
		opStep("erase c1", func(tx *Tx, ids map[string]string) error { return tx.Erase("contact", ids["c1"]) }),
		createStep("c2", "contact", func(ids map[string]string) map[string]string {
			return map[string]string{"name": "C2", "organisation_id": ids["org6"]}
		}),
		opStep("delete c2", func(tx *Tx, ids map[string]string) error { return tx.Delete("contact", ids["c2"]) }),
		opStep("restore c2", func(tx *Tx, ids map[string]string) error { return tx.Restore("contact", ids["c2"]) }),
		opStep("update c2", func(tx *Tx, ids map[string]string) error {
			return tx.Update("contact", ids["c2"], map[string]string{"notes": "terug"})
		}),
		createStep("c3", "contact", func(ids map[string]string) map[string]string {
			return map[string]string{"name": "C3"}
		}),
		opStep("update c3", func(tx *Tx, ids map[string]string) error {
			return tx.Update("contact", ids["c3"], map[string]string{"email": "c3@example.org"})
		}),
		opStep("delete c3", func(tx *Tx, ids map[string]string) error { return tx.Delete("contact", ids["c3"]) }),
		opStep("erase c3", func(tx *Tx, ids map[string]string) error { return tx.Erase("contact", ids["c3"]) }),
		opStep("delete a1", func(tx *Tx, ids map[string]string) error { return tx.Delete("agreement", ids["a1"]) }),
		opStep("delete org3", func(tx *Tx, ids map[string]string) error { return tx.Delete("organisation", ids["org3"]) }),
		opStep("undelete a1", func(tx *Tx, ids map[string]string) error { return tx.Undelete("agreement", ids["a1"]) }),
		opStep("delete org9", func(tx *Tx, ids map[string]string) error { return tx.Delete("organisation", ids["org9"]) }),
		opStep("restore org9", func(tx *Tx, ids map[string]string) error { return tx.Restore("organisation", ids["org9"]) }),
		createStep("c4", "contact", func(ids map[string]string) map[string]string {
			return map[string]string{"name": "C4", "organisation_id": ids["org9"]}
		}),
	)
	for i := 0; i < 70; i++ {
		i := i
		st = append(st, createStep(fmt.Sprintf("k%d", i), "contact", func(ids map[string]string) map[string]string {
			return map[string]string{"name": fmt.Sprintf("K %d", i), "organisation_id": ids[fmt.Sprintf("org%d", 10+i%50)], "role": ""}
		}))
		if i%17 == 5 {
			st = append(st, opStep(fmt.Sprintf("update k%d", i), func(tx *Tx, ids map[string]string) error {
				return tx.Update("contact", ids[fmt.Sprintf("k%d", i)], map[string]string{"name": "K upd"})
			}))
		}
		if i%23 == 7 {
			st = append(st, opStep(fmt.Sprintf("delete k%d", i), func(tx *Tx, ids map[string]string) error {
				return tx.Delete("contact", ids[fmt.Sprintf("k%d", i)])
			}))
		}
	}
	return st
}

// normalise replaces ids with their step names so two stores compare.
func normalise(dump string, ids map[string]string) string {
	var pairs []string
	names := make([]string, 0, len(ids))
	for n := range ids {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		pairs = append(pairs, ids[n], "<"+n+">")
	}
	return strings.NewReplacer(pairs...).Replace(dump)
}

func runWorkload(t *testing.T, s *Store, steps []step, oneWrite bool) map[string]string {
	t.Helper()
	ctx := context.Background()
	ids := map[string]string{}
	if oneWrite {
		if err := s.Write(ctx, func(tx *Tx) error {
			for _, st := range steps {
				if err := st.fn(tx, ids); err != nil {
					return err
				}
			}
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		return ids
	}
	for _, st := range steps {
		if err := s.Write(ctx, func(tx *Tx) error { return st.fn(tx, ids) }); err != nil {
			t.Fatal(err)
		}
	}
	return ids
}

// TestOneWriteEqualsStepwise: a write's new changes wait to be written
// many at a time (Tx.flush), its created rows are not read back, and the
// records it finds live are remembered. None of that may make one write
// of many steps end differently from the same steps as separate writes.
func TestOneWriteEqualsStepwise(t *testing.T) {
	steps := mixedWorkload()
	one := newTestStore(t)
	idsOne := runWorkload(t, one, steps, true)
	mustCheck(t, one)
	many := newTestStore(t)
	idsMany := runWorkload(t, many, steps, false)
	mustCheck(t, many)

	a, b := normalise(dumpString(t, one), idsOne), normalise(dumpString(t, many), idsMany)
	if a != b {
		t.Errorf("one write differs from step by step:\n%s", diffLines(a, b))
	}
	// Rebuild gives the same rows.
	before := dumpString(t, one)
	if err := one.Rebuild(context.Background()); err != nil {
		t.Fatal(err)
	}
	if after := dumpString(t, one); after != before {
		t.Errorf("rebuild changed the dump:\n%s", diffLines(before, after))
	}
	mustCheck(t, one)

	// A fresh store applying the log (in one and in shuffled order) matches.
	for _, shuffle := range []bool{false, true} {
		b := newTestStore(t)
		changes, err := one.ChangesSince(context.Background(), nil)
		if err != nil {
			t.Fatal(err)
		}
		if shuffle {
			rand.New(rand.NewSource(3)).Shuffle(len(changes), func(i, j int) { changes[i], changes[j] = changes[j], changes[i] })
		}
		if _, err := b.Apply(context.Background(), changes); err != nil {
			t.Fatal(err)
		}
		mustCheck(t, b)
		if got := dumpString(t, b); got != before {
			t.Errorf("shuffle %v: applied copy differs:\n%s", shuffle, diffLines(before, got))
		}
	}
}

func diffLines(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	var out []string
	for i := 0; i < max(len(al), len(bl)); i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			out = append(out, "- "+x, "+ "+y)
		}
		if len(out) > 20 {
			break
		}
	}
	return strings.Join(out, "\n")
}

// randomSteps builds n random operations over logical record names.
type rec struct{ kind, name string }

func randomSteps(rng *rand.Rand, n int) []step {
	var recs []rec
	return randomStepsFrom(rng, n, "r", &recs)
}

func randomStepsFrom(rng *rand.Rand, n int, prefix string, pool *[]rec) []step {
	var steps []step
	recs := *pool
	defer func() { *pool = recs }()
	pick := func(kind string) string {
		var c []string
		for _, r := range recs {
			if r.kind == kind {
				c = append(c, r.name)
			}
		}
		if len(c) == 0 {
			return ""
		}
		return c[rng.Intn(len(c))]
	}
	for i := 0; i < n; i++ {
		name := fmt.Sprintf("%s%d", prefix, i)
		r := rng.Intn(20)
		switch {
		case r < 3:
			v := map[string]string{"name": fmt.Sprintf("Org %d", i), "type": "politie"}
			if rng.Intn(2) == 0 {
				v["notes"] = ""
			}
			if rng.Intn(3) == 0 {
				v["municipality_id"] = "GM0405"
			}
			recs = append(recs, rec{"organisation", name})
			steps = append(steps, createStep(name, "organisation", func(map[string]string) map[string]string { return v }))
		case r < 6:
			org := pick("organisation")
			v := map[string]string{"name": fmt.Sprintf("C %d", i)}
			if rng.Intn(2) == 0 {
				v["email"] = ""
			}
			recs = append(recs, rec{"contact", name})
			steps = append(steps, createStep(name, "contact", func(ids map[string]string) map[string]string {
				w := map[string]string{}
				for k, x := range v {
					w[k] = x
				}
				if org != "" {
					w["organisation_id"] = ids[org]
				}
				return w
			}))
		case r < 7:
			recs = append(recs, rec{"plan", name})
			steps = append(steps, createStep(name, "plan", func(map[string]string) map[string]string {
				return map[string]string{"title": "P " + name}
			}))
		case r < 9:
			plan, parent := pick("plan"), ""
			if rng.Intn(2) == 0 {
				parent = pick("section")
			}
			if plan == "" {
				continue
			}
			recs = append(recs, rec{"section", name})
			steps = append(steps, createStep(name, "section", func(ids map[string]string) map[string]string {
				v := map[string]string{"plan_id": ids[plan], "title": "S " + name}
				if parent != "" {
					v["parent_id"] = ids[parent]
				}
				return v
			}))
		case r < 10:
			sec := pick("section")
			if sec == "" {
				continue
			}
			recs = append(recs, rec{"block", name})
			steps = append(steps, createStep(name, "block", func(ids map[string]string) map[string]string {
				return map[string]string{"section_id": ids[sec], "text": "t " + name}
			}))
		case r < 11:
			recs = append(recs, rec{"agreement", name})
			pd := []string{"", "true", "false", "-"}[rng.Intn(4)]
			steps = append(steps, createStep(name, "agreement", func(map[string]string) map[string]string {
				v := map[string]string{"title": "A " + name, "type": "riec-convenant"}
				if pd != "-" {
					v["personal_data"] = pd
				}
				return v
			}))
		case r < 14:
			if len(recs) == 0 {
				continue
			}
			x := recs[rng.Intn(len(recs))]
			var vals map[string]string
			switch x.kind {
			case "organisation":
				vals = map[string]string{"name": "U " + name, "phone": []string{"", "0201234567"}[rng.Intn(2)]}
			case "contact":
				vals = map[string]string{"notes": "U " + name}
				if o := pick("organisation"); o != "" && rng.Intn(2) == 0 {
					vals["organisation_id"] = "@" + o
				}
			case "agreement":
				vals = map[string]string{"personal_data": []string{"true", "false"}[rng.Intn(2)]}
			case "section":
				vals = map[string]string{"title": "U " + name}
				if p := pick("section"); p != "" && rng.Intn(3) == 0 {
					vals["parent_id"] = "@" + p
				}
			default:
				vals = map[string]string{}
				k := KindNamed(x.kind)
				vals[k.Title] = "U " + name
			}
			steps = append(steps, opStep("update "+x.name+" "+name, func(tx *Tx, ids map[string]string) error {
				w := map[string]string{}
				for k, v := range vals {
					if strings.HasPrefix(v, "@") {
						v = ids[v[1:]]
					}
					w[k] = v
				}
				return tx.Update(x.kind, ids[x.name], w)
			}))
		case r < 16:
			if len(recs) == 0 {
				continue
			}
			x := recs[rng.Intn(len(recs))]
			steps = append(steps, opStep("delete "+x.name, func(tx *Tx, ids map[string]string) error {
				return tx.Delete(x.kind, ids[x.name])
			}))
		case r < 18:
			if len(recs) == 0 {
				continue
			}
			x := recs[rng.Intn(len(recs))]
			steps = append(steps, opStep("undelete "+x.name, func(tx *Tx, ids map[string]string) error {
				return tx.Undelete(x.kind, ids[x.name])
			}))
		case r < 19:
			x := pick("contact")
			if x == "" {
				continue
			}
			steps = append(steps, opStep("erase "+x, func(tx *Tx, ids map[string]string) error {
				return tx.Erase("contact", ids[x])
			}))
		default:
			// a burst of plain creates, to cross the 64-row flush
			for j := 0; j < 40; j++ {
				n := fmt.Sprintf("%s_%d", name, j)
				recs = append(recs, rec{"organisation", n})
				steps = append(steps, createStep(n, "organisation", func(map[string]string) map[string]string {
					return map[string]string{"name": "Burst " + n, "type": "gemeente"}
				}))
			}
		}
	}
	return steps
}

// runTolerant runs steps, a failing step skipped (it wrote nothing); it
// returns which steps failed.
func runTolerant(t *testing.T, s *Store, steps []step, oneWrite bool, ids map[string]string) []bool {
	t.Helper()
	ctx := context.Background()
	failed := make([]bool, len(steps))
	if oneWrite {
		err := s.Write(ctx, func(tx *Tx) error {
			for i, st := range steps {
				if ids != nil && i >= 0 {
				}
				if err := st.fn(tx, ids); err != nil {
					if IsNotFound(err) || strings.Contains(err.Error(), "gebruikt") || isCode(err, CodeInvalid) || isCode(err, CodeInUse) {
						failed[i] = true
						continue
					}
					return err
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return failed
	}
	for i, st := range steps {
		err := s.Write(ctx, func(tx *Tx) error { return st.fn(tx, ids) })
		if err != nil {
			if IsNotFound(err) || isCode(err, CodeInvalid) || isCode(err, CodeInUse) {
				failed[i] = true
				continue
			}
			t.Fatal(err)
		}
	}
	return failed
}

func isCode(err error, code Code) bool {
	var e *Error
	for err != nil {
		if x, ok := err.(*Error); ok {
			e = x
			break
		}
		u, ok := err.(interface{ Unwrap() error })
		if !ok {
			break
		}
		err = u.Unwrap()
	}
	return e != nil && e.Code == code
}

// TestRandomWorkInOneWrite: random work (creates, updates, re-parenting,
// deletes, undeletes, erasures, bursts of creates past a batch of pending
// changes) succeeds or fails the same in one write as step by step, and
// ends in the same state; the log applied elsewhere in any order too.
func TestRandomWorkInOneWrite(t *testing.T) {
	if testing.Short() {
		t.Skip("slow under -race; the full run has it")
	}
	for seed := int64(1); seed <= 5; seed++ {
		t.Run(fmt.Sprint(seed), func(t *testing.T) {
			rng := rand.New(rand.NewSource(seed))
			steps := randomSteps(rng, 300)
			one := newTestStore(t)
			idsOne := map[string]string{}
			f1 := runTolerant(t, one, steps, true, idsOne)
			mustCheck(t, one)
			nf := 0
			kinds := map[string]int{}
			for i, f := range f1 {
				if f {
					nf++
				} else {
					kinds[strings.Fields(steps[i].name)[0]]++
				}
			}
			t.Logf("%d steps, %d failed, ok by op %v", len(steps), nf, kinds)
			many := newTestStore(t)
			idsMany := map[string]string{}
			f2 := runTolerant(t, many, steps, false, idsMany)
			mustCheck(t, many)
			for i := range f1 {
				if f1[i] != f2[i] {
					t.Errorf("step %d %s: failed in one write %v, step by step %v", i, steps[i].name, f1[i], f2[i])
				}
			}
			a, b := normalise(dumpString(t, one), idsOne), normalise(dumpString(t, many), idsMany)
			if a != b {
				t.Errorf("one write differs from step by step:\n%s", diffLines(a, b))
			}
			// the log, applied elsewhere in shuffled order, gives the same
			changes, err := one.ChangesSince(context.Background(), nil)
			if err != nil {
				t.Fatal(err)
			}
			rng.Shuffle(len(changes), func(i, j int) { changes[i], changes[j] = changes[j], changes[i] })
			c := newTestStore(t)
			if _, err := c.Apply(context.Background(), changes); err != nil {
				t.Fatal(err)
			}
			mustCheck(t, c)
			if got, want := dumpString(t, c), dumpString(t, one); got != want {
				t.Errorf("applied copy differs:\n%s", diffLines(want, got))
			}
		})
	}
}

// settle sends files both ways until neither peer has anything new for
// the other: an import can write a change of its own (keeping a deleted
// record that is still used here), which travels with the next file.
func settle(t *testing.T, a, b *Store) {
	t.Helper()
	for range 4 {
		if send(t, a, b).New+send(t, b, a).New == 0 {
			return
		}
	}
	t.Fatal("the peers keep sending each other new changes")
}

// TestPeersExchangeLargeWrites: two devices doing much in single writes,
// and resolving conflicts in a write that also creates records, converge.
func TestPeersExchangeLargeWrites(t *testing.T) {
	if testing.Short() {
		t.Skip("slow; the full run has it")
	}
	ctx := context.Background()
	for seed := int64(1); seed <= 2; seed++ {
		t.Run(fmt.Sprint(seed), func(t *testing.T) {
			rng := rand.New(rand.NewSource(seed))
			a, b := newPeer(t, "a", day), newPeer(t, "b", day.Add(-time.Hour))
			var pool []rec
			ids := map[string]string{}
			runTolerant(t, a, randomStepsFrom(rng, 200, "x", &pool), true, ids)
			mustCheck(t, a)
			send(t, a, b)
			for round := 0; round < 3; round++ {
				poolA := append([]rec(nil), pool...)
				poolB := append([]rec(nil), pool...)
				sa := randomStepsFrom(rng, 150, fmt.Sprintf("a%d_", round), &poolA)
				sb := randomStepsFrom(rng, 150, fmt.Sprintf("b%d_", round), &poolB)
				runTolerant(t, a, sa, true, ids)
				runTolerant(t, b, sb, true, ids)
				mustCheck(t, a)
				mustCheck(t, b)
				settle(t, a, b)
				if x, y := dumpString(t, a), dumpString(t, b); x != y {
					t.Fatalf("round %d: peers differ:\n%s", round, diffLines(x, y))
				}
				// resolve every conflict on b, in one write with new records
				cs, err := b.Conflicts(ctx)
				if err != nil {
					t.Fatal(err)
				}
				t.Logf("round %d: %d conflicts", round, len(cs))
				err = b.Write(ctx, func(tx *Tx) error {
					for i, c := range cs {
						if _, err := tx.Create("organisation", map[string]string{"name": fmt.Sprintf("R %d", i), "type": "om"}); err != nil {
							return err
						}
						if err := tx.resolveField(c.Kind, c.RecordID, c.Field, c.Values[rng.Intn(len(c.Values))]); err != nil && !IsNotFound(err) && !isCode(err, CodeInvalid) && !isCode(err, CodeInUse) {
							return err
						}
					}
					return nil
				})
				if err != nil {
					t.Fatal(err)
				}
				mustCheck(t, b)
				settle(t, b, a)
				if x, y := dumpString(t, a), dumpString(t, b); x != y {
					t.Fatalf("round %d after resolve: peers differ:\n%s", round, diffLines(x, y))
				}
				pool = append(poolA, poolB[len(pool):]...)
			}
		})
	}
}
