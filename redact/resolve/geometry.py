"""From character spans to page rectangles: one rectangle per visual line."""

from __future__ import annotations

from redact.types import Page, Rect


def span_rects(page: Page, start: int, end: int) -> tuple[Rect, ...]:
    """Boxes covering characters start..end of the page, one per line (a name over two lines gives two)."""
    if not page.char_rects:
        return ()
    by_line: dict[int, list[float]] = {}
    order: list[int] = []
    for word in page.words:
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
