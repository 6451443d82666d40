"""A short cell read as initials under a signing header, where the table is read one cell a line, that stands in a
column of ordinary words: an item's name ("GPS", "ugn" among "provanalys", "köksstomme"), no one's initials.

Under a signing or role header (``Handl.``, ``Ansv.``) the initials rules read the lines below it as that column's
cells. A table read one cell a line puts every column's cells there, one row after another; its rows repeat the same
shapes (a number where the row's identifier or phone stands), so the count of lines a row takes tells the columns
apart. A candidate alone in its column, whose other rows hold words of running language, is another column's value,
when another column of the table holds initials in two rows or more. Part of ``redact.detect.initials``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from redact.detect.table_row_shapes import _digit_shape, _repeated_rows

# the strides a row of a table read one cell a line may take: two cells to eight
_STRIDES = range(2, 9)
# the fewest rows that make a stride a table's and not a chance
_MIN_ROWS = 3
# a cell of running language: a lowercase word of three letters or more, no digit
_WORD_CELL = re.compile(r"^[^\d]*[a-zåäöéü]{3,}[^\d]*$")


def _table(cells: Sequence[str]) -> tuple[int, int, int] | None:
    """(first line, stride, rows) of the longest table the lines repeat by a stride, or None."""
    lines = list(enumerate(cells))
    best: tuple[int, int, int] | None = None
    for p in _STRIDES:
        for start in range(p):
            n = _repeated_rows(lines, start, p, shape=_digit_shape)
            if n >= _MIN_ROWS and (best is None or n * p > best[1] * best[2]):
                best = (start, p, n)
    return best


def lone_in_word_columns(cells: Sequence[str], candidates: set[int]) -> set[int]:
    """The indices of ``candidates`` (of ``cells``, the lines under a signing header) that stand alone in a column
    of words, when another column holds two candidates or more."""
    if len(candidates) < 3 or (table := _table(cells)) is None:
        return set()
    start, p, n = table
    columns: dict[int, list[int]] = {}
    for j in range(start, start + p * n):
        columns.setdefault((j - start) % p, []).append(j)
    if not any(sum(j in candidates for j in rows) >= 2 for rows in columns.values()):
        return set()
    lone = set()
    for rows in columns.values():
        held = [j for j in rows if j in candidates]
        if len(held) != 1:
            continue
        words = [j for j in rows if j not in candidates and _WORD_CELL.match(cells[j].strip())]
        if len(words) >= 2:
            lone.add(held[0])
    return lone
