"""Find text and image pixels that an opaque fill painted later hides from a reader.

An amateur redaction puts a filled box over a name: a Square or Redact-like
annotation with a white or black fill (drawn into the page with the rest of the
annotations before any stage reads it) or a rectangle drawn in the page itself.
A viewer shows the box, yet the name stays in the content stream and every
extractor reads it. Such text is hidden content, like white text on white.

A glyph counts as covered when a path filled later in the page's drawing order
reaches over its centre and the page as drawn shows nothing of it: every pixel
over the glyph's box has one colour. The pixels are the judge, so a fill that
is translucent, blended (a highlighter's multiply), clipped or holed does not
count, and neither does a glyph that reaches out from under its box. Text drawn
on top of the box is visible and stays. The same goes for the part of an image
that lies under such a box: it is blanked, and only where the box is.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence

import numpy as np
import pymupdf

from redact.types import Rect

log = logging.getLogger(__name__)

#: Resolution (pixels per point) at which a covered glyph is checked: a hairline still greys a pixel.
ZOOM = 3.0
#: At most this many pixels are drawn for the check; an area that would need a coarser raster is not judged.
MAX_PIXELS = 40_000_000
MIN_ZOOM = 1.5
#: Grey levels by which the pixels over a covered glyph may differ (anti-aliasing at the box's edge).
UNIFORM_LEVELS = 8
#: A fill narrower or lower than this (points) hides no glyph: rules and underlines are not boxes.
MIN_COVER = 2.0

_INVISIBLE_TYPES = {3, 7}


def _fills(page: pymupdf.Page) -> list[tuple[int, Rect]]:
    """Filled paths of the page in drawing order (the device log counts like the text trace)."""
    out = []
    for i, (kind, r) in enumerate(page.get_bboxlog()):
        if kind == "fill-path" and r[2] - r[0] >= MIN_COVER and r[3] - r[1] >= MIN_COVER:
            out.append((i, tuple(r)))
    return out


def covered_origins(page: pymupdf.Page, trace: Sequence[dict]) -> frozenset[tuple[float, float]]:
    """Origins (trace coordinates) of the traced glyphs that an opaque fill drawn later hides wholly."""
    if not trace:
        return frozenset()
    try:
        fills = _fills(page)
        if not fills:
            return frozenset()
        candidates: list[tuple[tuple[float, float], Rect]] = []
        for span in trace:
            if span["type"] in _INVISIBLE_TYPES:
                continue  # already hidden, and removed by its own test
            later = [r for i, r in fills if i > span.get("seqno", 0)]
            if not later:
                continue
            for c in span["chars"]:
                if _blank(c[0]):
                    continue
                box = c[3]
                cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
                if any(r[0] <= cx <= r[2] and r[1] <= cy <= r[3] for r in later):
                    candidates.append((tuple(c[2]), tuple(box)))
        if not candidates:
            return frozenset()
        hidden = _uniform(page, [box for _, box in candidates])
    except Exception as exc:  # pragma: no cover - the glyphs stay, as before; detection still sees them
        log.info("sida %d: text under fyllda rutor kunde inte prövas (%s)", page.number + 1, exc)
        return frozenset()
    return frozenset(origin for (origin, _), shows_nothing in zip(candidates, hidden) if shows_nothing)


def covered_images(page: pymupdf.Page) -> tuple[list[Rect], list[Rect]]:
    """Images, and parts of images, that an opaque fill drawn after them hides from a reader.

    Returns the boxes of whole images to remove (each a little inside its image, meeting no
    other image) and the parts of images to blank, each a pixel inside the box over it so no
    pixel beyond the box is blanked. Only an image with samples of its own is blanked in part:
    MuPDF writes a stencil mask blanked so that other readers cannot draw it.
    """
    try:
        entries = page.get_bboxlog()
        images = [(i, kind, tuple(r)) for i, (kind, r) in enumerate(entries) if kind in ("fill-image", "fill-imgmask")]
        if not images:
            return [], []
        fills = [(i, r) for i, r in _fills(page) if any(j < i for j, _, _ in images)]
        if not fills:
            return [], []
        info = page.get_image_info()
        wholes: list[Rect] = []
        parts: list[Rect] = []
        for j, kind, img in images:
            later = [cover for i, cover in fills if i > j]
            if any(_inside(img, cover) for cover in later):
                inner = (img[0] + 0.25, img[1] + 0.25, img[2] - 0.25, img[3] - 0.25)
                alone = not any(_intersection(other, inner) for k, _, other in images if k != j)
                if alone and inner[2] > inner[0] and inner[3] > inner[1]:
                    wholes.append(inner)
                continue
            if kind != "fill-image":
                continue
            step = _pixel_size(info, img)
            for cover in later:
                region = _intersection(img, cover)
                if region is None:
                    continue
                shrunk = (region[0] + step, region[1] + step, region[2] - step, region[3] - step)
                if shrunk[2] - shrunk[0] > 0 and shrunk[3] - shrunk[1] > 0:
                    parts.append(shrunk)
        if not wholes and not parts:
            return [], []
        # The pixels judge: the whole image (or the part) must show nothing but the box over it.
        shows_nothing = _uniform(page, wholes + parts, inset=False)
    except Exception as exc:  # pragma: no cover - the images stay as they are
        log.info("sida %d: bilder under fyllda rutor kunde inte prövas (%s)", page.number + 1, exc)
        return [], []
    n = len(wholes)
    return [r for r, ok in zip(wholes, shows_nothing[:n]) if ok], [r for r, ok in zip(parts, shows_nothing[n:]) if ok]


def _inside(a: Rect, b: Rect, tolerance: float = 0.05) -> bool:
    return a[0] >= b[0] - tolerance and a[1] >= b[1] - tolerance and a[2] <= b[2] + tolerance and a[3] <= b[3] + tolerance


def _pixel_size(info: Iterable[dict], bbox: Rect) -> float:
    """The size on the page (points) of one pixel of the image drawn at ``bbox`` (its larger side)."""
    for i in info:
        b = i["bbox"]
        if all(abs(b[k] - bbox[k]) < 0.5 for k in range(4)) and i.get("width") and i.get("height"):
            return max((b[2] - b[0]) / i["width"], (b[3] - b[1]) / i["height"], 0.0) + 0.5
    return max(bbox[2] - bbox[0], bbox[3] - bbox[1])  # unknown resolution: the region is given up


def _intersection(a: Rect, b: Rect) -> Rect | None:
    x0, y0, x1, y1 = max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3])
    return (x0, y0, x1, y1) if x1 > x0 and y1 > y0 else None


def _uniform(page: pymupdf.Page, boxes: Sequence[Rect], inset: bool = True) -> list[bool]:
    """For each box (unrotated page coordinates), whether the page as drawn shows one colour all over it.

    With ``inset`` a glyph's box is taken a little in from its side bearings and its font's line height.
    """
    rot = page.rotation_matrix
    turned = [pymupdf.Rect(b) * rot for b in boxes]
    area = pymupdf.Rect(turned[0])
    for r in turned[1:]:
        area |= r
    area &= page.rect
    if area.is_empty:
        return [False] * len(boxes)
    zoom = min(ZOOM, (MAX_PIXELS / max(area.width * area.height, 1e-6)) ** 0.5)
    if zoom < MIN_ZOOM:
        return [False] * len(boxes)  # a poster-sized area: too coarse to show a glyph is hidden
    scale = pymupdf.Matrix(zoom, zoom)
    pix = page.get_pixmap(matrix=scale, clip=area, colorspace=pymupdf.csGRAY, alpha=False, annots=False)
    grey = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.stride)[:, :pix.width]
    result = []
    for r in turned:
        dx, dy = (r.width / 20, r.height / 10) if inset else (0.0, 0.0)
        inner = pymupdf.Rect(r.x0 + dx, r.y0 + dy, r.x1 - dx, r.y1 - dy) * scale
        x0, y0 = round(inner.x0) - pix.x, round(inner.y0) - pix.y
        x1, y1 = round(inner.x1) - pix.x, round(inner.y1) - pix.y
        if x0 < 0 or y0 < 0 or x1 > pix.width or y1 > pix.height or x1 <= x0 or y1 <= y0:
            result.append(False)  # part of the box lies off the page: not shown to be hidden
            continue
        region = grey[y0:y1, x0:x1]
        result.append(int(region.max()) - int(region.min()) <= UNIFORM_LEVELS)
    return result


def _blank(char: int) -> bool:
    try:
        return chr(char).isspace()
    except (ValueError, OverflowError):
        return False
