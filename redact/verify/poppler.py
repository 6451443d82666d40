"""Poppler's reading of a rendered PDF: ``pdftotext -bbox-layout`` once per document, words with boxes."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pymupdf

from redact.ingest.poppler import PopplerPages, on_crop_box, read_bbox_layout, run_pdftotext, to_page_space
from redact.verify.reading import Reading, build_reading

log = logging.getLogger(__name__)

#: Seconds pdftotext may take per page before verification gives up on it.
PDFTOTEXT_SECONDS_PER_PAGE = 0.5


class PopplerReader:
    """Poppler's reading of a document: each page's text, and its words with boxes on request.

    The boxes are turned into MuPDF's page coordinates (poppler measures on the
    page as shown, rotation applied).
    """

    name = "pdftotext"

    def __init__(self, pages: PopplerPages, doc: pymupdf.Document):
        self._pages = pages
        self._doc = doc

    @property
    def failed(self) -> bool:
        """True when pdftotext could not read some pages (they read as empty)."""
        return self._pages.failed

    def __len__(self) -> int:
        return len(self._pages)

    def text(self, index: int) -> str:
        """Page ``index`` (0-based) as plain text, one line a line."""
        return "\n".join(self._pages.line_texts(index))

    def reading(self, index: int) -> Reading:
        """Page ``index`` (0-based) as words with boxes, in poppler's reading order."""
        page = self._doc[index]
        rotation, width, height = page.rotation, page.cropbox.width, page.cropbox.height
        words = (
            (w.text, to_page_space(w.rect, rotation, width, height), n)
            for n, line in enumerate(on_crop_box(page, self._pages.lines(index)))
            for w in line
        )
        return build_reading(index + 1, words)


def read_poppler(path: Path, doc: pymupdf.Document) -> PopplerReader | None:
    """Poppler's reading of the file ``doc`` was opened from; None without pdftotext."""
    pages = read_bbox_layout(path, doc.page_count)
    return None if pages is None else PopplerReader(pages, doc)


def extract_pdftotext(path: Path, pages: int) -> list[str] | None:
    """Plain text of every page according to poppler, or None when pdftotext is missing or fails."""
    exe = shutil.which("pdftotext")
    if exe is None:
        return None
    out = run_pdftotext(exe, [str(path), "-"], 10 + PDFTOTEXT_SECONDS_PER_PAGE * pages)
    if out is None:
        return None
    texts = out.split("\f")
    # pdftotext ends every page with a form feed, so the last piece is empty.
    return (texts + [""] * pages)[:pages]
