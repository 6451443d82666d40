"""From character spans to page rectangles: one rectangle per visual line."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from redact.resolve.merge import merge
from redact.types import Finding, Page, PageGeometry, Rect, Word, WordSpan

#: Up to this many words a page's words are read whole (the bisection's index costs more).
_FEW_WORDS = 16


# The words of the page span_rects read last, and their starts and ends when both run in order (None when not):
# a page's findings are placed one after another, and each then reads only the words it overlaps.
_last_words: tuple[tuple[Word | WordSpan, ...], tuple[list[int], list[int]] | None] = ((), None)


def _ordered(words: tuple[Word | WordSpan, ...]) -> tuple[list[int], list[int]] | None:
    """The words' starts and ends, when neither ever goes back (a text layer's words); else None."""
    global _last_words
    if _last_words[0] is words:
        return _last_words[1]
    starts = [w.start for w in words]
    ends = [w.end for w in words]
    ordered = all(a <= b for a, b in zip(starts, starts[1:])) and all(a <= b for a, b in zip(ends, ends[1:]))
    _last_words = (words, (starts, ends) if ordered else None)
    return _last_words[1]


def span_rects(page: Page | PageGeometry, start: int, end: int) -> tuple[Rect, ...]:
    """Boxes covering characters start..end of the page, one per line (a name over two lines gives two)."""
    if not page.char_rects:
        return ()
    by_line: dict[int, list[float]] = {}
    order: list[int] = []
    words: Sequence[Word | WordSpan] = page.words
    index = _ordered(page.words) if len(page.words) > _FEW_WORDS else None
    if index is not None:
        # starts and ends in order: the words that overlap start..end are one run of them, found by bisection
        words = page.words[bisect_right(index[1], start) : bisect_left(index[0], end)]
    for word in words:
        if word.end <= start or word.start >= end:
            continue
        lo, hi = max(start, word.start), min(end, word.end)
        for i in range(lo, hi):
            r = page.char_rects[i]
            if r is None:
                continue
            box = by_line.get(word.line)
            if box is None:
                by_line[word.line] = [r[0], r[1], r[2], r[3]]
                order.append(word.line)
            else:
                box[0] = min(box[0], r[0])
                box[1] = min(box[1], r[1])
                box[2] = max(box[2], r[2])
                box[3] = max(box[3], r[3])
    return tuple((b[0], b[1], b[2], b[3]) for b in (by_line[k] for k in order))


def text_in_rects(page: Page, rects: tuple[Rect, ...]) -> str:
    """The page text whose character boxes lie mostly inside any of the rectangles."""
    if not page.char_rects:
        return ""
    out: list[str] = []
    last = -2
    for i, r in enumerate(page.char_rects):
        if r is None:
            continue
        cx, cy = (r[0] + r[2]) / 2, (r[1] + r[3]) / 2
        if any(q[0] <= cx <= q[2] and q[1] <= cy <= q[3] for q in rects):
            if out and i != last + 1:
                out.append(" ")
            out.append(page.text[i])
            last = i
    return "".join(out).strip()


def place_view_findings(
    views: dict[int, Page], found: Sequence[Finding], findings: Sequence[Finding], reader: str | dict[int, str] = "poppler",
    words: dict[int, Sequence[Rect]] | None = None,
) -> list[Finding]:
    """Findings on another reader's lines (``views``, see ingest/poppler.py) as rectangles on the page.

    Their offsets refer to that reader's words, not to the page text, so only the
    place is kept; a finding whose every box already lies in a box of ``findings``
    adds nothing and is dropped. Each box is widened to the whole of every word of the
    page's own reading (``words``: MuPDF's word boxes by page) that it cuts: a reader that
    drops a glyph it cannot decode ("Nystrm" for "Nystr?m") measures the word short, and
    the glyphs past its end stayed readable. ``reader`` names who read the lines, for the
    whole document or by page.
    """
    taken: dict[int, list[Rect]] = {}
    for f in findings:
        taken.setdefault(f.page, []).extend(f.rects)
    out: list[Finding] = []
    for f in merge(found, {n: v.text for n, v in views.items()}):
        view = views.get(f.page)
        if view is None or f.start is None or f.end is None:
            continue
        rects = span_rects(view, f.start, f.end)
        if words:
            rects = tuple(widen_to_words(r, words.get(f.page, ())) for r in rects)
        if not rects or all(_inside(r, taken.get(f.page, ())) for r in rects):
            continue
        said = f"läst av {reader.get(f.page, 'poppler') if isinstance(reader, dict) else reader}, inte av MuPDF"
        reason = f"{said}; {f.reason}" if f.reason else said
        out.append(f.with_(start=None, end=None, rects=rects, reason=reason))
    return out


def widen_to_words(rect: Rect, words: Sequence[Rect], slack: float = 0.5) -> Rect:
    """``rect`` grown to cover every word box it cuts on its own line (horizontal overlap, centre within its height)."""
    x0, y0, x1, y1 = rect
    for w in words:
        cy = (w[1] + w[3]) / 2
        if not (rect[1] <= cy <= rect[3]) or w[2] <= rect[0] + slack or w[0] >= rect[2] - slack:
            continue
        x0, y0, x1, y1 = min(x0, w[0]), min(y0, w[1]), max(x1, w[2]), max(y1, w[3])
    return (x0, y0, x1, y1)


def _inside(rect: Rect, others: Sequence[Rect], slack: float = 1.0) -> bool:
    """True when the middle of ``rect`` (its centre line, short of its ends) lies inside one of ``others``."""
    cx0, cx1, cy = rect[0] + 1.0, rect[2] - 1.0, (rect[1] + rect[3]) / 2
    return any(o[0] - slack <= cx0 and cx1 <= o[2] + slack and o[1] - slack <= cy <= o[3] + slack for o in others)


def line_boxes(page: Page, words: Sequence[Rect] = ()) -> tuple[Rect, ...]:
    """One box per line of a page's words (for a view: the lines two readers disagree on), widened to the
    ``words`` of the page's own reading it cuts (a reader that drops a glyph measures its line short)."""
    boxes: dict[int, list[float]] = {}
    for w in page.words:
        b = boxes.setdefault(w.line, list(w.rect))
        b[0], b[1], b[2], b[3] = min(b[0], w.rect[0]), min(b[1], w.rect[1]), max(b[2], w.rect[2]), max(b[3], w.rect[3])
    return tuple(widen_to_words((b[0], b[1], b[2], b[3]), words) for b in boxes.values())
