"""The boxes' path operators are written as PyMuPDF's Shape.draw_rect writes them, so the output is the same bytes."""

from __future__ import annotations

import random
from pathlib import Path

import pymupdf
import pytest

import pdf_builders as b
from redact.render import mask_boxes, mask_removal
from redact.render.box_paths import rect_paths
from redact.render.pdf import render_pdf
from redact.types import RenderOptions


def _shape_paths(page: pymupdf.Page, rects: list[tuple[float, float, float, float]]) -> str:
    """What the renderer wrote before: one Shape.draw_rect per box."""
    shape = page.new_shape()
    for rect in rects:
        shape.draw_rect(pymupdf.Rect(rect))
    return shape.draw_cont


def _rects() -> list[tuple[float, float, float, float]]:
    rng = random.Random(7)
    rects = []
    for _ in range(400):
        x, y = rng.uniform(-20, 600), rng.uniform(-20, 850)
        rects.append((x, y, x + rng.uniform(-2, 150), y + rng.uniform(-2, 16)))
    # a point, numbers under the rounding's floor, a reversed box, whole numbers, long fractions
    return rects + [(0, 0, 0, 0), (1e-5, -2e-5, 3e-5, 4), (300.5, 200.25, 100.125, 180.0), (10, 20, 30, 40),
                    (-3.123456789, 5.5, 7.25, 9.000001), (72.00004999, 100.000051, 144.99999, 112.5)]


@pytest.mark.parametrize("rotate, crop, unit", [(0, None, None), (90, None, None), (180, (20, 30, 500, 700), None),
                                                (270, (10, 15, 400, 600), None), (0, None, "2"), (90, None, "0.75")])
def test_rect_paths_write_what_shape_draw_rect_writes(rotate: int, crop: tuple | None, unit: str | None) -> None:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    if crop:
        page.set_cropbox(pymupdf.Rect(crop))
    if unit:
        doc.xref_set_key(page.xref, "UserUnit", unit)
    page.set_rotation(rotate)
    page = doc[0]
    rects = _rects()
    assert rect_paths(rects, page.new_shape().ipctm) == _shape_paths(page, rects)


def _draw_boxes_with_shape(page: pymupdf.Page, boxes, fill) -> None:
    """The renderer's box drawing as it was, one Shape.draw_rect per box (labels as they are drawn now)."""
    shape = page.new_shape()
    unit, rotation = mask_boxes.user_unit(page), page.rotation
    for rect, _ in boxes:
        shape.draw_rect(pymupdf.Rect(mask_boxes.as_drawn(rect, unit, rotation)))
    shape.finish(fill=fill, color=None, width=0)
    light = 0.299 * fill[0] + 0.587 * fill[1] + 0.114 * fill[2] > 0.5
    ink = (0.0, 0.0, 0.0) if light else (1.0, 1.0, 1.0)
    for rect, label in boxes:
        placed = mask_boxes.fit_label(rect, label)
        if placed:
            point, size = placed
            shape.insert_text(point, label, fontname=mask_boxes.LABEL_FONT, fontsize=size, color=ink)
    shape.commit()


def _page_contents(path: Path) -> list[bytes]:
    with pymupdf.open(path) as doc:
        return [b"".join(doc.xref_stream(x) for x in page.get_contents()) for page in doc]


@pytest.mark.parametrize("rotate, label", [(0, "none"), (90, "none"), (0, "category")])
def test_a_rendered_file_has_the_same_content_as_with_shape_draw_rect(tmp_path: Path, rotate: int, label: str,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    doc = b.new_pdf()
    b.text_page(doc, ["Handläggare Vera Holmqvist, tel 070-174 06 12.", "Sökande: Amra Begic, Rönnbärsvägen 14.",
                      "Beslutet kan överklagas hos förvaltningsrätten."])
    page = b.text_page(doc, ["Maria Lindqvist och Per-Olof Nyström närvarade.", "Nästa möte hålls i Ekby."])
    page.set_rotation(rotate)
    src = b.save(doc, tmp_path / "in.pdf")
    masks = b.masks_for(src, {"Vera Holmqvist": "PERSON", "070-174 06 12": "PHONE", "Amra Begic": "PERSON",
                              "Rönnbärsvägen 14": "ADDRESS", "Maria Lindqvist": "PERSON", "Per-Olof Nyström": "PERSON"})
    now, before = tmp_path / "now.pdf", tmp_path / "before.pdf"
    options = RenderOptions(label=label)
    render_pdf(src, masks, now, options)
    monkeypatch.setattr(mask_removal, "draw_boxes", _draw_boxes_with_shape)
    render_pdf(src, masks, before, options)
    assert _page_contents(now) == _page_contents(before)
    assert any(b" re\n" in c for c in _page_contents(now))
