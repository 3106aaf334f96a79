package data

import (
	"go/ast"
	"go/parser"
	"go/token"
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

// stillSpelled are the files that still spell kind and field names as
// strings in calls to the store, with how many: the number may only go
// down, and a file not listed may have none. Each is to become names.go's
// constants, as export/agreements.go did; then this list is empty.
var stillSpelled = map[string]int{
	"app/agreementform.go":            21,
	"app/agreementparties.go":         9,
	"app/agreements.go":               19,
	"app/assessment.go":               12,
	"app/assessmenteditor.go":         25,
	"app/assessmentmatrix.go":         6,
	"app/clusters.go":                 20,
	"app/contactexport.go":            2,
	"app/contacts.go":                 27,
	"app/importpreview.go":            2,
	"app/municipalities.go":           29,
	"app/municipalitydetail.go":       44,
	"app/organisationrelated.go":      16,
	"app/organisations.go":            16,
	"app/overview.go":                 26,
	"app/planagenda.go":               26,
	"app/planblockops.go":             8,
	"app/planblocks.go":               13,
	"app/plandetails.go":              14,
	"app/planeditor.go":               11,
	"app/planforms.go":                12,
	"app/plans.go":                    27,
	"app/plans_pdf.go":                1,
	"app/planstatus.go":               11,
	"app/plantemplate.go":             20,
	"app/plantree.go":                 15,
	"app/planversions.go":             22,
	"app/recordform.go":               8,
	"app/screenshots.go":              1,
	"export/contacts/apply.go":        4,
	"export/contacts/calendar.go":     29,
	"export/contacts/municipality.go": 22,
	"export/contacts/outlook.go":      7,
	"export/contacts/person.go":       19,
	"export/contacts/plan.go":         13,
	"export/contacts/vcardzip.go":     1,
	"export/contacts/write.go":        26,
	"export/plan.go":                  106,
	"export/plan_edition.go":          2,
	"export/records.go":               7,
	"export/report.go":                54,
}

// TestSchemaNamesAreConstants fails on a kind or field name spelled as a
// string in a call to the store or a record outside data/, so a typo is a
// compile error rather than an empty value.
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
	for _, dir := range []string{"../app", "../export", "../export/bundle", "../export/contacts", "../export/atomicfile"} {
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
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
	total := 0
	for _, f := range files {
		total += counts[f]
		if allowed, ok := stillSpelled[f]; !ok {
			t.Errorf("%s spells %d kind or field names as strings; use names.go's constants (data.KindContact, data.Contact.Email)", f, counts[f])
		} else if counts[f] > allowed {
			t.Errorf("%s spells %d kind or field names as strings, more than the %d it had; use names.go's constants", f, counts[f], allowed)
		}
	}
	for f, allowed := range stillSpelled {
		if counts[f] < allowed {
			t.Logf("%s spells %d names as strings now, fewer than the %d listed: lower its number in stillSpelled", f, counts[f], allowed)
		}
	}
	t.Logf("%d names still spelled as strings in %d files", total, len(files))
}
