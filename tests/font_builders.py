"""Embedded font programs that carry a person's name, built in code: TrueType, CFF and Type 1."""

from __future__ import annotations

import zlib

import pymupdf

import pdf_builders as b

LIBERATION = "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"
#: A line drawn in the font: its glyphs must be drawn alike before and after the font's names are cleaned.
KEPT = "Norrvik kommun"


def _same_length(data: bytes, old: str, new: str, utf16: bool = False) -> bytes:
    assert len(old) == len(new)
    enc = "utf-16-be" if utf16 else "latin-1"
    assert old.encode(enc) in data, old
    return data.replace(old.encode(enc), new.encode(enc))


def truetype_named(name: str) -> bytes:
    """Liberation Sans whose designer (Mac Roman and UTF-16BE) is ``name`` and whose family is its genitive."""
    data = open(LIBERATION, "rb").read()
    for utf16 in (False, True):
        data = _same_length(data, "Steve Matteson", name.ljust(14)[:14], utf16)
        data = _same_length(data, "Liberation Sans", (name + "s").ljust(15)[:15], utf16)
    return data


def cff_named(name: str) -> bytes:
    """The CFF font MuPDF draws Helvetica with, its font name, notice and copyright naming ``name``."""
    data = pymupdf.Font("helv").buffer
    data = _same_length(data, "NimbusSans-Regular", (name.replace(" ", "") + "-Regular")[:18].ljust(18, "X"))
    notice = "(URW)++,Copyright 2014 by (URW)++ Design & Development"
    copyright = "Copyright " + notice  # the copyright holds the notice: replaced first
    data = _same_length(data, copyright, f"Copyright 2024 {name}".ljust(len(copyright)))
    return _same_length(data, notice, f"{name}s handstil".ljust(len(notice)))


# ------------------------------------------------------------------ a Type 1 font of boxes

def _encrypt(data: bytes, r: int) -> bytes:
    out = bytearray()
    for p in data:
        c = p ^ (r >> 8)
        r = ((c + r) * 52845 + 22719) & 0xFFFF
        out.append(c)
    return bytes(out)


