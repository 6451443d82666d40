"""Find text on a PDF page that a reader cannot see but an extractor can.

Hidden text is a classic leak: a name in white, invisible (render mode 3),
fully transparent, microscopic or off-page text survives any review done by
eye. ``hidden_text_rects`` returns the boxes of such text so the renderer can
remove it with redaction annotations that draw nothing.

The boxes returned are MuPDF's own glyph boxes (advance width by the font's
descender..ascender), because that is the box MuPDF's redaction filter tests
against a redaction rectangle; see ``render.pdf`` for how a rectangle is fitted
so it takes the hidden glyphs and not the visible ones beside them.
"""

from __future__ import annotations

import logging
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterable
from typing import NamedTuple

import pymupdf

from redact.types import Rect

log = logging.getLogger(__name__)

#: Below this size (points) text is unreadable on paper and on screen.
MIN_VISIBLE_SIZE = 1.0
#: Per-channel distance under which text colour counts as the background colour.
COLOUR_TOLERANCE = 0.06
#: Opacity under which text counts as transparent.
MIN_OPACITY = 0.02

# texttrace span "type": 3 is render mode 3 (neither fill nor stroke); 7 is
# "add to clip" only, which paints nothing either.
_INVISIBLE_TYPES = {3, 7}


class Glyph(NamedTuple):
    """One character as MuPDF's redaction filter sees it."""

    box: Rect  # advance x descender..ascender, the box MuPDF starts from
    core: Rect  # that box a tenth in from every side: the box MuPDF tests
    horizontal: bool  # upright, left-to-right text: the box is exact
    hidden: bool
    reason: str = ""


class Run:
    """One traced span: its glyphs share font, size, colour and visibility.

    Glyphs are built on demand, because most spans are neither hidden nor near
    a mask and a page can hold thousands of characters.
    """

    __slots__ = ("bbox", "horizontal", "reason", "partly_outside", "_span", "_page_box", "_glyphs", "_edges")

    def __init__(self, span: dict, reason: str, page_box: Rect):
        self._span = span
        self._page_box = page_box
        self._glyphs: list[Glyph] | None = None
        self._edges: tuple[list[float], list[float]] | None = None
        self.reason = reason
        dx, dy = span["dir"]
        self.horizontal = abs(dy) < 1e-3 and dx > 0 and span.get("wmode", 0) == 0
        x0, y0, x1, y1 = span["bbox"]
        size, asc, desc = span["size"], span["ascender"], span["descender"]
        if self.horizontal and span["chars"]:
            ys = [c[2][1] for c in span["chars"]]
            y0, y1 = min(ys) - asc * size, max(ys) - desc * size
        else:
            pad = max(size, 1.0) * max(asc - desc, 1.0)
            x0, y0, x1, y1 = x0 - pad, y0 - pad, x1 + pad, y1 + pad
        self.bbox: Rect = (x0, y0, x1, y1)
        px0, py0, px1, py1 = page_box
        self.partly_outside = x0 < px0 or y0 < py0 or x1 > px1 or y1 > py1

    @property
    def hidden(self) -> bool:
        """True when the whole span is hidden."""
        return bool(self.reason)

    def glyphs(self) -> list[Glyph]:
        """The span's characters with their MuPDF boxes."""
        if self._glyphs is None:
            self._glyphs = list(self._build())
        return self._glyphs

    def glyphs_in(self, x0: float, y0: float, x1: float, y1: float) -> list[Glyph]:
        """The glyphs whose box meets the rectangle; only those are built on a long line."""
        b = self.bbox
        if b[0] > x1 or b[2] < x0 or b[1] > y1 or b[3] < y0:
            return []
        if self._glyphs is None and self.horizontal:
            if self._edges is None:
                chars = self._span["chars"]
                starts = [c[3][0] for c in chars]
                ends = [c[3][2] for c in chars]
                ordered = all(a <= c for a, c in zip(starts, starts[1:])) and all(a <= c for a, c in zip(ends, ends[1:]))
                self._edges = (starts, ends) if ordered else ([], [])
            starts, ends = self._edges
            if starts:  # left to right without back-steps: the glyphs that can meet [x0, x1] are a slice
                lo, hi = bisect_left(ends, x0), bisect_right(starts, x1)
                found = self._build(self._span["chars"][lo:hi]) if lo < hi else ()
                return [g for g in found if g.box[1] <= y1 and g.box[3] >= y0]
        return [g for g in self.glyphs() if g.box[0] <= x1 and g.box[2] >= x0 and g.box[1] <= y1 and g.box[3] >= y0]

    def _build(self, chars: Iterable[tuple] | None = None) -> Iterable[Glyph]:
        span = self._span
        size, asc, desc = span["size"], span["ascender"], span["descender"]
        vx0, vy0, vx1, vy1 = self._page_box
        horizontal, reason = self.horizontal, self.reason
        pad = max(size, 1.0) * max(asc - desc, 1.0)
        for ch in span["chars"] if chars is None else chars:
            ox, oy = ch[2]
            bx0, by0, bx1, by1 = ch[3]
            if horizontal:
                box = (bx0, oy - asc * size, bx1, oy - desc * size)
            else:
                # Rotated or vertical text: MuPDF's box is a rotated rectangle;
                # a padded bounding box is a safe over-estimate.
                box = (min(bx0, ox) - pad, min(by0, oy) - pad, max(bx1, ox) + pad, max(by1, oy) + pad)
            why = reason
            if not why and (box[2] <= vx0 or box[0] >= vx1 or box[3] <= vy0 or box[1] >= vy1):
                why = "outside"
            w, h = (box[2] - box[0]) / 10, (box[3] - box[1]) / 10
            core = (box[0] + w, box[1] + h, box[2] - w, box[3] - h)
            yield Glyph(box, core, horizontal, bool(why), why)


