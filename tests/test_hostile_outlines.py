"""A name drawn as vector outlines on a page that also has a normal text layer is OCR'd, removed and proven.

The outlines are real glyph shapes (lines and Bézier curves, one filled path
per glyph) made in code: MuPDF writes the text as SVG paths, the SVG is turned
back into a PDF, and its paths are drawn onto a normal text page, either in the
page's own content stream or through a form XObject. Tables, rules, bars and a
logo on a text page must not set off OCR.
"""

from __future__ import annotations

import time
from pathlib import Path

import pymupdf
import pytest

import pdf_builders as b
from conftest import mupdf_text, pdftotext
from redact.errors import VerificationError
from redact.ingest.ocr import (
    OcrSettings,
    glyph_boxes,
    glyph_char_rects,
    glyph_paths,
    may_have_outlines,
    ocr_page,
    ocr_plan,
    outline_regions,
    snap_to_glyphs,
    tesseract_available,
)
from redact.pipeline import RunOptions, run_file
from redact.types import Mask
from redact.verify.ocr import glyphs_under, verify_ocr_output

NAME = "Vera Holmqvist"
PLAIN = ["Beslut om bistånd", "Ärendet gäller ansökan om hemtjänst i Norrvik.", "Beslutet kan överklagas."]
NAME_AT = (72.0, 160.0)

needs_tesseract = pytest.mark.skipif(not tesseract_available(), reason="tesseract-ocr-swe missing: run make setup")


def outlined_text(
    page: pymupdf.Page, text: str, at: tuple[float, float], fontsize: float = 14, form: bool = False, one_path: bool = False,
) -> pymupdf.Rect:
    """Draw ``text`` as filled glyph outlines (no text operators) with its top-left at ``at``; returns its area.

    One path per glyph, in the page's content or (``form``) a form XObject; ``one_path`` fills the whole line as one path.
    """
    scratch = pymupdf.open()
    sp = scratch.new_page(width=pymupdf.get_text_length(text, fontsize=fontsize) + 10, height=fontsize * 1.8)
    sp.insert_text((5, fontsize * 1.3), text, fontsize=fontsize)
    svg = sp.get_svg_image(text_as_path=True)
    src = pymupdf.open("pdf", pymupdf.open(stream=svg.encode(), filetype="svg").convert_to_pdf())
    area = pymupdf.Rect(at[0], at[1], at[0] + src[0].rect.width, at[1] + src[0].rect.height)
    assert not src[0].get_text().strip(), "the outline page must carry no text"
    if form:
        page.show_pdf_page(area, src, 0)
        return area
    shape = page.new_shape()
    for path in src[0].get_drawings():
        for item in path["items"]:
            if item[0] == "l":
                shape.draw_line(item[1] + area.tl, item[2] + area.tl)
            elif item[0] == "c":
                shape.draw_bezier(*(p + area.tl for p in item[1:]))
            elif item[0] == "re":
                shape.draw_rect(item[1] + area.tl)
        if not one_path:
            shape.finish(fill=(0, 0, 0), color=None, width=0, closePath=False)
    if one_path:
        shape.finish(fill=(0, 0, 0), color=None, width=0, closePath=False)
    shape.commit()
    return area


def _text_page(doc: pymupdf.Document) -> pymupdf.Page:
    return b.text_page(doc, PLAIN + ["Handläggare:"])


def _with_outlined_name(tmp_path: Path, form: bool) -> tuple[Path, pymupdf.Rect]:
    doc = b.new_pdf()
    page = _text_page(doc)
    area = outlined_text(page, NAME, NAME_AT, form=form)
    path = tmp_path / "outlines.pdf"
    doc.save(path)
    return path, area


