"""The output's check reads again only what the masks changed, and still reads every name left on the page.

A scanned page is read on the way in; its output is the same pixels with boxes drawn over some
words. The check compares the output's pixels with the source's: words on unchanged pixels keep
their reading, changed places are read again (or proven one colour). A name outside the changed
places is still found (it is read there as it was read on the way in), and so is a name the
rendering put down where the page changed.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pymupdf
import pytest

from ocr_fixtures import decision_lines, scan_image, tesseract_pixels
from redact.ingest import ocr_turns
from redact.ingest.ocr import OcrSettings, tesseract_available
from redact.ingest.ocr_memo import OcrMemo
from redact.ingest.ocr_parallel import ocr_open_document, plan_document
from redact.types import Mask
from redact.verify.ocr import verify_ocr_output

pytestmark = pytest.mark.skipif(not tesseract_available(), reason="Tesseract with Swedish is not installed")

NAME = "Leila Haddad"
LINES = decision_lines(NAME, copy_to_name=True)


def _scan(path: Path) -> Path:
    """A small scanned page (an image only) with the name on two lines."""
    pix = scan_image(LINES, dpi=200, fontsize=11, width=360, height=220, top=30)
    doc = pymupdf.open()
    page = doc.new_page(width=360, height=220)
    page.insert_image(page.rect, pixmap=pix)
    doc.save(path)
    doc.close()
    return path


def _name_rects(words) -> list[pymupdf.Rect]:
    """The boxes of the name as OCR read it, line by line."""
    out = []
    for i, w in enumerate(words[:-1]):
        if w.text.startswith("Leila") and words[i + 1].text.startswith("Haddad"):
            out.append(pymupdf.Rect(w.rect) | pymupdf.Rect(words[i + 1].rect))
    return out


def _read_source(src: Path, settings: OcrSettings):
    with pymupdf.open(src) as doc:
        plans = plan_document(doc)
        pages = ocr_open_document(doc, plans, settings, workers=1)
    return plans, pages[1]


def _output(src: Path, out: Path, boxes: list[pymupdf.Rect], planted: str | None = None) -> Path:
    """The source with black boxes drawn over ``boxes`` (and ``planted`` written where the page was blank)."""
    doc = pymupdf.open(src)
    page = doc[0]
    for r in boxes:
        page.draw_rect(r, color=(0, 0, 0), fill=(0, 0, 0))
    if planted:
        page.insert_text((40, 205), planted, fontsize=11)
    doc.save(out)
    doc.close()
    return out


def _mask(rect: pymupdf.Rect) -> Mask:
    return Mask("m1", 1, ((rect.x0, rect.y0, rect.x1, rect.y1),), "PERSON", "test", 1.0, "accepted", text=NAME)


def test_the_check_reads_only_what_changed_and_still_finds_the_name_left_elsewhere(monkeypatch, tmp_path):
    settings = OcrSettings(memo=OcrMemo())
    src = _scan(tmp_path / "scan.pdf")
    plans, source = _read_source(src, settings)
    found = _name_rects(source.words)
    assert len(found) == 2, source.text
    # the first copy masked, the second left on the page (as a renderer that missed it would)
    box = found[0] + (-1, -1, 1, 1)
    out = _output(src, tmp_path / "out.pdf", [box])
    pixels = tesseract_pixels(monkeypatch)
    result = verify_ocr_output(out, [_mask(box)], plans, settings, workers=1)
    assert not result.verification.ok
    leaks = [leak for leak in result.verification.leaks if leak.page == 1]
    assert leaks, result.pages[1].text
    # the leak is the copy outside the box, read from the unchanged pixels
    assert all(pymupdf.Rect(r).intersects(found[1]) for leak in leaks for r in leak.rects)
    # and the check read far less than the page again (the box is one colour; its line's other words are unchanged)
    with pymupdf.open(out) as doc:
        page_pixels = round(doc[0].rect.width * 300 / 72) * round(doc[0].rect.height * 300 / 72)
    assert sum(pixels) < 0.25 * page_pixels, (pixels, page_pixels)


def test_a_name_written_where_the_page_changed_is_read_again(tmp_path):
    settings = OcrSettings(memo=OcrMemo())
    src = _scan(tmp_path / "scan.pdf")
    plans, source = _read_source(src, settings)
    found = _name_rects(source.words)
    boxes = [r + (-1, -1, 1, 1) for r in found]  # every copy masked ...
    out = _output(src, tmp_path / "out.pdf", boxes, planted=f"Mottagare {NAME}")  # ... and one written anew
    result = verify_ocr_output(out, [_mask(b) for b in boxes], plans, settings, workers=1)
    assert not result.verification.ok
    leaks = result.verification.leaks
    assert leaks and all(r[1] > 180 for leak in leaks for r in leak.rects), leaks


def test_a_page_with_every_name_masked_passes_and_keeps_its_other_words(tmp_path):
    settings = OcrSettings(memo=OcrMemo())
    src = _scan(tmp_path / "scan.pdf")
    plans, source = _read_source(src, settings)
    boxes = [r + (-1, -1, 1, 1) for r in _name_rects(source.words)]
    out = _output(src, tmp_path / "out.pdf", boxes)
    result = verify_ocr_output(out, [_mask(b) for b in boxes], plans, settings, workers=1)
    assert result.verification.ok, result.verification.leaks
    text = result.pages[1].text
    assert "Haddad" not in text and "Leila" not in text
    for word in ("förvaltningsrätten", "försörjningsstöd", "Handläggare", "Kopia"):
        assert word in text, text


def test_a_page_turned_upside_down_is_read_whole_in_two_turns_only(monkeypatch):
    """When Tesseract's orientation check cannot tell, the turns are compared on the middle of the ink in one
    run: the page is read whole upright (read first) and in the turn that wins, not in all four."""
    pix = scan_image(LINES * 2, dpi=200, fontsize=11, width=360, height=420, top=30)
    gray = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.stride)[:, : pix.width]
    upside_down = np.ascontiguousarray(np.rot90(gray, 2))
    monkeypatch.setattr(ocr_turns, "detect_orientation", lambda *a, **k: (0, 0.0))
    pixels = tesseract_pixels(monkeypatch)
    result = ocr_turns._ocr_upright(upside_down, OcrSettings(), 200, "", sideways=False)
    assert result.rotation == 180
    assert "förvaltningsrätten" in " ".join(w.text for w in result.words)
    whole = [p for p in pixels if p == upside_down.size]
    assert len(whole) == 2, pixels


def test_a_second_look_reads_again_only_what_changed_since_the_last_check(monkeypatch, tmp_path):
    """A run that masks copies only the check read renders the output again with a box more: its check starts
    from the output checked last, so what the first check read is not read again, and a name read there is
    still found."""
    settings = OcrSettings(memo=OcrMemo())
    src = _scan(tmp_path / "scan.pdf")
    plans, source = _read_source(src, settings)
    found = _name_rects(source.words)
    assert len(found) == 2, source.text
    first_box = found[0] + (-1, -1, 1, 1)
    # the first output: one copy masked, and a name written where the page was blank (read again there)
    out1 = _output(src, tmp_path / "out1.pdf", [first_box], planted=f"Mottagare {NAME}")
    pixels = tesseract_pixels(monkeypatch)
    first = verify_ocr_output(out1, [_mask(first_box)], plans, settings, workers=1)
    assert not first.verification.ok
    assert any(r[1] > 180 for leak in first.verification.leaks for r in leak.rects), first.verification.leaks
    read_first = sum(pixels)
    assert read_first > 0
    # the second look: the same output with the other copy masked too
    second_box = found[1] + (-1, -1, 1, 1)
    out2 = _output(src, tmp_path / "out2.pdf", [first_box, second_box], planted=f"Mottagare {NAME}")
    pixels.clear()
    second = verify_ocr_output(out2, [_mask(first_box), _mask(second_box)], plans, settings, workers=1)
    # the written name is still found (its reading is the last check's, of the very same pixels) ...
    assert not second.verification.ok
    leaks = second.verification.leaks
    assert leaks and all(r[1] > 180 for leak in leaks for r in leak.rects), leaks
    text = second.pages[1].text
    assert "förvaltningsrätten" in text and "Kopia" in text, text
    # ... and nothing the first check read is read again: the new box is one colour
    assert sum(pixels) == 0, (pixels, read_first)
