"""Remove the line art inside many rectangles at once: passes of rectangles that do not meet, added quickly.

MuPDF tests a path against the first redaction rectangle that meets it only, so rectangles that
meet go in different passes. Sorting thousands of rectangles into passes by comparing each with
every other, and adding each as an annotation through PyMuPDF (which looks through every
annotation of the page to give the new one a name), both grow with the square of their number:
a map with a few thousand paths under covers took minutes. Here the passes are found through a
grid of the page, and the redaction annotations are made directly in MuPDF, unnamed, since they
are applied at once and never looked up.

When MuPDF raises while taking such art, the callers refuse the page (``art_left``): the paths
would stay in the file under the box, and a name drawn as outlines can be among them.
"""

from __future__ import annotations

from collections.abc import Sequence

import pymupdf

from redact.errors import ArtRemovalError
from redact.types import Rect

#: Grid cell (points) for finding the rectangles of a pass that meet a new one.
CELL = 24.0


def art_left(page: pymupdf.Page) -> ArtRemovalError:
    """The refusal for a page whose art under boxes MuPDF could not remove (a name drawn as outlines may be among it)."""
    return ArtRemovalError(
        "sida {page}: vektorgrafik under en maskering eller en ogenomskinlig ruta kunde inte tas bort; skriv ut filen till en ny PDF och försök igen",
        page=page.number + 1,
    )


def passes_apart(rects: Sequence[Rect], limit: int | None = None) -> list[list[Rect]]:
    """``rects`` in groups where no two meet (edges touching count as meeting), first fit in order.

    With ``limit``, the grouping stops once it needs more groups than that (the caller refuses the page
    then): thousands of shapes that all meet would each be tried against every group so far.
    """
    groups: list[_Pass] = []
    for r in rects:
        target = next((g for g in groups if not g.meets(r)), None)
        if target is None:
            if limit is not None and len(groups) >= limit:
                return [g.rects for g in groups] + [[r]]
            target = _Pass()
            groups.append(target)
        target.add(r)
    return [g.rects for g in groups]


class _Pass:
    """The rectangles of one pass, filed by grid cell; those over many cells are kept apart and always looked at."""

    MAX_CELLS = 256

    def __init__(self) -> None:
        self.rects: list[Rect] = []
        self._cells: dict[tuple[int, int], list[Rect]] = {}
        self._wide: list[Rect] = []

    def meets(self, r: Rect) -> bool:
        if any(_meets(r, o) for o in self._wide):
            return True
        keys = _cells(r)
        if keys is None:
            return any(_meets(r, o) for o in self.rects)
        return any(_meets(r, o) for k in keys for o in self._cells.get(k, ()))

    def add(self, r: Rect) -> None:
        self.rects.append(r)
        keys = _cells(r)
        if keys is None:
            self._wide.append(r)
            return
        for k in keys:
            self._cells.setdefault(k, []).append(r)


def apply_passes(page: pymupdf.Page, groups: Sequence[Sequence[Rect]]) -> None:
    """Remove the line art inside each rectangle, one redaction pass per group."""
    for group in groups:
        if not _add_quickly(page, group):
            for r in group:
                page.add_redact_annot(pymupdf.Rect(r), fill=False, cross_out=False)
            page.apply_redactions(
                images=pymupdf.PDF_REDACT_IMAGE_NONE, graphics=pymupdf.PDF_REDACT_LINE_ART_REMOVE_IF_COVERED,
                text=pymupdf.PDF_REDACT_TEXT_NONE,
            )


def _add_quickly(page: pymupdf.Page, group: Sequence[Rect]) -> bool:
    """Add and apply the group's redactions through MuPDF directly; False when this PyMuPDF lacks the calls."""
    mupdf = getattr(pymupdf, "mupdf", None)
    if mupdf is None or not hasattr(page, "_pdf_page") or not hasattr(page, "_apply_redactions"):
        return False
    rotation = page.rotation
    if rotation:
        page.set_rotation(0)  # as PyMuPDF does: the rectangles are in the unrotated page's space
    try:
        pdf_page = page._pdf_page()
        for r in group:
            annot = mupdf.pdf_create_annot(pdf_page, mupdf.PDF_ANNOT_REDACT)
            mupdf.pdf_set_annot_rect(annot, mupdf.FzRect(*r))
            mupdf.pdf_update_annot(annot)
    finally:
        if rotation:
            page.set_rotation(rotation)
    if not page._apply_redactions(pymupdf.PDF_REDACT_TEXT_NONE, pymupdf.PDF_REDACT_IMAGE_NONE,
                                  pymupdf.PDF_REDACT_LINE_ART_REMOVE_IF_COVERED):
        raise ValueError("the redactions could not be applied")
    return True


def _cells(r: Rect) -> list[tuple[int, int]] | None:
    """The grid cells ``r`` covers; None when they are too many to list."""
    gx0, gy0, gx1, gy1 = int(r[0] // CELL), int(r[1] // CELL), int(r[2] // CELL), int(r[3] // CELL)
    if (gx1 - gx0 + 1) * (gy1 - gy0 + 1) > _Pass.MAX_CELLS:
        return None
    return [(gx, gy) for gx in range(gx0, gx1 + 1) for gy in range(gy0, gy1 + 1)]


def _meets(a: Rect, b: Rect) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]
