"""The rectangles handed to MuPDF's redaction, fitted so that they take what they must and spare the rest.

MuPDF's rule, which decides what a rectangle takes with it (pdf-clean.c,
``pdf_redact_text_filter``): a character is removed when its box, shrunk by a
tenth of its width and height on every side, touches the rectangle at all
(an intersection of zero width counts). The box is the glyph's advance by the
font's descender..ascender, which reaches well into the lines above and below
when lines are set close. A rectangle built from one line's character boxes
therefore removes characters of the next line. :func:`fit` narrows each
rectangle, using that same rule, until no protected glyph touches it, and
never so far that a glyph it is meant to remove would stop touching it.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from redact.render.glyphs import aimed_at as _aimed_at, displaced as _displaced
from redact.render.hidden import Glyph, Run
from redact.render.image_grid import union as _union
from redact.types import Rect

log = logging.getLogger(__name__)

#: How far (points) a protected glyph must stay from a fitted rectangle, and
#: how deep a glyph to remove must stay inside it: margin for font metrics that
#: MuPDF computes slightly differently from the trace.
_MARGIN = 0.25


def norm(rect: Rect) -> Rect:
    """``rect`` with its corners ordered (x0 <= x1, y0 <= y1)."""
    x0, y0, x1, y1 = rect
    return (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))


def glyphs_near(runs: Sequence[Run], r: Rect) -> list[Glyph]:
    """Glyphs of the spans whose box comes within reach of ``r``."""
    x0, y0, x1, y1 = r[0] - 0.5, r[1] - 0.5, r[2] + 0.5, r[3] + 0.5
    near: list[Glyph] = []
    for run in runs:
        b = run.bbox  # (the test ``glyphs_in`` opens with, without a call for each of the page's runs)
        if b[0] > x1 or b[2] < x0 or b[1] > y1 or b[3] < y0:
            continue
        near.extend(run.glyphs_in(x0, y0, x1, y1))
    return near


def fit_hidden(rect: Rect, near: Sequence[Glyph], targets: Sequence[Glyph], runs: Sequence[Run]) -> list[Rect]:
    """The rectangles that take the hidden glyphs ``targets`` around ``rect`` and as few visible ones as can be.

    One rectangle when it spares every visible glyph; else, when each target can be taken by a
    rectangle of its own that spares them (the wide, overlapping boxes of tilted text leave no
    single cut for all), one per target.
    """
    fitted = fit(rect, near, targets)
    if len(targets) < 2 or not takes_visible(fitted, near):
        return [fitted]
    alone = []
    for t in targets:
        around = glyphs_near(runs, t.box)
        one = fit(t.box, around, [t])
        if takes_visible(one, around):
            return [fitted]
        alone.append(one)
    return alone


def visible_glyphs(runs: Sequence[Run]) -> list[Glyph]:
    """Every visible glyph of the page (the places the content filter must leave)."""
    return [g for run in runs if not run.hidden for g in run.glyphs() if not g.hidden]


def takes_visible(rect: Rect, near: Sequence[Glyph]) -> bool:
    """MuPDF's rule takes a visible glyph of ``near`` with ``rect``."""
    return any(not g.hidden and _touches(rect, g.core, 0.0) for g in near)


def tested(g: Glyph) -> Rect:
    """The box a hand-drawn mask is judged against: MuPDF's, unless MuPDF measures the glyph away from where it is drawn
    (or across a vertical column's whole font: the person drew over the glyph's square)."""
    return g.box if g.vertical or _displaced(g) else g.core


def mostly_inside(core: Rect, r: Rect) -> bool:
    """More than half of the glyph's tested box lies inside ``r``."""
    w, h = max(core[2] - core[0], 1e-6), max(core[3] - core[1], 1e-6)
    ix = min(core[2], r[2]) - max(core[0], r[0])
    iy = min(core[3], r[3]) - max(core[1], r[1])
    return ix > 0 and iy > 0 and ix * iy > 0.5 * w * h


def cover_removed(drawn: Rect, fitted: Rect, near: Sequence[Glyph]) -> Rect:
    """``drawn`` grown over every visible glyph MuPDF will take with ``fitted``: nothing vanishes unmarked.

    Over the whole of each glyph, not only to its centre: a large glyph (a stamp's letter) that
    reaches past the box would lose the part outside it. A mask built from the glyphs' own boxes
    does not grow.
    """
    x0, y0, x1, y1 = drawn
    for g in near:
        if not g.hidden and _touches(fitted, g.core, 0.0) and not inside(g.box, drawn):
            b = g.box
            x0, y0, x1, y1 = min(x0, b[0]), min(y0, b[1]), max(x1, b[2]), max(y1, b[3])
    return (x0, y0, x1, y1)


def inside(box: Rect, r: Rect, tolerance: float = 0.05) -> bool:
    """``box`` lies within ``r`` (to ``tolerance`` points)."""
    return box[0] >= r[0] - tolerance and box[1] >= r[1] - tolerance and box[2] <= r[2] + tolerance and box[3] <= r[3] + tolerance


