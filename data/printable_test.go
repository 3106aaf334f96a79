package data

import (
	"encoding/json"
	"testing"
)

func TestPrintableShowsWhatWouldSteerATerminal(t *testing.T) {
	for in, want := range map[string]string{
		"Bas de Vries":            "Bas de Vries",
		"Bas\x1b]0;gehackt\x07":   "Bas␛]0;gehackt␇",
		"Bas \u202egpj.exe":       "Bas <U+202E>gpj.exe",
		"a\u0085b\x7f":            "a<U+0085>b␡",
		"regel 1\nregel 2\tklaar": "regel 1␊regel 2␉klaar",
		"kapot \xff":              "kapot \uFFFD",
	} {
		if got := Printable(in, false); got != want {
			t.Errorf("Printable(%q) = %q, want %q", in, got, want)
		}
	}
	if got := Printable("regel 1\nregel 2\tklaar\x1b", true); got != "regel 1\nregel 2\tklaar␛" {
		t.Errorf("multiline: %q", got)
	}
}

func TestEscapeJSONKeepsTheValue(t *testing.T) {
	in, _ := json.Marshal(map[string]string{"name": "Bas \u202egpj.exe\u0085 \x1b"})
	out := EscapeJSON(in)
	if string(out) != `{"name":"Bas \u202egpj.exe\u0085 \u001b"}` {
		t.Errorf("EscapeJSON: %s", out)
	}
	var back map[string]string
	if err := json.Unmarshal(out, &back); err != nil || back["name"] != "Bas \u202egpj.exe\u0085 \x1b" {
		t.Errorf("read back: %q %v", back, err)
	}
}
