package export

import (
	"io"

	"ketenregie/export/atomicfile"
)

// WriteFileAtomic is atomicfile.Write, kept while the command line moves
// to its own package; new code calls atomicfile.
func WriteFileAtomic(path string, write func(io.Writer) error) error {
	return atomicfile.Write(path, write)
}
