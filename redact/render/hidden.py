"""Find text on a PDF page that a reader cannot see but an extractor can.

Hidden text is a classic leak: a name in white, invisible (render mode 3),
fully transparent, microscopic, off-page or clipped-away text, or text under an
opaque box drawn over it (``render.covered``), survives any review done by eye.
``hidden_text_rects`` returns the boxes of such text so the renderer can remove
it with redaction annotations that draw nothing. Why a span is unseen is told in
``render.visibility`` (how it is drawn), ``render.clipped`` and ``render.covered``;
how each glyph's boxes are built in ``render.glyphs``.

A hidden glyph stacked under a visible one (an icon font's white fill under
its coloured outline, a white halo under a map label) cannot be removed alone:
MuPDF's filter takes everything its rectangle touches. Such a glyph is kept
when it adds nothing a reader of the extracted text could not see: the same
character, or no letter or digit at all. A hidden letter or digit under a
different visible glyph is still removed, with the visible glyph (the ink
check then refuses the file rather than leak it).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection, Iterable, Sequence
from operator import itemgetter

import numpy as np
import pymupdf

from redact.render.clipped import clip_pieces, clipped_origins
from redact.render.covered import covered_origins
from redact.render.glyphs import INVISIBLE_TYPES, Glyph, MupdfBoxes, Run, is_blank_char, is_upright, origin_key, rendered_size, text_page_box
from redact.render.vertical_glyphs import vertical_metrics
from redact.render.type3 import _is_type3, _painted_by_procedure, _type3_names
from redact.render.under_images import PagePictures
from redact.render.visibility import Backgrounds, needs_background, span_hidden_reason
from redact.types import Rect

__all__ = ["Glyph", "Run", "hidden_rects_of", "hidden_text_rects", "invisible_rects_of", "page_glyphs", "page_runs", "runs_of_hidden"]

# a traced character is (code, glyph, origin, bbox)
_ORIGIN, _BOX = itemgetter(2), itemgetter(3)
_X0, _Y0, _X1, _Y1 = (itemgetter(i) for i in range(4))
_Y = _Y0  # of an origin (x, y)

#: A hidden glyph whose tested box lies within a visible glyph's, to this many points, is stacked under it.
STACK_TOLERANCE = 0.5


def page_runs(
    page: pymupdf.Page, hidden_layers: Collection[str] = (), bboxlog: Sequence | None = None, pictures: PagePictures | None = None
) -> list[Run]:
    """Every traced span of the page, with the reason it is hidden ('' when visible).

    ``hidden_layers`` names optional-content groups that were switched off in
    the input: text in them is hidden even when the caller switched them on to
    see it. ``bboxlog`` is the page's device log (``Page.get_bboxlog``) when the caller has it,
    ``pictures`` its opaque images when the caller keeps them for another look (``under_images.PagePictures``).
    """
    trace = page.get_texttrace()
    if not trace:
        return []
    page_box = text_page_box(page)
    type3 = _type3_names(page)
    background = Backgrounds(page) if any(needs_background(s) for s in trace) else None
    painted: frozenset[int] = frozenset()
    if type3 and any(s["type"] in INVISIBLE_TYPES and _is_type3(s, type3) for s in trace):
        painted = _painted_by_procedure(page, bboxlog)
    clipped = clipped_origins(page, trace)
    covered = frozenset(origin_key(o) for o in covered_origins(page, trace, bboxlog, pictures))
    own = MupdfBoxes(page) if any(not is_upright(s) or _is_type3(s, type3) for s in trace) else None
    vertical = vertical_metrics(page, trace)  # {} unless the page has vertical writing
    runs: list[Run] = []
    for span in trace:
        is_type3 = _is_type3(span, type3)
        em = rendered_size(span, is_type3)
        reason = span_hidden_reason(span, hidden_layers, background, is_type3 and span.get("seqno") in painted, em)
        for part, unseen in clip_pieces(span, clipped, covered):
            why = reason or unseen
            boxes = own if is_type3 or not is_upright(span) else None
            runs.extend(Run(piece, why, page_box, em, boxes, vertical) for piece in _lines_of(part))
    return runs



def _lines_of(span: dict) -> list[dict]:
    """Split a traced span where a new line starts, so each piece is one left-to-right line.

    MuPDF's trace keeps glyphs of one font and colour together across lines;
    per line, the glyphs near a mask are a slice found by bisection.
    """
    chars = span["chars"]
    dx, dy = span["dir"]
    if len(chars) < 2 or abs(dy) >= 1e-3 or dx <= 0 or span.get("wmode", 0):
        return [span]
    # (this runs on every traced character of every rendered page: the tests go over arrays, the boxes'
    # bounds over maps, rather than Python loops; the arithmetic is the same, in doubles)
    boxes = list(map(_BOX, chars))
    ys = np.fromiter(map(_Y, map(_ORIGIN, chars)), float, len(chars))
    lefts = np.fromiter(map(_X0, boxes), float, len(chars))
    with np.errstate(invalid="ignore"):  # inf - inf is NaN, and NaN is no step, as in Python
        stepped = (np.abs(ys[1:] - ys[:-1]) > 0.01) | (lefts[1:] < lefts[:-1] - 0.01)
    cuts = (np.flatnonzero(stepped) + 1).tolist()
    if not cuts:
        return [span]
    pieces = []
    for a, b in zip([0, *cuts], [*cuts, len(chars)]):
        part = boxes[a:b]
        bbox = (min(map(_X0, part)), min(map(_Y0, part)), max(map(_X1, part)), max(map(_Y1, part)))
        pieces.append({**span, "chars": chars[a:b], "bbox": bbox})
    return pieces


def page_glyphs(page: pymupdf.Page, hidden_layers: Collection[str] = ()) -> list[Glyph]:
    """Every character of the page with its MuPDF box and whether it is hidden."""
    return [g for run in page_runs(page, hidden_layers) for g in run.glyphs()]


def hidden_text_rects(page: pymupdf.Page, hidden_layers: Collection[str] = ()) -> list[Rect]:
    """Boxes of text on ``page`` that is not visible (one box per run of hidden characters)."""
    runs = page_runs(page, hidden_layers)
    return invisible_rects_of(runs) + hidden_rects_of(runs)


def invisible_rects_of(runs: Iterable[Run]) -> list[Rect]:
    """Boxes of the runs drawn in render mode 3 (neither filled nor stroked).

    MuPDF can remove such text and nothing else (``PDF_REDACT_TEXT_REMOVE_INVISIBLE``
    tests each glyph's render mode), so these boxes need no fitting: a visible glyph
    they touch, even one the invisible text lies under, stays.
    """
    return [r.box for r in runs if r.mode3]


def hidden_rects_of(runs: Iterable[Run]) -> list[Rect]:
    """Boxes of the hidden text among ``runs`` that can and must be removed (see the module text).

    Text in render mode 3 is left out: ``invisible_rects_of`` removes it on its own.
    """
    runs = list(runs)
    candidates = [r for r in runs if (r.hidden or r.partly_outside) and not r.mode3]
    if not candidates:
        return []
    visible = _RunIndex([r for r in runs if not r.hidden])
    rects: list[Rect] = []
    for run in candidates:
        if run.blank():
            continue  # hidden spaces hide nothing; their box, beside turned text, took the visible glyphs next to it
        over = [r for r in visible.meeting(run.bbox) if r is not run]
        if run.hidden and run.horizontal and not over:
            rects.append(run.box)
            continue
        glyphs = run.glyphs()
        if over:
            glyphs = [g._replace(hidden=False, reason="") if g.hidden and _stacked_harmlessly(g, over) else g for g in glyphs]
        rects.extend(runs_of_hidden(glyphs))
    return rects


def _stacked_harmlessly(g: Glyph, over: Sequence[Run]) -> bool:
    """``g`` lies under a visible glyph that shows the same character, or ``g`` is no letter or digit."""
    t = STACK_TOLERANCE
    c = g.core
    wordlike = _wordlike(g.char)
    for run in over:
        for v in run.glyphs_in(*c):
            vc = v.core
            if (
                not v.hidden
                and vc[0] <= c[0] + t and vc[1] <= c[1] + t and vc[2] >= c[2] - t and vc[3] >= c[3] - t
                and (not wordlike or v.char == g.char)
            ):
                return True
    return False



def _wordlike(char: int) -> bool:
    """A letter or digit: what a name or a number is made of."""
    try:
        return unicodedata.category(chr(char))[0] in "LN"
    except (ValueError, OverflowError):
        return True


class _RunIndex:
    """Runs filed by the page cells their box covers, to find those that meet a box quickly."""

    CELL = 64.0
    MAX_CELLS = 256

    def __init__(self, runs: Sequence[Run]):
        self._cells: dict[tuple[int, int], list[Run]] = {}
        self._wide: list[Run] = []
        for run in runs:
            cells = self._cells_of(run.bbox)
            if cells is None:
                self._wide.append(run)
                continue
            for key in cells:
                self._cells.setdefault(key, []).append(run)

    def _cells_of(self, b: Rect) -> list[tuple[int, int]] | None:
        c = self.CELL
        i0, j0, i1, j1 = int(b[0] // c), int(b[1] // c), int(b[2] // c), int(b[3] // c)
        if (i1 - i0 + 1) * (j1 - j0 + 1) > self.MAX_CELLS:
            return None
        return [(i, j) for i in range(i0, i1 + 1) for j in range(j0, j1 + 1)]

    def meeting(self, b: Rect) -> list[Run]:
        """The runs whose box meets ``b``."""
        found: dict[int, Run] = {id(r): r for r in self._wide}
        cells = self._cells_of(b)
        pool = (r for rs in self._cells.values() for r in rs) if cells is None else (
            r for key in cells for r in self._cells.get(key, ()))
        for r in pool:
            found.setdefault(id(r), r)
        return [
            r for r in found.values()
            if r.bbox[0] <= b[2] and r.bbox[2] >= b[0] and r.bbox[1] <= b[3] and r.bbox[3] >= b[1]
        ]


def runs_of_hidden(glyphs: Iterable[Glyph]) -> list[Rect]:
    """Merge consecutive hidden glyphs on one line into one box each (hidden spaces hide nothing: not taken)."""
    rects: list[Rect] = []
    current: list[float] | None = None
    for g in glyphs:
        if not g.hidden or is_blank_char(g.char):
            current = None
            continue
        x0, y0, x1, y1 = g.box
        if (
            current is not None
            and g.horizontal
            and abs(current[1] - y0) < 0.01
            and abs(current[3] - y1) < 0.01
            and -0.5 <= x0 - current[2] <= 0.5
        ):
            current[2] = max(current[2], x1)
            rects[-1] = (current[0], current[1], current[2], current[3])
            continue
        current = [x0, y0, x1, y1] if g.horizontal else None
        rects.append((x0, y0, x1, y1))
    return rects

