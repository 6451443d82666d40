"""Checks shared by the tests of image and art removal: both readers' view of the images and of the drawn page."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import numpy as np
import pymupdf

#: A pixel changed when its grey moved by more than this.
CHANGED = 48
#: ... and it is under a box when the output is this dark there (or a pixel beside such a one: anti-aliasing).
BLACK = 64


def _tool(name: str) -> str:
    exe = shutil.which(name)
    assert exe, f"{name} is missing: install poppler-utils"
    return exe


def poppler_page(path: Path, dpi: int = 72) -> np.ndarray:
    """Page 1 in grey as poppler draws it."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "p"
        subprocess.run([_tool("pdftoppm"), "-r", str(dpi), "-gray", "-png", "-singlefile", str(path), str(root)],
                       capture_output=True, check=True)
        pix = pymupdf.Pixmap(str(root) + ".png")
    return np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, pix.n)[..., 0].copy()


def mupdf_page(path: Path, dpi: int = 72) -> np.ndarray:
    """Page 1 in grey as MuPDF draws it."""
    with pymupdf.open(path) as doc:
        pix = doc[0].get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY, alpha=False)
    return np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.stride)[:, : pix.width].copy()


def assert_changes_only_under_black(src: Path, out: Path, dpi: int = 72) -> None:
    """For MuPDF and poppler: every pixel the output draws otherwise than the input is black there (a box), or beside one."""
    for name, draw in (("mupdf", mupdf_page), ("poppler", poppler_page)):
        a, b = draw(src, dpi).astype(np.int16), draw(out, dpi).astype(np.int16)
        assert a.shape == b.shape, name
        changed = np.abs(a - b) > CHANGED
        dark = b < BLACK
        near = dark.copy()
        near[1:, :] |= dark[:-1, :]
        near[:-1, :] |= dark[1:, :]
        near[:, 1:] |= near[:, :-1].copy()
        near[:, :-1] |= near[:, 1:].copy()
        outside = changed & ~near
        assert not outside.any(), f"{name}: {int(outside.sum())} pixels changed outside the boxes, e.g. at {np.argwhere(outside)[:3].tolist()}"


def poppler_images(path: Path) -> list[np.ndarray]:
    """Every image of the file as poppler's ``pdfimages`` extracts it (grey, one array each), in page order."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([_tool("pdfimages"), "-png", str(path), str(Path(tmp) / "i")], capture_output=True, check=True)
        found = []
        for f in sorted(Path(tmp).glob("i-*.png")):
            pix = pymupdf.Pixmap(str(f))
            if pix.n >= 3:
                pix = pymupdf.Pixmap(pymupdf.csGRAY, pix)
            found.append(np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, pix.n)[..., 0].copy())
    return found


def poppler_image_list(path: Path) -> list[dict[str, str]]:
    """The rows of ``pdfimages -list``: what poppler finds of each image drawing."""
    lines = subprocess.run([_tool("pdfimages"), "-list", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()
    head = lines[0].split()
    return [dict(zip(head, line.split())) for line in lines[2:] if line.strip()]


def mupdf_images(path: Path) -> list[np.ndarray]:
    """Every image object page 1 draws, as MuPDF decodes it (grey; a stencil as its coverage), in the page's order."""
    found = []
    with pymupdf.open(path) as doc:
        for item in doc[0].get_images(full=True):
            pix = pymupdf.Pixmap(doc, item[0])
            if pix.colorspace is not None and pix.colorspace.n != 1:
                pix = pymupdf.Pixmap(pymupdf.csGRAY, pix)
            found.append(np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, pix.n)[..., -1 if pix.colorspace is None else 0].copy())
    return found


def poppler_strokes(path: Path) -> list[str]:
    """The stroked paths of page 1 as poppler's cairo output writes them (SVG path data in page points, y up)."""
    import re

    with tempfile.TemporaryDirectory() as tmp:
        svg = Path(tmp) / "p.svg"
        subprocess.run([_tool("pdftocairo"), "-svg", "-f", "1", "-l", "1", str(path), str(svg)], capture_output=True, check=True)
        text = svg.read_text()
    return [m.group(2) for m in re.finditer(r'<path style="([^"]*stroke-width[^"]*)" d="([^"]*)"', text)]
