package bundle

import (
	"strconv"
	"unicode/utf8"

	"ketenregie/data"
)

// appendLine appends one change as a line of changes.jsonl. It writes the
// JSON by hand: encoding/json's reflection was most of the time of a large
// export. readChanges reads it back with encoding/json.
func appendLine(b []byte, c *data.Change) []byte {
	b = append(b, `{"origin":`...)
	b = appendString(b, c.Origin)
	b = append(b, `,"seq":`...)
	b = strconv.AppendInt(b, c.Seq, 10)
	b = append(b, `,"entity":`...)
	b = appendString(b, c.Entity)
	b = append(b, `,"id":`...)
	b = appendString(b, c.EntityID)
	b = append(b, `,"field":`...)
	b = appendString(b, c.Field)
	b = append(b, `,"value":`...)
	b = appendString(b, c.Value)
	b = append(b, `,"parents":[`...)
	for i, p := range c.Parents {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, p.String())
	}
	b = append(b, `],"hlc":`...)
	b = strconv.AppendInt(b, c.HLC, 10)
	b = append(b, `,"nonce":`...)
	b = appendString(b, c.Nonce)
	b = append(b, `,"hash":`...)
	b = appendString(b, c.Hash)
	return append(b, "}\n"...)
}

const hexDigits = "0123456789abcdef"

// appendString appends s as a JSON string; invalid UTF-8 becomes U+FFFD,
// as encoding/json does.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
