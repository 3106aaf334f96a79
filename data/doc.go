// Package data holds Ketenregie's records: the domain kinds, the SQLite
// store, its migrations, the change log every write appends to, and the
// reference data. What follows is its story, for whoever changes it.
//
// # Three families of tables
//
// The log. Every replicated fact is one row of change: one field of one
// record, written by one device (origin), numbered without gaps on that
// device (seq), chained by hash to the device's previous change, and naming
// the changes of that field it replaced (parents). A record is created,
// deleted and brought back by changes of its pseudo-field "exists"
// (FieldExists). Nothing else in the database replicates, and nothing ever
// rewrites a change: erasing a person (AVG) empties values but keeps the
// chain verifiable (change.go, erase.go).
//
// What the log means. head holds, per field of a record, the changes no
// other change names as a parent: one head is the value, several are a
// concurrent edit, an open conflict (materialise.go, conflict.go). The record
// tables (municipality, cluster, organisation, contact, agreement, party,
// plan, section, block, action, assessment, planversion) hold the resolved
// value of every field of every live record, for reading and searching.
// Both are a pure function of the log: check rebuilds them and compares
// (check.go), and a damaged database is repaired from the log.
//
// Facts about this file and its colleagues. local holds what never
// replicates (this device's id, its signing key, whether its names were
// confirmed); device the devices heard of, with their public keys and the
// coordinator working on each (identity.go, deviceidentity.go); peer_known
// what each colleague's device is known to hold, so a file for it carries
// only what it lacks; signed_tip each device's signed word on its own
// history, so a relayed change can be told from a forged one (signedtip.go).
//
// # Who writes what
//
// Store.Write runs a function in one transaction (Tx, tx.go): everything it
// changes commits together or not at all. A Tx appends changes for
// Create, Update, Delete, Undelete, Restore, Erase, Place, InsertAt and Move
// (write.go, move.go), and keeps head and the record tables in step with
// them as it goes (the rules in changelog.go, the batching that writes many
// changes to a statement in batch.go). Validation (validate.go) runs on
// every value before it becomes a change; the schema (kind.go) drives it,
// and drives the tables, the dump and the command line's help.
//
// Changes from colleagues arrive through Store.ApplyFrom (apply.go,
// incoming.go): a whole exchange file in one transaction, checked change by
// change (numbering, chain, signatures, parents), refused whole when one
// change is wrong. They then go through the same materialisation as this
// device's own.
//
// Reading never writes: List, ListWhere, Get, Search and the reports read
// the record tables; conflicts, authors and history read head and change.
// Nothing outside this package runs SQL on the database.
//
// # Where to look
//
//   - A new kind or field: kind.go, a migration in migrations/, and its
//     choices in choices.go.
//   - A new rule about records (ended, finished, due): a function here, next
//     to the kind it is about (agreement.go), so every screen, document and
//     command asks the same one.
//   - Errors a user reads: errors.go (Said keeps a message's values by name,
//     so the window can say it in its own language).
package data
