"""Text drawn as vector outlines: glyph-shaped filled paths, grouped into lines that OCR must read.

Some producers ("convert text to outlines", print drivers, Ghostscript's -dNoOutputFonts) draw
glyphs as filled paths. On a page that also has a text layer nothing else would OCR them, so a
name drawn that way would survive in the output's pixels and no text check could see it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pymupdf

from redact.types import Rect

#: Height (points) of a filled path that may be one glyph; smaller is punctuation, larger is art.
GLYPH_MIN_HEIGHT = 2.5
GLYPH_MAX_HEIGHT = 40.0
#: A run must have at least this many glyph-like paths (or sub-paths of one path) to be OCR'd.
MIN_GLYPHS = 3
#: Points added around a run so Tesseract sees a white border round the line.
OUTLINE_REGION_MARGIN = 6.0
#: Points added beyond the glyph paths a masked OCR word covers, so the mask covers each path whole.
GLYPH_SNAP_PAD = 0.5

# Paint operators that fill (f, f*, F, B, B*, b, b*) and path construction operators, as tokens
# of a content stream; a stray match inside a string only costs one cheaper-than-OCR look at the page.
_FILL_OP = re.compile(rb"[\s\]>)](?:f\*?|F|B\*?|b\*?|S|s)(?=[\s\[<(/%]|$)")
_FILL_FIRST = re.compile(rb"(?:f\*?|F|B\*?|b\*?|S|s)(?=[\s\[<(/%]|$)")
_PATH_OP = re.compile(rb"(?<=[\s\d.])(?:[mlcvy]|re)(?=\s)")
#: The miter limit MuPDF assumes for a stroked path (the PDF default; get_cdrawings does not report it).
STROKE_MITER_LIMIT = 10.0
#: Content (bytes) looked at before the pre-check gives up and asks MuPDF for the paths.
_PRECHECK_BYTES = 4_000_000


@dataclass(frozen=True)
class GlyphPath:
    """A filled path that may be a glyph, or a run of glyphs drawn as one path."""

    rect: Rect
    parts: int  # sub-paths when the path is a run of glyphs, else 1
    box: bool  # only axis-aligned rectangles: a rule, a cell or a bar unless beside real glyphs
    pieces: tuple[Rect, ...] = ()  # the sub-paths' boxes, when the path is a run of glyphs


def glyph_boxes(paths: list[GlyphPath]) -> list[Rect]:
    """One box per glyph shape: a single-glyph path's box, or each sub-path of a run filled as one path."""
    out: list[Rect] = []
    for g in paths:
        if not g.box:
            out.extend(g.pieces or (g.rect,))
    return out


def may_have_outlines(page: pymupdf.Page) -> bool:
    """Cheap pre-check on the raw content streams (page and form XObjects): are there filled paths at all."""
    try:
        streams = [page.read_contents()]
        forms = page.get_xobjects()
    except Exception:  # pragma: no cover - damaged content or resources: look at the paths instead
        return True
    seen = 0
    for item in forms:
        if seen > _PRECHECK_BYTES:
            return True
        try:
            data = page.parent.xref_stream(item[0]) or b""
        except Exception:  # pragma: no cover - damaged stream
            return True
        seen += len(data)
        streams.append(data)
    if seen + len(streams[0]) > _PRECHECK_BYTES:
        return True
    if not any(_FILL_OP.search(data) or _FILL_FIRST.match(data) for data in streams):
        return False  # the common case, a text-only page: one regex search over its content
    paths = 0
    for data in streams:
        for _ in _PATH_OP.finditer(data):
            paths += 1
            if paths >= 2 * MIN_GLYPHS:
                return True
    return False


def _is_box(items: list) -> bool:
    """True when a path is only axis-aligned rectangles (re/qu items, or four straight axis-aligned lines)."""
    if all(it[0] in ("re", "qu") for it in items):
        return all(it[0] == "re" or pymupdf.Quad(it[1]).is_rectangular for it in items)
    if len(items) <= 5 and all(it[0] == "l" for it in items):
        return all(abs(it[1][0] - it[2][0]) < 0.01 or abs(it[1][1] - it[2][1]) < 0.01 for it in items)
    return False


