"""Remove the text under many rectangles in one MuPDF pass, at a cost that grows with their number.

A scan with an OCR layer has a run of invisible text for every word group: eight hundred
on a page. PyMuPDF's ``add_redact_annot`` gives each new annotation a unique name by
listing every annotation of the page, and ``apply_redactions`` loads each annotation by
looking it up in the page's list: both grow with the square of the count, and took over
ten seconds a page. Annotations that draw nothing need neither the name nor the lookup,
so here they are made with MuPDF's own calls and applied with its redaction of the page,
which PyMuPDF calls the same way (what PyMuPDF adds after it, a fill and an overlay
text, these annotations do not have).
"""

from __future__ import annotations

from collections.abc import Sequence

import pymupdf
from pymupdf import mupdf

from redact.types import Rect


def remove_text_in(page: pymupdf.Page, rects: Sequence[Rect], text: int) -> None:
    """Take the text that ``rects`` (page coordinates, as for ``add_redact_annot``) touch, as ``text`` says
    (``PDF_REDACT_TEXT_REMOVE`` or ``PDF_REDACT_TEXT_REMOVE_INVISIBLE``); images and drawings stay whole."""
    if not rects:
        return
    if any(True for _ in page.annots(types=(pymupdf.PDF_ANNOT_REDACT,))):
        # redactions already on the page (drawn by PyMuPDF after applying): PyMuPDF's way, as before
        for r in rects:
            page.add_redact_annot(pymupdf.Rect(r), fill=False, cross_out=False)
        page.apply_redactions(images=pymupdf.PDF_REDACT_IMAGE_NONE, graphics=pymupdf.PDF_REDACT_LINE_ART_NONE, text=text)
        return
    rotation = page.rotation
    if rotation:  # as PyMuPDF does: a rectangle is placed on the page unrotated
        page.set_rotation(0)
    try:
        pdf_page = pymupdf._as_pdf_page(page)
        for r in rects:
            annot = mupdf.pdf_create_annot(pdf_page, mupdf.PDF_ANNOT_REDACT)
            mupdf.pdf_set_annot_rect(annot, mupdf.FzRect(*r))
        # as PyMuPDF does after adding an annotation: no appearance is made for these at saving
        pdf_page.doc().m_internal.resynth_required = 0
    finally:
        if rotation:
            page.set_rotation(rotation)
    pdf_page = pymupdf._as_pdf_page(page)
    options = mupdf.PdfRedactOptions()
    options.black_boxes = 0
    options.text = text
    options.image_method = pymupdf.PDF_REDACT_IMAGE_NONE
    options.line_art = pymupdf.PDF_REDACT_LINE_ART_NONE
    mupdf.pdf_redact_page(pdf_page.doc(), pdf_page, options)