def _num(v: int) -> bytes:
    if -107 <= v <= 107:
        return bytes([v + 139])
    if 108 <= v <= 1131:
        return bytes([(v - 108) // 256 + 247, (v - 108) % 256])
    if -1131 <= v <= -108:
        return bytes([(-v - 108) // 256 + 251, (-v - 108) % 256])
    return b"\xff" + v.to_bytes(4, "big", signed=True)


def _box_glyph(width: int, x0: int, y0: int, x1: int, y1: int) -> bytes:
    """A charstring drawing the box (x0, y0)-(x1, y1), advancing ``width``."""
    cs = _num(0) + _num(width) + b"\x0d"  # hsbw
    cs += _num(x0) + _num(y0) + b"\x15"  # rmoveto
    cs += _num(x1 - x0) + _num(0) + b"\x05" + _num(0) + _num(y1 - y0) + b"\x05" + _num(x0 - x1) + _num(0) + b"\x05"
    cs += b"\x09\x0e"  # closepath endchar
    return _encrypt(b"\0\0\0\0" + cs, 4330)


def type1_named(name: str, encoding: str = "latin-1") -> bytes:
    """A Type 1 font (as a /FontFile with /Length1-3) whose letters are boxes and whose cleartext names ``name``."""
    ps_name = name.replace(" ", "")
    clear = (
        f"%!PS-AdobeFont-1.0: {ps_name} 001.000\n%%Title: {name}s handstil\n"
        "12 dict begin\n/FontInfo 8 dict dup begin\n"
        f"/FullName ({name}s handstil) readonly def\n/FamilyName ({name}) readonly def\n"
        f"/Notice (Ritad av {name}) readonly def\n/Weight (Medium) readonly def\nend readonly def\n"
        f"/FontName /{ps_name} def\n/PaintType 0 def\n/FontType 1 def\n"
        "/FontMatrix [0.001 0 0 0.001 0 0] readonly def\n/FontBBox {0 0 700 700} readonly def\n"
        "/Encoding StandardEncoding def\ncurrentfile eexec\n"
    ).encode(encoding)
    glyphs = {".notdef": _box_glyph(500, 0, 0, 0, 0)}
    for i, letter in enumerate("abcdefghijklmnopqrstuvwxyzNRV"):
        glyphs[letter] = _box_glyph(520 + 10 * (i % 5), 40, 0, 360 + 10 * (i % 7), 300 + 20 * (i % 11))
    glyphs["space"] = _box_glyph(300, 0, 0, 0, 0)
    private = (b"dup /Private 8 dict dup begin\n/RD {string currentfile exch readstring pop} executeonly def\n"
               b"/ND {noaccess def} executeonly def\n/NP {noaccess put} executeonly def\n"
               b"/MinFeature {16 16} def\n/password 5839 def\n/BlueValues [] def\n/lenIV 4 def\n"
               b"/Subrs 0 array\n"
               b"2 index /CharStrings %d dict dup begin\n" % len(glyphs))
    for glyph, cs in glyphs.items():
        private += b"/%s %d RD " % (glyph.encode(), len(cs)) + cs + b" ND\n"
    private += (b"end\nend\nreadonly put\nnoaccess put\ndup /FontName get exch definefont pop\n"
                b"mark currentfile closefile\n")
    encrypted = _encrypt(b"\x11\x22\x33\x44" + private, 55665)
    trailer = b"\n" + (b"0" * 64 + b"\n") * 8 + b"cleartomark\n"
    return clear, encrypted, trailer


def pdf_with_font(kind: str, name: str, line: str, encoding: str = "latin-1", font_name: bytes = b"Kept") -> bytes:
    """One page: ``line`` in Helvetica at the top, ``KEPT`` below it in a font of ``kind`` naming ``name``.

    ``font_name``: the font's /BaseFont and /FontName (a PDF name, #20 for a space)."""
    widths = b"/FirstChar 32/LastChar 126/Widths[" + b" ".join([b"600"] * 95) + b"]"
    named = b"/BaseFont/" + font_name
    if kind == "truetype":
        program = b.raw_stream(b"/Length1 %d" % len(truetype_named(name)), truetype_named(name))
        font = b"<</Type/Font/Subtype/TrueType" + named + b"/Encoding/WinAnsiEncoding" + widths + b"/FontDescriptor 7 0 R>>"
        key = b"FontFile2"
    elif kind == "cff":
        program = b.raw_stream(b"/Subtype/Type1C/Filter/FlateDecode", zlib.compress(cff_named(name)))
        font = b"<</Type/Font/Subtype/Type1" + named + b"/Encoding/WinAnsiEncoding" + widths + b"/FontDescriptor 7 0 R>>"
        key = b"FontFile3"
    else:
        clear, encrypted, trailer = type1_named(name, encoding)
        program = b.raw_stream(b"/Length1 %d/Length2 %d/Length3 %d" % (len(clear), len(encrypted), len(trailer)),
                               clear + encrypted + trailer)
        font = b"<</Type/Font/Subtype/Type1" + named + b"/Encoding/WinAnsiEncoding" + widths + b"/FontDescriptor 7 0 R>>"
        key = b"FontFile"
    descriptor = (b"<</Type/FontDescriptor/FontName/" + font_name + b"/Flags 32/FontBBox[0 -250 1000 900]/ItalicAngle 0"
                  b"/Ascent 900"
                  b"/Descent -250/CapHeight 700/StemV 80/" + key + b" 8 0 R>>")
    content = (b.text_op("Beslut om bistand", 72, 760) + b.text_op(line, 72, 740)
               + b.text_op(KEPT, 72, 600, size=24, font=b"F2"))
    return b.raw_pdf([
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[5 0 R]/Count 1>>",
        b.raw_stream(b"", content),
        b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>",  # the line's å, ä, ö drawn
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</Font<</F1 4 0 R/F2 6 0 R>>>>/Contents 3 0 R>>",
        font,
        descriptor,
        program,
    ])


def streams_hold(path, needle: str) -> list[int]:
    """The xrefs whose decoded bytes hold ``needle`` in any case, as Latin-1, UTF-8 or UTF-16BE."""
    found = []
    forms = [needle.casefold().encode(e) for e in ("latin-1", "utf-8", "utf-16-be")]
    with pymupdf.open(path) as doc:
        for xref in range(1, doc.xref_length()):
            try:
                data = (doc.xref_stream(xref) or b"") if doc.xref_is_stream(xref) else b""
            except Exception:  # a free slot
                continue
            low = data.decode("latin-1").casefold().encode("latin-1", errors="replace")
            if any(f in low for f in forms) or needle.encode("utf-8") in data:
                found.append(xref)
    return found


def vertical_pdf(column: str, x: float = 300, y: float = 800, size: float = 20, cff: bool = False,
                 step: int | None = None) -> bytes:
    """One page: ``column`` written top to bottom in vertical writing (Identity-V) in an embedded Liberation Sans.

    ``cff``: in a bare CFF font instead (MuPDF's Nimbus Sans), which carries no vertical metrics, like the
    usual embedded CJK subset. ``step``: the glyphs' vertical advance in thousandths of an em (/W2), not 1000.
    """
    font = pymupdf.Font("helv") if cff else pymupdf.Font(fontfile=LIBERATION)
    data = font.buffer if cff else open(LIBERATION, "rb").read()
    gids = [font.has_glyph(ord(c)) for c in column]
    content = b"BT /F1 %g Tf %g %g Td <%s> Tj ET" % (size, x, y, "".join("%04X" % g for g in gids).encode())
    pairs = dict(zip(gids, column))
    cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /V def /CMapType 2 def\n"
            "1 begincodespacerange <0000> <FFFF> endcodespacerange\n%d beginbfchar\n" % len(pairs)
            + "".join("<%04X> <%04X>\n" % (g, ord(c)) for g, c in pairs.items())
            + "endbfchar endcmap CMapName currentdict /CMap defineresource pop end end")
    return b.raw_pdf([
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[5 0 R]/Count 1>>",
        b.raw_stream(b"", content),
        b"<</Type/Font/Subtype/Type0/BaseFont/Kept/Encoding/Identity-V/DescendantFonts[6 0 R]/ToUnicode 9 0 R>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</Font<</F1 4 0 R>>>>/Contents 3 0 R>>",
        b"<</Type/Font/Subtype/%s/BaseFont/Kept/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)"
        b"/Supplement 0>>/FontDescriptor 7 0 R/CIDToGIDMap/Identity%s>>"
        % (b"CIDFontType0" if cff else b"CIDFontType2", b"" if step is None else b"/W2[0 65535 -%d 500 880]" % step),
        b"<</Type/FontDescriptor/FontName/Kept/Flags 32/FontBBox[0 -250 1000 900]/ItalicAngle 0/Ascent 900"
        b"/Descent -250/CapHeight 700/StemV 80/%s 8 0 R>>" % (b"FontFile3" if cff else b"FontFile2"),
        b.raw_stream(b"/Subtype/CIDFontType0C" if cff else b"/Length1 %d" % len(data), data),
        b.raw_stream(b"", cmap.encode()),
    ])
