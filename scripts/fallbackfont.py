#!/usr/bin/python3
"""Builds the fallback fonts of the PDFs: export/fonts/symbola.ttf from
Debian's fonts-symbola, export/fonts/droid.ttf (Chinese, Japanese) from
fonts-droid-fallback and export/fonts/hangul.ttf (Korean) from the
Hangul of NanumGothic in fonts-nanum, renamed as its licence (OFL, with
Reserved Font Names) asks of a modified version:

    apt-get install fonts-symbola fonts-droid-fallback fonts-nanum python3-fonttools
    /usr/bin/python3 scripts/fallbackfont.py

gofpdf addresses glyphs by 16-bit code, so every character above U+FFFF
that is kept (emoji, mathematical letters) is moved into the Private Use
Area; export/fallback.go maps the same ranges. Hinting, layout tables and
glyphs no character reaches are dropped: gofpdf uses none of them."""

from fontTools import subset
from fontTools.ttLib import TTFont
from fontTools.ttLib.tables._c_m_a_p import CmapSubtable

SYMBOLA = "/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf"
DROID = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"
NANUM = "/usr/share/fonts/truetype/nanum/NanumGothic.ttf"
HANGUL = [(0x1100, 0x1200), (0x3130, 0x3190), (0xAC00, 0xD7A4)]
# (first, end, private): characters first..end-1 move to private... ;
# keep in step with pdfRemap in export/fallback.go.
REMAP = [(0x1F000, 0x1FB00, 0xE000), (0x1D400, 0x1D800, 0xEB00)]
PRIVATE = (0xE000, 0xF900)


def target(r, remap):
    if PRIVATE[0] <= r < PRIVATE[1]:
        return None
    if r < 0x10000:
        return r
    for first, end, private in remap:
        if first <= r < end:
            return private + r - first
    return None


def build(source, remap, out, only=None, rename=None):
    font = TTFont(source, recalcTimestamp=False)
    cmap = {}
    for r, glyph in font.getBestCmap().items():
        t = target(r, remap)
        if t is not None and (only is None or any(a <= r < b for a, b in only)):
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
    if rename:
        names = font["name"]
        for rec in list(names.names):
            if rec.nameID in (1, 3, 4, 6, 16, 17, 18, 21, 22):
                names.removeNames(nameID=rec.nameID)
        family = rename.replace(" ", "")
        for nid, value in ((1, rename), (2, "Regular"), (3, family + "-Regular"), (4, rename), (6, family + "-Regular")):
            names.setName(value, nid, 3, 1, 0x409)
    font.save(out)


if __name__ == "__main__":
    build(SYMBOLA, REMAP, "export/fonts/symbola.ttf")
    build(DROID, [], "export/fonts/droid.ttf")
    build(NANUM, [], "export/fonts/hangul.ttf", only=HANGUL, rename="Ketenregie Hangul")
