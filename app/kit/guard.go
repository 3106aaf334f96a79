package kit

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// Guard makes a panic in the actions of these widgets be reported by r like
// one in any other action. It wraps the callbacks they have now, so it
// comes after they are set, once per widget.
func Guard(r Recoverer, objs ...fyne.CanvasObject) {
	for _, o := range objs {
		switch w := o.(type) {
		case *widget.Button:
			w.OnTapped = Safe(r, w.OnTapped)
		case *widget.Select:
			w.OnChanged = Safe1(r, w.OnChanged)
		case *FilterSelect:
			w.OnChanged = Safe1(r, w.OnChanged)
		case *widget.Check:
			w.OnChanged = Safe1(r, w.OnChanged)
		case *widget.RadioGroup:
			w.OnChanged = Safe1(r, w.OnChanged)
		case *widget.Entry:
			w.OnChanged = Safe1(r, w.OnChanged)
			w.OnSubmitted = Safe1(r, w.OnSubmitted)
		case *widget.List:
			w.OnSelected = Safe1(r, w.OnSelected)
			w.OnUnselected = Safe1(r, w.OnUnselected)
		case *widget.Tree:
			w.OnSelected = Safe1(r, w.OnSelected)
		case *TextEntry:
			w.OnChanged = Safe1(r, w.OnChanged)
			w.OnSubmitted = Safe1(r, w.OnSubmitted)
			w.OnShortcut = SafeKey(r, w.OnShortcut)
		case *FocusEntry:
			Guard(r, &w.TextEntry)
			w.OnFocus = Safe1(r, w.OnFocus)
		default: // a widget guard does not know yet: say so, never fail
			fyne.LogError("guard", fmt.Errorf("%T has no actions guard knows", o))
		}
	}
}

// GuardMenu guards the actions of menu and its submenus, and returns it.
func GuardMenu(r Recoverer, menu *fyne.Menu) *fyne.Menu {
	for _, it := range menu.Items {
		it.Action = Safe(r, it.Action)
		if it.ChildMenu != nil {
			GuardMenu(r, it.ChildMenu)
		}
	}
	return menu
}

// GuardTree guards every widget with actions in the tree under o, as it is
// now: for screens that build their widgets once. Widgets made later (rows
// of a list, a dialog) are guarded where they are made, or not at all.
func GuardTree(r Recoverer, o fyne.CanvasObject) {
	switch w := o.(type) {
	case nil:
	case *fyne.Container:
		for _, c := range w.Objects {
			GuardTree(r, c)
		}
	case *container.Scroll:
		GuardTree(r, w.Content)
	case *container.AppTabs:
		for _, it := range w.Items {
			GuardTree(r, it.Content)
		}
	case *container.Split:
		GuardTree(r, w.Leading)
		GuardTree(r, w.Trailing)
	case *widget.Button, *widget.Select, *FilterSelect, *widget.Check, *widget.RadioGroup, *widget.Entry, *TextEntry, *FocusEntry:
		Guard(r, w)
	}
}
