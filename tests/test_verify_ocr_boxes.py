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


def test_a_glyph_in_an_unreadable_font_counts_under_a_mask_as_the_renderer_counts_it(tmp_path: Path) -> None:
    """The check of text in fonts that cannot be read out counted a glyph by the centre of MuPDF's trace box, the
    renderer takes it by the centre of the box it is drawn in: a mask over the lower part of a line (a radical's bar
    above an OCR word box) left glyphs the renderer spared by its rule, and the check refused the file."""
    from redact.render.pdf import render_pdf

    doc = b.new_pdf()
    page = doc.new_page(width=400, height=400)
    page.insert_text((72, 200), "Norrvik", fontsize=40)  # Helvetica: drawn box 157-212, trace box 168.7-208.7
    src = b.save(doc, tmp_path / "in.pdf")
    low: Rect = (70.0, 186.5, 240.0, 230.0)  # below the drawn boxes' centres, above the trace boxes'
    whole: Rect = (70.0, 170.0, 240.0, 230.0)
    with pymupdf.open(src) as doc:
        assert verify_ocr.chars_under(doc[0], [low]) == 0
        assert verify_ocr.chars_under(doc[0], [whole]) == 7  # glyphs a mask takes are counted while in the file
    for rect, left in ((low, "Norrvik"), (whole, "")):
        out = tmp_path / "ut.pdf"
        render_pdf(src, [b.mask(1, [rect], text="Norrvik")], out)
        with pymupdf.open(out) as doc:
            assert doc[0].get_text().strip() == left
            assert verify_ocr.chars_under(doc[0], [rect]) == 0  # what the renderer meant to take is gone
