"""Text set back to the start of its line after a show: written so that MuPDF's redaction keeps it there.

A text object may draw a run, then return to the start of the same line and draw another run
over it: ``(abc) Tj 0 0 Td (xyz) Tj`` (also ``0 0 TD``, ``T*`` with a leading of 0, a ``Tm``
that repeats the line matrix). Generators use it to overprint (a white-out glyph, then the mark
on top; fake bold). The operator does not move the line matrix, only the text matrix, which the
show had advanced. MuPDF's redaction rewrite tracks the line matrix alone, finds it unchanged
and drops the operator: every later run of the line is drawn after the first, moved by its
width, outside any box.

Such an operator is written as ``ET BT`` and a ``Tm`` of the line matrix: the same place, by an
operator MuPDF writes. A text object that has drawn clipping text (render mode 4 to 7) is left
as it is (ending it would apply the clip early); the ink check and the check that kept glyphs
did not move (``verify.ink``) see what MuPDF then does.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

import pymupdf

from redact.render.content import ContentError, Parsed, cut, parse

log = logging.getLogger(__name__)

Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)

#: A stream is parsed only when one of these could set text back to its line start.
_ZERO_MOVE = re.compile(rb"(?<![\d.])[-+]?(?:0+\.?0*|\.0+)[\s\x00]+[-+]?(?:0+\.?0*|\.0+)[\s\x00]+T[dD](?![^\s\x00()<>\[\]{}/%])")
_SHOWS = frozenset((b"Tj", b"TJ", b"'", b'"'))


def _translate(m: Matrix, tx: float, ty: float) -> Matrix:
    """The matrix ``[1 0 0 1 tx ty] x m`` (a move in the line's own space)."""
    a, b, c, d, e, f = m
    return (a, b, c, d, tx * a + ty * c + e, tx * b + ty * d + f)


def _number(value: float) -> bytes:
    if value == int(value):
        return b"%d" % int(value)
    return (b"%.6f" % value).rstrip(b"0").rstrip(b".")


def _may_restart(data: bytes) -> bool:
    """The cheap test: an operator that can set text back to its line start is in ``data``."""
    # (the substring tests first: they take microseconds, the pattern's search of the whole stream a tenth of a
    # millisecond; and every zero move ends in "Td" or "TD")
    return b"T*" in data or b"'" in data or b'"' in data or data.count(b"Tm") > 1 \
        or ((b"Td" in data or b"TD" in data) and _ZERO_MOVE.search(data) is not None)


def kept_line_starts(data: bytes, leading: float | None = 0.0, parse_: Callable[[bytes], Parsed] = parse) -> bytes | None:
    """``data`` with every return to the line start after a show written as ``ET BT .. Tm``; None when none.

    ``leading`` is the text leading in force when the stream starts (0 for a page; None, unknown,
    for a form, which inherits its caller's: a ``T*`` before the form sets its own is left alone).
    """
    if not _may_restart(data):
        return None
    try:
        ops = parse_(data).ops
    except ContentError:
        return None  # an unreadable stream is left to MuPDF, as before
    spans: list[tuple[int, int]] = []
    replacements: dict[int, bytes] = {}
    tl: float | None = leading
    clip = False  # render mode 4-7 in force (a form inherits 0: its caller rarely clips by text around it)
    stack: list[tuple[float | None, bool]] = []
    in_text = shown = clipped = False
    tlm = _IDENTITY
    for op in ops:
        name, args = op.op, op.operands
        nums = [v for v in args if isinstance(v, float)]
        if name == b"q":
            stack.append((tl, clip))
        elif name == b"Q":
            if stack:
                tl, clip = stack.pop()
        elif name == b"TL" and len(nums) == 1:
            tl = nums[0]
        elif name == b"Tr" and len(nums) == 1:
            clip = nums[0] >= 4
        elif name == b"BT":
            in_text, shown, clipped, tlm = True, False, False, _IDENTITY
        elif name == b"ET":
            in_text = False
        elif not in_text:
            continue
        elif name in (b"Td", b"TD", b"T*", b"Tm", b"'", b'"'):
            if name in (b"Td", b"TD") and len(nums) == 2 and len(args) == 2:
                new: Matrix | None = _translate(tlm, nums[0], nums[1])
                zero = nums[0] == 0 and nums[1] == 0
                if name == b"TD":
                    tl = -nums[1]
            elif name == b"Tm" and len(nums) == 6 and len(args) == 6:
                new = (nums[0], nums[1], nums[2], nums[3], nums[4], nums[5])
                zero = new == tlm
            elif name in (b"T*", b"'", b'"') and tl is not None:
                new = _translate(tlm, 0.0, -tl)
                zero = tl == 0
            else:
                new, zero = None, False
            if new is None:  # a malformed or unknown move: the line matrix is not known from here on
                in_text = False
                continue
            if zero and shown and not clipped:
                restart = b" ET BT %s Tm " % b" ".join(_number(v) for v in tlm)
                if name == b"TD":
                    restart += b"0 TL "
                elif name == b"'":
                    restart += args[0] + b" Tj "
                elif name == b'"':
                    restart += b"%s Tw %s Tc %s Tj " % (_number(nums[0]), _number(nums[1]), args[2])
                spans.append((op.start, op.end))
                replacements[op.start] = restart
            tlm = new
            shown = name in (b"'", b'"')
            clipped = clipped or (shown and clip)
        elif name in _SHOWS:
            shown = True
            clipped = clipped or clip
    if not spans:
        return None
    return cut(data, spans, replacements)


def keep_line_starts(page: pymupdf.Page, parse_: Callable[[bytes], Parsed] = parse) -> int:
    """Rewrite ``page``'s content and the forms it paints as :func:`kept_line_starts` does; how many streams changed.
    ``parse_``: how a stream is parsed (the page's :class:`PageParses`: its stream was read when it was prepared)."""
    doc = page.parent
    changed = 0
    xrefs = page.get_contents()
    if xrefs:
        # The parts of an array are joined: a text object may begin in one part and go on in the next.
        data = b"\n".join(doc.xref_stream(x) or b"" for x in xrefs)
        new = kept_line_starts(data, 0.0, parse_)
        if new is not None:
            # A new stream: the old one may be shared with pages that get no redaction.
            target = doc.get_new_xref()
            doc.update_object(target, "<<>>")
            doc.update_stream(target, new, compress=True)
            doc.xref_set_key(page.xref, "Contents", f"{target} 0 R")
            changed += 1
    for xref in _forms(page):
        new = kept_line_starts(doc.xref_stream(xref) or b"", None, parse_)
        if new is not None:
            doc.update_stream(xref, new, compress=True)  # the same drawing: shared forms may change in place
            changed += 1
    if changed:
        log.debug("sida %d: text som börjar om på sin rad skrivs så att MuPDF behåller dess plats", page.number + 1)
    return changed


def _forms(page: pymupdf.Page) -> list[int]:
    """The form XObjects the page paints, nested ones too."""
    doc = page.parent
    found: list[int] = []
    try:
        listed = page.get_xobjects()
    except Exception:  # a damaged resource tree: MuPDF's rewrite meets the same and says so
        return found
    for entry in listed:
        xref = entry[0]
        if xref > 0 and xref not in found and doc.xref_get_key(xref, "Subtype")[1] == "/Form":
            found.append(xref)
    return found