def _subpaths(items: list) -> list[Rect]:
    """Boxes of the sub-paths of a path: a new one starts wherever an item does not begin where the last one ended."""
    boxes: list[list[float]] = []
    end = None
    for it in items:
        kind = it[0]
        if kind in ("re", "qu"):
            r = pymupdf.Rect(it[1]) if kind == "re" else pymupdf.Quad(it[1]).rect
            boxes.append([r.x0, r.y0, r.x1, r.y1])
            end = None
            continue
        start = it[1]
        if end is None or abs(start[0] - end[0]) > 0.01 or abs(start[1] - end[1]) > 0.01:
            boxes.append([start[0], start[1], start[0], start[1]])
        box = boxes[-1]
        for pt in it[1:]:
            box[0], box[1] = min(box[0], pt[0]), min(box[1], pt[1])
            box[2], box[3] = max(box[2], pt[0]), max(box[3], pt[1])
        end = it[-1]
    return [(b[0], b[1], b[2], b[3]) for b in boxes]


def glyph_paths(page: pymupdf.Page, drawings: list | None = None) -> list[GlyphPath]:
    """The filled or stroked paths of a page that are glyph-sized, in unrotated page coordinates.

    Hollow lettering (a title block, a logo type) strokes each glyph's outline instead of filling it.
    """
    out: list[GlyphPath] = []
    for d in page.get_cdrawings() if drawings is None else drawings:
        kind = d.get("type", "")
        filled = "f" in kind and d.get("fill_opacity", 1) != 0
        stroked = "s" in kind and d.get("stroke_opacity", 1) != 0
        if not (filled or stroked):
            continue
        x0, y0, x1, y1 = d["rect"]
        grow = 0.0
        if stroked:
            # MuPDF removes a stroked path (filled as well or not) only when the mask covers its box
            # grown by the line width, times the miter limit (10 unless set; not reported) for mitred joins.
            width = float(d.get("width") or 0) or 1.0
            grow = width * (STROKE_MITER_LIMIT if d.get("lineJoin", 0) == 0 else 1.0)
            half = 0.5 * width  # the ink itself
            x0, y0, x1, y1 = x0 - half, y0 - half, x1 + half, y1 + half
            grow -= half
        w, h = x1 - x0, y1 - y0
        if not (GLYPH_MIN_HEIGHT <= h <= GLYPH_MAX_HEIGHT) or w < 0.2:
            continue
        items = d.get("items") or []
        if not items:
            continue
        box = _is_box(items)
        rect = (x0 - grow, y0 - grow, x1 + grow, y1 + grow)
        if w <= 2.0 * h:
            out.append(GlyphPath(rect, 1, box))
        elif not box:
            pieces = _subpaths(items)
            if len(pieces) >= MIN_GLYPHS:  # several glyphs filled as one path
                pieces = [(a - grow, b - grow, c + grow, e + grow) for a, b, c, e in pieces]
                out.append(GlyphPath(rect, len(pieces), False, tuple(pieces)))
    return out


def _runs(glyphs: list[GlyphPath]) -> list[list[GlyphPath]]:
    """Glyph-like paths grouped into runs: one line, neighbours no further apart than a line height."""
    lines: list[list[GlyphPath]] = []
    for g in sorted(glyphs, key=lambda g: (g.rect[1] + g.rect[3]) / 2):
        cy, h = (g.rect[1] + g.rect[3]) / 2, g.rect[3] - g.rect[1]
        if lines:
            last = lines[-1]
            ly0 = min(p.rect[1] for p in last[-3:])
            ly1 = max(p.rect[3] for p in last[-3:])
            lh = ly1 - ly0
            # same line: centre within the line's band and a comparable size (descenders, x-height)
            if ly0 - 0.2 * lh <= cy <= ly1 + 0.2 * lh and h <= 3 * lh and lh <= 3 * h:
                last.append(g)
                continue
        lines.append([g])
    runs: list[list[GlyphPath]] = []
    for line in lines:
        line.sort(key=lambda g: g.rect[0])
        height = max(g.rect[3] - g.rect[1] for g in line)
        run = [line[0]]
        reach = line[0].rect[2]
        for g in line[1:]:
            if g.rect[0] - reach <= 1.2 * height:
                run.append(g)
            else:
                runs.append(run)
                run = [g]
            reach = max(reach, g.rect[2])
        runs.append(run)
    return runs


