"""Proof that nothing vanished unmarked: every bit of ink the output lost lies under a mask.

Text checks only look for what was masked; they cannot see what was lost. A
scan blanked under an invisible OCR layer, an image dropped from a form
XObject or a glyph taken along beside a mask would all pass them. So every
page of the input and of the output is rendered at a modest resolution, and
every pixel that was ink in the input and is light in the output must lie
under a mask's box (which is drawn dark, so ink under it stays dark anyway). On a
coloured ground vanished ink turns the ground's colour, not white: a pixel that got much
lighter counts as lost too.

Annotations and form fields are left out of the input's rendering: the
renderer removes them wholesale, and that is reported separately
(:func:`visible_annotations`), not as lost page content.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import pymupdf

from redact.render.type3 import _is_type3, _type3_names, quieted_copies, uses_type3_fonts
from redact.types import Mask
from redact.verify.page_identity import PageFingerprints, same_drawing

log = logging.getLogger(__name__)

#: Resolution of the comparison: one pixel is 1.44 points, enough to see a lost word.
INK_DPI = 50
#: A pixel darker than this in the input is ink ...
INK_LEVEL = 128
#: ... and lost when it is lighter than this in the output ...
LOST_LEVEL = 200
#: ... or lighter by this much: ink gone from a coloured ground (yellow is 181 in grey) never turns as light as paper.
LIGHTER_BY = 96
#: A kept glyph drawn farther than this (points) from every place the input drew the same character has moved.
MOVED_PT = 0.25
#: Points of slack around each mask box for the glyph check (a glyph touching a box may be taken along).
GLYPH_SLACK_PT = 1.0
#: Pixels of slack around each mask box (anti-aliased edges, whole image pixels blanked).
MASK_SLACK_PX = 2
#: A page fails when more than this share of its ink is lost outside the masks ...
MAX_LOST_SHARE = 0.002
#: ... and at least this many pixels are (a stray anti-aliased pixel is not content).
MIN_LOST_PIXELS = 6
#: A page that fails is drawn again at this many times ``INK_DPI``: MuPDF draws an image shrunk to
#: under half its pixels by a shortcut that depends on how the image is stored (an indexed image is
#: not subsampled, the same pixels stored as RGB are), so a rule in an image the renderer re-encoded
#: can come out a pixel thinner at 50 dpi although not one of its pixels changed.
CONFIRM_FACTOR = 2


@dataclass(frozen=True)
class InkLoss:
    """Ink of one page that turned light outside every mask."""

    page: int
    lost: int  # pixels
    ink: int  # pixels of ink on the input page
    box: tuple[float, float, float, float]  # where (unrotated points, bounding the lost pixels)

    @property
    def share(self) -> float:
        """The lost pixels as a share of the page's ink."""
        return self.lost / self.ink if self.ink else 1.0


def _gray(page: pymupdf.Page, dpi: int) -> np.ndarray:
    pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY, alpha=False, annots=False)
    return np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.stride)[:, : pix.width]


def _mask_area(page: pymupdf.Page, masks: Sequence[Mask], shape: tuple[int, int], dpi: int) -> np.ndarray:
    """The pixels under the page's masks (grown by the slack), in the rendered (rotated) page."""
    area = np.zeros(shape, dtype=bool)
    zoom = dpi / 72.0
    h, w = shape
    m = page.rotation_matrix * pymupdf.Matrix(zoom, zoom)
    for mask in masks:
        for rect in mask.rects:
            r = pymupdf.Rect(rect) * m
            r.normalize()
            x0 = max(0, int(np.floor(r.x0)) - MASK_SLACK_PX)
            y0 = max(0, int(np.floor(r.y0)) - MASK_SLACK_PX)
            x1 = min(w, int(np.ceil(r.x1)) + MASK_SLACK_PX)
            y1 = min(h, int(np.ceil(r.y1)) + MASK_SLACK_PX)
            if x1 > x0 and y1 > y0:
                area[y0:y1, x0:x1] = True
    return area


def _drawn(before: pymupdf.Page, after: pymupdf.Page, dpi: int) -> tuple[np.ndarray, np.ndarray]:
    """Both pages in grey at ``dpi``, cut to what both show (the page box may have changed)."""
    a = _gray(before, dpi)
    b = _gray(after, dpi)
    if a.shape != b.shape:
        h, w = min(a.shape[0], b.shape[0]), min(a.shape[1], b.shape[1])
        a, b = a[:h, :w], b[:h, :w]
    return a, b


def _lost(a: np.ndarray, b: np.ndarray, ink: np.ndarray | None = None) -> np.ndarray:
    """The pixels of ink in ``a`` (``ink``: those, when known) that vanished in ``b``: turned light, or much lighter."""
    return (a < INK_LEVEL if ink is None else ink) & ((b > LOST_LEVEL) | (b.astype(np.int16) - a >= LIGHTER_BY))


