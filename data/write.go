package data

import (
	"context"
	"fmt"
	"maps"
	"sort"
	"strconv"
	"strings"

	"github.com/google/uuid"
)

// Create stores a new record and returns its id.
func (s *Store) Create(ctx context.Context, kind string, values map[string]string) (string, error) {
	var id string
	err := s.Write(ctx, func(t *Tx) error {
		var err error
		id, err = t.Create(kind, values)
		return err
	})
	return id, err
}

// Update changes fields of a live record; fields not named keep their value.
func (s *Store) Update(ctx context.Context, kind, id string, values map[string]string) error {
	return s.Write(ctx, func(t *Tx) error { return t.Update(kind, id, values) })
}

// Delete deletes a live record and the records that belong to it (the
// chapters of a plan, the parties of an agreement).
func (s *Store) Delete(ctx context.Context, kind, id string) error {
	return s.Write(ctx, func(t *Tx) error { return t.Delete(kind, id) })
}

// Create validates values and appends a new record to the change log.
func (t *Tx) Create(kind string, values map[string]string) (string, error) {
	if kind == KindFigure {
		return t.createFigure(values) // under the id of its cell
	}
	if kind == KindPlanversion { // whatever was given: the point is where the log stands
		p, err := t.point() // before the version's own record
		if err != nil {
			return "", err
		}
		values = maps.Clone(values)
		values[Planversion.Point] = p.String()
	}
	return t.create(kind, uuid.Must(uuid.NewV7()).String(), values)
}

func (t *Tx) create(kind, id string, values map[string]string) (string, error) {
	k, err := kindOrError(kind)
	if err != nil {
		return "", err
	}
	vals, err := t.validate(k, id, nil, values)
	if err != nil {
		return "", err
	}
	for _, f := range k.Fields {
		if _, given := vals[f.Name]; !given && f.Default != "" {
			vals[f.Name] = f.Default
		}
	}
	if f, ok := k.Field("position"); ok && vals[f.Name] == "" {
		p, err := t.positionAtEnd(k, vals)
		if err != nil {
			return "", err
		}
		vals[f.Name] = p
	}
	if err := requireFields(k, vals); err != nil {
		return "", err
	}
	if err := t.appendChange(k.Name, id, FieldExists, "true", nil); err != nil {
		return "", err
	}
	row := map[string]string{FieldExists: "true"}
	for _, f := range k.Fields {
		if v := vals[f.Name]; v != "" {
			if err := t.appendChange(k.Name, id, f.Name, v, nil); err != nil {
				return "", err
			}
			row[f.Name] = v
		}
	}
	// The changes just appended are the record's only heads, so its row is
	// what they say; refresh would read them back to learn the same.
	return id, t.writeRow(k, id, row)
}

// Update validates values and appends a change for every field that differs.
func (t *Tx) Update(kind, id string, values map[string]string) error {
	k, err := kindOrError(kind)
	if err != nil {
		return err
	}
	old, err := getRecord(t.ctx, cached{t}, k, id)
	if err != nil {
		return err
	}
	vals, err := t.validate(k, id, old.Values, values)
	if err != nil {
		return err
	}
	if v, ok := vals[Planversion.Point]; ok && k.Name == KindPlanversion && v != old.Get(Planversion.Point) {
		f, _ := k.Field(Planversion.Point)
		return invalid(k, f, "frozen", "ligt vast sinds de versie is gemaakt en kan niet worden gewijzigd")
	}
	merged := make(map[string]string, len(old.Values))
	for f, v := range old.Values {
		merged[f] = v
	}
	for f, v := range vals {
		merged[f] = v
	}
	if err := requireFields(k, merged); err != nil {
		return err
	}
	changed := false
	for _, f := range k.Fields {
		v, given := vals[f.Name]
		if !given || v == old.Values[f.Name] {
			continue
		}
		parents, err := t.heads(id, f.Name)
		if err != nil {
			return err
		}
		if err := t.appendChange(k.Name, id, f.Name, v, parents); err != nil {
			return err
		}
		changed = true
	}
	if !changed {
		return nil
	}
	return t.refresh(k, id)
}

// Delete appends the deletion of a record, after its owned records. The
// deletion names every head of the record as its parent: an edit made
// elsewhere that this device had not seen is therefore not covered by it.
func (t *Tx) Delete(kind, id string) error {
	k, err := kindOrError(kind)
	if err != nil {
		return err
	}
	if _, err := getRecord(t.ctx, cached{t}, k, id); err != nil {
		return err
	}
	if err := t.checkUnused(k, id); err != nil {
		return err
	}
	return t.deleteTree(k, id)
}

