"""A page's opaque pictures are read once for the text and the art under them: each read decodes every image again."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

import pdf_builders as b
from redact.render import under_images
from redact.render.pdf import render_pdf
from redact.render.under_images import PagePictures

NAME = "Ingrid Fjällström-Okafor"
LINES = ["Beslut om parkeringstillstånd", f"Sökande: {NAME}", "Tillståndet gäller i Ekby kommun."]


def _scan_with_text_layer(tmp_path: Path) -> Path:
    """A scanned page with an invisible text layer drawn over the picture, as OCR software writes it."""
    doc = b.new_pdf()
    scratch = b.new_pdf()
    b.text_page(scratch, LINES, fontsize=14, leading=22)
    pix = scratch[0].get_pixmap(dpi=100, colorspace=pymupdf.csGRAY, alpha=False)
    page = doc.new_page(width=b.A4[0], height=b.A4[1])
    page.insert_image(page.rect, pixmap=pix)
    b.write_lines(page, LINES, fontsize=14, leading=22, render_mode=3)
    return b.save(doc, tmp_path / "scan.pdf")


def test_opaque_pictures_read_once_per_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = _scan_with_text_layer(tmp_path)
    reads: list[int] = []
    real = under_images.opaque_images

    def counting(page: pymupdf.Page, entries: under_images.Entries) -> list:
        reads.append(page.number)
        return real(page, entries)

    monkeypatch.setattr(under_images, "opaque_images", counting)
    out = tmp_path / "out.pdf"
    render_pdf(src, b.masks_for(src, {NAME: "PERSON"}), out)
    assert reads == [0]
    with pymupdf.open(out) as done:
        assert NAME not in done[0].get_text()  # the text layer is hidden text: all of it goes
        assert done[0].get_images()


def test_kept_pictures_are_what_a_fresh_read_finds(tmp_path: Path) -> None:
    with pymupdf.open(_scan_with_text_layer(tmp_path)) as doc:
        page = doc[0]
        log = page.get_bboxlog()
        kept = PagePictures(page, log)
        assert kept() == under_images.opaque_images(page, log) != []
        assert kept() is kept()
