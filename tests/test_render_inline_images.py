"""Inline images (``BI … ID … EI``) get what image objects get: hidden pixels blank, the page drawn as before.

An inline image lives inside a content stream, where the image machinery could not reach it:
MuPDF writes it back inline, so a tilted scan under a picture pasted over a name, or under a
mask, could not be written back pixel by pixel (the name stayed in the file, or the run was
refused), and the scrub's cropping of a picture cut by a clip passed it by. Each inline image now
becomes an image object with the same data before the page is redacted. A picture pasted over a
scan tilted (a stamp askew) hides what lies inside its outline: that is blanked too, for image
objects and inline images alike.

The file is read back by MuPDF (the images its text page finds, inline ones included) and by
poppler's ``pdfimages``; both readers' drawings of the page may change only under black.
"""

from __future__ import annotations

import binascii
import math
import zlib
from pathlib import Path

import numpy as np
import pymupdf
import pytest

import lettering_builders as lb
import pdf_builders as b
from removal_checks import assert_changes_only_under_black, mupdf_page, poppler_images, poppler_page
from redact.render.inline_images import inline_images_to_objects
from redact.render.pdf import render_pdf
from redact.verify.ink import ink_loss

NAME = "Nadia Eriksson-Mbeki"
NOTE = [NAME, "Inkom den 3 mars"]
#: The scanned note: 300 x 100 points, one pixel a point, its lower left corner at (72, 542) in PDF space.
SCAN_AT = (72.0, 542.0)
#: Where the picture pasted over the name is centred (PDF space): the middle of the name's band.
COVER_CENTRE = (222.0, 617.0)


def _note() -> np.ndarray:
    pix = lb.text_picture(NOTE, size=(300, 100), fontsize=24)
    return np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width).copy()


def _cm(w: float, h: float, degrees: float, x: float, y: float) -> bytes:
    t = math.radians(degrees)
    c, s = math.cos(t), math.sin(t)
    return b"%f %f %f %f %f %f cm " % (w * c, w * s, -h * s, h * c, x, y)


def _centred_cm(w: float, h: float, degrees: float, centre: tuple[float, float]) -> bytes:
    t = math.radians(degrees)
    c, s = math.cos(t), math.sin(t)
    return _cm(w, h, degrees, centre[0] - (w * c - h * s) / 2, centre[1] - (w * s + h * c) / 2)


def _inline_grey(grey: np.ndarray) -> bytes:
    h, w = grey.shape
    return b"BI /W %d /H %d /CS /G /BPC 8 /F /AHx ID\n" % (w, h) + binascii.hexlify(grey.tobytes()) + b">\nEI\n"


WHITE = b.raw_stream(b"/Type/XObject/Subtype/Image/Width 4/Height 4/ColorSpace/DeviceGray/BitsPerComponent 8", b"\xff" * 16)


def _pasted(tmp_path: Path, *, inline: bool, scan_degrees: float = 0.0, cover_degrees: float = 0.0) -> Path:
    """A letter with a scanned note (the name above, a harmless line below) and a white picture pasted over the name."""
    grey = _note()
    h, w = grey.shape
    scan = b.raw_stream(b"/Type/XObject/Subtype/Image/Width %d/Height %d/ColorSpace/DeviceGray/BitsPerComponent 8" % (w, h), grey.tobytes())
    draw = _inline_grey(grey) if inline else b"/Scan Do "
    content = (
        b.text_op("Beslut om bistand", 72, 760)
        + b"q " + _cm(300, 100, scan_degrees, *SCAN_AT) + draw + b"Q\n"
        + b"q " + _centred_cm(200, 40, cover_degrees, COVER_CENTRE) + b"/Patch Do Q\n"
    )
    pdf = b.one_page_pdf(content, b"/Font<</F1 4 0 R>>/XObject<</Patch 6 0 R/Scan 7 0 R>>", [WHITE, scan])
    return b.save(pymupdf.open("pdf", pdf), tmp_path / "pasted.pdf")


