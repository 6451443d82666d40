"""Find text on a PDF page that a reader cannot see but an extractor can.

Hidden text is a classic leak: a name in white, invisible (render mode 3),
fully transparent, microscopic, off-page or clipped-away text, or text under an
opaque box drawn over it (``render.covered``), survives any review done by eye. ``hidden_text_rects`` returns the boxes of such text so the renderer can
remove it with redaction annotations that draw nothing.

Each glyph has two boxes. ``core`` is what MuPDF's redaction filter tests
against a redaction rectangle (the advance by the font's descender..ascender,
a tenth in from every side); ``box`` is where the glyph is drawn: the same box
with the ascender and descender held to a sane multiple of the rendered size
(a font that claims an ascender of 400 ems would otherwise make one glyph's
removal box a whole column), yet always reaching into ``core`` so a rectangle
built from boxes still takes the glyph. See ``render.pdf`` for how a rectangle
is fitted so it takes the hidden glyphs and not the visible ones beside them.

A hidden glyph stacked under a visible one (an icon font's white fill under
its coloured outline, a white halo under a map label) cannot be removed alone:
MuPDF's filter takes everything its rectangle touches. Such a glyph is kept
when it adds nothing a reader of the extracted text could not see: the same
character, or no letter or digit at all. A hidden letter or digit under a
different visible glyph is still removed, with the visible glyph (the ink
check then refuses the file rather than leak it).
"""

from __future__ import annotations

import logging
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterable, Sequence
from typing import NamedTuple

import pymupdf

from redact.render.covered import covered_origins
from redact.types import Rect

log = logging.getLogger(__name__)

#: Below this size (points) text is unreadable on paper and on screen.
MIN_VISIBLE_SIZE = 1.0
#: Per-channel distance under which text colour counts as the background colour.
COLOUR_TOLERANCE = 0.06
#: Opacity under which text counts as transparent.
MIN_OPACITY = 0.02

#: A drawn glyph reaches at most this many rendered ems above and below its baseline.
MAX_ASCENT_EMS = 1.25
MAX_DESCENT_EMS = 0.5
#: A hidden glyph whose tested box lies within a visible glyph's, to this many points, is stacked under it.
STACK_TOLERANCE = 0.5

# texttrace span "type": 3 is render mode 3 (neither fill nor stroke); 7 is
# "add to clip" only, which paints nothing either.
_INVISIBLE_TYPES = {3, 7}


class Glyph(NamedTuple):
    """One character as MuPDF's redaction filter sees it."""

    box: Rect  # where the glyph is drawn: advance x sane descender..ascender, reaching into core
    core: Rect  # advance x the font's descender..ascender, a tenth in from every side: the box MuPDF tests
    horizontal: bool  # upright, left-to-right text: the box is exact
    hidden: bool
    reason: str = ""
    char: int = 0  # the Unicode character an extractor reads
    exact: bool = True  # ``core`` is MuPDF's own box (a turned glyph whose box MuPDF did not give is padded)


class Run:
    """One traced span: its glyphs share font, size, colour and visibility.

    Glyphs are built on demand, because most spans are neither hidden nor near
    a mask and a page can hold thousands of characters.
    """

    __slots__ = ("bbox", "box", "horizontal", "reason", "partly_outside", "_span", "_page_box", "_glyphs", "_edges", "_rise", "_turned")

    def __init__(self, span: dict, reason: str, page_box: Rect, em: float | None = None, turned: MupdfBoxes | None = None):
        self._span = span
        self._turned = turned
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
        return all(_blank(c[0]) for c in self._span["chars"])

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
        return [g for g in self.glyphs() if g.box[0] <= x1 and g.box[2] >= x0 and _meets(g, y0, y1)]

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
            yield Glyph(box, core, horizontal, bool(why), why, ch[0], exact)


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


