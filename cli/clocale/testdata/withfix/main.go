// A program that links Fyne's lang package as Ketenregie does, with
// clocale, and prints the locale variables once main runs.
package main

import (
	"fmt"
	"os"

	_ "fyne.io/fyne/v2/lang"

	"ketenregie/cli/clocale"
)

func main() {
	clocale.Restore()
	fmt.Printf("LC_ALL=%s LANG=%s\n", os.Getenv("LC_ALL"), os.Getenv("LANG"))
}