def _mupdf_drawn(path: Path) -> list[tuple[np.ndarray, tuple[float, ...]]]:
    """Every image page 1 draws as MuPDF's text page finds it (inline ones too): grey pixels and matrix on the page."""
    found = []
    with pymupdf.open(path) as doc:
        for block in doc[0].get_text("dict", flags=pymupdf.TEXT_PRESERVE_IMAGES)["blocks"]:
            if block["type"] != 1:
                continue
            pix = pymupdf.Pixmap(block["image"])
            if pix.n >= 3:
                pix = pymupdf.Pixmap(pymupdf.csGRAY, pix)
            grey = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, pix.n)[..., 0].copy()
            found.append((grey, tuple(block["transform"])))
    return found


def _corners(transform: tuple[float, ...], shape: tuple[int, int]) -> tuple[np.ndarray, np.ndarray]:
    """Where each pixel corner of an image drawn with ``transform`` lies on the page (MuPDF's coordinates)."""
    h, w = shape
    a, bb, c, d, e, f = transform
    u = np.arange(w + 1)[None, :] / w
    v = np.arange(h + 1)[:, None] / h
    return a * u + c * v + e, bb * u + d * v + f


def _split(scan: tuple[float, ...], shape: tuple[int, int], cover: tuple[float, ...], margin: float) -> tuple[np.ndarray, np.ndarray]:
    """The scan's pixels lying ``margin`` points inside the cover's outline, and those lying ``margin`` points outside it."""
    x, y = _corners(scan, shape)
    inv = ~pymupdf.Matrix(*cover)
    width, height = math.hypot(cover[0], cover[1]), math.hypot(cover[2], cover[3])
    s = (inv.a * x + inv.c * y + inv.e) * width
    t = (inv.b * x + inv.d * y + inv.f) * height
    inner = (s >= margin) & (s <= width - margin) & (t >= margin) & (t <= height - margin)
    outer = (s < -margin) | (s > width + margin) | (t < -margin) | (t > height + margin)
    every = lambda m: m[:-1, :-1] & m[1:, :-1] & m[:-1, 1:] & m[1:, 1:]  # noqa: E731
    return every(inner), every(outer)


def _assert_hidden_part_blank(src: Path, out: Path, margin: float = 1.5) -> None:
    """For MuPDF and poppler: the scan's pixels under the picture are one value; those beside it are as they were."""
    with pymupdf.open(src) as doc:
        infos = doc[0].get_image_info()
    scan, cover = (tuple(i["transform"]) for i in sorted(infos, key=lambda i: -i["width"] * i["height"]))
    shape = _note().shape
    under, beside = _split(scan, shape, cover, margin)
    assert under.sum() > 1000 and beside.sum() > 1000, "the test must put part of the scan under the picture and part beside it"
    mupdf_before = max((a for a, _ in _mupdf_drawn(src)), key=lambda a: a.size)
    mupdf_after = max((a for a, _ in _mupdf_drawn(out)), key=lambda a: a.size)
    poppler_before = max(poppler_images(src), key=lambda a: a.size)
    poppler_after = max(poppler_images(out), key=lambda a: a.size)
    for reader, before, after in (("mupdf", mupdf_before, mupdf_after), ("poppler", poppler_before, poppler_after)):
        assert before.shape == after.shape == shape, reader
        assert len(np.unique(before[under])) > 1, reader  # the name was in the scan under the picture
        assert len(np.unique(after[under])) == 1, f"{reader}: the name is still in the scan under the picture"
        assert np.array_equal(before[beside], after[beside]), f"{reader}: the scan on show changed"


def _render_unmasked(src: Path, tmp_path: Path) -> Path:
    out = tmp_path / "ut.pdf"
    render_pdf(src, [], out)
    assert ink_loss(src, out, []) == []
    for dpi in (72, 150):
        assert_changes_only_under_black(src, out, dpi)  # both readers draw the page as before
    return out


def test_tilted_inline_scan_under_an_opaque_picture_is_blanked_there(tmp_path: Path) -> None:
    src = _pasted(tmp_path, inline=True, scan_degrees=10)
    out = _render_unmasked(src, tmp_path)
    _assert_hidden_part_blank(src, out)


@pytest.mark.parametrize("inline", [False, True], ids=["image object", "inline image"])
def test_scan_under_a_tilted_opaque_picture_is_blanked_inside_its_outline(inline: bool, tmp_path: Path) -> None:
    src = _pasted(tmp_path, inline=inline, cover_degrees=12)
    out = _render_unmasked(src, tmp_path)
    _assert_hidden_part_blank(src, out)


