"""What a parser finds: every string in every object and content stream of a rendered PDF.

The page readings (MuPDF, poppler, OCR) see what is drawn and how fonts map it
to text. A parser also sees the bytes: a string in a dictionary no reader
shows, or a text-showing string whose font draws something else (or nothing).
This reading collects every PDF string of the file (its trailer too), decoded as PDF text
strings are (UTF-16 with a byte-order mark, else PDFDocEncoding), the strings
of a TJ array joined, and hands them to the same rule as the page readings.
It also lists every name (a font, a spot colour, a resource can be named after a
person); the rule reads them for whole names only, since a one-word form can be a
word of the format (/Shading, /Roman).
Colour profiles and lossy image data are binary and are not read. Font programs, lossless image
samples (soft masks too) and indexed colour tables are handed whole, decoded, to the caller's
``binary`` reader (``verify.binary_names``), and a font program's names (``render.font_programs``)
are listed with the names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pymupdf

from redact.render.font_programs import font_texts

# A literal string with balanced parentheses one level deep, or a hex string (not a dictionary's "<<").
_LITERAL = rb"\((?:\\.|[^\\()]++|\((?:\\.|[^\\()]++)*+\))*+\)"
_HEX = rb"<[0-9A-Fa-f\s]*>"
_STRING = re.compile(rb"(" + _LITERAL + rb")|(?<!<)(" + _HEX + rb")(?!>)", re.S)
# A TJ array; one whose strings hold brackets is read string by string instead (linear: no nested repeats).
_ARRAY = re.compile(rb"\[([^\[\]]*+)\]\s*TJ", re.S)
_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f", b"(": b"(", b")": b")", b"\\": b"\\"}
#: Stream kinds that hold no text a parser would show: pixels, font programs, colour profiles, cross-reference data.
_BINARY_KEYS = ("Length1", "Length2", "Length3")
_BINARY_TYPES = ("/XRef", "/ObjStm", "/Metadata")
_BINARY_SUBTYPES = ("/Image", "/Type1C", "/CIDFontType0C", "/OpenType", "/XML")


def _unescape(body: bytes) -> bytes:
    out = bytearray()
    i = 0
    while i < len(body):
        c = body[i : i + 1]
        if c != b"\\":
            out += c
            i += 1
            continue
        nxt = body[i + 1 : i + 2]
        if nxt in _ESCAPES:
            out += _ESCAPES[nxt]
            i += 2
        elif nxt.isdigit():
            m = re.match(rb"[0-7]{1,3}", body[i + 1 : i + 4])
            digits = m.group(0) if m else b"0"
            out.append(int(digits, 8) & 0xFF)
            i += 1 + len(digits)
        elif nxt in (b"\n", b"\r"):
            i += 2 + (body[i + 1 : i + 3] == b"\r\n")
        else:
            i += 1
    return bytes(out)


def string_bytes(token: bytes) -> bytes:
    """The bytes a PDF string token (``(...)`` or ``<...>``) holds."""
    if token.startswith(b"("):
        return _unescape(token[1:-1])
    hexdigits = re.sub(rb"\s", b"", token[1:-1])
    if len(hexdigits) % 2:
        hexdigits += b"0"
    return bytes.fromhex(hexdigits.decode("ascii"))


def decode_string(token: bytes) -> str:
    """A PDF string token (``(...)`` or ``<...>``) as text: UTF-16 with a BOM, else PDFDocEncoding (as Latin-1)."""
    raw = string_bytes(token)
    for bom, codec in ((b"\xfe\xff", "utf-16-be"), (b"\xff\xfe", "utf-16-le"), (b"\xef\xbb\xbf", "utf-8")):
        if raw.startswith(bom):
            return raw[len(bom) :].decode(codec, errors="replace")
    return raw.decode("latin-1")


def strings_in(data: bytes) -> list[str]:
    """The strings of a PDF object or content stream: each TJ array's parts joined, every other string alone."""
    out: list[str] = []
    taken: list[tuple[int, int]] = []
    for m in _ARRAY.finditer(data):
        parts = [decode_string(s.group(0)) for s in _STRING.finditer(m.group(1))]
        if parts:
            out.append("".join(parts))
            taken.append(m.span())
    # the arrays come in order and do not overlap, nor do the strings: one walk over both (a content stream
    # holds thousands of each)
    j, n = 0, len(taken)
    for m in _STRING.finditer(data):
        at = m.start()
        while j < n and taken[j][1] <= at:
            j += 1
        if j < n and taken[j][0] <= at:
            continue
        out.append(decode_string(m.group(0)))
    return [s for s in out if s.strip()]


def _binary(doc: pymupdf.Document, xref: int) -> bool:
    """True for a stream a parser would not read as text."""
    for key in _BINARY_KEYS:
        if doc.xref_get_key(xref, key)[0] != "null":
            return True
    if doc.xref_get_key(xref, "Type")[1] in _BINARY_TYPES or doc.xref_get_key(xref, "Subtype")[1] in _BINARY_SUBTYPES:
        return True
    # an ICC profile: /N components and no subtype
    return doc.xref_get_key(xref, "N")[0] == "int" and doc.xref_get_key(xref, "Subtype")[0] == "null"


