#!/usr/bin/python3
"""Builds export/fonts/symbola.ttf, the fallback font of the PDFs, from
Debian's fonts-symbola (apt-get install fonts-symbola python3-fonttools).

gofpdf addresses glyphs by 16-bit code, so every character above U+FFFF
that is kept (emoji, mathematical letters) is moved into the Private Use
Area; export/fallback.go maps the same ranges. Hinting is dropped: PDF
readers do not use it and it is a third of the file."""

import sys
from fontTools import subset
from fontTools.ttLib import TTFont
from fontTools.ttLib.tables._c_m_a_p import CmapSubtable

SOURCE = "/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf"
# (first, end, private): characters first..end-1 move to private... ;
# keep in step with pdfRemap in export/fallback.go.
REMAP = [(0x1F000, 0x1FB00, 0xE000), (0x1D400, 0x1D800, 0xEB00)]
PRIVATE = (0xE000, 0xF900)


def target(r):
    if PRIVATE[0] <= r < PRIVATE[1]:
        return None
    if r < 0x10000:
        return r
    for first, end, private in REMAP:
        if first <= r < end:
            return private + r - first
    return None


def main(out):
    font = TTFont(SOURCE)
    cmap = {}
    for r, glyph in font.getBestCmap().items():
        t = target(r)
        if t is not None:
            cmap[t] = glyph
    opts = subset.Options()
    opts.hinting = False
    opts.layout_features = []
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.glyph_names = False
    sub = subset.Subsetter(opts)
    sub.populate(glyphs=sorted(set(cmap.values())))
    sub.subset(font)
    table = CmapSubtable.newSubtable(4)
    table.platformID, table.platEncID, table.language = 3, 1, 0
    table.cmap = cmap
    font["cmap"].tables = [table]
    font.save(out)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "export/fonts/symbola.ttf")
