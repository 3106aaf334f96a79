package data

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// FieldExists is the pseudo-field whose value says whether a record is alive
// ("true") or deleted ("false"). Creating, deleting and undeleting a record
// are changes of it.
const FieldExists = "exists"

// ChangeID names a change: its origin device and its sequence number there.
type ChangeID struct {
	Origin string
	Seq    int64
}

func (id ChangeID) String() string { return id.Origin + ":" + strconv.FormatInt(id.Seq, 10) }

// ParseChangeID reads "origin:seq".
func ParseChangeID(s string) (ChangeID, error) {
	i := strings.LastIndexByte(s, ':')
	if i <= 0 {
		return ChangeID{}, fmt.Errorf("change id %q: want origin:seq", s)
	}
	n, err := strconv.ParseInt(s[i+1:], 10, 64)
	if err != nil || n <= 0 {
		return ChangeID{}, fmt.Errorf("change id %q: bad sequence number", s)
	}
	return ChangeID{s[:i], n}, nil
}

// Change is one entry of the change log: one field of one record set to a
// value, replacing the heads named in Parents.
//
// Nonce is random per change and salts the value's digest in the hash chain.
// Erasing a person (AVG) blanks Value and Nonce but keeps the digest, so
// the chain stays verifiable while the erased value cannot be guessed back
// from it.
type Change struct {
	Origin   string
	Seq      int64
	Entity   string
	EntityID string
	Field    string
	Value    string
	Parents  []ChangeID
	HLC      int64
	Nonce    string
	Hash     string
}

// ID is the change's identity.
func (c *Change) ID() ChangeID { return ChangeID{c.Origin, c.Seq} }

// ValueDigest is sha256(nonce || value), the value's stand-in in the chain.
func (c *Change) ValueDigest() string {
	if d, ok := isErasedNonce(c.Nonce); ok {
		return d
	}
	h := sha256.New()
	h.Write([]byte(c.Nonce))
	h.Write([]byte{0})
	h.Write([]byte(c.Value))
	return hex.EncodeToString(h.Sum(nil))
}

// chainHash is sha256 over the previous hash of the same origin and the
// change's canonical content. The first change of an origin chains to "".
func (c *Change) chainHash(prev, valueDigest string) string {
	parents := make([]string, len(c.Parents))
	for i, p := range c.Parents {
		parents[i] = p.String()
	}
	content := c.chainContent(valueDigest, parents)
	h := sha256.New()
	h.Write([]byte(prev))
	h.Write([]byte{'\n'})
	h.Write(content)
	return hex.EncodeToString(h.Sum(nil))
}

// chainContent is the JSON array chainHash hashes: [origin, seq, entity,
// entity id, field, value digest, [parents], hlc], as encoding/json writes
// it. Names and ids are plain letters, digits and - _ : . almost always;
// those are written here directly, an import writes 50,000 changes a
// second, and anything else (a field a newer version names with other
// characters) goes through encoding/json, so the bytes are the same.
func (c *Change) chainContent(valueDigest string, parents []string) []byte {
	plain := func(s string) bool {
		for i := 0; i < len(s); i++ {
			b := s[i]
			if !(b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '-' || b == '_' || b == ':' || b == '.') {
				return false
			}
		}
		return true
	}
	ok := plain(c.Origin) && plain(c.Entity) && plain(c.EntityID) && plain(c.Field) && plain(valueDigest)
	for _, p := range parents {
		ok = ok && plain(p)
	}
	if !ok {
		content, _ := json.Marshal([]any{c.Origin, c.Seq, c.Entity, c.EntityID, c.Field, valueDigest, parents, c.HLC})
		return content
	}
	b := make([]byte, 0, 192+len(parents)*48)
	str := func(s string) { b = append(append(append(b, '"'), s...), '"', ',') }
	b = append(b, '[')
	str(c.Origin)
	b = strconv.AppendInt(b, c.Seq, 10)
	b = append(b, ',')
	str(c.Entity)
	str(c.EntityID)
	str(c.Field)
	str(valueDigest)
	if parents == nil {
		b = append(b, "null,"...)
	} else {
		b = append(b, '[')
		for i, p := range parents {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(append(append(b, '"'), p...), '"')
		}
		b = append(b, "],"...)
	}
	b = strconv.AppendInt(b, c.HLC, 10)
	return append(b, ']')
}

func formatParents(ps []ChangeID) string {
	s := make([]string, len(ps))
	for i, p := range ps {
		s[i] = p.String()
	}
	return strings.Join(s, " ")
}

// appendParents appends the change ids in s ("origin:seq ...") to ps.
func appendParents(ps []ChangeID, s string) ([]ChangeID, error) {
	for _, f := range strings.Fields(s) {
		id, err := ParseChangeID(f)
		if err != nil {
			return ps, err
		}
		ps = append(ps, id)
	}
	return ps, nil
}

func parseParents(s string) ([]ChangeID, error) { return appendParents(nil, s) }

func newNonce() string {
	var b [16]byte
	rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// nextHLC advances a hybrid logical clock: the wall clock in milliseconds
// shifted left 16 bits, or one more than the last value when the wall clock
// has not moved past it (or stands behind it). At its maximum it stays
// there rather than overflow to a negative clock that every other change
// would beat (imports refuse changes dated far ahead, so only a database
// that took such a change before that check can get there).
func nextHLC(last int64, now time.Time) int64 {
	if pt := now.UnixMilli() << 16; pt > last {
		return pt
	}
	if last == math.MaxInt64 {
		return last
	}
	return last + 1
}

// HLCTime is the wall-clock part of a hybrid logical clock value.
func HLCTime(hlc int64) time.Time { return time.UnixMilli(hlc >> 16) }

// Reseal recomputes the chain hashes of changes, each origin's in the
// order given, the first of an origin chaining to "" (its first change).
// The chain guards against damage and splicing, not against forgery:
// anyone can compute it, as this does for tests and tools that craft
// histories. Who made a change is what signatures are for.
func Reseal(changes []Change) {
	prev := map[string]string{}
	for i := range changes {
		c := &changes[i]
		c.Hash = c.chainHash(prev[c.Origin], c.ValueDigest())
		prev[c.Origin] = c.Hash
	}
}
