package data

import "strings"

// Words are what ValueText says in a language: the label of a choice, the
// title of a record pointed at, and the words for an erased value, for no
// value, and for yes and no. The documents give Dutch words (export), the
// window its own language (app/say).
type Words struct {
	Choice        func(choices []Choice, code string) string
	Title         func(kind, id string) string
	Erased, Empty string
	Yes, No       string
}

// ValueText is a stored value of field of kind k as a coordinator reads
// it: a choice by its label, a date as the words format it, a record
// pointed at by its title, a yes or no, an erased value and no value by
// their words. A field k does not know shows its value as it is.
func ValueText(k *Kind, field, v string, erased bool, w Words) string {
	switch {
	case erased:
		return w.Erased
	case v == "":
		return w.Empty
	case k == nil:
		return v
	}
	f, ok := k.Field(field)
	if !ok {
		return v
	}
	const sep = ", "
	switch f.Type {
	case Enum:
		return w.Choice(f.Choices, v)
	case EnumList:
		var labels []string
		for _, code := range SplitIDs(v) {
			labels = append(labels, w.Choice(f.Choices, code))
		}
		return strings.Join(labels, sep)
	case Date:
		return FormatDate(v)
	case Ref:
		return w.Title(f.Target, v)
	case RefList:
		var titles []string
		for _, id := range SplitIDs(v) {
			titles = append(titles, w.Title(f.Target, id))
		}
		return strings.Join(titles, sep)
	case Bool:
		if v == "true" {
			return w.Yes
		}
		return w.No
	}
	return v
}
