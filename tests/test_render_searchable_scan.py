"""Searchable scans (a page image with an invisible OCR text layer) keep their pixels.

Office scanners, Adobe Scan and ABBYY write the page as one image with the
recognised words over it in render mode 3. The invisible layer is removed as
text only; the page is OCR'd like any scan, masks blank only the pixels under
them, and the output gets a fresh invisible layer without the masked words.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pymupdf
import pytest

from conftest import mupdf_text, pdftotext
from redact.ingest.ocr import tesseract_available
from redact.pipeline import RunOptions, run_file

pytestmark = pytest.mark.skipif(not tesseract_available(), reason="Tesseract with Swedish is installed by make setup")

NAME = "Elsa Lindqvist"
LINES = [
    "Socialförvaltningen, Individ- och familjeomsorgen",
    "Beslut om ekonomiskt bistånd",
    f"Sökande: {NAME}",
    "Ansökan gäller bistånd till hyra för december månad.",
    "Nämnden beviljar ansökan i sin helhet.",
    "Beslutet kan överklagas till förvaltningsrätten.",
]


def searchable_scan(path: Path, lines: list[str], dpi: int = 200, under: bool = False) -> Path:
    """A page image of ``lines`` with the same words over it, invisible, as scanners write them.

    With ``under`` the words are drawn visibly before the image, which hides them: another way
    producers make a scan searchable.
    """
    scratch = pymupdf.open()
    src = scratch.new_page(width=595, height=842)
    y = 90.0
    for line in lines:
        src.insert_text((60, y), line, fontsize=13)
        y += 24
    pix = src.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY, alpha=False)
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    if not under:
        page.insert_image(page.rect, pixmap=pix)
    y = 90.0
    for line in lines:
        page.insert_text((60, y), line, fontsize=13, render_mode=0 if under else 3)
        y += 24
    if under:
        page.insert_image(page.rect, pixmap=pix)
    doc.save(path, garbage=4, deflate=True)
    doc.close()
    scratch.close()
    return path


def ink(path: Path, dpi: int = 50) -> np.ndarray:
    """The first page as grayscale pixels."""
    with pymupdf.open(path) as doc:
        pix = doc[0].get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY, alpha=False, annots=False)
        return np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.stride)[:, : pix.width].copy()


def ink_kept_outside(src: Path, out: Path, boxes: list[tuple[float, float, float, float]], dpi: int = 50) -> float:
    """Share of the input's dark pixels outside ``boxes`` (points) that are still dark in the output."""
    a, b = ink(src, dpi), ink(out, dpi)
    outside = np.ones(a.shape, dtype=bool)
    zoom = dpi / 72
    for x0, y0, x1, y1 in boxes:
        outside[max(0, int(y0 * zoom) - 1): int(np.ceil(y1 * zoom)) + 1, max(0, int(x0 * zoom) - 1): int(np.ceil(x1 * zoom)) + 1] = False
    dark = (a < 128) & outside
    return float(((b < 200) & dark).sum() / max(1, dark.sum()))


@pytest.mark.parametrize("under", [False, True], ids=["invisible layer over the image", "visible layer under the image"])
def test_searchable_scan_keeps_its_pixels_and_loses_only_the_masked_name(tmp_path: Path, blank_detector, under: bool) -> None:
    src = searchable_scan(tmp_path / "skannad.pdf", LINES, under=under)
    before = src.read_bytes()
    out = tmp_path / "ut.pdf"
    disclosure = run_file(src, out, options=RunOptions(), detector=blank_detector)
    assert src.read_bytes() == before
    assert disclosure.verification is not None and disclosure.verification.ok
    person = [m for m in disclosure.masks if m.category == "PERSON"]
    assert person, "the name read by OCR is masked"
    boxes = [r for m in disclosure.masks for r in m.rects]
    assert ink_kept_outside(src, out, boxes) >= 0.99
    # the name is gone from every reading; the rest of the page is searchable again
    for text in (mupdf_text(out), pdftotext(out)):
        assert "Lindqvist" not in text
        assert "förvaltningsrätten" in text


def test_searchable_scan_without_findings_is_left_whole(tmp_path: Path, blank_detector) -> None:
    src = searchable_scan(tmp_path / "skannad.pdf", LINES[:2] + LINES[3:])
    out = tmp_path / "ut.pdf"
    disclosure = run_file(src, out, options=RunOptions(), detector=blank_detector)
    assert not disclosure.masks
    assert ink_kept_outside(src, out, []) >= 0.995
