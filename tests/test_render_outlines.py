"""Text drawn as vector outlines under a mask is removed whole, and nothing beside the box vanishes.

MuPDF's redaction takes a path only when the rectangle covers it whole. A mask made
from an OCR word box can end inside a glyph's outline; that glyph would survive in the
file under the drawn box. Each page here is built in code: a fictional person's name
set as glyph-sized filled curves (as a print driver that converts text to outlines does).
"""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

import pdf_builders as b
from conftest import pdftotext
from redact.ingest.ocr_outlines import glyph_boxes, glyph_paths
from redact.render.pdf import render_pdf
from redact.verify.ink import ink_loss
from redact.verify.ocr import glyphs_under

NAME = "Sofia Lindqvist"


def _outlined_name(page: pymupdf.Page, x: float, baseline: float, stroke: bool = False) -> list[pymupdf.Rect]:
    """The name as one filled closed curve per letter (5 pt wide, 9 pt tall); returns the letters' boxes.

    ``stroke``: each letter is also outlined (fill and stroke in one path, as a hollow-looking title).
    """
    boxes = []
    shape = page.new_shape()
    for ch in NAME:
        if ch != " ":
            box = pymupdf.Rect(x, baseline - 9, x + 5, baseline)
            shape.draw_oval(box)
            shape.finish(fill=(0, 0, 0), color=(0, 0, 0) if stroke else None, width=0.6)
            boxes.append(box)
        x += 6
    shape.commit()
    return boxes


def _page(tmp_path: Path, stroke: bool = False, x: float = 72) -> tuple[Path, list[pymupdf.Rect]]:
    doc = b.new_pdf()
    page = doc.new_page(width=595, height=842)
    page.insert_text((72, 100), "Beslut om bistand", fontsize=11)
    letters = _outlined_name(page, x, 200, stroke)
    page.insert_text((72, 260), "Handlaggare: se nedan", fontsize=11)
    return b.save(doc, tmp_path / "in.pdf"), letters


@pytest.mark.parametrize("stroke", [False, True], ids=["filled", "filled-and-stroked"])
def test_outline_glyph_cut_by_the_mask_edge_is_removed_whole(tmp_path: Path, stroke: bool) -> None:
    src, letters = _page(tmp_path, stroke)
    # An OCR word box a little short of the name: the last letter's centre lies inside, its right edge does not.
    last = letters[-1]
    rect = (letters[0].x0 + 0.5, last.y0 + 1.5, (last.x0 + last.x1) / 2 + 1.0, last.y1 - 1.5)
    masks = [b.mask(1, [rect], "PERSON", NAME)]
    out = tmp_path / "out.pdf"
    render_pdf(src, masks, out)
    with pymupdf.open(out) as doc:
        assert glyphs_under(doc[0], [rect]) == 0
        left = glyph_boxes(glyph_paths(doc[0]))
    assert not any(g[1] < 200 and g[3] > 191 for g in left), left  # no letter of the name is left, whole or cut
    assert ink_loss(src, out, masks) == []  # what went lies under the drawn box
    text = pdftotext(out)
    assert "Beslut om bistand" in text and "Handlaggare" in text


def test_outline_glyph_beside_the_mask_stays(tmp_path: Path) -> None:
    src, letters = _page(tmp_path)
    # A mask over the first name only: the surname's letters, whose centres lie outside, stay.
    first = letters[:5]
    rect = (first[0].x0 - 0.5, first[0].y0 - 0.5, first[-1].x1 + 0.5, first[0].y1 + 0.5)
    masks = [b.mask(1, [rect], "PERSON", "Sofia")]
    out = tmp_path / "out.pdf"
    render_pdf(src, masks, out)
    with pymupdf.open(out) as doc:
        left = glyph_boxes(glyph_paths(doc[0]))
    assert len([g for g in left if g[1] < 200 and g[3] > 191]) == len(letters) - 5
    assert ink_loss(src, out, masks) == []


