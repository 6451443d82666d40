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
on top of the box (a free-text note's own words) is visible and stays; the
pixels under it are not judged. An image the box hides whole is removed; the
part of an image under such a box is blanked, and only where the box is.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence

import numpy as np
import pymupdf

from redact.render.glyphs import INVISIBLE_TYPES, is_blank_char
from redact.render.under_images import PagePictures, glyphs_under_images, judged_area
from redact.types import Rect

log = logging.getLogger(__name__)

# The check draws at ``under_images.ZOOM`` (a hairline still greys a pixel), within its pixel budget.
#: Grey levels by which the pixels over a covered glyph may differ (anti-aliasing at the box's edge).
UNIFORM_LEVELS = 8
#: A fill narrower or lower than this (points) hides no glyph: rules and underlines are not boxes.
MIN_COVER = 2.0



def _fills(entries: Sequence[tuple[str, Sequence[float]]]) -> list[tuple[int, Rect]]:
    """Filled paths of the page in drawing order, from its device log (``Page.get_bboxlog``, counted like the text trace)."""
    out = []
    for i, (kind, r) in enumerate(entries):
        if kind == "fill-path" and r[2] - r[0] >= MIN_COVER and r[3] - r[1] >= MIN_COVER:
            out.append((i, tuple(r)))
    return out


def covered_origins(
    page: pymupdf.Page, trace: Sequence[dict], entries: Sequence[tuple[str, Sequence[float]]] | None = None,
    pictures: PagePictures | None = None,
) -> frozenset[tuple[float, float]]:
    """Origins (trace coordinates) of the traced glyphs that an opaque fill or an opaque image drawn later hides wholly.

    ``entries`` is the page's device log when the caller has it (it costs a run of the page), ``pictures``
    the opaque images of that log when the caller keeps them for its own look. Images are judged in ``render.under_images``.
    """
    if not trace:
        return frozenset()
    try:
        entries = page.get_bboxlog() if entries is None else entries
    except Exception as exc:  # pragma: no cover - the glyphs stay, as before; detection still sees them
        log.info("sida %d: sidans ritordning kunde inte läsas (%s)", page.number + 1, exc)
        return frozenset()
    return _under_fills(page, trace, entries) | glyphs_under_images(page, trace, entries, pictures)


def _under_fills(
    page: pymupdf.Page, trace: Sequence[dict], entries: Sequence[tuple[str, Sequence[float]]]
) -> frozenset[tuple[float, float]]:
    """Origins of the traced glyphs that an opaque fill drawn later hides wholly.

    Text drawn on top of the box (a free-text note's own words) is left out of the pixels judged:
    whatever is painted after an opaque fill cannot bring back what the fill painted over.
    """
    try:
        fills = _fills(entries)
        if not fills:
            return frozenset()
        last = max(i for i, _ in fills)
        grid = _Grid(fills)
        candidates: list[tuple[tuple[float, float], Rect, tuple[int, Rect]]] = []
        for span in trace:
            seqno = span.get("seqno", 0)
            if span["type"] in INVISIBLE_TYPES or seqno >= last:
                continue  # invisible text is removed by its own test; nothing is filled after this span
            for c in span["chars"]:
                if is_blank_char(c[0]):
                    continue
                box = c[3]
                cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
                over = [(i, r) for i, r in grid.at(cx, cy) if i > seqno and r[0] <= cx <= r[2] and r[1] <= cy <= r[3]]
                if over:
                    candidates.append((tuple(c[2]), tuple(box), min(over)))
        if not candidates:
            return frozenset()
        after = _painted_after(trace, candidates)
        hidden = _uniform(page, [box for _, box, _ in candidates], after, [cover for _, _, (_, cover) in candidates])
        if any(v is None for v in hidden):
            # Words on top leave too little of the glyph and its box to look at: the fill's own opacity decides.
            opaque = _opaque_fills(page)
            hidden = [v if v is not None else i in opaque for v, (_, _, (i, _)) in zip(hidden, candidates)]
    except Exception as exc:  # pragma: no cover - the glyphs stay, as before; detection still sees them
        log.info("sida %d: text under fyllda rutor kunde inte prövas (%s)", page.number + 1, exc)
        return frozenset()
    return frozenset(origin for (origin, _, _), shows_nothing in zip(candidates, hidden) if shows_nothing)


def _opaque_fills(page: pymupdf.Page) -> frozenset[int]:
    """Drawing-order numbers of the paths filled fully opaque (as MuPDF reports them: blending is not told)."""
    return frozenset(
        d.get("seqno", -1) for d in page.get_drawings()
        if d.get("fill") is not None and (d.get("fill_opacity") if d.get("fill_opacity") is not None else 1.0) >= 0.999
    )


class _Grid:
    """Filled boxes filed by the page cells they cover, to find those over a point quickly (a map has thousands)."""

    CELL = 32.0
    MAX_CELLS = 1024

    def __init__(self, fills: Sequence[tuple[int, Rect]]):
        self._cells: dict[tuple[int, int], list[tuple[int, Rect]]] = {}
        self._wide: list[tuple[int, Rect]] = []  # boxes over too many cells to file: looked at for every point
        self._all = list(fills)
        c = self.CELL
        for i, r in fills:
            if (r[2] - r[0]) * (r[3] - r[1]) > self.MAX_CELLS * c * c:
                self._wide.append((i, r))
                continue
            for gx in range(int(r[0] // c), int(r[2] // c) + 1):
                for gy in range(int(r[1] // c), int(r[3] // c) + 1):
                    self._cells.setdefault((gx, gy), []).append((i, r))

    def meeting(self, r: Rect) -> list[tuple[int, Rect]]:
        """The boxes filed in the cells ``r`` covers (each once), or every box when ``r`` covers too many cells."""
        c = self.CELL
        gx0, gy0, gx1, gy1 = int(r[0] // c), int(r[1] // c), int(r[2] // c), int(r[3] // c)
        if (gx1 - gx0 + 1) * (gy1 - gy0 + 1) > self.MAX_CELLS:
            return self._all
        found = {id(f): f for f in self._wide}
        for gx in range(gx0, gx1 + 1):
            for gy in range(gy0, gy1 + 1):
                for f in self._cells.get((gx, gy), ()):
                    found.setdefault(id(f), f)
        return list(found.values())

    def at(self, x: float, y: float) -> list[tuple[int, Rect]]:
        """The boxes filed in the cell of (x, y)."""
        return self._cells.get((int(x // self.CELL), int(y // self.CELL)), []) + self._wide


def _painted_after(
    trace: Sequence[dict], candidates: Sequence[tuple[tuple[float, float], Rect, tuple[int, Rect]]]
) -> list[list[Rect]]:
    """For each candidate glyph, the boxes of glyphs drawn after the first fill over it that meet that fill."""
    x0 = min(c[0] for _, _, (_, c) in candidates)
    y0 = min(c[1] for _, _, (_, c) in candidates)
    x1 = max(c[2] for _, _, (_, c) in candidates)
    y1 = max(c[3] for _, _, (_, c) in candidates)
    first = min(i for _, _, (i, _) in candidates)
    overlay = [
        (span.get("seqno", 0), tuple(c[3])) for span in trace
        if span["type"] not in INVISIBLE_TYPES and span.get("seqno", 0) > first
        and span["bbox"][0] <= x1 and span["bbox"][2] >= x0 and span["bbox"][1] <= y1 and span["bbox"][3] >= y0
        for c in span["chars"] if not is_blank_char(c[0])
    ]
    return [
        [b for seq, b in overlay if seq > cover and _intersection(b, (r[0] - 1, r[1] - 1, r[2] + 1, r[3] + 1))]
        for _, _, (cover, r) in candidates
    ]


def covered_images(
    page: pymupdf.Page, entries: Sequence[tuple[str, Sequence[float]]] | None = None
) -> tuple[list[Rect], list[Rect]]:
    """Images, and parts of images, that an opaque fill drawn after them hides from a reader.

    Returns the boxes of whole images to remove (each a little inside its image, meeting no
    other image) and the parts of images to blank, each a pixel inside the box over it so no
    pixel beyond the box is blanked. A stencil mask is blanked in part too (an inline one is
    written back with one bit per sample afterwards: ``render.stencils``).
    """
    try:
        entries = page.get_bboxlog() if entries is None else entries
        images = [(i, kind, tuple(r)) for i, (kind, r) in enumerate(entries) if kind in ("fill-image", "fill-imgmask")]
        if not images:
            return [], []
        fills = [(i, r) for i, r in _fills(entries) if i > images[0][0]]
        if not fills:
            return [], []
        grid = _Grid(fills)
        info = page.get_image_info()
        wholes: list[Rect] = []
        parts: list[Rect] = []
        for j, _, img in images:
            later = [cover for i, cover in grid.meeting(img) if i > j and _intersection(img, cover)]
            if not later:
                continue
            if any(_inside(img, cover) for cover in later):
                inner = (img[0] + 0.25, img[1] + 0.25, img[2] - 0.25, img[3] - 0.25)
                alone = not any(_intersection(other, inner) for k, _, other in images if k != j)
                if alone and inner[2] > inner[0] and inner[3] > inner[1]:
                    wholes.append(inner)
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
    return [r for r, ok in zip(wholes, shows_nothing[:n]) if ok is True], [r for r, ok in zip(parts, shows_nothing[n:]) if ok is True]


def covered_paths(page: pymupdf.Page, entries: Sequence[tuple[str, Sequence[float]]] | None = None) -> list[Rect]:
    """Boxes, each a little inside an opaque fill, whose removal takes only vector art that the fill hides.

    MuPDF removes a path only when the rectangle covers it whole, and whatever its place in the
    drawing order: so a box is given only when no path drawn after the fill lies inside it (the fill
    itself reaches past it), and every path drawn before the fill that lies inside it shows nothing.
    A path that reaches out from under the box stays, whole.
    """
    try:
        entries = page.get_bboxlog() if entries is None else entries
        fills = _fills(entries)
        if not fills:
            return []
        paths = [(i, tuple(r)) for i, (kind, r) in enumerate(entries) if kind in ("fill-path", "stroke-path")]
        # Each fill asks which paths lie inside it: over arrays, since a map of thousands of shapes reaching
        # far off the page (each meeting every other) made this a product of thousands by thousands in Python.
        order = np.fromiter((j for j, _ in paths), dtype=np.int64, count=len(paths))
        boxes = np.array([r for _, r in paths], dtype=float).reshape(-1, 4)
        found: list[tuple[Rect, list[Rect]]] = []
        for i, cover in fills:
            inner = (cover[0] + 0.5, cover[1] + 0.5, cover[2] - 0.5, cover[3] - 0.5)
            if inner[2] <= inner[0] or inner[3] <= inner[1]:
                continue
            inside = (
                (boxes[:, 0] >= inner[0]) & (boxes[:, 1] >= inner[1]) & (boxes[:, 2] <= inner[2]) & (boxes[:, 3] <= inner[3])
                & (order != i)
            )
            if not inside.any() or (order[inside] > i).any():
                continue
            found.append((inner, [paths[k][1] for k in np.flatnonzero(inside)]))
        if not found:
            return []
        # One raster for all: a map fills thousands of shapes over earlier ones.
        verdicts = iter(_uniform(page, [r for _, under in found for r in under], inset=False))
        boxes = [inner for inner, under in found if all([next(verdicts) is True for _ in under])]
    except Exception as exc:  # pragma: no cover - the paths stay as they are
        log.info("sida %d: vektorgrafik under fyllda rutor kunde inte prövas (%s)", page.number + 1, exc)
        return []
    return boxes


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


def _uniform(
    page: pymupdf.Page, boxes: Sequence[Rect], painted_after: Sequence[Sequence[Rect]] | None = None,
    covers: Sequence[Rect] | None = None, inset: bool = True,
) -> list[bool | None]:
    """For each box (unrotated page coordinates), whether the page as drawn shows one colour all over it.

    With ``inset`` a glyph's box is taken a little in from its side bearings and its font's line height.
    The pixels under ``painted_after[k]`` (glyphs drawn over the fill that hides glyph k) are not judged.
    When less than half of the box is left, the fill's own box ``covers[k]`` is judged the same way: a
    fill that shows one colour wherever nothing lies on it is opaque (were it not, and the glyph showed
    through only under the words on top, its removal would change the page and the ink check refuse it).
    None when neither leaves enough to judge.
    """
    rot = page.rotation_matrix
    turned = [pymupdf.Rect(b) * rot for b in boxes]
    drawn = judged_area(page, turned + [pymupdf.Rect(c) * rot for c in covers or ()])
    if drawn is None:
        return [False] * len(boxes)
    area, scale = drawn
    pix = page.get_pixmap(matrix=scale, clip=area, colorspace=pymupdf.csGRAY, alpha=False, annots=False)
    grey = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.stride)[:, :pix.width]
    result = []
    for k, r in enumerate(turned):
        dx, dy = (r.width / 20, r.height / 10) if inset else (0.0, 0.0)
        on_top = painted_after[k] if painted_after else ()
        verdict = _one_colour(grey, pix, pymupdf.Rect(r.x0 + dx, r.y0 + dy, r.x1 - dx, r.y1 - dy) * scale, on_top, rot * scale)
        if verdict is None and covers:
            cover = pymupdf.Rect(covers[k]) * rot
            inner = pymupdf.Rect(cover.x0 + 1, cover.y0 + 1, cover.x1 - 1, cover.y1 - 1)  # off the fill's anti-aliased edge
            verdict = _one_colour(grey, pix, inner * scale, on_top, rot * scale)
        result.append(verdict)
    return result


def _one_colour(
    grey: np.ndarray, pix: pymupdf.Pixmap, r: pymupdf.Rect, on_top: Sequence[Rect], to_raster: pymupdf.Matrix
) -> bool | None:
    """Whether the raster shows one grey in ``r`` (raster points) outside the glyphs ``on_top``; None when that leaves under half of it."""
    x0, y0, x1, y1 = _pixels(r, pix)
    if x0 < 0 or y0 < 0 or x1 > pix.width or y1 > pix.height or x1 <= x0 or y1 <= y0:
        return False  # part of the box lies off the page: not shown to be hidden
    judged = np.ones((y1 - y0, x1 - x0), dtype=bool)
    for other in on_top:
        # The glyph drawn on top, grown by a pixel for its anti-aliased edge.
        ox0, oy0, ox1, oy1 = _pixels(pymupdf.Rect(other) * to_raster, pix)
        judged[max(oy0 - 1 - y0, 0):max(oy1 + 1 - y0, 0), max(ox0 - 1 - x0, 0):max(ox1 + 1 - x0, 0)] = False
    if judged.sum() * 2 < judged.size:
        return None
    region = grey[y0:y1, x0:x1][judged]
    return int(region.max()) - int(region.min()) <= UNIFORM_LEVELS


def _pixels(r: pymupdf.Rect, pix: pymupdf.Pixmap) -> tuple[int, int, int, int]:
    """``r`` (raster points of the whole page) as pixel bounds in ``pix``."""
    return round(r.x0) - pix.x, round(r.y0) - pix.y, round(r.x1) - pix.x, round(r.y1) - pix.y