def _looks_like_text(run: list[GlyphPath]) -> bool:
    """Enough glyphs, most of them real outlines rather than rules, bars or cells."""
    n = sum(g.parts for g in run)
    shaped = sum(g.parts for g in run if not g.box)
    return n >= MIN_GLYPHS and shaped >= max(2, n / 2)


def outline_regions(page: pymupdf.Page) -> tuple[Rect, ...]:
    """Boxes (unrotated page points, with a margin) of glyph runs drawn as vector outlines."""
    if not may_have_outlines(page):
        return ()
    glyphs = glyph_paths(page)
    if len(glyphs) < 1:
        return ()
    boxes: list[list[float]] = []
    for run in _runs(glyphs):
        if not _looks_like_text(run):
            continue
        x0 = min(g.rect[0] for g in run)
        y0 = min(g.rect[1] for g in run)
        x1 = max(g.rect[2] for g in run)
        y1 = max(g.rect[3] for g in run)
        m = max(OUTLINE_REGION_MARGIN, 0.5 * (y1 - y0))
        boxes.append([x0 - m, y0 - m, x1 + m, y1 + m])
    # Neighbouring lines become one region: one Tesseract run per paragraph, not per line.
    return merge_boxes(boxes)


def merge_boxes(boxes: list[list[float]]) -> tuple[Rect, ...]:
    """Boxes that overlap or touch merged into their union, until none do."""
    boxes = [list(b) for b in boxes]
    merged = True
    while merged and len(boxes) > 1:
        merged = False
        for i in range(len(boxes)):
            for j in range(i + 1, len(boxes)):
                a, b = boxes[i], boxes[j]
                if a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]:
                    boxes[i] = [min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3])]
                    del boxes[j]
                    merged = True
                    break
            if merged:
                break
    return tuple((b[0], b[1], b[2], b[3]) for b in boxes)


def glyph_char_rects(text: str, rect: Rect, glyphs: list[Rect], vertical: bool, pad: float = GLYPH_SNAP_PAD) -> list[Rect] | None:
    """One box per character of an OCR word read from vector glyphs, each covering its glyph path whole.

    An even split of the word box would cut glyphs in two, and a mask over part
    of a word would then leave the cut glyph in the file. When the word holds
    exactly one glyph path per character, each character gets its path's box;
    otherwise each evenly split box grows over the paths centred in it.
    """
    if vertical or not text:
        return None
    inside = sorted(
        (g for g in glyphs if rect[0] <= (g[0] + g[2]) / 2 <= rect[2] and rect[1] <= (g[1] + g[3]) / 2 <= rect[3]),
        key=lambda g: g[0],
    )
    if not inside:
        return None
    x0, y0, x1, y1 = rect
    if len(inside) == len(text):
        return [(g[0] - pad, y0, g[2] + pad, y1) for g in inside]
    step = (x1 - x0) / len(text)
    return [snap_to_glyphs((x0 + k * step, y0, x0 + (k + 1) * step, y1), inside, pad) for k in range(len(text))]


def snap_to_glyphs(rect: Rect, glyphs: list[Rect], pad: float = GLYPH_SNAP_PAD) -> Rect:
    """``rect`` grown to cover whole every glyph path whose centre lies in it (a path half under a mask is not removed)."""
    x0, y0, x1, y1 = rect
    grown = False
    for g in glyphs:
        cx, cy = (g[0] + g[2]) / 2, (g[1] + g[3]) / 2
        if rect[0] <= cx <= rect[2] and rect[1] <= cy <= rect[3]:
            x0, y0, x1, y1 = min(x0, g[0] - pad), min(y0, g[1] - pad), max(x1, g[2] + pad), max(y1, g[3] + pad)
            grown = True
    return (x0, y0, x1, y1) if grown else rect
