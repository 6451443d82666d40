"""Re-open a rendered PDF and prove that nothing masked can be read from it.

Two readings that share no code look at every page: MuPDF (``mupdf.py``) and,
when it is installed, poppler's ``pdftotext`` (``poppler.py``). One rule
(``rule.py``) judges both: every occurrence of any form of a masked string
fails, unless a reviewer released exactly that place. Document-level places
(metadata, XMP, annotation contents, attachment names, outline titles, page
labels) are checked too and reported as page 0. A failure names the page and
the category, never the text.

Pages that were OCR'd are also read by a fresh OCR of the output (``ocr.py``),
and every page is compared with its input for ink lost outside the masks
(``ink.py``): what vanished unmarked is as much a failure as what leaked.
"""

from redact.verify.mupdf import extract_document_texts, extract_mupdf
from redact.verify.poppler import PDFTOTEXT_SECONDS_PER_PAGE, extract_pdftotext
from redact.verify.rule import MIN_DIGITS, Form, forms_of, found, normalise, verify_pdf

__all__ = [
    "MIN_DIGITS",
    "PDFTOTEXT_SECONDS_PER_PAGE",
    "Form",
    "extract_document_texts",
    "extract_mupdf",
    "extract_pdftotext",
    "forms_of",
    "found",
    "normalise",
    "verify_pdf",
]
