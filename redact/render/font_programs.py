"""The text an embedded font program carries, and cleaning it in place.

A font program is binary and no page reading shows it, but a parser, a font tool or
`strings` lists its names: a TrueType or OpenType font's `name` table (family, full name,
copyright, designer, description; Mac Roman and UTF-16BE), a CFF font's Name INDEX and
the strings its Top DICT names (Notice, FullName, FamilyName, Weight, Copyright...), a
Type 1 font's cleartext part (`/FullName (...)`, `/Notice (...)`, `/FontName /...`, its
header comment). A font made from someone's handwriting, or a subset whose full name is
the person's, carries the name in every copy of the file.

``font_texts`` lists those strings with their places (verification reads them); ``clean``
overwrites the ones that hold a masked text with filler of the same length, so every offset
of the program stays valid and the glyphs are drawn exactly as before (the names play no
part in drawing). A TrueType font's table checksums are written again.
"""

from __future__ import annotations

import logging
import re
import struct
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

import pymupdf

from redact.types import Mask

log = logging.getLogger(__name__)

#: The font descriptor keys of an embedded font program.
PROGRAM_KEYS = ("FontFile", "FontFile2", "FontFile3")
#: Top DICT (and CID font dictionary) operators whose operand is a string: Notice, FullName,
#: FamilyName, Weight, Copyright, PostScript, BaseFontName, FontName. Keys are one byte, or 1200 + the escaped byte.
CFF_STRING_KEYS = frozenset({1, 2, 3, 4, 1200, 1221, 1222, 1238})
#: The CFF standard strings: a string id below this is one of them and never a name.
CFF_STANDARD_STRINGS = 391
#: Parts of a font this module reads before it gives up on a damaged one.
MAX_ITEMS = 65_536


@dataclass(frozen=True)
class FontText:
    """One string of a font program: its bytes are ``data[start:end]``."""

    start: int
    end: int
    text: str
    filler: bytes  # what each character becomes when it is cleaned: b" ", b"\0 " (UTF-16BE) or b"X" (a PostScript name)
    table: tuple[int, int, int] | None = None  # (directory entry, table start, table length) of an sfnt table holding it


def font_texts(data: bytes) -> list[FontText]:
    """Every name-like string of the font program ``data`` (TrueType, OpenType, TrueType collection, CFF, Type 1)."""
    try:
        if data[:4] in (b"\x00\x01\x00\x00", b"true", b"OTTO", b"typ1"):
            return list(_sfnt_texts(data, 0))
        if data[:4] == b"ttcf" and len(data) >= 12:
            count = min(struct.unpack_from(">I", data, 8)[0], 256)
            return [t for k in range(count) for t in _sfnt_texts(data, struct.unpack_from(">I", data, 12 + 4 * k)[0])]
        if data[:1] == b"\x01" and len(data) >= 4 and 4 <= data[2] <= 32:
            return list(_cff_texts(data, 0))
        if data[:2] in (b"%!", b"\x80\x01"):
            return list(_type1_texts(data))
    except (struct.error, IndexError, ValueError):
        pass  # a damaged program: verification still reads its bytes whole
    return []


