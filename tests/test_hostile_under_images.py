"""Text and vector art under an opaque image drawn later are removed; under a translucent or masked one they stay.

An amateur redaction can paste a picture over a name instead of a box: a white or
black image, a stamp. A viewer shows the picture; every extractor reads the name.
The name must be gone from every reading of the output (MuPDF, poppler, the file's
objects), the picture must stay, and nothing a reader sees may change (the ink check).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pymupdf
import pytest

import pdf_builders as b
from conftest import pdftotext
from redact.pipeline import RunOptions, run_file
from redact.verify.ink import ink_loss
from test_hostile_unseen import _flat, _render_flat, assert_gone, assert_kept

NAME = "Saga Lindgren-Okafor"
SURNAME = "Okafor"
OTHER = "Yusuf Bergström"
KEPT = ("Kontakt:", "telefon", "Beslut om bistånd", "Ärendet gäller")


def _plain(rgb: tuple[int, int, int], width: int = 40, height: int = 10) -> pymupdf.Pixmap:
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, width, height), False)
    pix.set_rect(pix.irect, rgb)
    return pix


def _letter(tmp_path: Path, cover: str, rotation: int = 0) -> Path:
    """A letter with a name under a picture pasted over it (drawn after the text) and words beside it."""
    doc = b.new_pdf()
    page = b.text_page(doc, ["Beslut om bistånd", "Ärendet gäller ansökan om hemtjänst."])
    page.insert_text((72, 300), f"Kontakt: {NAME} telefon 08-123 45", fontsize=12)
    page.insert_text((72, 400), f"Granskad av {OTHER} idag", fontsize=12)
    first = page.search_for(NAME)[0] + (-1, -2, 1, 2)
    second = page.search_for(OTHER)[0] + (-1, -2, 1, 2)
    if cover == "white and black images":
        page.insert_image(first, pixmap=_plain((255, 255, 255)), keep_proportion=False)
        page.insert_image(second, pixmap=_plain((0, 0, 0)), keep_proportion=False)
    elif cover == "stamp":
        b.image(page, first, width=60, height=12)
        b.image(page, second, width=60, height=12)
    else:
        raise ValueError(cover)
    if rotation:
        page.set_rotation(rotation)
    return b.save(doc, tmp_path / "pasted.pdf")


def _images(path: Path) -> list[tuple[tuple[int, ...], bytes]]:
    return sorted((tuple(round(v) for v in r), bytes(pix.samples)) for r, pix in b.image_pixmaps(path))


@pytest.mark.parametrize("cover", ["white and black images", "stamp"])
@pytest.mark.parametrize("rotation", [0, 90])
def test_text_under_an_opaque_image_drawn_later_is_removed_and_the_image_stays(
    cover: str, rotation: int, tmp_path: Path
) -> None:
    src = _letter(tmp_path, cover, rotation)
    assert SURNAME.casefold() in _flat(pdftotext(src)) and "bergström" in _flat(pdftotext(src))
    baked, out = _render_flat(src, tmp_path)
    assert_gone(out, NAME, SURNAME, "Saga", OTHER, "Bergström", "Yusuf")
    assert_kept(out, *KEPT, "08-123 45", "Granskad av", "idag")
    assert _images(out) == _images(baked)  # the pictures are still drawn, pixel for pixel
    assert ink_loss(baked, out, []) == []  # nothing a reader sees changed: all that went lay under them


def test_text_under_an_opaque_image_is_gone_after_a_full_run(tmp_path: Path, blank_detector) -> None:
    src = _letter(tmp_path, "stamp")
    out = tmp_path / "run.pdf"
    disclosure = run_file(src, out, options=RunOptions(), detector=blank_detector)
    assert disclosure.verification is not None and disclosure.verification.ok  # the ink check included
    assert_gone(out, NAME, SURNAME, OTHER, "Bergström")
    assert_kept(out, "Kontakt:", "Beslut om bistånd")


def _raw_cover(tmp_path: Path, name: str, gs: bytes, image: bytes, draw: bytes = b"") -> Path:
    """The name in Helvetica with a 1x1 white image stretched over it, drawn through ``gs``."""
    content = (
        b.text_op("Beslut om bistånd", 72, 760) + b.text_op(f"Kontakt: {NAME} telefon", 72, 700)
        + b"q /GS1 gs 130 0 0 18 120 695 cm " + (draw or b"/Im1 Do") + b" Q"
    )
    pdf = b.one_page_pdf(
        content, b"/Font<</F1 4 0 R>>/ExtGState<</GS1 6 0 R>>/XObject<</Im1 7 0 R>>",
        [b"<</Type/ExtGState" + gs + b">>", image],
    )
    return b.save(pymupdf.open("pdf", pdf), tmp_path / f"{name}.pdf")


_WHITE = b.raw_stream(b"/Type/XObject/Subtype/Image/Width 1/Height 1/ColorSpace/DeviceGray/BitsPerComponent 8", b"\xff")
_HALF = b.raw_stream(
    b"/Type/XObject/Subtype/Image/Width 1/Height 1/ColorSpace/DeviceGray/BitsPerComponent 8/SMask 8 0 R", b"\xff"
)
_STENCIL = b.raw_stream(b"/Type/XObject/Subtype/Image/Width 8/Height 1/ImageMask true/BitsPerComponent 1", b"\x00")
SEE_THROUGH = {
    "image drawn at half opacity": (b"/ca 0.5", _WHITE),
    "image in multiply blend mode": (b"/BM/Multiply", _WHITE),
    "image with a soft mask": (b"", _HALF),
    "white stencil mask": (b"", _STENCIL),
}


@pytest.mark.parametrize("case", list(SEE_THROUGH))
def test_text_under_a_translucent_or_masked_image_is_not_taken_for_covered(case: str, tmp_path: Path) -> None:
    gs, image = SEE_THROUGH[case]
    src = _raw_cover(tmp_path, "see-through", gs, image, b"1 g /Im1 Do" if image is _STENCIL else b"")
    if image is _HALF:  # a half-transparent soft mask for the white image
        doc = pymupdf.open(src)
        xref = doc.get_new_xref()
        doc.update_object(xref, "<</Type/XObject/Subtype/Image/Width 1/Height 1/ColorSpace/DeviceGray/BitsPerComponent 8>>")
        doc.update_stream(xref, b"\x80")
        doc.xref_set_key(7, "SMask", f"{xref} 0 R")
        src = b.save(doc, tmp_path / "soft.pdf")
    baked, out = _render_flat(src, tmp_path)
    assert_kept(out, NAME, "Kontakt:", "telefon")
    assert ink_loss(baked, out, []) == []


def test_text_on_top_of_an_image_stays(tmp_path: Path) -> None:
    """A name written over a picture (a caption on a photo) is seen: drawn after the image, it stays."""
    doc = b.new_pdf()
    page = doc.new_page(width=b.A4[0], height=b.A4[1])
    b.image(page, (60, 80, 400, 200))
    page.insert_text((72, 140), f"Foto: {NAME}", fontsize=14, color=(1, 1, 1))
    src = b.save(doc, tmp_path / "caption.pdf")
    baked, out = _render_flat(src, tmp_path)
    assert_kept(out, NAME)
    assert ink_loss(baked, out, []) == []


def test_vector_art_under_an_opaque_image_is_removed(tmp_path: Path) -> None:
    """A signature's strokes and a drawn barcode under a pasted white picture go; art beside them stays."""
    doc = b.new_pdf()
    page = b.text_page(doc, ["Beslut om bistånd"])
    page.draw_bezier((320, 240), (340, 180), (380, 260), (420, 200), color=(0, 0, 0.5), width=1.2)  # a signature
    for k in range(12):  # barcode bars
        b.filled_rect(page, (100 + 6 * k, 200, 103 + 6 * k, 240), (0, 0, 0))
    b.line(page, (320, 320), (420, 320))  # art on show
    page.insert_image(pymupdf.Rect(295, 155, 445, 285), pixmap=_plain((255, 255, 255)), keep_proportion=False)
    page.insert_image(pymupdf.Rect(95, 195, 180, 245), pixmap=_plain((0, 0, 0)), keep_proportion=False)
    src = b.save(doc, tmp_path / "art.pdf")
    baked, out = _render_flat(src, tmp_path)

    def art(path: Path) -> list[pymupdf.Rect]:
        with pymupdf.open(path) as d:
            return [pymupdf.Rect(x["rect"]) for x in d[0].get_drawings()]

    under = [pymupdf.Rect(95, 195, 180, 245), pymupdf.Rect(295, 155, 445, 285)]
    assert len([r for r in art(baked) if any(u.contains(r) for u in under)]) == 13
    left = art(out)
    assert not [r for r in left if any(u.contains(r) for u in under)]
    assert any(abs(r.y0 - 320) < 1 and r.width > 90 for r in left)  # the rule on show
    assert _images(out) == _images(baked)
    assert ink_loss(baked, out, []) == []


def test_dark_share_under_a_black_picture_is_unchanged(tmp_path: Path) -> None:
    """The black picture over the second name is still drawn where the name was."""
    src = _letter(tmp_path, "white and black images")
    with pymupdf.open(src) as doc:
        where = doc[0].search_for(OTHER)[0]
    _, out = _render_flat(src, tmp_path)
    with pymupdf.open(out) as doc:
        pix = doc[0].get_pixmap(clip=where, colorspace=pymupdf.csGRAY, alpha=False)
    assert float((np.frombuffer(pix.samples, dtype=np.uint8) < 64).mean()) > 0.95
