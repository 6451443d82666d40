"""Where MuPDF's redaction tests a glyph of vertical writing, and where the glyph is drawn.

MuPDF's content filter tests a glyph of a font in writing mode 1 by a box as wide as the
font's FontBBox across the column and as long as the glyph's vertical advance along it, from
the glyph's origin up the column, a tenth in from every side (pdf-op-filter.c,
``filter_show_char``). The origin is the lower edge of the square the glyph is drawn in.
A font program without vertical metrics (a bare CFF font: the usual embedded CJK subset)
has a vertical advance of 0 to MuPDF, so its glyphs are tested at a single line across
their origin: the edge of the square a mask is built from. Rounding then decided whether a
mask took its own last glyph (else it stayed in the file, and verification refused it) and
the glyph before its first (whose ink it does not cover). The glyphs built here carry the
box MuPDF tests, so a rectangle can reach past that line by a margin and stop short of the
neighbours' lines.

Only columns set upright or turned by a quarter are built this way; any other vertical
writing keeps the padded boxes of ``render.glyphs`` (the rectangle is then not narrowed).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence

import pymupdf

from redact.types import Rect

log = logging.getLogger(__name__)

mupdf = pymupdf.mupdf

#: Font bbox across and vertical advance along the column, in ems: (x0, x1, advance).
Metrics = tuple[float, float, float]

#: How far a span's direction may stray from a quarter turn and still count as one.
_AXIS = 1e-3


def vertical_metrics(page: pymupdf.Page, trace: Sequence[dict]) -> dict[tuple[str, int], Metrics]:
    """MuPDF's metrics of every glyph of ``trace`` (the page's text trace) drawn in writing mode 1.

    Keyed by the trace's font name and glyph id. A glyph whose font name stands for two
    vertical fonts that measure it differently is left out (its boxes stay padded)."""
    wanted: dict[str, set[int]] = {}
    for span in trace:
        if span.get("wmode") == 1:
            wanted.setdefault(span["font"], set()).update(c[1] for c in span["chars"])
    if not wanted:
        return {}
    found: dict[tuple[str, int], set[Metrics]] = {}
    try:
        for name, desc in _vertical_fonts(page):
            gids = wanted.get(name)
            try:
                if gids:
                    bbox = mupdf.ll_fz_font_bbox(desc.font)
                    for gid in gids:
                        adv = mupdf.ll_fz_advance_glyph(desc.font, gid, 1)
                        found.setdefault((name, gid), set()).add((bbox.x0, bbox.x1, adv))
            finally:
                mupdf.ll_pdf_drop_font(desc)
    except Exception as exc:  # the padded boxes stay: wider, never a glyph missed
        log.info("sida %d: lodrät skrifts mått kunde inte läsas (%s)", page.number + 1, exc)
        return {}
    return {key: next(iter(ms)) for key, ms in found.items() if len(ms) == 1}


def _vertical_fonts(page: pymupdf.Page) -> Iterable[tuple[str, object]]:
    """(name as the trace gives it, MuPDF's loaded font) of each composite font of the page in writing mode 1.

    The caller drops each loaded font."""
    doc = page.parent
    pdf = pymupdf._as_pdf_document(doc)
    for xref, _ext, kind, *_ in page.get_fonts():
        if kind != "Type0" or not xref:
            continue
        obj = mupdf.pdf_load_object(pdf, xref)
        desc = mupdf.ll_pdf_load_font(pdf.m_internal, None, obj.m_internal)
        if desc.wmode != 1:
            mupdf.ll_pdf_drop_font(desc)
            continue
        # the name the trace gives: MuPDF's, without a subset's prefix
        yield mupdf.ll_fz_font_name(desc.font).split("+", 1)[-1], desc


def vertical_boxes(span: dict, char: tuple, metrics: dict[tuple[str, int], Metrics]) -> tuple[Rect, Rect] | None:
    """(drawn box, tested box) of a traced glyph of vertical writing, or None when unknown.

    The drawn box is the em square from the origin up the column (where the ingest places the
    glyph, so where its masks lie); the tested box is MuPDF's, which may have no length."""
    found = metrics.get((span["font"], char[1]))
    dx, dy = span["dir"]
    if found is None or not _quarter(dx, dy):
        return None
    fx0, fx1, adv = found
    size = span["size"]
    ux, uy = dy, -dx  # up the column, on the page (y grows downwards): the glyph space's y axis
    ox, oy = char[2]

    def place(p0: float, p1: float, q0: float, q1: float) -> Rect:
        xs = [ox + size * (p * dx + q * ux) for p in (p0, p1) for q in (q0, q1)]
        ys = [oy + size * (p * dy + q * uy) for p in (p0, p1) for q in (q0, q1)]
        return (min(xs), min(ys), max(xs), max(ys))

    lo, hi = min(0.0, adv), max(0.0, adv)
    across, along = (fx1 - fx0) / 10, (hi - lo) / 10
    return place(0.0, 1.0, 0.0, 1.0), place(fx0 + across, fx1 - across, lo + along, hi - along)


def _quarter(dx: float, dy: float) -> bool:
    """The direction is upright or a quarter turn (the boxes are then exact rectangles)."""
    return (abs(dx) < _AXIS and abs(abs(dy) - 1) < _AXIS) or (abs(dy) < _AXIS and abs(abs(dx) - 1) < _AXIS)
