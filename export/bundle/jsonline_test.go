package bundle

import (
	"encoding/json"
	"strings"
	"testing"

	"ketenregie/data"
)

func FuzzAppendLine(f *testing.F) {
	for _, s := range []string{"gewoon", "Noëlle \"de\" Vries\\", "regel\nregel\r\t", "\x00\x1f\x7f", "\xff\xfe", "€ – “ ”", "\u2028"} {
		f.Add(s, int64(3))
	}
	f.Fuzz(func(t *testing.T, s string, seq int64) {
		c := data.Change{Origin: "o", Seq: seq, Entity: "contact", EntityID: "id", Field: "notes", Value: s,
			Parents: []data.ChangeID{{Origin: "p", Seq: 1}}, HLC: 42, Nonce: "n", Hash: "h"}
		got := appendLine(nil, &c)
		var l line
		if err := json.Unmarshal(got, &l); err != nil {
			t.Fatalf("%q: %v", got, err)
		}
		want, _ := json.Marshal(s)
		var wantS string
		json.Unmarshal(want, &wantS)
		if l.Value != wantS || l.Seq != seq || strings.Join(l.Parents, ",") != "p:1" {
			t.Fatalf("round trip of %q gave %+v", s, l)
		}
	})
}
