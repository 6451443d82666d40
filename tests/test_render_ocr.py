"""Scanned pages end to end: masks blank the image pixels, a fresh OCR reads nothing masked, the output is searchable."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pymupdf
import pytest

from conftest import mupdf_text, pdftotext
from ocr_fixtures import write_mixed_pdf, write_scanned_pdf
from redact.ingest.ocr import OcrSettings, tesseract_available
from redact.ingest.ocr_plan import OcrPlan
from redact.ingest.ocr_parallel import ocr_document, plan_document
from redact.pipeline import RunOptions, run_file
from redact.render.pdf import render_pdf
from redact.types import Mask
from redact.verify.ocr import mask_is_uniform, reads_masked, verify_ocr_output

pytestmark = pytest.mark.skipif(not tesseract_available(), reason="tesseract-ocr-swe missing: run make setup")

LETTER = [
    "Beslut om bistånd",
    "Handläggare: Karin Bergström",
    "Sökande: Olle Nyström, personnummer 19850312-2395",
    "Telefon 070-123 45 67",
    "E-post olle.nystrom@exempel.se",
    "Beslutet kan överklagas hos förvaltningsrätten.",
]
SECRETS = {
    "Karin Bergström": "PERSON",
    "Olle Nyström": "PERSON",
    "19850312-2395": "PERSONNUMMER",
    "070-123 45 67": "PHONE",
    "olle.nystrom@exempel.se": "EMAIL",
}
FAST = RunOptions(ocr_dpi=200)


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


@pytest.fixture(scope="module")
def redacted(tmp_path_factory, blank_detector):
    tmp = tmp_path_factory.mktemp("ocr")
    src = write_scanned_pdf(tmp / "brev.pdf", [LETTER, LETTER], rotate={1: 90})
    out = tmp / "brev.redacted.pdf"
    disclosure = run_file(src, out, options=FAST, detector=blank_detector)
    return src, out, disclosure


def test_every_item_is_found_on_upright_and_turned_pages(redacted):
    _, _, d = redacted
    for page in (1, 2):
        found = {(f.text, f.category) for f in d.findings if f.page == page}
        for text, cat in SECRETS.items():
            assert (text, cat) in found, (page, text)
    assert d.verification.ok and {"pixels", "tesseract"} <= set(d.verification.extractors)


def test_pixels_under_every_mask_are_uniform_in_the_image_itself(redacted):
    src, out, d = redacted
    with pymupdf.open(out) as doc:
        for m in d.masks:
            for r in m.rects:
                assert mask_is_uniform(doc[m.page - 1], r)
        # The image data itself (not just a box drawn over it) is blank under the mask, on page 1.
        page = doc[0]
        info = page.get_image_info(xrefs=True)[0]
        img = pymupdf.Pixmap(doc, info["xref"])
        a = np.frombuffer(img.samples, dtype=np.uint8).reshape(img.height, img.stride)[:, : img.width * img.n]
        sx, sy = img.width / page.rect.width, img.height / page.rect.height
        for m in d.masks:
            if m.page != 1:
                continue
            for x0, y0, x1, y1 in m.rects:
                block = a[int(y0 * sy) + 2 : int(y1 * sy) - 2, (int(x0 * sx) + 2) * img.n : (int(x1 * sx) - 2) * img.n]
                assert block.size and int(block.max()) - int(block.min()) <= 8, m.category
    with pymupdf.open(src) as doc:  # near miss: the same rect on the input has ink in it
        assert not mask_is_uniform(doc[0], d.masks[0].rects[0])


def test_fresh_ocr_of_the_output_reads_no_masked_string(redacted):
    _, out, _ = redacted
    pages = ocr_document(out, pages=[1, 2], settings=OcrSettings(dpi=200))
    for page in pages.values():
        assert "beslut" in page.text.casefold()  # the page is still readable
        for text in SECRETS:
            assert not reads_masked(page.text, text), text


def test_output_is_searchable_without_masked_words(redacted):
    _, out, _ = redacted
    for text in (mupdf_text(out), pdftotext(out)):
        assert "förvaltningsrätten" in text and "Beslut" in text
        for secret in SECRETS:
            assert _norm(secret) not in _norm(text)
        assert "Bergström" not in text and "Nyström" not in text
    with pymupdf.open(out) as doc:
        assert doc[0].search_for("överklagas")


def test_text_layer_can_be_turned_off(tmp_path: Path, blank_detector):
    src = write_scanned_pdf(tmp_path / "brev.pdf", [LETTER])
    out = tmp_path / "ut.pdf"
    run_file(src, out, options=RunOptions(ocr_dpi=200, ocr_text_layer=False), detector=blank_detector)
    assert mupdf_text(out).strip() == ""


def test_mixed_page_masks_the_scanned_attachment(tmp_path: Path, blank_detector):
    src = write_mixed_pdf(tmp_path / "blandad.pdf", ["Följebrev till nämnden", "Bilaga: inskannat intyg"], LETTER[:4])
    out = tmp_path / "ut.pdf"
    d = run_file(src, out, options=FAST, detector=blank_detector)
    assert {"Karin Bergström", "19850312-2395"} <= {f.text for f in d.findings}
    fresh = ocr_document(out, pages=[1], settings=OcrSettings(dpi=200))[1].text
    assert "bistånd" in fresh and not reads_masked(fresh, "Karin Bergström")
    # the page had a text layer: no OCR layer is added, the text layer is kept
    assert "Följebrev" in mupdf_text(out) and "bistånd" not in mupdf_text(out)


def test_verification_catches_a_mask_in_the_wrong_place(tmp_path: Path):
    src = write_scanned_pdf(tmp_path / "brev.pdf", [LETTER])
    with pymupdf.open(src) as doc:
        plans = plan_document(doc)
    # The mask claims "Karin Bergström" but sits on empty paper: the name is still in the image.
    wrong = Mask("m1", 1, ((300.0, 700.0, 400.0, 720.0),), "PERSON", "test", 1.0, "accepted", text="Karin Bergström")
    out = tmp_path / "ut.pdf"
    render_pdf(src, [wrong], out)
    result = verify_ocr_output(out, [wrong], plans, OcrSettings(dpi=200))
    assert not result.verification.ok and result.verification.failures == ((1, "PERSON"),)


@pytest.mark.parametrize(
    ("page_text", "needle", "read"),
    [
        ("Handläggare: Karin Bergström", "Karin Bergström", True),
        ("Handläggare: KARIN  BERGSTRÖM.", "Karin Bergström", True),
        ("personnummer 19850312 - 2395", "19850312-2395", True),  # split differently by OCR
        ("Handläggare: Karin", "Karin Bergström", False),
        ("Karinsson Bergströms", "Karin Bergström", False),  # near miss: other words
        ("AB kommer", "AB", False),  # too short to look for
        ("Ersättaren Sten föreslår", "Sten", True),
        ("gångarna av sten har satt sig", "Sten", False),  # the noun is not the one-word name
        ("gångarna av STEN", "Sten", True),
    ],
)
def test_reads_masked(page_text: str, needle: str, read: bool):
    assert reads_masked(page_text, needle) is read


def test_a_region_page_is_judged_on_what_ocr_read_in_its_regions(tmp_path: Path):
    # The text layer names Karin Bergström where a reviewer released it (the text readings judge that
    # place); the scanned attachment names her too, and there she is masked.
    src = write_mixed_pdf(tmp_path / "blandad.pdf", ["Följebrev till nämnden", "Kontakt: Karin Bergström"], LETTER[:3])
    with pymupdf.open(src) as doc:
        plans = plan_document(doc)
        image = [r for r in doc[0].search_for("Bergström") if r.y0 > 400]
    assert plans[1].mode == "regions" and not image  # the image's words are not in the text layer
    fresh = ocr_document(src, pages=[1], settings=OcrSettings(dpi=200))[1]
    in_image = [w.rect for w in fresh.words if w.text in ("Karin", "Bergström") and w.rect[1] > 400]
    assert len(in_image) == 2
    x0, y0 = min(r[0] for r in in_image), min(r[1] for r in in_image)
    x1, y1 = max(r[2] for r in in_image), max(r[3] for r in in_image)
    mask = Mask("m1", 1, ((x0 - 2, y0 - 2, x1 + 2, y1 + 2),), "PERSON", "test", 1.0, "accepted", text="Karin Bergström")
    out = tmp_path / "ut.pdf"
    render_pdf(src, [mask], out)
    assert "Karin Bergström" in mupdf_text(out)  # the released place stays
    assert verify_ocr_output(out, [mask], plans, OcrSettings(dpi=200)).verification.ok
    # Unmasked in the attachment, the name is read there and fails.
    render_pdf(src, [], out)
    result = verify_ocr_output(out, [mask], plans, OcrSettings(dpi=200), check_pixels=False)
    assert result.verification.failures == ((1, "PERSON"),)


def test_pixels_are_checked_in_the_box_drawn_round_a_neighbours_glyphs(tmp_path: Path):
    # Without images on the page the renderer narrows a box that reaches into the next line, so the
    # line below keeps its letters; the strip it spares is the page as it was, not a leak.
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((60, 100), "Handläggare Karin Bergström", fontsize=11)
    page.insert_text((60, 111), "ringde om beslutet i går", fontsize=11)
    src = tmp_path / "rader.pdf"
    doc.save(src)
    r = page.search_for("Karin Bergström")[0]
    doc.close()
    rect = (r.x0, r.y0, r.x1, r.y1 + 2.5)
    mask = Mask("m1", 1, (rect,), "PERSON", "test", 1.0, "accepted", text="Karin Bergström")
    out = tmp_path / "ut.pdf"
    render_pdf(src, [mask], out)
    assert "beslutet i går" in mupdf_text(out) and "Bergström" not in mupdf_text(out)
    plans = {1: OcrPlan("page", text_layer=True)}
    assert verify_ocr_output(out, [mask], plans, OcrSettings(dpi=200)).verification.ok
    # With no box drawn the name is there to see, and the pixels say so.
    render_pdf(src, [], out)
    with pymupdf.open(out) as done:
        assert not mask_is_uniform(done[0], rect)
    assert not verify_ocr_output(out, [mask], plans, OcrSettings(dpi=200)).verification.ok


def test_a_release_on_a_scanned_page_holds_only_at_its_place(tmp_path: Path):
    # The reviewer released the handläggare's name where it stands first; the same name
    # further down, which detection never placed, is a leak and fails: released by place, not by string.
    lines = ["Handläggare: Karin Bergström", "Beslutet fattades av nämnden.", "Kopia till Karin Bergström"]
    src = write_scanned_pdf(tmp_path / "brev.pdf", [lines])
    with pymupdf.open(src) as doc:
        plans = plan_document(doc)
    fresh = ocr_document(src, pages=[1], settings=OcrSettings(dpi=200))[1]
    first = [w.rect for w in fresh.words if w.text in ("Karin", "Bergström")][:2]
    assert len(first) == 2
    place = (min(r[0] for r in first) - 2, min(r[1] for r in first) - 2, max(r[2] for r in first) + 2, max(r[3] for r in first) + 2)
    name = Mask("m1", 1, ((500.0, 800.0, 560.0, 815.0),), "PERSON", "test", 1.0, "accepted", text="Karin Bergström")
    out = tmp_path / "ut.pdf"
    render_pdf(src, [], out)
    result = verify_ocr_output(out, [name], plans, OcrSettings(dpi=200), keep={"Karin Bergström"},
                               check_pixels=False, released={1: [place]})
    assert result.verification.failures == ((1, "PERSON"),)
    leaks = result.verification.leaks
    assert len(leaks) == 1 and leaks[0].rects[0][1] > place[3]  # the copy below, not the released one
