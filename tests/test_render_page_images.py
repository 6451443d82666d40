"""The image list a page's mask removal reads before the redaction serves both the box's pixels and the stencils."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

import pdf_builders as b
from redact.render import redacted_images
from redact.render.pdf import render_pdf

NAME = "Torvald Ekeberg-Nyqvist"


def test_image_list_not_read_again_for_the_stencils(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = b.new_pdf()
    page = b.text_page(doc, ["Ansökan om båtplats", f"Sökande: {NAME}", "Plats 14 vid Norrudden"])
    b.image(page, (320, 60, 440, 140))
    src = b.save(doc, tmp_path / "in.pdf")
    again: list[int] = []
    real = redacted_images._image_xrefs

    def counting(page: pymupdf.Page) -> list[int]:
        again.append(page.number)
        return real(page)

    monkeypatch.setattr(redacted_images, "_image_xrefs", counting)
    out = tmp_path / "out.pdf"
    render_pdf(src, b.masks_for(src, {NAME: "PERSON"}), out)
    assert again == []  # no stencil to give back, and the list from before the redaction was handed over
    with pymupdf.open(out) as done:
        assert NAME not in done[0].get_text() and "Norrudden" in done[0].get_text()
        assert done[0].get_images()


def test_handed_list_notes_what_a_fresh_read_notes(tmp_path: Path) -> None:
    doc = b.new_pdf()
    page = b.text_page(doc, ["Ritning över tomten"])
    b.image(page, (72, 120, 300, 260))
    with pymupdf.open(b.save(doc, tmp_path / "in.pdf")) as opened:
        page = opened[0]
        assert redacted_images.stenciled_images(page, page.get_images(full=True)) == redacted_images.stenciled_images(page)