def test_inline_scan_partly_under_a_tilted_picture_and_tilted_itself(tmp_path: Path) -> None:
    src = _pasted(tmp_path, inline=True, scan_degrees=-8, cover_degrees=15)
    out = _render_unmasked(src, tmp_path)
    _assert_hidden_part_blank(src, out)


def test_inline_picture_cropped_by_a_clip_is_blank_outside_it(tmp_path: Path) -> None:
    """A scan cut down by a clip to its lower line: the name in the part nobody sees is not in the file."""
    grey = _note()
    content = b.text_op("Beslut om bistand", 72, 760) + b"q 72 542 300 50 re W n " + _cm(300, 100, 0, *SCAN_AT) + _inline_grey(grey) + b"Q\n"
    src = b.save(pymupdf.open("pdf", b.one_page_pdf(content)), tmp_path / "clipped.pdf")
    out = _render_unmasked(src, tmp_path)
    for reader, images in (("mupdf", [a for a, _ in _mupdf_drawn(out)]), ("poppler", poppler_images(out))):
        (after,) = images
        assert after.shape == grey.shape, reader
        assert len(np.unique(after[:45])) == 1, f"{reader}: the name is still in the part the clip hides"
        assert np.array_equal(after[52:], grey[52:]), f"{reader}: the part on show changed"


# ------------------------------------------------------------------ a tilted inline image under a mask

LINE = "Handläggare: Amira Lundqvist-Haddad"
SCALE = 0.5  # points per pixel


def _paint() -> np.ndarray:
    return lb.text_ink(LINE)


def _tilted_inline_pdf(tmp_path: Path, kind: str, degrees: float) -> Path:
    """A page drawing the line as an inline stencil or grey image turned by ``degrees`` about its lower left corner."""
    paint = _paint()
    h, w = paint.shape
    cm = _cm(w * SCALE, h * SCALE, degrees, 100, 600)
    if kind == "stencil":
        data = np.packbits(~paint, axis=1).tobytes()
        draw = b"q 0 0 0.4 rg " + cm + b"BI /W %d /H %d /IM true /BPC 1 /F [/AHx /Fl] ID\n" % (w, h)
    else:
        data = np.where(paint, 30, 235).astype(np.uint8).tobytes()
        draw = b"q " + cm + b"BI /W %d /H %d /CS /G /BPC 8 /F [/AHx /Fl] ID\n" % (w, h)
    draw += binascii.hexlify(zlib.compress(data)) + b">\nEI Q\n"
    pdf = b.one_page_pdf(b.text_op("Beslut om bistand", 72, 760) + draw)
    return b.save(pymupdf.open("pdf", pdf), tmp_path / f"{kind}.pdf")


@pytest.mark.parametrize("degrees", [15, -35])
@pytest.mark.parametrize("kind", ["stencil", "image"])
def test_tilted_inline_image_partly_under_a_mask_is_blanked_under_the_box_only(kind: str, degrees: float, tmp_path: Path) -> None:
    src = _tilted_inline_pdf(tmp_path, kind, degrees)
    with pymupdf.open(src) as doc:
        info = doc[0].get_image_info()[0]
    bb = pymupdf.Rect(info["bbox"])
    box = (bb.x0 + bb.width * 0.55, bb.y0 + bb.height * 0.3, bb.x1 - 4, bb.y1 - bb.height * 0.2)
    out = tmp_path / "ut.pdf"
    render_pdf(src, [b.mask(1, [box])], out)
    assert ink_loss(src, out, [b.mask(1, [box])]) == []  # not refused: nothing beside the box vanished
    assert_changes_only_under_black(src, out)

    paint = _paint()
    x, y = _corners(tuple(info["transform"]), paint.shape)
    cx, cy = (x[:-1, :-1] + x[1:, 1:]) / 2, (y[:-1, :-1] + y[1:, 1:]) / 2
    pixel = SCALE * math.sqrt(2)
    under = (cx > box[0] + pixel) & (cx < box[2] - pixel) & (cy > box[1] + pixel) & (cy < box[3] - pixel)
    beyond = (cx < box[0] - pixel) | (cx > box[2] + pixel) | (cy < box[1] - pixel) | (cy > box[3] + pixel)
    assert paint[under].any() and paint[beyond].any(), "the test must put the name under the box and the label beside it"
    before = (poppler_images(src)[0], _mupdf_drawn(src)[0][0])
    after = (poppler_images(out)[0], _mupdf_drawn(out)[0][0])
    for reader, old, new in zip(("poppler", "mupdf"), before, after):
        assert old.shape == new.shape == paint.shape, reader
        assert len(np.unique(old[under])) > 1, reader
        assert len(np.unique(new[under])) == 1, f"{reader}: the name is still in the image data under the box"
        assert np.array_equal(old[beyond], new[beyond]), f"{reader}: pixels beside the box changed in the image data"


