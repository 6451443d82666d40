"""Type 3 fonts on a page: which traced spans use one, and which a glyph procedure drew as drawing commands."""

from __future__ import annotations

import re
from collections.abc import Sequence

import pymupdf

_SUBSET = re.compile(r"^[A-Z]{6}\+")


def _type3_names(page: pymupdf.Page) -> frozenset[str]:
    """Names under which the trace reports the page's Type 3 fonts (none shared with another font)."""
    type3: set[str] = set()
    other: set[str] = set()
    for f in page.get_fonts(full=True):
        xref, kind, name = f[0], f[2], _SUBSET.sub("", f[3])
        if kind == "Type3":
            type3.add(name or f"Type3 ({xref} 0 R)")
        else:
            other.add(name)
    return frozenset(type3 - other)


def _painted_by_procedure(page: pymupdf.Page, bboxlog: Sequence | None = None) -> frozenset[int]:
    """Sequence numbers of traced text that MuPDF drew by running a Type 3 glyph procedure.

    A glyph procedure MuPDF cannot cache as a mask (one that strokes, say) is
    run as drawing commands, and the text itself is traced as type 3, exactly
    like invisible text. The device log tells them apart: there the drawing
    comes right before the text's entry (same numbering as the trace), while
    invisible text has no drawing of its own.
    """
    log = page.get_bboxlog() if bboxlog is None else bboxlog
    found: set[int] = set()
    for i in range(1, len(log)):
        kind, r = log[i]
        before, q = log[i - 1]
        if kind == "ignore-text" and before != "ignore-text" and q[0] <= r[2] and q[2] >= r[0] and q[1] <= r[3] and q[3] >= r[1]:
            found.add(i)
    return frozenset(found)


def _is_type3(span: dict, type3: frozenset[str]) -> bool:
    return _SUBSET.sub("", str(span.get("font", ""))) in type3

