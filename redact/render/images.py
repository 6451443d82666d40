"""Keep of each image only what a reader can see, and nothing a JPEG carries besides its pixels.

A picture cropped in Word, cut by the page's crop box or by a clip path still
carries the whole photo. For every image painted where the geometry is known
(``render.resources`` notes each painting's transformation and clip), the
pixels outside the union of its visible areas are blanked, with a margin of a
point and two pixels so the page renders exactly as before; the image keeps
its size and transformation and is written back losslessly (Flate). Its soft
mask and stencil mask get the same treatment.

JPEG streams also lose every segment that is not image data: EXIF and XMP
(APP1), Photoshop/IPTC (APP13), other application segments and comments, and
anything after the end marker. The compressed image data is kept byte for
byte, so nothing on the page changes.
"""

from __future__ import annotations

import logging
import math
from collections import defaultdict

import numpy as np
import pymupdf

from redact.render.jpeg import clean_jpeg
from redact.render.resources import Box, Placement, Usage, intersect, transform_box

log = logging.getLogger(__name__)

#: Margin kept around a visible area: a point on the page, then two image pixels, so the
#: edge pixels MuPDF and poppler blend when they scale an image stay as they were.
MARGIN_POINTS = 1.0
MARGIN_PIXELS = 2

PixelBox = tuple[int, int, int, int]  # column0, row0, column1, row1 (end exclusive)


class ImageError(ValueError):
    """An image whose hidden pixels cannot be blanked safely."""


def clean_images(doc: pymupdf.Document, usage: Usage) -> None:
    """Blank the pixels of each image nobody can see; strip JPEG metadata from every image in use."""
    # Visible regions per image, its soft and stencil masks included: a mask shared by two
    # images keeps what either shows, and anything shown whole somewhere stays whole.
    regions: dict[int, list[Box]] = defaultdict(list)
    whole: set[int] = set()
    for xref in usage.images:
        targets = [xref, *_masks_of(doc, xref)]
        if xref in usage.whole or xref not in usage.placements:
            whole.update(targets)
            continue
        visible = [r for r in (_visible(p) for p in usage.placements[xref]) if r is not None]
        for target in targets:
            regions[target].extend(visible)
    done: set[int] = set()
    for target, visible in regions.items():
        if target not in whole and _blank(doc, target, visible):
            done.add(target)
            log.debug("bild %d: pixlar utanför det synliga området blankade", target)
    for target in sorted(set(regions) | whole):
        if target not in done:
            _strip_jpeg(doc, target)


def _masks_of(doc: pymupdf.Document, xref: int) -> list[int]:
    out = []
    for key in ("SMask", "Mask"):
        kind, value = doc.xref_get_key(xref, key)
        if kind == "xref":
            out.append(int(value.split()[0]))
    return out


def _visible(p: Placement) -> Box | None:
    """The part of the unit square (image space) that shows on the page, with the margin; None if none."""
    a, b, c, d, e, f = p.ctm
    det = a * d - b * c
    if abs(det) < 1e-12:
        return None
    seen = intersect(p.clip, transform_box((0.0, 0.0, 1.0, 1.0), p.ctm))
    if seen is None:
        return (0.0, 0.0, 1.0, 1.0)
    if seen[0] > seen[2] or seen[1] > seen[3]:
        return None
    seen = (seen[0] - MARGIN_POINTS, seen[1] - MARGIN_POINTS, seen[2] + MARGIN_POINTS, seen[3] + MARGIN_POINTS)
    inverse = (d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det)
    u0, v0, u1, v1 = transform_box(seen, inverse)
    return (max(u0, 0.0), max(v0, 0.0), min(u1, 1.0), min(v1, 1.0))


def _pixels(region: Box, width: int, height: int) -> PixelBox:
    """Image pixels of a region of the unit square (row 0 is the top of the image, v = 1)."""
    u0, v0, u1, v1 = region
    c0 = max(math.floor(u0 * width) - MARGIN_PIXELS, 0)
    c1 = min(math.ceil(u1 * width) + MARGIN_PIXELS, width)
    r0 = max(math.floor((1.0 - v1) * height) - MARGIN_PIXELS, 0)
    r1 = min(math.ceil((1.0 - v0) * height) + MARGIN_PIXELS, height)
    return (c0, r0, c1, r1)


def _int(doc: pymupdf.Document, xref: int, key: str) -> int:
    kind, value = doc.xref_get_key(xref, key)
    if kind != "int":
        raise ImageError(f"image {xref}: /{key} is not a number")
    return int(value)


def _filters(doc: pymupdf.Document, xref: int) -> list[str]:
    kind, value = doc.xref_get_key(xref, "Filter")
    if kind == "name":
        return [value.lstrip("/")]
    if kind == "array":
        return [v.lstrip("/") for v in value.strip("[] ").split()]
    return []


