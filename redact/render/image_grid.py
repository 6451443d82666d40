"""Grow a mask's box to the whole image pixels MuPDF blanks under it on a coarse upright image.

MuPDF blanks every image pixel a redaction rectangle touches, so on an image whose pixels
are points wide (a logo, a coarse scan) the blank reaches past the rectangle. The box drawn
grows to those whole pixels, so nothing vanishes outside it. Only pixels of 1.5 to 6 points
count: finer spill lies within the ink check's slack round a mask (and a box grown onto the
next letter of a fine scan costs OCR that letter); coarser ones (a one-pixel ground) are left
to the ink check. A turned image is blanked through its own pixels (``render.image_pixels``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import pymupdf

from redact.types import Rect

#: The image pixels (points) a box grows to cover whole: finer ones spill less than the ink check's
#: slack round a mask (and a box grown onto the next letter of a fine scan costs OCR that letter);
#: coarser ones (a one-pixel ground) are left to the ink check.
MIN_GROWN_PIXEL, MAX_GROWN_PIXEL = 1.5, 6.0

#: An upright image drawn on a page: its box and the width and height of one of its pixels (points).
Grid = tuple[Rect, float, float]


def image_grids(page: pymupdf.Page) -> list[Grid]:
    """Each upright image drawn on the page whose pixels are coarse enough to grow a box over."""
    grids = []
    for info in page.get_image_info():
        a, b, c, d, _, _ = info.get("transform", (0, 0, 0, 0, 0, 0))
        w, h = info.get("width") or 0, info.get("height") or 0
        box = pymupdf.Rect(info.get("bbox", (0, 0, 0, 0)))
        if abs(b) > 1e-6 or abs(c) > 1e-6 or not w or not h or box.is_empty:
            continue  # a turned image is blanked through its own pixels (render/image_pixels.py)
        if not MIN_GROWN_PIXEL <= max(box.width / w, box.height / h) <= MAX_GROWN_PIXEL:
            continue
        grids.append(((box.x0, box.y0, box.x1, box.y1), box.width / w, box.height / h))
    return grids


def image_pixels_taken(rect: Rect, grids: Sequence[Grid]) -> Rect:
    """``rect`` grown to the whole pixels of every upright image of ``grids`` it touches."""
    out = rect
    for (x0, y0, x1, y1), pw, ph in grids:
        ix0, iy0, ix1, iy1 = max(rect[0], x0), max(rect[1], y0), min(rect[2], x1), min(rect[3], y1)
        if ix0 >= ix1 or iy0 >= iy1:
            continue
        snapped = (x0 + math.floor((ix0 - x0) / pw) * pw, y0 + math.floor((iy0 - y0) / ph) * ph,
                   min(x1, x0 + math.ceil((ix1 - x0) / pw) * pw), min(y1, y0 + math.ceil((iy1 - y0) / ph) * ph))
        out = union(out, snapped)
    return out


def union(a: Rect, b: Rect) -> Rect:
    """The smallest rectangle holding ``a`` and ``b``."""
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))
