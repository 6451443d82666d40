"""Vector art under a mask's box is removed from the file even where MuPDF's rectangle test leaves it; art beside the box stays.

MuPDF takes a stroked path only when its bound lies inside a redaction rectangle, and a mitred
stroke's bound reaches ten line widths past the line: a signature drawn close to the box's edge
stayed in the file, under the box, for any parser to read. MuPDF also tests a path only against
the first rectangle that meets it, so a path under the second of two neighbouring masks stayed.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf

import pdf_builders as b
from conftest import mupdf_text, pdftotext
from redact.render.pdf import render_pdf
from redact.verify.ink import ink_loss

NAME = "Mirja Aaltonen-Diallo"


def _paths(path: Path) -> list[dict]:
    with pymupdf.open(path) as doc:
        return [d for d in doc[0].get_drawings() if d.get("color") is not None]  # stroked art (the boxes are fills)


def _signed_letter(tmp_path: Path) -> Path:
    doc = b.new_pdf()
    page = b.text_page(doc, ["Beslut om bistånd", "Ärendet gäller ansökan om hemtjänst."])
    page.insert_text((72, 300), f"Underskrift: {NAME}", fontsize=12)
    # The signature: a curve and a zigzag with sharp mitred joins, drawn above the printed name.
    page.draw_bezier((160, 275), (180, 255), (215, 290), (250, 265), color=(0, 0, 0.5), width=1.2)
    page.draw_polyline([(255, 283), (265, 262), (275, 283), (285, 262)], color=(0, 0, 0.5), width=1.2, lineJoin=0)
    b.line(page, (72, 320), (500, 320))  # a rule under the whole line: on show beside the box, it stays
    return b.save(doc, tmp_path / "signed.pdf")


def _mask_over_signature(src: Path) -> tuple[float, float, float, float]:
    with pymupdf.open(src) as doc:
        name = doc[0].search_for(NAME)[0]
    return (name.x0 - 2, 254, 292, name.y1 + 1)  # two points round the strokes: far less than ten line widths


def test_signature_strokes_close_to_the_box_edge_are_removed(tmp_path: Path) -> None:
    src = _signed_letter(tmp_path)
    box = _mask_over_signature(src)
    inside = pymupdf.Rect(box)
    assert len([d for d in _paths(src) if inside.contains(d["rect"])]) == 2
    out = tmp_path / "ut.pdf"
    render_pdf(src, [b.mask(1, [box], text=NAME)], out)
    for text in (mupdf_text(out), pdftotext(out), b.all_text(out)):
        assert "aaltonen" not in text.casefold()
    left = _paths(out)
    assert not [d for d in left if inside.intersects(d["rect"])], "a stroke under the box is still in the file"
    assert any(abs(d["rect"].y0 - 320) < 1 and d["rect"].width > 400 for d in left)  # the rule beside it stays
    assert ink_loss(src, out, [b.mask(1, [box])]) == []


def test_art_under_the_second_of_two_neighbouring_masks_is_removed(tmp_path: Path) -> None:
    """The first mask's rectangle meets the stroke's bound (ten line widths out); the stroke lies inside the second's."""
    doc = b.new_pdf()
    page = b.text_page(doc, ["Beslut om bistånd"])
    page.insert_text((72, 347), f"Kontakt: {NAME}", fontsize=12)
    page.draw_polyline([(300, 340), (330, 360), (360, 340)], color=(0, 0, 0), width=1.0, lineJoin=0)  # initials, drawn
    src = b.save(doc, tmp_path / "two.pdf")
    with pymupdf.open(src) as d:
        name = d[0].search_for(NAME)[0]
        bound = [r for kind, r in d[0].get_bboxlog() if kind == "stroke-path"][0]
    first = (name.x0, name.y0, 292.0, name.y1)  # reaches past the name into the stroke's bound
    second = (285.0, 325.0, 375.0, 375.0)
    assert pymupdf.Rect(first).intersects(bound) and pymupdf.Rect(second).contains(bound)
    out = tmp_path / "ut.pdf"
    render_pdf(src, [b.mask(1, [first], text=NAME), b.mask(1, [second])], out)
    assert not [d for d in _paths(out) if pymupdf.Rect(second).intersects(d["rect"])], "the stroke is still in the file"
    assert "aaltonen" not in pdftotext(out).casefold()
    assert ink_loss(src, out, [b.mask(1, [first]), b.mask(1, [second])]) == []


def test_a_stroke_reaching_out_of_the_box_stays_whole(tmp_path: Path) -> None:
    """A thick stroke whose line lies under the box but whose width shows beside it, and a line crossing the box edge."""
    doc = b.new_pdf()
    page = b.text_page(doc, ["Beslut om bistånd"])
    page.draw_line((110, 300), (190, 300), color=(0.6, 0, 0), width=12, lineCap=1)  # ink 6 points above and below
    page.draw_line((150, 330), (260, 330), color=(0, 0.4, 0), width=1)  # half under the box
    src = b.save(doc, tmp_path / "reach.pdf")
    box = (100, 297, 200, 340)
    out = tmp_path / "ut.pdf"
    render_pdf(src, [b.mask(1, [box])], out)
    kept = {round(d["rect"].y0) for d in _paths(out)}
    assert kept == {300, 330}
    assert ink_loss(src, out, [b.mask(1, [box])]) == []


def test_art_under_a_mask_that_mupdf_cannot_take_is_refused_not_left(tmp_path: Path, monkeypatch) -> None:
    """MuPDF raising while it takes the strokes under a mask's box left them in the file under the box: refused."""
    import pytest

    from redact.errors import ArtRemovalError
    import redact.render.line_art_passes as passes

    def fails(page, group):
        raise RuntimeError("code=2: cannot apply redactions")

    monkeypatch.setattr(passes, "_add_quickly", fails)
    src = _signed_letter(tmp_path)
    out = tmp_path / "ut.pdf"
    with pytest.raises(ArtRemovalError) as info:
        render_pdf(src, [b.mask(1, [_mask_over_signature(src)], text=NAME)], out)
    assert info.value.exit_code == 2 and "sida 1" in str(info.value) and "\n" not in str(info.value)
    assert not out.exists()