# ------------------------------------------------------------------ every form of inline image becomes an object


def _hex(data: bytes) -> bytes:
    return binascii.hexlify(data) + b">"


def _constructs() -> dict[str, tuple[bytes, bytes, list[bytes]]]:
    """Inline images of every form the standard allows: (content, page resources, extra objects from 6 on)."""
    grey = _note()[:40:2, :200:2]  # 100 x 20
    h, w = grey.shape
    rgb = np.dstack([grey, 255 - grey, np.full_like(grey, 90)])
    bits = np.packbits(grey < 128, axis=1).tobytes()
    jpeg = pymupdf.Pixmap(pymupdf.csGRAY, w, h, grey.tobytes(), False).tobytes("jpg")
    place = b"q 200 0 0 40 100 600 cm "
    font = b"/Font<</F1 4 0 R>>"
    cal = b"/ColorSpace<</Cs1[/CalRGB<</WhitePoint[0.9505 1 1.089]/Gamma[1.8 1.8 1.8]>>]/Cs2/DeviceRGB>>"
    form = b.raw_stream(b"/Type/XObject/Subtype/Form/BBox[0 0 1 1]",
                        b"BI /W %d /H %d /CS /RGB /BPC 8 /F /Fl ID\n" % (w, h) + zlib.compress(rgb.tobytes()) + b"\nEI")
    return {
        "grey in hex": (place + b"BI /W %d /H %d /CS /G /BPC 8 /F /AHx ID\n" % (w, h) + _hex(grey.tobytes()) + b"\nEI Q", font, []),
        "colour, Flate then hex, unabbreviated keys": (
            place + b"BI /Width %d /Height %d /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter [/ASCIIHexDecode /FlateDecode] ID\n" % (w, h)
            + _hex(zlib.compress(rgb.tobytes())) + b"\nEI Q", font, []),
        "raw samples": (place + b"BI /W %d /H %d /CS /G /BPC 8 ID\n" % (w, h) + grey.tobytes() + b"\nEI Q", font, []),
        "named colour space from the resources": (
            place + b"BI /W %d /H %d /CS /Cs1 /BPC 8 /F /AHx ID\n" % (w, h) + _hex(rgb.tobytes()) + b"\nEI Q", font + cal, []),
        "indexed colour space given inline": (
            place + b"BI /W %d /H %d /CS [/I /RGB 1 <F0E0D0 102080>] /BPC 1 /F /AHx ID\n" % (w, h) + _hex(bits) + b"\nEI Q", font, []),
        "stencil mask with an inverted decode array": (
            place + b"0.6 0 0 rg BI /W %d /H %d /IM true /D [1 0] /F /AHx ID\n" % (w, h) + _hex(bits) + b"\nEI Q", font, []),
        "decode array and interpolation": (
            place + b"BI /W %d /H %d /CS /G /BPC 8 /D [1 0] /I true /F /AHx ID\n" % (w, h) + _hex(grey.tobytes()) + b"\nEI Q", font, []),
        "Flate with a PNG predictor in /DP": (
            place + b"BI /W %d /H %d /CS /G /BPC 8 /F /Fl /DP <</Predictor 15 /Colors 1 /BitsPerComponent 8 /Columns %d>> ID\n" % (w, h, w)
            + zlib.compress(_png_up(grey)) + b"\nEI Q", font, []),
        "JPEG": (place + b"BI /W %d /H %d /CS /G /BPC 8 /F /DCT ID\n" % (w, h) + jpeg + b"\nEI Q", font, []),
        "in a form without resources of its own": (place + b"/Fm1 Do Q", font + b"/XObject<</Fm1 6 0 R>>", [form]),
    }