func (t *Tx) deleteTree(k *Kind, id string) error {
	for _, ck := range kinds {
		for _, f := range ck.Fields {
			if !f.Owner || f.Target != k.Name {
				continue
			}
			ids, err := t.idsWhere(ck, f.Name+" = ?", id)
			if err != nil {
				return err
			}
			for _, child := range ids {
				if ck == k && child == id {
					continue
				}
				if ok, _ := t.exists(ck, child); !ok {
					continue // already deleted through another owner
				}
				if err := t.deleteTree(ck, child); err != nil {
					return err
				}
			}
		}
	}
	parents, err := t.recordHeads(id)
	if err != nil {
		return err
	}
	if err := t.appendChange(k.Name, id, FieldExists, "false", parents); err != nil {
		return err
	}
	return t.refresh(k, id)
}

// Undelete brings a deleted record back with the values it had.
func (t *Tx) Undelete(kind, id string) error {
	k, err := kindOrError(kind)
	if err != nil {
		return err
	}
	parents, err := t.heads(id, FieldExists)
	if err != nil {
		return err
	}
	if len(parents) == 0 {
		return Said(CodeNotFound, "not_found", nil, map[string]string{"Kind": k.Label, "ID": id}, "geen {{.Kind}} met id {{.ID}}").about(k.Name)
	}
	if ok, _ := t.exists(k, id); ok {
		return nil
	}
	if err := t.appendChange(k.Name, id, FieldExists, "true", parents); err != nil {
		return err
	}
	return t.refresh(k, id)
}

