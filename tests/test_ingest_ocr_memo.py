"""An image is OCR'd once per run: the letterhead logo on every page, and again when the output is checked.

Tesseract gives the same words for the same pixels, so a run remembers its readings by the
pixels read. What the masks changed is read afresh, so the check of the output still sees it.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf

import pdf_builders as b
from conftest import mupdf_text, pdftotext
from ocr_fixtures import scan_image
from redact.ingest import ocr
from redact.pipeline import RunOptions, run_file

LOGO = ["Norrviks kommun", "Socialtjänsten"]
NAME = "Leila Haddad"


def _letters(path: Path, pages: int) -> Path:
    """Letters on the authority's letterhead: the same logo image on every page, one with a name in it."""
    logo = scan_image(LOGO, dpi=150, fontsize=14, width=220, height=70, top=28)
    card = scan_image([f"Handläggare {NAME}"], dpi=150, fontsize=11, width=260, height=40, top=24)
    doc = b.new_pdf()
    for n in range(pages):
        page = doc.new_page()
        page.insert_image(pymupdf.Rect(60, 40, 280, 110), pixmap=logo)
        page.insert_text((72, 160), f"Beslut om bistånd, sida {n + 1}", fontsize=11)
        page.insert_text((72, 180), "Nämnden har prövat ansökan enligt socialtjänstlagen.", fontsize=11)
        if n == 1:
            page.insert_image(pymupdf.Rect(72, 220, 332, 260), pixmap=card)
    return b.save(doc, path)


def _count_readings(monkeypatch, log: Path) -> None:
    """Count Tesseract runs in a file: the run works in a child process of its own."""
    from redact.ingest import ocr_turns

    real = ocr_turns.run_tesseract

    def counted(image, settings, page_label="", psm=None, dpi=None):
        with open(log, "a") as fh:
            fh.write("1\n")
        return real(image, settings, page_label, psm, dpi)

    monkeypatch.setattr(ocr_turns, "run_tesseract", counted)  # every reading runs through the turn search


def test_the_same_logo_is_read_once_and_a_changed_image_is_read_again(monkeypatch, tmp_path: Path):
    log = tmp_path / "reads.txt"
    _count_readings(monkeypatch, log)
    src = _letters(tmp_path / "brev.pdf", pages=4)
    out = tmp_path / "out.pdf"
    disclosure = run_file(src, out, options=RunOptions())
    assert disclosure.verification.ok
    for text in (mupdf_text(out), pdftotext(out)):
        assert "Haddad" not in text and "Leila" not in text
    # the logo's pixels and the card's: one reading each on the way in (at most a second at full
    # resolution), and a fresh one of the card after masking; not one per page and stage
    reads = log.read_text().count("\n")
    assert reads <= 6, reads


def test_a_run_without_memo_reads_every_copy(monkeypatch, tmp_path: Path):
    """The memo is what saves the readings (the count above is not met by chance)."""
    log = tmp_path / "reads.txt"
    _count_readings(monkeypatch, log)
    src = _letters(tmp_path / "brev.pdf", pages=4)
    job_run = ocr.OcrJob.run

    def without_memo(self, settings):
        from dataclasses import replace

        return job_run(self, replace(settings, memo=None))

    monkeypatch.setattr(ocr.OcrJob, "run", without_memo)
    run_file(src, tmp_path / "out.pdf", options=RunOptions())
    assert log.read_text().count("\n") > 6


def test_a_masked_scan_is_checked_the_way_its_source_was_read(monkeypatch, tmp_path: Path):
    """A scan upside down whose turn Tesseract's orientation check cannot tell: the way in searches
    the turns; the check of the output reads the masked page once, in the turn found (not the search again)."""
    from ocr_fixtures import write_scanned_pdf

    import redact.verify.ocr as verify_ocr

    log = tmp_path / "reads.txt"
    _count_readings(monkeypatch, log)
    from redact.ingest import ocr_turns

    monkeypatch.setattr(ocr_turns, "detect_orientation", lambda gray, settings, dpi: (0, 0.0))
    real_check = verify_ocr.ocr_open_document

    def marked(*args, **kwargs):
        with open(log, "a") as fh:
            fh.write("check\n")
        return real_check(*args, **kwargs)

    monkeypatch.setattr(verify_ocr, "ocr_open_document", marked)
    lines = ["Beslut om bostadsanpassningsbidrag", f"Sökande: {NAME}", "Ansökan beviljas i sin helhet."]
    src = write_scanned_pdf(tmp_path / "skannad.pdf", [lines], dpi=200, rotate={0: 180})
    out = tmp_path / "out.pdf"
    disclosure = run_file(src, out, options=RunOptions())
    assert disclosure.verification.ok
    for text in (mupdf_text(out), pdftotext(out)):
        assert "Haddad" not in text and "Leila" not in text
    way_in, _, check = log.read_text().partition("check\n")
    assert way_in.count("1\n") >= 3, way_in  # the turns were searched
    # at most one reading, in the turn found: only what the masks changed is read again, and a
    # name wholly under its box leaves nothing to read (the box is one colour)
    assert check.count("1\n") <= 1, (way_in, check)
