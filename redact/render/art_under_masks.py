"""Find vector art that lies wholly under a mask's box but that the mask's rectangle does not take.

MuPDF removes a path only when its bound lies inside a redaction rectangle, and the bound of
a stroked path with mitred joins (the PDF default) reaches ten line widths beyond the line: a
signature's strokes drawn close to a box's edge stayed in the file under the box, readable by a
parser. A path whose line lies inside a box is taken by a rectangle of its own, the path's bound,
applied to line art only. How far a stroke's ink reaches past its line (joins, caps, the width)
is not guessed: the removal is tried on a copy of the page, and a rectangle is kept only when the
copy shows the same pixels as the page everywhere outside the boxes drawn. So whatever it takes
(the path and any other path inside its bound) was hidden under a box; nothing beside one changes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

import numpy as np
import pymupdf

from redact.render.line_art_passes import apply_passes, art_left, passes_apart
from redact.render.under_images import page_copy
from redact.types import Rect

log = logging.getLogger(__name__)

#: Resolution (pixels per point) at which the page and the copy are compared outside the boxes.
ZOOM = 3.0
MAX_PIXELS = 40_000_000
#: Colour levels by which a pixel may differ outside the boxes (none is expected).
SAME_LEVELS = 2
#: Points around each rectangle that are compared too: a stroke's caps may reach past MuPDF's bound.
MARGIN = 2.0

Entries = Sequence[tuple[str, Sequence[float]]]


def art_may_be_left(entries: Entries, taken: Sequence[Rect], boxes: Sequence[Rect]) -> bool:
    """Whether the mask rectangles ``taken`` may leave a path that lies under one of ``boxes`` (read from the log before removal).

    MuPDF tests a path against the first rectangle that meets it only: a path inside one mask's rectangle
    that also meets an earlier one stays, as does a path whose bound reaches past every rectangle.
    """
    for kind, r in entries:
        if kind not in ("fill-path", "stroke-path") or not any(_inside(_centre_box(r), b) for b in boxes):
            continue
        first = next((t for t in taken if _meets(r, t)), None)
        if first is None or not _inside(r, first):
            return True
    return False


def remove_art_left(page: pymupdf.Page, boxes: Sequence[Rect]) -> int:
    """Take the paths still lying wholly under ``boxes`` after the masks were applied (line art only); returns how many rectangles.

    Called before the boxes are drawn. Each rectangle is a path's bound and goes in a pass with no
    other rectangle meeting it (see ``art_may_be_left``).
    """
    try:
        entries = page.get_bboxlog()
        candidates = [
            (i, kind, tuple(r)) for i, (kind, r) in enumerate(entries)
            if kind in ("fill-path", "stroke-path") and any(_inside(_centre_box(r), b) for b in boxes)
        ]
        if not candidates:
            return 0
        drawings: dict[int, dict] = {d.get("seqno", -1): d for d in page.get_cdrawings()}
        targets: list[Rect] = []
        for i, kind, bound in candidates:
            # A stroke's ink reaches beyond its line; where the line itself leaves the box, so does the ink.
            line = path_line(bound, kind, drawings.get(i) or drawings.get(i - 1))
            if line is not None and any(_inside(line, b) for b in boxes):
                targets.append((bound[0] - 0.01, bound[1] - 0.01, bound[2] + 0.01, bound[3] + 0.01))
        while targets:
            kept = unchanged_outside(page, targets, boxes)
            if len(kept) == len(targets):
                break
            log.info("sida %d: %d banor under maskeringar lämnas, de når utanför rutan", page.number + 1, len(targets) - len(kept))
            targets = kept  # tried again without them: another grouping may take other paths along
        if not targets:
            return 0
        apply_line_art(page, targets)
    except Exception as exc:  # MuPDF gave up: the paths would stay under the boxes, where any parser reads them
        log.info("sida %d: vektorgrafik under maskeringar kunde inte prövas (%s)", page.number + 1, exc)
        raise art_left(page) from None
    log.info("sida %d: %d banor under maskeringarnas rutor tas bort", page.number + 1, len(targets))
    return len(targets)


def apply_line_art(page: pymupdf.Page, rects: Sequence[Rect]) -> None:
    """Remove the line art inside each rectangle, in passes where no two rectangles meet."""
    apply_passes(page, passes_apart(rects))


def path_line(bound: Rect, kind: str, drawing: dict | None) -> Rect | None:
    """The path's geometry without its stroke's width (a fill's bound is its geometry); None when unknown."""
    if kind == "fill-path":
        return bound
    if drawing is None or "rect" not in drawing:
        return None
    return tuple(drawing["rect"])


def unchanged_outside(
    page: pymupdf.Page, rects: Sequence[Rect], boxes: Sequence[Rect],
    remove: Callable[[pymupdf.Page, Sequence[Rect]], None] | None = None,
) -> list[Rect]:
    """The rectangles whose removal of line art (``remove``, by default ``apply_line_art``), tried on a copy, changes no pixel outside ``boxes``."""
    if not rects:
        return []
    rot = page.rotation_matrix
    grown = [pymupdf.Rect(r[0] - MARGIN, r[1] - MARGIN, r[2] + MARGIN, r[3] + MARGIN) * rot for r in rects]
    area = pymupdf.Rect(grown[0])
    for g in grown[1:]:
        area |= g
    area &= page.rect
    if area.is_empty:
        return []
    zoom = min(ZOOM, (MAX_PIXELS / max(area.width * area.height, 1e-6)) ** 0.5)
    scale = pymupdf.Matrix(zoom, zoom)
    copy = page_copy(page)
    try:
        other = copy[0]
        (remove or apply_line_art)(other, rects)
        a, b = (p.get_pixmap(matrix=scale, clip=area, colorspace=pymupdf.csRGB, alpha=False, annots=False) for p in (page, other))
    finally:
        copy.close()
    if (a.width, a.height, a.x, a.y) != (b.width, b.height, b.x, b.y):
        return []
    pa = np.frombuffer(a.samples, dtype=np.uint8).reshape(a.height, a.stride)[:, : a.width * 3].astype(np.int16)
    pb = np.frombuffer(b.samples, dtype=np.uint8).reshape(b.height, b.stride)[:, : b.width * 3].astype(np.int16)
    changed = (np.abs(pa - pb).reshape(a.height, a.width, 3).max(axis=2) > SAME_LEVELS)
    for box in boxes:  # what changes under a box is hidden by it (a pixel in from its edge: anti-aliasing)
        s = pymupdf.Rect(box) * rot * scale
        x0, y0 = max(int(s.x0) + 1 - a.x, 0), max(int(s.y0) + 1 - a.y, 0)
        x1, y1 = min(int(s.x1) - 1 - a.x, a.width), min(int(s.y1) - 1 - a.y, a.height)
        if x1 > x0 and y1 > y0:
            changed[y0:y1, x0:x1] = False
    ys, xs = np.nonzero(changed)
    if not len(xs):
        return list(rects)
    points = np.stack([(xs + a.x + 0.5) / zoom, (ys + a.y + 0.5) / zoom], axis=1)
    kept = []
    for r, g in zip(rects, grown):
        inside = (points[:, 0] >= g.x0) & (points[:, 0] <= g.x1) & (points[:, 1] >= g.y0) & (points[:, 1] <= g.y1)
        if not inside.any():
            kept.append(r)
    return kept


def _centre_box(r: Rect) -> Rect:
    cx, cy = (r[0] + r[2]) / 2, (r[1] + r[3]) / 2
    return (cx, cy, cx, cy)


def _meets(a: Rect, b: Rect) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


def _inside(a: Rect, b: Rect, tolerance: float = 0.05) -> bool:
    return a[0] >= b[0] - tolerance and a[1] >= b[1] - tolerance and a[2] <= b[2] + tolerance and a[3] <= b[3] + tolerance
