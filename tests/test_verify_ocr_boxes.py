"""A word OCR reads off a mask's plain box is no reading of what the box covers.

Tesseract reads words into black bars (a box over "Grant" was read as "Hill", another
masked name on the page). The box is proven one colour by the pixel check, so a word
whose area holds no ink beside the box carries nothing of the masked text; a word
with ink of its own beside the box is still a leak. Tesseract's misreading is stood in
for by a fixed reading, so the test does not depend on what one Tesseract version reads.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

import pdf_builders as b
import redact.verify.ocr as verify_ocr
from redact.ingest.ocr import OcrSettings
from redact.ingest.ocr_plan import OcrPlan
from redact.types import Page, Rect, Word

BOX: Rect = (100.0, 200.0, 160.0, 214.0)


def _output(tmp_path: Path, beside: str = "") -> Path:
    """A scanned-looking page after rendering: text, and a black mask box (with ``beside`` half out of it)."""
    doc = b.new_pdf()
    page = doc.new_page(width=400, height=400)
    page.insert_text((40, 211), "Jag ar saker pa att", fontsize=11)
    if beside:
        page.insert_text((BOX[2] - 8, 211), beside, fontsize=11)
    page.draw_rect(pymupdf.Rect(BOX), color=None, fill=(0, 0, 0))
    return b.save(doc, tmp_path / "out.pdf")


def _reading(word: str, rect: Rect) -> dict[int, Page]:
    return {1: Page(number=1, text=word, words=(Word(word, 0, len(word), rect, 0, 0.9),), width=400, height=400,
                    source="ocr")}


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch):
    def use(word: str, rect: Rect) -> None:
        monkeypatch.setattr(verify_ocr, "ocr_open_document", lambda *a, **k: _reading(word, rect))
    return use


def test_a_name_read_off_a_plain_box_is_no_leak(tmp_path: Path, reads) -> None:
    out = _output(tmp_path)
    masks = [b.mask(1, [BOX], "PERSON", "Ulrika Hill"), b.mask(1, [(250, 300, 300, 312)], "PERSON", "Hill")]
    reads("Hill", (BOX[0] + 2, BOX[1] - 1, BOX[2] - 1, BOX[3] + 2))  # a taller box than the bar, as Tesseract gives
    result = verify_ocr.verify_ocr_output(out, masks, {1: OcrPlan("page")}, OcrSettings(dpi=150), check_pixels=True)
    assert result.verification.ok, result.verification.failures


def test_a_name_with_ink_beside_the_box_is_still_a_leak(tmp_path: Path, reads) -> None:
    out = _output(tmp_path, beside="Hill")
    masks = [b.mask(1, [BOX], "PERSON", "Hill")]
    reads("Hill", (BOX[2] - 20, BOX[1], BOX[2] + 12, BOX[3]))  # mostly on the box
    result = verify_ocr.verify_ocr_output(out, masks, {1: OcrPlan("page")}, OcrSettings(dpi=150), check_pixels=True)
    assert not result.verification.ok


def test_without_the_pixel_check_a_reading_on_a_box_still_counts(tmp_path: Path, reads) -> None:
    out = _output(tmp_path)
    masks = [b.mask(1, [BOX], "PERSON", "Hill")]
    reads("Hill", BOX)
    result = verify_ocr.verify_ocr_output(out, masks, {1: OcrPlan("page")}, OcrSettings(dpi=150), check_pixels=False)
    assert not result.verification.ok
