package data

import (
	"bytes"
	"encoding/json"
	"testing"
)

// chainContent must give the bytes encoding/json gives: the hash chain of
// every database and exchange file depends on them.
func FuzzChainContent(f *testing.F) {
	f.Add("0b8c3c1e-5b7a-4d3e-9c1a-2f6f8e9d0a1b", int64(7), "contact", "4f0e-11", "name", "ab12", "x:1", "y:2", int64(123456789))
	f.Add("o", int64(-1), "ki<nd>", "id&", "fie\"ld", "\u2028", "", "é", int64(0))
	f.Add("", int64(0), "", "", "", "", "a b", "\x00", int64(-5))
	f.Fuzz(func(t *testing.T, origin string, seq int64, entity, id, field, digest, p1, p2 string, hlc int64) {
		for _, parents := range [][]string{{}, {p1}, {p1, p2}, nil} {
			c := &Change{Origin: origin, Seq: seq, Entity: entity, EntityID: id, Field: field, HLC: hlc}
			want, _ := json.Marshal([]any{c.Origin, c.Seq, c.Entity, c.EntityID, c.Field, digest, parents, c.HLC})
			if got := c.chainContent(digest, parents); !bytes.Equal(got, want) {
				t.Fatalf("chainContent\n got %s\nwant %s", got, want)
			}
		}
	})
}
