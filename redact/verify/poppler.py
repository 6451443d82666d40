"""Poppler's reading of a rendered PDF: ``pdftotext -bbox-layout`` once per document, words with boxes."""

from __future__ import annotations

import logging
import shutil
import subprocess
from pathlib import Path

import pymupdf

from redact.ingest.poppler import read_bbox_layout, to_page_space
from redact.verify.reading import Reading, build_reading

log = logging.getLogger(__name__)

#: Seconds pdftotext may take per page before verification gives up on it.
PDFTOTEXT_SECONDS_PER_PAGE = 0.5


def read_poppler(path: Path, doc: pymupdf.Document) -> list[Reading] | None:
    """Every page as poppler reads it, boxes in MuPDF's page coordinates; None without pdftotext."""
    pages = read_bbox_layout(path, doc.page_count)
    if pages is None:
        return None
    out = []
    for page, lines in zip(doc, pages):
        box, rotation = page.cropbox, page.rotation
        words = (
            (w.text, to_page_space(w.rect, rotation, box.width, box.height), n)
            for n, line in enumerate(lines)
            for w in line
        )
        out.append(build_reading(page.number + 1, words))
    return out


def extract_pdftotext(path: Path, pages: int) -> list[str] | None:
    """Plain text of every page according to poppler, or None when pdftotext is missing or fails."""
    exe = shutil.which("pdftotext")
    if exe is None:
        return None
    try:
        done = subprocess.run(
            [exe, "-q", "-enc", "UTF-8", str(path), "-"],
            capture_output=True,
            timeout=10 + PDFTOTEXT_SECONDS_PER_PAGE * pages,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as err:
        log.warning("pdftotext kunde inte köras: %s", err)
        return None
    if done.returncode != 0:
        log.warning("pdftotext avslutades med kod %d", done.returncode)
        return None
    texts = done.stdout.decode("utf-8", "replace").split("\f")
    # pdftotext ends every page with a form feed, so the last piece is empty.
    return (texts + [""] * pages)[:pages]