def _table_and_logo(page: pymupdf.Page) -> None:
    """A ruled table with shaded header cells, a bar chart, underlines and a logo: no glyph runs."""
    shape = page.new_shape()
    x0, y0 = 72.0, 300.0
    cols, rows, cw, rh = 4, 5, 100.0, 16.0
    for c in range(cols):  # shaded header cells
        shape.draw_rect(pymupdf.Rect(x0 + c * cw, y0, x0 + (c + 1) * cw, y0 + rh))
    shape.finish(fill=(0.85, 0.85, 0.85), color=None, width=0)
    for r in range(rows + 1):  # rules as thin filled rectangles, as office programs write them
        shape.draw_rect(pymupdf.Rect(x0, y0 + r * rh - 0.25, x0 + cols * cw, y0 + r * rh + 0.25))
    for c in range(cols + 1):
        shape.draw_rect(pymupdf.Rect(x0 + c * cw - 0.25, y0, x0 + c * cw + 0.25, y0 + rows * rh))
    shape.finish(fill=(0, 0, 0), color=None, width=0)
    for r in range(rows + 1):  # and once more as stroked lines
        shape.draw_line((x0, y0 + r * rh), (x0 + cols * cw, y0 + r * rh))
    shape.finish(color=(0, 0, 0), width=0.5)
    for i, h in enumerate((12, 30, 22, 8, 35, 18, 26)):  # a bar chart: glyph-sized boxes on one baseline
        shape.draw_rect(pymupdf.Rect(72 + i * 14, 520 - h, 82 + i * 14, 520))
        shape.finish(fill=(0.2, 0.3, 0.7), color=None, width=0)
    shape.draw_polyline([(72, 540), (300, 540), (300, 541), (72, 541)])  # an underline drawn as a polygon
    shape.finish(fill=(0, 0, 0), color=None, width=0)
    # The logo: a ring, a triangle and a swoosh, at logo size, plus a curvy glyph-sized leaf.
    shape.draw_circle((470, 80), 22)
    shape.finish(fill=(0.1, 0.4, 0.2), color=None, width=0)
    shape.draw_polyline([(455, 95), (470, 65), (485, 95)])
    shape.finish(fill=(1, 1, 1), color=None, width=0, closePath=True)
    shape.draw_bezier((430, 120), (460, 100), (490, 140), (520, 115))
    shape.draw_line((520, 115), (520, 122))
    shape.draw_bezier((520, 122), (490, 147), (460, 107), (430, 127))
    shape.finish(fill=(0.1, 0.4, 0.2), color=None, width=0, closePath=True)
    shape.draw_oval(pymupdf.Rect(500, 60, 508, 72))
    shape.finish(fill=(0.1, 0.6, 0.2), color=None, width=0)
    shape.commit()
    b.write_lines(page, ["Namn", "Belopp", "Datum"], x=x0 + 4, y=y0 + 12, leading=0)


# ------------------------------------------------------------------ planning


def _nested(tmp_path: Path) -> tuple[Path, pymupdf.Rect]:
    """The outlined name in a form XObject inside another form XObject, on a page turned 90 degrees."""
    inner, _ = _with_outlined_name(tmp_path, form=True)
    doc = b.new_pdf()
    page = b.text_page(doc, ["Bilaga 2 till beslutet om bistånd"], y=60)
    with pymupdf.open(inner) as src:
        page.show_pdf_page(page.rect, src, 0)
    page.set_rotation(90)
    path = tmp_path / "nested.pdf"
    doc.save(path)
    return path, pymupdf.Rect(NAME_AT[0], NAME_AT[1], NAME_AT[0] + 100, NAME_AT[1] + 25)


@pytest.mark.parametrize("kind", ["page content", "form xobject", "nested form on a turned page"])
def test_outlined_name_on_a_text_page_is_planned_for_region_ocr(tmp_path: Path, kind: str) -> None:
    path, area = _nested(tmp_path) if kind.startswith("nested") else _with_outlined_name(tmp_path, kind == "form xobject")
    with pymupdf.open(path) as doc:
        page = doc[0]
        assert NAME not in page.get_text() and "Holmqvist" not in page.get_text()
        assert may_have_outlines(page)
        plan = ocr_plan(page)
    assert plan.mode == "regions" and plan.text_layer
    assert plan.vector_regions and set(plan.vector_regions) <= set(plan.regions)
    # One region holds the whole name, with room around it, and it is not the whole page.
    (region,) = plan.vector_regions
    assert pymupdf.Rect(region).contains(area & pymupdf.Rect(region)) and pymupdf.Rect(region).intersects(area)
    assert region[0] <= area.x0 + 5 and region[2] >= area.x1 - 5
    assert (region[2] - region[0]) * (region[3] - region[1]) < 0.1 * 595 * 842


def test_table_rules_bars_and_a_logo_do_not_set_off_ocr() -> None:
    doc = b.new_pdf()
    page = _text_page(doc)
    _table_and_logo(page)
    assert len(page.get_drawings()) > 10  # the fixture really is full of filled paths
    assert outline_regions(page) == ()
    assert ocr_plan(page).mode == "none"
    # ...while the same page with an outlined name does.
    outlined_text(page, NAME, (72, 600))
    plan = ocr_plan(page)
    assert plan.mode == "regions" and len(plan.vector_regions) == 1
    assert pymupdf.Rect(plan.vector_regions[0]).y0 > 590


