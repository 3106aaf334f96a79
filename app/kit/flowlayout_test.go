package kit

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// A form puts its labels beside the fields where there is room and above
// them where not, and asks the scroll around it to size it again.
func TestFormWrapStacksWhenNarrow(t *testing.T) {
	test.NewTempApp(t)
	name, email := widget.NewEntry(), widget.NewEntry()
	nameL, emailL := FormLabel("Naam"), FormLabel("E-mail")
	form, l := NewFormWrap(nameL, name, emailL, email)
	reflows := 0
	l.Reflow = func() { reflows++ }

	form.Resize(fyne.NewSize(800, form.MinSize().Height))
	if name.Position().X <= nameL.Position().X || name.Position().Y != nameL.Position().Y {
		t.Fatalf("at 800 wide the field is not beside its label: label %v, field %v", nameL.Position(), name.Position())
	}
	if nameL.Alignment != fyne.TextAlignTrailing {
		t.Errorf("a label beside its field is aligned %v, want right", nameL.Alignment)
	}
	wide := form.MinSize().Height

	form.Resize(fyne.NewSize(250, wide))
	if name.Position().X != 0 || name.Position().Y <= nameL.Position().Y {
		t.Fatalf("at 250 wide the field is not under its label: label %v, field %v", nameL.Position(), name.Position())
	}
	if name.Size().Width != 250 {
		t.Errorf("a field under its label is %.0f wide, want the form's 250", name.Size().Width)
	}
	if nameL.Alignment != fyne.TextAlignLeading {
		t.Errorf("a label above its field is aligned %v, want left", nameL.Alignment)
	}
	if got := form.MinSize().Height; got <= wide {
		t.Errorf("stacked, the form asks for %.0f high, no more than the %.0f beside each other", got, wide)
	}
	if form.MinSize().Width > 250 {
		t.Errorf("the form asks for %.0f wide: it cannot become narrow", form.MinSize().Width)
	}
	if reflows != 1 {
		t.Errorf("the height changed with the width and the scroll was asked %d times to size it again, want 1", reflows)
	}
}

// Check boxes stand in as many columns as fit.
func TestFlowGridColumns(t *testing.T) {
	test.NewTempApp(t)
	var checks []fyne.CanvasObject
	for _, n := range []string{"Drechterland", "Enkhuizen", "Hoorn", "Koggenland", "Medemblik", "Opmeer", "Stede Broec"} {
		checks = append(checks, widget.NewCheck(n, nil))
	}
	grid, _ := NewFlowGrid(checks...)
	cell := checks[0].MinSize()
	for _, c := range checks {
		cell = cell.Max(c.MinSize())
	}
	columns := func() int {
		n := 0
		for _, c := range checks {
			if c.Position().Y == 0 {
				n++
			}
		}
		return n
	}
	for _, tc := range []struct {
		width float32
		want  int
	}{{cell.Width, 1}, {2*cell.Width + 10, 2}, {3*cell.Width + 20, 3}, {100 * cell.Width, 7}} {
		grid.Resize(fyne.NewSize(tc.width, 1000))
		if got := columns(); got != tc.want {
			t.Errorf("at %.0f wide (cells %.0f): %d columns, want %d", tc.width, cell.Width, got, tc.want)
		}
	}
	if grid.MinSize().Width > cell.Width {
		t.Errorf("the grid asks for %.0f wide, more than one column of %.0f", grid.MinSize().Width, cell.Width)
	}
}

// Two cards stand side by side when both fit and one above the other when not.
func TestSideBySideStacks(t *testing.T) {
	test.NewTempApp(t)
	a, b := widget.NewButton("Te evalueren of te verlengen", nil), widget.NewButton("Beleidsplannen en contactpersonen", nil)
	both := container.New(&SideBySide{Ratio: 0.55}, a, b)
	wide := a.MinSize().Width + b.MinSize().Width + 50
	both.Resize(fyne.NewSize(wide, 100))
	if b.Position().Y != 0 || b.Position().X <= a.Position().X {
		t.Fatalf("at %.0f wide: not side by side (%v, %v)", wide, a.Position(), b.Position())
	}
	narrow := max(a.MinSize().Width, b.MinSize().Width)
	both.Resize(fyne.NewSize(narrow, 100))
	if b.Position().X != 0 || b.Position().Y < a.MinSize().Height {
		t.Fatalf("at %.0f wide: not one above the other (%v, %v)", narrow, a.Position(), b.Position())
	}
	if both.MinSize().Width > narrow {
		t.Errorf("asks for %.0f wide, more than the widest card's %.0f", both.MinSize().Width, narrow)
	}
}
