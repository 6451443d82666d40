"""Take vector art that opaque fills or pictures drawn later hide together, where no single one of them does.

``render.covered`` and ``render.under_images`` take a path that one opaque box or picture hides
whole, with a rectangle a little inside that cover. A signature under two white boxes side by
side, or a stroke whose mitred bound reaches past its cover, stayed in the file; and MuPDF tests a
path against the first rectangle that meets it only, so a path under the second of two
overlapping covers stayed too. Here every path still on the page whose line lies wholly under
the covers drawn after it (their union) is taken by a rectangle of its own, its bound, applied
to line art only in passes where no two rectangles meet. What that takes is judged by the pixels:
the removal is tried on a copy, and a rectangle is kept only when the copy draws the very same
pixels around it. So nothing a reader sees changes; whatever is taken lay under a cover.

A page with thousands of such paths (a map under a few pasted boxes) is handled whole: the passes
are found and applied through a grid (``render.line_art_passes``), each trial costing two
drawings of the area and one redaction per pass. Past the bounds below (paths, passes, trial
rounds), or when MuPDF raises on the way, the page is refused in one line rather than left with
art under its covers (a name drawn as outlines can be among it).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

import numpy as np
import pymupdf

from redact.errors import RedactError, UnsupportedError
from redact.render.art_under_masks import apply_line_art, path_line, unchanged_outside
from redact.render.covered import MIN_COVER, _Grid
from redact.render.line_art_passes import art_left, passes_apart
from redact.render.under_images import opaque_images
from redact.types import Rect

log = logging.getLogger(__name__)

#: Bounds on the work for one page: paths under covers, redaction passes (rectangles that meet go in
#: different passes), and trials on a copy. Past any of them the page is refused, not left.
MAX_PATHS = 20_000
MAX_PASSES = 64
MAX_ROUNDS = 4

Entries = Sequence[tuple[str, Sequence[float]]]


class Covers:
    """The fills and pictures of a device log, as arrays: which are drawn after a path and meet it.

    A map of thousands of shapes reaching far off the page meets every cover with every path: asked
    pair by pair in Python, or kept as a list per path, that took minutes and gigabytes a page.
    """

    def __init__(self, entries: Entries):
        self.rects: list[Rect] = []
        order = []
        for i, (kind, r) in enumerate(entries):
            if kind in ("fill-path", "fill-image") and r[2] - r[0] >= MIN_COVER and r[3] - r[1] >= MIN_COVER:
                self.rects.append(tuple(r))
                order.append(i)
        self.order = np.array(order, dtype=np.int64)
        self.box = np.array(self.rects, dtype=float).reshape(-1, 4)

    def later(self, j: int, bound: Rect) -> np.ndarray:
        """Which covers are drawn after entry ``j`` and meet ``bound`` (a mask over ``rects``)."""
        b = self.box
        return (self.order > j) & (b[:, 0] < bound[2]) & (bound[0] < b[:, 2]) & (b[:, 1] < bound[3]) & (bound[1] < b[:, 3])

    def one_holds(self, among: np.ndarray, r: Rect) -> bool:
        """One cover of ``among`` holds ``r`` whole (and meets it, as ``_cut`` asks)."""
        b = self.box
        return bool((
            among & (b[:, 0] <= r[0]) & (b[:, 1] <= r[1]) & (b[:, 2] >= r[2]) & (b[:, 3] >= r[3])
            & (b[:, 0] < r[2]) & (r[0] < b[:, 2]) & (b[:, 1] < r[3]) & (r[1] < b[:, 3])
        ).any())


def paths_under_covers(entries: Entries) -> tuple[Covers, list[tuple[int, str, Rect]]]:
    """Paths of the device log whose bound meets a fill or an image drawn after it (a look at the log only), and the covers."""
    covers = Covers(entries)
    if not covers.rects:
        return covers, []
    last = int(covers.order.max())
    b = covers.box
    found = []
    for j, (kind, r) in enumerate(entries):
        if j >= last or kind not in ("fill-path", "stroke-path"):
            continue
        bound = tuple(r)
        later = covers.later(j, bound)
        if not later.any():
            continue
        cx, cy = (bound[0] + bound[2]) / 2, (bound[1] + bound[3]) / 2
        # a box under their union has its middle under one
        if (later & (b[:, 0] <= cx) & (cx <= b[:, 2]) & (b[:, 1] <= cy) & (cy <= b[:, 3])).any():
            found.append((j, kind, bound))
    return covers, found


def remove_art_under_covers(page: pymupdf.Page, entries: Entries) -> int:
    """Take the paths that the covers drawn after them hide together (see the module); returns how many rectangles."""
    if not paths_under_covers(entries)[1]:
        return 0  # the common case, read from the log the caller already has
    try:
        entries = page.get_bboxlog()  # what the earlier passes left
        covers, near = paths_under_covers(entries)
        if not near:
            return 0
        pictures = {tuple(r) for _, r in opaque_images(page, entries)}
        fills = {tuple(r) for kind, r in entries if kind == "fill-path"}
        usable = np.array([c in pictures or c in fills for c in covers.rects], dtype=bool)
        drawings: dict[int, dict] = {d.get("seqno", -1): d for d in page.get_cdrawings()}
        targets: list[Rect] = []
        for j, kind, bound in near:
            line = path_line(bound, kind, drawings.get(j) or drawings.get(j - 1))
            if line is None:
                continue
            later = covers.later(j, bound) & usable
            if not later.any():
                continue
            # one cover holding the line whole is the common case; else the union is cut out of it
            if not covers.one_holds(later, line) and not _covered_by(line, [covers.rects[k] for k in np.flatnonzero(later)]):
                continue
            targets.append((bound[0] - 0.01, bound[1] - 0.01, bound[2] + 0.01, bound[3] + 0.01))
        if not targets:
            return 0
        if len(targets) > MAX_PATHS or len(passes_apart(targets, MAX_PASSES)) > MAX_PASSES:
            _refuse(page, len(targets))
        painted = [d for d in page.get_drawings() if d.get("type") == "f"]
        for _ in range(MAX_ROUNDS):
            kept = unchanged_outside(page, targets, [], lambda other, rects: _take(other, rects, painted))
            if len(kept) == len(targets) or not kept:
                targets = kept
                break
            targets = kept  # tried again without those that showed: another grouping may take other paths along
        else:
            if targets:
                _refuse(page, len(targets))
        if not targets:
            return 0
        _take(page, targets, painted)
    except RedactError:
        raise
    except Exception as exc:  # MuPDF gave up: the paths would stay under the covers, where any parser reads them
        log.info("sida %d: vektorgrafik under flera rutor kunde inte prövas (%s)", page.number + 1, exc)
        raise art_left(page) from None
    log.info("sida %d: %d banor under ogenomskinliga rutor eller bilder tas bort", page.number + 1, len(targets))
    return len(targets)


def _refuse(page: pymupdf.Page, paths: int) -> None:
    raise UnsupportedError(
        "sida {page}: {n} vektorbanor under ogenomskinliga rutor är för många för att tas bort säkert; skriv ut filen till en ny PDF och försök igen",
        page=page.number + 1, n=paths,
    )


def _take(page: pymupdf.Page, rects: Sequence[Rect], fills: Sequence[dict]) -> None:
    """Remove the line art inside ``rects``, then paint again, in their order, the fills it took that lie inside one.

    A cover often lies inside the bound of the art it hides (a signature's sweep over two boxes), and
    MuPDF takes every path inside a rectangle: the boxes are drawn again, as they were, over the place.
    Whether that draws the page as before is for the pixels to say.
    """
    grid = _Grid(list(enumerate(rects)))  # thousands of fills against thousands of rectangles
    swept = [d for d in fills if any(_inside(tuple(d["rect"]), r) for _, r in grid.meeting(tuple(d["rect"])))]
    apply_line_art(page, rects)
    if not swept:
        return
    shape = page.new_shape()
    for d in sorted(swept, key=lambda d: d.get("seqno", 0)):
        for item in d["items"]:
            if item[0] == "l":
                shape.draw_line(item[1], item[2])
            elif item[0] == "re":
                shape.draw_rect(item[1])
            elif item[0] == "qu":
                shape.draw_quad(item[1])
            elif item[0] == "c":
                shape.draw_bezier(item[1], item[2], item[3], item[4])
        shape.finish(fill=d["fill"], color=None, width=0, even_odd=bool(d.get("even_odd")), closePath=bool(d.get("closePath")),
                     fill_opacity=d.get("fill_opacity") if d.get("fill_opacity") is not None else 1)
    shape.commit(overlay=True)


def _inside(a: Rect, b: Rect) -> bool:
    return a[0] >= b[0] and a[1] >= b[1] and a[2] <= b[2] and a[3] <= b[3]


def _covered_by(r: Rect, covers: Sequence[Rect]) -> bool:
    """``r`` lies wholly inside the union of ``covers`` (what is left after cutting each cover out of it is empty)."""
    left = [r]
    for c in covers:
        pieces = []
        for p in left:
            pieces.extend(_cut(p, c))
        left = pieces
        if not left:
            return True
    return False


def _cut(p: Rect, c: Rect) -> list[Rect]:
    """The parts of ``p`` outside ``c`` (up to four rectangles)."""
    if not _meets(p, c):
        return [p]
    x0, y0, x1, y1 = p
    out = []
    if y0 < c[1]:
        out.append((x0, y0, x1, c[1]))
    if c[3] < y1:
        out.append((x0, c[3], x1, y1))
    top, bottom = max(y0, c[1]), min(y1, c[3])
    if x0 < c[0]:
        out.append((x0, top, c[0], bottom))
    if c[2] < x1:
        out.append((c[2], top, x1, bottom))
    return [q for q in out if q[2] - q[0] > 1e-6 and q[3] - q[1] > 1e-6]


def _meets(a: Rect, b: Rect) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
