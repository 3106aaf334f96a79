package kit

import "fyne.io/fyne/v2"

// Recoverer reports a panic in one of the window's actions. Its
// RecoverAction is deferred on the UI goroutine: it recovers, writes the
// log and tells the coordinator, so the window keeps running.
type Recoverer interface {
	RecoverAction()
}

// Safe wraps an action (a button, a menu item, a shortcut) so that a panic
// in it is reported by r instead of ending the program; nil stays nil.
func Safe(r Recoverer, f func()) func() {
	if f == nil || r == nil {
		return f
	}
	return func() {
		defer r.RecoverAction()
		f()
	}
}

// Safe1 is Safe for an action that takes an argument (a list's row, a
// select's choice, a confirm dialog's answer).
func Safe1[T any](r Recoverer, f func(T)) func(T) {
	if f == nil || r == nil {
		return f
	}
	return func(v T) {
		defer r.RecoverAction()
		f(v)
	}
}

// Safe2 is Safe for an action that takes two arguments (a file dialog's
// choice and error).
func Safe2[A, B any](r Recoverer, f func(A, B)) func(A, B) {
	if f == nil || r == nil {
		return f
	}
	return func(a A, b B) {
		defer r.RecoverAction()
		f(a, b)
	}
}

// SafeKey is Safe for a key handler: a key whose action panicked counts as
// handled, so it does not go on to another handler.
func SafeKey(r Recoverer, f func(fyne.KeyName) bool) func(fyne.KeyName) bool {
	if f == nil || r == nil {
		return f
	}
	return func(k fyne.KeyName) (handled bool) {
		handled = true // stays so when f panics
		defer r.RecoverAction()
		return f(k)
	}
}