def page_runs(page: pymupdf.Page, hidden_layers: Collection[str] = (), bboxlog: Sequence | None = None) -> list[Run]:
    """Every traced span of the page, with the reason it is hidden ('' when visible).

    ``hidden_layers`` names optional-content groups that were switched off in
    the input: text in them is hidden even when the caller switched them on to
    see it. ``bboxlog`` is the page's device log (``Page.get_bboxlog``) when the caller has it.
    """
    trace = page.get_texttrace()
    if not trace:
        return []
    page_box = text_page_box(page)
    type3 = _type3_names(page)
    background = _Backgrounds(page) if any(_needs_background(s) for s in trace) else None
    painted: frozenset[int] = frozenset()
    if type3 and any(s["type"] in _INVISIBLE_TYPES and _is_type3(s, type3) for s in trace):
        painted = _painted_by_procedure(page, bboxlog)
    clipped = _clipped_origins(page, trace)
    covered = frozenset(_origin_key(o) for o in covered_origins(page, trace, bboxlog))
    own = MupdfBoxes(page) if any(not _upright(s) or _is_type3(s, type3) for s in trace) else None
    runs: list[Run] = []
    for span in trace:
        is_type3 = _is_type3(span, type3)
        em = rendered_size(span, is_type3)
        reason = _span_hidden_reason(span, hidden_layers, background, is_type3 and span.get("seqno") in painted, em)
        for part, unseen in _clip_pieces(span, clipped, covered):
            why = reason or unseen
            boxes = own if is_type3 or not _upright(span) else None
            runs.extend(Run(piece, why, page_box, em, boxes) for piece in _lines_of(part))
    return runs


def _upright(span: dict) -> bool:
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
        return self._boxes.get((*_origin_key(origin), char))


def _structured_boxes(page: pymupdf.Page) -> dict[tuple[int, int, int], Rect]:
    boxes: dict[tuple[int, int, int], Rect] = {}
    shared: set[tuple[int, int, int]] = set()
    try:
        tp = page.get_textpage(flags=_CLIP_FLAGS & ~pymupdf.TEXT_CLIP, clip=pymupdf.INFINITE_RECT())
        for block in tp.this:
            if block.m_internal.type != pymupdf.mupdf.FZ_STEXT_BLOCK_TEXT:
                continue
            for line in block:
                for ch in line:
                    q, o = ch.m_internal.quad, ch.m_internal.origin
                    xs, ys = (q.ul.x, q.ur.x, q.ll.x, q.lr.x), (q.ul.y, q.ur.y, q.ll.y, q.lr.y)
                    key = (*_origin_key((o.x, o.y)), ch.m_internal.c)
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
_CLIP_FLAGS = (
    pymupdf.TEXT_CLIP | pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_PRESERVE_LIGATURES | pymupdf.TEXT_IGNORE_ACTUALTEXT
)


def _origin_key(origin: Sequence[float]) -> tuple[int, int]:
    return (round(origin[0] * 100), round(origin[1] * 100))


def _clipped_origins(page: pymupdf.Page, trace: Sequence[dict]) -> frozenset[tuple[int, int]]:
    """Origins of traced glyphs that lie wholly outside the clipping path they are drawn in.

    Such a glyph paints nothing, yet poppler and other extractors read it (MuPDF's own
    extraction drops it): a number drawn into a clip of zero area is hidden text. MuPDF's
    clipped extraction is the judge; a traced glyph it does not report was clipped away.
    """
    try:
        # Counting the clipped plain text first is cheap; most pages clip no glyph away.
        drawn = sum(1 for ch in page.get_text("text", flags=_CLIP_FLAGS) if not ch.isspace())
        traced = sum(1 for s in trace for c in s["chars"] if not (0 <= c[0] <= 0x10FFFF and chr(c[0]).isspace()))
        if drawn >= traced:
            return frozenset()
        raw = page.get_text("rawdict", flags=_CLIP_FLAGS)
    except Exception:  # pragma: no cover - a page MuPDF cannot extract keeps its text as it is
        return frozenset()
    kept: set[tuple[int, int]] = set()
    count = 0
    for block in raw.get("blocks", ()):
        for line in block.get("lines", ()):
            for span in line.get("spans", ()):
                for ch in span.get("chars", ()):
                    if not ch.get("synthetic"):
                        kept.add(_origin_key(ch["origin"]))
                        count += 1
    if count >= sum(len(s["chars"]) for s in trace):
        return frozenset()  # nothing cut away: the common case costs no matching
    return frozenset(
        key for s in trace if s["type"] not in _INVISIBLE_TYPES
        for key in (_origin_key(c[2]) for c in s["chars"]) if key not in kept
    )


