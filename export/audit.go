package export

import (
	"context"
	"io"
	"strings"

	"ketenregie/data"
	"ketenregie/export/sheet"
)

// The audit trail the BIO asks for: every change in a period, with its
// time, the device and colleague, the record and field, and the value
// before and after, as a list Excel opens (UTF-8 with a byte order mark,
// semicolons). Values forgotten for the AVG are masked.

// WriteAudit writes the changes made from day from to day to (YYYY-MM-DD;
// "" leaves that end open) as CSV to w.
func WriteAudit(ctx context.Context, s *data.Store, from, to string, w io.Writer) error {
	entries, err := s.Audit(ctx, from, to)
	if err != nil {
		return err
	}
	title := Titles(ctx, s)
	header := []string{"Tijd", "Apparaat", "Collega", "Soort", "Record", "Veld", "Oud", "Nieuw", "Herkomst", "Opmerking"}
	return sheet.WriteExcelCSV(w, header, func(add func([]string) error) error {
		for _, e := range entries {
			k := data.KindNamed(e.Kind)
			kind, field := e.Entity, e.Field
			if k != nil {
				kind = k.Label
				field = FieldLabel(k, e.Field, e.Value)
			}
			var old []string
			for i, v := range e.Old {
				old = append(old, ValueText(k, e.Field, v, e.OldErased[i], title))
			}
			record := e.Title
			if record == "" {
				record = e.RecordID
			}
			from := "deze computer"
			if e.Remote {
				from = "uitwisselbestand"
			}
			note := ""
			switch {
			case e.Resolves:
				note = "conflict opgelost"
			case e.Concurrent:
				note = "conflict"
			}
			newValue := ""
			if e.Field != data.FieldExists && e.Field != data.FieldErased {
				newValue = ValueText(k, e.Field, e.Value, e.Erased, title)
			}
			if err := add([]string{e.Time.Local().Format("02-01-2006 15:04:05"), e.DeviceName,
				e.Person, kind, record, field, strings.Join(old, " / "), newValue, from, note}); err != nil {
				return err
			}
		}
		return nil
	})
}

// AuditFileName suggests a file name for the audit trail of a period.
func AuditFileName(from, to string) string {
	name := "Logboek Ketenregie"
	if from != "" {
		name += " vanaf " + data.FormatDate(from)
	}
	if to != "" {
		name += " tot en met " + data.FormatDate(to)
	}
	return strings.TrimSuffix(FileName(name), ".pdf") + ".csv"
}

// Titles looks up the titles of records by kind and id, each once; an id
// it cannot find shows as itself.
func Titles(ctx context.Context, s *data.Store) func(kind, id string) string {
	names := map[string]string{}
	return func(kind, id string) string {
		if t, ok := names[id]; ok {
			return t
		}
		t := id
		if k := data.KindNamed(kind); k != nil {
			if r, err := s.Get(ctx, kind, id); err == nil {
				t = r.Get(k.Title)
			}
		}
		names[id] = t
		return t
	}
}

// FieldLabel is a field's Dutch label; a record's life (made, deleted,
// brought back, forgotten) is told as such.
func FieldLabel(k *data.Kind, field, value string) string {
	switch field {
	case data.FieldExists:
		if value == "true" {
			return "(aangemaakt of teruggezet)"
		}
		return "(verwijderd)"
	case data.FieldErased:
		return "(gewist, AVG)"
	}
	if f, ok := k.Field(field); ok {
		return f.Label
	}
	return field // a field of a newer version
}

// ValueText is a stored value in the Dutch of the documents and the
// command line (data.ValueText): title looks up the records pointed at.
func ValueText(k *data.Kind, field, v string, erased bool, title func(kind, id string) string) string {
	return data.ValueText(k, field, v, erased, data.Words{Choice: data.ChoiceLabel, Title: title,
		Erased: "gewist (AVG)", Empty: "(leeg)", Yes: "ja", No: "nee"})
}
