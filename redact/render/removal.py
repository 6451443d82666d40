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

from collections.abc import Sequence

import pymupdf

from redact.render.line_start import keep_line_starts
from redact.types import Rect

mupdf = pymupdf.mupdf


def redact_rects(page: pymupdf.Page, rects: Sequence[Rect], *, images: int, graphics: int, text: int) -> bool:
    """Remove what MuPDF's redaction of ``rects`` takes from ``page``, as one
    ``add_redact_annot(fill=False, cross_out=False)`` per rectangle and one ``apply_redactions`` would.

    Returns False when nothing was applied (no rectangle and no redaction annotation of the page's own).
    Text set back to its line start is first written so that the rewrite keeps its place (``line_start``).
    """
    keep_line_starts(page)
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
        for r in rects:
            annot = mupdf.pdf_create_annot(pdf_page, mupdf.PDF_ANNOT_REDACT)
            # through a quad as PyMuPDF: a rectangle given upside down is set the right way up
            mupdf.pdf_set_annot_rect(annot, mupdf.fz_rect_from_quad(mupdf.fz_quad_from_rect(mupdf.FzRect(*r))))
            mupdf.pdf_update_annot(annot)
    finally:
        if rotation:
            page.set_rotation(rotation)
    # as PyMuPDF after naming a new annotation: no appearance is synthesised again at save
    pdf_page.doc().m_internal.resynth_required = 0
    if not page._apply_redactions(text, images, graphics):
        raise ValueError("Error applying redactions.")
    return True


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
