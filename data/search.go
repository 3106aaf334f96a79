package data

import (
	"context"
	"encoding/json"
	"sort"
	"strings"
	"sync"
)

// Search over contacts and organisations runs in memory: per kind, the folded
// text of every live record in Dutch order. A keystroke is then one pass of
// substring tests, whatever the query (one letter or five words), instead of
// an index look-up whose cost swings with how many records a word matches.
// The index is rebuilt when the database has changed since it was built,
// which the clock every write advances tells cheaply, also for writes by
// another process such as the command line.

type searchIndex struct {
	token   string
	ids     []string
	entries []string // folded searchable text, parallel to ids
}

type searchCache struct {
	mu      sync.Mutex
	indexes map[string]*searchIndex
}

// SearchIDs returns the ids of the live contacts or organisations matching
// what a user typed, in Dutch order. Every typed word must occur somewhere in
// the name, e-mail, phone, role or (for contacts) organisation name, ignoring
// case and diacritics, also inside a compound: "ozt hoorn" finds Öztürk at
// Gemeente Hoorn, "coordinatie" finds Zorgcoördinatie. An empty query
// matches everything.
func (s *Store) SearchIDs(ctx context.Context, kind, query string) ([]string, error) {
	return s.searchIDs(ctx, kind, query, 0)
}

func (s *Store) searchIDs(ctx context.Context, kind, query string, limit int) ([]string, error) {
	idx, err := s.searchIndex(ctx, kind)
	if err != nil {
		return nil, err
	}
	words := strings.Fields(Fold(query))
	if len(words) == 0 {
		if limit > 0 && limit < len(idx.ids) {
			return idx.ids[:limit], nil
		}
		return idx.ids, nil
	}
	var out []string
next:
	for i, text := range idx.entries {
		for _, w := range words {
			if !strings.Contains(text, w) {
				continue next
			}
		}
		out = append(out, idx.ids[i])
		if len(out) == limit {
			break
		}
	}
	return out, nil
}

// Search returns the first limit records SearchIDs finds (all when limit <= 0).
func (s *Store) Search(ctx context.Context, kind, query string, limit int) ([]Record, error) {
	ids, err := s.searchIDs(ctx, kind, query, limit)
	if err != nil {
		return nil, err
	}
	return s.GetMany(ctx, kind, ids)
}

// GetMany reads the live records with these ids, in the order given.
func (s *Store) GetMany(ctx context.Context, kind string, ids []string) ([]Record, error) {
	k, err := kindOrError(kind)
	if err != nil {
		return nil, err
	}
	if len(ids) == 0 {
		return nil, nil
	}
	list, _ := json.Marshal(ids)
	rows, err := s.db.QueryContext(ctx, selectFrom(k)+" WHERE id IN (SELECT value FROM json_each(?))", string(list))
	if err != nil {
		return nil, err
	}
	recs, err := scanRecords(k, rows)
	if err != nil {
		return nil, err
	}
	byID := make(map[string]Record, len(recs))
	for _, r := range recs {
		byID[r.ID] = r
	}
	out := make([]Record, 0, len(ids))
	for _, id := range ids {
		if r, ok := byID[id]; ok {
			out = append(out, r)
		}
	}
	return out, nil
}

// changeToken changes whenever any write commits.
func (s *Store) changeToken(ctx context.Context) (string, error) {
	var v string
	err := s.db.QueryRowContext(ctx, "SELECT coalesce((SELECT value FROM local WHERE key = 'hlc'), '')").Scan(&v)
	return v, err
}

func (s *Store) searchIndex(ctx context.Context, kind string) (*searchIndex, error) {
	if kind != "contact" && kind != "organisation" {
		return nil, &Error{Code: CodeInvalid, Reason: "kind", Msg: "zoeken kan alleen in contactpersonen en organisaties"}
	}
	token, err := s.changeToken(ctx)
	if err != nil {
		return nil, err
	}
	s.search.mu.Lock()
	defer s.search.mu.Unlock()
	if idx := s.search.indexes[kind]; idx != nil && idx.token == token {
		return idx, nil
	}
	idx, err := buildSearchIndex(ctx, s.db, kind)
	if err != nil {
		return nil, err
	}
	idx.token = token
	if s.search.indexes == nil {
		s.search.indexes = map[string]*searchIndex{}
	}
	s.search.indexes[kind] = idx
	return idx, nil
}

// buildSearchIndex reads every live record of kind once, in table order, and
// sorts in memory: a join or an index-ordered scan would cost a b-tree seek
// per row.
func buildSearchIndex(ctx context.Context, db querier, kind string) (*searchIndex, error) {
	orgNames := map[string]string{}
	choices := OrganisationTypes
	q := `SELECT id, sort_key, name, email, phone, type, address, '' FROM organisation`
	if kind == "contact" {
		choices = ContactRoles
		q = `SELECT id, sort_key, name, email, phone, role, function, organisation_id FROM contact`
		rows, err := db.QueryContext(ctx, "SELECT id, name FROM organisation")
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var id, name string
			if err := rows.Scan(&id, &name); err != nil {
				rows.Close()
				return nil, err
			}
			orgNames[id] = name
		}
		rows.Close()
	}
	rows, err := db.QueryContext(ctx, q)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	type entry struct{ id, key, text string }
	var entries []entry
	var b strings.Builder
	for rows.Next() {
		var id, key, name, email, phone, code, extra, org string
		if err := rows.Scan(&id, &key, &name, &email, &phone, &code, &extra, &org); err != nil {
			return nil, err
		}
		b.Reset()
		for _, part := range []string{name, email, phone, code, ChoiceLabel(choices, code), extra, orgNames[org]} {
			b.WriteString(part)
			b.WriteByte('\n')
		}
		entries = append(entries, entry{id, key, Fold(b.String())})
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	sort.Slice(entries, func(i, j int) bool {
		if entries[i].key != entries[j].key {
			return entries[i].key < entries[j].key
		}
		return entries[i].id < entries[j].id
	})
	idx := &searchIndex{ids: make([]string, len(entries)), entries: make([]string, len(entries))}
	for i, e := range entries {
		idx.ids[i], idx.entries[i] = e.id, e.text
	}
	return idx, nil
}