def _png_up(grey: np.ndarray) -> bytes:
    """The rows as PNG's "up" predictor writes them (a type byte, then each sample less the one above)."""
    up = (grey.astype(np.int16) - np.vstack([np.zeros_like(grey[:1]), grey[:-1]]).astype(np.int16)) % 256
    return np.hstack([np.full((grey.shape[0], 1), 2), up]).astype(np.uint8).tobytes()


@pytest.mark.parametrize("construct", list(_constructs()))
def test_every_inline_image_becomes_an_image_object_and_the_page_draws_alike(construct: str, tmp_path: Path) -> None:
    content, resources, extra = _constructs()[construct]
    src = b.save(pymupdf.open("pdf", b.one_page_pdf(b.text_op("Beslut om bistand", 72, 760) + content, resources, extra)), tmp_path / "in.pdf")
    converted = tmp_path / "objects.pdf"
    with pymupdf.open(src) as doc:
        assert inline_images_to_objects(doc[0]) == 1
        doc.save(converted, garbage=3)
    out = _render_unmasked(src, tmp_path)
    for path in (converted, out):
        with pymupdf.open(path) as doc:
            forms = [x for x in range(1, doc.xref_length()) if doc.xref_get_key(x, "Subtype")[1] == "/Form"]
            streams = [doc.xref_stream(x) or b"" for x in (*doc[0].get_contents(), *forms)]
            assert not any(b"BI" in s for s in streams), "an inline image is left"
            assert len(doc[0].get_images(full=True)) == 1
        for draw in (mupdf_page, poppler_page):
            a, c = draw(src, 150).astype(int), draw(path, 150).astype(int)
            assert a.shape == c.shape and np.abs(a - c).max() <= 2, f"{draw.__name__}: the page draws otherwise"
    drawn = _mupdf_drawn(src)[0][0]
    assert len(np.unique(drawn)) > 1  # the image shows something, which the comparison above kept


@pytest.mark.parametrize("second", ["same colour space", "another colour space"])
def test_a_form_without_resources_painted_by_two_pages_draws_as_before_on_both(second: str, tmp_path: Path) -> None:
    """Such a form reads its names from whatever paints it: each page lends it the new image's name, and when the
    second page's names mean something else (its /Cs1 is another colour space) the form keeps its inline image."""
    grey = _note()[:40:2, :200:2]
    h, w = grey.shape
    rgb = np.dstack([grey, 255 - grey, np.full_like(grey, 90)])
    form = b.raw_stream(b"/Type/XObject/Subtype/Form/BBox[0 0 1 1]",
                        b"BI /W %d /H %d /CS /Cs1 /BPC 8 /F /AHx ID\n" % (w, h) + _hex(rgb.tobytes()) + b"\nEI")
    other = b"/DeviceRGB" if second == "same colour space" else b"[/CalRGB<</WhitePoint[0.9505 1 1.089]/Gamma[2.6 2.6 2.6]>>]"
    page = b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</XObject<</Fm 3 0 R>>/ColorSpace<</Cs1 %s>>>>/Contents %d 0 R>>"
    pdf = b.raw_pdf([
        b"<</Type/Catalog/Pages 2 0 R>>", b"<</Type/Pages/Kids[4 0 R 5 0 R]/Count 2>>", form,
        page % (b"/DeviceRGB", 6), page % (other, 7),
        b.raw_stream(b"", b"q 200 0 0 40 100 600 cm /Fm Do Q"), b.raw_stream(b"", b"q 300 0 0 60 150 300 cm /Fm Do Q"),
    ])
    src = b.save(pymupdf.open("pdf", pdf), tmp_path / "in.pdf")
    out = tmp_path / "ut.pdf"
    render_pdf(src, [], out)
    with pymupdf.open(out) as doc:
        streams = {x for p in doc for x in p.get_contents()} | {x[0] for p in doc for x in p.get_xobjects()}
        inline = [x for x in streams if b"BI" in (doc.xref_stream(x) or b"")]
        assert len(inline) == (0 if second == "same colour space" else 1)
        for number in range(2):
            with pymupdf.open(src) as before:
                a = before[number].get_pixmap(dpi=100).samples
            assert doc[number].get_pixmap(dpi=100).samples == a, f"page {number + 1} draws otherwise"
    assert ink_loss(src, out, []) == []