def _blocks(flags: np.ndarray, factor: int, shape: tuple[int, int]) -> np.ndarray:
    """Per pixel of a ``shape`` drawing, whether any of ``flags`` (drawn ``factor`` times finer) lies
    in its area or one fine pixel round it."""
    h, w = shape
    grown = np.zeros((h * factor + 2, w * factor + 2), dtype=bool)
    fh, fw = min(flags.shape[0], h * factor), min(flags.shape[1], w * factor)
    grown[1 : fh + 1, 1 : fw + 1] = flags[:fh, :fw]
    # one fine pixel of slack on every side: the two grids meet at the page's corner, anti-aliasing spreads
    grown = grown[:-2, :] | grown[1:-1, :] | grown[2:, :]
    grown = grown[:, :-2] | grown[:, 1:-1] | grown[:, 2:]
    return grown.reshape(h, factor, w, factor).any(axis=(1, 3))


def _still_inked(before: pymupdf.Page, after: pymupdf.Page, masks: Sequence[Mask], lost: np.ndarray,
                 dpi: int) -> np.ndarray:
    """Of the ``lost`` pixels (at ``dpi``), those a drawing ``CONFIRM_FACTOR`` times finer shows as
    still inked in ``after``: the input has ink there and not one of its fine pixels vanished."""
    hi = dpi * CONFIRM_FACTOR
    a, b = _drawn(before, after, hi)
    gone = _lost(a, b)
    if masks:
        gone &= ~_mask_area(before, masks, a.shape, hi)
    inked = _blocks(a < INK_LEVEL, CONFIRM_FACTOR, lost.shape)
    vanished = _blocks(gone, CONFIRM_FACTOR, lost.shape)
    return lost & inked & ~vanished


def page_ink_loss(before: pymupdf.Page, after: pymupdf.Page, masks: Sequence[Mask], dpi: int = INK_DPI,
                  quieten: bool = True) -> InkLoss | None:
    """The ink ``after`` lost outside ``masks`` compared with ``before``, or None when it is within noise.

    A page that fails is drawn again ``CONFIRM_FACTOR`` times finer, and a lost pixel is let go only
    where that drawing proves the ink still there: the input has ink in the pixel's area and the
    output lost none of it. Content really removed is missing at every resolution; content MuPDF
    does not draw at the finer one (a glyph too big to rasterise) proves nothing and stays lost.
    """
    moved = moved_glyphs(before, after, masks) if quieten else None  # once, not again for the quiet copies
    if moved is not None:
        return moved
    quiet = quieted_copies(before, after) if quieten else None
    if quiet is not None:
        # Oversized Type 3 glyphs the same on both pages: drawn in neither (each takes seconds to draw).
        try:
            loss = page_ink_loss(quiet[0][0], quiet[1][0], masks, dpi, quieten=False)
        finally:
            quiet[0].close()
            quiet[1].close()
        return None if loss is None else replace(loss, page=before.number + 1)
    a, b = _drawn(before, after, dpi)
    ink = a < INK_LEVEL
    n_ink = int(np.count_nonzero(ink))  # counts a boolean array several times faster than sum()
    if not n_ink:
        return None
    lost = _lost(a, b, ink)
    if not lost.any():
        return None
    if masks:
        lost &= ~_mask_area(before, masks, a.shape, dpi)
    n_lost = int(np.count_nonzero(lost))
    if n_lost < MIN_LOST_PIXELS or n_lost <= MAX_LOST_SHARE * n_ink:
        return None
    lost &= ~_still_inked(before, after, masks, lost, dpi)
    n_lost = int(np.count_nonzero(lost))
    if n_lost < MIN_LOST_PIXELS or n_lost <= MAX_LOST_SHARE * n_ink:
        return None
    ys, xs = np.nonzero(lost)
    inv = ~(before.rotation_matrix * pymupdf.Matrix(dpi / 72.0, dpi / 72.0))
    where = pymupdf.Rect(xs.min(), ys.min(), xs.max() + 1, ys.max() + 1) * inv
    where.normalize()
    return InkLoss(before.number + 1, n_lost, n_ink, (where.x0, where.y0, where.x1, where.y1))


def _drawn_glyphs(page: pymupdf.Page) -> list[tuple[int, float, float, tuple[float, float, float, float]]]:
    """Every glyph the page draws (invisible text left out): character code, origin in the PDF's own
    coordinates (the same whatever the page's boxes), and its box on the page.

    A Type 3 glyph whose procedure MuPDF runs as drawing commands is traced like invisible text: Type 3
    glyphs are all kept."""
    to_pdf = ~page.transformation_matrix
    type3 = _type3_names(page)
    found = []
    for span in page.get_texttrace():
        if (span.get("type") == 3 and not _is_type3(span, type3)) or span.get("opacity", 1.0) == 0:
            continue
        for c in span["chars"]:
            if c[0] in _BLANKS:
                continue
            o = pymupdf.Point(c[2]) * to_pdf
            found.append((c[0], o.x, o.y, tuple(c[3])))
    return found


_BLANKS = frozenset((0x20, 0xA0, 0x09, 0x0A, 0x0D, 0x2002, 0x2003, 0x2009, 0x200B, 0x3000))


