"""Each traced glyph's boxes as MuPDF's redaction filter sees them, and as the glyph is drawn.

Each glyph has two boxes. ``core`` is what MuPDF's redaction filter tests
against a redaction rectangle (the advance by the font's descender..ascender,
a tenth in from every side); ``box`` is where the glyph is drawn: the same box
with the ascender and descender held to a sane multiple of the rendered size
(a font that claims an ascender of 400 ems would otherwise make one glyph's
removal box a whole column), yet always reaching into ``core`` so a rectangle
built from boxes still takes the glyph. See ``render.rect_fit`` for how a rectangle
is fitted so it takes the hidden glyphs and not the visible ones beside them.
"""

from __future__ import annotations

import logging
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from typing import NamedTuple

import pymupdf

from redact.render.vertical_glyphs import Metrics, vertical_boxes
from redact.types import Rect

log = logging.getLogger(__name__)

#: A drawn glyph reaches at most this many rendered ems above and below its baseline.
MAX_ASCENT_EMS = 1.25
MAX_DESCENT_EMS = 0.5

# texttrace span "type": 3 is render mode 3 (neither fill nor stroke); 7 is
# "add to clip" only, which paints nothing either.
INVISIBLE_TYPES = {3, 7}

class Glyph(NamedTuple):
    """One character as MuPDF's redaction filter sees it."""

    box: Rect  # where the glyph is drawn: advance x sane descender..ascender, reaching into core
    core: Rect  # advance x the font's descender..ascender, a tenth in from every side: the box MuPDF tests
    horizontal: bool  # upright, left-to-right text: the box is exact
    hidden: bool
    reason: str = ""
    char: int = 0  # the Unicode character an extractor reads
    exact: bool = True  # ``core`` is MuPDF's own box (a turned glyph whose box MuPDF did not give is padded)
    origin: tuple[float, float] = (0.0, 0.0)  # where it is drawn (trace coordinates): how the content filter knows it
    vertical: bool = False  # vertical writing MuPDF measured: tested at its origin, which the drawn box ends at, on purpose


class Run:
    """One traced span: its glyphs share font, size, colour and visibility.

    Glyphs are built on demand, because most spans are neither hidden nor near
    a mask and a page can hold thousands of characters.
    """

    __slots__ = ("bbox", "box", "horizontal", "reason", "partly_outside", "_span", "_page_box", "_glyphs", "_edges", "_rise", "_turned",
                 "_vertical")

    def __init__(self, span: dict, reason: str, page_box: Rect, em: float | None = None, turned: MupdfBoxes | None = None,
                 vertical: dict[tuple[str, int], Metrics] | None = None):
        self._span = span
        self._turned = turned
        self._vertical = vertical if span.get("wmode", 0) == 1 else None
        self._page_box = page_box
        self._glyphs: list[Glyph] | None = None
        self._edges: tuple[list[float], list[float]] | None = None
        self.reason = reason
        dx, dy = span["dir"]
        self.horizontal = abs(dy) < 1e-3 and dx > 0 and span.get("wmode", 0) == 0
        x0, y0, x1, y1 = span["bbox"]
        size, asc, desc = span["size"], span["ascender"], span["descender"]
        self._rise = _rise(size, asc, desc, span["size"] if em is None else em)
        if self.horizontal and span["chars"]:
            ys = [c[2][1] for c in span["chars"]]
            top, bottom = min(ys), max(ys)
            self.bbox: Rect = (x0, top - asc * size, x1, bottom - desc * size)
            up, down = self._rise
            self.box: Rect = (x0, top - up, x1, bottom + down)
            if turned is not None:  # a Type 3 font: MuPDF's boxes may reach beyond the drawn ones
                for ch in span["chars"]:
                    found = turned.box_at(ch[2], ch[0])
                    if found is not None:
                        b = self.bbox
                        self.bbox = (min(b[0], found[0]), min(b[1], found[1]), max(b[2], found[2]), max(b[3], found[3]))
        else:
            pad = max(size, 1.0) * max(asc - desc, 1.0)
            self.bbox = (x0 - pad, y0 - pad, x1 + pad, y1 + pad)
            self.box = self.bbox
            if self._vertical:  # MuPDF tests vertical writing across the font's whole width: the span reaches that far
                for g in self.glyphs():
                    self.bbox = _union(_union(self.bbox, g.box), g.core)
        px0, py0, px1, py1 = page_box
        bx0, by0, bx1, by1 = self.box  # a reader sees the drawn box, not the font's claimed extent
        self.partly_outside = bx0 < px0 or by0 < py0 or bx1 > px1 or by1 > py1

    @property
    def mode3(self) -> bool:
        """Hidden because it is drawn in render mode 3: removable without touching visible text."""
        return self.reason == "invisible" and self._span["type"] == 3

    @property
    def hidden(self) -> bool:
        """True when the whole span is hidden."""
        return bool(self.reason)

    def blank(self) -> bool:
        """True when every character of the span is a space."""
        return all(is_blank_char(c[0]) for c in self._span["chars"])

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
                return [g for g in found if _meets(g, y0, y1)]
        return [g for g in self.glyphs() if (g.box[0] <= x1 and g.box[2] >= x0 and _meets(g, y0, y1))
                or (g.core[0] <= x1 and g.core[2] >= x0 and g.core[1] <= y1 and g.core[3] >= y0)]

    def _build(self, chars: Iterable[tuple] | None = None) -> Iterable[Glyph]:
        span = self._span
        size, asc, desc = span["size"], span["ascender"], span["descender"]
        vx0, vy0, vx1, vy1 = self._page_box
        horizontal, reason = self.horizontal, self.reason
        up, down = self._rise
        pad = max(size, 1.0) * max(asc - desc, 1.0)
        for ch in span["chars"] if chars is None else chars:
            ox, oy = ch[2]
            bx0, by0, bx1, by1 = ch[3]
            exact = horizontal
            if horizontal:
                # A Type 3 font's metrics are its own: MuPDF's box may lie well away from the drawn one.
                found = self._turned.box_at(ch[2], ch[0]) if self._turned is not None else None
                exact = found is not None or self._turned is None  # a Type 3 glyph MuPDF gave no box for: unknown
                full = found or (bx0, oy - asc * size, bx1, oy - desc * size)
                box = (bx0, oy - up, bx1, oy + down)
            elif self._vertical is not None and (both := vertical_boxes(span, ch, self._vertical)) is not None:
                # Vertical writing in a font MuPDF measured: drawn in the square up the column from the
                # origin, tested by a box that may be a mere line across the origin (``render.vertical_glyphs``).
                box, core = both
                why = reason or _outside(box, self._page_box)
                yield Glyph(box, core, False, bool(why), why, ch[0], True, ch[2], True)
                continue
            else:
                # Turned, skewed or vertical text: the trace's box leaves out any skew. MuPDF's own
                # box comes from its structured text; without it a padded box is a safe over-estimate.
                found = self._turned.box_at(ch[2], ch[0]) if self._turned is not None else None
                exact = found is not None
                full = box = found or (min(bx0, ox) - pad, min(by0, oy) - pad, max(bx1, ox) + pad, max(by1, oy) + pad)
            why = reason
            if not why and (box[2] <= vx0 or box[0] >= vx1 or box[3] <= vy0 or box[1] >= vy1):
                why = "outside"
            w, h = (full[2] - full[0]) / 10, (full[3] - full[1]) / 10
            core = (full[0] + w, full[1] + h, full[2] - w, full[3] - h)
            yield Glyph(box, core, horizontal, bool(why), why, ch[0], exact, ch[2])


