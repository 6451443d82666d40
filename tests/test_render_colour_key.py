"""An image masked by colour key (/Mask [min max ...]) partly under a box: blanked under it, drawn as before beside it.

A scanned name pasted with its white paper keyed out paints only its letters over the page.
MuPDF blanks the pixels under a box by writing the image anew, and writes the key as a soft
mask with the unpainted pixels' colour set to black: readers then draw the image's edges
differently across the whole picture (poppler up to a quarter of the grey scale). The product
writes the colour key back, so every pixel beside the box draws exactly as before.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import numpy as np
import pymupdf
import pytest

import lettering_builders as lb
import pdf_builders as b
from redact.render.pdf import render_pdf
from redact.verify.ink import ink_loss

NAME = "Amir Lindqvist-Okafor"
#: The picture is drawn at (X, Y) in PDF space, SCALE points per pixel.
X, Y, SCALE = 80.0, 560.0, 1.25


def _picture(colours: int) -> np.ndarray:
    """The label and the name in dark ink on white paper (height x width x colours), a red stripe through it."""
    pix, _, _ = lb.text_pixmap([f"Sökande: {NAME}"], fontsize=12, dpi=int(72 / SCALE))
    grey = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width)
    if colours == 1:
        return grey[..., None].copy()
    rgb = np.repeat(grey[..., None], 3, axis=2).copy()
    rgb[rgb.shape[0] // 2 - 1: rgb.shape[0] // 2 + 1, :, :] = (200, 30, 30)
    return rgb


def _keyed_pdf(tmp_path: Path, colours: int) -> tuple[Path, np.ndarray, tuple[float, float, float, float]]:
    picture = _picture(colours)
    h, w, _ = picture.shape
    space = b"/DeviceGray" if colours == 1 else b"/DeviceRGB"
    key = b" ".join([b"240 255"] * colours)
    image = b.raw_stream(b"/Type/XObject/Subtype/Image/Width %d/Height %d/ColorSpace%s/BitsPerComponent 8/Mask[%s]" % (w, h, space, key), picture.tobytes())
    content = (b"0.75 0.85 1 rg 40 400 500 300 re f\n" + b.text_op("Beslut om bistånd", 72, 760)
               + b"q %g 0 0 %g %g %g cm /Im1 Do Q\n" % (w * SCALE, h * SCALE, X, Y))
    src = b.save(pymupdf.open("pdf", b.one_page_pdf(content, b"/Font<</F1 4 0 R>>/XObject<</Im1 6 0 R>>", [image])), tmp_path / "nyckel.pdf")
    label = pymupdf.get_text_length("Sökande: ", fontsize=12) / SCALE  # pixels
    top = 842 - Y - h * SCALE
    box = (X + (label + 2) * SCALE, top - 1, X + w * SCALE + 1, top + h * SCALE + 1)
    return src, picture, box


def _pictures_in(path: Path) -> list[tuple[int, np.ndarray]]:
    with pymupdf.open(path) as doc:
        out = []
        for info in doc[0].get_images(full=True):
            w, h = info[2], info[3]
            data = np.frombuffer(doc.xref_stream(info[0]), dtype=np.uint8)
            out.append((info[0], data.reshape(h, w, -1)))
        return out


def _mupdf(path: Path, dpi: int) -> np.ndarray:
    with pymupdf.open(path) as doc:
        pix = doc[0].get_pixmap(dpi=dpi, colorspace=pymupdf.csRGB)
        return np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, 3).astype(int)


def _poppler(path: Path, dpi: int) -> np.ndarray:
    exe = shutil.which("pdftoppm")
    assert exe, "pdftoppm is missing"
    root = path.with_name(path.stem + f"-{dpi}")
    subprocess.run([exe, "-r", str(dpi), "-png", "-singlefile", str(path), str(root)], capture_output=True, check=True)
    pix = pymupdf.Pixmap(str(root) + ".png")
    return np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, pix.n)[..., :3].astype(int)


@pytest.mark.parametrize("colours", [3, 1], ids=["RGB", "grey"])
def test_colour_keyed_image_partly_under_a_mask_is_blanked_there_and_drawn_as_before_beside_it(tmp_path: Path, colours: int) -> None:
    src, picture, box = _keyed_pdf(tmp_path, colours)
    out = tmp_path / "ut.pdf"
    render_pdf(src, [b.mask(1, [box])], out)
    pictures = _pictures_in(out)
    assert len(pictures) == 1
    xref, after = pictures[0]
    assert after.shape == picture.shape
    h, w, _ = picture.shape
    # Under the box: no ink of the name left in the image data.
    top = 842 - Y - h * SCALE
    cols = X + (np.arange(w) + 0.5) * SCALE
    under = (cols - SCALE >= box[0]) & (cols + SCALE <= box[2])
    assert (picture[:, under] < 128).any(), "the test must put the name under the box"
    assert not (after[:, under] < 128).any(), "the name is still in the image data under the box"
    # MuPDF draws every pixel beside the box exactly as before, at several resolutions. Poppler scales a
    # keyed image as a whole: blanking the pixels under the box in the source alone moves pixels beside it
    # by up to five grey levels there; MuPDF's soft mask moved them by up to a quarter of the scale.
    for reader, slack in ((_mupdf, 0), (_poppler, 8)):
        for dpi in (50, 72, 100):
            a, c = reader(src, dpi), reader(out, dpi)
            z = dpi / 72
            differ = np.abs(a - c).max(axis=2)
            differ[max(int(box[1] * z) - 2, 0): int(box[3] * z) + 3, max(int(box[0] * z) - 2, 0): int(box[2] * z) + 3] = 0
            assert differ.max() <= slack, f"{reader.__name__} at {dpi} dpi draws pixels beside the box {differ.max()} levels otherwise"
            left = (slice(int(top * z), int((top + h * SCALE) * z)), slice(int(X * z), int(box[0] * z) - 2))
            assert (a[left].min(axis=2) < 128).sum() > 20  # the label is there to compare
    # Beside the box: the samples that paint are the source's, and they still paint (the key masks what it did).
    beside = cols + SCALE < box[0]
    with pymupdf.open(out) as doc:
        key = [int(v) for v in doc.xref_get_key(xref, "Mask")[1].strip("[]").split()]
        assert doc.xref_get_key(xref, "SMask")[0] == "null"
    lo, hi = np.array(key[0::2]), np.array(key[1::2])
    keyed = lambda a: np.all((a >= lo) & (a <= hi), axis=-1)  # noqa: E731
    assert np.array_equal(keyed(after[:, beside]), keyed(picture[:, beside]))
    painted = ~keyed(picture[:, beside])
    assert np.array_equal(after[:, beside][painted], picture[:, beside][painted])
    assert ink_loss(src, out, [b.mask(1, [box])]) == []
