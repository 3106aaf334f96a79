package app

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ketenregie/app/kit/kittest"
	"ketenregie/data"
	"ketenregie/export"
)

// TestSavePDFSaysWhatItReplaced: an agreement titled with emoji, ✓,
// Chinese and Amharic saves without a crash; the dialog after saving says
// that the three Amharic characters, which no embedded font has, print as
// □, and where.
func TestSavePDFSaysWhatItReplaced(t *testing.T) {
	s := newStore(t, true)
	m := newWindow(t, s)
	w := m.Window()
	ctx := context.Background()
	all, err := s.List(ctx, "agreement")
	if err != nil || len(all) == 0 {
		t.Fatalf("no agreements: %v", err)
	}
	err = s.Write(ctx, func(tx *data.Tx) error {
		return tx.Update("agreement", all[0].ID, map[string]string{"title": "Afspraak 😀 ✓ 北京 ሰላም"})
	})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "Overzicht.pdf")
	m.env.writePDF(path, func(_ *data.Store, w io.Writer) error {
		return export.WriteAgreements(ctx, s, data.AgreementFilter{}, w)
	})
	waitFor(t, m, "the PDF is saved", dialogShows(w, "is opgeslagen in"))
	text := kittest.DialogText(w)
	for _, want := range []string{"Let op: 3 tekens konden niet worden afgedrukt en staan als □ in de PDF, op pagina ", "Afspraak 😀 ✓ 北京 □□□"} {
		if !strings.Contains(text, want) {
			t.Errorf("the dialog does not say %q:\n%s", want, text)
		}
	}
	if fi, err := os.Stat(path); err != nil || fi.Size() == 0 {
		t.Errorf("no PDF saved: %v", err)
	}
}