def page_runs(page: pymupdf.Page, hidden_layers: Collection[str] = ()) -> list[Run]:
    """Every traced span of the page, with the reason it is hidden ('' when visible).

    ``hidden_layers`` names optional-content groups that were switched off in
    the input: text in them is hidden even when the caller switched them on to
    see it.
    """
    trace = page.get_texttrace()
    if not trace:
        return []
    # Text coordinates are relative to the crop box and not rotated.
    page_box = tuple(page.rect * page.derotation_matrix)
    background = _Backgrounds(page) if any(_needs_background(s) for s in trace) else None
    runs: list[Run] = []
    for span in trace:
        reason = _span_hidden_reason(span, hidden_layers, background)
        runs.extend(Run(piece, reason, page_box) for piece in _lines_of(span))
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
    cuts = [
        i for i in range(1, len(chars))
        if abs(chars[i][2][1] - chars[i - 1][2][1]) > 0.01 or chars[i][3][0] < chars[i - 1][3][0] - 0.01
    ]
    if not cuts:
        return [span]
    pieces = []
    for a, b in zip([0, *cuts], [*cuts, len(chars)]):
        part = chars[a:b]
        bbox = (min(c[3][0] for c in part), min(c[3][1] for c in part), max(c[3][2] for c in part), max(c[3][3] for c in part))
        pieces.append({**span, "chars": part, "bbox": bbox})
    return pieces


def page_glyphs(page: pymupdf.Page, hidden_layers: Collection[str] = ()) -> list[Glyph]:
    """Every character of the page with its MuPDF box and whether it is hidden."""
    return [g for run in page_runs(page, hidden_layers) for g in run.glyphs()]


def hidden_text_rects(page: pymupdf.Page, hidden_layers: Collection[str] = ()) -> list[Rect]:
    """Boxes of text on ``page`` that is not visible (one box per run of hidden characters)."""
    return hidden_rects_of(page_runs(page, hidden_layers))


def hidden_rects_of(runs: Iterable[Run]) -> list[Rect]:
    """Boxes of the hidden text among ``runs``."""
    rects: list[Rect] = []
    for run in runs:
        if run.hidden and run.horizontal:
            rects.append(run.bbox)
        elif run.hidden or run.partly_outside:
            rects.extend(runs_of_hidden(run.glyphs()))
    return rects


def runs_of_hidden(glyphs: Iterable[Glyph]) -> list[Rect]:
    """Merge consecutive hidden glyphs on one line into one box each."""
    rects: list[Rect] = []
    current: list[float] | None = None
    for g in glyphs:
        if not g.hidden:
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


def _span_hidden_reason(span: dict, hidden_layers: Collection[str], background: _Backgrounds | None) -> str:
    # MuPDF traces every glyph of a Type 3 font as type 3 (its glyph procedure paints it, not the text
    # operator): that is not invisible text, and removing it made the glyphs vanish without a box.
    if span["type"] in _INVISIBLE_TYPES and not str(span.get("font", "")).startswith("Type3"):
        return "invisible"
    opacity = span.get("opacity")
    if opacity is not None and opacity < MIN_OPACITY:
        return "transparent"
    if span["size"] < MIN_VISIBLE_SIZE:
        return "tiny"
    if hidden_layers and span.get("layer") in hidden_layers:
        return "layer"
    if background is not None and _needs_background(span):
        colour = _rgb(span)
        under = background.colour_under(span["bbox"], span.get("seqno", 0))
        if colour is not None and under is not None and _close(colour, under):
            return "background"
    return ""


def _needs_background(span: dict) -> bool:
    """Only light text can vanish on a page that is white unless painted."""
    colour = _rgb(span)
    return colour is not None and min(colour) > 0.5


def _rgb(span: dict) -> tuple[float, float, float] | None:
    c = span.get("color")
    if not c:
        return None
    if len(c) == 1:
        return (c[0], c[0], c[0])
    if len(c) == 3:
        return (c[0], c[1], c[2])
    if len(c) == 4:
        k = c[3]
        return ((1 - c[0]) * (1 - k), (1 - c[1]) * (1 - k), (1 - c[2]) * (1 - k))
    return None


def _close(a: tuple[float, float, float], b: tuple[float, float, float]) -> bool:
    return all(abs(x - y) <= COLOUR_TOLERANCE for x, y in zip(a, b))


class _Backgrounds:
    """What is painted under a point: white paper, a filled path, or an image (unknown)."""

    def __init__(self, page: pymupdf.Page):
        self._fills: list[tuple[int, Rect, tuple[float, float, float]]] = []
        for d in page.get_drawings():
            fill = d.get("fill")
            if fill is None or (d.get("fill_opacity") or 1.0) < 0.5:
                continue
            rgb = _rgb({"color": fill})
            if rgb is not None:
                r = d["rect"]
                self._fills.append((d.get("seqno", 0), (r.x0, r.y0, r.x1, r.y1), rgb))
        self._images = [tuple(i["bbox"]) for i in page.get_image_info()]

    def colour_under(self, bbox: Rect, seqno: int) -> tuple[float, float, float] | None:
        """The colour behind the centre of ``bbox`` when drawn at ``seqno``; None if unknown."""
        cx, cy = (bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2
        for x0, y0, x1, y1 in self._images:
            if x0 <= cx <= x1 and y0 <= cy <= y1:
                return None  # a picture behind: light text may well be readable on it
        best: tuple[int, tuple[float, float, float]] | None = None
        for s, (x0, y0, x1, y1), rgb in self._fills:
            if s < seqno and x0 <= cx <= x1 and y0 <= cy <= y1 and (best is None or s > best[0]):
                best = (s, rgb)
        return best[1] if best else (1.0, 1.0, 1.0)
