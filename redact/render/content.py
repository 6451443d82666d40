"""Read a PDF content stream as a list of operations, each with its operands and byte span.

Only what the scrubbing modules need: operators, numbers, names, strings and
the nesting of arrays and dictionaries (inline images included). Every
operation keeps the byte range it came from, so a stream can be rewritten by
cutting operations out and leaving every other byte as it was.
A stream that cannot be read to its end raises ``ContentError``: what cannot
be read cannot be shown to be clean.
"""

from __future__ import annotations

import re
import zlib
from typing import NamedTuple, Union

from redact.render.jpeg import read_jpeg

Operand = Union[float, "Name", bytes, list, dict, None]

_DELIMS = rb"()<>\[\]{}/%"
_WS = rb"\x00\t\n\x0c\r "
_TOKEN = re.compile(
    rb"(?P<ws>[" + _WS + rb"]+)"
    rb"|(?P<comment>%[^\r\n]*)"
    rb"|(?P<num>[+-]?(?:\d+\.?\d*|\.\d+))(?=[" + _WS + _DELIMS + rb"]|$)"
    rb"|(?P<name>/[^" + _WS + _DELIMS + rb"]*)"
    rb"|(?P<hex><(?!<)[0-9A-Fa-f" + _WS + rb"]*>)"
    rb"|(?P<open><<|\[|\{)"
    rb"|(?P<close>>>|\]|\})"
    rb"|(?P<lit>\()"
    rb"|(?P<kw>[^" + _WS + _DELIMS + rb"]+)"
)
_NAME_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")
_WHITE = b"\x00\t\n\x0c\r "  # the same, as bytes to test membership
_EI = re.compile(rb"EI(?=[" + _WS + _DELIMS + rb"]|$)")
_EI_AFTER = re.compile(rb"[" + _WS + rb"]*EI(?=[" + _WS + _DELIMS + rb"]|$)")

#: Every operator of PDF 32000-1 (Annex A).
OPERATORS = frozenset(
    b"b B b* B* BDC BI BMC BT BX c cm CS cs d d0 d1 Do DP EI EMC ET EX f F f* G g gs h i ID j J K k "
    b"l m M MP n q Q re RG rg ri s S SC sc SCN scn sh T* Tc Td TD Tf Tj TJ TL Tm Tr Ts Tw Tz v w W W* y ' \"".split()
)
_COMPONENTS = {"G": 1, "DeviceGray": 1, "CalGray": 1, "RGB": 3, "DeviceRGB": 3, "CalRGB": 3, "CMYK": 4, "DeviceCMYK": 4}


class ContentError(ValueError):
    """A content stream that cannot be read to its end."""


class Name(str):
    """A PDF name (without the slash, #xx escapes decoded)."""


class Op(NamedTuple):
    """One operation: its operator, its operands and the bytes [start, end) it spans."""

    op: bytes
    operands: list
    start: int
    end: int


class Parsed(NamedTuple):
    """A parsed stream: its operations and the byte ranges of its comments."""

    ops: list[Op]
    comments: list[tuple[int, int]]


class PageParses:
    """The content streams of one page, each parsed once: the preparation for MuPDF's rewrite and the removal
    read the same page stream (a text page's anchoring of size changes and its line starts: two parses of one
    stream, about 0.4 ms each). Callable as :func:`parse`; made for one page and dropped with it."""

    def __init__(self) -> None:
        self._parsed: dict[bytes, Parsed] = {}

    def __call__(self, data: bytes) -> Parsed:
        """``parse(data)``, the same operations (read, never changed, by every caller)."""
        parsed = self._parsed.get(data)
        if parsed is None:  # (a stream that cannot be read raises again at every call)
            parsed = self._parsed[data] = parse(data)
        return parsed


def name_of(raw: bytes) -> Name:
    """A name token (with its slash) as text, #xx escapes decoded."""
    body = raw[1:]
    if b"#" in body:
        body = _NAME_ESCAPE.sub(lambda m: bytes([int(m.group(1), 16)]), body)
    return Name(body.decode("latin-1"))


def _literal_end(data: bytes, pos: int) -> int:
    """Index just past the literal string opening at ``pos`` (balanced parentheses, escapes)."""
    depth = 0
    i = pos
    n = len(data)
    while i < n:
        c = data[i]
        if c == 0x5C:  # backslash: the next byte is escaped
            i += 2
            continue
        if c == 0x28:
            depth += 1
        elif c == 0x29:
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise ContentError("unterminated string")


def parse(data: bytes) -> Parsed:
    """Every operation of a content stream, in order."""
    ops: list[Op] = []
    comments: list[tuple[int, int]] = []
    operands: list = []
    stack: list[tuple[list, bytes]] = []  # open arrays/dicts: (items, opener)
    start = -1
    pos = 0
    n = len(data)
    match = _TOKEN.match
    while pos < n:
        m = match(data, pos)
        if m is None:  # a lone delimiter such as ')' or '>': not valid content
            raise ContentError(f"unexpected byte at {pos}")
        kind = m.lastgroup
        end = m.end()
        if kind == "ws":
            pos = end
            continue
        if kind == "comment":
            comments.append((pos, end))
            pos = end
            continue
        if kind == "lit":
            end = _literal_end(data, pos)
            value: Operand = data[pos:end]
        elif kind == "num":
            value = float(m.group())
        elif kind == "name":
            value = name_of(m.group())
        elif kind == "hex":
            value = m.group()
        elif kind == "open":
            if start < 0 and not stack:
                start = pos
            stack.append(([], m.group()))
            pos = end
            continue
        elif kind == "close":
            if not stack:
                raise ContentError(f"unbalanced {m.group()!r} at {pos}")
            items, opener = stack.pop()
            value = _dict_of(items) if opener == b"<<" else items
        else:  # keyword: an operator, or true/false/null inside an array or dict
            word = m.group()
            if stack or word in (b"true", b"false", b"null"):
                value = None if word == b"null" else word
            else:
                if start < 0:
                    start = pos
                if word == b"BI":
                    op, end = _inline_image(data, end, start)
                    ops.append(op)
                else:
                    ops.append(Op(word, operands, start, end))
                operands = []
                start = -1
                pos = end
                continue
        if stack:
            stack[-1][0].append(value)
        else:
            if start < 0:
                start = pos
            operands.append(value)
        pos = end
    if stack:
        raise ContentError("unterminated array or dictionary")
    return Parsed(ops, comments)


