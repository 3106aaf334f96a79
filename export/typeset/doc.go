// Package typeset lays out and writes the PDF documents of package export:
// A4 pages with their furniture, embedded fonts with fallbacks, headings,
// running text with inline emphasis, tables, key-value lists, bookmarks and
// table-of-contents links, and the post-processing of gofpdf's file. Every
// document it writes is tagged for screen readers (PDF/UA-1, see tags.go):
// documents say what they draw (a heading, a list, a table, a figure and
// its text) and the furniture is an artifact. It knows nothing of records:
// documents hand it text and spans.
package typeset