def moved_glyphs(before: pymupdf.Page, after: pymupdf.Page, masks: Sequence[Mask]) -> InkLoss | None:
    """Glyphs ``after`` draws outside every mask where ``before`` drew no such character: kept text that moved.

    The ink check compares drawings; a glyph MuPDF draws nothing of at its resolution (an oversized
    Type 3 glyph) can move unseen. The places are compared instead: a redaction only takes glyphs
    away, so every glyph left outside the boxes must stand where the same character stood in the input.
    """
    if not masks or not uses_type3_fonts(before):
        # glyphs of other fonts draw at the ink check's resolution, so a moved one shows as ink lost at its
        # old place; tracing every glyph twice cost more than half the render of a plain text page
        return None
    drawn = _drawn_glyphs(after)
    if not drawn:
        return None
    places: dict[tuple[int, int, int], list[tuple[float, float]]] = {}
    exact: set[tuple[int, float, float]] = set()
    for code, x, y, _box in _drawn_glyphs(before):
        places.setdefault((code, int(x // 1), int(y // 1)), []).append((x, y))
        exact.add((code, round(x, 2), round(y, 2)))
    rects = [pymupdf.Rect(r) + (-GLYPH_SLACK_PT, -GLYPH_SLACK_PT, GLYPH_SLACK_PT, GLYPH_SLACK_PT)
             for m in masks for r in m.rects]
    to_before = before.transformation_matrix
    moved: list[pymupdf.Rect] = []
    for code, x, y, box in drawn:
        if (code, round(x, 2), round(y, 2)) in exact:
            continue  # the common case: the very same place
        near = (places.get((code, i, j), ()) for i in (int(x // 1) - 1, int(x // 1), int(x // 1) + 1)
                for j in (int(y // 1) - 1, int(y // 1), int(y // 1) + 1))
        if any(abs(px - x) <= MOVED_PT and abs(py - y) <= MOVED_PT for cell in near for px, py in cell):
            continue
        at = pymupdf.Point(x, y) * to_before
        glyph = pymupdf.Rect(box) if pymupdf.Rect(box).is_valid and not pymupdf.Rect(box).is_empty else pymupdf.Rect(at, at)
        if any(r.contains(at) or r.intersects(glyph) for r in rects):
            continue  # under a box: its own business (a label, text taken along and boxed)
        moved.append(glyph | at)
    if not moved:
        return None
    where = moved[0]
    for r in moved[1:]:
        where |= r
    log.warning("sida %d: %d tecken utanför maskeringarna flyttades", before.number + 1, len(moved))
    return InkLoss(before.number + 1, len(moved), len(drawn), (where.x0, where.y0, where.x1, where.y1))


def ink_loss(src: Path, out: Path | pymupdf.Document, masks: Sequence[Mask], dpi: int = INK_DPI,
             progress: Callable[[str, int, int], None] | None = None) -> list[InkLoss]:
    """Every page of ``out`` that lost ink outside its masks compared with the same page of ``src``.

    ``progress("verify", page, pages)`` after every page: drawing a page twice is a page's work.
    A page of ``out`` proved to draw exactly what the same page of ``src`` draws (see
    ``page_identity``: same content, resources and boxes, by value) lost nothing and is not drawn.
    """
    by_page: dict[int, list[Mask]] = {}
    for m in masks:
        by_page.setdefault(m.page, []).append(m)
    losses: list[InkLoss] = []
    own = not isinstance(out, pymupdf.Document)
    doc_out = pymupdf.open(out) if own else out
    try:
        with pymupdf.open(src) as doc_in:
            if doc_in.page_count != doc_out.page_count:
                return [InkLoss(0, 1, 1, (0, 0, 0, 0))]
            prints_in, prints_out = PageFingerprints(doc_in), PageFingerprints(doc_out)
            for number in range(doc_in.page_count):
                page_masks = by_page.get(number + 1, ())
                # a page with masks has its boxes drawn on it, so it never draws the same: no proof is tried
                if not page_masks and same_drawing(prints_in, prints_out, number):
                    loss = None  # the same drawing cannot have lost ink: not drawn twice to see it
                    log.debug("sida %d: oförändrad, ritas inte om för svärtekontrollen", number + 1)
                else:
                    loss = page_ink_loss(doc_in[number], doc_out[number], page_masks, dpi)
                if loss is not None:
                    log.warning("sida %d: %.1f %% av sidans svärta försvann utanför maskeringarna",
                                loss.page, 100 * loss.share)
                    losses.append(loss)
                if progress is not None:
                    progress("verify", number + 1, doc_in.page_count)
    finally:
        if own:
            doc_out.close()
    return losses


def visible_annotations(src: Path) -> int:
    """How many annotations and form fields of ``src`` show on its pages (the renderer removes them)."""
    n = 0
    with pymupdf.open(src) as doc:
        if not doc.is_pdf:
            return 0
        for page in doc:
            for annot in page.annots() or ():
                hidden = annot.flags & (pymupdf.PDF_ANNOT_IS_HIDDEN | pymupdf.PDF_ANNOT_IS_NO_VIEW)
                if not hidden and annot.type[0] not in (pymupdf.PDF_ANNOT_POPUP, pymupdf.PDF_ANNOT_LINK):
                    n += 1
            n += sum(1 for _ in page.widgets() or ())
    return n