def clean(data: bytes, tainted: Callable[[str], bool]) -> bytes | None:
    """``data`` with every string that ``tainted`` flags overwritten in place; None when none is."""
    texts = [t for t in font_texts(data) if tainted(t.text)]
    if not texts:
        return None
    out = bytearray(data)
    tables: set[tuple[int, int, int]] = set()
    for t in texts:
        size = t.end - t.start
        out[t.start : t.end] = (t.filler * (size // len(t.filler) + 1))[:size]
        if t.table is not None:
            tables.add(t.table)
    if tables:
        _fix_checksums(out, tables)
    return bytes(out)


def _decoded(raw: bytes) -> str:
    """A CFF or Type 1 string: UTF-8 where it is valid UTF-8 (font tools write "Åsa" so), else Latin-1."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


# ------------------------------------------------------------------ TrueType and OpenType


def _sfnt_texts(data: bytes, base: int) -> Iterator[FontText]:
    count = struct.unpack_from(">H", data, base + 4)[0]
    for k in range(min(count, 512)):
        entry = base + 12 + 16 * k
        tag, _checksum, offset, length = struct.unpack_from(">4sIII", data, entry)
        if offset + length > len(data):
            continue
        table = (entry, offset, length)
        if tag == b"name":
            for t in _name_table(data, offset, length):
                yield FontText(t.start, t.end, t.text, t.filler, table)
        elif tag in (b"CFF ", b"CFF2"):
            for t in _cff_texts(data[offset : offset + length], offset):
                yield FontText(t.start, t.end, t.text, t.filler, table)


def _name_table(data: bytes, at: int, length: int) -> Iterator[FontText]:
    _fmt, count, storage = struct.unpack_from(">HHH", data, at)
    for r in range(min(count, MAX_ITEMS)):
        if at + 6 + 12 * r + 12 > at + length:
            break
        platform, encoding, _lang, _name, size, offset = struct.unpack_from(">6H", data, at + 6 + 12 * r)
        start = at + storage + offset
        end = min(start + size, at + length)
        if end <= start:
            continue
        raw = data[start:end]
        if platform in (0, 3) or (platform == 2 and encoding == 1):
            end -= (end - start) % 2
            yield FontText(start, end, raw[: end - start].decode("utf-16-be", errors="replace"), b"\0 ")
        else:
            yield FontText(start, end, raw.decode("mac_roman" if platform == 1 else "latin-1", errors="replace"), b" ")


def _fix_checksums(out: bytearray, tables: Iterable[tuple[int, int, int]]) -> None:
    """Write again the checksum of each changed table, then the font's whole-file adjustment in `head`."""
    for entry, offset, length in tables:
        struct.pack_into(">I", out, entry + 4, _checksum(out, offset, length))
    if out[:4] == b"ttcf":
        return  # a collection's fonts share tables: their adjustments are left as they were (no reader checks them)
    count = struct.unpack_from(">H", out, 4)[0]
    for k in range(count):
        tag, _c, offset, length = struct.unpack_from(">4sIII", out, 12 + 16 * k)
        if tag == b"head" and length >= 12 and offset + 12 <= len(out):
            struct.pack_into(">I", out, offset + 8, 0)
            struct.pack_into(">I", out, 12 + 16 * k + 4, _checksum(out, offset, length))
            struct.pack_into(">I", out, offset + 8, (0xB1B0AFBA - _checksum(out, 0, len(out))) & 0xFFFFFFFF)


def _checksum(data: bytearray | bytes, offset: int, length: int) -> int:
    chunk = bytes(data[offset : offset + length])
    chunk += bytes(-len(chunk) % 4)
    return sum(struct.unpack(f">{len(chunk) // 4}I", chunk)) & 0xFFFFFFFF


# ------------------------------------------------------------------ CFF


def _index(data: bytes, at: int) -> tuple[list[tuple[int, int]], int]:
    """The items of the CFF INDEX at ``at`` as (start, end) and where the INDEX ends."""
    count = struct.unpack_from(">H", data, at)[0]
    if count == 0:
        return [], at + 2
    size = data[at + 2]
    if not 1 <= size <= 4 or count > MAX_ITEMS:
        raise ValueError("not a CFF INDEX")
    offsets = [int.from_bytes(data[at + 3 + i * size : at + 3 + (i + 1) * size], "big") for i in range(count + 1)]
    base = at + 2 + (count + 1) * size
    items = [(base + a, base + b) for a, b in zip(offsets, offsets[1:])]
    end = base + offsets[-1]
    if end > len(data) or any(b < a for a, b in items):
        raise ValueError("CFF INDEX out of bounds")
    return items, end


def _dict(data: bytes, start: int, end: int) -> dict[int, list[float]]:
    """A CFF DICT's entries: operator (1200 + b for an escaped one) to operands."""
    out: dict[int, list[float]] = {}
    operands: list[float] = []
    i = start
    while i < end:
        b0 = data[i]
        if b0 <= 21:
            if b0 == 12:
                out[1200 + data[i + 1]] = operands
                i += 2
            else:
                out[b0] = operands
                i += 1
            operands = []
        elif b0 == 28:
            operands.append(struct.unpack_from(">h", data, i + 1)[0])
            i += 3
        elif b0 == 29:
            operands.append(struct.unpack_from(">i", data, i + 1)[0])
            i += 5
        elif b0 == 30:  # a real number: nibbles up to 0xf
            i += 1
            while i < end and (data[i] & 0x0F) != 0x0F and (data[i] >> 4) != 0x0F:
                i += 1
            i += 1
            operands.append(0.0)
        elif 32 <= b0 <= 246:
            operands.append(b0 - 139)
            i += 1
        elif 247 <= b0 <= 250:
            operands.append((b0 - 247) * 256 + data[i + 1] + 108)
            i += 2
        elif 251 <= b0 <= 254:
            operands.append(-(b0 - 251) * 256 - data[i + 1] - 108)
            i += 2
        else:
            raise ValueError("bad CFF DICT byte")
    return out


def _cff_texts(data: bytes, base: int) -> Iterator[FontText]:
    """The font names (Name INDEX) and the strings the Top DICTs and CID font dictionaries name."""
    if data[0] != 1:
        return  # CFF2 holds no names
    names, at = _index(data, data[2])
    for a, b in names:
        yield FontText(base + a, base + b, _decoded(data[a:b]), b"X")
    tops, at = _index(data, at)
    strings, _ = _index(data, at)
    sids: set[int] = set()
    for a, b in tops:
        top = _dict(data, a, b)
        sids.update(int(v[0]) for k, v in top.items() if k in CFF_STRING_KEYS and v)
        fd_array = top.get(1236)
        if fd_array:
            for fa, fb in _index(data, int(fd_array[0]))[0]:
                sids.update(int(v[0]) for k, v in _dict(data, fa, fb).items() if k in CFF_STRING_KEYS and v)
    for sid in sorted(sids):
        k = sid - CFF_STANDARD_STRINGS
        if 0 <= k < len(strings):
            a, b = strings[k]
            yield FontText(base + a, base + b, _decoded(data[a:b]), b" ")


# ------------------------------------------------------------------ Type 1

_T1_STRING = re.compile(rb"\((?:\\.|[^\\()]|\((?:\\.|[^\\()])*\))*\)", re.S)
_T1_FONTNAME = re.compile(rb"/FontName\s*/([^\s/\[\]<>(){}%]+)")
_T1_COMMENT = re.compile(rb"%[^\r\n]*")


def _type1_texts(data: bytes) -> Iterator[FontText]:
    """The cleartext part's strings, the font's name and its comments (the encrypted part holds no names)."""
    start = 6 if data[:2] == b"\x80\x01" else 0
    end = data.find(b"eexec", start)
    end = len(data) if end < 0 else end
    clear = data[:end]
    for m in _T1_STRING.finditer(clear, start):
        if m.end() - m.start() > 2:
            yield FontText(m.start() + 1, m.end() - 1, _decoded(m.group(0)[1:-1]), b" ")
    for m in _T1_FONTNAME.finditer(clear, start):
        yield FontText(m.start(1), m.end(1), _decoded(m.group(1)), b"X")
    for m in _T1_COMMENT.finditer(clear, start):
        at = m.start() + 1
        if clear[m.start() : m.start() + 2] == b"%!":  # the header: its "%!PS-AdobeFont-1.0:" is how readers know the font
            colon = clear.find(b":", m.start(), m.end())
            if colon < 0:
                continue
            at = colon + 1
        if m.end() > at and not _inside_string(clear, m.start()):
            yield FontText(at, m.end(), _decoded(clear[at : m.end()]), b" ")


def _inside_string(clear: bytes, at: int) -> bool:
    """A % inside a parenthesised string is a character, not a comment (a rough look back along the line)."""
    line = clear[clear.rfind(b"\n", 0, at) + 1 : at]
    return line.count(b"(") > line.count(b")")


# ------------------------------------------------------------------ the document


def program_xrefs(doc: pymupdf.Document) -> dict[int, str]:
    """Every embedded font program of ``doc``: its xref and the descriptor key that names it."""
    found: dict[int, str] = {}
    for xref in range(1, doc.xref_length()):
        try:
            if doc.xref_get_key(xref, "Type")[1] != "/FontDescriptor":
                continue
            for key in PROGRAM_KEYS:
                kind, value = doc.xref_get_key(xref, key)
                if kind == "xref":
                    found[int(value.split()[0])] = key
        except Exception:  # a free or damaged entry holds no descriptor
            continue
    return found


def tainted_by(texts: Iterable[str]) -> Callable[[str], bool]:
    """Whether a font's string holds one of ``texts``: a name of two words or more with any separators or none
    ("Anna Lindqvist", "AnnaLindqvist-Regular"), a one-word text as a word of its own (four letters or more)."""
    joined: set[str] = set()
    words: set[str] = set()
    for text in texts:
        parts = re.findall(r"\w+", text.casefold())
        if sum(len(p) for p in parts) < 4:
            continue
        (joined if len(parts) > 1 else words).add("".join(parts))

    def tainted(s: str) -> bool:
        flat = "".join(re.findall(r"\w+", s.casefold()))
        if any(j in flat for j in joined):
            return True
        split = re.sub(r"(?<=[a-zà-þ])(?=[A-ZÀ-Þ])", " ", s)  # camel case: "AnnaLindqvist" is two words
        return bool(words) and not words.isdisjoint(re.findall(r"\w+", split.casefold()))

    return tainted


def masked_texts(masks: Iterable[Mask]) -> list[str]:
    """What a font's names are cleaned of: every masked text, and each word of a person's name on its own."""
    out = [m.text for m in masks]
    out += [w for m in masks if m.category == "PERSON" for w in m.text.split()]
    return out


def clean_font_programs(doc: pymupdf.Document, texts: Iterable[str]) -> int:
    """Overwrite in every embedded font program of ``doc`` the names that hold one of ``texts``; how many changed."""
    tainted = tainted_by(texts)
    changed = 0
    for xref in program_xrefs(doc):
        try:
            data = doc.xref_stream(xref) or b""
        except Exception:  # undecodable: no reader draws it, verification reads its bytes
            continue
        new = clean(data, tainted)
        if new is not None:
            doc.update_stream(xref, new, compress=True)
            changed += 1
    if changed:
        log.info("namn i %d inbäddade typsnitt töms", changed)
    return changed