func (t *Tx) idsWhere(k *Kind, cond string, args ...any) ([]string, error) {
	rows, err := t.query("SELECT id FROM "+k.Name+" WHERE "+cond+" ORDER BY id", args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// checkUnused refuses to delete a record that other live records point at.
func (t *Tx) checkUnused(k *Kind, id string) error {
	var uses, usedBy []string
	for _, ck := range kinds {
		for _, f := range ck.Fields {
			if f.Target != k.Name || f.Owner {
				continue
			}
			cond := f.Name + " = ?"
			if f.Type == RefList {
				cond = "instr(" + f.Name + ", ?) > 0"
			}
			var n int
			if err := t.queryRow("SELECT count(*) FROM "+ck.Name+" WHERE "+cond+" AND id <> ?", id, id).Scan(&n); err != nil {
				return err
			}
			if n > 0 {
				name := ck.Plural
				if n == 1 {
					name = ck.Label
				}
				uses = append(uses, fmt.Sprintf("%d %s (%s)", n, name, f.Label))
				usedBy = append(usedBy, fmt.Sprintf("%s.%s=%d", ck.Name, f.Name, n))
			}
		}
	}
	if len(uses) == 0 {
		return nil
	}
	// Uses is the Dutch list; UsedBy says the same as kind.field=count,
	// comma-separated, for the window to name them in its own language.
	return Said(CodeInUse, "in_use", nil, map[string]string{"Kind": k.Label, "Uses": strings.Join(uses, ", "), "UsedBy": strings.Join(usedBy, ",")},
		"deze {{.Kind}} wordt nog gebruikt door {{.Uses}}; pas die eerst aan").about(k.Name)
}

// validate checks the fields a write names and returns their canonical values.
// old is the record's current values (nil for a new record).
func (t *Tx) validate(k *Kind, id string, old, values map[string]string) (map[string]string, error) {
	names := make([]string, 0, len(values))
	for name := range values {
		names = append(names, name)
	}
	sort.Strings(names)
	vals := make(map[string]string, len(values))
	for _, name := range names {
		f, ok := k.Field(name)
		if !ok {
			return nil, &Error{Code: CodeInvalid, Kind: k.Name, Field: name, Reason: "field",
				Msg: fmt.Sprintf("%s heeft geen veld %q (velden: %s)", k.Label, name, strings.Join(k.FieldNames(), ", "))}
		}
		v, verr := canonical(k, f, values[name])
		if verr != nil {
			return nil, verr
		}
		if v != "" && (f.Type == Ref || f.Type == RefList) {
			var err error
			if v, err = t.checkRefs(k, f, id, v); err != nil {
				return nil, err
			}
		}
		vals[name] = v
	}
	get := func(name string) string {
		if v, ok := vals[name]; ok {
			return v
		}
		return old[name]
	}
	return vals, t.checkRecord(k, id, get)
}

// checkRefs resolves and checks the ids a Ref or RefList field names. A
// municipality may be named by its CBS code.
func (t *Tx) checkRefs(k *Kind, f Field, id, v string) (string, error) {
	target := KindNamed(f.Target)
	ids := []string{v}
	if f.Type == RefList {
		ids = SplitIDs(v)
	}
	for i, ref := range ids {
		if target.Name == "municipality" && isCBSCode(ref) {
			err := t.queryRow("SELECT id FROM municipality WHERE cbs_code = ?", strings.ToUpper(ref)).Scan(&ids[i])
			if err != nil {
				return "", invalid(k, f, "ref", "geen gemeente met CBS-code %s", strings.ToUpper(ref))
			}
			ref = ids[i]
		}
		if ref == id {
			return "", invalid(k, f, "self", "een %s kan niet naar zichzelf verwijzen", k.Label)
		}
		ok, err := t.exists(target, ref)
		if err != nil {
			return "", err
		}
		if !ok {
			return "", invalid(k, f, "ref", "geen %s met id %s", target.Label, ref)
		}
		if target == k && id != "" {
			if err := t.checkNoCycle(k, f, id, ref); err != nil {
				return "", err
			}
		}
	}
	if f.Type == RefList {
		return JoinIDs(ids), nil
	}
	return ids[0], nil
}

func isCBSCode(s string) bool {
	if len(s) != 6 || !strings.EqualFold(s[:2], "GM") {
		return false
	}
	for _, c := range s[2:] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// checkNoCycle refuses a self-reference (a chapter under itself, an agreement
// that replaces one that replaces it) that would make a loop.
func (t *Tx) checkNoCycle(k *Kind, f Field, id, ref string) error {
	seen := map[string]bool{}
	for cur := ref; cur != "" && !seen[cur]; {
		if cur == id {
			return invalid(k, f, "cycle", "dit zou een kringverwijzing maken")
		}
		seen[cur] = true
		if err := t.queryRow("SELECT "+f.Name+" FROM "+k.Name+" WHERE id = ?", cur).Scan(&cur); err != nil {
			break
		}
	}
	return nil
}

// checkRecord holds the rules that span fields.
func (t *Tx) checkRecord(k *Kind, id string, get func(string) string) error {
	field := func(name string) Field { f, _ := k.Field(name); return f }
	switch k.Name {
	case "section":
		if p := get("parent_id"); p != "" {
			var plan string
			if err := t.queryRow("SELECT plan_id FROM section WHERE id = ?", p).Scan(&plan); err == nil && plan != get("plan_id") {
				return invalid(k, field("parent_id"), "plan", "het bovenliggende hoofdstuk hoort bij een ander beleidsplan")
			}
		}
	case "block":
		// nothing beyond the fields
	case "plan":
		if s, e := get("period_start"), get("period_end"); s != "" && e != "" && e < s {
			return invalid(k, field("period_end"), "period", "de periode eindigt voor ze begint")
		}
		if get("municipality_id") != "" && get("cluster_id") != "" {
			return bothScopes(k)
		}
	case "agreement":
		if s, e := get("start_date"), get("end_date"); s != "" && e != "" && e < s {
			return invalid(k, field("end_date"), "period", "de einddatum ligt voor de datum van inwerkingtreding")
		}
	case KindActivity:
		if s, e := get(Activity.Date), get(Activity.EndDate); s != "" && e != "" && e < s {
			return invalid(k, field(Activity.EndDate), "period", "de einddatum ligt voor de begindatum")
		}
		for _, name := range []string{Activity.ParticipantsPlanned, Activity.Participants} {
			if n, err := strconv.Atoi(get(name)); err == nil && n < 0 {
				return invalid(k, field(name), "negative", "mag niet negatief zijn")
			}
		}
		return t.checkNoCaseData(k, get, Activity.Notes)
	case KindFigure:
		if err := t.checkFigure(k, id, get); err != nil {
			return err
		}
		return t.checkNoCaseData(k, get, Figure.Source, Figure.Notes)
	case KindMeasure:
		return t.checkMeasureName(k, id, get(Measure.Name))
	}
	return nil
}

// bothScopes refuses a record (a plan, a figure) that names a municipality
// and a cluster: it is for one or the other.
func bothScopes(k *Kind) error {
	f, _ := k.Field("cluster_id")
	return invalid(k, f, "scope", "kies een gemeente of een cluster, niet allebei")
}

func requireFields(k *Kind, vals map[string]string) error {
	for _, f := range k.Fields {
		if f.Required && vals[f.Name] == "" {
			return &Error{Code: CodeInvalid, Kind: k.Name, Field: f.Name, Reason: "required",
				Msg: f.Label + ": vul dit veld in"}
		}
	}
	return nil
}

// positionAtEnd is the position after the last sibling of a new record.
func (t *Tx) positionAtEnd(k *Kind, vals map[string]string) (string, error) {
	cond := []string{"1 = 1"}
	var args []any
	for _, s := range k.Siblings {
		cond = append(cond, s+" = ?")
		args = append(args, vals[s])
	}
	var last string
	if err := t.queryRow("SELECT coalesce(max(position), '') FROM "+k.Name+" WHERE "+strings.Join(cond, " AND "), args...).Scan(&last); err != nil {
		return "", err
	}
	return Between(last, ""), nil
}