def _touches(r: Rect, b: Rect, slack: float) -> bool:
    """MuPDF's test (a valid intersection), with ``slack`` points of tolerance."""
    return max(r[0], b[0]) <= min(r[2], b[2]) + slack and max(r[1], b[1]) <= min(r[3], b[3]) + slack


def fit(r: Rect, near: Sequence[Glyph], targets: Sequence[Glyph] | None = None) -> Rect:
    """Narrow ``r`` so visible glyphs outside it survive MuPDF's rule; targets stay taken.

    ``near`` are the glyphs around ``r``. Targets default to those whose centre
    lies in ``r``. When a visible glyph cannot be spared without sparing a
    target, it is left to be removed: a missing word is better than a leak.
    """
    if targets is None:
        targets = [g for g in near if _aimed_at(g, r)]
    # A target MuPDF measures away from where it is drawn (a Type 3 font's own metrics): reach its box.
    for t in targets:
        if not _touches(r, t.core, 0.0):
            r = _union(r, t.core)
        r = _reach(r, t.core)
    chosen = {id(g) for g in targets}
    bystanders = [
        g for g in near
        if id(g) not in chosen and not g.hidden and _touches(r, g.core, _MARGIN)
    ]
    if not bystanders:
        return r
    if any(not g.exact for g in near):
        return r  # turned text near the box whose MuPDF box is unknown: do not narrow
    # A target barely inside the box (less than the margin) only has to keep touching it.
    held = [(g.core, _holds(r, g.core)) for g in targets]
    x0, y0, x1, y1 = r
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    spared = 0
    for g in bystanders:
        b = g.core
        if not _touches((x0, y0, x1, y1), b, _MARGIN):
            spared += 1
            continue
        options: list[Rect] = []
        if b[1] > cy:
            options.append((x0, y0, x1, b[1] - _MARGIN))
        if b[3] < cy:
            options.append((x0, b[3] + _MARGIN, x1, y1))
        if b[0] > cx:
            options.append((x0, y0, b[0] - _MARGIN, y1))
        if b[2] < cx:
            options.append((b[2] + _MARGIN, y0, x1, y1))
        best = _largest_holding(options, held)
        if best is None:
            # A bystander across the centre (the tilted boxes of turned text overlap widely):
            # cut at whichever of its edges lies inside the rectangle, if the targets still hold.
            best = _largest_holding(_edge_cuts((x0, y0, x1, y1), b), held)
        if best is not None:
            x0, y0, x1, y1 = best
            spared += 1
    if spared < len(bystanders):
        log.debug("%d tecken intill en maskering tas också bort", len(bystanders) - spared)
    return (x0, y0, x1, y1)


def _edge_cuts(r: Rect, b: Rect) -> list[Rect]:
    """``r`` cut just past each edge of ``b`` that lies inside it, keeping the side away from ``b``."""
    x0, y0, x1, y1 = r
    cuts: list[Rect] = []
    if y0 < b[1] - _MARGIN:
        cuts.append((x0, y0, x1, b[1] - _MARGIN))
    if b[3] + _MARGIN < y1:
        cuts.append((x0, b[3] + _MARGIN, x1, y1))
    if x0 < b[0] - _MARGIN:
        cuts.append((x0, y0, b[0] - _MARGIN, y1))
    if b[2] + _MARGIN < x1:
        cuts.append((b[2] + _MARGIN, y0, x1, y1))
    return cuts


def _largest_holding(options: Sequence[Rect], held: Sequence[tuple[Rect, bool]]) -> Rect | None:
    """The largest of ``options`` that still takes every target (with margin where it had it)."""
    best: tuple[float, Rect] | None = None
    for o in options:
        if o[2] <= o[0] or o[3] <= o[1]:
            continue
        if all(_holds(o, t) if ok else _touches(o, t, 0.0) for t, ok in held):
            area = (o[2] - o[0]) * (o[3] - o[1])
            if best is None or area > best[0]:
                best = (area, o)
    return best[1] if best else None


def _holds(r: Rect, t: Rect) -> bool:
    """True when ``r`` still takes the (shrunk) glyph box ``t``, with margin to spare: by that much of its
    width and height, or, along a side shorter than the margin, with the whole side that far inside."""
    return all(
        (r[lo] + _MARGIN <= t[lo] and t[hi] + _MARGIN <= r[hi]) if t[hi] - t[lo] < _MARGIN
        else max(r[lo], t[lo]) + _MARGIN <= min(r[hi], t[hi])
        for lo, hi in ((0, 2), (1, 3))
    )


def _reach(r: Rect, t: Rect) -> Rect:
    """``r`` grown a margin past a target's tested box along each side of it shorter than the margin.

    A glyph of vertical writing in a font without vertical metrics is tested at a line across its
    origin, the very edge of the square a mask is built from: how MuPDF rounds the rectangle would
    decide whether it goes."""
    out = list(r)
    for lo, hi in ((0, 2), (1, 3)):
        if t[hi] - t[lo] < _MARGIN:
            out[lo], out[hi] = min(out[lo], t[lo] - _MARGIN), max(out[hi], t[hi] + _MARGIN)
    return (out[0], out[1], out[2], out[3])

