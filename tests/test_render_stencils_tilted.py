"""A tilted stencil or image partly under a mask loses its pixels under the box only.

MuPDF blanks an image under a redaction rectangle over the bound of that rectangle mapped into the
image: for an image drawn tilted (a stamp pasted askew, a scanned signature at an angle) that bound
reaches past the box, and pixels a reader saw beside the box vanished (the ink check then refused
the page). The pixels are chosen by where each one lies on the page: those under the box are blank
in the image data, every other one is as before, as MuPDF and poppler both read and draw it.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pymupdf
import pytest

import lettering_builders as lb
import pdf_builders as b
from removal_checks import assert_changes_only_under_black, mupdf_images, poppler_image_list, poppler_images
from redact.render.pdf import render_pdf
from redact.verify.ink import ink_loss

NAME = "Handläggare: Amira Lundqvist-Haddad"
SCALE = 0.5  # points per pixel


def _paint() -> np.ndarray:
    return lb.text_ink(NAME)


def _tilted_pdf(tmp_path: Path, kind: str, degrees: float) -> Path:
    """A page drawing the line as a stencil or a grey image turned by ``degrees`` about its lower left corner."""
    paint = _paint()
    h, w = paint.shape
    t = math.radians(degrees)
    c, s = math.cos(t), math.sin(t)
    cm = b"%f %f %f %f 100 600 cm " % (w * SCALE * c, w * SCALE * s, -h * SCALE * s, h * SCALE * c)
    if kind == "stencil":
        entries = b"/Type/XObject/Subtype/Image/Width %d/Height %d/ImageMask true/BitsPerComponent 1" % (w, h)
        image, draw = b.raw_stream(entries, np.packbits(~paint, axis=1).tobytes()), b"q 0 0 0.4 rg " + cm + b"/Im1 Do Q\n"
    else:
        entries = b"/Type/XObject/Subtype/Image/Width %d/Height %d/ColorSpace/DeviceGray/BitsPerComponent 8" % (w, h)
        image, draw = b.raw_stream(entries, np.where(paint, 30, 235).astype(np.uint8).tobytes()), b"q " + cm + b"/Im1 Do Q\n"
    content = b.text_op("Beslut om bistånd", 72, 760) + draw
    pdf = b.one_page_pdf(content, b"/Font<</F1 4 0 R>>/XObject<</Im1 6 0 R>>", [image])
    return b.save(pymupdf.open("pdf", pdf), tmp_path / f"{kind}.pdf")


def _box_over_name(src: Path) -> tuple[tuple[float, float, float, float], tuple[float, ...], tuple[int, int]]:
    """A box over the right part of the tilted line (the name), the image's matrix and its size."""
    with pymupdf.open(src) as doc:
        info = doc[0].get_image_info()[0]
    bb = pymupdf.Rect(info["bbox"])
    box = (bb.x0 + bb.width * 0.55, bb.y0 + bb.height * 0.3, bb.x1 - 4, bb.y1 - bb.height * 0.2)
    return box, tuple(info["transform"]), (info["height"], info["width"])


def _centres(transform: tuple[float, ...], shape: tuple[int, int]) -> tuple[np.ndarray, np.ndarray]:
    """Where the centre of each pixel lies on the page."""
    h, w = shape
    a, bb, c, d, e, f = transform
    u = (np.arange(w)[None, :] + 0.5) / w
    v = (np.arange(h)[:, None] + 0.5) / h
    return a * u + c * v + e, bb * u + d * v + f


@pytest.mark.parametrize("degrees", [15, -35])
@pytest.mark.parametrize("kind", ["stencil", "image"])
def test_tilted_image_partly_under_a_mask_is_blanked_under_the_box_only(kind: str, degrees: float, tmp_path: Path) -> None:
    src = _tilted_pdf(tmp_path, kind, degrees)
    box, transform, shape = _box_over_name(src)
    out = tmp_path / "ut.pdf"
    render_pdf(src, [b.mask(1, [box])], out)
    assert ink_loss(src, out, [b.mask(1, [box])]) == []  # the run is not refused: nothing beside the box vanished
    assert_changes_only_under_black(src, out)  # MuPDF and poppler draw the page as before outside the box

    x, y = _centres(transform, shape)
    pixel = SCALE * math.sqrt(2)
    under = (x > box[0] + pixel) & (x < box[2] - pixel) & (y > box[1] + pixel) & (y < box[3] - pixel)
    beyond = (x < box[0] - pixel) | (x > box[2] + pixel) | (y < box[1] - pixel) | (y > box[3] + pixel)
    paint = _paint()
    assert paint[under].any() and paint[beyond].any(), "the test must put the name under the box and the label beside it"
    assert len(poppler_image_list(out)) == 1
    for reader, (before, after) in {
        "poppler": (poppler_images(src)[0], poppler_images(out)[0]),
        "mupdf": (mupdf_images(src)[0], mupdf_images(out)[0]),
    }.items():
        assert before.shape == after.shape == shape, reader
        assert len(np.unique(before[under])) > 1, reader  # the name was there
        assert len(np.unique(after[under])) == 1, f"{reader}: the name is still in the image data under the box"
        assert np.array_equal(before[beyond], after[beyond]), f"{reader}: pixels beside the box changed in the image data"
