"""Glyphs a clipping path cuts away: drawn nowhere, yet read by every extractor but MuPDF's."""

from __future__ import annotations

from collections.abc import Sequence
from operator import itemgetter

import pymupdf

from redact.render.glyphs import CLIP_FLAGS, INVISIBLE_TYPES, origin_key

#: The code points ``str.isspace`` holds true for: Unicode's white space ends at U+3000 (ideographic space).
_SPACE_CODES = frozenset(c for c in range(0x3001) if chr(c).isspace())
_code = itemgetter(0)  # a traced character's code point

def clipped_origins(page: pymupdf.Page, trace: Sequence[dict]) -> frozenset[tuple[int, int]]:
    """Origins of traced glyphs that lie wholly outside the clipping path they are drawn in.

    Such a glyph paints nothing, yet poppler and other extractors read it (MuPDF's own
    extraction drops it): a number drawn into a clip of zero area is hidden text. MuPDF's
    clipped extraction is the judge; a traced glyph it does not report was clipped away.
    """
    try:
        # Counting the clipped plain text first is cheap; most pages clip no glyph away.
        # (both counts without a loop in Python: a page's characters are many)
        drawn = sum(map(len, page.get_text("text", flags=CLIP_FLAGS).split()))  # what is not whitespace
        traced = sum(len(s["chars"]) - sum(map(_SPACE_CODES.__contains__, map(_code, s["chars"]))) for s in trace)
        if drawn >= traced:
            return frozenset()
        raw = page.get_text("rawdict", flags=CLIP_FLAGS)
    except Exception:  # pragma: no cover - a page MuPDF cannot extract keeps its text as it is
        return frozenset()
    kept: set[tuple[int, int]] = set()
    count = 0
    for block in raw.get("blocks", ()):
        for line in block.get("lines", ()):
            for span in line.get("spans", ()):
                for ch in span.get("chars", ()):
                    if not ch.get("synthetic"):
                        kept.add(origin_key(ch["origin"]))
                        count += 1
    if count >= sum(len(s["chars"]) for s in trace):
        return frozenset()  # nothing cut away: the common case costs no matching
    return frozenset(
        key for s in trace if s["type"] not in INVISIBLE_TYPES
        for key in (origin_key(c[2]) for c in s["chars"]) if key not in kept
    )


def clip_pieces(
    span: dict, clipped: frozenset[tuple[int, int]], covered: frozenset[tuple[int, int]] = frozenset()
) -> list[tuple[dict, str]]:
    """The span cut where its glyphs pass between drawn, clipped away and covered, each piece with why it is unseen ('' when seen)."""
    chars = span["chars"]
    # Turned text too (a landscape page drawn on a turned page turns all its text): its glyphs get
    # MuPDF's own boxes (``MupdfBoxes``), and where one is unknown the padded box takes visible
    # neighbours along, which the ink check refuses rather than disclose the clipped text.
    if not (clipped or covered) or not chars:
        return [(span, "")]
    states = [
        "clipped" if key in clipped else "covered" if key in covered else ""
        for key in (origin_key(c[2]) for c in chars)
    ]
    if not any(states):
        return [(span, "")]
    if len(set(states)) == 1:
        return [(span, states[0])]
    pieces: list[tuple[dict, str]] = []
    start = 0
    for i in range(1, len(chars) + 1):
        if i == len(chars) or states[i] != states[start]:
            part = chars[start:i]
            bbox = (min(c[3][0] for c in part), min(c[3][1] for c in part), max(c[3][2] for c in part), max(c[3][3] for c in part))
            pieces.append(({**span, "chars": part, "bbox": bbox}, states[start]))
            start = i
    return pieces