def aimed_at(g: Glyph, r: Rect) -> bool:
    """``r`` is meant to take ``g``: the centre of the glyph as drawn lies in it, or, for a glyph MuPDF
    measures away from where it is drawn (a mask placed by MuPDF's own boxes), the centre of that box.

    The renderer takes a mask's glyphs by this rule, and verification asks it again of the output."""
    return inside_center(g.box, r) or (displaced(g) and inside_center(g.core, r))


def displaced(g: Glyph) -> bool:
    """MuPDF measures the glyph away from where it is drawn (a Type 3 font's own metrics).

    Not a glyph of vertical writing: the line it is tested at is the edge of its square, and the
    glyph before it may be tested inside that square."""
    return not g.vertical and not inside_center(g.box, g.core)


def inside_center(box: Rect, r: Rect) -> bool:
    """The centre of ``box`` lies in ``r``."""
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return r[0] <= cx <= r[2] and r[1] <= cy <= r[3]


def _outside(box: Rect, page_box: Rect) -> str:
    """'outside' when ``box`` lies wholly off the visible page, else ''."""
    vx0, vy0, vx1, vy1 = page_box
    return "outside" if box[2] <= vx0 or box[0] >= vx1 or box[3] <= vy0 or box[1] >= vy1 else ""


def _union(a: Rect, b: Rect) -> Rect:
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))


def _meets(g: Glyph, y0: float, y1: float) -> bool:
    """The glyph's drawn box or its tested box reaches into [y0, y1]."""
    return (g.box[1] <= y1 and g.box[3] >= y0) or (g.core[1] <= y1 and g.core[3] >= y0)


def _rise(size: float, asc: float, desc: float, em: float) -> tuple[float, float]:
    """How far a glyph's drawn box reaches above and below its baseline.

    The font's ascender and descender, held to ``MAX_ASCENT_EMS`` and
    ``MAX_DESCENT_EMS`` of the rendered size ``em``; when held, the box still
    reaches half a point into the box MuPDF tests, so a rectangle built from it
    removes the glyph.
    """
    full_up, full_down = asc * size, -desc * size
    up, down = min(full_up, MAX_ASCENT_EMS * em), min(full_down, MAX_DESCENT_EMS * em)
    if (up, down) == (full_up, full_down):
        return up, down
    tenth = (full_up + full_down) / 10
    core_up, core_down = full_up - tenth, full_down - tenth  # the tested box, from the baseline
    depth = min(0.5, max(core_up + core_down, 0.0) / 2)
    if down < -core_up + depth:  # the tested box lies wholly above the drawn one
        down = -core_up + depth
    if up < -core_down + depth:  # ... or wholly below it
        up = -core_down + depth
    return up, down



