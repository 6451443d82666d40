"""A new font size or horizontal scale in the middle of a line: the line restarted there, so redaction keeps its place.

MuPDF's redaction rewrite (1.28, pdf-op-filter.c) carries the glyphs it removes as a move in ems,
held back until the next glyph it keeps, and writes that move in the size in force then. When a
line changes its size between the two (``/F 33 Tf (Lorem ipsum) Tj /F 18 Tf (dolor sit amet) Tj``,
"Lorem ipsum dolor sit" masked), the kept "amet" is moved back by the removed ems times the
difference of the sizes: text outside every mask changed place (in a tilted public test page, 87 pt,
under another mask's box, its old place blank).

Before such a change, the line is started anew where the text stands: ``x 0 Td``, with ``x`` the
advance of what the line showed since its start, measured with MuPDF's own widths of the fonts.
A ``Td`` moves the drawing nowhere, and MuPDF drops its held-back move at a ``Td`` and writes the
place it tracks instead. The next operator that moves relative to the line's start (``Td``, ``TD``,
``T*``, ``'``, ``"``) first goes back by the sum of those moves, so every later line stands where
it stood. A line whose advance cannot be measured here (vertical writing, a Type 3 font, a font
that does not load, text state saved inside the text object) is left as it was.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import pymupdf

from redact.render.content import ContentError, Op, Parsed, cut, parse
from redact.verify.objects import string_bytes

log = logging.getLogger(__name__)

mupdf = pymupdf.mupdf

#: Operators that start the line anew from the line matrix (relative to its start).
_RELATIVE = frozenset((b"Td", b"TD", b"T*", b"'", b'"'))
_SHOWS = frozenset((b"Tj", b"TJ", b"'", b'"'))

#: The width (thousandths of an em) of each code of a font, by its resource name; None: not measurable.
Widths = Callable[[str], Callable[[bytes], list[tuple[float, bool]]] | None]


def anchored_size_changes(data: bytes, widths: Widths, parse_: Callable[[bytes], Parsed] = parse) -> bytes | None:
    """``data`` with each mid-line change of font size or horizontal scale preceded by ``x 0 Td`` (see the module);
    None when there is none to anchor. ``parse_``: how the stream is parsed (a page's :class:`PageParses`)."""
    if b"Tf" not in data and b"Tz" not in data:
        return None
    try:
        ops = parse_(data).ops
    except ContentError:
        return None
    inserts: dict[int, bytes] = {}
    state = _Line()
    for op in ops:
        o, args = op.op, op.operands
        if o in (b"BT", b"ET", b"Tm"):
            state.restart(absolute=True)
        elif o in _RELATIVE:
            if state.offset:
                inserts[op.start] = b" %s 0 Td " % _number(-state.offset)
            state.restart(absolute=False)
            if o == b"TD" and len(args) == 2 and isinstance(args[1], float):
                state.leading = -args[1]
            if o in (b"'", b'"'):
                if o == b'"' and len(args) == 3 and all(isinstance(a, float) for a in args[:2]):
                    state.word, state.char = args[0], args[1]
                state.show(args[-1:] if args else [], widths)
        elif o in (b"q", b"Q"):
            state.unknown()  # a text state restored or saved inside the line: not followed here
        elif o == b"Tf" and len(args) == 2 and isinstance(args[1], float):
            if state.anchor(size=args[1]):
                inserts[op.start] = b" %s 0 Td " % _number(state.take())
            state.font, state.size = str(args[0]), args[1]
        elif o == b"Tz" and len(args) == 1 and isinstance(args[0], float):
            if state.anchor(scale=args[0] / 100):
                inserts[op.start] = b" %s 0 Td " % _number(state.take())
            state.scale = args[0] / 100
        elif o == b"Tc" and len(args) == 1 and isinstance(args[0], float):
            state.char = args[0]
        elif o == b"Tw" and len(args) == 1 and isinstance(args[0], float):
            state.word = args[0]
        elif o == b"TL" and len(args) == 1 and isinstance(args[0], float):
            state.leading = args[0]
        elif o in _SHOWS:
            state.show(args, widths)
    if not inserts:
        return None
    spans = [(at, at) for at in inserts]
    return cut(data, spans, {at: text for at, text in inserts.items()})


class _Line:
    """The text state a line's advance needs, and how far the line has come since its start."""

    def __init__(self) -> None:
        self.font: str | None = None
        self.size: float | None = None
        self.scale = 1.0
        self.char = self.word = 0.0
        self.leading = 0.0
        self.advance: float | None = 0.0  # text space units since the line's start; None: unknown
        self.shown = False  # the line showed text (MuPDF may hold a removed glyph's move)
        self.offset = 0.0  # how far the line's start was moved by anchors, to undo at the next relative move
        # the shows since the line's start with the state each was shown in, measured only when an anchor needs the
        # advance: most lines end without a change of size (measuring every show was a tenth of a page's render)
        self.pending: list[tuple[list, Widths, str | None, float | None, float, float, float]] = []

    def restart(self, absolute: bool) -> None:
        """A new line: from the line matrix (``absolute``: the anchors' moves no longer count)."""
        self.advance, self.shown = 0.0, False
        self.pending.clear()
        if absolute:
            self.offset = 0.0
        else:
            self.offset = 0.0  # undone by the caller's inserted move

    def anchor(self, size: float | None = None, scale: float | None = None) -> bool:
        """Whether the line must be started anew before this new size or scale."""
        changes = (size is not None and size != self.size) or (scale is not None and scale != self.scale)
        return changes and self.shown and self.measured() is not None and self.advance != 0.0

    def take(self) -> float:
        """The advance to move the line's start by, now counted in ``offset``; the line starts here."""
        moved = self.measured() or 0.0
        self.offset += moved
        self.advance, self.shown = 0.0, False
        return moved

    def unknown(self) -> None:
        """The line's advance can no longer be followed (a text state saved or restored inside it)."""
        self.advance = None
        self.pending.clear()

    def show(self, args: list, widths: Widths) -> None:
        """Advance by a show's glyphs and moves (measured when the advance is needed: see ``measured``)."""
        self.shown = True
        if self.advance is not None:
            self.pending.append((args, widths, self.font, self.size, self.scale, self.char, self.word))
            if _unreadable_hex(args):  # measured now, so that its error stops the page's rewrite as it always did
                self.measured()

    def measured(self) -> float | None:
        """The line's advance with every pending show measured, in the order shown; None when unknown."""
        for args, widths, font, size, scale, char, word in self.pending:
            if self.advance is None:
                break
            self._measure(args, widths, font, size, scale, char, word)
        self.pending.clear()
        return self.advance

    def _measure(self, args: list, widths: Widths, font: str | None, size: float | None, scale: float, char: float,
                 word: float) -> None:
        """Advance by one show's glyphs and moves, in the text state it was shown in."""
        measure = widths(font) if font is not None and size is not None else None
        if measure is None or len(args) != 1:
            self.advance = None
            return
        items = args[0] if isinstance(args[0], list) else [args[0]]
        size = size or 0.0
        total = 0.0
        for item in items:
            if isinstance(item, float):
                total -= item / 1000 * size * scale
            elif isinstance(item, bytes) and item[:1] in (b"(", b"<"):
                for width, space in measure(string_bytes(item)):
                    total += (width / 1000 * size + char + (word if space else 0.0)) * scale
            else:
                self.advance = None
                return
        assert self.advance is not None
        self.advance += total


def _unreadable_hex(args: list) -> bool:
    """True when a show's operand holds a hex string with a NUL in it, which ``string_bytes`` refuses."""
    items = args[0] if len(args) == 1 and isinstance(args[0], list) else args
    return any(isinstance(item, bytes) and item[:1] == b"<" and b"\x00" in item for item in items)


class FontWidths:
    """Measures of the fonts named in ``resources`` (a MuPDF dictionary) as MuPDF reads them, loaded on first need;
    ``close`` lets the loaded fonts go."""

    def __init__(self, doc: pymupdf.Document, resources: object):
        self._pdf = pymupdf._as_pdf_document(doc)
        self._resources = resources
        self._cache: dict[str, Callable[[bytes], list[tuple[float, bool]]] | None] = {}
        self._loaded: list[object] = []

    def __call__(self, name: str) -> Callable[[bytes], list[tuple[float, bool]]] | None:
        if name not in self._cache:
            self._cache[name] = _measure(self._pdf, self._resources, name, self._loaded)
        return self._cache[name]

    def close(self) -> None:
        """Drop the fonts loaded (MuPDF's store keeps what it keeps)."""
        for desc in self._loaded:
            mupdf.ll_pdf_drop_font(desc)
        self._loaded.clear()
        self._cache.clear()


def _measure(pdf: object, resources: object, name: str, loaded: list[object]) -> Callable[[bytes], list[tuple[float, bool]]] | None:
    """The widths of a string's codes in the font ``name``, with whether each is a one-byte space; None if unknown.

    Codes are read as a simple font's single bytes or an Identity-H font's pairs of bytes; another
    CMap's codes (of varying length) are not read here."""
    try:
        fonts = mupdf.pdf_dict_gets(resources, "Font") if mupdf.pdf_is_dict(resources) else None
        obj = mupdf.pdf_dict_gets(fonts, name) if fonts is not None and mupdf.pdf_is_dict(fonts) else None
        if obj is None or not mupdf.pdf_is_dict(obj):
            return None
        subtype = mupdf.pdf_to_name(mupdf.pdf_dict_gets(obj, "Subtype"))
        if subtype == "Type3":
            return None  # its widths are in its own glyph space
        pairs = subtype == "Type0"
        if pairs and mupdf.pdf_to_name(mupdf.pdf_dict_gets(obj, "Encoding")) != "Identity-H":
            return None
        desc = mupdf.ll_pdf_load_font(pdf.m_internal, None, obj.m_internal)
        loaded.append(desc)
    except Exception as exc:  # a font MuPDF cannot load: the line is left as it was
        log.debug("typsnittet %s kunde inte läsas (%s)", name, exc)
        return None
    table: dict[int, float] = {}

    def width(code: int) -> float:
        if code not in table:
            table[code] = mupdf.ll_pdf_lookup_hmtx(desc, code).w
        return table[code]

    if pairs:
        return lambda data: [(width(data[i] << 8 | data[i + 1]), False) for i in range(0, len(data) - 1, 2)]
    return lambda data: [(width(c), c == 32) for c in data]


def _number(value: float) -> bytes:
    """A PDF number (never in exponent notation)."""
    if value == int(value):
        return b"%d" % int(value)
    return (b"%.6f" % value).rstrip(b"0").rstrip(b".")
