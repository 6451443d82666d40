"""Take out of a content stream what draws nothing: marked content, comments and unknown operators.

Marked content (``BMC``/``BDC`` ... ``EMC``, ``MP``, ``DP``) carries property
lists: layer names, ``/ActualText``, ``/Alt`` and ``/E`` replacement texts,
private tags. Extractors read ``/ActualText`` instead of the glyphs it covers,
so a name can hide there over harmless glyphs, unseen by anyone looking at the
page. Once the layer configuration and the structure tree are gone (see
``render.scrub``) marked content changes nothing on the page, so it is removed
whole, operators and operands, and the /Properties resources go with it.
Comments and operators no PDF reader knows are removed for the same reason:
they can carry text and show nothing.
"""

from __future__ import annotations

from redact.render.content import OPERATORS, Name, Parsed, cut
from redact.render.jpeg import clean_jpeg

#: Marked-content operators: dropped with their operands.
MARKED = frozenset({b"BMC", b"BDC", b"EMC", b"MP", b"DP"})

#: Operators readers know; anything else is dropped with its operands: readers ignore
#: unknown operators (inside BX/EX) or stop at them.
KNOWN = OPERATORS


def strip(data: bytes, parsed: Parsed) -> bytes | None:
    """``data`` without marked content, comments, unknown operators and inline JPEG metadata; None when none."""
    spans = [(op.start, op.end) for op in parsed.ops if op.op in MARKED or op.op not in KNOWN]
    spans += parsed.comments
    replacements: dict[int, bytes] = {}
    for op in parsed.ops:
        if op.op == b"BI" and len(op.operands) == 2:
            clean = _inline_jpeg(data, *op.operands)
            if clean is not None:
                spans.append(op.operands[1])
                replacements[op.operands[1][0]] = clean
    if not spans:
        return None
    return cut(data, spans, replacements)


def _inline_jpeg(data: bytes, params: dict, span: tuple[int, int]) -> bytes | None:
    """An inline JPEG's data without its metadata; None when it is no JPEG or has nothing to drop."""
    names = params.get(Name("F"), params.get(Name("Filter")))
    names = names if isinstance(names, list) else [names]
    if names not in (["DCT"], ["DCTDecode"]) or Name("L") in params or Name("Length") in params:
        return None
    raw = data[span[0]: span[1]]
    clean = clean_jpeg(raw.rstrip(b"\x00\t\n\x0c\r "))
    if clean is None or clean == raw.rstrip(b"\x00\t\n\x0c\r "):
        return None
    return clean + b"\n"
