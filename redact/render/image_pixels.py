"""Blank an image's pixels in its own space: only those under given areas of the page, one drawing at a time.

MuPDF blanks an image under a redaction rectangle by mapping the rectangle into the image
and clearing the rows and columns of its bound there. For an image drawn upright that is the
rectangle; for one drawn tilted the bound of a turned rectangle reaches well past it, and
pixels a reader saw beside the box vanished. MuPDF also blanks every image under the rectangle,
so it cannot take an image hidden under an opaque picture without the picture.

Here the pixels are chosen by their footprint on the page (the image's matrix applied to each
pixel's square): the pixels of a drawing captured before MuPDF's pass are written back into the
object MuPDF wrote for that drawing, blank exactly where the footprint meets (or lies inside)
the areas asked for and as they were everywhere else. The blank is MuPDF's own (the value it
wrote where it cleared pixels). A drawing that cannot be paired with its object, or whose image
is stored in a way this does not write (a soft mask, a colour key, an inline image that could not be
made an object: ``render.inline_images``), is left as MuPDF wrote it: the ink check then judges the page.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import pymupdf

from redact.types import Rect

log = logging.getLogger(__name__)

#: How far (in pixels) a footprint must reach into an area to meet it: a shared edge is not a meeting.
_EDGE = 1e-4

Matrix6 = tuple[float, float, float, float, float, float]


@dataclass
class DrawnImage:
    """One drawing of an image on a page, with its pixels as they were before MuPDF's pass."""

    number: int  # its place among the page's image drawings
    transform: Matrix6  # the unit square of the image onto the page (MuPDF's page coordinates)
    bbox: Rect
    pixels: np.ndarray  # height x width x components (a stencil: one component, True where it paints)
    stencil: bool
    colours: int  # components of a colour image (1, 3 or 4), 0 for a stencil


def image_drawings(page: pymupdf.Page) -> list[dict]:
    """The page's image drawings as MuPDF reads them now (with digests), not as they were read before a change."""
    if hasattr(page, "_image_info"):
        del page._image_info  # PyMuPDF keeps the first answer; a redaction pass writes new objects
    return page.get_image_info(hashes=True)


def capture(page: pymupdf.Page, wanted: Callable[[dict], bool]) -> list[DrawnImage]:
    """The drawings ``wanted`` picks, each with its decoded pixels (drawings this module cannot write back are left out)."""
    if hasattr(page, "_image_info"):
        del page._image_info
    if not any(wanted(i) for i in page.get_image_info()):
        return []  # the common case, told without decoding a pixel
    infos = [i for i in image_drawings(page) if wanted(i)]
    if not infos:
        return []
    doc = page.parent
    by_digest = _objects_by_digest(page)
    found = []
    for info in infos:
        xrefs = by_digest.get(info.get("digest"), [])
        if not xrefs:
            continue  # an inline image: MuPDF writes it back inline, where no object can be replaced
        pixels = _pixels(doc, xrefs[0])
        if pixels is None:
            continue
        array, stencil, colours = pixels
        found.append(DrawnImage(info["number"], tuple(info["transform"]), tuple(info["bbox"]), array, stencil, colours))
    return found


def rewrite(page: pymupdf.Page, drawn: Sequence[DrawnImage], blank: Callable[[DrawnImage], np.ndarray]) -> int:
    """After MuPDF's pass: write each captured drawing back, blank where ``blank(d)`` says and as before elsewhere; returns how many.

    Only an object MuPDF wrote anew for one drawing is written (the object the drawing used before may be
    drawn elsewhere). The blank value is the one MuPDF wrote where it cleared pixels of that drawing.
    """
    if not drawn:
        return 0
    doc = page.parent
    after = image_drawings(page)
    by_digest = _objects_by_digest(page)
    users: dict[bytes, int] = {}
    for info in after:
        users[info.get("digest")] = users.get(info.get("digest"), 0) + 1
    written = 0
    used: set[int] = set()
    for d in drawn:
        match = next((i for i in after if i["number"] not in used and _same(i["transform"], d.transform)), None)
        if match is None:
            continue
        used.add(match["number"])
        want = blank(d)
        xrefs = by_digest.get(match.get("digest"), [])
        if len(xrefs) != 1 or users.get(match.get("digest"), 0) != 1:
            if want.any() or not _unchanged(doc, xrefs, d):
                log.info("sida %d: en bild kunde inte skrivas om bildpunkt för bildpunkt", page.number + 1)
            continue
        now = _pixels(doc, xrefs[0])
        if now is None or now[0].shape != d.pixels.shape or now[1] != d.stencil:
            log.info("sida %d: en bild skrevs tillbaka i en annan form och lämnas som den är", page.number + 1)
            continue
        value = _blank_value(d, now[0])
        if value is None:
            if want.any():
                log.info("sida %d: en bild utan rensade bildpunkter lämnas som den är", page.number + 1)
                continue
            value = 0
        result = d.pixels.copy()
        result[want] = value
        if np.array_equal(result, now[0]):
            continue
        _write(doc, xrefs[0], result, d.stencil)
        written += 1
    if written:
        log.info("sida %d: %d bilder skrivs om bildpunkt för bildpunkt", page.number + 1, written)
    return written