@pytest.mark.timing
def test_plain_text_page_skips_the_path_lookup_cheaply(tmp_path: Path) -> None:
    doc = b.new_pdf()
    for i in range(40):
        b.text_page(doc, [f"Rad {j} på sida {i}: ärendet bereds av förvaltningen (f) B b." for j in range(50)])
    assert not any(may_have_outlines(p) for p in doc)
    start = time.perf_counter()
    for p in doc:
        outline_regions(p)
    per_page = (time.perf_counter() - start) / doc.page_count
    assert per_page < 0.005, f"{per_page * 1000:.2f} ms per text page"


def test_snap_grows_a_word_box_over_the_glyph_paths_it_cuts() -> None:
    glyphs = [(100.0, 10.0, 108.0, 22.0), (109.0, 13.0, 116.0, 25.5), (140.0, 10.0, 148.0, 22.0)]
    # OCR's box cuts the descender of the second glyph and ends inside the first one's edge.
    snapped = snap_to_glyphs((100.5, 11.0, 117.0, 24.0), glyphs)
    assert snapped[0] < 100.0 and snapped[3] > 25.5 and snapped[2] >= 117.0
    assert snapped[2] < 140.0  # a glyph whose centre is outside the word is left alone
    assert snap_to_glyphs((0, 0, 5, 5), glyphs) == (0, 0, 5, 5)


def test_characters_of_an_outlined_word_get_their_own_glyph_boxes() -> None:
    # "67," read as one word: an even split would cut the "7" and a mask over "67" would leave it.
    glyphs = [(277.5, 165.8, 282.2, 173.2), (283.1, 165.9, 287.9, 173.0), (289.1, 172.0, 290.1, 174.5)]
    word = (276.4, 164.8, 291.2, 175.5)
    chars = glyph_char_rects("67,", word, glyphs, vertical=False)
    assert chars is not None and len(chars) == 3
    for box, g in zip(chars, glyphs):
        assert box[0] <= g[0] and g[2] <= box[2] and box[1] <= g[1] and g[3] <= box[3]
    # More characters than paths (an accent drawn apart, a ligature): split boxes still grow over whole paths.
    chars = glyph_char_rects("67,x", word, glyphs, vertical=False)
    assert chars is not None and len(chars) == 4
    for g in glyphs:
        assert any(b[0] <= g[0] and g[2] <= b[2] for b in chars)


# ------------------------------------------------------------------ OCR, render and proof


@needs_tesseract
def test_region_ocr_reads_the_outlined_name_with_boxes_covering_each_glyph(tmp_path: Path) -> None:
    path, area = _with_outlined_name(tmp_path, form=False)
    with pymupdf.open(path) as doc:
        page = doc[0]
        glyphs = [g.rect for g in glyph_paths(page)]
        result = ocr_page(page, settings=OcrSettings(dpi=200))
    assert "Beslutet kan överklagas." in result.text  # the text layer is kept as it is
    words = {w.text: w for w in result.words if w.text in ("Vera", "Holmqvist")}
    assert set(words) == {"Vera", "Holmqvist"}, result.text
    for w in words.values():
        inside = [g for g in glyphs if w.rect[0] <= (g[0] + g[2]) / 2 <= w.rect[2] and w.rect[1] <= (g[1] + g[3]) / 2 <= w.rect[3]]
        assert inside, "the word box holds no glyph path"
        for g in inside:  # every path the word reads lies wholly inside its box, so the mask removes it
            assert w.rect[0] <= g[0] and g[2] <= w.rect[2] and w.rect[1] <= g[1] and g[3] <= w.rect[3]


@needs_tesseract
@pytest.mark.parametrize("form", [False, True], ids=["page content", "form xobject"])
def test_outlined_name_is_removed_from_the_file_and_proven(tmp_path: Path, form: bool, blank_detector) -> None:
    src, area = _with_outlined_name(tmp_path, form)
    out = tmp_path / "ut.pdf"
    disclosure = run_file(src, out, options=RunOptions(), detector=blank_detector)
    v = disclosure.verification
    assert v is not None and v.ok and {"tesseract", "paths"} <= set(v.extractors)
    masks = [m for m in disclosure.masks if m.page == 1 and pymupdf.Rect(m.rects[0]).intersects(area)]
    assert masks, "no mask over the outlined name"
    with pymupdf.open(out) as doc:
        page = doc[0]
        # The glyph paths are gone from the file, not only covered by the box.
        left = [g for g in glyph_paths(page) if not g.box and pymupdf.Rect(g.rect).intersects(area)]
        assert len(left) <= len("Handläggare:")  # only glyphs outside the name could remain
        assert all(g.rect[0] < area.x0 for g in left)
        assert glyphs_under(page, [r for m in masks for r in m.rects]) == 0
        fresh = ocr_page(page, settings=OcrSettings(dpi=200), plan=ocr_plan(pymupdf.open(src)[0]))
    assert "holmqvist" not in fresh.text.casefold()
    for text in (mupdf_text(out), pdftotext(out)):
        assert "Beslutet kan överklagas" in " ".join(text.split())  # the rest of the page is untouched


