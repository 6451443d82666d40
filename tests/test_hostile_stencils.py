"""A stencil mask (``/ImageMask true``) partly under a box: its pixels under the box are blanked, the rest stays drawn.

A scanned signature or a name stamped as a one-bit stencil paints the fill colour where its
bits say. Part of it under a mask box, or under an opaque box someone drew over it, must lose
its pixels there (a parser reads the image data), and the part outside the box must still be
drawn by every reader (MuPDF and poppler): nothing vanishes unmarked.
"""

from __future__ import annotations

import binascii
import re
import shutil
import subprocess
import zlib
from pathlib import Path

import numpy as np
import pymupdf
import pytest

import lettering_builders as lb
import pdf_builders as b
from redact.ingest.flatten import flat_input
from redact.render.pdf import render_pdf
from redact.verify.ink import ink_loss

NAME = "Elin Nakamura-Sjöberg"
LINE = f"Handläggare: {NAME}"
#: The stencil is drawn at (X, Y) in PDF space, SCALE points per pixel.
X, Y, SCALE = 100.0, 600.0, 0.5


def _stencil_bits() -> np.ndarray:
    """The line as a one-bit stencil: True where the stencil paints."""
    pix, _, _ = lb.text_pixmap([LINE], fontsize=14, dpi=144)
    grey = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width)
    return grey < 128


def _stencil_pdf(tmp_path: Path, inline: bool, cover: bytes = b"") -> tuple[Path, np.ndarray]:
    """A page drawing the stencil (as an XObject or inline), then ``cover`` (content drawn over it)."""
    paint = _stencil_bits()
    h, w = paint.shape
    data = np.packbits(~paint, axis=1).tobytes()  # bit 0 paints (Decode [0 1])
    place = b"q 0 0 0.4 rg %g 0 0 %g %g %g cm " % (w * SCALE, h * SCALE, X, Y)
    if inline:
        draw = place + b"BI /W %d /H %d /IM true /BPC 1 ID " % (w, h) + data + b"\nEI Q\n"
        extra, res = [], b""
    else:
        draw = place + b"/Im1 Do Q\n"
        extra = [b.raw_stream(b"/Type/XObject/Subtype/Image/Width %d/Height %d/ImageMask true/BitsPerComponent 1" % (w, h), data)]
        res = b"/XObject<</Im1 6 0 R>>"
    content = b.text_op("Beslut om bistånd", 72, 760) + draw + cover
    src = b.save(pymupdf.open("pdf", b.one_page_pdf(content, b"/Font<</F1 4 0 R>>" + res, extra)), tmp_path / "stencil.pdf")
    return src, paint


def _name_box(paint: np.ndarray) -> tuple[float, float, float, float]:
    """Where the name lies on the page (top-left coordinates): the stencil's columns right of the label."""
    h, w = paint.shape
    label = pymupdf.get_text_length("Handläggare: ", fontsize=14) * 2  # pixels at 144 dpi
    x0 = X + (label + 6) * SCALE
    top = 842 - Y - h * SCALE
    return (x0, top - 2, X + w * SCALE + 2, top + h * SCALE + 2)