_NAME = re.compile(rb"/([^\s/\[\]<>(){}%]{4,})")
_NAME_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")


def names_in(data: bytes) -> set[str]:
    """The PDF names of an object or stream (four characters or more), #xx decoded, hyphens and underscores as spaces:
    a spot colour, a font or a resource can be named after a person, and a parser lists the name."""
    found = set()
    for m in _NAME.finditer(data):
        raw = _NAME_ESCAPE.sub(lambda e: bytes([int(e.group(1), 16)]), m.group(1))
        found.add(raw.decode("latin-1").replace("-", " ").replace("_", " "))
    return found


#: What a binary stream is, for a reader of its bytes and for the refusal: a font program, image samples, a colour table.
FONT, IMAGE, TABLE = "typsnittsprogram", "bilddata", "färgtabell"
#: Image filters whose data is not the samples (a lossy or bilevel code): a name cannot stand in it as bytes.
_CODED = ("/DCTDecode", "/DCT", "/JPXDecode", "/JBIG2Decode", "/CCITTFaxDecode", "/CCF")
_PROGRAM = re.compile(rb"/FontFile[23]?\s*(\d+)\s+\d+\s+R")
# An indexed colour space's table: the last element of [/Indexed base hival table], a reference or a string.
_INDEXED = re.compile(rb"/Indexed\s*(?:/[^\s/\[\]<>()]+|\d+\s+\d+\s+R|\[[^\]]*\])\s*\d+\s*"
                      rb"(?:(\d+)\s+\d+\s+R|(" + _LITERAL + rb"|" + _HEX + rb"))\s*\]", re.S)

Binary = Callable[[str, int, bytes], None]


def object_strings(
    doc: pymupdf.Document, names: set[str] | None = None, binary: Binary | None = None, font_names: bool = False,
) -> Iterator[str]:
    """Every string of every object and text-bearing stream of ``doc`` and of its trailer; the names they use
    are added to ``names`` when it is given (they are judged apart: a name is often a word of the format).

    ``binary(kind, xref, data)``, when given, receives every font program, lossless image's samples and
    indexed colour table, decoded (kind: ``FONT``, ``IMAGE``, ``TABLE``). With ``font_names`` (or ``binary``) the
    names a font program carries (``render.font_programs``) join ``names``.
    """
    names = set() if names is None else names
    later: dict[int, str] = {}  # font programs and colour tables, read once every object has named them
    trailer = doc.xref_object(-1, compressed=False).encode("latin-1", errors="replace") if doc.xref_length() else b""
    yield from strings_in(trailer)
    names |= names_in(trailer)
    for xref in range(1, doc.xref_length()):
        try:
            source = doc.xref_object(xref, compressed=False)
        except Exception:  # a free or damaged entry holds nothing a parser reads
            continue
        raw = source.encode("latin-1", errors="replace")
        yield from strings_in(raw)
        names |= names_in(raw)
        if binary is not None or font_names:
            _binary_parts(doc, xref, raw, binary, later)
        if not doc.xref_is_stream(xref) or _binary(doc, xref):
            continue
        try:
            data = doc.xref_stream(xref)
        except Exception:  # undecodable stream: nothing a parser can read from it either
            continue
        if data and b"begincmap" not in data:  # a character map's hex strings are codes, not text
            yield from strings_in(data)
            names |= names_in(data)
    for xref, kind in sorted(later.items()):
        data = _decoded(doc, xref)
        if data and kind == FONT:
            names.update(t.text.replace("-", " ").replace("_", " ") for t in font_texts(data))
        if data and binary is not None:
            binary(kind, xref, data)


def _binary_parts(doc: pymupdf.Document, xref: int, raw: bytes, binary: Binary | None, later: dict[int, str]) -> None:
    """Hand ``binary`` the samples of a lossless image and a colour table written in the object; note the
    font programs and colour tables it refers to (only the font programs without ``binary``)."""
    if b"/FontFile" in raw:
        later.update((int(m.group(1)), FONT) for m in _PROGRAM.finditer(raw))
    if binary is None:
        return
    if b"/Indexed" in raw:
        for m in _INDEXED.finditer(raw):
            if m.group(1):
                later.setdefault(int(m.group(1)), TABLE)
            else:
                binary(TABLE, xref, string_bytes(m.group(2)))
    if b"/Image" in raw and doc.xref_get_key(xref, "Subtype")[1] == "/Image" and doc.xref_is_stream(xref):
        if not any(f in doc.xref_get_key(xref, "Filter")[1] for f in _CODED):
            data = _decoded(doc, xref)
            if data:
                binary(IMAGE, xref, data)


def _decoded(doc: pymupdf.Document, xref: int) -> bytes:
    try:
        return doc.xref_stream(xref) or b""
    except Exception:  # undecodable: no reader can read it either
        return b""
