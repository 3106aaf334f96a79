package data

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// storeCalls are the methods whose string arguments name kinds and fields.
var storeCalls = map[string]bool{
	"Get": true, "List": true, "ListWhere": true, "Create": true, "Update": true, "Delete": true,
	"Search": true, "SearchIDs": true, "IDsWhere": true, "GetMany": true, "Erase": true, "Restore": true,
	"Place": true, "InsertAt": true, "Move": true, "History": true, "Set": true,
}

// TestSchemaNamesAreConstants fails on a kind or field name spelled as a
// string in a call to the store or a record outside data/ (in app/, cli/
// and export/), so a typo is a compile error rather than an empty value.
// The command line reads KIND and field=value from its arguments; those
// are not literals, so it needs no exception.
func TestSchemaNamesAreConstants(t *testing.T) {
	names := map[string]bool{}
	for _, k := range kinds {
		names[k.Name] = true
		for _, f := range k.Fields {
			names[f.Name] = true
		}
	}
	counts := map[string]int{}
	fset := token.NewFileSet()
	for _, dir := range []string{"../app", "../cli", "../export"} {
		var files []string
		err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && filepath.Ext(p) == ".go" {
				files = append(files, p)
			}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		for _, path := range files {
			if strings.HasSuffix(path, "_test.go") {
				continue
			}
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			f, err := parser.ParseFile(fset, path, src, 0)
			if err != nil {
				t.Fatal(err)
			}
			rel := strings.TrimPrefix(filepath.ToSlash(path), "../")
			ast.Inspect(f, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				sel, ok := call.Fun.(*ast.SelectorExpr)
				if !ok || !storeCalls[sel.Sel.Name] {
					return true
				}
				for _, arg := range call.Args {
					lit, ok := arg.(*ast.BasicLit)
					if !ok || lit.Kind != token.STRING {
						continue
					}
					if v, err := strconv.Unquote(lit.Value); err == nil && names[v] {
						counts[rel]++
					}
				}
				return true
			})
		}
	}
	var files []string
	for f := range counts {
		files = append(files, f)
	}
	sort.Strings(files)
	for _, f := range files {
		t.Errorf("%s spells %d kind or field names as strings; use names.go's constants (data.KindContact, data.Contact.Email)", f, counts[f])
	}
}
