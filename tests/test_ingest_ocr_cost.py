"""What OCR costs in Tesseract runs: small regions are not read twice over, and still read whole."""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np
import pytest

import lettering_builders as lb
import pdf_builders as b
from redact.ingest import ocr_tesseract, ocr_turns
from redact.ingest.ocr import OcrSettings, ocr_page, ocr_plan, tesseract_available

pytestmark = pytest.mark.skipif(not tesseract_available(), reason="Tesseract with Swedish is not installed")

NAME = "Aleksander Lindqvist"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    """(dpi, pixel rows) of every Tesseract reading."""
    seen: list[tuple[int, int]] = []
    real = ocr_turns.run_tesseract

    def counted(image, settings, page_label="", psm=None, dpi=None):
        seen.append((dpi, int(image.split(b"\n")[1].split()[1])))
        return real(image, settings, page_label, psm, dpi)

    monkeypatch.setattr(ocr_turns, "run_tesseract", counted)
    return seen


@pytest.mark.skipif(not Path(DEJAVU).exists(), reason="DejaVu Sans is not installed")
def test_a_line_in_a_font_without_unicode_is_read_once_at_full_resolution(reads: list[tuple[int, int]]) -> None:
    doc = b.new_pdf()
    page = b.text_page(doc, ["Beslut om bistånd", "Ärendet gäller hemtjänst i Norrvik från den första mars.",
                             "Nämnden har prövat ansökan och beviljar den i sin helhet.",
                             "Beslutet kan överklagas inom tre veckor från den dag du fick del av det."])
    lb.line_without_unicode(page, f"Handläggare: {NAME}", (72, 300), DEJAVU)
    plan = ocr_plan(page)
    assert plan.mode == "regions" and plan.font_regions
    read = ocr_page(page, settings=OcrSettings(dpi=300, read_dpi=200), plan=plan)
    assert NAME in read.text
    # One reading at the page's resolution: not a first one at 200 dpi that small print or too few
    # words send back to 300 (with the turn search made twice).
    assert [dpi for dpi, _ in reads] == [300], reads


def test_a_whole_page_is_still_read_at_the_lower_resolution_first(reads: list[tuple[int, int]]) -> None:
    doc = b.new_pdf()
    page = b.scanned_page(doc, ["Beslut om bistånd", f"Handläggare: {NAME}", "Ärendet gäller hemtjänst i Norrvik."] * 6,
                          dpi=300)
    assert ocr_plan(page).mode == "page"
    read = ocr_page(page, settings=OcrSettings(dpi=300, read_dpi=200))
    assert NAME in read.text
    assert reads[0][0] == 200


@pytest.mark.parametrize(("shape", "runs"), [((60, 900), 1), ((1400, 1000), 2)])
def test_the_orientation_check_tries_half_size_only_on_an_image_big_enough(
    monkeypatch: pytest.MonkeyPatch, shape: tuple[int, int], runs: int
) -> None:
    calls: list[list[str]] = []
    real = subprocess.run

    def counted(cmd, *args, **kwargs):
        calls.append(cmd)
        return real(cmd, *args, **kwargs)

    monkeypatch.setattr(ocr_tesseract.subprocess, "run", counted)
    blank = np.full(shape, 255, dtype=np.uint8)  # nothing to judge: every step is tried
    assert ocr_tesseract.detect_orientation(blank, OcrSettings(), 300) == (0, 0.0)
    assert len(calls) == runs
    assert calls[-1][calls[-1].index("--dpi") + 1] == "300"  # the full-size check is always made