def _blank(doc: pymupdf.Document, xref: int, regions: list[Box]) -> bool:
    """Blank the pixels of image ``xref`` outside ``regions``; True when any pixel changed."""
    if not doc.xref_is_stream(xref) or doc.xref_get_key(xref, "Subtype")[1] != "/Image":
        return False
    width, height = _int(doc, xref, "Width"), _int(doc, xref, "Height")
    if width <= 0 or height <= 0:
        return False
    boxes = [_pixels(r, width, height) for r in regions]
    boxes = [b for b in boxes if b[2] > b[0] and b[3] > b[1]]
    if any(b == (0, 0, width, height) for b in boxes):
        return False  # shown whole somewhere
    filters = _filters(doc, xref)
    if "JPXDecode" in filters:
        raise ImageError(f"image {xref}: JPEG 2000 with hidden parts")
    stencil = doc.xref_get_key(xref, "ImageMask")[1] == "true"
    bpc = 1 if stencil else _int(doc, xref, "BitsPerComponent")
    data = doc.xref_stream(xref) or b""
    try:
        components = _components(len(data), width, height, bpc)
    except ImageError:
        if stencil:
            raise
        # The stream's samples disagree with its size (a small JPEG declared larger): keep what
        # a reader draws, MuPDF's decoding at the declared size, and rewrite it as plain samples.
        return _blank_as_drawn(doc, xref, boxes, width, height)
    row = (width * components * bpc + 7) // 8
    pixels = np.frombuffer(data, dtype=np.uint8, count=row * height).reshape(height, row).copy()
    keep = np.zeros((height, row), dtype=bool)
    for c0, r0, c1, r1 in boxes:
        keep[r0:r1, (c0 * components * bpc) // 8: (c1 * components * bpc + 7) // 8] = True
    if keep.all():
        return False
    before = _decoded(doc, xref)
    fill = _fill(doc, xref, components, stencil)
    # Decoded samples are what the stream filters give; a reader may still transform them on
    # the way to the page (MuPDF inverts Adobe CMYK JPEGs). Whatever the image shows must stay:
    # the samples are written as they are, or inverted, whichever shows the same pixels.
    for samples in (pixels, 255 - pixels):
        samples[~keep] = fill
        for key in ("Filter", "DecodeParms"):
            doc.xref_set_key(xref, key, "null")
        doc.update_stream(xref, samples.tobytes(), compress=True)
        if before is None or _same(before, _decoded(doc, xref), boxes):
            return True
    raise ImageError(f"image {xref}: cannot be rewritten without changing what it shows")


_DEVICE = {1: "/DeviceGray", 3: "/DeviceRGB", 4: "/DeviceCMYK"}


def _blank_as_drawn(doc: pymupdf.Document, xref: int, boxes: list[PixelBox], width: int, height: int) -> bool:
    """:func:`_blank` for an image whose stream does not match its size: from the pixels MuPDF draws."""
    before = _decoded(doc, xref)
    if before is None or before.shape[:2] != (height, width) or before.shape[2] not in _DEVICE:
        raise ImageError(f"image {xref}: its data does not match its size")
    keep = np.zeros((height, width), dtype=bool)
    for c0, r0, c1, r1 in boxes:
        keep[r0:r1, c0:c1] = True
    samples = before.copy()
    samples[~keep] = 0x00 if before.shape[2] == 4 else 0xFF
    for key in ("Filter", "DecodeParms", "Decode"):
        doc.xref_set_key(xref, key, "null")
    doc.xref_set_key(xref, "ColorSpace", _DEVICE[before.shape[2]])
    doc.xref_set_key(xref, "BitsPerComponent", "8")
    doc.update_stream(xref, np.ascontiguousarray(samples).tobytes(), compress=True)
    if not _same(before, _decoded(doc, xref), boxes):
        raise ImageError(f"image {xref}: cannot be rewritten without changing what it shows")
    return True


def _decoded(doc: pymupdf.Document, xref: int) -> np.ndarray | None:
    """The image as a reader draws it (colour samples, height x width x n); None when MuPDF cannot say."""
    try:
        pix = pymupdf.Pixmap(doc, xref)
    except Exception:
        return None
    return np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.width, pix.n)[:, :, : pix.n - pix.alpha]


def _same(before: np.ndarray, after: np.ndarray | None, boxes: list[PixelBox]) -> bool:
    if after is None or after.shape != before.shape:
        return False
    return all((before[r0:r1, c0:c1] == after[r0:r1, c0:c1]).all() for c0, r0, c1, r1 in boxes)


def _components(size: int, width: int, height: int, bpc: int) -> int:
    """Colour components per pixel, from the decoded size (rows are padded to whole bytes)."""
    for n in (1, 3, 4, 2, *range(5, 33)):
        if ((width * n * bpc + 7) // 8) * height == size:
            return n
    for n in (1, 3, 4):  # some producers leave a few bytes after the last row
        need = ((width * n * bpc + 7) // 8) * height
        if need <= size < need + 1024:
            return n
    raise ImageError("image data does not match its size")


def _fill(doc: pymupdf.Document, xref: int, components: int, stencil: bool) -> int:
    """The byte value of 'nothing' for this image: no paint for a mask, white for grey and RGB."""
    decode = doc.xref_get_key(xref, "Decode")[1].replace(" ", "")
    inverted = decode.startswith("[1") or decode.startswith("[1.0")
    if stencil:
        return 0x00 if inverted else 0xFF  # sample 0 paints, unless the decode array is inverted
    kind, cs = doc.xref_get_key(xref, "ColorSpace")
    cs = cs if kind == "name" else ""
    white = 0xFF if components in (1, 3) and cs not in ("/Indexed", "/Separation", "/DeviceN") else 0x00
    return white ^ 0xFF if inverted else white


# ------------------------------------------------------------------ JPEG segments


def _strip_jpeg(doc: pymupdf.Document, xref: int) -> None:
    if not doc.xref_is_stream(xref) or _filters(doc, xref) != ["DCTDecode"]:
        return
    raw = doc.xref_stream_raw(xref) or b""
    clean = clean_jpeg(raw)
    if clean is None or clean == raw:
        return
    parms = doc.xref_get_key(xref, "DecodeParms")
    doc.update_stream(xref, clean, compress=False)  # also drops /Filter: put it back
    doc.xref_set_key(xref, "Filter", "/DCTDecode")
    if parms[0] in ("dict", "xref"):
        doc.xref_set_key(xref, "DecodeParms", parms[1])
    log.debug("bild %d: JPEG-metadata borttagen", xref)
