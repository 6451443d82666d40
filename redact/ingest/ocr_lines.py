"""A third opinion on lines that MuPDF and poppler read differently: OCR of the rendered lines.

Where two extractors disagree on the words of a line (beyond whitespace), the
font or the text operators cannot be trusted to say what the line shows. The
line is rendered and read by Tesseract; the words read there stand for the
line in place of the text layer's, so detection sees what a reader sees.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from pathlib import Path

import pymupdf

from redact.ingest.ocr import OcrSettings, ocr_page, tesseract_available
from redact.ingest.ocr_plan import OcrPlan
from redact.types import Page, Rect

log = logging.getLogger(__name__)

#: Points added round a line so Tesseract sees white above and below it.
LINE_MARGIN = 4.0
#: Pages with more disagreeing lines than this are read whole instead (one Tesseract run).
MAX_LINES = 40


def _grow(rect: Rect, m: float) -> Rect:
    return (rect[0] - m, rect[1] - m, rect[2] + m, rect[3] + m)


def ocr_lines(path: Path, lines: Mapping[int, Sequence[Rect]], settings: OcrSettings | None = None) -> dict[int, Page]:
    """OCR the given line boxes (unrotated page points) of each page; the text layer stands elsewhere."""
    if not lines or not tesseract_available((settings or OcrSettings()).executable):
        return {}
    settings = settings or OcrSettings()
    pages: dict[int, Page] = {}
    with pymupdf.open(path) as doc:
        for number, boxes in sorted(lines.items()):
            if not boxes:
                continue
            page = doc[number - 1]
            # a line beyond the displayed page (a proof's slug and line numbers outside the crop box: poppler reads
            # the media box) is drawn nowhere OCR can look; rendering and reading it again took 30 lines a page
            crop = page.cropbox
            boxes = [b for b in boxes if b[2] > 0 and b[3] > 0 and b[0] < crop.width and b[1] < crop.height]
            if not boxes:
                continue
            if len(boxes) > MAX_LINES:
                plan = OcrPlan("page", reason="många rader läses olika av MuPDF och poppler")
            else:
                regions = tuple(_grow(b, LINE_MARGIN) for b in boxes)
                plan = OcrPlan("regions", regions=regions, font_regions=regions, untrusted=tuple(boxes),
                               reason="rader som MuPDF och poppler läser olika")
            pages[number] = ocr_page(page, settings=settings, plan=plan)
            log.info("sida %d: %d rader lästes med OCR (MuPDF och poppler läste dem olika)", number, len(boxes))
    return pages
