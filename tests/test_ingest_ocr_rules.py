"""Table rules on scans: removed before OCR so initials in ruled cells are read, kept where removing them reads worse."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pymupdf
import pytest

from redact.ingest.ocr import OcrSettings, ocr_page, remove_rules, tesseract_available

pytestmark = pytest.mark.skipif(not tesseract_available(), reason="tesseract-ocr-swe missing: run make setup")

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from make_scanned_samples import scanner_noise, skew_image  # noqa: E402

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def _table_scan(dpi: int, shade: float | None = None) -> np.ndarray:
    """A ruled table with an 'Ansvarig' column of initials, rasterised in grey."""
    src = pymupdf.open()
    page = src.new_page(width=420, height=200)
    if shade is not None:  # a shaded header band with text inside it
        page.draw_rect(pymupdf.Rect(40, 40, 380, 70), color=None, fill=(shade, shade, shade))
    _draw_grid(page)
    for y, (task, who) in zip((60, 90, 120), (("Nr Åtgärd", "Ansvarig"), ("Jämförelse", "EvA"), ("Kontakt", "KHJ"))):
        page.insert_text((46, y), task, fontsize=11)
        page.insert_text((306, y), who, fontsize=11)
    return _gray(page, dpi)


def _draw_grid(page: pymupdf.Page) -> None:
    for y in (40, 70, 100, 130):
        page.draw_line((40, y), (380, y), width=0.6)
    for x in (40, 300, 380):
        page.draw_line((x, 40), (x, 130), width=0.6)


def _gray(page: pymupdf.Page, dpi: int, clip: pymupdf.Rect | None = None) -> np.ndarray:
    pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY, alpha=False, clip=clip)
    return np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.stride)[:, : pix.width].copy()


def _grid_ink(dpi: int) -> int:
    page = pymupdf.open().new_page(width=420, height=200)
    _draw_grid(page)
    return int((_gray(page, dpi) < 200).sum())


@pytest.mark.parametrize("dpi", [200, 300])
def test_remove_rules_takes_the_grid_and_keeps_the_letters(dpi: int):
    gray = _table_scan(dpi)
    clean = remove_rules(gray, dpi)
    ink, left = gray < 200, clean < 200
    # All the grid's ink goes: a row on a rule and a column on a rule are blank afterwards.
    assert ink.sum() - left.sum() >= 0.97 * _grid_ink(dpi)
    row, col = round(100 * dpi / 72), round(300 * dpi / 72)
    assert ink[row - 1 : row + 2].sum() > 100 and left[row - 1 : row + 2].sum() == 0
    assert ink[:, col - 1 : col + 2].sum() > 100 and left[:, col - 1 : col + 2].sum() == 0
    # Letters inside the cells are left exactly as they were.
    k = dpi / 72
    for x0, x1 in ((46, 290), (306, 375)):
        for y0, y1 in ((48, 66), (78, 96), (108, 126)):
            cell = (slice(round(y0 * k), round(y1 * k)), slice(round(x0 * k), round(x1 * k)))
            assert (left[cell] == ink[cell]).all()


def test_remove_rules_finds_rules_of_a_skewed_noisy_scan():
    gray = scanner_noise(skew_image(_table_scan(200), 1.8), np.random.default_rng(5))
    clean = remove_rules(gray, 200)
    # The skew breaks each rule into short row segments; they are found all the same.
    assert (gray < 200).sum() - (clean < 200).sum() > 0.8 * _grid_ink(200)


def test_remove_rules_leaves_shaded_cells_and_their_text():
    gray = _table_scan(200, shade=0.6)  # grey 153, under the ink level, in a band 30 pt high
    clean = remove_rules(gray, 200)
    band = slice(round(45 * 200 / 72), round(66 * 200 / 72))
    assert (clean[band] < 200).sum() == (gray[band] < 200).sum()


def _scanned_table_page(seed: int) -> pymupdf.Page:
    """The Ansvarig table of the minutes sample, scanned at 200 dpi with a skew and scanner noise."""
    with pymupdf.open(SAMPLES / "protokoll.pdf") as doc:
        gray = _gray(doc[1], 200, clip=pymupdf.Rect(0, 385, 595, 500))
    gray = np.ascontiguousarray(scanner_noise(skew_image(gray, 1.5), np.random.default_rng(seed)))
    return _image_page(gray, 595, 115)


def _image_page(gray: np.ndarray, width: float, height: float) -> pymupdf.Page:
    page = pymupdf.open().new_page(width=width, height=height)
    page.insert_image(page.rect, pixmap=pymupdf.Pixmap(pymupdf.csGRAY, gray.shape[1], gray.shape[0], gray.tobytes(), False))
    return page


def test_initials_in_a_scanned_ruled_table_are_read():
    # Read with the rules in place, this scan gives none of the initials (the rules are read as
    # letters glued to them); without the rules every one of them.
    words = {w.text.strip(",") for w in ocr_page(_scanned_table_page(seed=3), settings=OcrSettings(dpi=200)).words}
    assert {"EvA", "KHJ", "HAW", "AA"} <= words


def test_a_poor_reading_without_rules_falls_back_to_the_page_as_it_is(monkeypatch):
    # On a very noisy scan the rules can be what lets Tesseract find the text. Stand-in: a
    # rule removal that leaves nothing legible; the reading of the page as it is must win.
    from redact.ingest import ocr_image

    monkeypatch.setattr(ocr_image, "remove_rules", lambda gray, dpi: np.full_like(gray, 255))
    words = {w.text for w in ocr_page(_image_page(_table_scan(200), 420, 200), settings=OcrSettings(dpi=200)).words}
    assert {"Jämförelse", "Kontakt", "EvA", "KHJ"} <= words, words
