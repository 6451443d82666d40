"""Find text, vector art and images that an opaque image drawn later hides from a reader.

An amateur redaction can paste a picture over a name instead of drawing a box: a
white or black image, a stamp, a scanned signature. A viewer shows the picture, yet
the name stays in the content stream and every extractor reads it, as it does
under an opaque fill (``render.covered``).

An image's pixels are not one colour, so the raster cannot tell "one colour all
over" here. The judge is a removal tried on a copy of the page: the glyphs whose
centre a later image reaches over are taken out of the copy, and a glyph is hidden
when the copy, drawn, shows the very same pixels as the page around it. Whatever
lets a glyph show through changes those pixels and keeps it: a translucent image,
a soft mask, a blend mode, a clip, a glyph reaching out from under the picture.
Images that carry their own transparency (``/SMask``, ``/Mask``, a stencil) never
count, whatever they show. A glyph the copy still holds after the removal (a
construct MuPDF's filter does not take) is not judged hidden. Vector art wholly
under such an image is judged the same way, by removing it from a copy, and so is
an earlier image: it loses the pixels that lie wholly under the picture
(``blank_images_under_images``).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

import numpy as np
import pymupdf

from redact.render.glyphs import INVISIBLE_TYPES, is_blank_char
from redact.render.image_pixels import DrawnImage, Matrix6, capture, image_drawings, inside, inside_drawing, rewrite, tilted
from redact.render.removal import redact_rects
from redact.render.stencils import repack_stencils
from redact.types import Rect

log = logging.getLogger(__name__)

#: Resolution (pixels per point) at which the two drawings are compared.
ZOOM = 3.0
#: At most this many pixels are drawn for the check; an area that would need a coarser raster is not judged.
MAX_PIXELS = 40_000_000
MIN_ZOOM = 1.5
#: Colour levels by which a pixel may differ between the page and the copy without the glyph (none is expected).
SAME_LEVELS = 2
#: An image narrower or lower than this (points) hides no glyph.
MIN_COVER = 2.0
#: At most this many image drawings on a page are looked at for images hidden under later ones (a tiled scan has thousands).
MAX_IMAGES = 400
#: How far (points) inside the edge of a picture an earlier image's pixel must lie to be blanked when the one or the
#: other is drawn tilted: poppler resamples a tilted image, so a raster pixel beside (or across) the picture's edge
#: shows a blend of the image pixels near it, some of which may lie under the picture.
TILTED_EDGE = 1.0
#: Candidate glyphs taken out of the copy of the page in one MuPDF pass.
JUDGE_BATCH = 250
#: How far (in glyph heights) around a glyph's box the pixels are compared: a letter's overhang shows there.
REACH = 0.5

Entries = Sequence[tuple[str, Sequence[float]]]
#: An opaque picture drawn over an image: its bound on the page and its matrix.
Cover = tuple[Rect, Matrix6]


def opaque_images(page: pymupdf.Page, entries: Entries) -> list[tuple[int, Rect]]:
    """The images of the page's device log that carry no transparency of their own, with their place in the drawing order.

    A stencil (``fill-imgmask``) paints only where its bits say; an image with a soft mask, a colour-key
    or explicit mask, or alpha in its JPX data shows what lies under it in places: none of them counts.
    """
    images = [
        (i, tuple(r)) for i, (kind, r) in enumerate(entries)
        if kind == "fill-image" and r[2] - r[0] >= MIN_COVER and r[3] - r[1] >= MIN_COVER
    ]
    if not images:
        return []
    info = page.get_image_info(xrefs=True)
    doc = page.parent
    found = []
    for i, r in images:
        same = [m for m in info if all(abs(m["bbox"][k] - r[k]) < 0.01 for k in range(4))]
        if not same or any(m.get("has-mask") or not _opaque_object(doc, m.get("xref", 0)) for m in same):
            continue  # unknown, or one of the images drawn here has transparency of its own
        found.append((i, r))
    return found


class PagePictures:
    """:func:`opaque_images` of one page and its device log, read at the first ask and kept for the page's later asks.

    The text under the pictures and the art under them are judged on the page unchanged, and each read decodes
    every image of the page again for its digest (a scanned page: several milliseconds). Per page, never kept
    past the page's first change; a read that fails is tried again at the next ask, as a fresh read would be.
    """

    def __init__(self, page: pymupdf.Page, entries: Entries):
        self._page, self._entries = page, entries
        self._found: list[tuple[int, Rect]] | None = None

    def __call__(self) -> list[tuple[int, Rect]]:
        if self._found is None:
            self._found = opaque_images(self._page, self._entries)
        return self._found


def _opaque_object(doc: pymupdf.Document, xref: int) -> bool:
    """The image object has no mask, soft mask or alpha of its own (an inline image, xref 0, is judged by MuPDF's word)."""
    if not xref:
        return True
    for key in ("SMask", "Mask", "ImageMask", "SMaskInData"):
        kind, value = doc.xref_get_key(xref, key)
        if kind != "null" and value not in ("false", "0"):
            return False
    kind, value = doc.xref_get_key(xref, "Filter")
    return "JPX" not in value  # JPEG 2000 may carry alpha that the dictionary does not tell


def glyphs_under_images(
    page: pymupdf.Page, trace: Sequence[dict], entries: Entries, pictures: PagePictures | None = None
) -> frozenset[tuple[float, float]]:
    """Origins (trace coordinates) of the traced glyphs that an opaque image drawn later hides wholly.

    ``pictures``: the page's opaque images of ``entries`` when the caller keeps them for another look."""
    images = opaque_images(page, entries) if pictures is None else pictures()
    if not images:
        return frozenset()
    last = max(i for i, _ in images)
    candidates: list[tuple[tuple[float, float], Rect]] = []
    for span in trace:
        seqno = span.get("seqno", 0)
        if span["type"] in INVISIBLE_TYPES or seqno >= last:
            continue  # invisible text is removed by its own test; no image is drawn after this span
        for c in span["chars"]:
            if is_blank_char(c[0]):
                continue
            box = tuple(c[3])
            cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
            if any(i > seqno and r[0] <= cx <= r[2] and r[1] <= cy <= r[3] for i, r in images):
                candidates.append((tuple(c[2]), box))
    if not candidates:
        return frozenset()
    try:
        hidden = _judge_glyphs(page, candidates)
    except Exception as exc:  # pragma: no cover - the glyphs stay, as before; detection still sees them
        log.info("sida %d: text under bilder kunde inte prövas (%s)", page.number + 1, exc)
        return frozenset()
    return frozenset(origin for (origin, _), ok in zip(candidates, hidden) if ok)


def _judge_glyphs(page: pymupdf.Page, candidates: Sequence[tuple[tuple[float, float], Rect]]) -> list[bool]:
    """For each candidate glyph, whether the page shows the same pixels around it once it is taken out of a copy."""
    regions = [_around(box) for _, box in candidates]
    copy = page_copy(page)
    try:
        other = copy[0]
        dots = []
        for _, box in candidates:
            cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
            dots.append((cx - 0.05, cy - 0.05, cx + 0.05, cy + 0.05))
        # MuPDF's passes without PyMuPDF's naming of each annotation, which grows with their square (a page of
        # text under a pasted picture is thousands of candidates); in batches, as MuPDF's own update of each new
        # annotation also grows with the number on the page. A glyph's removal does not move another glyph, so
        # the batches take together what one pass would.
        for k in range(0, len(dots), JUDGE_BATCH):
            redact_rects(other, dots[k:k + JUDGE_BATCH], images=pymupdf.PDF_REDACT_IMAGE_NONE,
                         graphics=pymupdf.PDF_REDACT_LINE_ART_NONE, text=pymupdf.PDF_REDACT_TEXT_REMOVE)
        left = {_key(c[2]) for s in other.get_texttrace() for c in s["chars"]}
        same = _same_pixels(page, other, regions)
    finally:
        copy.close()
    # A glyph the copy still holds was not taken by the filter: its pixels prove nothing.
    return [ok and _key(origin) not in left for (origin, _), ok in zip(candidates, same)]


def art_under_images(page: pymupdf.Page, entries: Entries, pictures: PagePictures | None = None) -> list[Rect]:
    """Boxes, each a little inside an opaque image, whose removal takes only vector art that the image hides.

    As under a fill (``covered.covered_paths``): MuPDF takes a path only when the box covers it whole
    (mitred joins included), whatever its place in the drawing order, so a box is given only when no path
    drawn after the image lies inside it, and the copy of the page without the paths inside it shows the
    same pixels there as the page. ``pictures``: the page's opaque images of ``entries`` when the caller keeps them.
    """
    images = opaque_images(page, entries) if pictures is None else pictures()
    if not images:
        return []
    paths = [(i, tuple(r)) for i, (kind, r) in enumerate(entries) if kind in ("fill-path", "stroke-path")]
    found: list[Rect] = []
    for i, r in images:
        inner = (r[0] + 0.5, r[1] + 0.5, r[2] - 0.5, r[3] - 0.5)
        if inner[2] <= inner[0] or inner[3] <= inner[1]:
            continue
        inside = [j for j, p in paths if _inside(p, inner)]
        if inside and all(j < i for j in inside):
            found.append(inner)
    if not found:
        return []
    try:
        copy = page_copy(page)
        try:
            other = copy[0]
            redact_rects(other, found, images=pymupdf.PDF_REDACT_IMAGE_NONE,
                         graphics=pymupdf.PDF_REDACT_LINE_ART_REMOVE_IF_COVERED, text=pymupdf.PDF_REDACT_TEXT_NONE)
            same = _same_pixels(page, other, found)
        finally:
            copy.close()
    except Exception as exc:  # pragma: no cover - the paths stay as they are
        log.info("sida %d: vektorgrafik under bilder kunde inte prövas (%s)", page.number + 1, exc)
        return []
    return [inner for inner, ok in zip(found, same) if ok]


def page_copy(page: pymupdf.Page) -> pymupdf.Document:
    """A document holding a copy of ``page`` as it is now (annotations left out: they are drawn into the page before)."""
    copy = pymupdf.open()
    copy.insert_pdf(page.parent, from_page=page.number, to_page=page.number, links=False, annots=False)
    return copy


def judged_area(page: pymupdf.Page, turned: Sequence[pymupdf.Rect]) -> tuple[pymupdf.Rect, pymupdf.Matrix] | None:
    """The part of the page (rotated coordinates) holding every box, and the scale to draw it at; None when too coarse."""
    area = pymupdf.Rect(turned[0])
    for r in turned[1:]:
        area |= r
    area &= page.rect
    if area.is_empty:
        return None
    zoom = min(ZOOM, (MAX_PIXELS / max(area.width * area.height, 1e-6)) ** 0.5)
    if zoom < MIN_ZOOM:
        return None  # a poster-sized area: too coarse to show a glyph is hidden
    return area, pymupdf.Matrix(zoom, zoom)


def _same_pixels(page: pymupdf.Page, other: pymupdf.Page, regions: Sequence[Rect]) -> list[bool]:
    """For each region (trace coordinates), whether ``page`` and ``other`` draw the same pixels all over it."""
    rot = page.rotation_matrix
    turned = [pymupdf.Rect(r) * rot for r in regions]
    drawn = judged_area(page, turned)
    if drawn is None:
        return [False] * len(regions)
    area, scale = drawn
    a, b = (
        p.get_pixmap(matrix=scale, clip=area, colorspace=pymupdf.csRGB, alpha=False, annots=False) for p in (page, other)
    )
    if (a.width, a.height, a.x, a.y) != (b.width, b.height, b.x, b.y):
        return [False] * len(regions)
    pa = np.frombuffer(a.samples, dtype=np.uint8).reshape(a.height, a.stride)[:, : a.width * a.n].astype(np.int16)
    pb = np.frombuffer(b.samples, dtype=np.uint8).reshape(b.height, b.stride)[:, : b.width * b.n].astype(np.int16)
    result = []
    for r in turned:
        s = r * scale
        x0, y0 = max(int(s.x0) - a.x, 0), max(int(s.y0) - a.y, 0)
        x1, y1 = min(int(s.x1 + 1) - a.x, a.width), min(int(s.y1 + 1) - a.y, a.height)
        if x1 <= x0 or y1 <= y0:
            result.append(False)
            continue
        diff = np.abs(pa[y0:y1, x0 * a.n:x1 * a.n] - pb[y0:y1, x0 * a.n:x1 * a.n])
        result.append(int(diff.max()) <= SAME_LEVELS)
    return result


def _around(box: Rect) -> Rect:
    """The glyph's box grown by ``REACH`` of its height on every side: a letter's overhang is judged too."""
    pad = max(box[3] - box[1], box[2] - box[0], 1.0) * REACH
    return (box[0] - pad, box[1] - pad, box[2] + pad, box[3] + pad)


def _inside(a: Rect, b: Rect) -> bool:
    return a[0] >= b[0] and a[1] >= b[1] and a[2] <= b[2] and a[3] <= b[3]


def _key(origin: Sequence[float]) -> tuple[int, int]:
    return (round(origin[0] * 100), round(origin[1] * 100))



def blank_images_under_images(page: pymupdf.Page, entries: Entries) -> int:
    """Blank the pixels of earlier images that an opaque image drawn later hides wholly; returns how many drawings.

    A picture pasted over a scanned name hides it from a viewer, but the scan stays in the file for
    any parser. Each earlier image loses the pixels that lie wholly under the later picture; the
    picture itself, and every other image, stays as it was. MuPDF blanks every image under a
    rectangle, so the drawings it touches are written back pixel by pixel (``render.image_pixels``).
    The removal is tried on a copy of the page first, and made only when the copy draws the very
    same pixels over the pictures (a translucent picture, a blend mode or a clip shows the change).
    """
    plan = _hidden_images(entries)
    if not plan:
        return 0
    try:
        entries = page.get_bboxlog()  # the content may have been rewritten since the log was read
        plan = _hidden_images(entries)
        covers = opaque_images(page, entries)
        if not plan or not covers:
            return 0
        work = _blanking_plan(page, entries, covers)
        if not work:
            return 0
        copy = page_copy(page)
        try:
            other = copy[0]
            _blank_under(other, work)
            regions = [c for _, c in covers] + [
                tuple(i["bbox"]) for i in image_drawings(page)
                if any(pymupdf.Rect(i["bbox"]).intersects(pymupdf.Rect(c)) for cs in work.values() for c, _ in cs)
            ]
            same = all(_same_pixels(page, other, regions))
        finally:
            copy.close()
        if not same:
            log.info("sida %d: bilder under en annan bild lämnas: att ta bort dem ändrar sidan", page.number + 1)
            return 0
        done = _blank_under(page, work)
    except Exception as exc:  # pragma: no cover - the images stay as they are
        log.info("sida %d: bilder under bilder kunde inte prövas (%s)", page.number + 1, exc)
        return 0
    log.info("sida %d: %d bilder under en senare ogenomskinlig bild töms där", page.number + 1, done)
    return done


def _hidden_images(entries: Entries) -> list[int]:
    """Places in the drawing order of images that an image drawn later meets (a cheap look at the log only)."""
    images = [(i, tuple(r)) for i, (kind, r) in enumerate(entries) if kind in ("fill-image", "fill-imgmask")]
    if len(images) > MAX_IMAGES:
        log.info("%d bilder på sidan: bilder under bilder prövas inte", len(images))
        return []
    return [
        i for i, r in images
        if any(j > i and r[0] < q[2] and q[0] < r[2] and r[1] < q[3] and q[1] < r[3] for j, q in images)
    ]


def _blanking_plan(page: pymupdf.Page, entries: Entries, covers: Sequence[tuple[int, Rect]]) -> dict[int, list[Cover]]:
    """For each image drawing (its number among the page's images) the opaque pictures drawn after it that meet it.

    A picture drawn tilted (a stamp pasted askew) hides only what lies inside its own outline, not its whole bound:
    each comes with its matrix, and an earlier image loses only the pixels that lie wholly inside that outline.
    """
    order = [i for i, (kind, _) in enumerate(entries) if kind in ("fill-image", "fill-imgmask")]
    info = image_drawings(page)
    if len(info) != len(order):
        return {}  # the log and the image list disagree: nothing is paired by guess
    shapes: dict[int, Cover] = {}
    for i, r in covers:
        transform = tuple(info[order.index(i)]["transform"])
        shapes[i] = (r, transform)
    plan: dict[int, list[Cover]] = {}
    for k, i in enumerate(order):
        box = tuple(info[k]["bbox"])
        over = [c for j, c in shapes.items() if j > i and box[0] < c[0][2] and c[0][0] < box[2] and box[1] < c[0][3] and c[0][1] < box[3]]
        if over:
            plan[info[k]["number"]] = over
    return plan


def _blank_under(page: pymupdf.Page, plan: dict[int, list[Cover]]) -> int:
    """Blank each planned drawing under its pictures (MuPDF's pass, then every touched drawing written back); how many."""
    rects: list[Rect] = []
    for number, covers in plan.items():
        for c, _ in covers:
            rects.append(c)
    drawn = capture(page, lambda i: any(pymupdf.Rect(i["bbox"]).intersects(pymupdf.Rect(r)) for r in rects))
    # A hair inside the picture: MuPDF drops an image a rectangle covers whole, and the picture must stay.
    inset = [(r[0] + 0.01, r[1] + 0.01, r[2] - 0.01, r[3] - 0.01) for r in dict.fromkeys(rects)]
    redact_rects(page, inset, images=pymupdf.PDF_REDACT_IMAGE_PIXELS, graphics=pymupdf.PDF_REDACT_LINE_ART_NONE,
                 text=pymupdf.PDF_REDACT_TEXT_NONE)

    def blank(d: DrawnImage) -> np.ndarray:
        out = np.zeros(d.pixels.shape[:2], dtype=bool)
        for c, transform in plan.get(d.number, ()):
            if tilted(transform) or tilted(d.transform):
                out |= inside_drawing(d, transform, TILTED_EDGE)
            else:  # the pixel grid lies along the picture's edges: every pixel wholly under it goes
                out |= inside(d, c)
        return out

    rewrite(page, drawn, blank)
    repack_stencils(page)
    return sum(1 for d in drawn if blank(d).any())