def _dict_of(items: list) -> dict:
    return {items[i]: items[i + 1] for i in range(0, len(items) - 1, 2) if isinstance(items[i], Name)}


def _inline_image(data: bytes, pos: int, start: int) -> tuple[Op, int]:
    """The inline image after ``BI`` at ``pos``: its dictionary, up to and including ``EI``."""
    idx = data.find(b"ID", pos)
    while idx >= 0 and not ((idx + 2 == len(data) or data[idx + 2] in _WHITE) and data[idx - 1] in _WHITE + b"]>)"):
        idx = data.find(b"ID", idx + 2)
    if idx < 0:
        raise ContentError("inline image without ID")
    params = _dict_of(_operands_of(data[pos:idx]))
    body = idx + 3
    end = _data_end(data, body, params)
    if end is not None:  # the data says where it ends; EI may follow it without a space
        m = _EI_AFTER.match(data, end)
        if m is not None:
            return Op(b"BI", [params, (body, end)], start, m.end()), m.end()
    # Otherwise the first EI after which the content goes on with an operator (binary data can hold 'EI').
    for m in _EI.finditer(data, body):
        if _goes_on(data, m.end()):
            return Op(b"BI", [params, (body, m.start())], start, m.end()), m.end()
    raise ContentError("inline image without EI")


def _data_end(data: bytes, body: int, params: dict) -> int | None:
    """Where an inline image's data ends, as its size or its first filter says; None if neither can tell."""
    size = _unfiltered_size(params)
    if size is not None:
        return body + size
    filters = params.get(Name("F"), params.get(Name("Filter")))
    first = filters[0] if isinstance(filters, list) and filters else filters
    if first in ("DCT", "DCTDecode"):
        read = read_jpeg(data, body)
        return None if read is None else read[1]
    if first in ("Fl", "FlateDecode"):
        return _flate_end(data, body)
    if first in ("AHx", "ASCIIHexDecode"):
        end = data.find(b">", body)
        return None if end < 0 else end + 1
    if first in ("A85", "ASCII85Decode"):
        end = data.find(b"~>", body)
        return None if end < 0 else end + 2
    return None


def _flate_end(data: bytes, body: int, limit: int = 256 << 20) -> int | None:
    """Where the zlib stream at ``body`` ends (its output is read and dropped, at most ``limit`` bytes)."""
    inflate = zlib.decompressobj()
    rest = data[body:]
    produced = 0
    try:
        while produced < limit:
            produced += len(inflate.decompress(rest, 1 << 20))
            if inflate.eof:
                return len(data) - len(inflate.unused_data)
            rest = inflate.unconsumed_tail
            if not rest:
                return None
    except zlib.error:
        return None
    return None


def _unfiltered_size(params: dict) -> int | None:
    """Bytes of an inline image without filters; None when it is filtered or its size is unclear."""
    if params.get(Name("F"), params.get(Name("Filter"))):
        return None
    width, height = params.get(Name("W"), params.get(Name("Width"))), params.get(Name("H"), params.get(Name("Height")))
    mask = params.get(Name("IM"), params.get(Name("ImageMask"))) == b"true"
    bpc = 1 if mask else params.get(Name("BPC"), params.get(Name("BitsPerComponent")))
    cs = params.get(Name("CS"), params.get(Name("ColorSpace")))
    n = 1 if mask else _COMPONENTS.get(cs) if isinstance(cs, Name) else None
    if not all(isinstance(v, float) and v > 0 for v in (width, height, bpc)) or n is None:
        return None
    return ((int(width) * n * int(bpc) + 7) // 8) * int(height)  # type: ignore[arg-type]


def _goes_on(data: bytes, pos: int) -> bool:
    """True when the content after ``pos`` reads as operands and then a known operator (or ends)."""
    for _ in range(64):
        m = _TOKEN.match(data, pos)
        if m is None:
            return pos >= len(data)
        kind = m.lastgroup
        if kind == "kw":
            return m.group() in OPERATORS
        if kind == "lit":
            try:
                pos = _literal_end(data, pos)
            except ContentError:
                return False
            continue
        pos = m.end()
    return False


def _operands_of(data: bytes) -> list:
    """The operands of a stretch of content without operators."""
    result = parse(data + b" Z")
    if len(result.ops) != 1:
        raise ContentError("operator inside an inline image dictionary")
    return result.ops[0].operands


def cut(data: bytes, spans: list[tuple[int, int]], replacements: dict[int, bytes] | None = None) -> bytes:
    """``data`` with every [start, end) span replaced by one space (or by ``replacements[start]``)."""
    if not spans:
        return data
    out = []
    pos = 0
    for s, e in sorted(spans):
        if s < pos:  # nested in a span already cut
            s = pos
            if e <= s:
                continue
        out.append(data[pos:s])
        out.append((replacements or {}).get(s, b" "))
        pos = e
    out.append(data[pos:])
    return b"".join(out)
