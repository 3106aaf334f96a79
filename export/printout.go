package export

import "ketenregie/export/typeset"

// A Printout is a writer for a document that also learns which characters
// the document could not print. Hand one to WritePlan, WriteReport or
// WriteAgreements to tell the user.
type Printout = typeset.Printout

// Replacement is a piece of text in which characters printed as □.
type Replacement = typeset.Replacement