def meeting(d: DrawnImage, rects: Sequence[Rect]) -> np.ndarray:
    """The pixels of ``d`` whose footprint on the page meets one of ``rects`` (height x width)."""
    h, w = d.pixels.shape[:2]
    inverse = ~pymupdf.Matrix(d.transform)
    out = np.zeros((h, w), dtype=bool)
    cols = np.arange(w, dtype=np.float64)[None, :]
    rows = np.arange(h, dtype=np.float64)[:, None]
    for r in rects:
        corners = [pymupdf.Point(x, y) * inverse for x, y in ((r[0], r[1]), (r[2], r[1]), (r[2], r[3]), (r[0], r[3]))]
        quad = np.array([(p.x * w, p.y * h) for p in corners])  # the area in pixel units
        hit = (cols + 1 > quad[:, 0].min() + _EDGE) & (cols < quad[:, 0].max() - _EDGE)
        hit = hit & (rows + 1 > quad[:, 1].min() + _EDGE) & (rows < quad[:, 1].max() - _EDGE)
        for k in range(2):  # the area's own two sides: a separating axis shows the pixel apart from it
            edge = quad[k + 1] - quad[k]
            length = float(np.hypot(*edge))
            if length == 0:
                hit[:] = False
                break
            nx, ny = -edge[1] / length, edge[0] / length
            lo, hi = float((quad @ (nx, ny)).min()), float((quad @ (nx, ny)).max())
            base = nx * cols + ny * rows
            reach = (min(0.0, nx) + min(0.0, ny), max(0.0, nx) + max(0.0, ny))
            hit = hit & (base + reach[1] > lo + _EDGE) & (base + reach[0] < hi - _EDGE)
        out |= hit
    return out


def inside(d: DrawnImage, rect: Rect) -> np.ndarray:
    """The pixels of ``d`` whose footprint lies wholly inside ``rect`` (height x width)."""
    h, w = d.pixels.shape[:2]
    a, b, c, dd, e, f = d.transform
    u = np.arange(w + 1, dtype=np.float64)[None, :] / w
    v = np.arange(h + 1, dtype=np.float64)[:, None] / h
    x, y = a * u + c * v + e, b * u + dd * v + f
    corner = (x >= rect[0]) & (x <= rect[2]) & (y >= rect[1]) & (y <= rect[3])
    return corner[:-1, :-1] & corner[1:, :-1] & corner[:-1, 1:] & corner[1:, 1:]


def inside_drawing(d: DrawnImage, transform: Sequence[float], margin: float = 0.0) -> np.ndarray:
    """The pixels of ``d`` whose footprint lies wholly inside the outline of an image drawn with ``transform``,
    at least ``margin`` points inside its edges."""
    h, w = d.pixels.shape[:2]
    a, b, c, dd, e, f = d.transform
    u = np.arange(w + 1, dtype=np.float64)[None, :] / w
    v = np.arange(h + 1, dtype=np.float64)[:, None] / h
    x, y = a * u + c * v + e, b * u + dd * v + f
    inv = ~pymupdf.Matrix(*transform)  # the page onto the other image's unit square
    s, t = inv.a * x + inv.c * y + inv.e, inv.b * x + inv.d * y + inv.f
    ms = margin / max(float(np.hypot(transform[0], transform[1])), 1e-9)
    mt = margin / max(float(np.hypot(transform[2], transform[3])), 1e-9)
    corner = (s >= ms) & (s <= 1 - ms) & (t >= mt) & (t <= 1 - mt)
    return corner[:-1, :-1] & corner[1:, :-1] & corner[:-1, 1:] & corner[1:, 1:]


def tilted(transform: Sequence[float], tolerance: float = 1e-3) -> bool:
    """The image is drawn turned by other than a quarter turn (its pixel rows are not along the page's axes)."""
    a, b, c, d = (abs(float(v)) for v in transform[:4])
    size = max(a, b, c, d, 1e-9)
    return not ((b <= tolerance * size and c <= tolerance * size) or (a <= tolerance * size and d <= tolerance * size))


