"""A table's column headed by a thing's noun ("Lagrum", "Rum", "Larmkod", "Ordinerat"): its cells name no one.

A register's row beside the initials of those who handled it often ends in a short code: the law a step rests on
("SpelL", "RB"), the room or shelf ("B1012"), the device's kind ("CPAP"), an alarm's code ("HP"). Read one cell a line, such a code stands among the signatures, and the initials rules and the
learned tagger take it for someone's. The header over it says what it is: a law, a place in a building, a code, a
prescription or a body, never a person. The page's geometry tells which header a cell stands under (see
``redact.detect.table_geometry``); a finding that is a whole cell of such a column, or a word of its header row
read as a name ("Kontroll Lag"), is dropped. Only persons and identifiers: an address or a date there stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from redact.detect.table_geometry import _borders, _row_cells, _runs, _split_at_edges, _visual_rows
from redact.detect.table_headers import header_kind
from redact.types import Finding, Page, Word

# The nouns a register heads a column of things with: laws and their paragraphs, rooms and shelves, a device's codes,
# what a doctor ordered (in lower case, without a dot). Not a bare "Kod", which may be each person's code, nor an
# association's column, which may hold each member's number (see association_columns).
THING_HEADERS = frozenset({
    "lag", "lagrum", "lagstöd", "författning", "paragraf", "rum", "lokal", "hylla", "hyllplats", "sal", "larmkod",
    "felkod", "ordinerat", "ordination",
})
_THING_PART = re.compile("|".join(sorted(THING_HEADERS, key=len, reverse=True)), re.IGNORECASE)
_CATEGORIES = frozenset({"PERSON", "INITIALS", "ID_NUMBER"})
_ROWS = 60


def _name(ws: list[Word]) -> str:
    return " ".join(w.text for w in ws)


def _thing_header(cell: str) -> bool:
    return " ".join(cell.lower().strip().rstrip(".:").split()) in THING_HEADERS


def thing_cells(page: Page) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The spans of the cells under a thing's header, and those of the header rows' words over them."""
    return column_cells(page, _THING_PART, _thing_header)


def column_cells(page: Page, part: re.Pattern[str], is_header: Callable[[str], bool]
                 ) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The spans of the cells under a header ``is_header`` takes (``part`` finds its letters in a row), and those of
    the header rows' words over them."""
    words = [w for w in page.words if w.text.strip()]
    # a thing's header is one word of the header row, or a part of one glued to its neighbour ("KontrollLag"): a page
    # (or a row) without its letters has no such column, and reading the rows' cells costs milliseconds a page
    if not words or getattr(page, "rotation", 0) % 360 or not part.search(page.text):
        return [], []
    rows = _visual_rows(words)
    cells: list[tuple[int, int]] = []
    heads: list[tuple[int, int]] = []
    for r, row in enumerate(rows):
        if not part.search(" ".join(w.text for w in row)):
            continue
        # header cells set close together split where the values below them begin (as the table reading does)
        header = _split_at_edges(_row_cells(row), [_row_cells(k) for k in rows[r + 1: r + 4]], page.char_rects)
        names = [_name(ws) for ws in header]
        # a header row: three cells or more without a digit, a thing's among them and another of a known kind
        if len(header) < 3 or any(c.isdigit() for n in names for c in n):
            continue
        things = [n for n, name in enumerate(names) if is_header(name)]
        if not things or not any(header_kind(name) for name in names):
            continue
        heads.extend((w.start, w.end) for w in row)
        spans = [(min(w.rect[0] for w in ws), max(w.rect[2] for w in ws)) for ws in header]
        mids = [(a[1] + b[0]) / 2 for a, b in zip(spans, spans[1:])]
        lefts = [b[0] - 1.5 for b in spans[1:]]
        height = max(w.rect[3] - w.rect[1] for w in row)
        last_y = max(w.rect[3] for w in row)
        for below in rows[r + 1: r + 1 + _ROWS]:
            if min(w.rect[1] for w in below) - last_y > 3.0 * height:
                break  # the table has ended
            borders = _borders(below, mids, lefts)
            if borders is None:
                break  # a word over a border: running text below the table
            last_y = max(w.rect[3] for w in below)
            bounds = list(zip([0.0, *borders], [*borders, float("inf")]))
            for n in things:
                left, right = bounds[n]
                inside = [w for w in below if left - 2 <= (w.rect[0] + w.rect[2]) / 2 <= right]
                if inside:
                    cells.extend(_runs(inside, page.text))
    return cells, heads


def drop_thing_cells(findings: list[Finding], page: Page) -> list[Finding]:
    """Without the persons and identifiers that are a whole cell of a thing's column, or header words only."""
    if not any(f.category in _CATEGORIES for f in findings):
        return findings
    cells, heads = thing_cells(page)
    if not cells:
        return findings
    whole = set(cells)

    def drop(f: Finding) -> bool:
        if f.category not in _CATEGORIES or f.start is None or f.end is None:
            return False
        a, b = f.start, f.end
        text = page.text
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if (a, b) in whole:
            return True
        # the header row's words read as a name ("Kontroll Lag"): every word of it a header word
        inside = [(s, e) for s, e in heads if a <= s and e <= b]
        return f.category == "PERSON" and bool(inside) and sum(e - s for s, e in inside) >= len(text[a:b].replace(" ", ""))

    return [f for f in findings if not drop(f)]
