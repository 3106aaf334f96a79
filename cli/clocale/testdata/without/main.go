// A program that links Fyne's lang package without clocale: it shows
// whether Fyne still complains about the C locale at all.
package main

import _ "fyne.io/fyne/v2/lang"

func main() {}
