package data

import "fmt"

// Positions order sections, blocks and actions among their siblings. A
// position is a string key compared bytewise; Between makes a key strictly
// between two others, so moving or inserting one item is one change to one
// field and never renumbers its neighbours. Keys use the digits below and
// never end in the smallest digit, which keeps room between any two keys.
const positionDigits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

func digitValue(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'A' && c <= 'Z':
		return int(c-'A') + 10
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 36
	}
	return -1
}

// ValidPosition reports whether p is a key Between could have made.
func ValidPosition(p string) bool {
	if p == "" || p[len(p)-1] == '0' {
		return false
	}
	for i := 0; i < len(p); i++ {
		if digitValue(p[i]) < 0 {
			return false
		}
	}
	return true
}

// Between returns a key after a and before b. An empty a means "before
// everything", an empty b "after everything". It panics if a >= b.
func Between(a, b string) string {
	if a != "" && b != "" && a >= b {
		panic(fmt.Sprintf("position.Between(%q, %q): not in order", a, b))
	}
	return midpoint(a, b)
}

func midpoint(a, b string) string {
	if b != "" {
		// Skip the common prefix; a counts as padded with the smallest digit.
		n := 0
		for n < len(b) {
			ca := byte('0')
			if n < len(a) {
				ca = a[n]
			}
			if ca != b[n] {
				break
			}
			n++
		}
		if n > 0 {
			rest := ""
			if n < len(a) {
				rest = a[n:]
			}
			return b[:n] + midpoint(rest, b[n:])
		}
	}
	da := 0
	if a != "" {
		da = digitValue(a[0])
	}
	db := len(positionDigits)
	if b != "" {
		db = digitValue(b[0])
	}
	if b == "" && da+1 < len(positionDigits)-1 {
		// Appending is the common move: take the next digit, so a list
		// built by appending keeps short keys.
		return string(positionDigits[da+1])
	}
	if db-da > 1 {
		return string(positionDigits[(da+db)/2])
	}
	// Adjacent first digits.
	if len(b) > 1 {
		return b[:1]
	}
	rest := ""
	if len(a) > 1 {
		rest = a[1:]
	}
	return string(positionDigits[da]) + midpoint(rest, "")
}

// Spread returns n keys in order with even gaps and equal length, for laying
// out a new list (a plan from its template, the demo region).
func Spread(n int) []string {
	base := len(positionDigits)
	width, space := 1, base
	for space < 2*(n+1) {
		width++
		space *= base
	}
	step := space / (n + 1)
	out := make([]string, n)
	for i := range out {
		v := (i + 1) * step
		if v%base == 0 {
			v++ // a key may not end in the smallest digit
		}
		key := make([]byte, width)
		for j := width - 1; j >= 0; j-- {
			key[j] = positionDigits[v%base]
			v /= base
		}
		out[i] = string(key)
	}
	return out
}