def _objects_by_digest(page: pymupdf.Page) -> dict[bytes, list[int]]:
    """The page's image objects (forms included) by the digest of their pixels, as MuPDF's image info gives it."""
    doc = page.parent
    found: dict[bytes, list[int]] = {}
    for xref in dict.fromkeys(item[0] for item in page.get_images(full=True)):
        try:
            digest = pymupdf.Pixmap(doc, xref).digest
        except Exception:  # an image MuPDF cannot decode is not paired
            continue
        found.setdefault(digest, []).append(xref)
    return found


def _pixels(doc: pymupdf.Document, xref: int) -> tuple[np.ndarray, bool, int] | None:
    """The object's pixels: a stencil as True where it paints, a colour image as its components; None when not written here."""
    stencil = doc.xref_get_key(xref, "ImageMask")[1] == "true"
    if not stencil and any(doc.xref_get_key(xref, k)[0] != "null" for k in ("SMask", "Mask", "SMaskInData")):
        return None  # transparency of its own: writing the colours back alone would change what shows
    try:
        pix = pymupdf.Pixmap(doc, xref)
    except Exception:
        return None
    raw = np.frombuffer(pix.samples, dtype=np.uint8)
    if stencil:
        if pix.n != 1:
            return None
        return raw.reshape(pix.height, pix.width) > 127, True, 0
    if pix.alpha or pix.n not in (1, 3, 4):
        return None
    return raw.reshape(pix.height, pix.width, pix.n).copy(), False, pix.n


def _blank_value(d: DrawnImage, now: np.ndarray) -> np.ndarray | bool | None:
    """The value MuPDF wrote where it cleared pixels of this drawing (the most common changed value); None when none changed."""
    if d.stencil:
        return False  # a blank stencil pixel paints nothing
    changed = (now != d.pixels).any(axis=2)
    if not changed.any():
        return None
    values, counts = np.unique(now[changed], axis=0, return_counts=True)
    return values[int(np.argmax(counts))]


def _unchanged(doc: pymupdf.Document, xrefs: Sequence[int], d: DrawnImage) -> bool:
    """The drawing's object still holds its pixels as they were (nothing to write back)."""
    for xref in xrefs[:1]:
        now = _pixels(doc, xref)
        return now is not None and now[0].shape == d.pixels.shape and bool(np.array_equal(now[0], d.pixels))
    return False


def _write(doc: pymupdf.Document, xref: int, pixels: np.ndarray, stencil: bool) -> None:
    """Write ``pixels`` into the image object ``xref`` as plain samples (Flate), replacing how it was stored."""
    h, w = pixels.shape[:2]
    for key in ("Decode", "DecodeParms", "ColorSpace", "ImageMask", "Intent", "Alternates", "Filter"):
        doc.xref_set_key(xref, key, "null")
    if stencil:
        data = np.packbits(~pixels, axis=1).tobytes()  # a zero bit paints (the default decode)
        doc.update_stream(xref, data, compress=True)
        doc.xref_set_key(xref, "ImageMask", "true")
        doc.xref_set_key(xref, "BitsPerComponent", "1")
    else:
        space = {1: "/DeviceGray", 3: "/DeviceRGB", 4: "/DeviceCMYK"}[pixels.shape[2]]
        doc.update_stream(xref, np.ascontiguousarray(pixels).tobytes(), compress=True)
        doc.xref_set_key(xref, "ColorSpace", space)
        doc.xref_set_key(xref, "BitsPerComponent", "8")
    doc.xref_set_key(xref, "Width", str(w))
    doc.xref_set_key(xref, "Height", str(h))


def _same(a: Sequence[float], b: Sequence[float]) -> bool:
    return all(abs(float(x) - float(y)) < 1e-3 for x, y in zip(a, b))


def capture_tilted(page: pymupdf.Page, rects: Sequence[Rect]) -> list[DrawnImage]:
    """The tilted image drawings that meet one of ``rects`` (before MuPDF's pass blanks the bound of each in the image)."""
    if not rects:
        return []

    def wanted(info: dict) -> bool:
        box = pymupdf.Rect(info["bbox"])
        return tilted(info["transform"]) and any(box.intersects(pymupdf.Rect(r)) for r in rects)

    try:
        return capture(page, wanted)
    except Exception as exc:  # pragma: no cover - MuPDF's blanking stands; the ink check judges it
        log.info("sida %d: lutande bilder kunde inte läsas (%s)", page.number + 1, exc)
        return []


def blank_tilted(page: pymupdf.Page, drawn: Sequence[DrawnImage], boxes: Sequence[Rect]) -> int:
    """Write the captured tilted drawings back blank only where their pixels meet the boxes drawn; returns how many."""
    try:
        return rewrite(page, drawn, lambda d: meeting(d, boxes))
    except Exception as exc:  # pragma: no cover - MuPDF's blanking stands; the ink check judges it
        log.info("sida %d: lutande bilder kunde inte skrivas om (%s)", page.number + 1, exc)
        return 0