def _stencils_in(path: Path) -> list[np.ndarray]:
    """Every stencil of the page as drawn in the file: True where it paints (XObjects and inline images)."""
    found = []
    with pymupdf.open(path) as doc:
        page = doc[0]
        for info in page.get_images(full=True):
            if doc.xref_get_key(info[0], "ImageMask")[1] == "true":
                pix = pymupdf.Pixmap(doc, info[0])
                a = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, pix.n)
                found.append(a[..., -1] > 127)
        streams = list(page.get_contents()) + [x[0] for x in page.get_xobjects()]
        for xref in streams:
            data = doc.xref_stream(xref) or b""
            for m in re.finditer(rb"BI\s*(.*?)\sID\s", data, re.S):
                params = m.group(1)
                if not re.search(rb"/(IM|ImageMask)\s*true", params):
                    continue
                w = int(re.search(rb"/W(?:idth)?\s*(\d+)", params).group(1))
                h = int(re.search(rb"/H(?:eight)?\s*(\d+)", params).group(1))
                bpc = int(re.search(rb"/(?:BPC|BitsPerComponent)\s*(\d+)", params).group(1))
                body = data[m.end():]
                if re.search(rb"/(F|Filter)\s*/(AHx|ASCIIHexDecode)", params):
                    digits = b"".join(body.split(b">")[0].split())
                    body = binascii.unhexlify(digits + b"0" * (len(digits) % 2))
                elif re.search(rb"/(F|Filter)\s*/(Fl|FlateDecode)", params):
                    body = zlib.decompressobj().decompress(body)
                if bpc == 1:
                    bits = np.unpackbits(np.frombuffer(body[: (w + 7) // 8 * h], dtype=np.uint8).reshape(h, -1), axis=1)[:, :w]
                else:
                    bits = np.frombuffer(body[: w * h], dtype=np.uint8).reshape(h, w) > 127
                found.append(bits == 0)
    return found


def _poppler(path: Path) -> np.ndarray:
    exe = shutil.which("pdftoppm")
    assert exe, "pdftoppm is missing"
    root = path.with_suffix("")
    subprocess.run([exe, "-r", "72", "-gray", "-png", "-singlefile", str(path), str(root)], capture_output=True, check=True)
    pix = pymupdf.Pixmap(str(root) + ".png")
    return np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, pix.n)[..., 0]


def _assert_blanked_under_only(src: Path, out: Path, paint: np.ndarray, box: tuple[float, float, float, float]) -> None:
    """Under ``box`` the stencil paints nothing in the file; beyond it (a pixel's margin) every pixel is as before."""
    stencils = _stencils_in(out)
    assert len(stencils) == 1 and stencils[0].shape == paint.shape
    after = stencils[0]
    h, w = paint.shape
    top = 842 - Y - h * SCALE
    cols = X + (np.arange(w) + 0.5) * SCALE  # pixel centres on the page
    rows = top + (np.arange(h) + 0.5) * SCALE
    under = ((cols - SCALE >= box[0]) & (cols + SCALE <= box[2]))[None, :] & ((rows - SCALE >= box[1]) & (rows + SCALE <= box[3]))[:, None]
    beyond = ~(((cols + SCALE >= box[0]) & (cols - SCALE <= box[2]))[None, :] & ((rows + SCALE >= box[1]) & (rows - SCALE <= box[3]))[:, None])
    assert paint[under].any(), "the test must put painted pixels under the box"
    assert not after[under].any(), "the stencil still paints under the box"
    assert np.array_equal(after[beyond], paint[beyond]), "the stencil changed outside the box"
    # Both readers draw the part outside the box as before.
    x0, y0, x1, y1 = (int(v) for v in box)
    for reader in (_poppler,):
        a, c = reader(src), reader(out)
        left = (slice(int(top) - 2, int(top + h * SCALE) + 2), slice(int(X) - 2, x0 - 2))
        assert np.array_equal(a[left], c[left]), "poppler draws the part beside the box otherwise"
        assert (a[left] < 128).sum() > 50  # the label is there to compare
    assert ink_loss(src, out, [b.mask(1, [box])]) == []


def test_inline_stencil_partly_under_a_mask_is_blanked_there_and_drawn_beside_it(tmp_path: Path) -> None:
    """MuPDF writes such a stencil back with eight bits per sample, which no reader draws: the label beside the box vanished."""
    src, paint = _stencil_pdf(tmp_path, inline=True)
    box = _name_box(paint)
    out = tmp_path / "ut.pdf"
    render_pdf(src, [b.mask(1, [box])], out)
    _assert_blanked_under_only(src, out, paint, box)


@pytest.mark.parametrize("inline", [False, True], ids=["stencil XObject", "inline stencil"])
def test_stencil_partly_under_an_opaque_box_drawn_later_is_blanked_there(inline: bool, tmp_path: Path) -> None:
    """A white box drawn over the name in the stencil: the stencil's bits under it are blanked, the label stays."""
    paint = _stencil_bits()
    box = _name_box(paint)
    pdf_box = b"q 1 1 1 rg %g %g %g %g re f Q\n" % (box[0], 842 - box[3], box[2] - box[0], box[3] - box[1])
    src, paint = _stencil_pdf(tmp_path, inline=inline, cover=pdf_box)
    out = tmp_path / "ut.pdf"
    with flat_input(src) as flat:
        render_pdf(flat.path, [], out)
    inner = (box[0] + 1, box[1] + 1, box[2] - 1, box[3] - 1)  # blanked a pixel inside the box's edge
    _assert_blanked_under_only(src, out, paint, inner)


def test_an_eight_bit_stencil_that_cannot_be_packed_is_refused_not_left_unreadable() -> None:
    """Samples other than 0 and 255 cannot be packed into one bit without changing what is drawn: refused."""
    from redact.render.stencils import StencilError, _repacked

    good, n = _repacked(b"q BI /W 2/H 1/BPC 8/IM true/D[0 1]/F/AHx ID 00ff> EI Q")
    assert n == 1 and b"/BPC 1" in good and b"/BPC 8" not in good
    with pytest.raises(StencilError):
        _repacked(b"q BI /W 2/H 1/BPC 8/IM true/F/AHx ID 0080> EI Q")
