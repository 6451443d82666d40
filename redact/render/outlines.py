"""Text drawn as vector outlines: which glyph paths a mask takes, so nothing is left in the file under its box.

MuPDF removes a path only when the redaction covers it whole. A mask takes each
glyph-sized path that it spans more than half of, across and down, and grows
over it; the verification asks the same question of the output
(``verify.ocr.glyphs_under``), so what the renderer takes and what it must have
taken agree.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

import pymupdf

from redact.ingest.ocr_outlines import GLYPH_SNAP_PAD, glyph_paths, may_have_outlines
from redact.types import Rect

log = logging.getLogger(__name__)


def outline_glyphs(page: pymupdf.Page) -> list[tuple[Rect, Rect]]:
    """The glyph-sized vector paths of the page (text drawn as outlines), each as (box a removal
    must cover, box of its ink); none on a text-only page."""
    try:
        if not may_have_outlines(page):
            return []
        out: list[tuple[Rect, Rect]] = []
        for d in page.get_cdrawings():
            for g in glyph_paths(page, [d]):
                if g.box:
                    continue  # a rule, cell or bar: not a glyph (as ``glyph_boxes``)
                x0, y0, x1, y1 = d["rect"]
                if "s" in d.get("type", ""):
                    half = 0.5 * (float(d.get("width") or 0) or 1.0)
                    x0, y0, x1, y1 = x0 - half, y0 - half, x1 + half, y1 + half
                grow = max(0.0, ((g.rect[2] - g.rect[0]) - (x1 - x0)) / 2)  # a stroke's mitred joins
                for removal in g.pieces or (g.rect,):
                    ink = (removal[0] + grow, removal[1] + grow, removal[2] - grow, removal[3] - grow)
                    out.append((removal, ink))
        return out
    except Exception as exc:  # damaged paths: the verification's own look at the paths decides
        log.info("sida %d: vektorritade tecken kunde inte läsas (%s)", page.number + 1, exc)
        return []


def over_outlines(r: Rect, fitted: Rect, outlines: Sequence[tuple[Rect, Rect]]) -> Rect:
    """``fitted`` grown over every glyph path whose ink the mask ``r`` spans more than half of, across and down.

    MuPDF removes a path only when the redaction covers it whole; a glyph cut by
    the mask's edge would stay in the file under the box (and be read by anyone
    who extracts the paths), so the box grows over it. Only glyph-sized paths
    count, and only those mostly inside the mask: a node's ellipse or a bracket
    around the masked word reaches well beyond it, and growing over its stroke
    (mitred joins reach ten line widths out) covered the labels beside it.
    """
    x0, y0, x1, y1 = fitted
    for g in taken_outlines(r, outlines):
        x0, y0, x1, y1 = min(x0, g[0]), min(y0, g[1]), max(x1, g[2]), max(y1, g[3])
    return (x0, y0, x1, y1)


def taken_outlines(r: Rect, outlines: Sequence[tuple[Rect, Rect]]) -> list[Rect]:
    """The removal boxes (padded) of the glyph paths the mask ``r`` takes: those whose ink it spans most of."""
    return [(rm[0] - GLYPH_SNAP_PAD, rm[1] - GLYPH_SNAP_PAD, rm[2] + GLYPH_SNAP_PAD, rm[3] + GLYPH_SNAP_PAD)
            for rm, ink in outlines if spans_most_of(ink, r)]


def shadowed(owned: Sequence[tuple[int, Rect]], taken: Sequence[Rect]) -> list[Rect]:
    """The glyph removal boxes of ``owned`` (index of the rectangle in ``taken`` that takes it, box) that an earlier
    rectangle meets without covering.

    MuPDF tests a path against the first rectangle that meets it only: a glyph that another mask's rectangle
    (grown over its own glyphs) reaches into first stayed in the file under the box of the mask that took it.
    """
    return [box for i, box in owned if any(_meets(t, box) and not _covers(t, box) for t in taken[:i])]


def _meets(a: Rect, b: Rect) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


def _covers(a: Rect, b: Rect) -> bool:
    return a[0] <= b[0] and a[1] <= b[1] and a[2] >= b[2] and a[3] >= b[3]


def spans_most_of(ink: Rect, r: Rect) -> bool:
    """``r`` covers more than half of ``ink``'s width and more than half of its height (so its centre too).

    Per side rather than by area: a mask a little short of a glyph's top and bottom and of its
    right edge (an OCR word box) still takes it; a path twice the mask's height does not.
    """
    w, h = max(ink[2] - ink[0], 1e-6), max(ink[3] - ink[1], 1e-6)
    across = min(ink[2], r[2]) - max(ink[0], r[0])
    down = min(ink[3], r[3]) - max(ink[1], r[1])
    return across > 0.5 * w and down > 0.5 * h
