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

from redact.render.content import OPERATORS, Parsed, cut

#: Marked-content operators: dropped with their operands.
MARKED = frozenset({b"BMC", b"BDC", b"EMC", b"MP", b"DP"})

#: Operators readers know; anything else is dropped with its operands: readers ignore
#: unknown operators (inside BX/EX) or stop at them.
KNOWN = OPERATORS


def strip(data: bytes, parsed: Parsed) -> bytes | None:
    """``data`` without marked content, comments and unknown operators; None when there is none."""
    spans = [(op.start, op.end) for op in parsed.ops if op.op in MARKED or op.op not in KNOWN]
    spans += parsed.comments
    if not spans:
        return None
    return cut(data, spans)
