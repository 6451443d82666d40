"""MuPDF's redaction of a page's rectangles, without PyMuPDF's bookkeeping per annotation.

``Page.add_redact_annot`` names every new annotation uniquely by listing all the page's
annotations again, and ``Page.apply_redactions`` reads every one back to draw its fill and
overlay text; for boxes that draw nothing both are pure cost (a tenth of a page's render).
On a page without annotations of its own, :func:`redact_rects` creates the annotations and
calls MuPDF's ``pdf_redact_page`` directly, with the same rectangles and options; on any
other page (a redaction annotation of the input's own has a fill and text to draw) it takes
PyMuPDF's way.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pymupdf

from redact.render.content import Parsed, parse
from redact.render.line_start import keep_line_starts
from redact.types import Rect

mupdf = pymupdf.mupdf


def redact_rects(page: pymupdf.Page, rects: Sequence[Rect], *, images: int, graphics: int, text: int,
                 one_annotation: bool = True, parse_: Callable[[bytes], Parsed] = parse) -> bool:
    """Remove what MuPDF's redaction of ``rects`` takes from ``page``, as one
    ``add_redact_annot(fill=False, cross_out=False)`` per rectangle and one ``apply_redactions`` would.

    Returns False when nothing was applied (no rectangle and no redaction annotation of the page's own).
    Text set back to its line start is first written so that the rewrite keeps its place (``line_start``).
    ``one_annotation``: the rectangles as the quadrilaterals of one annotation (see :func:`_one_annotation`);
    False: one annotation per rectangle, as PyMuPDF makes them (the same page, a check of the first).
    ``parse_``: how the page's streams are parsed (the page's ``content.PageParses``).
    """
    keep_line_starts(page, parse_)
    pdf_page = _bare_pdf_page(page)
    if pdf_page is None:
        for r in rects:
            page.add_redact_annot(pymupdf.Rect(r), fill=False, cross_out=False)
        return bool(page.apply_redactions(images=images, graphics=graphics, text=text))
    if not rects:
        return False  # as apply_redactions on a page without redaction annotations
    rotation = page.rotation
    if rotation:  # annotation rectangles are given on the unrotated page, as PyMuPDF does
        page.set_rotation(0)
    try:
        # through a quad as PyMuPDF: a rectangle given upside down is set the right way up
        upright = [mupdf.fz_rect_from_quad(mupdf.fz_quad_from_rect(mupdf.FzRect(*r))) for r in rects]
        if one_annotation and hasattr(mupdf, "pdf_add_annot_quad_point"):
            _one_annotation(pdf_page, upright)
        else:
            for r in upright:
                annot = mupdf.pdf_create_annot(pdf_page, mupdf.PDF_ANNOT_REDACT)
                mupdf.pdf_set_annot_rect(annot, r)
                mupdf.pdf_update_annot(annot)
    finally:
        if rotation:
            page.set_rotation(rotation)
    # as PyMuPDF after naming a new annotation: no appearance is synthesised again at save
    pdf_page.doc().m_internal.resynth_required = 0
    if not page._apply_redactions(text, images, graphics):
        raise ValueError("Error applying redactions.")
    return True


def _one_annotation(pdf_page: mupdf.PdfPage, upright: Sequence[mupdf.FzRect]) -> None:
    """One redaction annotation on ``pdf_page`` whose quadrilaterals are ``upright``, in their order.

    MuPDF's redaction tests every glyph, image and path against every redaction annotation of the page, and
    reads an annotation's entries anew for each test (three lookups of an indirect object): with a few dozen
    rectangles that was most of a text page's rewrite. Every one of those tests (pdf-clean.c: text, images,
    line art, links) reads an annotation's ``QuadPoints`` when it has them, each quadrilateral as the rectangle
    that bounds it, in order, and decides as it decides over annotations in order: the first that intersects.
    Each quadrilateral goes through the page's inverse transform (a flip of y on an unrotated page) as the
    rectangle's ``Rect`` would, its corners named so that it lands as the quadrilateral MuPDF makes of a ``Rect``
    (lower y first): the same numbers, so the same glyphs, pixels and paths go.
    """
    annot = mupdf.pdf_create_annot(pdf_page, mupdf.PDF_ANNOT_REDACT)
    mupdf.pdf_set_annot_rect(annot, upright[0])
    for r in upright:
        x0, y0, x1, y1 = r.x0, r.y0, r.x1, r.y1
        mupdf.pdf_add_annot_quad_point(annot, mupdf.fz_make_quad(x0, y1, x1, y1, x0, y0, x1, y0))
    mupdf.pdf_update_annot(annot)


def _bare_pdf_page(page: pymupdf.Page) -> mupdf.PdfPage | None:
    """MuPDF's PDF page under ``page`` when it has no annotation at all (and this PyMuPDF has the calls used), else None."""
    if not (hasattr(page, "_pdf_page") and hasattr(page, "_apply_redactions")):
        return None
    doc = page.parent
    if doc is None or doc.is_closed or doc.is_encrypted or not doc.is_pdf:
        return None
    pdf_page = page._pdf_page(required=False)
    if pdf_page is None or not getattr(pdf_page, "m_internal", None):
        return None
    if mupdf.pdf_first_annot(pdf_page).m_internal:
        return None
    return pdf_page