def _graph(tmp_path: Path) -> tuple[Path, pymupdf.Rect, pymupdf.Rect]:
    """A drawn graph, as in a paper's figure: text labels in stroked ellipses joined by arrows, edge labels beside them."""
    doc = b.new_pdf()
    page = doc.new_page(width=595, height=842)
    page.insert_text((72, 100), "Figur 3: vem handlade ärendet", fontsize=11)
    shape = page.new_shape()
    nodes = {"Leila": (300, 200), "beslut": (300, 260), "nämnd": (220, 260), "dom": (380, 260)}
    for label, (x, y) in nodes.items():
        shape.draw_oval(pymupdf.Rect(x - 18, y - 10, x + 18, y + 10))  # a node, stroked: glyph-sized to the outline test
        shape.finish(color=(0, 0, 0), fill=None, width=0.85)
    shape.draw_line((300, 210), (300, 250))  # an arrow from the node to the next one
    shape.finish(color=(0, 0, 0), width=1.5)
    shape.commit()
    for label, (x, y) in nodes.items():
        page.insert_text((x - 2.4 * len(label), y + 2.5), label, fontname="cour", fontsize=8)
    page.insert_text((306, 225), "SUFFIX", fontname="cobo", fontsize=7)  # edge labels just beside the node
    page.insert_text((262, 216), "SBJ", fontname="cobo", fontsize=7)
    name = page.search_for("Leila")[0]
    src = b.save(doc, tmp_path / "graph.pdf")
    return src, pymupdf.Rect(name), pymupdf.Rect(282, 190, 318, 210)


def test_a_mask_in_a_drawn_node_takes_neither_the_node_nor_the_labels_beside_it(tmp_path: Path) -> None:
    """A stroked ellipse around a masked label is glyph-sized, but reaches well past the mask: it is not
    grown over (its mitred joins would reach ten line widths further, over the edge labels), and stays."""
    src, name, node = _graph(tmp_path)
    masks = [b.mask(1, [tuple(name)], "PERSON", "Leila")]
    out = tmp_path / "out.pdf"
    render_pdf(src, masks, out)
    text = pdftotext(out)
    with pymupdf.open(out) as doc:
        page = doc[0]
        mupdf = page.get_text()
        ovals = [d for d in page.get_drawings() if d.get("color") and not d.get("fill") and pymupdf.Rect(d["rect"]).height > 15]
        boxes = [pymupdf.Rect(d["rect"]) for d in page.get_drawings() if d.get("fill") == (0.0, 0.0, 0.0)]
    for reading in (text, mupdf):
        assert "Leila" not in reading
        for label in ("SUFFIX", "SBJ", "beslut", "Figur 3"):
            assert label in reading, f"{label!r} lost"
    assert any(abs(pymupdf.Rect(d["rect"]).x0 - node.x0) < 1 and abs(pymupdf.Rect(d["rect"]).y0 - node.y0) < 1 for d in ovals)
    drawn = boxes[0]
    for b_ in boxes[1:]:
        drawn |= b_
    assert name.contains(drawn) or (drawn.width < name.width + 4 and drawn.height < name.height + 4), drawn
    assert ink_loss(src, out, masks) == []


def test_an_outline_glyph_another_mask_reaches_into_first_is_removed_by_its_own(tmp_path: Path) -> None:
    """MuPDF judges a path by the first rectangle that meets it only: a mask on the line above whose box reached
    into the letters' tops came first, did not cover them, and the letters the next mask took stayed in the file."""
    # the last letter's ink ends within a pixel of the box's edge (as seen at three pixels a point): the check of
    # paths left under boxes, which compares the page outside the boxes, cannot take it, so the masks' own pass must
    src, letters = _page(tmp_path, x=72.4)
    last = letters[-1]
    above = (60.0, 180.0, 300.0, last.y0 + 1.5)  # reaches 1.5 pt into every letter, spans none
    # an OCR word box snapped to the glyphs (half a point round them): their ink reaches to the box's edge
    rect = (letters[0].x0 - 0.5, last.y0 - 0.5, last.x1 + 0.5, last.y1 + 0.5)
    masks = [b.mask(1, [above], "PERSON", "Karin Berg"), b.mask(1, [rect], "PERSON", NAME)]
    out = tmp_path / "out.pdf"
    render_pdf(src, masks, out)
    with pymupdf.open(out) as doc:
        assert glyphs_under(doc[0], [rect]) == 0
        left = glyph_boxes(glyph_paths(doc[0]))
    assert not any(g[1] < 200 and g[3] > 191 for g in left), left
    assert ink_loss(src, out, masks) == []
