"""Character boxes of vertical writing (a font in writing mode 1) where the glyphs are drawn.

MuPDF's structured text puts each glyph of vertical writing one advance further down the
column than it is drawn: its box is the em square of the glyph that follows (the last glyph
of a column gets empty paper). A mask placed from those boxes left each name's first glyph on
the page and took the glyph after it. The glyph is drawn in the em square before: the box
moved back along the column by its own length. That square is also the one MuPDF's redaction
tests the glyph by (one advance along the column), so a mask made of such squares takes its
glyphs and none beside them. A box is moved only where the page's trace draws that glyph at
the square's start, so a MuPDF that places the glyph right keeps its box.

The structured text steps down the column by the glyph's own vertical advance, the trace by the
advance the page sets: a font's vertical widths (/W2) or glyphs placed one by one (tracking,
proportional setting) put the next glyph less than a square further on. Each box then goes back
to the nearest place the trace draws its character, less than a square up the column; only a
glyph the trace draws nowhere there moves by its own length.
"""

from __future__ import annotations

from collections.abc import Sequence

import pymupdf

#: Points a traced origin may lie from where the moved box says the glyph starts.
TOLERANCE = 0.5

_Drawn = dict[tuple[str, int, int], list[tuple[float, float]]]


def has_vertical(raw: dict) -> bool:
    """Whether a page's ``rawdict`` holds a line of vertical writing."""
    return any(line.get("wmode") == 1 for block in raw.get("blocks", ()) for line in block.get("lines", ()))


def fix_vertical_boxes(page: pymupdf.Page, raw: dict) -> int:
    """Move the box of every glyph of the vertical lines of ``raw`` (``page``'s ``rawdict``) to where it is drawn.

    Returns how many boxes moved: all of the page's vertical glyphs when the trace draws more of them
    one advance back than where the structured text puts them, else none.
    """
    drawn = _traced_origins(page)
    chars = [(ch, line.get("dir", (0.0, 1.0))) for block in raw.get("blocks", ()) for line in block.get("lines", ())
             if line.get("wmode") == 1 for span in line.get("spans", ()) for ch in span.get("chars", ())]
    back = here = 0
    steps: list[float | None] = []
    for ch, (dx, dy) in chars:
        length = _length(ch["bbox"], dx, dy)
        step = _step_back(drawn, ch["c"], ch["origin"], dx, dy, length)
        steps.append(step)
        # a repeated glyph ("ll") is drawn both here and one advance back: the page's count decides, not one glyph
        back += step is not None
        here += _drawn_at(drawn, ch["c"], (ch["origin"][0], ch["origin"][1]))
    if back <= here:
        return 0
    for (ch, (dx, dy)), step in zip(chars, steps):
        length = _length(ch["bbox"], dx, dy)
        ch["bbox"] = drawn_box(ch["bbox"], dx, dy, length if step is None else step)
    return len(chars)


def drawn_box(bbox: Sequence[float], dx: float, dy: float, step: float | None = None) -> tuple[float, float, float, float]:
    """A vertical glyph's structured-text box moved back along the column (``dx``, ``dy``) by ``step``
    points, by default its own length."""
    x0, y0, x1, y1 = bbox
    length = _length(bbox, dx, dy) if step is None else step
    sx, sy = length * dx, length * dy
    return (x0 - sx, y0 - sy, x1 - sx, y1 - sy)


def _step_back(drawn: _Drawn, c: str, origin: Sequence[float], dx: float, dy: float, length: float) -> float | None:
    """How far up the column (at most one square) the nearest place lies where the trace draws ``c``; None if nowhere."""
    ox, oy = origin
    best: float | None = None
    for kx in range(round(ox - length * dx) - 1, round(ox) + 2) if dx >= 0 else range(round(ox) - 1, round(ox - length * dx) + 2):
        for ky in range(round(oy - length * dy) - 1, round(oy) + 2) if dy >= 0 else range(round(oy) - 1, round(oy - length * dy) + 2):
            for tx, ty in drawn.get((c, kx, ky), ()):
                along, across = (ox - tx) * dx + (oy - ty) * dy, (ox - tx) * dy - (oy - ty) * dx
                if abs(across) <= TOLERANCE and TOLERANCE < along <= length + TOLERANCE and (best is None or along < best):
                    best = along
    return best


def _length(bbox: Sequence[float], dx: float, dy: float) -> float:
    """The box's length along the column: one advance (a turned column runs along x)."""
    return abs((bbox[2] - bbox[0]) * dx) + abs((bbox[3] - bbox[1]) * dy)


def _traced_origins(page: pymupdf.Page) -> _Drawn:
    """Where the trace draws each glyph of vertical writing, by character and rounded origin."""
    drawn: _Drawn = {}
    try:
        trace = page.get_texttrace()
    except Exception:  # no trace: no box is moved, as before
        return drawn
    for span in trace:
        if span.get("wmode") == 1:
            for code, _gid, (ox, oy), _bbox in span["chars"]:
                drawn.setdefault((chr(code), round(ox), round(oy)), []).append((ox, oy))
    return drawn


def _drawn_at(drawn: _Drawn, c: str, at: tuple[float, float]) -> bool:
    """Whether the trace draws the character ``c`` with its origin at ``at``."""
    ax, ay = at
    for kx in (round(ax) - 1, round(ax), round(ax) + 1):
        for ky in (round(ay) - 1, round(ay), round(ay) + 1):
            if any(abs(tx - ax) <= TOLERANCE and abs(ty - ay) <= TOLERANCE for tx, ty in drawn.get((c, kx, ky), ())):
                return True
    return False
