"""Character boxes of vertical writing (a font in writing mode 1) where the glyphs are drawn.

MuPDF's structured text puts each glyph of vertical writing one advance further down the
column than it is drawn: its box is the em square of the glyph that follows (the last glyph
of a column gets empty paper). A mask placed from those boxes left each name's first glyph on
the page and took the glyph after it. The glyph is drawn in the em square before: the box
moved back along the column by its own length. That square is also the one MuPDF's redaction
tests the glyph by (one advance along the column), so a mask made of such squares takes its
glyphs and none beside them.
"""

from __future__ import annotations

from collections.abc import Sequence


def has_vertical(raw: dict) -> bool:
    """Whether a page's ``rawdict`` holds a line of vertical writing."""
    return any(line.get("wmode") == 1 for block in raw.get("blocks", ()) for line in block.get("lines", ()))


def fix_vertical_boxes(raw: dict) -> int:
    """Move the box of every glyph of the vertical lines of ``raw`` (a page's ``rawdict``) to where it is drawn.

    Returns how many boxes moved.
    """
    moved = 0
    for block in raw.get("blocks", ()):
        for line in block.get("lines", ()):
            if line.get("wmode") != 1:
                continue
            dx, dy = line.get("dir", (0.0, 1.0))
            for span in line.get("spans", ()):
                for ch in span.get("chars", ()):
                    ch["bbox"] = drawn_box(ch["bbox"], dx, dy)
                    moved += 1
    return moved


def drawn_box(bbox: Sequence[float], dx: float, dy: float) -> tuple[float, float, float, float]:
    """A vertical glyph's structured-text box moved back along the column (``dx``, ``dy``) by its own length."""
    x0, y0, x1, y1 = bbox
    # the box spans one advance along the column (a turned column runs along x)
    length = abs((x1 - x0) * dx) + abs((y1 - y0) * dy)
    sx, sy = length * dx, length * dy
    return (x0 - sx, y0 - sy, x1 - sx, y1 - sy)
