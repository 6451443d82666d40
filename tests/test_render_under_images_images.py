"""An image under an opaque image drawn later loses its pixels there; the picture on top stays as it was.

A picture pasted over a scanned name (a white patch, a black bar, a stamp) hides it from a
viewer, but the scan stays in the file for any parser (``pdfimages`` extracts it whole). Text
and vector art under such a picture were removed; an image was not. The hidden pixels must be
blank in the image data as MuPDF and poppler read it, the pixels of the scan on show must stay,
and the page must draw as before (no reader sees a change).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pymupdf
import pytest

import lettering_builders as lb
import pdf_builders as b
from removal_checks import assert_changes_only_under_black, mupdf_images, poppler_image_list, poppler_images
from redact.render.pdf import render_pdf
from redact.verify.ink import ink_loss
from test_hostile_unseen import _render_flat

NAME = "Nadia Eriksson-Mbeki"
SCAN = pymupdf.Rect(72, 200, 372, 300)  # the scanned note: its upper half holds the name
HIDDEN = pymupdf.Rect(72, 200, 372, 250)  # the picture pasted over the name


def _plain(rgb: tuple[int, int, int]) -> pymupdf.Pixmap:
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 30, 10), False)
    pix.set_rect(pix.irect, rgb)
    return pix


def _pasted(tmp_path: Path, cover: str, over: pymupdf.Rect = HIDDEN) -> Path:
    """A letter with a scanned note (the name above, a harmless line below) and a picture pasted over part of it."""
    doc = b.new_pdf()
    page = b.text_page(doc, ["Beslut om bistånd", "Ärendet gäller ansökan om hemtjänst."])
    page.insert_image(SCAN, pixmap=lb.text_picture([NAME, "Inkom den 3 mars"], size=(300, 100), fontsize=24),
                      keep_proportion=False)
    if cover == "stamp":
        b.image(page, over, width=60, height=10)
    else:
        page.insert_image(over, pixmap=_plain((255, 255, 255) if cover == "white patch" else (0, 0, 0)), keep_proportion=False)
    return b.save(doc, tmp_path / "pasted.pdf")


def _scan_rows(shape: tuple[int, int], rect: pymupdf.Rect) -> tuple[slice, slice]:
    """The scan's pixel rows wholly under ``rect`` and wholly outside it (the scan is drawn upright over ``SCAN``)."""
    h = shape[0]
    per = SCAN.height / h
    under = slice(0, int((rect.y1 - SCAN.y0) / per) - 1)
    beside = slice(int((rect.y1 - SCAN.y0) / per) + 1, h)
    return under, beside


def _the_scan(images: list[np.ndarray]) -> np.ndarray:
    return max(images, key=lambda a: a.size)  # the covers are small pictures


@pytest.mark.parametrize("cover", ["white patch", "black bar", "stamp"])
def test_image_under_an_opaque_image_drawn_later_is_blanked_there_and_the_picture_stays(cover: str, tmp_path: Path) -> None:
    src = _pasted(tmp_path, cover)
    baked, out = _render_flat(src, tmp_path)
    assert ink_loss(baked, out, []) == []
    assert_changes_only_under_black(baked, out)  # both readers draw the page as before
    assert len(poppler_image_list(out)) == len(poppler_image_list(baked)) == 2
    for reader, images in (("poppler", poppler_images), ("mupdf", mupdf_images)):
        before, after = _the_scan(images(baked)), _the_scan(images(out))
        assert before.shape == after.shape, reader
        under, beside = _scan_rows(before.shape, HIDDEN)
        assert len(np.unique(before[under])) > 1, reader  # the name was in the scan
        assert len(np.unique(after[under])) == 1, f"{reader}: the name is still in the scan under the picture"
        assert np.array_equal(before[beside], after[beside]), f"{reader}: the scan on show changed"
        covers = sorted(images(baked), key=lambda a: a.size)[:1] + sorted(images(out), key=lambda a: a.size)[:1]
        assert np.array_equal(*covers), f"{reader}: the picture on top changed"


def test_image_wholly_under_an_opaque_image_is_blank(tmp_path: Path) -> None:
    src = _pasted(tmp_path, "white patch", over=SCAN + (-2, -2, 2, 2))
    baked, out = _render_flat(src, tmp_path)
    assert ink_loss(baked, out, []) == []
    assert_changes_only_under_black(baked, out)
    for images in (poppler_images, mupdf_images):
        assert len(np.unique(_the_scan(images(out)))) == 1


def test_image_under_a_translucent_picture_stays(tmp_path: Path) -> None:
    """A picture drawn at half opacity shows the scan through it: the scan is seen and stays whole."""
    src = _pasted(tmp_path, "white patch")
    doc = pymupdf.open(src)
    page = doc[0]
    xref = page.get_contents()[-1]
    data = doc.xref_stream(xref)
    gs = doc.get_new_xref()
    doc.update_object(gs, "<</Type/ExtGState/ca 0.5/CA 0.5>>")
    kind, value = doc.xref_get_key(page.xref, "Resources")
    holder, key = (int(value.split()[0]), "ExtGState") if kind == "xref" else (page.xref, "Resources/ExtGState")
    doc.xref_set_key(holder, key, f"<</GSHalf {gs} 0 R>>")
    # the last picture drawn is the patch: draw it through the half-opaque state
    head, _, tail = data.rpartition(b"q\n")
    doc.update_stream(xref, head + b"q\n/GSHalf gs\n" + tail)
    src = b.save(doc, tmp_path / "half.pdf")
    baked, out = _render_flat(src, tmp_path)
    with pymupdf.open(baked) as d:
        seen = d[0].get_pixmap(clip=HIDDEN, colorspace=pymupdf.csGRAY, alpha=False)
    assert min(seen.samples) < 200  # the name shows through the patch
    for images in (poppler_images, mupdf_images):
        assert np.array_equal(_the_scan(images(baked)), _the_scan(images(out)))
    assert ink_loss(baked, out, []) == []


def test_a_mask_over_the_picture_leaves_no_hidden_scan_beside_it(tmp_path: Path) -> None:
    """The registrar masks part of the pasted picture: the scan under the rest of the picture goes too."""
    src = _pasted(tmp_path, "white patch")
    box = (HIDDEN.x0, HIDDEN.y0, HIDDEN.x0 + 100, HIDDEN.y1)
    out = tmp_path / "ut.pdf"
    render_pdf(src, [b.mask(1, [box])], out)
    assert ink_loss(src, out, [b.mask(1, [box])]) == []
    assert_changes_only_under_black(src, out)
    for images in (poppler_images, mupdf_images):
        after = _the_scan(images(out))
        under, _ = _scan_rows(after.shape, HIDDEN)
        assert len(np.unique(after[under])) == 1