def is_upright(span: dict) -> bool:
    """Left-to-right text on a level baseline (what ``Run.horizontal`` means)."""
    dx, dy = span["dir"]
    return abs(dy) < 1e-3 and dx > 0 and span.get("wmode", 0) == 0


class MupdfBoxes:
    """MuPDF's own box of each glyph of the page, by origin and character, read from its structured text on first need.

    The redaction filter tests a glyph by its advance x descender..ascender carried through the full
    text matrix, skew included (pdf-op-filter.c); the structured text builds each character's quad
    the same way, and the box around that quad is the filter's box. The trace gives only the turn, so
    for turned or skewed text its box is no guide; nor for a Type 3 font, whose own FontBBox can put
    MuPDF's box well away from where its procedures draw. A character found twice at one origin
    (ambiguous) is left out: it keeps the trace's box, and no rectangle near it is narrowed.
    """

    def __init__(self, page: pymupdf.Page):
        self._page = page
        self._boxes: dict[tuple[int, int], Rect] | None = None

    def box_at(self, origin: Sequence[float], char: int) -> Rect | None:
        """The box of the character ``char`` drawn at ``origin`` (trace coordinates), or None when unknown."""
        if self._boxes is None:
            self._boxes = _structured_boxes(self._page)
        return self._boxes.get((*origin_key(origin), char))


def _structured_boxes(page: pymupdf.Page) -> dict[tuple[int, int, int], Rect]:
    boxes: dict[tuple[int, int, int], Rect] = {}
    shared: set[tuple[int, int, int]] = set()
    try:
        tp = page.get_textpage(flags=CLIP_FLAGS & ~pymupdf.TEXT_CLIP, clip=pymupdf.INFINITE_RECT())
        for block in tp.this:
            if block.m_internal.type != pymupdf.mupdf.FZ_STEXT_BLOCK_TEXT:
                continue
            for line in block:
                for ch in line:
                    q, o = ch.m_internal.quad, ch.m_internal.origin
                    xs, ys = (q.ul.x, q.ur.x, q.ll.x, q.lr.x), (q.ul.y, q.ur.y, q.ll.y, q.lr.y)
                    key = (*origin_key((o.x, o.y)), ch.m_internal.c)
                    if key in boxes:
                        shared.add(key)
                    boxes[key] = (min(xs), min(ys), max(xs), max(ys))
    except Exception as exc:  # pragma: no cover - padded boxes stay: safe, only wider
        log.info("sida %d: tecknens rutor kunde inte läsas (%s)", page.number + 1, exc)
        return {}
    for key in shared:
        del boxes[key]
    return boxes


#: What MuPDF's text extraction is asked to keep when it tells which glyphs a clipping path cuts away:
#: every glyph as drawn (an /ActualText would stand in for the glyphs and make them all look cut away).
CLIP_FLAGS = (
    pymupdf.TEXT_CLIP | pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_PRESERVE_LIGATURES | pymupdf.TEXT_IGNORE_ACTUALTEXT
)


def origin_key(origin: Sequence[float]) -> tuple[int, int]:
    return (round(origin[0] * 100), round(origin[1] * 100))



def text_page_box(page: pymupdf.Page) -> Rect:
    """The visible page in the coordinates of traced text: from the crop box's corner, unrotated.

    ``page.rect`` is scaled by /UserUnit and so is traced text, while the
    derotation matrix is built from the unscaled box: rotating ``page.rect``
    back with it put visible text of a scaled, rotated page outside the page.
    """
    w, h = page.rect.width, page.rect.height
    if page.rotation % 180:
        w, h = h, w
    return (0.0, 0.0, w, h)



def rendered_size(span: dict, type3: bool = False) -> float:
    """The size of an em as drawn (points): the traced size, and for a Type 3 font its own glyph scale.

    The trace's size already holds the font size, the text matrix and the CTM;
    a Type 3 font's glyphs are drawn in its /FontMatrix, which the size leaves
    out (``0.24 Tf`` with an identity FontMatrix draws 14-point letters). The
    font's height (its FontBBox) gives that scale, held to twice the glyphs'
    advance so a FontBBox of absurd height does not count.
    """
    size = span["size"]
    if not type3:
        return size
    chars = span["chars"]
    if not chars or size <= 0:
        return size
    dx, dy = span["dir"]
    if abs(dy) < 1e-3:  # the char box's width is the advance
        steps = sorted(abs(c[3][2] - c[3][0]) for c in chars)
    else:
        steps = sorted(max(c[3][2] - c[3][0], c[3][3] - c[3][1]) for c in chars)
    advance = steps[len(steps) // 2] / size  # a letter's advance is about half an em
    height = span["ascender"] - span["descender"]
    scale = min(height, 2 * advance) if height > 0 else 2 * advance
    return size * max(1.0, scale)



def is_blank_char(char: int) -> bool:
    """A space of any kind (a hidden one carries no text to find)."""
    try:
        return chr(char).isspace() or unicodedata.category(chr(char)) == "Zs"
    except (ValueError, OverflowError):
        return False