@needs_tesseract
def test_name_and_phone_inside_an_outlined_line_are_removed_and_the_rest_stays(tmp_path: Path, blank_detector) -> None:
    doc = b.new_pdf()
    page = _text_page(doc)
    area = outlined_text(page, f"Kontakt {NAME} tel. 070-123 45 67, ring oss", NAME_AT, fontsize=10)
    src, out = tmp_path / "rad.pdf", tmp_path / "ut.pdf"
    doc.save(src)
    before = len([g for g in glyph_paths(page) if pymupdf.Rect(g.rect).intersects(area)])
    disclosure = run_file(src, out, options=RunOptions(), detector=blank_detector)
    assert disclosure.verification is not None and disclosure.verification.ok
    assert {"PERSON", "PHONE"} <= {m.category for m in disclosure.masks}
    with pymupdf.open(out) as result:
        page = result[0]
        masks = [r for m in disclosure.masks for r in m.rects]
        assert glyphs_under(page, masks) == 0
        after = [g for g in glyph_paths(page) if pymupdf.Rect(g.rect).intersects(area)]
        # "Kontakt", "tel." and ", ring oss" are still drawn; the name and the number are gone.
        assert 10 <= len(after) <= before - len("VeraHolmqvist0701234567")
        fresh = ocr_page(page, settings=OcrSettings(dpi=200), plan=ocr_plan(page))
    text = fresh.text.casefold()
    assert "holmqvist" not in text and "070" not in text and "ring oss" in text


@needs_tesseract
def test_a_line_filled_as_one_path_is_removed_or_refused_never_left_under_a_box(tmp_path: Path, blank_detector) -> None:
    """MuPDF removes only paths a mask covers whole: a name inside a one-path line must not survive under the box."""
    doc = b.new_pdf()
    page = _text_page(doc)
    area = outlined_text(page, f"Kontakt {NAME} på kontoret", NAME_AT, fontsize=12, one_path=True)
    assert [g.parts > 1 for g in glyph_paths(page)] == [True]
    src, out = tmp_path / "enbana.pdf", tmp_path / "ut.pdf"
    doc.save(src)
    try:
        disclosure = run_file(src, out, options=RunOptions(), detector=blank_detector)
    except VerificationError as err:  # refused: one line, exit code 2, no output
        assert err.exit_code == 2 and "\n" not in str(err) and NAME not in str(err)
        assert not out.exists()
        return
    assert disclosure.verification is not None and disclosure.verification.ok
    masks = [r for m in disclosure.masks if m.category == "PERSON" for r in m.rects]
    assert masks
    with pymupdf.open(out) as result:
        page = result[0]
        # MuPDF drops the sub-paths a mask covers; the glyphs of the rest of the line stay.
        assert glyphs_under(page, masks) == 0
        left = glyph_boxes(glyph_paths(page))
        assert left and all(pymupdf.Rect(g).intersects(area) for g in left)
        fresh = ocr_page(page, settings=OcrSettings(dpi=200), plan=ocr_plan(page))
    assert "holmqvist" not in fresh.text.casefold() and "kontoret" in fresh.text


@needs_tesseract
def test_verification_fails_when_a_glyph_path_survives_under_a_box(tmp_path: Path) -> None:
    """The proof can fail: a box drawn over outlines without removing them is caught."""
    src, area = _with_outlined_name(tmp_path, form=False)
    with pymupdf.open(src) as doc:
        plan = ocr_plan(doc[0])
        page = doc[0]
        box = pymupdf.Rect(area.x0 + 2, area.y0 + 2, area.x1 - 2, area.y1 - 2)
        page.draw_rect(box, color=None, fill=(0, 0, 0))  # covered, not removed
        covered = tmp_path / "covered.pdf"
        doc.save(covered)
    mask = Mask("m1", 1, ((box.x0, box.y0, box.x1, box.y1),), "PERSON", "test", 1.0, "accepted", text=NAME)
    result = verify_ocr_output(covered, [mask], {1: plan}, OcrSettings(dpi=150), check_pixels=True)
    assert not result.verification.ok
    assert (1, "PERSON") in result.verification.failures