def _clip_pieces(
    span: dict, clipped: frozenset[tuple[int, int]], covered: frozenset[tuple[int, int]] = frozenset()
) -> list[tuple[dict, str]]:
    """The span cut where its glyphs pass between drawn, clipped away and covered, each piece with why it is unseen ('' when seen)."""
    chars = span["chars"]
    # Turned text too (a landscape page drawn on a turned page turns all its text): its glyphs get
    # MuPDF's own boxes (``MupdfBoxes``), and where one is unknown the padded box takes visible
    # neighbours along, which the ink check refuses rather than disclose the clipped text.
    if not (clipped or covered) or not chars:
        return [(span, "")]
    states = [
        "clipped" if key in clipped else "covered" if key in covered else ""
        for key in (_origin_key(c[2]) for c in chars)
    ]
    if not any(states):
        return [(span, "")]
    if len(set(states)) == 1:
        return [(span, states[0])]
    pieces: list[tuple[dict, str]] = []
    start = 0
    for i in range(1, len(chars) + 1):
        if i == len(chars) or states[i] != states[start]:
            part = chars[start:i]
            bbox = (min(c[3][0] for c in part), min(c[3][1] for c in part), max(c[3][2] for c in part), max(c[3][3] for c in part))
            pieces.append(({**span, "chars": part, "bbox": bbox}, states[start]))
            start = i
    return pieces


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


_SUBSET = re.compile(r"^[A-Z]{6}\+")


def _type3_names(page: pymupdf.Page) -> frozenset[str]:
    """Names under which the trace reports the page's Type 3 fonts (none shared with another font)."""
    type3: set[str] = set()
    other: set[str] = set()
    for f in page.get_fonts(full=True):
        xref, kind, name = f[0], f[2], _SUBSET.sub("", f[3])
        if kind == "Type3":
            type3.add(name or f"Type3 ({xref} 0 R)")
        else:
            other.add(name)
    return frozenset(type3 - other)


def _painted_by_procedure(page: pymupdf.Page, bboxlog: Sequence | None = None) -> frozenset[int]:
    """Sequence numbers of traced text that MuPDF drew by running a Type 3 glyph procedure.

    A glyph procedure MuPDF cannot cache as a mask (one that strokes, say) is
    run as drawing commands, and the text itself is traced as type 3, exactly
    like invisible text. The device log tells them apart: there the drawing
    comes right before the text's entry (same numbering as the trace), while
    invisible text has no drawing of its own.
    """
    log = page.get_bboxlog() if bboxlog is None else bboxlog
    found: set[int] = set()
    for i in range(1, len(log)):
        kind, r = log[i]
        before, q = log[i - 1]
        if kind == "ignore-text" and before != "ignore-text" and q[0] <= r[2] and q[2] >= r[0] and q[1] <= r[3] and q[3] >= r[1]:
            found.add(i)
    return frozenset(found)


def _is_type3(span: dict, type3: frozenset[str]) -> bool:
    return _SUBSET.sub("", str(span.get("font", ""))) in type3


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


def _blank(char: int) -> bool:
    """A space of any kind (a hidden one carries no text to find)."""
    try:
        return chr(char).isspace() or unicodedata.category(chr(char)) == "Zs"
    except (ValueError, OverflowError):
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
        if not g.hidden or _blank(g.char):
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


def _span_hidden_reason(
    span: dict, hidden_layers: Collection[str], background: _Backgrounds | None, drawn_type3: bool = False,
    em: float | None = None,
) -> str:
    # MuPDF traces a Type 3 glyph whose procedure it runs as drawing commands as type 3, like invisible
    # text: that is not invisible text, and removing it made a logo vanish without a box. Whether the
    # procedure drew anything is read from the device log (see _painted_by_procedure), not assumed.
    coloured_type3 = drawn_type3 and span["type"] in _INVISIBLE_TYPES
    if span["type"] in _INVISIBLE_TYPES and not coloured_type3:
        return "invisible"
    opacity = span.get("opacity")
    if opacity is not None and opacity < MIN_OPACITY:
        return "transparent"
    if (span["size"] if em is None else em) < MIN_VISIBLE_SIZE:
        return "tiny"
    if hidden_layers and span.get("layer") in hidden_layers:
        return "layer"
    # A glyph procedure that sets its own colour does not draw in the text colour.
    if background is not None and not coloured_type3 and _needs_background(span):
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
