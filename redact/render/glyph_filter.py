"""Hidden glyphs removed one by one where they are drawn, when no rectangle can take them alone.

A rectangle of MuPDF's redaction takes every glyph whose box it touches, in the page's stream and in
every form it paints. Hidden text that lies on visible text (a figure pasted as a whole page of
another PDF, clipped to the figure: the other page's text lies under this page's lines) cannot be
taken by a rectangle without the visible glyphs. MuPDF's content filter asks a callback of every
glyph it passes, in the page's stream and in each form (a form is copied for the page, so another
page that paints it keeps it whole); the callback here removes exactly the glyphs drawn at the
origins of the hidden ones.

The callback knows a glyph by where it is drawn, not by its character, so a glyph at the origin of a
visible glyph is never removed (the two cannot be told apart). A dry run first checks that every
hidden glyph is found and that nothing else would go; if not, nothing is changed and the caller
falls back on rectangles (and the ink check refuses the page rather than leak).
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterable, Sequence

import pymupdf

from redact.render.line_start import keep_line_starts

log = logging.getLogger(__name__)

mupdf = pymupdf.mupdf

#: Two origins closer than this (points) are one place: the filter and the trace compute the same
#: product of matrices, in different precision.
SAME_PLACE = 0.02
_CELL = 0.05  # grid of the origin index; a look-up searches the cell and its neighbours


class _Places:
    """Origins filed by a grid cell, to ask quickly whether a point is one of them."""

    def __init__(self, points: Iterable[Sequence[float]]):
        self._cells: dict[tuple[int, int], list[tuple[float, float]]] = {}
        for x, y in points:
            self._cells.setdefault((math.floor(x / _CELL), math.floor(y / _CELL)), []).append((x, y))

    def find(self, x: float, y: float) -> tuple[float, float] | None:
        """The filed origin within ``SAME_PLACE`` of (x, y), or None."""
        i, j = math.floor(x / _CELL), math.floor(y / _CELL)
        for di in (-1, 0, 1):
            for dj in (-1, 0, 1):
                for p in self._cells.get((i + di, j + dj), ()):
                    if abs(p[0] - x) <= SAME_PLACE and abs(p[1] - y) <= SAME_PLACE:
                        return p
        return None


class _Chooser(mupdf.PdfSanitizeFilterOptions2):
    """The content filter's glyph callback: remove a glyph drawn at a hidden origin and at no visible one."""

    def __init__(self, to_trace: pymupdf.Matrix, hidden: _Places, visible: _Places, apply: bool):
        super().__init__()
        self.use_virtual_text_filter()
        self._m = to_trace
        self._hidden, self._visible, self._apply = hidden, visible, apply
        self.found: set[tuple[float, float]] = set()
        self.errors = 0

    def text_filter(self, ctx, ucsbuf, ucslen, trm, ctm, bbox, *rest) -> int:  # noqa: ANN001 - MuPDF's types
        """1 removes the glyph (called by MuPDF for every glyph the filter passes)."""
        try:
            m = mupdf.fz_concat(mupdf.FzMatrix(trm), mupdf.FzMatrix(ctm))
            p = pymupdf.Point(m.e, m.f) * self._m  # the glyph's origin, in the trace's coordinates
            hit = self._hidden.find(p.x, p.y)
            if hit is None or self._visible.find(p.x, p.y) is not None:
                return 0
            self.found.add(hit)
            return 1 if self._apply else 0
        except Exception:  # pragma: no cover - an error in a callback must not escape into MuPDF
            self.errors += 1
            return 0


def _trace_matrix(page: pymupdf.Page) -> pymupdf.Matrix:
    """PDF user space to the trace's coordinates (the page's transform as if it were not turned)."""
    rotation = page.rotation
    if rotation:  # the trace is taken on the unturned page
        page.set_rotation(0)
    try:
        return pymupdf.Matrix(page.transformation_matrix)
    finally:
        if rotation:
            page.set_rotation(rotation)


def _run(page: pymupdf.Page, chooser: _Chooser, update: bool) -> None:
    """Pass the page's contents and forms through MuPDF's filter with ``chooser``; ``update`` writes the result."""
    pdf_page = page._pdf_page()
    options = pymupdf._make_PdfFilterOptions(recurse=1, instance_forms=1, no_update=0 if update else 1, sanitize=1, sopts=chooser)
    mupdf.pdf_filter_page_contents(pdf_page.doc(), pdf_page, options)


def remove_glyphs_at(page: pymupdf.Page, hidden: Sequence[Sequence[float]], visible: Sequence[Sequence[float]]) -> bool:
    """Remove the glyphs drawn at the origins ``hidden`` (trace coordinates) from ``page`` and its forms.

    A glyph at one of the origins ``visible`` stays. Returns False, with the page unchanged, when the
    dry run does not find a glyph at every hidden origin (then rectangles must do).
    """
    if not hidden:
        return True
    targets = _Places(hidden)
    kept = _Places(visible)
    wanted = {targets.find(*p) for p in hidden}
    try:
        to_trace = _trace_matrix(page)
        dry = _Chooser(to_trace, targets, kept, apply=False)
        _run(page, dry, update=False)
        if dry.errors or dry.found != wanted:
            log.info("sida %d: %d av %d dolda tecken hittades i innehållet; de tas bort med rektanglar",
                     page.number + 1, len(dry.found), len(wanted))
            return False
        keep_line_starts(page)  # as before every rewrite by MuPDF's filter: text set back to its line start keeps its place
        done = _Chooser(to_trace, targets, kept, apply=True)
        _run(page, done, update=True)
    except Exception as exc:  # MuPDF could not filter the contents: rectangles must do
        log.info("sida %d: dolda tecken kunde inte tas bort ett och ett (%s)", page.number + 1, exc)
        return False
    if done.errors or done.found != wanted:  # pragma: no cover - the dry run said otherwise
        raise ValueError("the content filter removed other glyphs than its dry run found")
    return True
